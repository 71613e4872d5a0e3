/// The fixed words and characters that structure a region card, in one place.
enum CardMarkers {
    /// Characters accepted as list bullets. "-" needs a space after it, so that a hyphenated
    /// name is never mistaken for a bullet.
    static let bullets: Set<Unicode.Scalar> = ["•", "*", "–", "—", "·", "▪", "●", "○", "◦", "‣", "⁃", "■", "□", "►", "▸", "✓", "➢",
                                                   "∙", "⦁", "◆", "◇", "❖", "➤", "▶", "✔", "⚫", "⁌", "⁍"]

    /// True for the navigation links that close a card ("[TERUG NAAR PO KAART >](#)").
    /// The links may come as list items on an HTML page ("- TERUG NAAR PO KAART >").
    static func isTerminator(_ line: String) -> Bool {
        var copy = line
        if let answer = copy.withUTF8({ isTerminator($0) }) { return answer }
        // Every line of a card is tested. An ASCII line can only be a terminator when it holds
        // "terug" in any case (its bullet item is a part of it with whitespace collapsed); this
        // byte test spares the bullet lines of the area list their `bulletItems`.
        if ASCIIFastPath.isASCII(line), !ASCIIFastPath.mayContainLowercased(line, "terug") { return false }
        // The links may come as list items on an HTML page ("- TERUG NAAR PO KAART >").
        var text = line
        if line.hasPrefix("- ") || line.unicodeScalars.first.map(bullets.contains) == true,
           let items = bulletItems(line), items.count == 1 { text = items[0] }
        // Any whitespace between the words ("TERUG  NAAR", "Terug\u{00A0}naar"): collapsed first.
        let collapsed = NameFolding.collapseWhitespace(text)
        return ASCIIFastPath.uppercasedHasPrefix(collapsed, "[TERUG NAAR") || ASCIIFastPath.uppercasedHasPrefix(collapsed, "TERUG NAAR")
    }

    /// Whether "terug", one or more ASCII spaces or tabs, and "naar" (any ASCII case) start at byte `i` of `bytes`.
    static func isTerugNaar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        func matches(_ word: StaticString, at i: Int) -> Bool {
            let count = word.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            for k in 0..<count where ASCIIFastPath.lowercase(bytes[i + k]) != word.utf8Start[k] { return false }
            return true
        }
        guard matches("terug", at: i) else { return false }
        var k = i + 5
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        return k > i + 5 && matches("naar", at: k)
    }

    /// `isTerminator` decided from the UTF-8 bytes of a line that is ASCII and opens with no bullet
    /// ("- ", "*"); nil for any other line (its `String` decides).
    static func isTerminator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard ASCIIFastPath.isASCII(bytes) else { return nil }
        if bytes.first == UInt8(ascii: "*") || (bytes.count > 1 && bytes[0] == UInt8(ascii: "-") && bytes[1] == 0x20) { return nil }
        // Any run of spaces and tabs between the words.
        return isTerugNaar(bytes, at: bytes.first == UInt8(ascii: "[") ? 1 : 0)
    }

    /// A byte test every closing-link line passes: after any "[", "-", "*" and spaces it starts
    /// with "terug" (any case) or with a non-ASCII byte (another bullet). False means `isTerminator` is false.
    static func mayBeTerminator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        scan: while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, UInt8(ascii: "["), UInt8(ascii: "-"), UInt8(ascii: "*"): i += 1
            default: break scan
            }
        }
        guard i < bytes.count else { return false }
        if bytes[i] >= 0x80 { return true }
        let word: StaticString = "terug"
        guard i + word.utf8CodeUnitCount <= bytes.count else { return false }
        for k in 0..<word.utf8CodeUnitCount where ASCIIFastPath.lowercase(bytes[i + k]) != word.utf8Start[k] { return false }
        return true
    }

    /// `bulletItems(line) != nil` decided from the line's UTF-8 bytes; nil when the line's
    /// `String` must decide (a non-ASCII first or second character).
    static func isBullet(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = bytes.first else { return false }
        switch first {
        case UInt8(ascii: "*"): return true
        case UInt8(ascii: "-"):
            guard bytes.count > 1 else { return false }
            let second = bytes[1]
            // ASCII whitespace: tab, line tabulation, form feed, space (CR and LF end lines).
            return second < 0x80 ? (second == 0x20 || (0x09...0x0D).contains(second)) : nil
        case 0x80...: return nil
        default: return false
        }
    }

    /// The text after "Thema:" when the line opens a story.
    static func storyHeading(_ line: String) -> String? {
        guard ASCIIFastPath.lowercasedHasPrefix(line, "thema:") else { return nil }
        return NameFolding.collapseWhitespace(String(line.dropFirst(6)))
    }

    /// The items of a bullet line ("- Aalten" → ["Aalten"]; "• Groningen • Friesland" → two items),
    /// or nil when the line has no bullet.
    static func bulletItems(_ line: String) -> [String]? {
        // Most lines are not bullets, and most bullet lines hold one plain-ASCII name: both are
        // decided from the bytes (the only ASCII bullets are "-" and "*").
        guard let firstByte = line.utf8.first else { return nil }
        if firstByte < 0x80 && firstByte != UInt8(ascii: "-") && firstByte != UInt8(ascii: "*") { return nil }
        if let single = singleASCIIItem(line) { return single.isEmpty ? [] : [single] }
        // A list bullet such as "•" before one plain-ASCII name (the article's lists): from the bytes,
        // without rebuilding the line scalar by scalar.
        if firstByte >= 0x80, let first = line.unicodeScalars.first {
            guard bullets.contains(first) else { return nil }
            var copy = line
            if let single = copy.withUTF8({ collapsedASCIIRest(UnsafeBufferPointer(rebasing: $0[first.utf8.count...])) }) {
                return single.isEmpty ? [] : [single]
            }
        }
        let scalars = Array(line.unicodeScalars)
        guard let first = scalars.first else { return nil }
        var rest: Substring
        if first == "-" {
            // Any space after it ("-\u{00A0}Aalten"), so that a hyphenated name is never a bullet.
            guard scalars.count > 1, scalars[1].properties.isWhitespace else { return nil }
            rest = Substring(String(String.UnicodeScalarView(scalars.dropFirst())))
        } else if bullets.contains(first) {
            rest = Substring(String(String.UnicodeScalarView(scalars.dropFirst())))
        } else {
            return nil
        }
        // Several items on one line, separated by a spaced bullet: "• Groningen • Friesland".
        var items: [String] = []
        var current = String.UnicodeScalarView()
        let restScalars = Array(rest.unicodeScalars)
        var i = 0
        while i < restScalars.count {
            let s = restScalars[i]
            if bullets.contains(s), i > 0, restScalars[i - 1] == " ", i + 1 < restScalars.count, restScalars[i + 1] == " " {
                items.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(s)
            }
            i += 1
        }
        items.append(String(current))
        return items.map(NameFolding.collapseWhitespace).filter { !$0.isEmpty }
    }

    /// The one item of a bullet line whose text after the bullet is ASCII without a "*": exactly
    /// what the general path of `bulletItems` gives for it. Nil when the general path must decide.
    private static func singleASCIIItem(_ line: String) -> String? {
        var line = line
        return line.withUTF8(singleASCIIItem)
    }

    /// `singleASCIIItem` on the UTF-8 bytes of a line: the item ("" for a bullet alone) when the
    /// line is "-" and a space or tab, or "*", followed by ASCII without a "*"; nil otherwise.
    static func singleASCIIItem(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = bytes.first else { return nil }
        if first == UInt8(ascii: "-") {
            guard bytes.count > 1, bytes[1] == 0x20 || bytes[1] == 0x09 else { return nil }
        } else if first != UInt8(ascii: "*") {
            return nil
        }
        return collapsedASCIIRest(UnsafeBufferPointer(rebasing: bytes[1...]))
    }

    /// The item after a line's bullet, `rest`, when it is ASCII without a "*" (then one item):
    /// `NameFolding.collapseWhitespace` done on its bytes. Nil otherwise.
    private static func collapsedASCIIRest(_ rest: UnsafeBufferPointer<UInt8>) -> String? {
        // Runs of whitespace (tab, LF, VT, FF, CR, space) become one space, none at either end.
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (0x09...0x0D).contains(b) }
        var start = 0, end = rest.count
        while start < end, isSpace(rest[start]) { start += 1 }
        while end > start, isSpace(rest[end - 1]) { end -= 1 }
        // Most items are ASCII words, single-spaced, without a "*" (what is trimmed is whitespace):
        // already collapsed, told eight bytes at a time.
        let text = UnsafeBufferPointer(rebasing: rest[start..<end])
        if SingleSpacedASCII.test(text, rejecting: 0x09...0x0D, UInt8(ascii: "*")...UInt8(ascii: "*")) {
            return String(decoding: text, as: UTF8.self)
        }
        for b in rest {
            if b >= 0x80 || b == UInt8(ascii: "*") { return nil }
        }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var pendingSpace = false
        for b in rest[start..<end] {
            if isSpace(b) {
                pendingSpace = true
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// True when a plain line inside the area list reads like a name rather than a sentence.
    static func looksLikeName(_ line: String) -> Bool {
        line.utf8.count <= 60 && !line.hasSuffix(".") && !line.contains(". ") && !line.hasSuffix(":")
    }
}
