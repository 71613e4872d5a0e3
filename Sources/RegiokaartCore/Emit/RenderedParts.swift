/// The bytes of parts shared by many records, each rendered once and copied after.
///
/// The large outputs repeat a few thousand distinct parts hundreds of thousands of times: the
/// municipality, match, name and province of a pair are those of its shared `MunicipalityLink`
/// (`RegionMunicipality.linkIdentity`), in every copy of a region that lists it. Keyed by the shared
/// object's identity (alive for the whole rendering), so a lookup hashes one word, not the texts;
/// one cache belongs to one file (its bytes depend on the dialect and the nesting level).
final class RenderedParts {
    private struct Key: Hashable {
        let part: ObjectIdentifier
        let level: Int
    }

    private var rendered: [Key: [UInt8]] = [:]

    /// The bytes of the part `part` at `level` (a JSON nesting level; 0 where there is none):
    /// rendered by `render` into the sink it is given the first time, remembered after.
    func bytes(of part: ObjectIdentifier, level: Int = 0, render: (ByteSink) -> Void) -> [UInt8] {
        let key = Key(part: part, level: level)
        if let bytes = rendered[key] { return bytes }
        let sink = ByteSink()
        render(sink)
        let bytes = sink.bytes
        rendered[key] = bytes
        return bytes
    }
}
