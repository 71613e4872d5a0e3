import Foundation

/// Finds text repeated inside one story: a sentence (or a whole paragraph) that already appeared
/// earlier in the same story, as when a scrape pastes a passage twice.
enum StoryText {
    /// Sentences shorter than this are never treated as repeats ("Ja.", "Zo werkt het.").
    static let minimumRepeatLength = 20

    /// One paragraph that lost repeated text.
    struct Change: Hashable, Sendable {
        /// The paragraph as printed.
        var original: Located<String>
        /// What is left of it (empty when the whole paragraph was a repeat).
        var result: String
        /// The sentences dropped, in order.
        var repeated: [String]
    }

    /// What removing repeats does to one paragraph: what is left of it (empty when the whole
    /// paragraph was a repeat) and the sentences dropped, in order.
    struct Edit: Hashable, Sendable {
        var result: String
        var repeated: [String]
    }

    /// `paragraphs` with every repeated sentence kept only where it first occurs, and the changes made.
    /// Paragraphs without repeats are returned unchanged, byte for byte.
    static func removeRepeats(_ paragraphs: [Located<String>]) -> (paragraphs: [Located<String>], changes: [Change]) {
        apply(edits(paragraphs.map(\.value)), to: paragraphs)
    }

    /// For each of `texts` (a story's paragraphs), nil when it keeps every sentence, else its edit.
    static func edits(_ texts: [String]) -> [Edit?] {
        var seen = Set<String>()
        var edits: [Edit?] = []
        edits.reserveCapacity(texts.count)
        for text in texts {
            var remaining: [String] = []
            var dropped: [String] = []
            for sentence in sentences(text) {
                let key = NameFolding.collapseWhitespace(sentence)
                // Only long sentences are looked up, so only they are kept, each hashed once by `insert`.
                if isLongEnough(key), !seen.insert(key).inserted {
                    dropped.append(sentence)
                } else {
                    remaining.append(sentence)
                }
            }
            edits.append(dropped.isEmpty ? nil : Edit(result: remaining.joined(separator: " "), repeated: dropped))
        }
        return edits
    }

    /// `paragraphs` after `edits` (one per paragraph, from `edits(_:)`), and the changes made.
    static func apply(_ edits: [Edit?], to paragraphs: [Located<String>]) -> (paragraphs: [Located<String>], changes: [Change]) {
        var kept: [Located<String>] = []
        var changes: [Change] = []
        for (paragraph, edit) in zip(paragraphs, edits) {
            guard let edit else {
                kept.append(paragraph)
                continue
            }
            if !edit.result.isEmpty { kept.append(Located(edit.result, at: paragraph.location)) }
            changes.append(Change(original: paragraph, result: edit.result, repeated: edit.repeated))
        }
        return (kept, changes)
    }

    /// `key.count >= minimumRepeatLength`, without counting characters when the bytes decide: a
    /// character has at least one byte, and in ASCII without CR exactly one.
    static func isLongEnough(_ key: String) -> Bool {
        if key.utf8.count < minimumRepeatLength { return false }
        // The bytes searched through a buffer: the generic `contains` on the UTF-8 view cost more than the rest of the step.
        if ASCIIFastPath.isASCII(key), key.utf8.withContiguousStorageIfAvailable({ !$0.contains(0x0D) }) ?? !key.utf8.contains(0x0D) { return true }
        return key.count >= minimumRepeatLength
    }

    /// Splits a paragraph after ".", "!" or "?" when a space and a capital, digit or quote follow.
    ///
    /// Scans the UTF-8 bytes for the places where that can happen (a ".", "!" or "?" byte and a
    /// space byte) and decides each one as the `Character` scan (`characterSentences`) would: by
    /// its bytes when the characters around it are ASCII, else by the `Character` after the space.
    /// Hand-written because making a `Character` array of every paragraph was most of the stage's
    /// time on the real publication; the tests compare both on real and hostile paragraphs.
    static func sentences(_ text: String) -> [String] {
        let split: [String]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let cuts = cuts(text, bytes) else { return nil }
            var result: [String] = []
            result.reserveCapacity(cuts.count + 1)
            var start = 0
            for cut in cuts {
                result.append(String(decoding: bytes[start...cut], as: UTF8.self))
                start = cut + 2
            }
            if start < bytes.count { result.append(String(decoding: bytes[start...], as: UTF8.self)) }
            return result.map(ASCIIFastPath.trimmingWhitespaces).filter { !$0.isEmpty }
        }
        return (split ?? nil) ?? characterSentences(text)
    }

    /// The byte offsets of the ".", "!" or "?" after which `text` (whose bytes are `b`) splits;
    /// nil when the mark might not be a character of its own (a non-Latin letter before it).
    static func cuts(_ text: String, _ b: UnsafeBufferPointer<UInt8>) -> [Int]? {
        var cuts: [Int] = []
        let n = b.count
        var i = 0
        while i + 2 < n {
            let c = b[i]
            guard c == 0x2E || c == 0x21 || c == 0x3F, b[i + 1] == 0x20 else { i += 1; continue }
            // The mark starts a character unless the scalar before it is a prepended mark (all at
            // U+0600 and above); the space after it always ends it.
            if i > 0, b[i - 1] >= 0x80, !(i >= 2 && (0xC2...0xD7).contains(b[i - 2])) { return nil }
            let next = b[i + 2]
            let splits: Bool
            if next < 0x80 && (i + 3 == n || b[i + 3] < 0x80) {
                // The space and the next character are single ASCII bytes.
                splits = next &- 0x41 < 26 || next &- 0x30 < 10 || next == 0x22 || next == 0x27
            } else {
                splits = splitsBefore(text, spaceAt: i + 1)
            }
            if splits {
                cuts.append(i)
                i += 2
            } else {
                i += 1
            }
        }
        return cuts
    }

    /// The `Character` test after a mark: the character at UTF-8 offset `space` is a lone space and
    /// the next one is a capital, a digit or a quote.
    static func splitsBefore(_ text: String, spaceAt space: Int) -> Bool {
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: space)
        let characters = Array(text[start...].prefix(2))
        guard characters.count == 2, characters[0] == " " else { return false }
        let next = characters[1]
        return next.isUppercase || next.isNumber || "\"“‘'".contains(next)
    }

    /// `sentences` by `Character` (the byte path is checked against it).
    static func characterSentences(_ text: String) -> [String] {
        let characters = Array(text)
        var result: [String] = []
        var start = 0
        var i = 0
        while i < characters.count {
            if ".!?".contains(characters[i]), i + 2 < characters.count, characters[i + 1] == " ",
               characters[i + 2].isUppercase || characters[i + 2].isNumber || "\"“‘'".contains(characters[i + 2]) {
                result.append(String(characters[start...i]))
                start = i + 2
                i += 2
                continue
            }
            i += 1
        }
        if start < characters.count { result.append(String(characters[start...])) }
        return result.map(ASCIIFastPath.trimmingWhitespaces).filter { !$0.isEmpty }
    }
}
