import Foundation

/// The reference data the pipeline matches against: CBS municipalities, provinces, mergers,
/// centroids and the steward's aliases.
public struct ReferenceData: Sendable {
    /// Municipalities on 1 January 2025, in file order.
    let municipalities: [Municipality]
    /// The twelve provinces.
    let provinces: [Province]
    /// Mergers since 2013.
    let mergers: [Merger]
    /// Steward-maintained aliases (may be empty).
    let aliases: [MunicipalityAlias]
    /// CBS woonplaatsen (places) with their municipality, in file order (empty when the reference
    /// folder has no `woonplaatsen.csv`).
    let places: [Place]

    /// Municipalities by code.
    let municipalityByCode: [String: Municipality]
    /// Provinces by code.
    let provinceByCode: [String: Province]
    /// Each municipality code's number: its position in `municipalities` (a code listed twice, its first).
    let municipalityNumbers: [String: Int]

    init(municipalities: [Municipality], provinces: [Province], mergers: [Merger],
         aliases: [MunicipalityAlias] = [], places: [Place] = []) {
        self.municipalities = municipalities
        self.provinces = provinces
        self.mergers = mergers
        self.aliases = aliases
        self.places = places
        self.municipalityByCode = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        self.provinceByCode = Dictionary(provinces.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        self.municipalityNumbers = Dictionary(municipalities.indices.map { (municipalities[$0].code, $0) },
                                              uniquingKeysWith: { first, _ in first })
    }

    /// The municipalities of one province, in file order.
    func municipalities(inProvince code: String) -> [Municipality] {
        municipalities.filter { $0.provinceCode == code }
    }
}
