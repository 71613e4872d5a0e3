import Foundation
import Testing
@testable import RegiokaartCore

/// `Dataset.dropStepState()`, which `BuildJob.run` applies before the outputs are written, changes
/// no byte of any output: every file rendered from the dropped dataset equals the one rendered from
/// the whole dataset, on the real input and on cards whose areas hold every kind of entry.
@Suite struct WritingStateTests {
    static let geometry = try! MapGeometry.load(directory: RealInput.path(BuildConfiguration.defaultReference))

    /// Every output file of `dataset`, by name, published or not.
    static func outputs(_ dataset: Dataset, published: Bool) throws -> [String: [UInt8]] {
        let files = try OutputAssembler(reference: Fixture.reference, forms: .both, geometry: geometry)
            .files(dataset, published: published)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.bytes) })
    }

    static func expectSameOutputs(_ dataset: Dataset, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        var dropped = dataset
        dropped.dropStepState()
        #expect(dropped.regions.allSatisfy { $0.area.allSatisfy(\.resolution.isUnresolved) && $0.nameLines.isEmpty },
                sourceLocation: sourceLocation)
        for published in [true, false] {
            let whole = try outputs(dataset, published: published), kept = try outputs(dropped, published: published)
            #expect(whole.keys.sorted() == kept.keys.sorted(), sourceLocation: sourceLocation)
            for (name, bytes) in whole {
                #expect(kept[name] == bytes, "\(name) differs", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func theRealInputsOutputsStayTheSame() throws {
        try Self.expectSameOutputs(RealInput.dataset)
    }

    @Test func hostileAreasOutputsStayTheSame() throws {
        let text = Fixture.hostileAreaCards.joined()
        let dataset = try Fixture.dataset(text)
        let unresolved = dataset.regions.flatMap(\.unresolvedNames).map(\.value)
        // The cards hold unresolved names (unmatched and undecided) next to placed and dropped ones.
        #expect(unresolved.contains("Atlantis") && unresolved.contains("Bergen") && unresolved.count >= 4, "\(unresolved)")
        #expect(dataset.regions.contains { $0.area.contains { !$0.resolution.isUnresolved } })
        try Self.expectSameOutputs(dataset)
    }
}
