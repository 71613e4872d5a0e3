/// The JSON shape of one region in `regions.json`.
public struct RegionRecord: Codable, Hashable, Sendable {
    /// A file and line, encoded as `{"file", "line"}`.
    typealias Source = SourceLocation

    struct MunicipalityEntry: Codable, Hashable, Sendable {
        var code: String
        var name: String
        var province: String
        var provinceCode: String
        var match: String
        var nameAsPublished: String?
        var viaProvince: String?
        var source: Source

        enum CodingKeys: String, CodingKey {
            case code, name, province, match, source
            case provinceCode = "province_code"
            case nameAsPublished = "name_as_published"
            case viaProvince = "via_province"
        }
    }

    struct ProvinceEntry: Codable, Hashable, Sendable {
        var code: String
        var name: String
        var nameAsPublished: String
        var source: Source

        enum CodingKeys: String, CodingKey {
            case code, name, source
            case nameAsPublished = "name_as_published"
        }
    }

    struct UnresolvedEntry: Codable, Hashable, Sendable {
        var name: String
        var source: Source
    }

    struct StoryEntry: Codable, Hashable, Sendable {
        var heading: String
        var paragraphs: [String]
        var source: Source
    }

    /// The voorloper of the July 2023 article that resolved to the region.
    struct VoorloperEntry: Codable, Hashable, Sendable {
        var landsdeel: String?
        var nameAsListed: String
        var sectorsAsListed: String?
        var sectors: [String]
        var confidence: String
        var source: Source

        enum CodingKeys: String, CodingKey {
            case landsdeel, sectors, confidence, source
            case nameAsListed = "name_as_listed"
            case sectorsAsListed = "sectors_as_listed"
        }
    }

    /// A name the region was seen under.
    struct AliasEntry: Codable, Hashable, Sendable {
        var name: String
        var kind: String
        var source: Source
    }

    var id: String
    var name: String
    var nameAsPublished: String
    var sectorTag: String?
    var sectors: [String]
    var scope: String
    var figures: Figures
    var municipalities: [MunicipalityEntry]
    var provinces: [ProvinceEntry]
    var unresolved: [UnresolvedEntry]
    var stories: [StoryEntry]
    var source: Source
    /// Nil (left out) when the region was no voorloper.
    var voorloper: VoorloperEntry?
    var aliases: [AliasEntry]

    enum CodingKeys: String, CodingKey {
        case id, name, sectors, scope, figures, municipalities, provinces, unresolved, stories, source
        case voorloper, aliases
        case nameAsPublished = "name_as_published"
        case sectorTag = "sector_tag"
    }

    /// The record for `region`.
    init(_ region: Region) {
        self.init(region, municipalities: true)
    }

    /// The record for `region`; without `municipalities` its list is left empty (for a writer that
    /// writes them from the region's pairs).
    init(_ region: Region, municipalities withMunicipalities: Bool) {
        func source(_ location: SourceLocation) -> Source { Source(file: location.file, line: location.line) }
        id = region.id
        name = region.name
        nameAsPublished = region.nameAsPublished
        sectorTag = region.sectorTag
        sectors = region.sectors.map(\.rawValue)
        scope = region.scope.rawValue
        figures = region.figures
        municipalities = !withMunicipalities ? [] : region.municipalities.map {
            MunicipalityEntry(code: $0.municipality.code, name: $0.municipality.name, province: $0.municipality.provinceName,
                              provinceCode: $0.municipality.provinceCode, match: $0.match.rawValue,
                              nameAsPublished: $0.nameAsPublished, viaProvince: $0.viaProvince, source: source($0.source(in: region)))
        }
        provinces = region.provinces.map {
            ProvinceEntry(code: $0.province.code, name: $0.province.name, nameAsPublished: $0.nameAsPublished, source: source($0.source))
        }
        unresolved = region.unresolvedNames.map { UnresolvedEntry(name: $0.value, source: source($0.location)) }
        stories = region.stories.map {
            StoryEntry(heading: $0.heading.value, paragraphs: $0.paragraphs.map(\.value), source: source($0.heading.location))
        }
        self.source = source(region.source)
        voorloper = region.voorloper.map {
            VoorloperEntry(landsdeel: $0.mention.landsdeel, nameAsListed: $0.mention.asListed, sectorsAsListed: $0.mention.tag?.text,
                           sectors: $0.mention.sectors.map(\.rawValue), confidence: $0.resolution?.confidence?.rawValue ?? "",
                           source: source($0.mention.location))
        }
        aliases = region.aliases.map { AliasEntry(name: $0.name, kind: $0.kind, source: source($0.location)) }
    }
}
