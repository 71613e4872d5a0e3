/// One line of a card's figure block cut into what it says: numbers, words and separators.
///
/// "70.780", "Aantal leerlingen/studenten: 70.780", "70 780 Aantal leerlingen/ studenten",
/// "70.780Aantal" (a value and a label in two inline elements with nothing between them) and
/// "studenten 70.780" (the end of a label broken over lines, then its value) all read here; which
/// value belongs to which label is decided later, for the whole card (`FigurePairing`).
///
/// Hand-written rather than with a parser library: a line is a flat run of three kinds of piece,
/// and the grammar's only subtlety (a group separator counts only between digits) is one look-ahead.
enum FigureLine {
    /// One piece of a line.
    enum Part: Equatable {
        /// A number as printed ("70.780", "70 780", or an attempt such as "7O.780").
        case value(String)
        /// Words, whitespace collapsed.
        case text(String)
        /// A ":" or a tab: the words before it and the number after it belong together.
        case separator
    }

    /// One piece of a line by where it lies in the line's bytes: a `Part` before its strings are
    /// made. A figure block reads every line of a card, and most of its words are only tested
    /// (`FigureWords`) or joined into a label: they become no `String` of their own.
    enum Span: Equatable {
        /// A number as printed: the bytes of `Part.value`.
        case value(Range<Int>)
        /// Words that stand in the line as `Part.text` has them (ASCII, single spaces).
        case words(Range<Int>)
        /// Words whose whitespace was collapsed (or that are not ASCII): `Part.text` itself.
        case collapsed(String)
        /// A ":" or a tab.
        case separator

        /// Whether the span is a separator.
        var isSeparator: Bool {
            if case .separator = self { return true }
            return false
        }

        /// The part this span stands for in the line whose UTF-8 bytes are `bytes`.
        func part(in bytes: UnsafeBufferPointer<UInt8>) -> Part {
            switch self {
            case .value(let range): .value(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            case .words(let range): .text(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            case .collapsed(let words): .text(words)
            case .separator: .separator
            }
        }

        /// Calls `body` with the UTF-8 bytes of the words of a `words` or `collapsed` span of the
        /// line `bytes` (empty for the other spans).
        func withWords<R>(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            switch self {
            case .words(let range): return body(UnsafeBufferPointer(rebasing: bytes[range]))
            case .collapsed(var words): return words.withUTF8(body)
            case .value, .separator: return body(UnsafeBufferPointer(rebasing: bytes[0..<0]))
            }
        }
    }

    /// The parts of `line`, in order.
    static func parts(_ line: String) -> [Part] {
        var line = line
        return line.withUTF8 { parts($0) }
    }

    /// The parts of the line whose UTF-8 bytes are `bytes`, in order.
    static func parts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Part] {
        var spans: [Span] = []
        self.spans(bytes, into: &spans)
        return spans.map { $0.part(in: bytes) }
    }

    /// The parts of the line whose UTF-8 bytes are `bytes`, as spans, in order, in place of the
    /// contents of `spans`: a figure block reads line after line into one array instead of making one per line.
    static func spans(_ bytes: UnsafeBufferPointer<UInt8>, into spans: inout [Span]) {
        // Emptied from the end: `removeAll(keepingCapacity:)` goes through the generic `replaceSubrange`.
        while spans.popLast() != nil {}
        // A dash alone stands where a number should be: a value (reported as no number), never words;
        // so does one before its label on the label's line ("- Aantal …", "–Aantal …").
        if isDash(bytes) {
            spans.append(.value(0..<bytes.count))
            return
        }
        if let dash = dashBeforeLabel(bytes) {
            spans.append(.value(0..<dash))
            var rest: [Span] = []
            self.spans(of: UnsafeBufferPointer(rebasing: bytes[dash...]), into: &rest)
            for span in rest {
                switch span {
                case .value(let r): spans.append(.value((r.lowerBound + dash)..<(r.upperBound + dash)))
                case .words(let r): spans.append(.words((r.lowerBound + dash)..<(r.upperBound + dash)))
                case .collapsed, .separator: spans.append(span)
                }
            }
            return
        }
        // Most lines of a block are one or two words of a label: one pass tells them (what the
        // cutting below gives them: no number, no separator, collapsed ASCII words).
        if isPlainWords(bytes) {
            spans.append(.words(0..<bytes.count))
            return
        }
        // A short line that is nothing but an attempt at a number is one value, even when it is no
        // number ("7O.780", "70,780"): it is then reported as such, never read as words.
        // (Most lines of a block are words: the first test rules them out.)
        if !startsWithWord(bytes), looksLikeFigure(bytes), !bytes.contains(UInt8(ascii: ":")), !bytes.contains(0x09),
           !ASCIIFastPath.mayContainLowercased(bytes, "aantal"),
           !ASCIIFastPath.mayContainLowercased(bytes, "aangesloten"), !holdsGluedLabelWithoutOpener(bytes) {
            spans.append(.value(0..<bytes.count))
            return
        }
        self.spans(of: bytes, into: &spans)
    }

    /// `FigureValue.looksLikeFigure` of the line whose UTF-8 bytes are `b`: its spaces are ASCII
    /// space and the UTF-8 of U+00A0, U+202F and U+2009; other bytes are neither digits nor spaces.
    static func looksLikeFigure(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !b.isEmpty, b.count <= 24 else { return false }
        var hasDigit = false
        var partHasDigit = false
        var i = 0
        while i < b.count {
            var space = b[i] == 0x20
            if b[i] == 0xC2 || b[i] == 0xE2 {
                let length = separatorLength(b, i)
                if length > 1 { space = true; i += length - 1 }
            }
            if isDigit(b[i]) {
                hasDigit = true
                partHasDigit = true
            } else if space {
                if !partHasDigit { return false }
                partHasDigit = false
            }
            i += 1
        }
        return hasDigit && partHasDigit
    }

    /// `spans` on the UTF-8 bytes of a line. Every byte that structures a line is ASCII but three
    /// group separators (no-break, narrow no-break and thin space), so the line is cut on its bytes
    /// and only words that are not collapsed ASCII become strings.
    static func spans(of b: UnsafeBufferPointer<UInt8>, into parts: inout [Span]) {
        var textStart = 0  // the words since the last part: b[textStart..<end], cut out once
        func flushText(upTo end: Int) {
            guard end > textStart else { return }
            let slice = UnsafeBufferPointer(rebasing: b[textStart..<end])
            // "Aantal …: -": a dash alone beside a label stands where its number should be (a value, reported).
            var first = textStart, last = end
            while first < last, b[first] == 0x20 || b[first] == 0x09 { first += 1 }
            while last > first, b[last - 1] == 0x20 || b[last - 1] == 0x09 { last -= 1 }
            if last - first <= 3, isDash(UnsafeBufferPointer(rebasing: b[first..<last])) {
                parts.append(.value(first..<last))
                return
            }
            if isCollapsedASCII(slice) {
                parts.append(.words(textStart..<end))
                return
            }
            let words = NameFolding.collapseWhitespace(String(decoding: slice, as: UTF8.self))
            if !words.isEmpty { parts.append(.collapsed(words)) }
        }
        let n = b.count
        var i = 0
        while i < n {
            let byte = b[i]
            // (Full-width digits read as a number too: it is then reported as not one, never read as words.)
            let digit = digitLength(b, i)
            if digit > 0, i == 0 || !followsWordCharacter(b, i) {
                var j = i + digit
                while j < n {
                    let next = digitLength(b, j)
                    if next > 0 { j += next; continue }
                    let separator = separatorLength(b, j)
                    if separator > 0, j + separator < n, case let after = digitLength(b, j + separator), after > 0 {
                        j += separator + after
                        continue
                    }
                    break
                }
                // Letters glued inside the number make it a failed attempt ("7O.780"), as do letters
                // glued after it that start no label ("69.99O Aantal …"); a label glued after a
                // complete number starts there ("70.780Aantal"), as does one glued to a failed
                // attempt ("70.78OAantal").
                var k = j
                while k < n, b[k] != UInt8(ascii: ":"), !isSpace(b, k) { k += 1 }
                if k > j {
                    if let cut = labelWord(b, from: j, to: k) {
                        j = cut
                    } else if !b[j..<k].contains(where: isDigit), gluedLabelWithoutOpener(b, from: j, to: k) {
                        // "70.780Leerlingen/studenten": a label without its opener word glued after a complete number starts there.
                    } else if b[j..<k].contains(where: isDigit) || ASCIIFastPath.lowercase(b[j]) &- 0x61 < 26 {
                        j = k
                    }
                }
                // "70.780 leerlingen Aantal …": a unit between the value and its label belongs to the value.
                if let unitEnd = unitBeforeLabel(b, from: j) { j = unitEnd }
                // "ca. 70.780", "± 70.780": the approximation belongs to the value (reported as no
                // number), never to the label before it.
                let start = approximationStart(b, from: textStart, to: i) ?? i
                flushText(upTo: start)
                parts.append(.value(start..<j))
                i = j
                textStart = j
                continue
            }
            // A table's cell border ("70.780 | Aantal …") separates as a colon does.
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "|") || (byte == 0x09 && tabSeparates(b, at: i)) {
                flushText(upTo: i)
                textStart = i + 1
                if parts.last?.isSeparator != true { parts.append(.separator) }
            }
            i += 1
        }
        // "70.780 leerlingen": a unit after the line's last value belongs to it, never a label of its own.
        if case .value(let range)? = parts.last, range.upperBound == textStart, isUnitWord(b, from: textStart, to: n) {
            parts[parts.count - 1] = .value(range.lowerBound..<n)
            return
        }
        flushText(upTo: n)
    }

    /// The approximation words and signs that may stand before a value (`FigureQualifier`'s, as lower-case UTF-8).
    static let approximations: [[UInt8]] = FigureQualifier.approximations.map { Array($0.utf8) }
    /// The unit words that may follow a value (lower-case).
    static let unitWords: [[UInt8]] = FigureQualifier.units.map { Array($0.utf8) }

    /// Where an approximation word or sign ends the text `b[from..<to]` (before a value), after
    /// trailing spaces, standing at the text's start or after a space, colon or tab; nil otherwise.
    static func approximationStart(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        var end = to
        while end > from, b[end - 1] == 0x20 || b[end - 1] == 0x09 { end -= 1 }
        guard end > from else { return nil }
        for word in approximations where end - from >= word.count {
            let start = end - word.count
            guard (0..<word.count).allSatisfy({ ASCIIFastPath.lowercase(b[start + $0]) == word[$0] }) else { continue }
            if start == from || b[start - 1] == 0x20 || b[start - 1] == 0x09 || b[start - 1] == UInt8(ascii: ":") { return start }
        }
        return nil
    }

    /// Where a unit word ends that stands after spaces at `from` (just after a value) and before a
    /// label ("70.780 leerlingen Aantal …", or glued: "70.780 leerlingenAantal …"); nil when there
    /// is none.
    static func unitBeforeLabel(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var start = from
        while start < b.count, b[start] == 0x20 || b[start] == 0x09 { start += 1 }
        guard start > from, start < b.count, ASCIIFastPath.lowercase(b[start]) &- 0x61 < 26 else { return nil }
        for word in unitWordsLongestFirst where start + word.count < b.count
            && (0..<word.count).allSatisfy({ ASCIIFastPath.lowercase(b[start + $0]) == word[$0] }) {
            let end = start + word.count
            var label = end
            while label < b.count, b[label] == 0x20 || b[label] == 0x09 { label += 1 }
            if labelWord(b, from: label, to: b.count) == label { return end }
        }
        return nil
    }

    /// `unitWords`, the longest first ("leerlingen/studenten" before "leerlingen").
    static let unitWordsLongestFirst = unitWords.sorted { $0.count > $1.count }

    /// Whether the line `b` opens with a qualified value: an approximation word or sign of
    /// `FigureQualifier` before a number ("ca. 70.780 Aantal …", "± 70.780"), or full-width digits
    /// ("７０.７８０ Aantal …"). Such a line may start a figure (a card's first), as a line opening
    /// with a digit may.
    static func opensWithQualifiedValue(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first else { return false }
        if first >= 0x80, digitLength(b, 0) > 1 { return true }
        // The number (0–9, or a full-width digit's lead byte) follows the word (at most 10 bytes)
        // and its spaces within 16 bytes: most lines (names, story text) have no digit that early
        // and are ruled out here, before the table is walked.
        let window = min(b.count, 16)
        var i = 0
        while i < window, b[i] &- 0x30 >= 10, b[i] != 0xEF { i += 1 }
        guard i < window else { return false }
        for word in approximations where word[0] == ASCIIFastPath.lowercase(first) && word.count < b.count
            && (0..<word.count).allSatisfy({ ASCIIFastPath.lowercase(b[$0]) == word[$0] }) {
            var i = word.count
            // "ca. 12", "ca.12", "± 12": a word of letters needs a space or the number after it ("tot" is no "totaal").
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            let lettered = ASCIIFastPath.lowercase(word[word.count - 1]) &- 0x61 < 26
            if i < b.count, digitLength(b, i) > 0, !lettered || i > word.count || isDigit(b[word.count]) { return true }
        }
        return false
    }

    /// Whether `byte` is the first byte of an approximation word or sign (lower-case ASCII, or a
    /// lead byte of "±", "≈"): only such a line may open with one (`opensWithQualifiedValue`).
    /// Written out, not derived from the table: this runs on nearly every line of the document, and
    /// a derived table is a lazy global checked at each use (the tests hold it to the table).
    @inline(__always)
    static func mayOpenWithApproximation(_ byte: UInt8) -> Bool {
        switch ASCIIFastPath.lowercase(byte) {
        case UInt8(ascii: "b"), UInt8(ascii: "c"), UInt8(ascii: "m"), UInt8(ascii: "o"), UInt8(ascii: "r"), UInt8(ascii: "t"),
             UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "~"), 0xC2, 0xE2: true
        default: false
        }
    }

    /// Whether `b[from..<to]` is a unit word after spaces (and nothing else).
    static func isUnitWord(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        var start = from, end = to
        while start < end, b[start] == 0x20 || b[start] == 0x09 { start += 1 }
        while end > start, b[end - 1] == 0x20 || b[end - 1] == 0x09 { end -= 1 }
        guard start > from, end > start else { return false }
        return unitWords.contains { word in
            word.count == end - start && (0..<word.count).allSatisfy { ASCIIFastPath.lowercase(b[start + $0]) == word[$0] }
        }
    }

    /// Whether the tab at byte `i` separates a label from its value: a number stands next to it
    /// (after the spaces and tabs that follow it, or before those that precede it). A tab between
    /// words ("Aantal\tleerlingen") is whitespace inside the label, as a space would be.
    static func tabSeparates(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        var after = i + 1
        while after < b.count, isBlank(b[after]) { after += 1 }
        if after < b.count, isDigit(b[after]) { return true }
        // A dash standing for the number after the tab ("Aantal …⇥-").
        var end = b.count
        while end > after, isBlank(b[end - 1]) { end -= 1 }
        if end > after, isDash(UnsafeBufferPointer(rebasing: b[after..<end])) { return true }
        var before = i - 1
        while before >= 0, isBlank(b[before]) { before -= 1 }
        return before >= 0 && isDigit(b[before])
    }

    /// True when `b` holds no digit, ":" or tab and is ASCII that `NameFolding.collapseWhitespace`
    /// leaves as it is (`isCollapsedASCII`): then its only part is its words.
    static func isPlainWords(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first, let last = b.last, first != 0x20, last != 0x20 else { return false }
        return SingleSpacedASCII.test(b, rejecting: 0x09...0x0D, UInt8(ascii: "0")...UInt8(ascii: ":"))
    }

    /// True when `b` is ASCII that `NameFolding.collapseWhitespace` leaves as it is: no whitespace
    /// but single spaces between words.
    static func isCollapsedASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first, let last = b.last, first != 0x20, last != 0x20 else { return false }
        return SingleSpacedASCII.test(b, rejecting: 0x09...0x0D, 0x09...0x0D)
    }

    /// The length of the group separator at `i` (".", ",", space, or the UTF-8 of a no-break,
    /// narrow no-break or thin space), 0 when there is none.
    private static func separatorLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        switch b[i] {
        case UInt8(ascii: "."), UInt8(ascii: ","), 0x20: return 1
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xA0: return 2  // U+00A0
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xAF || b[i + 2] == 0x89): return 3  // U+202F, U+2009
        default: return 0
        }
    }

    /// True when a space starts at byte `i`: ASCII space or tab, or a Unicode space separator
    /// (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000).
    private static func isSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        switch b[i] {
        case 0x20, 0x09: return true
        case 0xC2: return i + 1 < b.count && b[i + 1] == 0xA0
        case 0xE2:
            guard i + 2 < b.count else { return false }
            return (b[i + 1] == 0x80 && ((0x80...0x8A).contains(b[i + 2]) || b[i + 2] == 0xAF)) || (b[i + 1] == 0x81 && b[i + 2] == 0x9F)
        case 0xE3: return i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80
        default: return false
        }
    }

    /// Where "aantal" or "aangesloten" (any case) first starts in `b[from..<to]`.
    private static func labelWord(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        func matches(_ word: StaticString, at i: Int) -> Bool {
            let count = word.utf8CodeUnitCount
            guard i + count <= to else { return false }
            return (0..<count).allSatisfy { ASCIIFastPath.lowercase(b[i + $0]) == word.utf8Start[$0] }
        }
        return (from..<to).first { matches("aantal", at: $0) || matches("aangesloten", at: $0) }
    }

    /// Whether a word glued after a digit (up to the next space or colon) starts a label without
    /// its opener word: "70.780Opleiders" is a value and its label, not a failed value.
    static func holdsGluedLabelWithoutOpener(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 1
        while i < b.count {
            if (b[i] | 0x20) &- 0x61 < 26, b[i - 1] &- 0x30 < 10 {
                var end = i
                while end < b.count, b[end] != 0x20, b[end] != UInt8(ascii: ":") { end += 1 }
                return gluedLabelWithoutOpener(b, from: i, to: end)
            }
            i += 1
        }
        return false
    }

    /// Whether the word `b[from..<to]`, glued after a number, starts a label without its opener
    /// word (`FigureLabel.mayStartWithoutOpener`): two or more bytes, an ASCII letter first (a typo
    /// glued to a number, "69.99O", is a single letter), looked at as a string only then.
    static func gluedLabelWithoutOpener(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard to - from > 1, (b[from] | 0x20) &- 0x61 < 26 else { return false }
        return FigureLabel.mayStartWithoutOpener(String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self))
    }

    /// True when the character before byte `i` is a letter or digit ("mbo2", "x7"): a digit there
    /// continues a word, it starts no number.
    private static func followsWordCharacter(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let previous = b[i - 1]
        if previous < 0x80 {
            return isDigit(previous) || (0x41...0x5A).contains(previous) || (0x61...0x7A).contains(previous)
        }
        var start = i - 1
        while start > 0, b[start] & 0xC0 == 0x80 { start -= 1 }
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self).unicodeScalars.first
        return scalar?.properties.isAlphabetic ?? false
    }

    /// True when `text` starts a figure label: "Aantal …" or "Aangesloten …", in any case.
    static func startsLabel(_ text: String) -> Bool {
        ASCIIFastPath.lowercasedHasPrefix(text, "aantal") || ASCIIFastPath.lowercasedHasPrefix(text, "aangesloten")
    }

    /// True when the line `b` is a dash alone: "-", or the UTF-8 of "–" (U+2013), "—" (U+2014) or
    /// "−" (U+2212), as printed where a figure's number should be.
    static func isDash(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        switch b.count {
        case 1: return b[0] == UInt8(ascii: "-")
        case 3: return b[0] == 0xE2 && ((b[1] == 0x80 && (b[2] == 0x93 || b[2] == 0x94)) || (b[1] == 0x88 && b[2] == 0x92))
        default: return false
        }
    }

    /// The byte length of a dash that opens the line `b` before a label's opener word ("- Aantal …",
    /// "–Aantal …", "- aangesloten …"): a figure's value printed as a dash on its label's line,
    /// not a list item. Nil for any other line (decided from the first bytes).
    static func dashBeforeLabel(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = b.first, first == UInt8(ascii: "-") || first == 0xE2 else { return nil }
        let dash = first == UInt8(ascii: "-") ? 1 : 3
        guard b.count > dash + 5, isDash(UnsafeBufferPointer(rebasing: b[0..<dash])) else { return nil }
        var i = dash
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
        let rest = UnsafeBufferPointer(rebasing: b[i...])
        return ASCIIFastPath.lowercasedHasPrefix(rest, "aantal") == true || ASCIIFastPath.lowercasedHasPrefix(rest, "aangesloten") == true
            ? dash : nil
    }

    /// True when the first character of the line whose UTF-8 bytes are `b` is a letter.
    static func startsWithWord(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = b.first else { return false }
        if first < 0x80 { return (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) }
        let head = String(decoding: UnsafeBufferPointer(rebasing: b.prefix(4)), as: UTF8.self)
        return head.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// The UTF-8 length of the digit at byte `i`: 1 for 0–9, 3 for a full-width digit (U+FF10–U+FF19), 0 for no digit.
    @inline(__always)
    static func digitLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let byte = b[i]
        if byte &- 0x30 < 10 { return 1 }
        return byte == 0xEF && i + 2 < b.count && b[i + 1] == 0xBC && b[i + 2] &- 0x90 < 10 ? 3 : 0
    }
}
