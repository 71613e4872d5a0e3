import Foundation
import Testing
@testable import RegiokaartCore

/// Every input under `Fixtures/fuzz/` (the fuzzer's extra seeds, and each crash it ever found) goes
/// through the fuzz target's path — read, extract, pipeline, render — and must end in a dataset or a
/// typed `InputError`, never a crash.
@Suite struct FuzzRegressionTests {
    static let inputs: [String] = {
        let folder = TestSupport.fixtures("fuzz")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func thereAreInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs) func runsWithoutCrashing(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: TestSupport.fixtures("fuzz").appendingPathComponent(name)))
        let reference = try TestSupport.reference()
        do {
            let document = try DocumentReader.read(bytes, name: name)
            let dataset = try BuildJob.dataset(from: document, reference: reference)
            let renderer = DatasetRenderer(reference: reference)
            let files = try renderer.dataFiles(dataset) + renderer.reportFiles(dataset, published: true)
            #expect(Set(files.map(\.name)).isSuperset(of: ["regions.json", "regions.csv", "region_municipalities.csv", "municipalities.csv", "issues.csv", "issues.json", "report.md"]))
            #expect(files.allSatisfy { !$0.bytes.isEmpty })
        } catch let error as InputError {
            #expect(!error.message.isEmpty)
            #expect(error.location.file == name)
        }
    }
}
