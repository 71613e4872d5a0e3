/// The JSON shape of `datapackage.json`: a Frictionless Tabular Data Package (v1 specification).
///
/// Titles and descriptions are given in English (`title`, `description`, the specification's own
/// properties) and in Dutch (`title_nl`, `description_nl`, extra properties the specification allows).
struct DataPackageDescriptor: Encodable, Sendable {
    struct Source: Encodable, Sendable {
        var title: String
        var path: String
    }

    struct Resource: Encodable, Sendable {
        var name: String
        var path: String
        var profile = "tabular-data-resource"
        var format = "csv"
        var mediatype = "text/csv"
        var encoding: String
        var dialect: Dialect
        var title: String
        var description: String
        var titleNL: String
        var descriptionNL: String
        var schema: Schema

        enum CodingKeys: String, CodingKey {
            case name, path, profile, format, mediatype, encoding, dialect, title, description, schema
            case titleNL = "title_nl"
            case descriptionNL = "description_nl"
        }
    }

    /// A CSV Dialect (Frictionless): how the file is delimited.
    struct Dialect: Encodable, Sendable {
        var delimiter: String
        var lineTerminator: String
        var quoteChar = "\""
        var doubleQuote = true
        var header = true
    }

    /// A Table Schema.
    struct Schema: Encodable, Sendable {
        var fields: [TableField]
        var primaryKey: [String]?
        var foreignKeys: [ForeignKey]?
        var missingValues = [""]
    }

    /// A Table Schema foreign key.
    struct ForeignKey: Encodable, Sendable {
        struct Reference: Encodable, Sendable {
            var resource: String
            var fields: [String]
        }
        var fields: [String]
        var reference: Reference
    }

    var profile = "tabular-data-package"
    var name: String
    var title: String
    var description: String
    var titleNL: String
    var descriptionNL: String
    var sources: [Source]
    var resources: [Resource]

    enum CodingKeys: String, CodingKey {
        case profile, name, title, description, sources, resources
        case titleNL = "title_nl"
        case descriptionNL = "description_nl"
    }
}
