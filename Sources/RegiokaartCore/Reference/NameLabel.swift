/// What a listed name printed around a municipality's name that is not part of it, and was left
/// out: the kind word before it ("Gemeente Aalten", "gem. Aalten") or a parenthetical after it
/// naming the kind or the province ("Aalten (gemeente)", "Aalten (Gld.)", "Bergen (Noord-Holland)").
/// Read by `NameLabels`; a match through one carries it in its `RuleHit`.
struct NameLabel: Hashable, Sendable {
    /// The name with the label left out: "Aalten".
    var rest: String
    /// The labels as printed, in the order they were left out: ["Gemeente"], ["(Gld.)"], ["Gemeente", "(Gld.)"].
    var printed: [String]
    /// The province a label names (its code), nil when the labels name only the municipality kind.
    var province: String?
    /// The candidates of `rest` that lie outside `province` (dropped when some lie inside it; when
    /// none does, the label contradicts the name: `contradicted`).
    var outside: [String] = []
    /// True when no candidate of `rest` lies in the province the label names: not a match.
    var contradicted: Bool = false

    /// `"Gemeente"`, `"(Gld.)"` or `"Gemeente" and "(Gld.)"`, for the report.
    var printedList: String {
        printed.map { "\"\($0)\"" }.joined(separator: " and ")
    }
}
