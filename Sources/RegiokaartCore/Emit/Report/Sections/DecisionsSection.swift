/// "Decisions left to you": every error, and every doubt that is not a fault of the publication nor
/// mention evidence, one line each: what, where, and the fix (the row to add, or what to check).
struct DecisionsSection: ReportSection {
    /// Warnings that are evidence for a link, summarised per code rather than listed here.
    static let evidence: Set<String> = [IssueCode.mentionProbable.rawValue]
    static let municipalityAliases = "Input/corrections/municipality-aliases.csv"
    static let regionAliases = "Input/corrections/region-aliases.csv"
    static let acknowledgements = "Input/corrections/acknowledged.csv"

    /// True when a finding of `code` at `severity` belongs in this section.
    static func includes(_ code: String, _ severity: Severity) -> Bool {
        severity != .info && !evidence.contains(code) && !FaultsSection.codes.contains { $0.rawValue == code }
    }

    func blocks(_ c: ReportContext) -> [ReportBlock] {
        var items: [ReportItem] = []
        for code in c.codeOrder {
            // The code's own part of `includes`, decided once per code rather than per finding.
            guard Self.includes(code, .error) else { continue }
            // An acknowledged doubt was decided (it has its own section); an acknowledged error still blocks.
            let indices = c.byCode[code]!.filter {
                c.issues.recorded($0) { $0.severity != .info && ($0.severity == .error || !$0.isAcknowledged) }
            }
            guard !indices.isEmpty else { continue }
            for index in indices.prefix(ReportContext.entriesPerCode) { items.append(item(c, c.issues[index])) }
            if let known = IssueCode(rawValue: code), let more = ReportContext.more(indices.count, code: known) { items.append(more) }
        }
        return [.heading("Decisions left to you", level: 2),
                items.isEmpty ? .paragraph([.plain("None: no errors and no open doubts.")]) : .list(items)]
    }

    func item(_ c: ReportContext, _ f: Issue) -> ReportItem {
        // Code, region and place first and the fix last: a long message is what the line limit cuts.
        var text: [ReportText] = [.plain(f.severity == .error ? "ERROR " : ""), .code(f.code)] + c.where(f)
        text += [.plain(Self.what(f)), .plain(". Fix: ")]
        return ReportItem(text: text + Self.fix(f))
    }

    /// The message without the evidence a mention finding appends (it stays in `issues.csv`).
    static func what(_ f: Issue) -> String {
        var message = f.message
        if let cut = message.range(of: " Evidence: ") { message = String(message[..<cut.lowerBound]) }
        while message.hasSuffix(".") { message.removeLast() }
        return message
    }

    /// The exact fix: the alias row to add, or what to check.
    static func fix(_ f: Issue) -> [ReportText] {
        let raw = f.rawValue ?? ""
        switch IssueCode(rawValue: f.code) {
        case .municipalityUnmatched, .municipalityProvinceContradicts:
            return [.plain("add "), .code("\(csvField(raw)),GM….,why,\(f.regionID ?? "")"), .plain(" (for this card only) to "),
                    .code(municipalityAliases)]
        case .municipalityAmbiguous:
            let codes = (f.resultValue ?? "").split(separator: "|").joined(separator: " or ")
            return [.plain("add "), .code("\(csvField(raw)),\(codes),why,\(f.regionID ?? "")"), .plain(" (one code; for this card only) to "),
                    .code(municipalityAliases)]
        case .mentionUnresolved:
            return [.plain("add "), .code("\(csvField(raw)),REGION_ID,why"), .plain(" to "), .code(regionAliases)]
        case .mentionAliasUnknownRegion, .mentionAliasUnused:
            return [.plain("correct or remove that row of "), .code(regionAliases)]
        case .municipalityAmbiguityResolved, .areaProvinceOrMunicipality:
            return [.plain("check that \(f.resultValue ?? "the choice") is meant; if so, add "),
                    .code("\(f.code),\(f.regionID ?? ""),\(csvField(raw)),why"), .plain(" to "), .code(acknowledgements)]
        default:
            return [.plain("check the source there; every detail is in "), .code("issues.csv")]
        }
    }

    /// `text` as one CSV field (quoted when it holds a comma, quote or line break).
    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
