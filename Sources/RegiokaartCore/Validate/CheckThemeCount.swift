/// Reports the publication's own theme counts against the theme intro pages counted (the themes
/// and case stories in front of the cards, read by `ThemePageExtractor` into `Dataset.mentions`).
struct CheckThemeCount: Step {
    init() {}

    func apply(to dataset: inout Dataset, context: StepContext) {
        let pages = dataset.mentions
        let stated = Dictionary(grouping: pages.themeCountClaims, by: \.value)
        guard stated.count > 1 || (stated.count == 1 && stated.keys.first != pages.themes.count) else { return }
        let inMenu = pages.themes.filter { $0.name != nil }.count
        let claims = stated.keys.sorted().map { value in
            "\(value) (line \(stated[value]!.map { String($0.location.line) }.joined(separator: ", ")))"
        }.joined(separator: " and ")
        let extra = pages.themes.filter { $0.name == nil }.compactMap { $0.title.map { "\"\($0.value)\" (line \($0.location.line))" } }
        var message = "The publication states \(claims) themes; \(pages.themes.count) theme intro pages were counted, \(inMenu) of them in the menu"
        message += extra.isEmpty ? "." : "; not in the menu: \(extra.joined(separator: ", "))."
        dataset.report(Issue(.warning, .themeCountClaims, field: "themes", raw: stated.keys.sorted().map(String.init).joined(separator: "|"),
                             result: "\(pages.themes.count)", at: pages.themeCountClaims.first?.location, message))
    }
}
