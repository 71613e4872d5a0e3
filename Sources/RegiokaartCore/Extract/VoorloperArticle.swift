import Foundation

/// What the voorlopers article holds: its bullets under their part-of-the-country headings, and its
/// own statements of how many voorlopers there are.
struct VoorloperArticle: Sendable {
    /// The article's name as reports show it.
    var source: String
    /// Every bullet, in article order, unresolved.
    var voorlopers: [Voorloper]
    /// Every "27 voorlopers" the article states, with where.
    var countClaims: [Located<Int>]
    /// Bullets before any heading, sector tags spelt unusually.
    var issues: IssueLog
}
