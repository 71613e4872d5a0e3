import Foundation

/// Keeps text repeated inside one story once (`StoryText`), in the cards' "Thema:" stories and in the
/// theme cases, and reports every paragraph it changed with the sentences dropped.
struct DeduplicateStoryText: Step {
    /// From this many stories on, they are looked up by their bytes first (`ExactTexts`). Below, that
    /// table's first use (its type made at run time, about 0.4 M instructions) costs more than it saves.
    let byteTableFrom: Int

    init(byteTableFrom: Int = 100) {
        self.byteTableFrom = byteTableFrom
    }

    func apply(to dataset: inout Dataset, context: StepContext) {
        // Each distinct story text is edited once: archives repeat the same stories on every copy of a card.
        // Sized for every story and looked up once, inserting when missing: rehashing the stories' whole
        // texts as the table grew, and hashing each twice, cost as much as editing them.
        var edits: [[String]: [StoryText.Edit?]] = [:]
        let count = dataset.regions.reduce(dataset.mentions.cases.count) { $0 + $1.stories.count }
        edits.reserveCapacity(count)
        // In front of it, the same texts by their bytes: `String` hashes and compares non-ASCII text
        // through its Unicode normalisation, which cost most of the step. Only a story new in its
        // bytes goes on to `edits` (so a story equal to an earlier one in other bytes still gets the earlier's edit).
        let byBytes = count >= byteTableFrom
        var editsOfBytes: [ExactTexts: [StoryText.Edit?]] = [:]
        if byBytes { editsOfBytes.reserveCapacity(count) }
        func removeRepeats(_ paragraphs: [Located<String>]) -> (paragraphs: [Located<String>], changes: [StoryText.Change]) {
            let texts = paragraphs.map(\.value)
            let found = byBytes ? Self.read(&editsOfBytes[ExactTexts(texts), default: Self.read(&edits[texts, default: StoryText.edits(texts)])])
                                : Self.read(&edits[texts, default: StoryText.edits(texts)])
            return StoryText.apply(found, to: paragraphs)
        }
        for index in dataset.regions.indices {
            for s in dataset.regions[index].stories.indices {
                let story = dataset.regions[index].stories[s]
                let (paragraphs, changes) = removeRepeats(story.paragraphs)
                dataset.regions[index].stories[s].paragraphs = paragraphs
                report(changes, story: story.heading.value, region: index, in: &dataset)
            }
        }
        for c in dataset.mentions.cases.indices {
            let story = dataset.mentions.cases[c]
            let (paragraphs, changes) = removeRepeats(story.paragraphs)
            dataset.mentions.cases[c].paragraphs = paragraphs
            report(changes, story: story.title.value, region: nil, in: &dataset)
        }
    }

    /// A story's paragraphs compared by their UTF-8 bytes, and hashed by their lengths and their first
    /// and last bytes (a story is told from another by these; equal ones are compared whole anyway).
    struct ExactTexts: Hashable {
        let texts: [String]

        init(_ texts: [String]) {
            self.texts = texts
        }

        static func == (a: ExactTexts, b: ExactTexts) -> Bool {
            a.texts.count == b.texts.count && zip(a.texts, b.texts).allSatisfy { $0.hasSameBytes(as: $1) }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(texts.count)
            for text in texts {
                var text = text
                text.withUTF8 { bytes in
                    hasher.combine(bytes.count)
                    hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(16))))
                    hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.suffix(16))))
                }
            }
        }
    }

    /// The value at an entry reached through `Dictionary`'s inserting subscript.
    static func read(_ value: inout [StoryText.Edit?]) -> [StoryText.Edit?] { value }

    func report(_ changes: [StoryText.Change], story: String, region: Int?, in dataset: inout Dataset) {
        for change in changes {
            let what = change.result.isEmpty ? "the whole paragraph repeats earlier text and was dropped"
                : "\(change.repeated.count) sentence\(change.repeated.count == 1 ? "" : "s") repeated from earlier in the story kept once"
            dataset.report(Issue(.info, .storyRepeatedText, field: "stories", raw: change.original.value, result: change.result,
                                 at: change.original.location,
                                 "In the story \"\(story)\", \(what): \(change.repeated.map { "\"\($0)\"" }.joined(separator: " "))"),
                           region: region)
        }
    }
}
