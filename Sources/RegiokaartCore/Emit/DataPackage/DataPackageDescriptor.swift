/// The JSON shape of `datapackage.json`: a Frictionless Tabular Data Package (v1 specification).
///
/// Titles and descriptions are given in English (`title`, `description`, the specification's own
/// properties) and in Dutch (`title_nl`, `description_nl`, extra properties the specification allows).
public struct DataPackageDescriptor: Encodable, Sendable {
    public struct Source: Encodable, Sendable {
        public var title: String
        public var path: String
    }

    public struct Resource: Encodable, Sendable {
        public var name: String
        public var path: String
        public var profile = "tabular-data-resource"
        public var format = "csv"
        public var mediatype = "text/csv"
        public var encoding: String
        public var dialect: Dialect
        public var title: String
        public var description: String
        public var titleNL: String
        public var descriptionNL: String
        public var schema: Schema

        enum CodingKeys: String, CodingKey {
            case name, path, profile, format, mediatype, encoding, dialect, title, description, schema
            case titleNL = "title_nl"
            case descriptionNL = "description_nl"
        }
    }

    /// A CSV Dialect (Frictionless): how the file is delimited.
    public struct Dialect: Encodable, Sendable {
        public var delimiter: String
        public var lineTerminator: String
        public var quoteChar = "\""
        public var doubleQuote = true
        public var header = true
    }

    /// A Table Schema.
    public struct Schema: Encodable, Sendable {
        public var fields: [TableField]
        public var primaryKey: [String]?
        public var foreignKeys: [ForeignKey]?
        public var missingValues = [""]
    }

    /// A Table Schema foreign key.
    public struct ForeignKey: Encodable, Sendable {
        public struct Reference: Encodable, Sendable {
            public var resource: String
            public var fields: [String]
        }
        public var fields: [String]
        public var reference: Reference
    }

    public var profile = "tabular-data-package"
    public var name: String
    public var title: String
    public var description: String
    public var titleNL: String
    public var descriptionNL: String
    public var sources: [Source]
    public var resources: [Resource]

    enum CodingKeys: String, CodingKey {
        case profile, name, title, description, sources, resources
        case titleNL = "title_nl"
        case descriptionNL = "description_nl"
    }
}
