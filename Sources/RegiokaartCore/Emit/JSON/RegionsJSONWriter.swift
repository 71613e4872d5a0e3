/// Writes `regions.json` (a `RegionsDocument`) straight into a `ByteSink`: exactly the bytes
/// Foundation's `JSONEncoder` writes for it (pretty-printed, sorted keys, slashes unescaped), without going through `Encodable`.
///
/// Hand-written because the generic path costs a protocol call, an existential box, a container
/// entry and a key lookup per value, and the `regions.json` of a 1000-copy archive holds about ten
/// million values (it was a third of the build's rendering time). The keys below are in
/// `.sortedKeys` order (by UTF-8 bytes) and nil optionals are left out, as synthesised `Codable`
/// does, except the figures, written `null` when unread, as `Figures.encode(to:)` does. A field added to `RegionRecord` must be added here too: `RegionsJSONWriterTests` compares
/// this writer with the generic encoder on the real records and on hostile ones, with every
/// optional present and absent.
struct RegionsJSONWriter {
    let sink: ByteSink
    /// The sources, most of which name the document's source file (rendered once per level).
    private let sources: SourceLocationJSON

    /// A writer into `sink`.
    init(sink: ByteSink) {
        self.init(sink: sink, sources: SourceLocationJSON(file: "", levels: 0))
    }

    private init(sink: ByteSink, sources: SourceLocationJSON) {
        self.sink = sink
        self.sources = sources
    }

    /// This writer with the sources naming `file` rendered once per level.
    private func sourcesNaming(_ file: String) -> RegionsJSONWriter {
        RegionsJSONWriter(sink: sink, sources: SourceLocationJSON(file: file))
    }

    /// The whole document for `dataset` (no trailing newline), each region's record made only when
    /// it is written, as `RegionsDocumentStream` does. The municipalities, most of the document,
    /// are written straight from the region's pairs rather than copied into the record first.
    func writeDocument(_ dataset: Dataset) {
        sourcesNaming(dataset.source).writeRegions(of: dataset)
    }

    private func writeRegions(of dataset: Dataset) {
        // `links`: the heads of pairs whose sources are written in full; `heads`: the other pairs', up to the line.
        var links = RenderedParts(), heads = RenderedParts()
        let regions = dataset.regions
        // By index, each region read in place: a copy of a `Region` retains every string and array in it.
        writeDocument(source: dataset.source, regions: regions.indices, count: regions.count) { r, level in
            write(RegionRecord(regions[r], municipalities: false), level: level) { level in
                // Checked once per region: its pairs' sources name its card's file.
                let inDocumentFile = sources.renders(regions[r].source.file, level: level + 2)
                PrettyJSONObject.array(regions[r].municipalities, in: sink, level: level) { pair, level in
                    if inDocumentFile {
                        write(pair, level: level, heads: &heads)
                    } else {
                        write(pair, of: regions[r], level: level, links: &links)
                    }
                }
            }
        }
    }

    /// The whole document for already made records (no trailing newline).
    func writeDocument(_ document: RegionsDocument) {
        let writer = sourcesNaming(document.source)
        writer.writeDocument(source: document.source, regions: document.regions, count: document.regionCount) { record, level in
            writer.write(record, level: level)
        }
    }

    private func writeDocument<Items: RandomAccessCollection>(source: String, regions: Items, count: Int? = nil,
                                                              write: (Items.Element, Int) -> Void) {
        var document = PrettyJSONObject(sink, level: 0)
        document.int("region_count", count ?? regions.count)
        document.array("regions", regions, write)
        document.string("source", source)
        document.end()
    }

    /// One region's record at `level`.
    func write(_ r: RegionRecord, level: Int) {
        write(r, level: level) { level in
            PrettyJSONObject.array(r.municipalities, in: sink, level: level) { m, level in write(m, level: level) }
        }
    }

    /// One region's record at `level`, `municipalities` writing the value of its `municipalities`
    /// key (at the level it is given) in place of the record's own list. Not optional: an optional
    /// closure escapes, and what it captures is then checked on every access.
    func write(_ r: RegionRecord, level: Int, municipalities: (Int) -> Void) {
        var o = PrettyJSONObject(sink, level: level)
        o.array("aliases", r.aliases) { alias, level in
            var a = PrettyJSONObject(sink, level: level)
            a.string("kind", alias.kind)
            a.string("name", alias.name)
            a.key("source")
            write(alias.source, level: level + 1)
            a.end()
        }
        o.key("figures")
        write(r.figures, level: level + 1)
        o.string("id", r.id)
        o.key("municipalities")
        municipalities(level + 1)
        o.string("name", r.name)
        o.string("name_as_published", r.nameAsPublished)
        o.array("provinces", r.provinces) { province, level in
            var p = PrettyJSONObject(sink, level: level)
            p.string("code", province.code)
            p.string("name", province.name)
            p.string("name_as_published", province.nameAsPublished)
            p.key("source")
            write(province.source, level: level + 1)
            p.end()
        }
        o.string("scope", r.scope)
        o.stringIfPresent("sector_tag", r.sectorTag)
        o.strings("sectors", r.sectors)
        o.key("source")
        write(r.source, level: level + 1)
        o.array("stories", r.stories) { story, level in
            var s = PrettyJSONObject(sink, level: level)
            s.string("heading", story.heading)
            s.strings("paragraphs", story.paragraphs)
            s.key("source")
            write(story.source, level: level + 1)
            s.end()
        }
        o.array("unresolved", r.unresolved) { entry, level in
            var u = PrettyJSONObject(sink, level: level)
            u.string("name", entry.name)
            u.key("source")
            write(entry.source, level: level + 1)
            u.end()
        }
        if let voorloper = r.voorloper {
            o.key("voorloper")
            write(voorloper, level: level + 1)
        }
        o.end()
    }

    /// One municipality of a region's area, as its `MunicipalityEntry` in the record.
    private func write(_ m: RegionRecord.MunicipalityEntry, level: Int) {
        writeMunicipality(code: m.code, match: m.match, name: m.name, nameAsPublished: m.nameAsPublished, province: m.province,
                          provinceCode: m.provinceCode, source: m.source, viaProvince: m.viaProvince, level: level)
    }

    /// One municipality of `region`'s area, from the region's pair: the same bytes as its entry.
    /// The entry up to its source is the same for every pair sharing a link: rendered once per link.
    private func write(_ pair: RegionMunicipality, of region: Region, level: Int, links: inout RenderedParts) {
        links.write(pair.linkIdentity, level: level, into: sink) { scratch in
            let m = pair.municipality
            var head = PrettyJSONObject(scratch, level: level)
            writeMunicipalityHead(&head, code: m.code, match: pair.match.rawValue, name: m.name,
                                  nameAsPublished: pair.nameAsPublished, province: m.provinceName, provinceCode: m.provinceCode)
        }
        var o = PrettyJSONObject(continuing: sink, level: level)
        writeMunicipalityTail(&o, source: pair.source(in: region), viaProvince: pair.viaProvince)
    }

    /// One municipality of a region's area whose card is in the document's file (`SourceLocationJSON.renders`):
    /// the entry up to its source's line number is the same for every pair sharing a link, and is
    /// copied from `heads`, rendered once per link.
    @inline(__always)
    private func write(_ pair: RegionMunicipality, level: Int, heads: inout RenderedParts) {
        let sources = self.sources
        heads.write(pair.linkIdentity, level: level, into: sink) { scratch in
            let m = pair.municipality
            var head = PrettyJSONObject(scratch, level: level)
            writeMunicipalityHead(&head, code: m.code, match: pair.match.rawValue, name: m.name,
                                  nameAsPublished: pair.nameAsPublished, province: m.provinceName, provinceCode: m.provinceCode)
            sources.writeHead(level: level + 1, into: scratch)
        }
        sink.write(decimal: pair.line)
        sources.writeTail(level: level + 1, into: sink)
        var o = PrettyJSONObject(continuing: sink, level: level)
        o.stringIfPresent("via_province", pair.viaProvince)
        o.end()
    }

    /// One municipality of a region's area: most of the document's values.
    @inline(__always)
    private func writeMunicipality(code: String, match: String, name: String, nameAsPublished: String?, province: String,
                                   provinceCode: String, source: SourceLocation, viaProvince: String?, level: Int) {
        var o = PrettyJSONObject(sink, level: level)
        writeMunicipalityHead(&o, code: code, match: match, name: name, nameAsPublished: nameAsPublished,
                              province: province, provinceCode: provinceCode)
        writeMunicipalityTail(&o, source: source, viaProvince: viaProvince)
    }

    /// A municipality entry up to its `source` key (what its link decides).
    @inline(__always)
    private func writeMunicipalityHead(_ o: inout PrettyJSONObject, code: String, match: String, name: String,
                                       nameAsPublished: String?, province: String, provinceCode: String) {
        o.string("code", code)
        o.string("match", match)
        o.string("name", name)
        o.stringIfPresent("name_as_published", nameAsPublished)
        o.string("province", province)
        o.string("province_code", provinceCode)
        o.key("source")
    }

    /// A municipality entry from its source's value to its end.
    @inline(__always)
    private func writeMunicipalityTail(_ o: inout PrettyJSONObject, source: SourceLocation, viaProvince: String?) {
        write(source, level: o.level + 1)
        o.stringIfPresent("via_province", viaProvince)
        o.end()
    }

    private func write(_ v: RegionRecord.VoorloperEntry, level: Int) {
        var o = PrettyJSONObject(sink, level: level)
        o.string("confidence", v.confidence)
        o.stringIfPresent("landsdeel", v.landsdeel)
        o.string("name_as_listed", v.nameAsListed)
        o.strings("sectors", v.sectors)
        o.stringIfPresent("sectors_as_listed", v.sectorsAsListed)
        o.key("source")
        write(v.source, level: level + 1)
        o.end()
    }

    private func write(_ f: Figures, level: Int) {
        var o = PrettyJSONObject(sink, level: level)
        // Every key, an unread figure as `null`, as `Figures.encode(to:)` writes them.
        o.intOrNull("mbo_institutions", f.mboInstitutions)
        o.intOrNull("school_boards_po", f.schoolBoardsPO)
        o.intOrNull("school_boards_vo", f.schoolBoardsVO)
        o.intOrNull("students", f.students)
        o.intOrNull("teacher_training_institutions", f.teacherTrainingInstitutions)
        o.end()
    }

    /// A `SourceLocation` as `{"file", "line"}`.
    private func write(_ source: SourceLocation, level: Int) {
        sources.write(source, level: level, into: sink)
    }
}
