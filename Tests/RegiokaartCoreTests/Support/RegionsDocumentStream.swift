@testable import RegiokaartCore

/// Test oracle: `RegionsDocument` as an `Encodable` read straight from a dataset, the generic
/// definition of what `RegionsJSONWriter.writeDocument(_: Dataset)` must write.
///
/// Must encode exactly as `RegionsDocument` does: `RegionsDocumentStreamTests` compares the two
/// through `JSONEncoder`. A field added to `RegionsDocument` must be added here too.
struct RegionsDocumentStream: Encodable {
    let dataset: Dataset

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: RegionsDocument.CodingKeys.self)
        try container.encode(dataset.source, forKey: .source)
        try container.encode(dataset.regions.count, forKey: .regionCount)
        try container.encode(Records(regions: dataset.regions), forKey: .regions)
    }

    /// The regions' records, made one at a time.
    struct Records: Encodable {
        let regions: [Region]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            for region in regions { try container.encode(RegionRecord(region)) }
        }
    }
}
