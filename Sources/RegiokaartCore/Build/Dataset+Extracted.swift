/// The dataset as extraction leaves it, before any step runs.
extension Dataset {
    /// The regions of `publication`'s cards and, when read, the voorlopers article and the theme pages
    /// in front of the cards; every extraction finding in the log, in that order.
    init(_ publication: consuming ExtractedPublication, article: VoorloperArticle? = nil, themePages: ThemePages? = nil) {
        var log = publication.issues
        var mentions = RegionMentions()
        if let article {
            mentions.article = article.source
            mentions.voorlopers = article.voorlopers
            mentions.voorloperCountClaims = article.countClaims
            log.append(contentsOf: article.issues)
        }
        if let themePages {
            mentions.themes = themePages.themes
            mentions.themeCountClaims = themePages.countClaims
            mentions.cases = themePages.cases
            log.append(contentsOf: themePages.issues)
        }
        self.init(source: publication.source, regions: publication.regions, countClaims: publication.countClaims,
                  log: log, mentions: mentions)
    }
}
