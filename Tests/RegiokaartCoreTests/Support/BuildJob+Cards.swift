@testable import RegiokaartCore

/// The tests' way to a dataset of cards alone, through any pipeline: the build itself always reads
/// the theme pages and the voorlopers too (`BuildJob.datasetWithMentions`).
extension BuildJob {
    /// The cards of `document`; throws when it holds no region card at all.
    static func cards(of document: SourceDocument) throws(InputError) -> ExtractedPublication {
        try requireCards(PublicationExtractor().extract(document))
    }

    /// The dataset for one publication: its cards, then `pipeline` (the standard one unless given):
    /// no theme pages, no voorlopers. Throws when the document holds no region card at all.
    static func dataset(from document: SourceDocument, reference: ReferenceData,
                        pipeline: Pipeline = .standard) throws(InputError) -> Dataset {
        try dataset(from: document, context: StepContext(reference: reference), pipeline: pipeline)
    }

    /// `dataset(from:reference:pipeline:)` with a context the caller built (and may use again:
    /// its matcher indexes the reference data once).
    static func dataset(from document: SourceDocument, context: StepContext,
                        pipeline: Pipeline = .standard) throws(InputError) -> Dataset {
        var dataset = Dataset(try cards(of: document))
        pipeline.apply(to: &dataset, context: context)
        return dataset
    }
}
