/// One region listed in the July 2023 voorlopers article, and the region it resolved to.
struct Voorloper: Hashable, Sendable {
    /// The bullet as printed, with its landsdeel and sector tag.
    var mention: RegionMention
    /// Filled in by `ResolveRegionMentions`.
    var resolution: MentionResolution?

    init(mention: RegionMention, resolution: MentionResolution? = nil) {
        self.mention = mention
        self.resolution = resolution
    }
}
