import Testing
@testable import RegiokaartCore

/// `coverage.overlap`: a municipality in more than one region of the same sector, national regions aside.
@Suite struct CheckOverlapsTests {
    /// The overlapping (code, sector) pairs, computed directly from the regions.
    static func expected(_ regions: [Region]) -> Set<String> {
        var ids: [String: Set<String>] = [:]
        for r in regions where r.scope != .national {
            for s in r.sectors { for m in r.municipalities { ids["\(m.municipality.code) \(s.rawValue)", default: []].insert(r.id) } }
        }
        return Set(ids.filter { $0.value.count > 1 }.keys)
    }

    static func found(_ dataset: Dataset) -> Set<String> {
        Set(dataset.issues.filter { $0.code == IssueCode.coverageOverlap.rawValue }.map { issue in
            "\(issue.rawValue!.split(separator: "(").last!.dropLast()) \(issue.field!.split(separator: ".").last!)"
        })
    }

    @Test func realInputOverlapsAreWarningsAndMatchTheRegions() throws {
        let findings = RealInput.issues(.coverageOverlap)
        #expect(!findings.isEmpty)
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(Self.found(RealInput.dataset) == Self.expected(RealInput.dataset.regions))
        let zaltbommel = try #require(findings.first { $0.rawValue == "Zaltbommel (GM0297)" && $0.field == "coverage.po" })
        #expect(zaltbommel.resultValue?.split(separator: "|").count == 3)
        #expect(zaltbommel.message.hasPrefix("Zaltbommel (Gelderland) is covered for po by 3 regions: "))
        #expect(zaltbommel.location?.line ?? 0 > 0)
    }

    @Test func repeatsDuplicateIDsAndNationalRegionsAreNoOverlap() {
        var dataset = RealInput.dataset
        let a = dataset.regions.firstIndex { $0.scope == .municipalities && $0.sectors == [.po] }!
        var copy = dataset.regions[a]
        copy.municipalities += copy.municipalities  // listed twice in one region: no overlap by itself
        dataset.regions = [copy]
        dataset.coverage = nil  // the regions changed: the check computes the coverage anew
        var national = copy
        national.id = "national"
        national.scope = .national
        dataset.regions.append(national)
        var sameID = copy
        sameID.source.line += 1
        dataset.regions.append(sameID)  // the same id again: region.duplicate_id's business, not an overlap
        dataset.log = IssueLog()
        CheckOverlaps().apply(to: &dataset, context: StepContext(reference: RealInput.reference))
        #expect(Self.found(dataset).isEmpty)
        var other = copy
        other.id = "other"
        other.sectors = [.po, .vo]
        dataset.regions.append(other)
        dataset.log = IssueLog()
        CheckOverlaps().apply(to: &dataset, context: StepContext(reference: RealInput.reference))
        #expect(Self.found(dataset).count == Set(copy.municipalities.map(\.municipality.code)).count)
        #expect(Self.found(dataset).allSatisfy { $0.hasSuffix(" po") })
    }

    /// An archive covers a municipality thousands of times: the finding names ten regions and
    /// lists `idsListed` ids; `municipalities.csv` has them all.
    @Test func aFindingOfAnArchiveStaysBounded() throws {
        var dataset = RealInput.dataset
        let amsterdam = dataset.regions.first { $0.id == "amsterdamse-onderwijsregio" }!
        dataset.regions = (0..<80).map { copy in var r = amsterdam; r.id += "-\(copy)"; return r }
        dataset.coverage = nil
        dataset.log = IssueLog()
        CheckOverlaps().apply(to: &dataset, context: StepContext(reference: RealInput.reference))
        let finding = try #require(dataset.issues.first { $0.rawValue == "Amsterdam (GM0363)" && $0.field == "coverage.po" })
        #expect(finding.resultValue?.split(separator: "|").count == CheckOverlaps.idsListed)
        #expect(finding.message.hasSuffix("70 more (all in municipalities.csv)."))
    }

    /// Each finding's result and message, as composed from the regions directly with string
    /// interpolation and `joined(separator:)`: the real input and an archive of 80 copies whose ids
    /// carry non-ASCII letters.
    @Test func findingsReadAsComposedFromTheRegions() throws {
        var archive = RealInput.dataset
        let amsterdam = archive.regions.first { $0.id == "amsterdamse-onderwijsregio" }!
        archive.regions = (0..<80).map { copy in var r = amsterdam; r.id += "-ü\(copy)"; return r } + archive.regions
        archive.coverage = nil
        archive.log = IssueLog()
        CheckOverlaps(splitFrom: 2).apply(to: &archive, context: StepContext(reference: RealInput.reference))
        for dataset in [RealInput.dataset, archive] {
            let findings = dataset.issues.filter { $0.code == IssueCode.coverageOverlap.rawValue }
            #expect(findings.count > 10)
            for finding in findings {
                let m = try #require(RealInput.reference.municipalities.first { "\($0.name) (\($0.code))" == finding.rawValue })
                let sector = try #require(Sector(rawValue: String(finding.field!.dropFirst("coverage.".count))))
                var seen = Set<String>()
                let entries = dataset.regions.filter { r in
                    r.scope != .national && r.sectors.contains(sector) && r.municipalities.contains { $0.municipality.code == m.code }
                        && seen.insert(r.id).inserted
                }
                func line(_ r: Region) -> Int { r.municipalities.first { $0.municipality.code == m.code }!.line }
                var named = entries.prefix(10).map { "\($0.id) (line \(line($0)))" }
                if entries.count > 10 { named.append("\(entries.count - 10) more (all in municipalities.csv)") }
                #expect(finding.resultValue == entries.prefix(50).map(\.id).joined(separator: "|"))
                #expect(finding.message == "\(m.name) (\(m.provinceName)) is covered for \(sector.rawValue) by \(entries.count) regions: \(named.joined(separator: ", ")).")
                #expect(finding.location?.line == line(entries[1]))
            }
        }
    }
}
