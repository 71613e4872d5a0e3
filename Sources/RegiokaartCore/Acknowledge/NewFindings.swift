import Foundation

/// Which findings of a run are new since a previous run: compared by code, region id, field and raw
/// value (whitespace collapsed), with the previous run's `issues.json` as the baseline. Messages,
/// result values and lines may change (a line moves when text is added above it) without making a
/// finding new; a finding that occurs more often than before is new that many times.
struct NewFindings: Sendable {
    /// What identifies a finding from one run to the next.
    struct Key: Hashable {
        var code: String
        var regionID: String?
        var field: String?
        var rawValue: String?

        init(code: String, regionID: String?, field: String?, rawValue: String?) {
            self.code = code
            self.regionID = regionID
            self.field = field
            self.rawValue = rawValue.map(NameFolding.collapseWhitespace)
        }

        init(_ issue: Issue) {
            self.init(code: issue.code, regionID: issue.regionID, field: issue.field, rawValue: issue.rawValue)
        }
    }

    /// How often each key occurs in the baseline.
    let baseline: FindingKeyCounts

    /// The baseline of the previous run's findings.
    init(previous: [Issue]) {
        self.init(keys: previous.map(Key.init))
    }

    init(keys: [Key]) {
        baseline = FindingKeyCounts(keys)
    }

    /// The baseline of the keys `baseline` counts (`load(directory:)` makes it from their digests).
    init(baseline: FindingKeyCounts) {
        self.baseline = baseline
    }

    /// The findings of `issues` (in their order) that the baseline does not hold.
    func new(in issues: some Sequence<Issue>) -> [Issue] {
        var left = baseline.counts
        var scratch: [UInt8] = []
        return issues.filter { issue in
            guard let n = baseline.number(of: FindingKeyCounts.digest(Key(issue), using: &scratch)), left[n] > 0 else { return true }
            left[n] -= 1
            return false
        }
    }

    /// The baseline from `<directory>/issues.json`, or nil when the folder has none (a first run).
    /// Throws `.malformed` when the file is not an `issues.json` written by regiokaart: not JSON, or
    /// without the members every `IssuesDocument` has (counts, and per finding its severity, code and
    /// message as strings), or with a member of another type than the document's.
    static func load(directory: String) throws(InputError) -> NewFindings? {
        let path = (directory as NSString).appendingPathComponent("issues.json")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes = try FileBytes.read(path: path, displayName: path)
        if let offset = UTF8Validation.firstInvalid(bytes, from: 0) {
            throw InputError(.malformed, file: path, "is not an issues.json written by regiokaart: not UTF-8 at byte offset \(offset)")
        }
        do {
            // Only each finding's digest is kept, not its key's four strings (`FindingKeyCounts`).
            var digests: [FindingKeyCounts.Digest] = []
            var scratch: [UInt8] = []
            try forEachKey(inIssuesJSON: bytes) { digests.append(FindingKeyCounts.digest($0, using: &scratch)) }
            return NewFindings(baseline: FindingKeyCounts(digests: digests))
        } catch {
            throw InputError(.malformed, file: path, "is not an issues.json written by regiokaart: \(error)")
        }
    }

    /// Calls `body` with the key of every finding of an `issues.json` document, in order, read from
    /// its bytes (`JSONBytesReader`): only the four members a key needs are read; the others are
    /// checked for their type. Throws when the document is not one `IssuesDocument` reads, after
    /// `body` has seen the keys before the fault.
    static func forEachKey(inIssuesJSON bytes: [UInt8], _ body: (Key) -> Void) throws(JSONBytesReader.Failure) {
        var reader = JSONBytesReader(bytes)
        var hasIssues = false
        var hasCounts = false
        var seen = Set<String>()
        try reader.beginObject()
        while let member = try reader.nextKey() {
            guard seen.insert(member).inserted else { try reader.skipValue(); continue }
            switch member {
            case "counts":
                try reader.beginObject()
                while try reader.nextKey() != nil { _ = try reader.int() }
                hasCounts = true
            case "issues":
                hasIssues = true
                try reader.beginArray()
                while try reader.nextElement() { body(try key(&reader)) }
            default:
                try reader.skipValue()
            }
        }
        try reader.end()
        guard hasCounts else { throw reader.failure("the document has no counts") }
        guard hasIssues else { throw reader.failure("the document has no issues") }
    }

    /// The members `IssuesDocument.Entry` declares, in the order `key(_:)` reads them by position, as
    /// bytes: the reader matches a member's name without making a `String` of it.
    private static let entryMembers = ["code", "severity", "message", "region_id", "field", "raw_value", "result_value",
                                       "source_file", "acknowledged_note", "source_line", "acknowledged"].map { Array($0.utf8) }

    /// One finding's key; its other members are checked as `IssuesDocument.Entry` declares them.
    private static func key(_ reader: inout JSONBytesReader) throws(JSONBytesReader.Failure) -> Key {
        var code: String?, regionID: String?, field: String?, rawValue: String?
        var hasSeverity = false, hasMessage = false
        var seen = 0  // a bit per member of `entryMembers`
        try reader.beginObject()
        while let k = try reader.nextKey(among: entryMembers) {
            // Each member counts once: the first, as for `JSONDecoder`.
            guard k >= 0, seen & (1 << k) == 0 else { try reader.skipValue(); continue }
            seen |= 1 << k
            switch k {
            case 0: code = try reader.string()
            // Members only checked are stepped over without making their strings.
            case 1: try reader.skipString(); hasSeverity = true
            case 2: try reader.skipString(); hasMessage = true
            case 3: regionID = try reader.optionalString()
            case 4: field = try reader.optionalString()
            case 5: rawValue = try reader.optionalString()
            case 6, 7, 8: if !reader.null() { try reader.skipString() }
            case 9: if !reader.null() { _ = try reader.int() }
            default: if !reader.null() { _ = try reader.bool() }
            }
        }
        guard let code, hasSeverity, hasMessage else {
            throw reader.failure("a finding lacks its \(code == nil ? "code" : hasSeverity ? "message" : "severity")")
        }
        return Key(code: code, regionID: regionID, field: field, rawValue: rawValue)
    }
}
