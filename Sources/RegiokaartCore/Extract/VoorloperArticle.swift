import Foundation

/// What the voorlopers article holds: its bullets under their part-of-the-country headings, and its
/// own statements of how many voorlopers there are.
public struct VoorloperArticle: Sendable {
    /// The article's name as reports show it.
    public var source: String
    /// Every bullet, in article order, unresolved.
    public var voorlopers: [Voorloper]
    /// Every "27 voorlopers" the article states, with where.
    public var countClaims: [Located<Int>]
    /// Bullets before any heading, sector tags spelt unusually.
    public var issues: IssueLog
}
