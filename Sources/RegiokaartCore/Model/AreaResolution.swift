/// The state of one area entry as the steps work on it.
enum AreaResolution: Hashable, Sendable {
    /// Not looked at yet.
    case pending
    /// Tied to one municipality: its number, the position of its code in the reference list
    /// (`ReferenceData.municipalities`; a code listed twice, by its first), so that the steps after
    /// the match count and collect entries by number rather than by hashing codes.
    case municipality(number: Int, match: MatchKind)
    /// The entry names a province.
    case province(code: String)
    /// Several municipalities fit equally well; geography may decide.
    case ambiguous(codes: [String], match: MatchKind)
    /// No municipality fits.
    case unmatched
    /// A repeat of an earlier entry in the same list; dropped.
    case repeated
    /// Merged into the previous entry (the second half of a split name).
    case mergedIntoPrevious

    /// True for an entry that could not be placed (unmatched or undecidable).
    var isUnresolved: Bool {
        switch self {
        case .unmatched, .ambiguous: true
        default: false
        }
    }
}
