/// The bytes of parts shared by many records, each rendered once and copied after.
///
/// The large outputs repeat a few thousand distinct parts hundreds of thousands of times: the
/// municipality, match, name and province of a pair are those of its shared `MunicipalityLink`
/// (`RegionMunicipality.linkIdentity`), in every copy of a region that lists it. Keyed by the shared
/// object's identity (alive for the whole rendering), so a lookup hashes one word, not the texts;
/// one cache belongs to one file (its bytes depend on the dialect and the nesting level).
struct RenderedParts {
    /// An open-addressing table of the parts seen (a word per key, hashed by one multiplication):
    /// a `Dictionary` lookup hashed the key with SipHash and cost more than the copy it saves.
    private var keys: [UInt] = Array(repeating: 0, count: 1024)
    private var levels: [Int] = Array(repeating: 0, count: 1024)
    private var slots: [Int] = Array(repeating: -1, count: 1024)
    /// Every part's bytes end to end, part `n`'s at `start[n]..<start[n + 1]`: one buffer rather
    /// than an array per part, so that copying a part out retains nothing.
    private var store: [UInt8] = []
    private var start: [Int] = [0]

    init() {}

    /// The bytes of the part `part` at `level` (a JSON nesting level; 0 where there is none):
    /// rendered by `render` into the sink it is given the first time, remembered after.
    mutating func bytes(of part: ObjectIdentifier, level: Int = 0, render: (ByteSink) -> Void) -> [UInt8] {
        let n = slot(of: part, level: level, render: render)
        return Array(store[start[n]..<start[n + 1]])
    }

    /// Appends the bytes of the part `part` at `level` to `sink`, as `bytes(of:level:render:)` gives them.
    @inline(__always)
    mutating func write(_ part: ObjectIdentifier, level: Int = 0, into sink: ByteSink, render: (ByteSink) -> Void) {
        let n = slot(of: part, level: level, render: render)
        let (from, to) = (start[n], start[n + 1])
        store.withUnsafeBufferPointer { sink.write(UnsafeBufferPointer(rebasing: $0[from..<to])) }
    }

    /// The number of the part `part` at `level` among the rendered ones, rendering it if it is new.
    @inline(__always)
    private mutating func slot(of part: ObjectIdentifier, level: Int, render: (ByteSink) -> Void) -> Int {
        let key = UInt(bitPattern: part)
        var at = index(key, level)
        while slots[at] >= 0 {
            if keys[at] == key, levels[at] == level { return slots[at] }
            at = (at + 1) & (keys.count - 1)
        }
        let sink = ByteSink()
        render(sink)
        store += sink.bytes
        let n = start.count - 1
        start.append(store.count)
        keys[at] = key
        levels[at] = level
        slots[at] = n
        if 2 * start.count > keys.count { grow() }
        return n
    }

    /// Where the search for `key` at `level` starts.
    private func index(_ key: UInt, _ level: Int) -> Int {
        Int(truncatingIfNeeded: ((key ^ UInt(bitPattern: level)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (keys.count - 1)
    }

    /// Doubles the table and places every key again.
    private mutating func grow() {
        let (oldKeys, oldLevels, oldSlots) = (keys, levels, slots)
        keys = Array(repeating: 0, count: 2 * oldKeys.count)
        levels = Array(repeating: 0, count: keys.count)
        slots = Array(repeating: -1, count: keys.count)
        for i in oldSlots.indices where oldSlots[i] >= 0 {
            var at = index(oldKeys[i], oldLevels[i])
            while slots[at] >= 0 { at = (at + 1) & (keys.count - 1) }
            (keys[at], levels[at], slots[at]) = (oldKeys[i], oldLevels[i], oldSlots[i])
        }
    }
}
