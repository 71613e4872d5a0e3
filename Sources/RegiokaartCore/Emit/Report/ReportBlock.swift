/// A piece of text in the report: plain, code (`GM0297`, file names) or strong (a region id).
enum ReportText: Equatable {
    case plain(String)
    case code(String)
    case strong(String)

    var text: String {
        switch self {
        case .plain(let s), .code(let s), .strong(let s): s
        }
    }
}

/// A list item: one line of text, and optional sub-items (one line each).
struct ReportItem: Equatable {
    var text: [ReportText]
    var children: [[ReportText]] = []
}

/// A block of the report, rendered alike by `MarkdownReportRenderer` and `HTMLReportRenderer`.
enum ReportBlock: Equatable {
    /// A section heading (level 2) or a sub-heading (level 3).
    case heading(String, level: Int)
    case paragraph([ReportText])
    case list([ReportItem])
    case table(header: [String], rows: [[String]])
    /// A coverage map: an image link to `maps/<sector>.svg` in Markdown, the SVG itself in HTML.
    case map(Sector, svg: String)
}
