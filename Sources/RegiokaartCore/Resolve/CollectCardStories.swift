import Foundation

/// Adds the cards' "Thema:" stories to the case stories, each tied to its own card (certain).
///
/// A story's heading is its theme label, sometimes with the title run on ("Thema: Bredere
/// Arbeidsmarkt Zwolle versterkt de route…"). The label is the longest known theme label the heading
/// starts with — the menu's theme names and the headings of other card stories that stand alone — and
/// the rest is the title. A heading that is only a label takes its title from the first paragraph
/// when that reads as a title (short, no full stop).
struct CollectCardStories: Step {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        let stories = dataset.regions.indices.flatMap { index in dataset.regions[index].stories.map { (index, $0) } }
        // Archives repeat each story once per copy: each distinct first paragraph is judged once.
        var titles = Titles()
        let firstIsTitle = stories.map { titles.isTitle($0.1.paragraphs.first?.value) }
        var labels = dataset.mentions.themes.compactMap(\.name)
        labels += stories.indices.filter { firstIsTitle[$0] }.map { stories[$0].1.heading.value }
        // Each label once (first occurrence kept): archives repeat the same headings once per copy,
        // and every story is compared with every label.
        var seen = Set<String>()
        labels = labels.filter { seen.insert($0).inserted }
        // The label depends on the heading's text only: found once per distinct heading (an archive
        // repeats each heading once per copy), and so is its split.
        var readings: [String: Reading] = [:]
        for (k, (index, story)) in stories.enumerated() {
            let heading = story.heading
            let reading: Reading
            if let known = readings[heading.value] {
                reading = known.heading.hasSameBytes(as: heading.value) ? known : Reading(heading.value, label: known.label)
            } else {
                reading = Reading(heading.value, label: labels.filter { Self.wordPrefix($0, of: heading.value) }.max { $0.count < $1.count })
                readings[heading.value] = reading
            }
            var theme = reading.theme
            var title = heading
            var paragraphs = story.paragraphs
            if let rest = reading.title {
                title = Located(rest, at: heading.location)
            } else if let first = paragraphs.first, firstIsTitle[k] {
                theme = heading.value
                title = first
                paragraphs.removeFirst()
            }
            let mention = RegionMention(kind: .cardStory, asListed: dataset.regions[index].nameAsPublished, location: heading.location)
            var collected = CaseStory(theme: theme, title: title, mention: mention, paragraphs: paragraphs, cardRegion: index)
            let id = dataset.regions[index].id
            collected.resolution = .linked(id, .certain, by: .card,
                                           evidence: ["card: the story is printed inside the card of \(id) (\(dataset.regions[index].source))"])
            dataset.mentions.cases.append(collected)
        }
    }

    /// What a heading makes of a story: its theme, and the title run on after its label (nil when
    /// the heading is only a label). Kept with the heading it was made from: a heading that is `==`
    /// to it in other bytes (another Unicode normalisation) shares its label but gets its own text.
    struct Reading {
        var heading: String
        var label: String?
        var theme: String
        var title: String?

        init(_ heading: String, label: String?) {
            self.heading = heading
            self.label = label
            theme = label ?? heading
            if let label, label.count < heading.count {
                theme = String(heading.prefix(label.count))
                title = ASCIIFastPath.trimmingWhitespaces(String(heading.dropFirst(label.count)))
            }
        }
    }

    /// `isTitle` of each distinct text, found once; a text `==` to one judged before in other bytes
    /// is judged anew.
    struct Titles {
        private var known: [String: Bool] = [:]

        mutating func isTitle(_ text: String?) -> Bool {
            // Most first paragraphs are prose: ruled out by their full stop or length before any hashing.
            guard let text, !text.hasSuffix("."), CollectCardStories.isShortEnough(text) else { return false }
            if let at = known.index(forKey: text), known[at].key.hasSameBytes(as: text) { return known[at].value }
            let answer = CollectCardStories.isTitle(text)
            if known[text] == nil { known[text] = answer }
            return answer
        }
    }

    /// True for a line that reads as a title: at most 120 characters, no full stop inside or at the end.
    static func isTitle(_ text: String?) -> Bool {
        guard let text, isShortEnough(text) else { return false }
        return !text.hasSuffix(".") && !text.contains(". ")
    }

    /// `!text.isEmpty && text.count <= 120`, without counting the characters of a long text: a
    /// character has at least one byte, so up to 120 bytes decide, and past them only 121 characters are walked.
    static func isShortEnough(_ text: String) -> Bool {
        !text.isEmpty && (text.utf8.count <= 120 || text.dropFirst(120).isEmpty)
    }

    /// True when `heading` starts with the words of `label`, ignoring case and diacritics.
    static func wordPrefix(_ label: String, of heading: String) -> Bool {
        guard heading.count >= label.count else { return false }
        let head = String(heading.prefix(label.count))
        guard NameFolding.fold(head) == NameFolding.fold(label), !NameFolding.fold(label).isEmpty else { return false }
        return heading.count == label.count || heading[heading.index(heading.startIndex, offsetBy: label.count)] == " "
    }
}
