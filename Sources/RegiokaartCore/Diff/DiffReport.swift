import Foundation

/// Renders a `DatasetDiff` for people (one line per region) or for programs (JSON).
public enum DiffReport {
    /// The text report: a summary line, then one line per added, removed or changed region.
    public static func text(_ diff: DatasetDiff, old: String, new: String) -> String {
        var out = "changes from \(old) to \(new): "
        if diff.isEmpty { return out + "none (\(diff.newCount) regions, same data)\n" }
        let renamed = diff.changed.filter(\.isRenamed).count
        out += "\(diff.added.count) added, \(diff.removed.count) removed, \(diff.changed.count) changed"
            + (renamed > 0 ? " (\(renamed) renamed)" : "") + "; \(diff.oldCount) → \(diff.newCount) regions\n"
        for r in diff.removed {
            out += "- removed \(r.id) \"\(r.name)\" (\(r.sectors.joined(separator: "/")), \(r.municipalityCount) municipalities)\n"
        }
        for r in diff.added {
            out += "+ added \(r.id) \"\(r.name)\" (\(r.sectors.joined(separator: "/")), \(r.municipalityCount) municipalities)\n"
        }
        for c in diff.changed {
            var parts: [String] = []
            if let n = c.nameChange { parts.append("renamed \"\(n.old)\" → \"\(n.new)\"") }
            if let i = c.idChange { parts.append("id \(i.old) → \(i.new)") }
            if c.isRenamed { parts.append("matched by \(c.matchedBy.rawValue)") }
            for kind in FigureKind.allCases {
                if let v = c.figures[kind.rawValue] { parts.append("\(kind.rawValue) \(figure(v.old)) → \(figure(v.new))") }
            }
            if let s = c.sectors { parts.append("sectors \(list(s.old)) → \(list(s.new))") }
            if let s = c.scope { parts.append("scope \(s.old) → \(s.new)") }
            if !c.municipalitiesJoined.isEmpty { parts.append("joined: " + c.municipalitiesJoined.map(ref).joined(separator: ", ")) }
            if !c.municipalitiesLeft.isEmpty { parts.append("left: " + c.municipalitiesLeft.map(ref).joined(separator: ", ")) }
            if !c.unresolvedAdded.isEmpty { parts.append("newly unresolved: " + c.unresolvedAdded.joined(separator: ", ")) }
            if !c.unresolvedRemoved.isEmpty { parts.append("no longer unresolved: " + c.unresolvedRemoved.joined(separator: ", ")) }
            out += "~ \(c.id): " + parts.joined(separator: "; ") + "\n"
        }
        return out
    }

    /// The JSON report: `{"changed": bool, "old", "new", "added", "removed", "regions", counts}`,
    /// keys sorted, so the same diff always gives the same bytes.
    public static func json(_ diff: DatasetDiff, old: String, new: String) -> String {
        struct Document: Encodable {
            var changed: Bool
            var old: String
            var new: String
            var diff: DatasetDiff
            enum CodingKeys: String, CodingKey { case changed, old, new }
            func encode(to encoder: any Encoder) throws {
                try diff.encode(to: encoder)
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(changed, forKey: .changed)
                try c.encode(old, forKey: .old)
                try c.encode(new, forKey: .new)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(changed: !diff.isEmpty, old: old, new: new, diff: diff))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A figure for the text report: "unread" when it was not read.
    static func figure(_ value: Int?) -> String { value.map(String.init) ?? "unread" }

    static func list(_ sectors: [String]) -> String { sectors.isEmpty ? "none" : sectors.joined(separator: "/") }
    static func ref(_ m: RegionChange.MunicipalityRef) -> String { "\(m.name) (\(m.code))" }
}
