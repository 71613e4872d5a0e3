/// The stages of a build, reported to `BuildConfiguration.progress` as each one starts.
public enum BuildStage: Int, CaseIterable, Sendable {
    case readingReference = 1
    case readingPublication
    case normalising
    case resolvingMentions
    case rendering
    case publishing

    /// A few words for a progress line.
    public var label: String {
        switch self {
        case .readingReference: "reading reference data"
        case .readingPublication: "reading the publication"
        case .normalising: "extracting cards, normalising, validating"
        case .resolvingMentions: "resolving voorlopers and case mentions"
        case .rendering: "rendering outputs"
        case .publishing: "writing the output folder"
        }
    }
}
