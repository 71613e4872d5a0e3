/// Renders report blocks as one self-contained HTML page (`report.html`): inline CSS and SVG, no
/// script, no external resource (a Content-Security-Policy forbids any), readable in any browser,
/// from a file share or an e-mail attachment.
///
/// Hand-written rather than with Plot/Ink: the page needs seven element kinds, every text goes
/// through one escaper (`MarkupEscape`), and Ink would pass HTML found in the publication's text
/// through as markup.
struct HTMLReportRenderer {
    static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0;color:#1a1a1a;background:#fff;line-height:1.45}
    main{max-width:1100px;margin:0 auto;padding:16px 24px 48px}
    h1{font-size:1.6em;margin:.4em 0}h2{font-size:1.25em;margin:1.4em 0 .4em;border-bottom:2px solid #ddd;padding-bottom:.2em}
    ul{padding-left:1.3em}li{margin:.15em 0}code{background:#f2f2f2;padding:0 .25em;border-radius:3px;font-size:.92em}
    table{border-collapse:collapse;font-size:.9em;margin:.5em 0}th,td{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
    th{background:#f2f2f2}figure{margin:1em 0}svg.coverage-map{max-width:100%;height:auto;border:1px solid #ddd}
    svg.coverage-map path.m:hover{stroke:#000;stroke-width:2}
    """

    /// The page, as text.
    func render(_ blocks: [ReportBlock], title: String) -> String {
        let sink = ByteSink()
        render(blocks, title: title, into: sink)
        return sink.text
    }

    /// Writes the page into `sink`: straight into the file, as the maps make up most of its bytes.
    func render(_ blocks: [ReportBlock], title: String, into out: ByteSink) {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.write("<title>"); MarkupEscape.write(title, into: out)
        out.write("</title>\n<style>\n"); out.write(Self.style); out.write("\n</style>\n</head>\n<body>\n<main>\n")
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                out.write("<h"); out.write(decimal: level); out.write(">"); MarkupEscape.write(text, into: out)
                out.write("</h"); out.write(decimal: level); out.write(">\n")
            case .paragraph(let texts):
                out.write("<p>"); out.write(inline(texts)); out.write("</p>\n")
            case .list(let items):
                out.write("<ul>\n")
                for item in items {
                    out.write("<li>"); out.write(inline(item.text))
                    if !item.children.isEmpty {
                        out.write("\n<ul>\n")
                        for child in item.children { out.write("<li>"); out.write(inline(child)); out.write("</li>\n") }
                        out.write("</ul>\n")
                    }
                    out.write("</li>\n")
                }
                out.write("</ul>\n")
            case .table(let header, let rows):
                out.write("<table>\n<thead><tr>")
                for cell in header { out.write("<th>"); MarkupEscape.write(cell, into: out); out.write("</th>") }
                out.write("</tr></thead>\n<tbody>\n")
                for row in rows {
                    out.write("<tr>")
                    for cell in row { out.write("<td>"); MarkupEscape.write(cell, into: out); out.write("</td>") }
                    out.write("</tr>\n")
                }
                out.write("</tbody>\n</table>\n")
            case .map(let sector, let svg):
                out.write("<figure id=\"map-"); out.write(sector.rawValue); out.write("\">\n")
                out.write(svg); out.write("\n</figure>\n")
            }
        }
        out.write("</main>\n</body>\n</html>\n")
    }

    func inline(_ texts: [ReportText]) -> String {
        texts.map { text in
            switch text {
            case .plain(let s): MarkupEscape.escape(s)
            case .code(let s): "<code>\(MarkupEscape.escape(s))</code>"
            case .strong(let s): s.isEmpty ? "" : "<strong>\(MarkupEscape.escape(s))</strong>"
            }
        }.joined()
    }
}
