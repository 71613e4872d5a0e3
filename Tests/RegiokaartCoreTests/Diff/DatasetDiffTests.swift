import Foundation
import Testing
@testable import RegiokaartCore

@Suite struct DatasetDiffTests {
    /// The regions of the committed Output/.
    static let published: [RegionRecord] = {
        let url = TestSupport.root.appendingPathComponent("Output/regions.json")
        return (try? JSONDecoder().decode(RegionsDocument.self, from: Data(contentsOf: url)).regions) ?? []
    }()

    func region(_ id: String, in regions: [RegionRecord] = published) -> RegionRecord {
        regions.first { $0.id == id }!
    }

    @Test func identicalDatasetsHaveNoChanges() {
        #expect(Self.published.count == 49)
        let diff = DatasetDiff(old: Self.published, new: Self.published.reversed())
        #expect(diff.isEmpty)
        #expect(DiffReport.text(diff, old: "a", new: "b") == "changes from a to b: none (49 regions, same data)\n")
    }

    @Test func sourcePositionsAloneAreNoChange() {
        var moved = Self.published
        for k in moved.indices { moved[k].source.line += 7 }
        #expect(DatasetDiff(old: Self.published, new: moved).isEmpty)
    }

    @Test func aRenamedRegionIsMatchedByItsFigures() {
        var new = Self.published
        let k = new.firstIndex { $0.id == "zuidwest-samen" }!
        new[k].id = "zuidwest-samen-verder"
        new[k].name = "Zuidwest Samen Verder"
        let diff = DatasetDiff(old: Self.published, new: new)
        #expect(diff.added.isEmpty && diff.removed.isEmpty)
        #expect(diff.changed.count == 1)
        #expect(diff.changed.first?.matchedBy == .figures)
        #expect(diff.changed.first?.nameChange == .init(old: "Zuidwest Samen", new: "Zuidwest Samen Verder"))
        #expect(DiffReport.text(diff, old: "a", new: "b").contains(
            "~ zuidwest-samen-verder: renamed \"Zuidwest Samen\" → \"Zuidwest Samen Verder\"; id zuidwest-samen → zuidwest-samen-verder; matched by figures"))
    }

    @Test func aRegionWithANewIdButTheSameNameIsMatchedByName() {
        var new = Self.published
        let k = new.firstIndex { $0.id == "zuidwest-samen" }!
        new[k].id = "zuidwest-samen-po"
        new[k].figures.students! += 1
        let diff = DatasetDiff(old: Self.published, new: new)
        #expect(diff.changed.first?.matchedBy == .name)
        #expect(diff.changed.first?.figures["students"] == .init(old: 58632, new: 58633))
    }

    /// A figure that could not be read this time is a change, shown as "unread" (`null` in JSON).
    @Test func aFigureThatBecameUnreadIsAChange() throws {
        var new = Self.published
        let k = new.firstIndex { $0.id == "zuidwest-samen" }!
        new[k].figures.students = nil
        let diff = DatasetDiff(old: Self.published, new: new)
        #expect(diff.changed.map(\.id) == ["zuidwest-samen"])
        #expect(diff.changed.first?.figures["students"] == .init(old: 58632, new: nil))
        #expect(DiffReport.text(diff, old: "a", new: "b").contains("~ zuidwest-samen: students 58632 → unread"))
        let json = DiffReport.json(diff, old: "a", new: "b")
        #expect(json.contains("\"new\" : null"))
        #expect(try JSONDecoder().decode(DatasetDiff.self, from: Data(json.utf8)) == diff)
    }

    /// Regions are matched by identical figures only when all five were read on both sides.
    @Test func unreadFiguresNeverMatchARegion() {
        var old = Self.published
        var new = Self.published
        let k = new.firstIndex { $0.id == "zuidwest-samen" }!
        old[k].figures.students = nil
        new[k].figures.students = nil
        new[k].id = "elders"
        new[k].name = "Elders"
        let diff = DatasetDiff(old: old, new: new)
        #expect(diff.added.map(\.id) == ["elders"])
        #expect(diff.removed.map(\.id) == ["zuidwest-samen"])
    }

    @Test func aRenamedRegionWithNewFiguresIsAddedAndRemoved() {
        var new = Self.published
        let k = new.firstIndex { $0.id == "zuidwest-samen" }!
        new[k].id = "elders"
        new[k].name = "Elders"
        new[k].figures.students = 1
        let diff = DatasetDiff(old: Self.published, new: new)
        #expect(diff.added.map(\.id) == ["elders"])
        #expect(diff.removed.map(\.id) == ["zuidwest-samen"])
        #expect(diff.changed.isEmpty)
    }

    @Test func municipalitiesJoiningAndLeavingAreListedByCode() {
        var new = Self.published
        let k = new.firstIndex { $0.id == "twente-omstreken" }!
        let left = new[k].municipalities.removeFirst()
        let joined = region("zuidwest-samen").municipalities[0]
        new[k].municipalities.append(joined)
        new[k].sectors = ["po", "vo"]
        new[k].scope = "provinces"
        let change = DatasetDiff(old: Self.published, new: new).changed.first
        #expect(change?.municipalitiesLeft == [.init(code: left.code, name: left.name)])
        #expect(change?.municipalitiesJoined == [.init(code: joined.code, name: joined.name)])
        #expect(change?.sectors == .init(old: ["po"], new: ["po", "vo"]))
        #expect(change?.scope == .init(old: "municipalities", new: "provinces"))
    }

    @Test func twoRegionsWithTheSameFiguresAreNeverPairedByGuess() {
        var old = Self.published
        var new = Self.published
        let a = old.firstIndex { $0.id == "zuidwest-samen" }!
        let b = old.firstIndex { $0.id == "twente-omstreken" }!
        old[b].figures = old[a].figures
        new[b].figures = new[a].figures
        new[a].id = "x"; new[a].name = "X"
        new[b].id = "y"; new[b].name = "Y"
        let diff = DatasetDiff(old: old, new: new)
        #expect(Set(diff.added.map(\.id)) == ["x", "y"])
        #expect(Set(diff.removed.map(\.id)) == ["zuidwest-samen", "twente-omstreken"])
    }

    @Test func theJSONReportIsStable() throws {
        var new = Self.published
        new.removeFirst()
        let diff = DatasetDiff(old: Self.published, new: new)
        let json = DiffReport.json(diff, old: "a", new: "b")
        #expect(json == DiffReport.json(DatasetDiff(old: Self.published, new: new.reversed()), old: "a", new: "b"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["changed"] as? Bool == true)
        #expect((object?["removed"] as? [[String: Any]])?.first?["id"] as? String == Self.published[0].id)
        #expect(object?["old_region_count"] as? Int == 49)
    }
}
