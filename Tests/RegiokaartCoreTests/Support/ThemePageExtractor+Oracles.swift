@testable import RegiokaartCore

extension ThemePageExtractor {
    /// `mayHoldThemeCountClaim` as the two byte searches it stands for: the oracle its apostrophe-first
    /// search is compared with.
    static func slowMayHoldThemeCountClaim(_ text: String) -> Bool {
        ASCIIFastPath.mayContainLowercased(text, "thema's") || ASCIIFastPath.mayContainLowercased(text, "thema’s")
    }
}
