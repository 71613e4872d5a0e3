import Foundation
@testable import RegiokaartCore

/// Paths and shared data for the HTML tests: the repository's own inputs and the HTML fixtures.
enum HTMLTestSupport {
    /// The repository root, found from this file's location.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The absolute path of `relative`, a path inside the repository.
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The absolute path of an HTML fixture page.
    static func page(_ file: String) -> String { path("Tests/RegiokaartCoreTests/Fixtures/html/\(file)") }

    /// The vendored reference data with the steward's aliases.
    static let reference: ReferenceData = {
        try! ReferenceLoader.load(directory: path(BuildConfiguration.defaultReference),
                                  aliasesPath: path(BuildConfiguration.defaultAliases))
    }()

    /// The dataset of the text path: the seed publication through the standard pipeline.
    static let textDataset: Dataset = {
        let document = try! DocumentReader.read(path: path(BuildConfiguration.defaultPublication),
                                                displayName: BuildConfiguration.defaultPublication)
        return try! BuildJob.dataset(from: document, reference: reference)
    }()
}
