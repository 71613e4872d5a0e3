/// A theme of the publication: its menu entry (name, lead, case links) and its intro page.
struct Theme: Hashable, Sendable {
    /// The name in the menu ("Brede arbeidsmarkt"); nil for an intro page the menu does not list.
    var name: String?
    /// The menu's one-line lead ("Kanssector onderwijs verbinden met regionale arbeidsmarkt."), if listed.
    var lead: String?
    /// The region links the menu lists under the theme, as printed, in order.
    var caseLinks: [Located<String>]
    /// Where the menu entry is (nil when not in the menu).
    var menuLocation: SourceLocation?
    /// The intro page's title, nil when no intro page was found.
    var title: Located<String>?
    /// The intro page's paragraphs.
    var paragraphs: [Located<String>]

    init(name: String?, lead: String?, caseLinks: [Located<String>], menuLocation: SourceLocation?,
         title: Located<String>? = nil, paragraphs: [Located<String>] = []) {
        self.name = name
        self.lead = lead
        self.caseLinks = caseLinks
        self.menuLocation = menuLocation
        self.title = title
        self.paragraphs = paragraphs
    }

    /// How the theme is named in outputs: the menu name, else the intro page title.
    var displayName: String { name ?? title?.value ?? "" }
}
