import Foundation
import Testing
@testable import RegiokaartCore

/// The resolve stage inside a whole build: options, bad alias tables, and the new output files.
@Suite struct MentionBuildTests {
    static func scratch() -> String {
        // A folder the test cannot make is a failure of the test's machine: stop loudly.
        try! TestSupport.temporaryFolder("mentions").path
    }

    static func write(_ text: String, to path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    @Test func aNamedArticleThatIsAbsentIsUnusableInput() {
        var configuration = RealInput.configuration
        configuration.outputDirectory = Self.scratch() + "/out"
        configuration.voorlopersPath = Self.scratch() + "/none.txt"
        configuration.requireVoorlopers = true
        #expect(throws: InputError.self) { try BuildJob.run(configuration) }
        do {
            _ = try BuildJob.run(configuration)
        } catch {
            #expect(error.kind == .missingFile)
            #expect(error.location.file.hasSuffix("none.txt"))
        }
        #expect(!FileManager.default.fileExists(atPath: configuration.outputDirectory))
    }

    /// The article is read on another thread while the publication is (`BuildJob.run`): its error
    /// still comes after the publication's, as when it was read after it.
    @Test func aPublicationErrorComesBeforeAnAbsentNamedArticle() {
        var configuration = RealInput.configuration
        configuration.outputDirectory = Self.scratch() + "/out"
        configuration.publicationPath = Self.scratch() + "/no-publication.txt"
        configuration.voorlopersPath = Self.scratch() + "/none.txt"
        configuration.requireVoorlopers = true
        do {
            _ = try BuildJob.run(configuration)
            Issue.record("a missing publication was read")
        } catch {
            #expect(error.kind == .missingFile)
            #expect(error.location.file.hasSuffix("no-publication.txt"))
        }
        #expect(!FileManager.default.fileExists(atPath: configuration.outputDirectory))
    }

    @Test func anAbsentDefaultArticleStillPublishesWithAWarning() throws {
        var configuration = RealInput.configuration
        configuration.outputDirectory = Self.scratch() + "/out"
        configuration.voorlopersPath = Self.scratch() + "/none.txt"
        let result = try BuildJob.run(configuration)
        #expect(result.published)
        #expect(result.dataset.issues.contains { $0.code == "voorloper.article_missing" && $0.severity == .warning })
        let csv = try String(contentsOfFile: configuration.outputDirectory + "/voorlopers.csv", encoding: .utf8)
        #expect(csv == DataTable.voorlopers.columns.joined(separator: ",") + "\r\n")
    }

    @Test func anAliasToAnUnknownRegionBlocksPublication() throws {
        let dir = Self.scratch()
        var configuration = RealInput.configuration
        configuration.outputDirectory = dir + "/out"
        configuration.regionAliasesPath = dir + "/aliases.csv"
        Self.write("mention,region_id,note\nNoord-Holland Noord,hollands-noorden-oud,renamed\n", to: dir + "/aliases.csv")
        let result = try BuildJob.run(configuration)
        #expect(!result.published)
        let errors = result.dataset.issues.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["mention.alias_unknown_region"])
        #expect(errors.first?.location == SourceLocation(file: dir + "/aliases.csv", line: 2))
        #expect(!FileManager.default.fileExists(atPath: configuration.outputDirectory))
        // The mention that used the stale row is unresolved, not guessed.
        let voorloper = result.dataset.mentions.voorlopers.first { $0.mention.name == "Noord-Holland Noord" }
        #expect(voorloper?.resolution?.regionID == nil)
    }

    @Test func anAliasNoMentionNeedsIsReported() throws {
        let dir = Self.scratch()
        var configuration = RealInput.configuration
        configuration.outputDirectory = dir + "/out"
        configuration.regionAliasesPath = dir + "/aliases.csv"
        Self.write("mention,region_id,note\nNoord-Holland Noord (vo/mbo),onderwijsregio-hollands-noorden,used\n"
                   + "Kop van Noord-Holland,noorderwijs,no mention says this\n", to: dir + "/aliases.csv")
        let result = try BuildJob.run(configuration)
        #expect(result.published)
        let unused = result.dataset.issues.filter { $0.code == IssueCode.mentionAliasUnused.rawValue }
        #expect(unused.map(\.rawValue) == ["Kop van Noord-Holland"])
        #expect(unused.first?.location == SourceLocation(file: dir + "/aliases.csv", line: 3))
        #expect(unused.first?.severity == .warning)
    }

    @Test func aMalformedAliasTableIsUnusableInput() {
        let dir = Self.scratch()
        var configuration = RealInput.configuration
        configuration.outputDirectory = dir + "/out"
        configuration.regionAliasesPath = dir + "/aliases.csv"
        Self.write("mention,region\nZeeland,zeeuwse-onderwijsregio-zor\n", to: dir + "/aliases.csv")
        #expect(throws: InputError(.malformed, file: dir + "/aliases.csv", line: 1,
                                   "lacks the column 'region_id' (header: mention,region)")) { try BuildJob.run(configuration) }
        Self.write("mention,region_id,note\nZeeland,zeeuwse-onderwijsregio-zor,\nzeeland,progressus,\n", to: dir + "/aliases.csv")
        #expect(throws: InputError(.malformed, file: dir + "/aliases.csv", line: 3,
                                   "repeats the mention \"zeeland\" of line 2")) { try BuildJob.run(configuration) }
    }

    @Test func theNewOutputsListEveryVoorloperAndEveryStory() throws {
        let renderer = DatasetRenderer(reference: RealInput.reference)
        let files = try renderer.dataFiles(RealInput.dataset)
        let byName = Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
        let voorlopers = try #require(byName["voorlopers.csv"]).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(voorlopers.count == 28)
        #expect(voorlopers.contains { $0.hasPrefix("Landelijk,Scope (christelijk po),Scope,(christelijk po),po,,,geography,\"fits several regions equally") })
        let cases = try #require(byName["cases.csv"]).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(cases.count == 14)
        let json = try JSONSerialization.jsonObject(with: Data(try #require(byName["cases.json"]).utf8)) as? [String: Any]
        #expect(json?["theme_count"] as? Int == 6)
        #expect((json?["cases"] as? [Any])?.count == 13)
        let regions = try JSONSerialization.jsonObject(with: Data(try #require(byName["regions.json"]).utf8)) as? [String: Any]
        let records = try #require(regions?["regions"] as? [[String: Any]])
        let zeeland = try #require(records.first { $0["id"] as? String == "zeeuwse-onderwijsregio-zor" })
        let voorloper = try #require(zeeland["voorloper"] as? [String: Any])
        #expect(voorloper["landsdeel"] as? String == "West-Nederland")
        #expect(voorloper["name_as_listed"] as? String == "Zeeland (po/vo/mbo)")
        #expect(voorloper["sectors_as_listed"] as? String == "(po/vo/mbo)")
        #expect(voorloper["confidence"] as? String == "probable")
        let aliases = try #require(zeeland["aliases"] as? [[String: Any]])
        #expect(aliases.map { $0["name"] as? String } == ["Zeeuwse Onderwijsregio (ZOR)", "Zeeland (po/vo/mbo)", "Zeeland"])
        #expect(records.filter { $0["voorloper"] != nil }.count == 23)
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let renderer = DatasetRenderer(reference: RealInput.reference)
        let again = try BuildJob.datasetWithMentions(from: RealInput.publication, reference: RealInput.reference,
                                                     configuration: RealInput.configuration)
        #expect(try renderer.dataFiles(RealInput.dataset) == renderer.dataFiles(again))
    }
}
