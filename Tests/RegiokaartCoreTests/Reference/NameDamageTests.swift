import Foundation
import Testing
@testable import RegiokaartCore

/// The name-matching invariant on the real publication, under seeded damage (`NameDamage`): after one
/// name of every card is damaged, the region–municipality pairs are the real publication's, or the
/// damaged name is reported as an error naming its file and line — and no pair is ever a wrong one.
@Suite struct NameDamageTests {
    static let file = BuildConfiguration.defaultPublication
    static let text = try! String(contentsOfFile: Fixture.publicationPath, encoding: .utf8)
    static let damage = NameDamage(reference: Fixture.reference)
    /// Seeds per kind: each damages one name of every card, so ~45 names a seed. `NAME_DAMAGE_SEEDS`
    /// sets another count for a longer search.
    static let seeds: ClosedRange<UInt64> = 1...UInt64(ProcessInfo.processInfo.environment["NAME_DAMAGE_SEEDS"].flatMap { UInt64($0) } ?? 4)
    /// The codes that report a name as not placed.
    static let notPlaced: Set<String> = [IssueCode.municipalityUnmatched, .municipalityAmbiguous, .municipalityUnconfirmed].map(\.rawValue).reduce(into: []) { $0.insert($1) }

    static func pairs(_ dataset: Dataset) -> Set<String> {
        Set(dataset.regions.flatMap { r in r.municipalities.map { "\(r.id) \($0.municipality.code)" } })
    }

    /// Runs the damaged publication; returns how many damaged names were applied and how many read right.
    static func check(_ kind: NameDamageKind) throws -> (applied: Int, read: Int) {
        let original = pairs(Fixture.seed)
        var applied = 0, read = 0
        for seed in seeds {
            let (damagedText, names) = damage.damage(text, file: file, of: Fixture.seed, kind: kind, seed: seed)
            let document = try TextDocumentReader.read(Array(damagedText.utf8), name: file)
            let dataset = try BuildJob.dataset(from: document, reference: Fixture.reference)
            #expect(dataset.regions.map(\.id) == Fixture.seed.regions.map(\.id))
            let after = pairs(dataset)
            let wrong = after.subtracting(original)
            #expect(wrong.isEmpty, "seed \(seed): wrong pairs \(wrong.sorted()) from \(names)")
            for name in names {
                applied += 1
                let before = original.filter { $0.hasPrefix(name.regionID + " ") }
                let now = after.filter { $0.hasPrefix(name.regionID + " ") }
                if before == now { read += 1; continue }
                let reported = dataset.issues.contains {
                    $0.severity == .error && notPlaced.contains($0.code)
                        && $0.location == SourceLocation(file: file, line: name.line) && $0.rawValue == name.damaged
                }
                #expect(reported, "seed \(seed): \(name) changed the pairs (\(before.subtracting(now).sorted())) but was not reported at its line")
            }
        }
        return (applied, read)
    }

    @Test(arguments: NameDamageKind.allCases)
    func aDamagedNameIsReadRightOrReportedNeverReadWrong(_ kind: NameDamageKind) throws {
        let (applied, read) = try Self.check(kind)
        if ProcessInfo.processInfo.environment["NAME_DAMAGE_SEEDS"] != nil { print("\(kind): \(read) of \(applied) read") }
        // Enough damage to mean something: the province kind has one card of provinces, the others ~45.
        #expect(applied >= (kind == .misspeltProvince ? 3 : 100), "only \(applied) names damaged")
        switch kind {
        case .caseChange, .diacritics, .misspeltProvince:
            // Folding and the province rule leave no doubt: every one is read.
            #expect(read == applied, "\(applied - read) of \(applied) not read")
        case .doubledLetter, .placeForMunicipality, .insert, .delete, .substitute, .transpose:
            // Most are read; the rest are reported (short names with two neighbours, far places).
            #expect(Double(read) >= 0.8 * Double(applied), "only \(read) of \(applied) read")
        }
    }
}
