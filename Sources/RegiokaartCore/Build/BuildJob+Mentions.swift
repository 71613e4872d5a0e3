import Foundation

extension BuildJob {
    /// The dataset with its region mentions resolved: the cards, the theme pages in front of them and
    /// the voorlopers article extracted; then `Pipeline.standard`; then `Pipeline.mentions` with the
    /// region alias table of `configuration`; then the steward's acknowledgements (`AcknowledgeFindings`).
    ///
    /// An absent article is unusable input when it was named (`requireVoorlopers`); the default one
    /// may be absent (reported as `voorloper.article_missing`). A malformed alias or acknowledgements
    /// table is unusable input.
    static func datasetWithMentions(from document: consuming SourceDocument, reference: ReferenceData,
                                    configuration: BuildConfiguration) throws(InputError) -> Dataset {
        try datasetWithMentions(from: document, configuration: configuration) { StepContext(reference: reference) }
    }

    /// `datasetWithMentions(from:reference:configuration:)` with the steps' context asked of `context`
    /// once the documents are extracted.
    static func datasetWithMentions(from document: consuming SourceDocument, configuration: BuildConfiguration,
                                    dropsStepState: Bool = false,
                                    context: () throws(InputError) -> StepContext) throws(InputError) -> Dataset {
        try datasetWithMentions(from: PublicationReader.extract(document), configuration: configuration,
                                dropsStepState: dropsStepState, context: context)
    }

    /// `datasetWithMentions(from:configuration:dropsStepState:context:)` of the cards and theme pages
    /// `PublicationReader` extracted, with the steps' context asked of `context` once the documents
    /// are extracted (`BuildJob.run` has it made on the other core meanwhile). With `dropsStepState`,
    /// what only the steps up to the area lists read (`Region.dropStepState()`) goes region by region
    /// in the last of them, before the checks and the mentions add theirs.
    ///
    /// `readingArticle` gives the voorlopers article as extracted (`readArticle(configuration)` when
    /// not given: `BuildJob.run` has it made on another thread meanwhile); asked once the cards are.
    static func datasetWithMentions(from extracted: consuming ExtractedPublication, configuration: BuildConfiguration,
                                    dropsStepState: Bool = false,
                                    readingArticle: (() throws(InputError) -> VoorloperArticle?)? = nil,
                                    context: () throws(InputError) -> StepContext) throws(InputError) -> Dataset {
        let article: VoorloperArticle?
        if let readingArticle { article = try readingArticle() } else { article = try readArticle(configuration) }
        var aliases = RegionAliasTable([])
        if let path = configuration.regionAliasesPath { aliases = try RegionAliasTable.load(path: path, optional: true) }
        var acknowledgements = AcknowledgementTable([])
        if let path = configuration.acknowledgementsPath {
            acknowledgements = try AcknowledgementTable.load(path: path, optional: true)
        }
        let publication = try requireCards(extracted)
        let themePages = publication.themePages
        // Consumed: a copy held to the end would keep every card's first area list beside the steps' own.
        var dataset = Dataset(consume publication, article: article, themePages: themePages)
        let context = try context()
        if dropsStepState {
            // `Pipeline.standard` in its parts (`StandardPipelineTests` holds them to it).
            Pipeline.names.apply(to: &dataset, context: context)
            Pipeline.area(droppingStepState: true).apply(to: &dataset, context: context)
            MemoryRelease.returnFreedPages()
            Pipeline.validate.apply(to: &dataset, context: context)
        } else {
            Pipeline.standard.apply(to: &dataset, context: context)
        }
        MemoryRelease.returnFreedPages()
        configuration.progress?(.resolvingMentions)
        Pipeline.mentions(articlePath: configuration.voorlopersPath, aliases: aliases).apply(to: &dataset, context: context)
        // Last: the acknowledgements see every finding, with its region id.
        AcknowledgeFindings(acknowledgements).apply(to: &dataset, context: context)
        return dataset
    }

    /// The voorlopers article of `configuration`, read and extracted; nil when the default one is
    /// absent (reported by the mention steps). An absent article that was named is unusable input.
    static func readArticle(_ configuration: BuildConfiguration) throws(InputError) -> VoorloperArticle? {
        guard configuration.requireVoorlopers || FileManager.default.fileExists(atPath: configuration.voorlopersPath) else {
            return nil
        }
        return VoorloperExtractor().extract(try DocumentReader.read(path: configuration.voorlopersPath))
    }
}
