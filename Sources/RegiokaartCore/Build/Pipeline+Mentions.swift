extension Pipeline {
    /// The resolve stage, run after `Pipeline.standard` on a dataset whose voorlopers article and
    /// theme pages Extract has read: the one place where the order of its steps is written.
    /// `articlePath` is reported when no article was read.
    static func mentions(articlePath: String, aliases: RegionAliasTable) -> Pipeline {
        Pipeline([
            CheckVoorloperCount(missingPath: articlePath),
            CheckThemeCount(),
            DeduplicateStoryText(),
            CollectCardStories(),
            ResolveRegionMentions(aliases: aliases),
            AttachMentions(),
        ])
    }
}
