/// The stages of a build, reported to `BuildConfiguration.progress` as each one starts.
public enum BuildStage: Int, CaseIterable, Sendable {
    case readingPublication = 1
    case extracting
    case readingReference
    case normalising
    case resolvingMentions
    case rendering
    case publishing

    /// A few words for a progress line.
    public var label: String {
        switch self {
        case .readingPublication: "reading the publication"
        case .extracting: "extracting the cards, theme pages and article"
        case .readingReference: "reading reference data (beside the publication: the wait for it)"
        case .normalising: "normalising, validating"
        case .resolvingMentions: "resolving voorlopers and case mentions"
        case .rendering: "rendering outputs"
        case .publishing: "writing the output folder"
        }
    }
}
