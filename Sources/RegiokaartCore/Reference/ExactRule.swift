/// The name is a CBS name, letter for letter.
struct ExactRule: MatchRule {
    let kind = MatchKind.exact
    let byName: [String: String]

    init(_ reference: ReferenceData) {
        byName = Dictionary(reference.municipalities.map { ($0.name, $0.code) }, uniquingKeysWith: { a, _ in a })
    }

    func candidates(for name: String, folded: String) -> RuleHit? {
        byName[name].map { RuleHit(codes: [$0], detail: "CBS name") }
    }
}
