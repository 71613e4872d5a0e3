/// Strips the printing devices from the names a card lists: markdown emphasis ("**Amsterdam**",
/// "__Utrecht__", "_Utrecht_", "*Almere*") and links ("[Almere](https://…)" → "Almere"), wherever
/// they stand in the entry (a line of several names holds several); footnote marks after a name
/// ("Amsterdam¹", "Amsterdam†"; a "*" goes with the emphasis); and the non-breaking hyphen U+2011,
/// which is a "-" that a line may not break at ("Olst‑Wijhe" → "Olst-Wijhe"). No municipality,
/// place or province name has a "*", "_", "[", a superscript digit or a dagger, so they are
/// printing wherever they stand. Each entry changed is reported (`name.markup`, info);
/// `name_as_published` keeps the printing.
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
        guard ASCIIFastPath.anyByte(of: name, { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "[") || $0 >= 0xC2 })
        else { return nil }
        var out = ""
        var rest = Substring(name.unicodeScalars.contains(where: isPrinting) ? Self.withoutPrinting(name) : name)
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

    /// A footnote mark (superscript digit, dagger, double dagger) or the non-breaking hyphen.
    static func isPrinting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00B9, 0x00B2, 0x00B3, 0x2070...0x2079, 0x2020, 0x2021, 0x2011: true
        default: false
        }
    }

    /// `name` with each non-breaking hyphen read as "-" and the footnote marks removed.
    static func withoutPrinting(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if scalar == "\u{2011}" { scalars.append("-") } else if !isPrinting(scalar) { scalars.append(scalar) }
        }
        return String(scalars)
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
