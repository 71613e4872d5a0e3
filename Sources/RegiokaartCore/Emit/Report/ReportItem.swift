/// A list item: one line of text, and optional sub-items (one line each).
struct ReportItem: Equatable {
    var text: [ReportText]
    var children: [[ReportText]] = []
}
