/// The JSON shape of one region in `regions.json`.
public struct RegionRecord: Codable, Hashable, Sendable {
    /// A file and line, encoded as `{"file", "line"}`.
    public typealias Source = SourceLocation

    public struct MunicipalityEntry: Codable, Hashable, Sendable {
        public var code: String
        public var name: String
        public var province: String
        public var provinceCode: String
        public var match: String
        public var nameAsPublished: String?
        public var viaProvince: String?
        public var source: Source

        enum CodingKeys: String, CodingKey {
            case code, name, province, match, source
            case provinceCode = "province_code"
            case nameAsPublished = "name_as_published"
            case viaProvince = "via_province"
        }
    }

    public struct ProvinceEntry: Codable, Hashable, Sendable {
        public var code: String
        public var name: String
        public var nameAsPublished: String
        public var source: Source

        enum CodingKeys: String, CodingKey {
            case code, name, source
            case nameAsPublished = "name_as_published"
        }
    }

    public struct UnresolvedEntry: Codable, Hashable, Sendable {
        public var name: String
        public var source: Source
    }

    public struct StoryEntry: Codable, Hashable, Sendable {
        public var heading: String
        public var paragraphs: [String]
        public var source: Source
    }

    /// The voorloper of the July 2023 article that resolved to the region.
    public struct VoorloperEntry: Codable, Hashable, Sendable {
        public var landsdeel: String?
        public var nameAsListed: String
        public var sectorsAsListed: String?
        public var sectors: [String]
        public var confidence: String
        public var source: Source

        enum CodingKeys: String, CodingKey {
            case landsdeel, sectors, confidence, source
            case nameAsListed = "name_as_listed"
            case sectorsAsListed = "sectors_as_listed"
        }
    }

    /// A name the region was seen under.
    public struct AliasEntry: Codable, Hashable, Sendable {
        public var name: String
        public var kind: String
        public var source: Source
    }

    public var id: String
    public var name: String
    public var nameAsPublished: String
    public var sectorTag: String?
    public var sectors: [String]
    public var scope: String
    public var figures: Figures
    public var municipalities: [MunicipalityEntry]
    public var provinces: [ProvinceEntry]
    public var unresolved: [UnresolvedEntry]
    public var stories: [StoryEntry]
    public var source: Source
    /// Nil (left out) when the region was no voorloper.
    public var voorloper: VoorloperEntry?
    public var aliases: [AliasEntry]

    enum CodingKeys: String, CodingKey {
        case id, name, sectors, scope, figures, municipalities, provinces, unresolved, stories, source
        case voorloper, aliases
        case nameAsPublished = "name_as_published"
        case sectorTag = "sector_tag"
    }

    /// The record for `region`.
    public init(_ region: Region) {
        func source(_ location: SourceLocation) -> Source { Source(file: location.file, line: location.line) }
        id = region.id
        name = region.name
        nameAsPublished = region.nameAsPublished
        sectorTag = region.sectorTag
        sectors = region.sectors.map(\.rawValue)
        scope = region.scope.rawValue
        figures = region.figures
        municipalities = region.municipalities.map {
            MunicipalityEntry(code: $0.municipality.code, name: $0.municipality.name, province: $0.municipality.provinceName,
                              provinceCode: $0.municipality.provinceCode, match: $0.match.rawValue,
                              nameAsPublished: $0.nameAsPublished, viaProvince: $0.viaProvince, source: source($0.source))
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
