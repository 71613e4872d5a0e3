import Foundation

/// Builds `datapackage.json` from the writers' own column declarations (`ColumnCatalog`, through
/// `DataTable.fields`), for every CSV form a build writes.
struct DataPackageBuilder: Sendable {
    /// The CSV forms written, primary first.
    var forms: CSVOutputForms

    init(forms: CSVOutputForms) {
        self.forms = forms
    }

    /// The file name of the package descriptor in the output folder.
    static let fileName = "datapackage.json"

    /// The resource name of `table` in the layout with path `prefix` ("" or "excel-nl/").
    static func resourceName(_ table: DataTable, prefix: String) -> String {
        // On the bytes: Foundation's `replacingOccurrences` bridges to NSString and looks up conformances at run time.
        let base = String(decoding: table.rawValue.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
        return prefix.isEmpty ? base : base + "-" + prefix.dropLast()
    }

    /// The descriptor for a published dataset read from `source`.
    func descriptor(source: String) -> DataPackageDescriptor {
        var resources: [DataPackageDescriptor.Resource] = []
        for layout in forms.layouts {
            for table in DataTable.allCases {
                resources.append(resource(table, prefix: layout.prefix, dialect: layout.dialect))
            }
        }
        return DataPackageDescriptor(
            name: "regiokaart",
            title: "Regiokaart: the Dutch education regions (onderwijsregio's) and their service areas",
            description: "The onderwijsregio's of the publication \"Regionale samenwerking werkt\", validated against the CBS municipality list, "
                + "with the data-quality report of the run. JSON Schemas for regions.json and issues.json are in the repository's schemas/ folder."
                + (forms == .both ? " The excel-nl/ resources hold the same tables for spreadsheets in a Dutch locale (semicolon, UTF-8 with BOM)." : ""),
            titleNL: "Regiokaart: de onderwijsregio's en hun verzorgingsgebieden",
            descriptionNL: "De onderwijsregio's uit de publicatie \"Regionale samenwerking werkt\", gecontroleerd tegen de CBS-gemeentelijst, "
                + "met het rapport over de datakwaliteit van de run. JSON Schema's voor regions.json en issues.json staan in de map schemas/ van de repository."
                + (forms == .both ? " De bronnen in excel-nl/ bevatten dezelfde tabellen voor spreadsheets met Nederlandse landinstellingen (puntkomma, UTF-8 met BOM)." : ""),
            sources: [.init(title: "Regionale samenwerking werkt", path: source)],
            resources: resources)
    }

    /// The resource of `table` in the layout with path `prefix`, written in `dialect`.
    func resource(_ table: DataTable, prefix: String, dialect: CSVDialect) -> DataPackageDescriptor.Resource {
        let fields = table.fields
        let foreignKeys = table.foreignKeys.map {
            DataPackageDescriptor.ForeignKey(fields: [$0.column],
                                             reference: .init(resource: Self.resourceName($0.table, prefix: prefix), fields: [$0.referencedColumn]))
        }
        let schema = DataPackageDescriptor.Schema(fields: fields, primaryKey: table.primaryKey.isEmpty ? nil : table.primaryKey,
                                                  foreignKeys: foreignKeys.isEmpty ? nil : foreignKeys)
        let suffix = dialect == .excelNL ? (en: " (excel-nl: semicolon, UTF-8 with BOM)", nl: " (excel-nl: puntkomma, UTF-8 met BOM)") : (en: "", nl: "")
        return DataPackageDescriptor.Resource(
            name: Self.resourceName(table, prefix: prefix), path: prefix + table.fileName,
            encoding: dialect.byteOrderMark ? "utf-8-sig" : "utf-8",
            dialect: .init(delimiter: String(dialect.separator), lineTerminator: dialect.lineEnding),
            title: table.title.en + suffix.en, description: table.summary.en,
            titleNL: table.title.nl + suffix.nl, descriptionNL: table.summary.nl, schema: schema)
    }

    /// `datapackage.json` for a published dataset read from `source`, rendered deterministically
    /// (`DataPackageJSONWriter` writes JSONEncoder's bytes) when the file is written.
    func file(source: String) -> OutputFile {
        OutputFile(name: Self.fileName) { sink in
            DataPackageJSONWriter(sink: sink).writeDocument(descriptor(source: source))
            sink.write(0x0A)
        }
    }
}
