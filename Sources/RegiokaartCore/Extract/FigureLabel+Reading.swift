extension FigureLabel {
    /// How a label that the exact path (`kind(of:)`: "Aantal …" / "Aangesloten …" with the table's
    /// keywords spelled as the table has them) did not read was read: by its keywords without the
    /// opener word, or with a word matched within a small edit distance. Every such reading is
    /// reported on the label's line (`PublicationExtractor.readFigures`).
    enum Note: Equatable, Sendable {
        /// No opener word ("Leerlingen/studenten", "leerlingen/ studenten"): read by its keywords
        /// (`card.label_reworded`, info).
        case reworded
        /// Words matched within a small edit distance, each as (as printed, as read): an opener
        /// ("Aantl" as "aantal") or a keyword ("schoolbestruen" as "schoolbesturen")
        /// (`card.label_misspelt`, warning).
        case misspelt([Correction])
        /// A word equally near keywords of different figures: not read (`card.label_ambiguous`, error).
        case ambiguous(word: String, kinds: [FigureKind])
    }

    /// A word of a label read as another: as printed, and the table's word it was read as.
    struct Correction: Equatable, Sendable {
        var printed: String
        var readAs: String
    }

    /// A label read by the slow path: its figure (nil: none) and how it was read (nil: exactly).
    struct Reading: Equatable, Sendable {
        var kind: FigureKind?
        var note: Note?
    }

    /// The words that open a label.
    static let openers = ["aantal", "aangesloten"]
    /// Words a label may hold besides its keywords and openers: a label is these words and nothing
    /// else, so a sentence ("Leerlingen krijgen les …") is never a label.
    static let fillers: Set<String> = ["en", "of", "het", "de", "van", "totaal", "po", "vo", "mbo", "primair", "voortgezet",
                                       "onderwijs", "beroepsonderwijs", "middelbaar", "aangesloten", "aantal"]
    /// The most words a label has ("Aantal aangesloten schoolbesturen primair onderwijs": five).
    static let maximumWords = 7

    /// The keywords of `table` as the pieces of words are compared with them: without parentheses.
    static let vocabulary: [String] = {
        var words: [String] = []
        for row in table {
            for keyword in row.keywords {
                let bare = keyword.filter { $0 != "(" && $0 != ")" }
                if !words.contains(bare) { words.append(bare) }
            }
        }
        return words
    }()

    /// The ordered rules, for a label the exact path left unread or that lacks the opener word
    /// (the text as joined over its lines):
    /// 1. not label-shaped (more than `maximumWords` words, a sentence's punctuation or markup, or a word that
    ///    is no opener, keyword or filler, even within an edit distance): no label;
    /// 2. the table's keywords exactly, opener present: exact;
    /// 3. the keywords exactly, no opener: `reworded`;
    /// 4. the keywords once misspelt words (opener or keywords) are read as the nearest table word,
    ///    one figure: `misspelt`;
    /// 5. several figures equally near: `ambiguous`, not read;
    /// 6. otherwise no figure (the label names none; reported where it is read).
    static func reading(of text: String) -> Reading {
        guard let words = labelWords(text) else { return Reading(kind: nil, note: nil) }
        var corrections: [Correction] = []
        var opened = false
        if let first = words.first {
            if openers.contains(where: { first.hasPrefix($0) }) {
                opened = true
            } else if let opener = nearestOpener(first) {
                opened = true
                corrections.append(Correction(printed: first, readAs: opener))
            }
        }
        let squeezed = words.joined().filter { $0 != "-" }
        let exact = kinds(squeezed)
        if exact.count > 1 {
            // Keywords of two figures ("Leerlingen/opleiders"): which one is meant cannot be told.
            return Reading(kind: nil, note: .ambiguous(word: text, kinds: exact))
        }
        if let kind = exact.first {
            return Reading(kind: kind, note: !corrections.isEmpty ? .misspelt(corrections) : opened ? nil : .reworded)
        }
        // Each piece that holds no table word exactly, read as its nearest table words.
        var alternatives: [String] = [squeezed]
        for word in words.dropFirst(opened ? 1 : 0) {
            for piece in pieces(word) where !vocabulary.contains(where: { piece.contains($0) }) && !fillers.contains(piece) {
                guard let near = nearestKeywords(piece) else { continue }
                if near.count == 1 { corrections.append(Correction(printed: piece, readAs: near[0])) }
                alternatives = alternatives.flatMap { text in near.map { text + " " + $0 } }
            }
        }
        let nearKinds = Set(alternatives.flatMap { kinds($0.filter { $0 != " " }) })
        if nearKinds.count == 1, let kind = nearKinds.first {
            return Reading(kind: kind, note: .misspelt(corrections.isEmpty ? [Correction(printed: text, readAs: kind.rawValue)] : corrections))
        }
        if nearKinds.count > 1 {
            let word = words.first { word in pieces(word).contains { nearestKeywords($0).map { $0.count > 1 } ?? false } } ?? text
            return Reading(kind: nil, note: .ambiguous(word: word, kinds: FigureKind.allCases.filter(nearKinds.contains)))
        }
        return Reading(kind: nil, note: nil)
    }

    /// Whether the words `text` (a line's first words, in a figure block or beside a value) may
    /// start a label although they do not open with "Aantal" or "Aangesloten": they are
    /// label-shaped and hold a table word (exactly or within an edit distance) or a misspelt opener.
    static func mayStartWithoutOpener(_ text: String) -> Bool {
        var copy = text
        guard copy.withUTF8({ mayHoldLabel($0, strict: false) }), let words = labelWords(text), let first = words.first else { return false }
        if nearestOpener(first) != nil { return true }
        return words.contains { word in
            pieces(word).contains { piece in vocabulary.contains { piece.contains($0) } || (!fillers.contains(piece) && nearestKeywords(piece) != nil) }
        }
    }

    /// A test on the bytes of a line that every line `mayStartWithoutOpener` takes passes, so that
    /// lines ending in a digit (a card's name numbered "… 1") and words beside lone values are
    /// settled without a `String`: ASCII text holding a table keyword exactly (the `Keywords`
    /// automaton; when `strict`, one of five letters or more: a name's sector tag "(po)" is no
    /// label, and a label beside its value on one line holds one), or opening as a
    /// misspelt opener may ("a" and then "a", "n", "t" or "g": "Aantl", "Antal", "Angesloten");
    /// any non-ASCII text. (A label both without its opener and with every keyword misspelt is not
    /// taken.) Unless `strict`, any keyword will do ("mbo-" / "instellingen": a label's first line).
    static func mayHoldLabel(_ b: UnsafeBufferPointer<UInt8>, strict: Bool) -> Bool {
        guard b.count > 1 else { return false }
        if b[0] | 0x20 == UInt8(ascii: "a") {
            switch b[1] | 0x20 {
            case UInt8(ascii: "a"), UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "g"): return true
            default: break
            }
        }
        if !ASCIIFastPath.isASCII(b) { return true }
        var keywords = Keywords()
        keywords.append(b)
        return strict ? keywords.holdsLongKeyword : keywords.found != 0
    }

    /// The lower-cased words of `text` when it is label-shaped (rule 1 of `reading`), else nil.
    static func labelWords(_ text: String) -> [String]? {
        guard text.utf8.count <= FigureBlock.maximumLabelLength,
              !text.contains(where: { ".,;:!?\"'’[]#*>|".contains($0) }) else { return nil }
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard !words.isEmpty, words.count <= maximumWords else { return nil }
        for (n, word) in words.enumerated() {
            if n == 0, nearestOpener(word) != nil || openers.contains(where: { word.hasPrefix($0) }) { continue }
            for piece in pieces(word) where !fillers.contains(piece) && !vocabulary.contains(where: { piece.contains($0) }) {
                if nearestKeywords(piece) == nil { return nil }
            }
        }
        return words
    }

    /// `vocabulary` as bytes, with their letter bags.
    static let vocabularyBytes: [(word: String, bytes: [UInt8], bag: LetterBag)] = vocabulary.map { word in
        let bytes = Array(word.utf8)
        return (word, bytes, LetterBag(bytes)!)
    }

    /// The pieces of a word compared with the table: split at "/" and "-", parentheses dropped
    /// ("leerlingen/studenten": "leerlingen", "studenten"; "(po)": "po").
    static func pieces(_ word: String) -> [String] {
        word.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { $0.filter { $0 != "(" && $0 != ")" } }.filter { !$0.isEmpty }
    }

    /// The opener `word` is a misspelling of (one edit from "aantal", two from "aangesloten"), nil
    /// when it is none or is one exactly.
    static func nearestOpener(_ word: String) -> String? {
        let bytes = Array(word.utf8)
        for opener in openers {
            let target = Array(opener.utf8)
            if bytes == target { return nil }
            if let d = EditDistance.distance(bytes, target, bound: editBound(target.count)), d > 0 { return opener }
        }
        return nil
    }

    /// The table words nearest to `piece` (none holds it exactly) within `editBound` of their
    /// length, compared with the stretch of `piece` most like them (a keyword is matched inside a
    /// word: "leeringen" holds "leerling" misspelt); nil when none is near enough.
    static func nearestKeywords(_ piece: String) -> [String]? {
        let bytes = Array(piece.utf8)
        guard let bag = LetterBag(bytes) else { return nil }
        var best: (distance: Int, words: [String])?
        for (keyword, target, keywordBag) in vocabularyBytes {
            let bound = editBound(target.count)
            // (The letters of the keyword that the piece lacks bound the distance from below: most
            // words are ruled out by them, before any distance is computed.)
            guard bound > 0, bytes.count + bound >= target.count, keywordBag.missingBound(in: bag) <= bound,
                  let d = substringDistance(target, in: bytes, bound: bound) else { continue }
            if best == nil || d < best!.distance { best = (d, [keyword]) } else if d == best!.distance { best!.words.append(keyword) }
        }
        // A keyword that holds another ("schoolbesturenpo" holds "schoolbesturen") is the same reading.
        guard var words = best?.words else { return nil }
        let all = words
        words.removeAll { word in all.contains { $0 != word && word.contains($0) } }
        return words
    }

    /// The edits allowed for a table word of `length` letters: none under five letters (one edit
    /// makes another word of them), one under ten, two from ten.
    static func editBound(_ length: Int) -> Int {
        length < 5 ? 0 : length < 10 ? 1 : 2
    }

    /// The least edit distance, at most `bound`, between `target` and a stretch of `text` (the
    /// stretch starting where a word may: at the start of `text`, or anywhere when `text` is longer).
    static func substringDistance(_ target: [UInt8], in text: [UInt8], bound: Int) -> Int? {
        guard text.count + bound >= target.count else { return nil }
        var best: Int?
        for start in 0...max(0, text.count - target.count + bound) where start < text.count {
            for length in max(1, target.count - bound)...(target.count + bound) where start + length <= text.count {
                if let d = EditDistance.distance(Array(text[start..<(start + length)]), target, bound: best.map { $0 - 1 } ?? bound),
                   best == nil || d < best! {
                    best = d
                }
            }
        }
        return best
    }

    /// The figure whose every keyword the squeezed text holds (the table's order), nil when none.
    static func exactKind(_ squeezed: String) -> FigureKind? {
        table.first { row in row.keywords.allSatisfy { squeezed.contains($0) } }?.kind
    }

    /// Every figure whose every keyword the squeezed text holds, in `FigureKind` order.
    static func kinds(_ squeezed: String) -> [FigureKind] {
        let found = Set(table.filter { row in row.keywords.allSatisfy { squeezed.contains($0) } }.map(\.kind))
        return FigureKind.allCases.filter(found.contains)
    }
}
