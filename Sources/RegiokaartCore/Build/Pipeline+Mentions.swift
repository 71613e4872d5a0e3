extension Pipeline {
    /// The resolve stage, run after `Pipeline.standard`: the one place where the order of its steps is
    /// written. `article` is nil when the default voorlopers article is absent (`articlePath` is then
    /// reported); `publication` is the document the cards were read from.
    public static func mentions(publication: SourceDocument, article: SourceDocument?, articlePath: String,
                                aliases: RegionAliasTable) -> Pipeline {
        Pipeline("mentions", [
            ExtractVoorlopers(article: article, missingPath: articlePath),
            ExtractThemeStories(document: publication),
            DeduplicateStoryText(),
            CollectCardStories(),
            ResolveRegionMentions(aliases: aliases),
            AttachMentions(),
        ])
    }
}
