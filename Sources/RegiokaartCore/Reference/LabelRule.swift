/// Leaves a label out of a listed name (`NameLabels`: "Gemeente Aalten", "Aalten (gemeente)",
/// "Aalten (Gld.)", "Bergen (Noord-Holland)") and matches the rest by all of the matcher's rules, as
/// if it were listed bare: "what remains" must match, or the label is no label and the name goes on
/// to the fuzzy rules as printed. A province label must agree with the candidates: those outside it
/// are dropped ("Bergen (Limburg)" is Bergen (L.)), and when none lies in it the label contradicts
/// the name (`NameLabel.contradicted`: "Aalten (Limburg)"), which is reported, never read either way.
///
/// The match keeps the kind of the rule that matched the rest (an exact name with a label is an
/// `exact` match, a typo a `fuzzy` one, with its geography check), except that a qualifier or
/// folded match narrowed by the province to a village's municipality is a `place` match
/// ("Hengelo (Gelderland)" is the village Hengelo in Bronckhorst). The label is in the hit.
struct LabelRule: Sendable {
    /// The step's name in `regiokaart explain`.
    static let name = "label"
    let labels: NameLabels
    let reference: ReferenceData

    init(_ reference: ReferenceData) {
        labels = NameLabels(reference: reference)
        self.reference = reference
    }

    /// The match of `name` with a label left out, by `matcher`'s rules (on the card `region`), or
    /// nil when it has no label or the rest matches nothing.
    func match(_ name: String, region: String?, matcher: MunicipalityMatcher) -> MatchOutcome? {
        guard let reading = labels.reading(of: name) else { return nil }
        let inner = matcher.match(reading.rest, region: region)
        guard var kind = inner.kind, let innerHit = inner.hit else { return nil }
        var codes = innerHit.codes
        var label = NameLabel(rest: reading.rest, printed: [reading.printed], province: reading.province)
        if let nested = innerHit.label {
            // "Gemeente Aalten (Gld.)": the rest had a label of its own, already applied.
            label = NameLabel(rest: nested.rest, printed: label.printed + nested.printed, province: nested.province ?? label.province,
                              outside: nested.outside, contradicted: nested.contradicted)
        }
        var note = ""
        if let province = reading.province, !label.contradicted {
            let inside = codes.filter { reference.municipalityByCode[$0]?.provinceCode == province }
            let provinceName = reference.provinceByCode[province]?.name ?? province
            let outside = codes.filter { !inside.contains($0) }
            if inside.isEmpty {
                label.contradicted = true
                label.outside = codes
                note = "; but \(names(codes)) lie\(codes.count == 1 ? "s" : "") outside \(provinceName)"
            } else {
                codes = inside
                label.outside = outside
                if !outside.isEmpty { note = "; \(names(outside)) outside \(provinceName) dropped" }
                if kind == .qualifier || kind == .folded,
                   codes.allSatisfy({ code in reference.municipalityByCode[code].map { !QualifierRule.isNamed($0, label.rest) } ?? false }) {
                    kind = .place
                }
            }
        }
        let what = reading.province.map { "the province " + (reference.provinceByCode[$0]?.name ?? $0) } ?? "the municipality kind"
        let rule = inner.kind == kind ? "the \(kind.rawValue) rule" : "the \(inner.kind!.rawValue) rule, narrowed by the province to a place"
        let detail = "\"\(reading.printed)\" left out (\(what)); \"\(reading.rest)\" by \(rule): \(innerHit.detail)\(note)"
        var hit = RuleHit(codes: codes, detail: detail)
        hit.label = label
        return MatchOutcome(kind: kind, hit: hit)
    }

    /// "Aalten (GM0197, Gelderland)" or several joined with "and".
    func names(_ codes: [String]) -> String {
        codes.map { code in reference.municipalityByCode[code].map { "\($0.name) (\(code), \($0.provinceName))" } ?? code }
            .joined(separator: " and ")
    }
}
