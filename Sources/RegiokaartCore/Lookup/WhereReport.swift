import Foundation

/// Renders a `WhereAnswer` for people (text) or programs (JSON).
public enum WhereReport {
    /// The text answer: how the name was understood, then per sector the regions serving each
    /// municipality it was read as, and each region it names with its municipalities.
    public static func text(_ answer: WhereAnswer) -> String {
        var out = ""
        let q = "\"\(answer.query)\""
        if !answer.found {
            out += "\(q): no municipality, place or region of that name\n"
            if !answer.suggestions.isEmpty { out += "  nearest names: " + answer.suggestions.joined(separator: ", ") + "\n" }
            return out
        }
        if let u = answer.understood {
            if u.ambiguous {
                out += "\(q) is ambiguous: \(answer.municipalities.count) municipalities fit (\(u.rule): \(u.detail)); each is listed\n"
            }
            for m in answer.municipalities {
                if !u.ambiguous {
                    out += "\(q): the municipality \(m.municipality.name) (\(m.municipality.code), \(m.province)), read by rule \(u.rule): \(u.detail)\n"
                } else {
                    out += "- \(m.municipality.name) (\(m.municipality.code), \(m.province))\n"
                }
                for sector in Sector.allCases.map(\.rawValue) {
                    let served = m.sectors[sector] ?? []
                    out += "  \(sector.padding(toLength: 8, withPad: " ", startingAt: 0))\(served.isEmpty ? "no region (coverage gap)" : list(served))\n"
                }
                if !m.national.isEmpty {
                    out += "  national \(m.national.map { "\(ref($0)) [\($0.sectors.joined(separator: "/"))]" }.joined(separator: "; "))\n"
                }
            }
        }
        for r in answer.regions {
            let sectors = r.region.sectors.joined(separator: "/")
            out += "\(q): the region \(ref(r.region)), sectors \(sectors.isEmpty ? "none" : sectors), scope \(r.scope)"
                + (r.matchedBy == "alias" ? " (a name it was seen under)" : "") + "\n"
            if r.scope == Scope.national.rawValue {
                out += "  \(sectors): every municipality (national)\n"
            } else {
                let via = r.provinces.isEmpty ? "" : " (the provinces " + r.provinces.joined(separator: ", ") + ")"
                out += "  \(sectors): \(r.municipalities.count) municipalit\(r.municipalities.count == 1 ? "y" : "ies")\(via): "
                    + r.municipalities.map { "\($0.name) (\($0.code))" }.joined(separator: ", ") + "\n"
            }
        }
        return out
    }

    /// The JSON answer: keys sorted, so the same answer always gives the same bytes.
    public static func json(_ answer: WhereAnswer) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(answer)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func ref(_ region: WhereAnswer.RegionRef) -> String { "\(region.name) (\(region.id))" }
    static func list(_ regions: [WhereAnswer.RegionRef]) -> String { regions.map(ref).joined(separator: "; ") }
}
