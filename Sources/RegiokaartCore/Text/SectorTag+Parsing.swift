/// Reading sector tags out of printed names.
extension SectorTag {
    /// Parses the inside of a parenthetical (without brackets), or returns nil when it is not a
    /// sector tag: a tag names at least one sector, and its other tokens are known qualifiers or
    /// short codes (at most three letters, taken for mistyped sectors).
    static func parse(inner: String) -> SectorTag? {
        let tokens = inner.lowercased().split(whereSeparator: isSeparator).map(String.init)
        var sectors: [Sector] = []  // at most three: a set of them cost more to make than the rest of the parse
        var unknown: [String] = []
        var qualifiers: [String] = []
        for token in tokens {
            if let sector = Sector(rawValue: token) {
                if !sectors.contains(sector) { sectors.append(sector) }
            } else if knownQualifiers.contains(token) {
                qualifiers.append(token)
            } else if token.count <= 3, token.allSatisfy(\.isLetter) {
                unknown.append(token)
            } else {
                return nil
            }
        }
        guard !sectors.isEmpty else { return nil }
        return SectorTag(text: "(\(inner))", sectors: Sector.allCases.filter(sectors.contains), unknownTokens: unknown,
                         qualifiers: qualifiers)
    }

    /// The characters between the tokens of a tag: "/", ",", "+", "&" and space.
    private static func isSeparator(_ character: Character) -> Bool {
        character == "/" || character == "," || character == "+" || character == "&" || character == " "
    }

    /// Splits every sector tag off `name`: "Rotterdam (vo/mbo)" → ("Rotterdam", tag). Other
    /// parentheticals such as "(ZOR)" or "(Lingewaard, Overbetuwe en Arnhem)" stay in the name.
    /// `parse` reads the inside of each parenthetical (`parse(inner:)`, or a memo of it).
    static func split(_ name: String, parse: (String) -> SectorTag? = { SectorTag.parse(inner: $0) }) -> (name: String, tag: SectorTag?) {
        var kept = ""
        var tag: SectorTag?
        var rest = Substring(name)
        // In an ASCII name (nearly all) every byte is a `Character`: the brackets are found on the bytes.
        let ascii = ASCIIFastPath.isASCII(name)
        func firstIndex(of bracket: Character, in text: Substring) -> Substring.Index? {
            ascii ? text.utf8.firstIndex(of: bracket.asciiValue!) : text.firstIndex(of: bracket)
        }
        while let open = firstIndex(of: "(", in: rest), let close = firstIndex(of: ")", in: rest[open...]) {
            let inner = String(rest[rest.index(after: open)..<close])
            if let parsed = parse(inner) {
                kept += String(rest[..<open])  // as a `String`: the `Substring` append is an unspecialised generic call
                tag = tag.map { SectorTag(text: $0.text + " " + parsed.text,
                                          sectors: Array(Set($0.sectors + parsed.sectors)).sorted(),
                                          unknownTokens: $0.unknownTokens + parsed.unknownTokens,
                                          qualifiers: $0.qualifiers + parsed.qualifiers) } ?? parsed
            } else {
                kept += String(rest[...close])
            }
            rest = rest[rest.index(after: close)...]
        }
        kept += String(rest)
        return (NameFolding.collapseWhitespace(kept), tag)
    }
}
