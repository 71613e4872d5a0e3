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
        var labels = dataset.mentions.themes.compactMap(\.name)
        labels += stories.filter { Self.isTitle($0.1.paragraphs.first?.value) }.map(\.1.heading.value)
        // Each label once (first occurrence kept): archives repeat the same headings once per copy,
        // and every story is compared with every label.
        var seen = Set<String>()
        labels = labels.filter { seen.insert($0).inserted }
        // The label depends on the heading's text only: found once per distinct heading (an archive
        // repeats each heading once per copy).
        var labelOf: [String: String?] = [:]
        for (index, story) in stories {
            let heading = story.heading
            let label: String?
            if let known = labelOf[heading.value] {
                label = known
            } else {
                label = labels.filter { Self.wordPrefix($0, of: heading.value) }.max { $0.count < $1.count }
                labelOf[heading.value] = .some(label)
            }
            var theme = label ?? heading.value
            var title = heading
            var paragraphs = story.paragraphs
            if let label, label.count < heading.value.count {
                theme = String(heading.value.prefix(label.count))
                title = Located(String(heading.value.dropFirst(label.count)).trimmingCharacters(in: .whitespaces), at: heading.location)
            } else if let first = paragraphs.first, Self.isTitle(first.value) {
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

    /// True for a line that reads as a title: at most 120 characters, no full stop inside or at the end.
    static func isTitle(_ text: String?) -> Bool {
        guard let text, !text.isEmpty, text.count <= 120 else { return false }
        return !text.hasSuffix(".") && !text.contains(". ")
    }

    /// True when `heading` starts with the words of `label`, ignoring case and diacritics.
    static func wordPrefix(_ label: String, of heading: String) -> Bool {
        guard heading.count >= label.count else { return false }
        let head = String(heading.prefix(label.count))
        guard NameFolding.fold(head) == NameFolding.fold(label), !NameFolding.fold(label).isEmpty else { return false }
        return heading.count == label.count || heading[heading.index(heading.startIndex, offsetBy: label.count)] == " "
    }
}
