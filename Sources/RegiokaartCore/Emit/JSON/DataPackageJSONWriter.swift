/// Writes `datapackage.json` (a `DataPackageDescriptor`) straight into a `ByteSink`: exactly the
/// bytes Foundation's `JSONEncoder` writes for it (pretty-printed, sorted keys, slashes unescaped), without going through `Encodable`.
///
/// Hand-written for the reason `CasesJSONWriter` gives: `JSONEncoder`'s first use of each type in
/// a fresh process. Keys are in `.sortedKeys` order and nil optionals are left out;
/// `SmallJSONWriterTests` compares the bytes with the generic encoder's for every CSV form.
struct DataPackageJSONWriter {
    let sink: ByteSink

    /// The descriptor (no trailing newline).
    func writeDocument(_ package: DataPackageDescriptor) {
        var o = PrettyJSONObject(sink, level: 0)
        o.string("description", package.description)
        o.string("description_nl", package.descriptionNL)
        o.string("name", package.name)
        o.string("profile", package.profile)
        o.array("resources", package.resources) { resource, level in write(resource, level: level) }
        o.array("sources", package.sources) { source, level in
            var s = PrettyJSONObject(sink, level: level)
            s.string("path", source.path)
            s.string("title", source.title)
            s.end()
        }
        o.string("title", package.title)
        o.string("title_nl", package.titleNL)
        o.end()
    }

    private func write(_ resource: DataPackageDescriptor.Resource, level: Int) {
        var o = PrettyJSONObject(sink, level: level)
        o.string("description", resource.description)
        o.string("description_nl", resource.descriptionNL)
        o.key("dialect")
        var d = PrettyJSONObject(sink, level: level + 1)
        d.string("delimiter", resource.dialect.delimiter)
        d.bool("doubleQuote", resource.dialect.doubleQuote)
        d.bool("header", resource.dialect.header)
        d.string("lineTerminator", resource.dialect.lineTerminator)
        d.string("quoteChar", resource.dialect.quoteChar)
        d.end()
        o.string("encoding", resource.encoding)
        o.string("format", resource.format)
        o.string("mediatype", resource.mediatype)
        o.string("name", resource.name)
        o.string("path", resource.path)
        o.string("profile", resource.profile)
        o.key("schema")
        write(resource.schema, level: level + 1)
        o.string("title", resource.title)
        o.string("title_nl", resource.titleNL)
        o.end()
    }

    private func write(_ schema: DataPackageDescriptor.Schema, level: Int) {
        var o = PrettyJSONObject(sink, level: level)
        o.array("fields", schema.fields) { field, level in write(field, level: level) }
        if let foreignKeys = schema.foreignKeys {
            o.array("foreignKeys", foreignKeys) { key, level in
                var k = PrettyJSONObject(sink, level: level)
                k.strings("fields", key.fields)
                k.key("reference")
                var r = PrettyJSONObject(sink, level: level + 1)
                r.strings("fields", key.reference.fields)
                r.string("resource", key.reference.resource)
                r.end()
                k.end()
            }
        }
        o.strings("missingValues", schema.missingValues)
        if let primaryKey = schema.primaryKey { o.strings("primaryKey", primaryKey) }
        o.end()
    }

    private func write(_ field: TableField, level: Int) {
        var o = PrettyJSONObject(sink, level: level)
        if let constraints = field.constraints {
            o.key("constraints")
            var c = PrettyJSONObject(sink, level: level + 1)
            if let values = constraints.enum { c.strings("enum", values) }
            if let minimum = constraints.minimum { c.int("minimum", minimum) }
            c.stringIfPresent("pattern", constraints.pattern)
            if let required = constraints.required { c.bool("required", required) }
            if let unique = constraints.unique { c.bool("unique", unique) }
            c.end()
        }
        o.string("description", field.description)
        o.string("description_nl", field.descriptionNL)
        o.string("name", field.name)
        o.string("title", field.title)
        o.string("title_nl", field.titleNL)
        o.string("type", field.type)
        o.end()
    }
}
