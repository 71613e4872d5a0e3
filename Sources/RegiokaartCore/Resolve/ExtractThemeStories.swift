/// Reads the themes and case stories in front of the cards (`ThemePageExtractor`) into
/// `Dataset.mentions`, and reports the publication's own theme counts against the themes counted.
public struct ExtractThemeStories: Step {
    public let name = "extract-theme-stories"
    /// The publication, as read for the cards.
    public let document: SourceDocument

    public init(document: SourceDocument) {
        self.document = document
    }

    public func apply(to dataset: inout Dataset, context: StepContext) {
        let firstCard = dataset.regions.map(\.source.line).min() ?? Int.max
        let pages = ThemePageExtractor().extract(document, before: firstCard)
        dataset.mentions.themes = pages.themes
        dataset.mentions.themeCountClaims = pages.countClaims
        dataset.mentions.cases = pages.cases
        dataset.log.append(contentsOf: pages.issues)
        let stated = Dictionary(grouping: pages.countClaims, by: \.value)
        guard stated.count > 1 || (stated.count == 1 && stated.keys.first != pages.themes.count) else { return }
        let inMenu = pages.themes.filter { $0.name != nil }.count
        let claims = stated.keys.sorted().map { value in
            "\(value) (line \(stated[value]!.map { String($0.location.line) }.joined(separator: ", ")))"
        }.joined(separator: " and ")
        let extra = pages.themes.filter { $0.name == nil }.compactMap { $0.title.map { "\"\($0.value)\" (line \($0.location.line))" } }
        var message = "The publication states \(claims) themes; \(pages.themes.count) theme intro pages were counted, \(inMenu) of them in the menu"
        message += extra.isEmpty ? "." : "; not in the menu: \(extra.joined(separator: ", "))."
        dataset.report(Issue(.warning, .themeCountClaims, field: "themes", raw: stated.keys.sorted().map(String.init).joined(separator: "|"),
                             result: "\(pages.themes.count)", at: pages.countClaims.first?.location, message))
    }
}
