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
    let baseline: [Key: Int]

    /// The baseline of the previous run's findings.
    init(previous: [Issue]) {
        self.init(keys: previous.map(Key.init))
    }

    init(keys: [Key]) {
        baseline = keys.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// The findings of `issues` (in their order) that the baseline does not hold.
    func new(in issues: [Issue]) -> [Issue] {
        var left = baseline
        return issues.filter { issue in
            let key = Key(issue)
            guard let count = left[key], count > 0 else { return true }
            left[key] = count - 1
            return false
        }
    }

    /// The baseline from `<directory>/issues.json`, or nil when the folder has none (a first run).
    /// Throws `.malformed` when the file is not an `issues.json` written by regiokaart.
    static func load(directory: String) throws(InputError) -> NewFindings? {
        let path = (directory as NSString).appendingPathComponent("issues.json")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes = try FileBytes.read(path: path, displayName: path)
        do {
            let document = try JSONDecoder().decode(IssuesDocument.self, from: Data(bytes))
            return NewFindings(keys: document.issues.map {
                Key(code: $0.code, regionID: $0.region_id, field: $0.field, rawValue: $0.raw_value)
            })
        } catch {
            throw InputError(.malformed, file: path, "is not an issues.json written by regiokaart: \(DatasetSnapshot.describe(error))")
        }
    }
}
