import Foundation

/// What every report section reads: the dataset, its findings (in report order) grouped by code,
/// whether the run published, and the coverage maps when the reference folder has map shapes.
struct ReportContext {
    let dataset: Dataset
    let issues: FindingsInReportOrder
    let published: Bool
    /// The SVG of each sector's map (`CoverageMap.svg()`), in `Sector.allCases` order; empty without shapes.
    let maps: [(Sector, [UInt8])]
    /// The findings new since a named previous run (`build --previous`); nil when none was named.
    let newFindings: [Issue]?
    /// Finding indices (into `issues`) per code, in report order.
    let byCode: [String: [Int]]
    /// Codes in the order their first finding appears.
    let codeOrder: [String]
    /// Lines listed per code in a detailed list; the rest are counted and left to `issues.csv`.
    static let entriesPerCode = 20

    init(dataset: Dataset, issues: FindingsInReportOrder, published: Bool, maps: [(Sector, [UInt8])], newFindings: [Issue]? = nil) {
        self.dataset = dataset
        self.issues = issues
        self.published = published
        self.maps = maps
        self.newFindings = newFindings
        var byCode: [String: [Int]] = [:]
        var order: [String] = []
        for index in issues.indices {
            let code = issues.recorded(index, \.code)
            if byCode[code] == nil { order.append(code) }
            byCode[code, default: []].append(index)
        }
        self.byCode = byCode
        self.codeOrder = order
    }

    /// The findings of `code`, in report order, each read when asked for (a section mostly reads the
    /// first few and the count: a copy of an archive's most frequent code was MB).
    func findings(_ code: IssueCode) -> LazyMapCollection<[Int], Issue> {
        (byCode[code.rawValue] ?? []).lazy.map { [issues] in issues[$0] }
    }

    /// Where a finding was read, short: `line 2254` in the publication, `file.txt:23` elsewhere.
    func place(_ location: SourceLocation?) -> String {
        guard let location else { return "" }
        if location.file == dataset.source { return location.line > 0 ? "line \(location.line)" : "" }
        let name = (location.file as NSString).lastPathComponent
        return location.line > 0 ? "\(name):\(location.line)" : name
    }

    /// " **region** (place): " for a one-line finding, each part only when known.
    func `where`(_ f: Issue) -> [ReportText] {
        var text: [ReportText] = []
        if let region = f.regionID { text += [.plain(" "), .strong(region)] }
        let place = place(f.location)
        text.append(.plain(place.isEmpty ? ": " : " (\(place)): "))
        return text
    }

    /// The name in a coverage finding's raw value "Name (GM0000)".
    static func municipalityName(_ raw: String?) -> String {
        guard let raw else { return "" }
        if raw.utf8.last == UInt8(ascii: ")"), raw.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (most names): bytes are characters, so the last " (GM" is found on the bytes.
            let bytes = Array(raw.utf8), marker = Array(" (GM".utf8)
            var at = bytes.count - marker.count
            while at >= 0, !bytes[at..<at + marker.count].elementsEqual(marker) { at -= 1 }
            return at >= 0 ? String(decoding: bytes[..<at], as: UTF8.self) : raw
        }
        if raw.hasSuffix(")"), let open = raw.range(of: " (GM", options: .backwards) { return String(raw[..<open.lowerBound]) }
        return raw
    }

    /// "… and N more" for a list cut at `entriesPerCode`, or nil.
    static func more(_ total: Int, code: IssueCode) -> ReportItem? {
        total > entriesPerCode ? ReportItem(text: [.plain("… and \(total - entriesPerCode) more: see "), .code("issues.csv"),
                                                   .plain(" (code "), .code(code.rawValue), .plain(")")]) : nil
    }
}
