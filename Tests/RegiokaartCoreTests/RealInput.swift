import Foundation
@testable import RegiokaartCore

/// The real inputs in `Input/`, read once per test process.
enum RealInput {
    /// The package root (this file is Tests/RegiokaartCoreTests/RealInput.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func reference() throws -> ReferenceData {
        try ReferenceLoader.load(directory: path("Input/reference"), aliasesPath: path("Input/corrections/municipality-aliases.csv"))
    }

    /// The dataset built from the real publication, named as the build names it.
    static func dataset() throws -> Dataset {
        let bytes = try DocumentReader.readBytes(path: path(BuildConfiguration.defaultPublication), displayName: BuildConfiguration.defaultPublication)
        let document = try DocumentReader.read(bytes, name: BuildConfiguration.defaultPublication)
        return try BuildJob.dataset(from: document, reference: try reference())
    }
}
