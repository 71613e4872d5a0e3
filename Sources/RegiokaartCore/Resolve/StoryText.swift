import Foundation

/// Finds text repeated inside one story: a sentence (or a whole paragraph) that already appeared
/// earlier in the same story, as when a scrape pastes a passage twice.
public enum StoryText {
    /// Sentences shorter than this are never treated as repeats ("Ja.", "Zo werkt het.").
    static let minimumRepeatLength = 20

    /// One paragraph that lost repeated text.
    public struct Change: Hashable, Sendable {
        /// The paragraph as printed.
        public var original: Located<String>
        /// What is left of it (empty when the whole paragraph was a repeat).
        public var result: String
        /// The sentences dropped, in order.
        public var repeated: [String]
    }

    /// `paragraphs` with every repeated sentence kept only where it first occurs, and the changes made.
    /// Paragraphs without repeats are returned unchanged, byte for byte.
    public static func removeRepeats(_ paragraphs: [Located<String>]) -> (paragraphs: [Located<String>], changes: [Change]) {
        var seen = Set<String>()
        var kept: [Located<String>] = []
        var changes: [Change] = []
        for paragraph in paragraphs {
            var remaining: [String] = []
            var dropped: [String] = []
            for sentence in sentences(paragraph.value) {
                let key = NameFolding.collapseWhitespace(sentence)
                if key.count >= minimumRepeatLength, seen.contains(key) {
                    dropped.append(sentence)
                } else {
                    remaining.append(sentence)
                    seen.insert(key)
                }
            }
            if dropped.isEmpty {
                kept.append(paragraph)
                continue
            }
            let result = remaining.joined(separator: " ")
            if !result.isEmpty { kept.append(Located(result, at: paragraph.location)) }
            changes.append(Change(original: paragraph, result: result, repeated: dropped))
        }
        return (kept, changes)
    }

    /// Splits a paragraph after ".", "!" or "?" when a space and a capital, digit or quote follow.
    static func sentences(_ text: String) -> [String] {
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
        return result.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
