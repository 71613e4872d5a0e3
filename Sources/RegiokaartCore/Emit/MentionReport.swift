/// The "Region mentions" section of `report.md`: voorlopers and case stories counted against the
/// documents' own claims, how many were linked with what confidence, and every unresolved mention.
struct MentionReport {
    let dataset: Dataset

    func markdown() -> String {
        let m = dataset.mentions
        guard m.article != nil || !m.cases.isEmpty else { return "" }
        var out = "## Region mentions\n\n"
        let voorloperClaims = Set(m.voorloperCountClaims.map(\.value)).sorted().map(String.init).joined(separator: ", ")
        if let article = m.article {
            out += "- Voorlopers (`\(article)`): \(m.voorlopers.count) read"
            out += voorloperClaims.isEmpty ? " (the article states no count)" : " (the article states \(voorloperClaims))"
            out += "; \(tally(m.voorlopers.map(\.resolution)))\n"
        } else {
            out += "- Voorlopers: no article read\n"
        }
        let stated = Set(m.themeCountClaims.map(\.value)).sorted().map(String.init).joined(separator: " and ")
        out += "- Themes: \(m.themes.count) counted, \(m.themes.filter { $0.name != nil }.count) in the menu"
        out += stated.isEmpty ? "\n" : " (the publication states \(stated))\n"
        let themeCases = m.cases.filter { $0.mention.kind == .themeCase }
        let cardStories = m.cases.filter { $0.mention.kind == .cardStory }
        out += "- Case stories: \(themeCases.count) on theme pages (\(tally(themeCases.map(\.resolution)))), "
        out += "\(cardStories.count) inside cards (tied to their card)\n\n"
        let unresolved = m.voorlopers.map { ($0.mention, $0.resolution) } + m.cases.map { ($0.mention, $0.resolution) }
        let open = unresolved.filter { $0.1?.isResolved != true }
        if !open.isEmpty {
            out += "### Unresolved mentions (\(open.count))\n\n"
            for (mention, resolution) in open {
                out += "- \"\(mention.asListed)\"\(mention.landsdeel.map { " (\($0))" } ?? "") at \(mention.location): \(resolution?.reason ?? "not resolved")\n"
            }
            out += "\n"
        }
        return out
    }

    func tally(_ resolutions: [MentionResolution?]) -> String {
        let certain = resolutions.filter { $0?.confidence == .certain }.count
        let probable = resolutions.filter { $0?.confidence == .probable }.count
        let open = resolutions.count - certain - probable
        return "\(certain) certain, \(probable) probable, \(open) unresolved"
    }
}
