import Foundation

/// What one build came to, as the `runs` table records it.
public enum RunOutcome: Sendable {
    /// The build finished: published, or rejected by error-level findings (`result.published` tells).
    case finished(BuildResult)
    /// The build stopped on unusable input or an unwritable output (exit 2 or 4).
    case failed(InputError)

    /// The `runs.status` value: `published`, `rejected` or `failed`.
    var status: String {
        switch self {
        case .finished(let result): result.published ? "published" : "rejected"
        case .failed: "failed"
        }
    }
}
