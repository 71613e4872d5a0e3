import Foundation

/// What the extractor read from a publication: its region cards and its own claims about itself.
struct ExtractedPublication: Sendable {
    /// The document's name as reports show it.
    var source: String
    /// One region per card, in document order, with raw names, figures and area lists.
    var regions: [Region]
    /// Every "N onderwijsregio's" the text states, with where.
    var countClaims: [Located<Int>]
    /// What the extractor reported (cards cut off, figures that are not numbers, skipped lines).
    var issues: IssueLog
    /// The theme pages in front of the cards, when read with them (`PublicationReader`).
    var themePages: ThemePages? = nil
}
