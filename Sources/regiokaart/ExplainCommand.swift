import ArgumentParser
import Foundation
import RegiokaartCore

/// `regiokaart explain NAME [--region ID]`: shows how one municipality name is matched.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a municipality name is matched: the rules tried, their candidates and distances."
    )

    @Argument(help: "The name as it would appear in a card's list.")
    var name: String

    @Option(help: "The id of the card the name is listed on (as in regions.csv): alias rows scoped to it apply.")
    var region: String?

    @Option(help: "The reference folder.")
    var reference = BuildConfiguration.defaultReference

    @Option(help: "The steward's alias table.")
    var aliases = BuildConfiguration.defaultAliases

    func run() throws {
        let data: ReferenceData
        do {
            data = try ReferenceLoader.load(directory: reference, aliasesPath: aliases)
        } catch {
            FileHandle.standardError.write(Data("regiokaart: \(error)\n".utf8))
            throw ExitStatus.unusableInput
        }
        let matcher = MunicipalityMatcher(reference: data)
        let provinces = ProvinceIndex(reference: data)
        print("\"\(name)\" (folded: \(NameFolding.fold(name)))" + (region.map { " on the card \($0)" } ?? ""))
        if let code = provinces.province(named: name), let province = data.provinceByCode[code] {
            print("  province: \(province.name) (\(code)); in a list of provinces it is read as the province")
        } else {
            let misspelt = provinces.misspelt(name)
            if misspelt.codes.count == 1, let province = data.provinceByCode[misspelt.codes[0]] {
                print("  misspelt province: \(province.name) (\(province.code)), \(misspelt.detail); read as it only in a list whose other entries are provinces")
            } else if misspelt.codes.count > 1 {
                print("  misspelt province: \(misspelt.detail); a tie, never read as a province")
            }
        }
        let scoped = data.aliases.filter { $0.regionID != nil && NameFolding.fold($0.name) == NameFolding.fold(name) }
        for alias in scoped where alias.regionID != region {
            print("  (alias row \(alias.location) applies to the card \(alias.regionID!) only: give --region \(alias.regionID!) to use it)")
        }
        var decided = false
        for (kind, hit) in matcher.explain(name, region: region) {
            guard let hit else {
                print("  \(kind.rawValue): no candidate")
                continue
            }
            let names = hit.codes.compactMap { data.municipalityByCode[$0] }.map { "\($0.name) (\($0.code), \($0.provinceName))" }
            print("  \(kind.rawValue): \(names.joined(separator: ", ")) — \(hit.detail) \(decided ? "(not used: an earlier rule decided)" : verdict(kind, hit, matcher))")
            decided = true
        }
        if !decided { print("  no rule matches: reported as municipality.unmatched (error)") }
    }

    /// What the deciding rule's candidates become, after the geography's word where the rule asks for it.
    func verdict(_ kind: MatchKind, _ hit: RuleHit, _ matcher: MunicipalityMatcher) -> String {
        let override = kind == .alias ? " (overriding every later rule)" : ""
        switch (matcher.geography(for: kind), hit.codes.count) {
        case (.decidesTies, 1): return "→ match" + override
        case (.confirmsOnlyOne, 1), (.confirmsEvery, 1):
            return "→ match if it lies among the card's other municipalities, otherwise reported as municipality.unconfirmed (error)"
        case (.confirmsOnlyOne, _): return "→ ambiguous: a short name's typo is never decided by geography; reported as municipality.ambiguous (error)"
        default: return "→ ambiguous: the region's geography decides, or it is reported"
        }
    }
}
