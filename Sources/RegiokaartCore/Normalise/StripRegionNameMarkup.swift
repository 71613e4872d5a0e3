/// Strips the printing devices from a card's own name by `StripNameMarkup`'s rule (the one place
/// it is written): markdown emphasis ("**Onderwijsregio Oost-Nederland**"), a link, footnote marks,
/// the non-breaking hyphen. Runs after the name's whitespace is collapsed and before its sector tag
/// is split off: a tag inside the emphasis ("**Rotterdam (po)**") would not end the name. Each change
/// is reported (`name.markup`, info, field `name`); `name_as_published` keeps the printing.
struct StripRegionNameMarkup: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        let name = dataset.regions[index].name
        guard let stripped = StripNameMarkup.stripped(name) else { return }
        dataset.regions[index].name = stripped
        dataset.report(Issue(.info, .nameMarkup, field: "name", raw: name, result: stripped, at: dataset.regions[index].source,
                             "Markdown markup around the card's name was removed."), region: index)
    }
}
