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

    func render(_ blocks: [ReportBlock], title: String) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(MarkupEscape.escape(title))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n<main>\n"
        for block in blocks {
            switch block {
            case .heading(let text, let level):
                out += "<h\(level)>\(MarkupEscape.escape(text))</h\(level)>\n"
            case .paragraph(let texts):
                out += "<p>\(inline(texts))</p>\n"
            case .list(let items):
                out += "<ul>\n"
                for item in items {
                    out += "<li>\(inline(item.text))"
                    if !item.children.isEmpty {
                        out += "\n<ul>\n" + item.children.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
                    }
                    out += "</li>\n"
                }
                out += "</ul>\n"
            case .table(let header, let rows):
                out += "<table>\n<thead><tr>" + header.map { "<th>\(MarkupEscape.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                for row in rows { out += "<tr>" + row.map { "<td>\(MarkupEscape.escape($0))</td>" }.joined() + "</tr>\n" }
                out += "</tbody>\n</table>\n"
            case .map(let sector, let svg):
                out += "<figure id=\"map-\(sector.rawValue)\">\n\(svg)\n</figure>\n"
            }
        }
        out += "</main>\n</body>\n</html>\n"
        return out
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
