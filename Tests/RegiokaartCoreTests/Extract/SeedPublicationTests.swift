import Testing
@testable import RegiokaartCore

/// The whole pipeline on the real seed publication.
@Suite struct SeedPublicationTests {
    let data = Fixture.seed

    /// The source line of the first line of the seed that is exactly `text`, at or after `after`.
    func line(of text: String, after: Int = 0) -> Int {
        Fixture.publication.lines.first { $0.number > after && $0.text == text }!.number
    }

    func issue(_ code: IssueCode, raw: String, region: String? = nil) -> RegiokaartCore.Issue? {
        data.issues(code).first { $0.rawValue == raw && (region == nil || $0.regionID == region) }
    }

    @Test func reads49RegionsAsThePublicationClaims() {
        #expect(data.regions.count == 49)
        #expect(data.issues(.regionCountMismatch).isEmpty)
        #expect(data.log.count(.error) == 0)
        #expect(Set(data.regions.map(\.id)).count == 49)
    }

    @Test func sortsTheScopes() {
        #expect(data.regions.filter { $0.scope == .national }.map(\.name) == ["Onderwijsregio Koerskracht (PLG+)", "Progressus", "Landelijke Groene Onderwijsregio"])
        #expect(data.regions.filter { $0.scope == .provinces }.map(\.id) == ["mbo-noord-nederland"])
    }

    @Test func reportsEveryFuzzyMatchWithItsLine() {
        let expected = [("AArnhem", "Arnhem (GM0202)"), ("Wijdmeren", "Wijdemeren (GM1696)"),
                        ("Neunen, Gewen en Nederwetten", "Nuenen, Gerwen en Nederwetten (GM0820)"),
                        ("Berkalland", "Berkelland (GM1859)"), ("Rijssen-Holtten", "Rijssen-Holten (GM1742)"),
                        ("Noorderveld", "Noordenveld (GM1699)")]
        for (raw, result) in expected {
            let found = issue(.municipalityFuzzyMatch, raw: raw)
            #expect(found?.resultValue == result, "\(raw)")
            #expect(found?.location?.line == line(of: "- \(raw)"), "\(raw)")
        }
        // Veendaal: two candidates at the same distance, decided by geography.
        let veendaal = issue(.municipalityAmbiguityResolved, raw: "Veendaal")
        #expect(veendaal?.resultValue == "Veenendaal (GM0345)")
        #expect(veendaal?.location?.line == line(of: "- Veendaal"))
    }

    @Test func decidesEveryBergenByItsRegion() {
        let bergen = data.issues(.municipalityAmbiguityResolved).filter { $0.rawValue == "Bergen" }
        #expect(Dictionary(uniqueKeysWithValues: bergen.map { ($0.regionID!, $0.resultValue!) }) == [
            "onderwijsregio-brabant-oost-po": "Bergen (L.) (GM0893)",
            "onderwijsregio-brabant-oost-vo-mbo": "Bergen (L.) (GM0893)",
            "noorderwijs": "Bergen (NH.) (GM0373)",
            "onderwijsregio-hollands-noorden": "Bergen (NH.) (GM0373)",
        ])
    }

    @Test func reportsQualifiedAndFoldedSpellings() {
        // "Hengelo" and "Laren" are also villages in Bronckhorst and Lochem: their cards' geography decides.
        #expect(issue(.municipalityAmbiguityResolved, raw: "Hengelo")?.resultValue == "Hengelo (O.) (GM0164)")
        #expect(issue(.municipalityAmbiguityResolved, raw: "Laren")?.resultValue == "Laren (NH.) (GM0417)")
        #expect(issue(.municipalityQualifier, raw: "Middelburg")?.resultValue == "Middelburg (Z.) (GM0687)")
        #expect(issue(.municipalityFolded, raw: "Sudwest-Fryslan")?.resultValue == "Súdwest-Fryslân (GM1900)")
        #expect(issue(.municipalityFolded, raw: "Westbetuwe")?.resultValue == "West Betuwe (GM1960)")
        #expect(issue(.municipalityFolded, raw: "Westbetuwe")?.location?.line == line(of: "- Westbetuwe"))
    }

    @Test func joinsTheSplitNames() {
        let joined = data.issues(.areaSplitNameJoined)
        #expect(joined.map(\.resultValue) == ["Leidschendam-Voorburg", "Leidschendam-Voorburg", "Hardinxveld-Giessendam"])
        #expect(joined.last?.location?.line == line(of: "- Hardinxveld-Giessen-"))
        #expect(data.region("onderwijsregio-rivierenland")!.municipalityNames.contains("Hardinxveld-Giessendam"))
        #expect(data.region("onderwijsregio-haaglanden")!.municipalityNames.contains("Leidschendam-Voorburg"))
    }

    @Test func keepsRepeatsOnce() {
        let repeats = data.issues(.areaRepeated)
        #expect(Set(repeats.map(\.rawValue)) == ["Vlieland", "Barendrecht"])
        let friesland = data.region("friesland-noordelijk-flevoland")!
        #expect(friesland.municipalityNames.filter { $0 == "Vlieland" }.count == 1)
        #expect(repeats.first { $0.rawValue == "Vlieland" }?.location?.line == line(of: "- Vlieland", after: line(of: "- Vlieland")))
    }

    @Test func splitsSectorTagsAndReportsDisagreements() {
        let brabant = data.regions.filter { $0.name == "Onderwijsregio Brabant-Oost" }
        #expect(brabant.count == 2)
        #expect(data.issues(.sectorTagMismatch).contains { $0.regionID == "onderwijsregio-brabant-oost-po" && $0.rawValue == "(vo/mbo)" })
        #expect(data.issues(.nameUnknownSectorTag).map(\.rawValue) == ["(po/go)"])
        #expect(data.region("onderwijsregio-koerskracht-plg")?.name == "Onderwijsregio Koerskracht (PLG+)")
        #expect(data.region("zeeuwse-onderwijsregio-zor")?.sectors == [.po, .vo, .mbo])
        #expect(data.region("onderwijsregio-midden-nederland")?.sectorTag == "(PO)")
    }

    @Test func givesDistinctIDsToRegionsSharingAName() {
        let ids = Set(data.regions.map(\.id))
        #expect(ids.isSuperset(of: ["rotterdam-po", "rotterdam-vo-mbo", "leiden-duin-en-bollenstreek-po",
                                    "leiden-duin-en-bollenstreek-vo", "onderwijsregio-brabant-oost-po",
                                    "onderwijsregio-brabant-oost-vo-mbo"]))
    }

    @Test func joinsTheTwoLineName() {
        let loa = data.region("onderwijsregio-loa-lingewaard-overbetuwe-en-arnhem")
        #expect(loa?.name == "Onderwijsregio LOA (Lingewaard, Overbetuwe en Arnhem)")
        #expect(data.issues(.nameJoinedLines).first?.location?.line == line(of: "Onderwijsregio LOA"))
    }

    @Test func expandsTheProvincesOfMboNoordNederland() {
        let region = data.region("mbo-noord-nederland")!
        #expect(region.municipalities.count == 40)
        #expect(region.municipalities.contains { $0.municipality.name == "Súdwest-Fryslân" && $0.viaProvince == "PV21" })
    }

    @Test func readsUtrechtStadAsTheMunicipality() {
        #expect(data.region("utrecht-leert-stad")?.municipalityNames == ["Utrecht"])
        #expect(data.issues(.areaProvinceOrMunicipality).contains { $0.regionID == "utrecht-leert-stad" && $0.severity == .warning })
    }

    @Test func placesSpecificPairs() {
        let pairs = Set(data.regions.flatMap { r in r.municipalities.map { "\(r.id)/\($0.municipality.code)" } })
        for pair in ["onderwijsregio-arnhem-en-omstreken/GM0202", "onderwijsregio-haaglanden/GM0518",
                     "twente-omstreken/GM0164", "zeeuwse-onderwijsregio-zor/GM0687", "amsterdamse-onderwijsregio/GM0363",
                     "noord-nederland/GM1699", "rotterdam-vo-mbo/GM0599", "utrecht-leert-stad/GM0344"] {
            #expect(pairs.contains(pair), "\(pair)")
        }
        #expect(!pairs.contains("onderwijsregio-brabant-oost-po/GM0373"))
    }

    @Test func reportsTheRegionsWithIdenticalFigures() {
        // One finding per group of identical regions, naming every member.
        let findings = data.issues(.regionIdenticalFigures)
        #expect(findings.count == 1)
        #expect(findings.first?.resultValue == "rond-bommel-en-dommel|onderwijsregio-rijk-van-nijmegen")
        #expect(findings.first?.rawValue == "32646/22/0/0/3")
    }

    @Test func reportsTheCoverageGaps() {
        let gaps = Dictionary(uniqueKeysWithValues: data.issues(.coverageGap).map { ($0.rawValue!, $0.resultValue!) })
        #expect(gaps["Vlieland (GM0096)"] == "po")
        #expect(gaps["Ouder-Amstel (GM0437)"] == "vo/mbo")
    }

    /// Every listed item ends up placed, expanded, unresolved, or reported as dropped: nothing silent.
    @Test func dropsNothingSilently() {
        let issues = data.issues
        for region in data.regions {
            for entry in region.area {
                switch entry.resolution {
                case .municipality(let number, _):
                    #expect(region.municipalities.contains { $0.municipality.code == Fixture.reference.municipalities[number].code })
                case .province(let code):
                    #expect(region.provinces.contains { $0.province.code == code })
                case .ambiguous, .unmatched:
                    #expect(region.unresolvedNames.contains { $0.location == region.location(of: entry) })
                case .repeated:
                    #expect(issues.contains { $0.code == IssueCode.areaRepeated.rawValue && $0.location == region.location(of: entry) })
                case .mergedIntoPrevious:
                    #expect(issues.contains { $0.code == IssueCode.areaSplitNameJoined.rawValue && $0.rawValue?.hasSuffix(entry.raw) == true })
                case .pending:
                    Testing.Issue.record("An entry was never looked at: \(entry.raw) at \(region.location(of: entry))")
                }
            }
        }
        let listed = data.regions.reduce(0) { $0 + $1.area.count }
        let bulletLines = Fixture.publication.lines.filter { $0.number > 1000 && ($0.text.hasPrefix("- ") || $0.text.hasPrefix("• ")) }.count
        // + the two unbulleted second halves: "Voorburg" (Groene Hart) and "dam" (Rivierenland).
        #expect(listed == bulletLines + 2)
    }

    @Test func everyFindingPointsIntoTheSource() {
        for issue in data.issues where issue.code != IssueCode.coverageGap.rawValue {
            let line = issue.location?.line ?? 0
            #expect(line > 0 && line <= Fixture.publication.lines.count, "\(issue.code) \(issue.message)")
        }
    }
}
