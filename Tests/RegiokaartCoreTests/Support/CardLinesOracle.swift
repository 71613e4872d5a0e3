@testable import RegiokaartCore
import Foundation

/// What `CardLines` must hold, made the plain way: each line of the document that is not blank and
/// not longer than `limit` bytes, trimmed of spaces and tabs, with its line number.
enum CardLinesOracle {
    /// The trimmed non-blank lines of `document` of at most `limit` bytes, with their numbers.
    static func lines(of document: SourceDocument, limit: Int = 65_536) -> [(text: String, number: Int)] {
        document.lines.compactMap { line -> (String, Int)? in
            guard line.text.utf8.count <= limit else { return nil }
            let trimmed = line.text.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : (trimmed, line.number)
        }
    }
}
