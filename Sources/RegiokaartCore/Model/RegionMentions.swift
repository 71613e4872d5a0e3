/// Everything the resolve stage reads and decides: the voorlopers, the themes, the case stories, and
/// the publication's and the article's own counts. Lives on `Dataset.mentions`.
struct RegionMentions: Sendable {
    /// The voorlopers article as reports name it; nil when no article was read.
    var article: String?
    /// Every voorloper in article order.
    var voorlopers: [Voorloper] = []
    /// Every "27 voorlopers" the article states.
    var voorloperCountClaims: [Located<Int>] = []
    /// Themes in publication order (menu themes first as listed, then intro pages the menu lacks).
    var themes: [Theme] = []
    /// Every "vijf thema's" / "zes thema's" the publication states.
    var themeCountClaims: [Located<Int>] = []
    /// Theme cases in publication order, then card stories in card order.
    var cases: [CaseStory] = []

    init(article: String? = nil) {
        self.article = article
    }
}
