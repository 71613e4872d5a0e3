/// A theme of the publication: its menu entry (name, lead, case links) and its intro page.
public struct Theme: Hashable, Sendable {
    /// The name in the menu ("Brede arbeidsmarkt"); nil for an intro page the menu does not list.
    public var name: String?
    /// The menu's one-line lead ("Kanssector onderwijs verbinden met regionale arbeidsmarkt."), if listed.
    public var lead: String?
    /// The region links the menu lists under the theme, as printed, in order.
    public var caseLinks: [Located<String>]
    /// Where the menu entry is (nil when not in the menu).
    public var menuLocation: SourceLocation?
    /// The intro page's title, nil when no intro page was found.
    public var title: Located<String>?
    /// The intro page's paragraphs.
    public var paragraphs: [Located<String>]

    public init(name: String?, lead: String?, caseLinks: [Located<String>], menuLocation: SourceLocation?,
                title: Located<String>? = nil, paragraphs: [Located<String>] = []) {
        self.name = name
        self.lead = lead
        self.caseLinks = caseLinks
        self.menuLocation = menuLocation
        self.title = title
        self.paragraphs = paragraphs
    }

    /// How the theme is named in outputs: the menu name, else the intro page title.
    public var displayName: String { name ?? title?.value ?? "" }
}
