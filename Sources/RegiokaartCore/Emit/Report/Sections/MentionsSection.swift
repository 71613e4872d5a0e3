/// "Region mentions": voorlopers and case stories counted against the documents' own claims and
/// how many were linked with what confidence. Unresolved mentions are decisions (listed there).
struct MentionsSection: ReportSection {
    func blocks(_ c: ReportContext) -> [ReportBlock] {
        let m = c.dataset.mentions
        guard m.article != nil || !m.cases.isEmpty else { return [] }
        var items: [ReportItem] = []
        if let article = m.article {
            items.append(ReportItem(text: [.plain("Voorlopers ("), .code(article), .plain("): \(m.voorlopers.count) read; \(tally(m.voorlopers.map(\.resolution)))")]))
        } else {
            items.append(ReportItem(text: [.plain("Voorlopers: no article read")]))
        }
        let themeCases = m.cases.filter { $0.mention.kind == .themeCase }
        let cardStories = m.cases.filter { $0.mention.kind == .cardStory }
        items.append(ReportItem(text: [.plain("Case stories: \(themeCases.count) on theme pages (\(tally(themeCases.map(\.resolution)))), "
                                              + "\(cardStories.count) inside cards (tied to their card)")]))
        items.append(ReportItem(text: [.plain("Every link with its evidence: "), .code("voorlopers.csv"), .plain(", "), .code("cases.csv"),
                                       .plain(", and the "), .code("mention.*"), .plain(" findings in "), .code("issues.csv")]))
        return [.heading("Region mentions", level: 2), .list(items)]
    }

    func tally(_ resolutions: [MentionResolution?]) -> String {
        let certain = resolutions.filter { $0?.confidence == .certain }.count
        let probable = resolutions.filter { $0?.confidence == .probable }.count
        let open = resolutions.count - certain - probable
        return "\(certain) certain, \(probable) probable, \(open) unresolved" + (open > 0 ? " (see Decisions)" : "")
    }
}
