import Foundation
import Testing
@testable import RegiokaartCore

/// The card and area tables are written while the mention steps run (`SettledTables`): they must be
/// the bytes the finished dataset gives, and a run that ends rejected must leave nothing of them.
@Suite struct SettledTablesTests {
    /// The dataset as `areasSettled` sees it and as the run finishes, for `configuration`.
    func datasets(_ configuration: BuildConfiguration) throws -> (settled: Dataset, final: Dataset) {
        var settled: Dataset?
        let final = try BuildJob.datasetWithMentions(from: RealInput.publication, configuration: configuration,
                                                     context: { StepContext(reference: RealInput.reference) },
                                                     areasSettled: { settled = $0 })
        return (try #require(settled), final)
    }

    /// A configuration whose mention steps have much to do: the real inputs, plus alias rows that
    /// resolve, that point nowhere, and one scoped to a card.
    func busyMentions() throws -> BuildConfiguration {
        let folder = try TestSupport.temporaryFolder()
        let aliases = folder.appendingPathComponent("aliases.csv")
        let original = try String(contentsOfFile: RealInput.configuration.regionAliasesPath!, encoding: .utf8)
        try (original + "Zeeland,zeeuwse-onderwijsregio-zor,test\nNergens,no-such-region,test\n")
            .write(to: aliases, atomically: true, encoding: .utf8)
        var configuration = RealInput.configuration
        configuration.regionAliasesPath = aliases.path
        return configuration
    }

    @Test(arguments: [false, true])
    func theCardAndAreaTablesAreFinalOnceTheStandardPipelineHasRun(busy: Bool) throws {
        let configuration = busy ? try busyMentions() : RealInput.configuration
        let (settled, final) = try datasets(configuration)
        #expect(final.log.issues().count > settled.log.issues().count, "the mention steps ran")
        for forms in CSVOutputForms.allCases {
            let assembler = OutputAssembler(reference: RealInput.reference, forms: forms)
            let ahead = assembler.cardAndAreaFiles(settled)
            let published = try assembler.files(final, published: true)
            #expect(ahead.count == 3 * forms.layouts.count)
            for file in ahead {
                let same = try #require(published.first { $0.name == file.name }, "\(file.name) is not published")
                let identical = file.bytes == same.bytes  // a Bool: a failure names the file, not its bytes
                #expect(identical, "\(file.name) changed after the standard pipeline (\(forms))")
            }
        }
    }

    @Test func aRunRejectedByTheMentionStepsLeavesThePreviousOutputAndNoStagingFolder() throws {
        let folder = try TestSupport.temporaryFolder()
        let output = try TestSupport.previousOutput(in: folder)
        let before = TestSupport.snapshot(output)
        let aliases = folder.appendingPathComponent("aliases.csv")
        try "mention,region_id,note\nNoord-Holland Noord,hollands-noorden-oud,renamed\n"
            .write(to: aliases, atomically: true, encoding: .utf8)
        var configuration = RealInput.configuration
        configuration.outputDirectory = output.path
        configuration.regionAliasesPath = aliases.path
        let result = try BuildJob.run(configuration)
        #expect(!result.published)
        #expect(TestSupport.snapshot(output) == before)
        #expect(TestSupport.leftovers(beside: output).isEmpty)
        // The rejected run's folder holds its report alone, none of the tables written ahead.
        let failed = TestSupport.snapshot(folder.appendingPathComponent("Output.failed"))
        #expect(failed["/issues.csv"] != nil)
        #expect(failed.keys.filter { $0.hasSuffix("region_municipalities.csv") || $0.hasSuffix("/regions.csv") }.isEmpty)
    }

    @Test func aPublishedRunWritesEveryFileOnce() throws {
        let folder = try TestSupport.temporaryFolder()
        var configuration = RealInput.configuration
        configuration.outputDirectory = folder.appendingPathComponent("Output").path
        let result = try BuildJob.run(configuration)
        #expect(result.published)
        let written = TestSupport.snapshot(URL(fileURLWithPath: configuration.outputDirectory))
        #expect(written.keys.sorted() == result.files.map { "/" + $0 }.sorted())
        let assembler = OutputAssembler(reference: RealInput.reference, forms: configuration.csvForms)
        for file in assembler.cardAndAreaFiles(result.dataset) {
            let identical = written["/" + file.name] == Data(file.bytes)
            #expect(identical, "\(file.name) differs from the finished dataset's")
        }
        #expect(TestSupport.leftovers(beside: URL(fileURLWithPath: configuration.outputDirectory)).isEmpty)
    }
}
