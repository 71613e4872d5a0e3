/// Removes invisible format characters (`InvisibleCharacters`: zero-width space and joiners, word
/// joiner, soft hyphen, byte-order mark) from a region's name and from the names its card lists,
/// before whitespace is collapsed (which would otherwise read a zero-width space as a space:
/// "Amster\u{200B}dam" would become "Amster dam"). Each removal is reported with the characters
/// shown as code points; `name_as_published` of a region loses them too (they print as nothing),
/// a listed name's keeps its printing.
struct RemoveInvisibleCharacters: RegionStep {
    init() {}

    func apply(toRegionAt index: Int, of dataset: inout Dataset, context: StepContext) {
        if let cleaned = InvisibleCharacters.removed(from: dataset.regions[index].name) {
            let raw = dataset.regions[index].name
            dataset.regions[index].name = cleaned
            dataset.regions[index].nameAsPublished = InvisibleCharacters.removed(from: dataset.regions[index].nameAsPublished)
                ?? dataset.regions[index].nameAsPublished
            dataset.report(Issue(.info, .nameInvisibleCharacters, field: "name", raw: InvisibleCharacters.shown(raw), result: cleaned,
                                 at: dataset.regions[index].source, "Invisible characters were removed from the name."), region: index)
        }
        for k in dataset.regions[index].area.indices {
            guard case .pending = dataset.regions[index].area[k].resolution,
                  let cleaned = InvisibleCharacters.removed(from: dataset.regions[index].area[k].name) else { continue }
            let entry = dataset.regions[index].area[k]
            dataset.regions[index].area[k].name = cleaned
            dataset.report(Issue(.info, .nameInvisibleCharacters, field: "municipalities", raw: InvisibleCharacters.shown(entry.name),
                                 result: cleaned, at: dataset.regions[index].location(of: entry),
                                 "Invisible characters were removed from a listed name."), region: index)
        }
    }
}
