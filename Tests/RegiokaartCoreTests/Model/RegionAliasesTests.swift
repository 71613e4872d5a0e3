import Testing
@testable import RegiokaartCore

/// A region's card sighting is implied, not stored (`Region.aliases`): whatever list is set reads
/// back as set, and `AttachMentions` gives every region the list the plain way gives (the card's
/// sighting, then each distinct mention name and file), on the real input and on hostile mentions.
@Suite struct RegionAliasesTests {
    /// `AttachMentions`' sightings made the plain way, in one stored array per region.
    static func plainAliases(_ dataset: Dataset) -> [[NameSighting]] {
        var byID: [String: Int] = [:]
        for (index, region) in dataset.regions.enumerated() { byID[region.id] = index }
        var lists = dataset.regions.map { [NameSighting(name: $0.nameAsPublished, kind: "card", location: $0.source)] }
        let mentions = dataset.mentions.voorlopers.map { ($0.mention, $0.resolution) }
            + dataset.mentions.cases.filter { $0.mention.kind == .themeCase }.map { ($0.mention, $0.resolution) }
        for (mention, resolution) in mentions {
            guard let id = resolution?.regionID, let index = byID[id] else { continue }
            if !lists[index].contains(where: { $0.name == mention.asListed && $0.location.file == mention.location.file }) {
                lists[index].append(NameSighting(name: mention.asListed, kind: mention.kind.rawValue, location: mention.location))
            }
        }
        return lists
    }

    @Test func attachedAliasesAreThePlainLists() {
        var dataset = RealInput.dataset
        #expect(dataset.regions.map(\.aliases) == Self.plainAliases(dataset))
        #expect(dataset.regions.contains { $0.aliases.count > 1 })
        // Hostile: mentions under the card's own printed name and file, repeated, and with another region's name.
        let regions = dataset.regions
        for k in stride(from: 0, to: dataset.mentions.voorlopers.count, by: 2) {
            guard let id = dataset.mentions.voorlopers[k].resolution?.regionID,
                  let region = regions.first(where: { $0.id == id }) else { continue }
            dataset.mentions.voorlopers[k].mention.asListed = k.isMultiple(of: 4) ? region.nameAsPublished : regions[k % regions.count].nameAsPublished
            dataset.mentions.voorlopers[k].mention.location = k.isMultiple(of: 3) ? region.source : dataset.mentions.voorlopers[k].mention.location
        }
        dataset.mentions.voorlopers += dataset.mentions.voorlopers
        AttachMentions().apply(to: &dataset, context: RegionIndexTests.context)
        #expect(dataset.regions.map(\.aliases) == Self.plainAliases(dataset))
    }

    @Test func anySetListReadsBackAsSet() {
        var region = RealInput.dataset.regions[0]
        let card = NameSighting(name: region.nameAsPublished, kind: "card", location: region.source)
        let other = NameSighting(name: "Elders", kind: "voorloper", location: SourceLocation(file: "a.md", line: 3))
        let cardElsewhere = NameSighting(name: region.nameAsPublished, kind: "card", location: SourceLocation(file: "b.txt", line: 1))
        for list in [[], [card], [card, other], [other], [other, card], [card, card], [other, other], [cardElsewhere], [cardElsewhere, card]] {
            region.aliases = list
            #expect(region.aliases == list)
            region.aliases.append(other)
            #expect(region.aliases == list + [other])
        }
    }
}
