import Foundation
@testable import RegiokaartCore

/// The embedded inputs in `Input/`, read once and built into a dataset with its mentions resolved.
enum RealInput {
    /// The package root (see `Fixture.root`).
    static var root: String { Fixture.root.path }

    static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// The configuration of a default build, with absolute paths.
    static var configuration: BuildConfiguration {
        var configuration = BuildConfiguration(publicationPath: path(BuildConfiguration.defaultPublication),
                                               referenceDirectory: path(BuildConfiguration.defaultReference),
                                               aliasesPath: path(BuildConfiguration.defaultAliases),
                                               outputDirectory: NSTemporaryDirectory() + "regiokaart-unused")
        configuration.voorlopersPath = path(BuildConfiguration.defaultVoorlopers)
        configuration.regionAliasesPath = path(BuildConfiguration.defaultRegionAliases)
        return configuration
    }

    static var reference: ReferenceData { Fixture.reference }

    static let publication: SourceDocument = try! DocumentReader.read(path: configuration.publicationPath)

    /// The dataset of a default build (cards, pipeline, mentions).
    static let dataset: Dataset = try! BuildJob.datasetWithMentions(from: publication, reference: reference,
                                                                    configuration: configuration)

    /// The issues of the default build with a given code.
    static func issues(_ code: IssueCode) -> [Issue] { dataset.issues.filter { $0.code == code.rawValue } }
}
