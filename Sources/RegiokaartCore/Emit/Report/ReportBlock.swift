/// A block of the report, rendered alike by `MarkdownReportRenderer` and `HTMLReportRenderer`.
enum ReportBlock: Equatable {
    /// A section heading (level 2) or a sub-heading (level 3).
    case heading(String, level: Int)
    case paragraph([ReportText])
    case list([ReportItem])
    case table(header: [String], rows: [[String]])
    /// A coverage map: an image link to `maps/<sector>.svg` in Markdown, the SVG itself in HTML.
    case map(Sector, svg: [UInt8])
}
