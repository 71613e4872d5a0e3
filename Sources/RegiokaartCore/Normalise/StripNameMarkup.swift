/// Strips markdown markup from the names a card lists: emphasis ("**Amsterdam**", "__Utrecht__",
/// "_Utrecht_", "*Almere*") and links ("[Almere](https://…)" → "Almere"), wherever they stand in
/// the entry (a line of several names holds several). No municipality, place or province name has
/// a "*", "_" or "[", so they are markup wherever they stand. Each entry changed is reported
/// (`name.markup`, info); `name_as_published` keeps the printing.
///
/// Runs after whitespace is collapsed and before a line of names is split (`SplitListedNames`):
/// a link's address may hold commas.
struct StripNameMarkup: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        for k in dataset.regions[index].area.indices {
            guard case .pending = dataset.regions[index].area[k].resolution,
                  let stripped = Self.stripped(dataset.regions[index].area[k].name) else { continue }
            let entry = dataset.regions[index].area[k]
            dataset.regions[index].area[k].name = stripped
            dataset.report(Issue(.info, .nameMarkup, field: "municipalities", raw: entry.name, result: stripped,
                                 at: dataset.regions[index].location(of: entry), "Markdown markup around a listed name was removed."),
                           region: index)
        }
    }

    /// `name` without its markdown markup, whitespace collapsed; nil when it has none (decided
    /// from its bytes: "*", "_" and "[" are rare).
    static func stripped(_ name: String) -> String? {
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "[") }) else { return nil }
        var out = ""
        var rest = Substring(name)
        // Links: "[text](address)" → "text"; a "[" that opens no link stays (and is reported unmatched).
        while let open = rest.firstIndex(of: "[") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "]"), rest[rest.index(after: close)...].hasPrefix("("),
               let end = Self.closingParenthesis(in: rest, from: rest.index(after: close)) {
                out += rest[afterOpen..<close]
                rest = rest[rest.index(after: end)...]
            } else {
                out += "["
                rest = rest[afterOpen...]
            }
        }
        out += rest
        out.removeAll { $0 == "*" || $0 == "_" }
        let result = NameFolding.collapseWhitespace(out)
        return result == name ? nil : result
    }

    /// The ")" that closes the "(" at `open` in `text` (an address may hold parentheses of its own:
    /// "https://nl.wikipedia.org/wiki/Stein_(Limburg)"), nil when none does.
    static func closingParenthesis(in text: Substring, from open: Substring.Index) -> Substring.Index? {
        var depth = 0
        var i = open
        while i < text.endIndex {
            if text[i] == "(" { depth += 1 }
            if text[i] == ")" { depth -= 1; if depth == 0 { return i } }
            i = text.index(after: i)
        }
        return nil
    }
}
