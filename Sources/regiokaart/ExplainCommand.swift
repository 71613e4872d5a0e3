import ArgumentParser
import Foundation
import RegiokaartCore

/// `regiokaart explain NAME`: shows how one municipality name is matched.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a municipality name is matched: the rules tried, their candidates and distances."
    )

    @Argument(help: "The name as it would appear in a card's list.")
    var name: String

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
        print("\"\(name)\" (folded: \(NameFolding.fold(name)))")
        if let code = provinces.province(named: name), let province = data.provinceByCode[code] {
            print("  province: \(province.name) (\(code)); in a list of provinces it is read as the province")
        }
        var decided = false
        for (kind, hit) in matcher.explain(name) {
            guard let hit else {
                print("  \(kind.rawValue): no candidate")
                continue
            }
            let names = hit.codes.compactMap { data.municipalityByCode[$0] }.map { "\($0.name) (\($0.code), \($0.provinceName))" }
            let verdict = decided ? "(not used: an earlier rule decided)"
                : hit.codes.count == 1 ? "→ match" : "→ ambiguous: the region's geography decides, or it is reported"
            print("  \(kind.rawValue): \(names.joined(separator: ", ")) — \(hit.detail) \(verdict)")
            decided = true
        }
        if !decided { print("  no rule matches: reported as municipality.unmatched (error)") }
    }
}
