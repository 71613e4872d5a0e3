/// What the theme pages of a publication hold: the themes, their case stories, and the publication's
/// own statements of how many themes there are.
struct ThemePages: Sendable {
    /// The themes in publication order: menu themes as listed, then intro pages the menu lacks.
    var themes: [Theme]
    /// The case stories of the theme pages, in publication order, unresolved.
    var cases: [CaseStory]
    /// Every "vijf thema's" / "zes thema's" the publication states, with where.
    var countClaims: [Located<Int>]
    /// Intro pages tied by position or missing from the menu, menu links without a case page.
    var issues: IssueLog
}
