import Foundation

/// Recognises the label printed under a figure ("Aantal leerlingen/ studenten", "Aangesloten opleiders", …).
///
/// A table of keyword sets: a label is the figure whose every keyword occurs in the folded label text.
/// Add a row when the publication words a label differently.
enum FigureLabel {
    static let table: [(kind: FigureKind, keywords: [String])] = [
        (.students, ["leerling"]),
        (.students, ["student"]),
        (.schoolBoardsPO, ["schoolbesturen", "(po)"]),
        (.schoolBoardsVO, ["schoolbesturen", "(vo)"]),
        (.schoolBoardsPO, ["schoolbesturenpo"]),
        (.schoolBoardsVO, ["schoolbesturenvo"]),
        (.schoolBoardsPO, ["schoolbesturen", "primair"]),
        (.schoolBoardsVO, ["schoolbesturen", "voortgezet"]),
        (.mboInstitutions, ["mbo", "instelling"]),
        (.teacherTrainingInstitutions, ["opleiders"]),
        (.teacherTrainingInstitutions, ["lerarenopleiding"]),
    ]

    /// The figure whose every keyword the label holds, opener or not (what `kind(of:)` asks once
    /// the label opens with "Aantal" or "Aangesloten").
    static func keywordKind(of label: String) -> FigureKind? {
        // Any Unicode space (a no-break space between "leerlingen/" and "studenten") counts as a space.
        let squeezed = String(String.UnicodeScalarView(label.lowercased().unicodeScalars.filter {
            $0 != "-" && !$0.properties.isWhitespace
        }))
        return exactKind(squeezed)
    }

    /// The figure a label names, or nil. Labels must start with "Aantal" or "Aangesloten",
    /// so that running text mentioning students is not mistaken for a label.
    static func kind(of label: String) -> FigureKind? {
        guard ASCIIFastPath.lowercasedHasPrefix(label, "aantal") || ASCIIFastPath.lowercasedHasPrefix(label, "aangesloten") else {
            return nil
        }
        if ASCIIFastPath.isASCII(label) {
            // ASCII labels (all of them in practice): lower-cased, spaces and hyphens dropped, searched on bytes.
            var keywords = Keywords()
            var label = label
            label.withUTF8 { keywords.append($0) }
            return keywords.kind
        }
        return keywordKind(of: label)
    }
}
