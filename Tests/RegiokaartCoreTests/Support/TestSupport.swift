import Foundation
@testable import RegiokaartCore

/// Paths and shared data for the tests: the real inputs of the repository.
enum Fixture {
    /// The repository root, found from this file's location.
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static let publicationPath = path(BuildConfiguration.defaultPublication)

    /// The vendored reference data with the steward's aliases.
    static let reference: ReferenceData = {
        try! ReferenceLoader.load(directory: path(BuildConfiguration.defaultReference),
                                  aliasesPath: path(BuildConfiguration.defaultAliases))
    }()

    /// The seed publication as numbered lines, named as reports name it.
    static let publication: SourceDocument = {
        try! DocumentReader.read(path: publicationPath, displayName: BuildConfiguration.defaultPublication)
    }()

    /// The full pipeline's result on the seed publication.
    static let seed: Dataset = { try! BuildJob.dataset(from: publication, reference: reference) }()

    /// A document made from literal text, one element per line.
    static func document(_ text: String, name: String = "test.txt") -> SourceDocument {
        try! TextDocumentReader.read(Array(text.utf8), name: name)
    }

    /// Runs the standard pipeline on `text`.
    static func dataset(_ text: String) throws(InputError) -> Dataset {
        try BuildJob.dataset(from: document(text), reference: reference)
    }

    /// Cards whose areas hold what the area steps report: repeats, unknown names, a name split over
    /// two lines, provinces, an empty list, no list, the whole country, one municipality spelt four ways.
    static var hostileAreaCards: [String] {
        [
            card(name: "Noord (po)", area: ["- Alkmaar", "- Bergen", "- Atlantis", "- Heiloo", "- Alkmaar", "- Heiloo"]),
            card(name: "Zuid (vo/mbo)", area: ["- Gennep", "- Bergen", "- Venray", "Hardinxveld-Giessen-", "dam", "- Utopia"]),
            card(name: "Alleen", area: ["- Bergen", "- Groningen", "- Friesland", "- Drenthe", "- ???", "- Bergen"]),
            card(name: "Leeg (mbo)", area: []),
            card(name: "Zonder gebied", area: nil),
            card(name: "Land (po/vo/mbo)", area: ["- Heel Nederland"]),
            card(name: "Utrecht", area: ["- Provincie Utrecht", "- Nergenshuizen", "- utrecht", "- Ütrecht"]),
        ]
    }

    /// One card in the publication's text layout.
    static func card(name: String, figures: [String] = ["12.345", "3", "0", "0", "1"], area: [String]?,
                     story: [String] = [], closed: Bool = true) -> String {
        let labels = ["Aantal\nleerlingen/\nstudenten", "Aantal\naangesloten\nschoolbesturen\n(po)",
                      "Aantal\naangesloten\nschoolbesturen\n(vo)", "Aantal\naangesloten\nmbo-\ninstellingen",
                      "Aangesloten\nopleiders"]
        var text = "\(name)\n\n"
        for (value, label) in zip(figures, labels) { text += "\(value)\n\n\(label)\n\n" }
        if let area { text += "Verzorgingsgebied\n\n" + area.joined(separator: "\n") + "\n\n" }
        if !story.isEmpty { text += story.joined(separator: "\n\n") + "\n\n" }
        if closed { text += "[TERUG NAAR PO KAART >](#)\n\n[TERUG NAAR VO KAART >](#)\n\n[TERUG NAAR MBO KAART >](#)\n\n" }
        return text
    }
}

extension Dataset {
    /// The region with `id`.
    func region(_ id: String) -> Region? { regions.first { $0.id == id } }

    /// Findings with `code`.
    func issues(_ code: IssueCode) -> [Issue] { issues.filter { $0.code == code.rawValue } }
}

extension Region {
    /// The CBS names of the region's municipalities.
    var municipalityNames: [String] { municipalities.map(\.municipality.name) }
}
