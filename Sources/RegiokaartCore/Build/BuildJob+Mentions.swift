import Foundation

extension BuildJob {
    /// The dataset with its region mentions resolved: `dataset(from:reference:)`, then
    /// `Pipeline.mentions` on the voorlopers article and the region alias table of `configuration`,
    /// then the steward's acknowledgements (`AcknowledgeFindings`).
    ///
    /// An absent article is unusable input when it was named (`requireVoorlopers`); the default one
    /// may be absent (reported as `voorloper.article_missing`). A malformed alias or acknowledgements
    /// table is unusable input.
    public static func datasetWithMentions(from document: SourceDocument, reference: ReferenceData,
                                           configuration: BuildConfiguration) throws(InputError) -> Dataset {
        let article: SourceDocument?
        if configuration.requireVoorlopers || FileManager.default.fileExists(atPath: configuration.voorlopersPath) {
            article = try DocumentReader.read(path: configuration.voorlopersPath)
        } else {
            article = nil
        }
        var aliases = RegionAliasTable([])
        if let path = configuration.regionAliasesPath { aliases = try RegionAliasTable.load(path: path, optional: true) }
        var acknowledgements = AcknowledgementTable([])
        if let path = configuration.acknowledgementsPath {
            acknowledgements = try AcknowledgementTable.load(path: path, optional: true)
        }
        let context = StepContext(reference: reference)
        var dataset = try dataset(from: document, context: context)
        MemoryRelease.returnFreedPages()
        configuration.progress?(.resolvingMentions)
        Pipeline.mentions(publication: document, article: article, articlePath: configuration.voorlopersPath, aliases: aliases)
            .apply(to: &dataset, context: context)
        // Last: the acknowledgements see every finding, with its region id.
        AcknowledgeFindings(acknowledgements).apply(to: &dataset, context: context)
        return dataset
    }
}
