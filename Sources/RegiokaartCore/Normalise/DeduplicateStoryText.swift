/// Keeps text repeated inside one story once (`StoryText`), in the cards' "Thema:" stories and in the
/// theme cases, and reports every paragraph it changed with the sentences dropped.
struct DeduplicateStoryText: Step {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        for index in dataset.regions.indices {
            for s in dataset.regions[index].stories.indices {
                let story = dataset.regions[index].stories[s]
                let (paragraphs, changes) = StoryText.removeRepeats(story.paragraphs)
                dataset.regions[index].stories[s].paragraphs = paragraphs
                report(changes, story: story.heading.value, region: index, in: &dataset)
            }
        }
        for c in dataset.mentions.cases.indices {
            let story = dataset.mentions.cases[c]
            let (paragraphs, changes) = StoryText.removeRepeats(story.paragraphs)
            dataset.mentions.cases[c].paragraphs = paragraphs
            report(changes, story: story.title.value, region: nil, in: &dataset)
        }
    }

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
