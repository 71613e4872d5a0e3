import Foundation
import Testing
@testable import RegiokaartCore

/// The build lets go of the area entries and the name lines right after `Pipeline.area`
/// (`BuildJob.datasetWithMentions(…, dropsStepState: true)`), not after every step: the checks, the
/// mentions and the acknowledgements read neither, so the findings and every output are those of
/// the run that keeps them to the end, on the real input and on cards with every kind of entry.
@Suite struct StepStateDropTests {
    /// The dataset of `document` built whole and built with the early drop.
    static func both(_ document: SourceDocument, _ configuration: BuildConfiguration) throws -> (whole: Dataset, early: Dataset) {
        let whole = try BuildJob.datasetWithMentions(from: document, configuration: configuration) {
            StepContext(reference: Fixture.reference)
        }
        let early = try BuildJob.datasetWithMentions(from: document, configuration: configuration, dropsStepState: true) {
            StepContext(reference: Fixture.reference)
        }
        return (whole, early)
    }

    static func expectSame(_ whole: Dataset, _ early: Dataset, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        #expect(early.regions.allSatisfy { $0.area.allSatisfy(\.resolution.isUnresolved) && $0.nameLines.isEmpty },
                sourceLocation: sourceLocation)
        #expect(whole.regions.contains { $0.area.contains { !$0.resolution.isUnresolved } }, sourceLocation: sourceLocation)
        #expect(early.issues == whole.issues, sourceLocation: sourceLocation)
        #expect(early.regions.map(\.aliases) == whole.regions.map(\.aliases), sourceLocation: sourceLocation)
        for published in [true, false] {
            let a = try WritingStateTests.outputs(whole, published: published)
            let b = try WritingStateTests.outputs(early, published: published)
            #expect(a.keys.sorted() == b.keys.sorted(), sourceLocation: sourceLocation)
            for (name, bytes) in a {
                #expect(b[name] == bytes, "\(name) differs", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func theRealInputIsTheSame() throws {
        let (whole, early) = try Self.both(RealInput.publication, RealInput.configuration)
        #expect(!whole.mentions.voorlopers.isEmpty && whole.regions.contains { $0.voorloper != nil })
        try Self.expectSame(whole, early)
    }

    @Test func hostileCardsAreTheSame() throws {
        // The hostile areas, and a second card under the first one's name that carries a story.
        let text = (Fixture.hostileAreaCards + [
            Fixture.card(name: "Noord (po)", area: ["- Alkmaar", "- Heiloo"],
                         story: ["Thema: Samen opleiden", "Noord (po) en Zuid (vo/mbo) werken samen."]),
        ]).joined()
        let (whole, early) = try Self.both(Fixture.document(text), RealInput.configuration)
        #expect(whole.regions.flatMap(\.unresolvedNames).count >= 4)
        try Self.expectSame(whole, early)
    }

    /// The drop region by region in the last area step (`Pipeline.area(droppingStepState: true)`),
    /// with the regions split over the two cores and in one pass, leaves each region as the whole
    /// run's `Dataset.dropStepState()` does, with the same findings and the same outputs: on the real
    /// publication twice over and on the hostile cards.
    @Test func theDropRegionByRegionIsTheDropAfterTheSteps() throws {
        let text = try String(contentsOfFile: Fixture.publicationPath, encoding: .utf8)
        let texts = [text + "\n" + text, Fixture.hostileAreaCards.joined()]
        let context = StepContext(reference: Fixture.reference)
        var keptUnresolved = false
        for text in texts {
            let document = Fixture.document(text, name: "publication.txt")
            var after = try BuildJob.dataset(from: document, context: context, pipeline: Pipeline([Pipeline.names, Pipeline.area]))
            after.dropStepState()
            Pipeline.validate.apply(to: &after, context: context)
            keptUnresolved = keptUnresolved || after.regions.contains { !$0.area.isEmpty }
            for splitFrom in [2, Int.max] {
                let pipeline = Pipeline([Pipeline.names, Pipeline.area(droppingStepState: true), Pipeline.validate])
                let early = try BuildJob.dataset(from: document, context: context, pipeline: pipeline.splitting(from: splitFrom))
                #expect(early.regions.map(\.area) == after.regions.map(\.area), "split from \(splitFrom)")
                #expect(early.regions.allSatisfy { $0.nameLines.isEmpty }, "split from \(splitFrom)")
                #expect(early.regions.map(\.municipalities) == after.regions.map(\.municipalities), "split from \(splitFrom)")
                #expect(early.issues == after.issues, "split from \(splitFrom)")
                for published in [true, false] {
                    let a = try WritingStateTests.outputs(after, published: published)
                    let b = try WritingStateTests.outputs(early, published: published)
                    #expect(a.keys.sorted() == b.keys.sorted())
                    for (name, bytes) in a { #expect(b[name] == bytes, "\(name) differs, split from \(splitFrom)") }
                }
            }
        }
        // The hostile cards leave unresolved entries, which the drop keeps.
        #expect(keptUnresolved)
    }

    /// `Pipeline.standard` is its three parts in order, so that running them apart (as the build
    /// does, to drop between them) runs the same steps.
    @Test func theStandardPipelineIsItsParts() {
        func names(_ pipeline: Pipeline) -> [String] {
            pipeline.steps.flatMap { step in (step as? Pipeline).map(names) ?? [String(describing: type(of: step))] }
        }
        #expect(names(Pipeline.standard) == names(Pipeline.names) + names(Pipeline.area) + names(Pipeline.validate))
        #expect(!names(Pipeline.names).isEmpty && !names(Pipeline.validate).isEmpty)
    }
}
