#!/usr/bin/env python3
"""Renders the text publication as six different HTML pages, the fixtures of the HTML reader tests.

    scripts/make-html-fixtures.py            # writes Tests/RegiokaartCoreTests/Fixtures/html/

The text publication (Input/publication-regionale-samenwerking-werkt.txt) is a scrape of an HTML
page. This script goes the other way and writes two plausible pages carrying the same content, so
that the tests can check that the HTML path yields exactly the dataset of the text path:

* publication-semantic.html: UTF-8, <meta charset>, semantic markup: <article> per card, <h2>
  names, a <dl> of figures, <ul><li> area lists, <section> stories, links closing the card.
* publication-divsoup.html: windows-1252 declared by <meta http-equiv>, CRLF line ends, upper-case
  tags, div/span soup with <br> line breaks, inline "-&nbsp;" bullets, unclosed <p>s and stray
  end tags.
* publication-widgets.html: KPI widgets, a figure's value and label inline spans of one block
  ("70.780Aantal" / "leerlingen/" / "studenten" as a browser shows it).
* publication-table.html: a table per card, label in <th> before its value in <td>, values grouped
  with narrow no-break spaces.
* publication-deflist.html: a <dl> per card, label (in capitals) in <dt> before its value in <dd>,
  values grouped with no-break spaces.
* publication-nested.html: deeply nested div soup, "label: value" rows, plain-digit values, div
  list items with "•" bullets.

All carry traps that must not become data: navigation menus listing regions, scripts and
templates holding fake region cards, hidden elements, inline SVG, comments. Each card keeps
its name, its five (value, label) figure pairs, the "Verzorgingsgebied" heading and list, its
"Thema:" stories and the "TERUG NAAR ... KAART >" links that end a card; the text's markdown
links ("[x](#)") and bold ("**x**") become <a> and <strong>.

Only the standard library; the output is deterministic.
"""

import html
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "Input", "publication-regionale-samenwerking-werkt.txt")
OUT = os.path.join(ROOT, "Tests", "RegiokaartCoreTests", "Fixtures", "html")

FIGURE = re.compile(r"^\d{1,3}(\.\d{3})*$")
TERUG = re.compile(r"^\[?(TERUG NAAR .*?)\]?(\(#\))?$")
LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")

FAKE_CARD_TEXT = (
    "Nepregio Scriptland", "99.999", "Aantal leerlingen/ studenten", "12", "Aantal aangesloten schoolbesturen (po)",
    "3", "Aantal aangesloten schoolbesturen (vo)", "2", "Aantal aangesloten mbo- instellingen", "1",
    "Aangesloten opleiders", "Verzorgingsgebied", "- Nepstad", "TERUG NAAR PO KAART >",
)


def blocks(lines):
    """Paragraph blocks: runs of non-blank lines, as lists of stripped lines."""
    out, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def parse(text):
    """Splits the publication into front matter (blocks) and cards (dicts)."""
    lines = text.split("\n")
    flat = [line.strip() for line in lines if line.strip()]
    # A card's first figure is a number line followed by a label starting with "Aantal".
    starts = []
    i = 0
    while i < len(flat) - 1:
        if FIGURE.match(flat[i]) and flat[i + 1].startswith("Aantal") and (not starts or i > starts[-1][1]):
            name_end = i
            name_start = i - 1
            # "Onderwijsregio LOA" + "(Lingewaard, Overbetuwe en Arnhem)"
            if flat[name_start].startswith("(") or flat[name_start][:1].islower():
                name_start -= 1
            card_end = i
            while card_end < len(flat) and not TERUG.match(flat[card_end]):
                card_end += 1
            while card_end < len(flat) and TERUG.match(flat[card_end]):
                card_end += 1
            starts.append((name_start, card_end, name_end))
            i = card_end
            continue
        i += 1
    front_count = starts[0][0]
    # Front matter keeps its blank-line block structure.
    front_blocks, seen = [], 0
    for block in blocks(lines):
        if seen >= front_count:
            break
        front_blocks.append(block)
        seen += len(block)
    assert seen == front_count, "the first card must start a block"
    cards = [card(flat[s:e], n - s) for s, e, n in starts]
    return front_blocks, cards


def card(lines, name_count):
    """One card: name lines, figures, area list, stories, closing links."""
    c = {"name": lines[:name_count], "figures": [], "area": None, "stories": [], "terug": []}
    i = name_count
    while i < len(lines) and FIGURE.match(lines[i]):
        value = lines[i]
        i += 1
        label = []
        while i < len(lines) and not FIGURE.match(lines[i]) and lines[i] != "Verzorgingsgebied" \
                and not lines[i].startswith("Thema:") and not TERUG.match(lines[i]):
            label.append(lines[i])
            i += 1
        c["figures"].append((value, label))
    while i < len(lines):
        line = lines[i]
        i += 1
        if TERUG.match(line):
            c["terug"].append(TERUG.match(line).group(1))
        elif line == "Verzorgingsgebied":
            c["area"] = []
        elif line.startswith("Thema:"):
            c["stories"].append([line])
        elif c["stories"]:
            c["stories"][-1].append(line)
        elif c["area"] is not None:
            bullet = re.match(r"^([-•])\s+(.*)$", line)
            if bullet:
                c["area"].append([bullet.group(1), bullet.group(2)])
            else:  # continuation of the item above ("Leidschendam-" / "Voorburg")
                c["area"][-1].append(line)
        else:
            raise SystemExit(f"unexpected line in card {c['name']}: {line!r}")
    assert len(c["figures"]) == 5, c["name"]
    assert c["terug"], c["name"]
    return c


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Markup:
    """Text escaping and inline markup shared by both renderings."""

    def __init__(self, apostrophe):
        self.apostrophe = apostrophe

    def text(self, s):
        s = html.escape(s, quote=False)
        return s.replace("'", self.apostrophe)

    def inline(self, s):
        """Escapes `s`, turning markdown links and bold into elements."""
        out, pos = [], 0
        for m in LINK.finditer(s):
            out.append(self.bold(s[pos:m.start()]))
            out.append(f'<a href="{html.escape(m.group(2) or "#")}">{self.bold(m.group(1))}</a>')
            pos = m.end()
        out.append(self.bold(s[pos:]))
        return "".join(out)

    def bold(self, s):
        out, pos = [], 0
        for m in BOLD.finditer(s):
            out.append(self.text(s[pos:m.start()]))
            out.append(f"<strong>{self.text(m.group(1))}</strong>")
            pos = m.end()
        out.append(self.text(s[pos:]))
        return "".join(out)


def fake_script(kind):
    """A script whose strings are region cards: must never reach the dataset."""
    lines = "\\n".join(FAKE_CARD_TEXT)
    cards = "".join(f"<p>{html.escape(x)}</p>" for x in FAKE_CARD_TEXT)
    return (
        f"<script{kind}>\n"
        f"  // Nepkaarten voor de kaartweergave; nooit data.\n"
        f"  var kaarten = [\"{lines}\"];\n"
        f"  if (window.innerWidth < 600 && kaarten.length > 0) {{\n"
        f"    document.write('<article class=\"regiokaart\">{cards}</article>');\n"
        f"    document.write('</div></p><h2>Nepregio Scriptstad</h2><ul><li>Nepdorp</li></ul>');\n"
        f"  }}\n"
        f"</script>"
    )


def nav_menu(cards, markup):
    items = "".join(f'<li><a href="#{slug(" ".join(c["name"]))}">{markup.text(" ".join(c["name"]))}</a></li>' for c in cards[:12])
    return f'<nav class="menu" aria-label="Regio\'s"><ul>{items}<li><a href="#">Meer &raquo;</a></li></ul></nav>'


def front_matter(front, m):
    """The pages before the cards, as semantic HTML: lists, headings, paragraphs."""
    out = []
    for block in front:
        if all(line.startswith("- ") for line in block):
            out.append("<ul>")
            out.extend(f"  <li>{m.inline(line[2:])}</li>" for line in block)
            out.append("</ul>")
        elif len(block) == 1 and len(block[0]) < 60 and not block[0].endswith("."):
            out.append(f"<h2>{m.inline(block[0])}</h2>")
        else:
            out.append("<p>" + "<br>\n".join(m.inline(line) for line in block) + "</p>")
    return out


def semantic(front, cards):
    m = Markup("&#39;")
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Regionale samenwerking werkt | Onderwijsregio&#39;s</title>",
        "<style>.regiokaart dt { font-size: 2em } .regiokaart::after { content: \"TERUG NAAR PO KAART >\" }</style>",
        fake_script(""),
        '<script type="application/ld+json">{"@type": "Dataset", "name": "Nepregio JSON", "regionen": 49}</script>',
        "</head>",
        "<body>",
        '<header class="site">',
        nav_menu(cards, m),
        "</header>",
        "<main>",
        '<section class="inleiding">',
    ]
    out += front_matter(front, m)
    out.append("</section>")
    out.append('<section class="kaarten" id="kaarten">')
    for n, c in enumerate(cards):
        name = " ".join(c["name"])
        out.append(f'<article class="regiokaart" id="{slug(name)}">')
        out.append(f'  <h2><svg class="icoon" aria-hidden="true"><title>Kaart</title><text>{m.text(name)}</text></svg>'
                   f"{m.text(name)}</h2>")
        out.append('  <dl class="kerncijfers">')
        for value, label in c["figures"]:
            out.append(f"    <div><dt>{value}</dt>")
            out.append(f"      <dd>{m.text(' '.join(label))}</dd></div>")
        out.append("  </dl>")
        if c["area"] is not None:
            out.append('  <section class="verzorgingsgebied">')
            out.append("    <h3>Verzorgingsgebied</h3>")
            out.append("    <ul>")
            for bullet, *parts in c["area"]:
                out.append("      <li>" + "<br>".join(m.text(p) for p in parts) + "</li>")
            out.append("    </ul>")
            out.append("  </section>")
        for story in c["stories"]:
            out.append('  <section class="thema">')
            out.append(f"    <h3>{m.inline(story[0])}</h3>")
            rest = story[1:]
            if rest and len(rest[0]) < 120 and not rest[0].endswith("."):
                out.append(f"    <h4>{m.inline(rest[0])}</h4>")
                rest = rest[1:]
            for paragraph in rest:
                out.append(f"    <p>\n      {m.inline(paragraph)}\n    </p>")
            out.append("  </section>")
        if n == 3:
            out.append("  <template><p>Nepregio Sjabloon</p><p>1.234</p><p>Aantal leerlingen/studenten</p></template>")
        out.append('  <footer class="terug">')
        for target in c["terug"]:
            out.append(f'    <p><a class="knop" href="#{slug(target)}">{m.text(target)}</a></p>')
        out.append("  </footer>")
        out.append("</article>")
    out += [
        "</section>",
        "</main>",
        '<footer class="site"><nav><p>Contact</p><p>Privacy &amp; cookies</p></nav></footer>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def divsoup(front, cards):
    m = Markup("&#x27;")
    out = [
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
        "<!-- gegenereerd door het CMS; <meta charset=\"utf-8\"> hieronder geldt niet -->",
        "<HTML>",
        "<HEAD>",
        '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">',
        "<TITLE>Regionale samenwerking werkt</TITLE>",
        fake_script(' type="text/javascript"'),
        "<noscript><div>Nepregio Noscript</div></noscript>",
        "</HEAD>",
        '<BODY class="page">',
        '<div class="topbar">' + nav_menu(cards, m) + "</div>",
        '<div class="wrap"><div class="col">',
    ]
    for block in front:
        out.append('<div class="txt">' + "".join(f"<span>{m.inline(line)}</span><BR>" for line in block) + "</div>")
    for n, c in enumerate(cards):
        out.append(f'<div class="kaart" data-id="{slug(" ".join(c["name"]))}">')
        out.append('<div class="kaart-kop">' + "<br>".join(f'<span class="t">{m.text(x)}</span>' for x in c["name"]) + "</div>")
        out.append('<div class="cijfers">')
        for value, label in c["figures"]:
            out.append(f'<div class="c"><span class="n">{value}</span><br><span class="l">'
                       + "<br>".join(m.text(x) for x in label) + "</span></div>")
        out.append("</div>")
        if n % 7 == 2:
            out.append('<div class="kaart" hidden><span class="t">Nepregio Verborgen</span><br><span class="n">5.555</span><br>'
                       '<span>Aantal leerlingen/studenten</span></div>')
        if c["area"] is not None:
            out.append('<div class="gebied"><b>Verzorgingsgebied</b><br>')
            for bullet, *parts in c["area"]:
                mark = "&bull;" if bullet == "•" else "-"
                out.append(f"<span>{mark}&nbsp;" + "</span><br><span>".join(m.text(p) for p in parts) + "</span><br>")
            out.append("</div></span>")  # a stray end tag, as CMS output has
        for story in c["stories"]:
            heading = story[0][len("Thema:"):].strip()
            out.append(f'<div class="thema"><p><strong>Thema:</strong> {m.inline(heading)}')
            for paragraph in story[1:]:
                out.append(f"<p>{m.inline(paragraph)}")  # unclosed <p>
            out.append("</div>")
        links = " ".join(f'<a href="#{slug(t)}" class="btn">{m.text(t)}</a>' for t in c["terug"])
        out.append(f'<div class="terug">{links}</div>')
        out.append("</div>")
    out += ["</div></div>", '<div class="footer"><nav>Contact | Privacy</nav></div>', "</BODY>", "</HTML>", ""]
    return "\r\n".join(out)


def stories_html(c, m, indent="  "):
    """A card's "Thema:" stories as sections with headings and paragraphs."""
    out = []
    for story in c["stories"]:
        out.append(f'{indent}<section class="thema">')
        out.append(f"{indent}  <h3>{m.inline(story[0])}</h3>")
        rest = story[1:]
        if rest and len(rest[0]) < 120 and not rest[0].endswith("."):
            out.append(f"{indent}  <h4>{m.inline(rest[0])}</h4>")
            rest = rest[1:]
        for paragraph in rest:
            out.append(f"{indent}  <p>{m.inline(paragraph)}</p>")
        out.append(f"{indent}</section>")
    return out


def area_list(c, m, indent="  "):
    """The "Verzorgingsgebied" heading and its list, one <li> per item (a broken item keeps its <br>)."""
    if c["area"] is None:
        return []
    out = [f"{indent}<h3>Verzorgingsgebied</h3>", f"{indent}<ul>"]
    for bullet, *parts in c["area"]:
        out.append(f"{indent}  <li>" + "<br>".join(m.text(p) for p in parts) + "</li>")
    out.append(f"{indent}</ul>")
    return out


def page(title, front, cards, card_html, head_extra=""):
    """A UTF-8 page: front matter, then each card rendered by `card_html`."""
    m = Markup("&#39;")
    out = [
        "<!DOCTYPE html>",
        '<html lang="nl">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title}</title>",
        fake_script(""),
        head_extra,
        "</head>",
        "<body>",
        nav_menu(cards, m),
        "<main>",
    ]
    out += front_matter(front, m)
    for n, c in enumerate(cards):
        out += card_html(n, c, m)
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def terug_links(c, m):
    return '<div class="terug">' + " ".join(f'<a href="#{slug(t)}">{m.text(t)}</a>' for t in c["terug"]) + "</div>"


def widgets(front, cards):
    """KPI widgets: a figure's value and label are inline spans of one block, with nothing between
    them and <br>s inside the label, so a browser shows "70.780Aantal" / "leerlingen/" / "studenten"."""
    def card_html(n, c, m):
        out = [f'<div class="regio-widget" id="{slug(" ".join(c["name"]))}">',
               f'  <h3 class="titel">{m.text(" ".join(c["name"]))}</h3>',
               '  <div class="kpis">']
        for value, label in c["figures"]:
            out.append(f'    <div class="kpi"><span class="getal">{value}</span><span class="omschrijving">'
                       + "<br>".join(m.text(x) for x in label) + "</span></div>")
        out.append("  </div>")
        out += area_list(c, m)
        out += stories_html(c, m)
        out += ["  " + terug_links(c, m), "</div>"]
        return out
    return page("Regiokaart (widgets)", front, cards, card_html)


def table(front, cards):
    """A table per card, one row per figure: the label in a <th>, then its value in a <td>, the
    value grouped with narrow no-break spaces ("70&#8239;780")."""
    def card_html(n, c, m):
        out = [f'<section class="regio" id="{slug(" ".join(c["name"]))}">',
               f"  <h2>{m.text(' '.join(c['name']))}</h2>",
               '  <table class="kerncijfers">',
               "    <caption>Kerncijfers</caption>" if n % 5 == 0 else "",
               "    <tbody>"]
        for value, label in c["figures"]:
            out.append(f'      <tr><th scope="row">{m.text(" ".join(label))}</th><td class="num">{value.replace(".", "&#8239;")}</td></tr>')
        out += ["    </tbody>", "  </table>"]
        out += area_list(c, m)
        out += stories_html(c, m)
        out += ["  " + terug_links(c, m), "</section>"]
        return [line for line in out if line]
    return page("Regiokaart (tabel)", front, cards, card_html)


def deflist(front, cards):
    """A definition list per card, label first: <dt>Aantal<br>leerlingen/<br>studenten</dt>
    <dd>70&nbsp;780</dd>, labels in capitals."""
    def card_html(n, c, m):
        out = [f'<article class="regio" id="{slug(" ".join(c["name"]))}">',
               f"  <header><h2>{m.text(' '.join(c['name']))}</h2></header>",
               '  <dl class="kerncijfers">']
        for value, label in c["figures"]:
            out.append("    <dt>" + "<br>".join(m.text(x.upper()) for x in label) + "</dt>")
            out.append(f"    <dd>{value.replace('.', '&nbsp;')}</dd>")
        out.append("  </dl>")
        out += area_list(c, m)
        out += stories_html(c, m)
        out += ["  <footer>" + terug_links(c, m) + "</footer>", "</article>"]
        return out
    return page("Regiokaart (definitielijst)", front, cards, card_html)


def nested(front, cards):
    """Deeply nested div soup: every card inside eight anonymous divs, each figure one row
    "label: value" of inline elements with the value in plain digits, list items as divs with a
    "•&nbsp;" bullet, and a name broken over two items as two divs."""
    def card_html(n, c, m):
        depth = 8
        out = ["<div>" * depth + f'<div class="c{n}">']
        out.append(f'<div><div><span class="naam">{m.text(" ".join(c["name"]))}</span></div></div>')
        out.append('<div class="cijfers"><div>')
        for value, label in c["figures"]:
            out.append(f'<div class="rij"><div><span>{m.text(" ".join(label))}:</span> <b>{value.replace(".", "")}</b></div></div>')
        out.append("</div></div>")
        if c["area"] is not None:
            out.append('<div class="gebied"><div><div>Verzorgingsgebied</div>')
            for bullet, *parts in c["area"]:
                out.append(f'<div class="item"><span>&bull;&nbsp;{m.text(parts[0])}</span></div>')
                out.extend(f"<div><span>{m.text(p)}</span></div>" for p in parts[1:])
            out.append("</div></div>")
        out += stories_html(c, m, indent="")
        out.append("<div><div>" + terug_links(c, m) + "</div></div>")
        out.append("</div>" + "</div>" * depth)
        return out
    return page("Regiokaart (div soup)", front, cards, card_html)


def main():
    with open(SOURCE, encoding="utf-8") as f:
        text = f.read()
    front, cards = parse(text)
    if len(cards) != 49:
        raise SystemExit(f"expected 49 cards, found {len(cards)}")
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "publication-semantic.html"), "w", encoding="utf-8", newline="") as f:
        f.write(semantic(front, cards))
    with open(os.path.join(OUT, "publication-divsoup.html"), "wb") as f:
        f.write(divsoup(front, cards).encode("cp1252", errors="xmlcharrefreplace"))
    for name, render in (("widgets", widgets), ("table", table), ("deflist", deflist), ("nested", nested)):
        with open(os.path.join(OUT, f"publication-{name}.html"), "w", encoding="utf-8", newline="") as f:
            f.write(render(front, cards))
    print(f"wrote 6 pages with {len(cards)} cards to {os.path.relpath(OUT, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
