import Foundation
import Testing
@testable import RegiokaartCore

/// Issue 13, item 2: alias rows scoped to one card, aliases that override an exact match, and rows
/// scoped to a card the publication does not have.
@Suite struct ScopedAliasTests {
    static let header = "name,code,note,region_id\n"

    /// A fresh folder holding `aliases` as the alias table.
    static func aliasFile(_ aliases: String) throws -> String {
        let path = try TestSupport.temporaryFolder().appendingPathComponent("municipality-aliases.csv").path
        try aliases.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func reference(_ aliases: String) throws -> (ReferenceData, String) {
        let path = try aliasFile(aliases)
        return (try ReferenceLoader.load(directory: Fixture.path(BuildConfiguration.defaultReference), aliasesPath: path), path)
    }

    static func run(_ reference: ReferenceData) throws -> Dataset {
        try BuildJob.dataset(from: Fixture.publication, reference: reference)
    }

    /// The cards that list "Bergen", with the code each resolved to.
    static var bergenCards: [(id: String, code: String)] {
        Fixture.seed.regions.compactMap { region in
            for entry in region.area where entry.raw == "Bergen" {
                if case .municipality(let number, _) = entry.resolution { return (region.id, Fixture.reference.municipalities[number].code) }
            }
            return nil
        }
    }

    static func bergen(_ dataset: Dataset, _ id: String) -> String? {
        dataset.region(id)?.area.first { $0.raw == "Bergen" }.flatMap {
            if case .municipality(let number, _) = $0.resolution { return Fixture.reference.municipalities[number].code }
            return nil
        }
    }

    @Test func aScopedAliasMovesOneBergenCardAndNotTheOthers() throws {
        let cards = Self.bergenCards
        try #require(cards.count >= 2)
        let target = cards[0]
        let other = target.code == "GM0893" ? "GM0373" : "GM0893"
        let (reference, path) = try Self.reference(Self.header + "Bergen,\(other),\"this card means the other Bergen\",\(target.id)\n")
        #expect(reference.aliases.first?.regionID == target.id)
        let dataset = try Self.run(reference)
        #expect(Self.bergen(dataset, target.id) == other)
        for card in cards.dropFirst() { #expect(Self.bergen(dataset, card.id) == card.code, "\(card.id) moved") }
        let used = dataset.issues.filter { $0.code == IssueCode.municipalityAlias.rawValue && $0.regionID == target.id }
        #expect(used.count == 1 && used[0].message.contains("\(path):2") && used[0].message.contains("for \(target.id) only"))
        #expect(dataset.issues.allSatisfy { $0.severity != .error })
    }

    @Test func aScopedRowWinsOverAnUnscopedOne() throws {
        let cards = Self.bergenCards
        let target = cards[0]
        let (reference, _) = try Self.reference(Self.header + "Bergen,GM0893,everywhere,\nBergen,GM0373,but here,\(target.id)\n")
        let dataset = try Self.run(reference)
        #expect(Self.bergen(dataset, target.id) == "GM0373")
        for card in cards.dropFirst() { #expect(Self.bergen(dataset, card.id) == "GM0893") }
    }

    @Test func anAliasOverridesAnExactMatchWithAWarning() throws {
        let id = try #require(Fixture.seed.regions.first { $0.area.contains { $0.raw == "Ede" } }).id
        let (reference, _) = try Self.reference(Self.header + "Ede,GM0232,\"test: the card means Epe\",\(id)\n")
        let dataset = try Self.run(reference)
        let codes = Set(dataset.region(id)?.municipalities.map(\.municipality.code) ?? [])
        #expect(codes.contains("GM0232") && !codes.contains("GM0228"))
        let warning = try #require(dataset.issues(.municipalityAliasOverride).first)
        #expect(warning.severity == .warning && warning.resultValue == "Epe (GM0232)")
        #expect(warning.message.contains("exact rule would have chosen Ede (GM0228)"))
        // Other cards listing Ede keep it.
        for region in dataset.regions where region.id != id && region.area.contains(where: { $0.raw == "Ede" }) {
            #expect(region.municipalityNames.contains("Ede"))
        }
    }

    @Test func anUnscopedAliasAlsoOverridesAnExactMatch() throws {
        let (reference, _) = try Self.reference("name,code,note\nArnhem,GM0275,test\n")
        #expect(MunicipalityMatcher(reference: reference).match("Arnhem").code == "GM0275")
        #expect(MunicipalityMatcher(reference: reference).match("Arnhem").overridden?.kind == .exact)
    }

    @Test func aNameWithAnAliasIsAMunicipalityEvenWhereItNamesAProvince() throws {
        let id = try #require(Fixture.seed.regions.first { $0.scope == .provinces }).id
        let (reference, _) = try Self.reference(Self.header + "Groningen,GM0014,\"test: the city\",\(id)\n")
        let dataset = try Self.run(reference)
        let region = try #require(dataset.region(id))
        #expect(region.provinces.map(\.province.code) == ["PV21", "PV22"])
        #expect(region.municipalities.contains { $0.municipality.code == "GM0014" && $0.match == .alias })
        // Elsewhere the row does not apply.
        #expect(Fixture.seed.region(id)?.provinces.map(\.province.code) == ["PV20", "PV21", "PV22"])
    }

    @Test func aRowScopedToAnUnknownRegionBlocksPublication() throws {
        let path = try Self.aliasFile(Self.header + "Den Haag,GM0518,fine,\nBergen,GM0893,stale,no-such-region\n")
        var configuration = RealInput.configuration
        configuration.aliasesPath = path
        configuration.outputDirectory = try TestSupport.temporaryFolder().appendingPathComponent("out").path
        let result = try BuildJob.run(configuration)
        #expect(!result.published)
        let errors = result.dataset.issues.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [IssueCode.municipalityAliasUnknownRegion.rawValue])
        #expect(errors.first?.location == SourceLocation(file: path, line: 3))
        #expect(errors.first?.resultValue == "no-such-region")
        #expect(!FileManager.default.fileExists(atPath: configuration.outputDirectory))
    }

    @Test func aScopedRowItsCardDoesNotNeedIsReported() throws {
        let target = Self.bergenCards[0]
        let (reference, path) = try Self.reference(Self.header + "Bergen,GM0893,fine,\(target.id)\nBergn,GM0893,mistyped,\(target.id)\n")
        let dataset = try Self.run(reference)
        let unused = dataset.issues(.municipalityAliasUnused)
        #expect(unused.map(\.rawValue) == ["Bergn"])
        #expect(unused.first?.severity == .warning && unused.first?.location == SourceLocation(file: path, line: 3))
    }

    @Test func oldFilesWithoutTheColumnStillLoad() throws {
        let (reference, _) = try Self.reference("name,code,note\nDen Haag,GM0518,old file\n")
        #expect(reference.aliases.map(\.regionID) == [nil])
        #expect(Fixture.reference.aliases.count == 2 && Fixture.reference.aliases.allSatisfy { $0.regionID == nil })
        #expect(MunicipalityMatcher(reference: reference).match("Den Haag", region: "anything").code == "GM0518")
    }

    @Test func aRowRepeatedForTheSameCardIsUnusableInput() throws {
        let path = try Self.aliasFile(Self.header + "Bergen,GM0893,a,x\nbergen,GM0373,b,x\n")
        #expect {
            try ReferenceLoader.load(directory: Fixture.path(BuildConfiguration.defaultReference), aliasesPath: path)
        } throws: { error in
            "\(error)".contains("\(path):3") && "\(error)".contains("line 2")
        }
        // The same name for two different cards is fine.
        let (reference, _) = try Self.reference(Self.header + "Bergen,GM0893,a,x\nBergen,GM0373,b,y\nBergen,GM0373,c,\n")
        #expect(reference.aliases.count == 3)
    }

    @Test func explainShowsTheScopedRowForItsCard() throws {
        let target = Self.bergenCards[0]
        let path = try Self.aliasFile(Self.header + "Bergen,GM0893,scoped,\(target.id)\n")
        let scoped = try TestSupport.run(["explain", "Bergen", "--region", target.id, "--aliases", path])
        #expect(scoped.status == 0)
        let lines = scoped.stdout.split(separator: "\n").map(String.init)
        #expect(lines.dropFirst().first?.hasPrefix("  alias: Bergen (L.) (GM0893") == true, "\(lines)")
        #expect(scoped.stdout.contains("for \(target.id) only"))
        let unscoped = try TestSupport.run(["explain", "Bergen", "--aliases", path])
        #expect(unscoped.stdout.contains("  alias: no candidate"))
        #expect(unscoped.stdout.contains("give --region \(target.id)"))
    }
}
