/// What a region's area (verzorgingsgebied) is made of.
public enum Scope: String, Sendable, Codable, CaseIterable {
    /// The card lists municipalities.
    case municipalities
    /// The card lists provinces; the region covers all their municipalities.
    case provinces
    /// The card lists no area: the region works nationwide.
    case national
}
