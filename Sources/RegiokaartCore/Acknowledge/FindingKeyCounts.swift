import Foundation

/// How often each `NewFindings.Key` occurs in a baseline, stored compactly: a 128-bit digest per
/// distinct key, in ascending order, beside its count (20 bytes a key).
///
/// The keys' texts end to end took 9 MB for a 1000-copy archive (69 000 findings), held from the
/// start of a run through its peak memory; the digests take 1.4 MB. Keys are compared as `String ==`
/// compares them (canonical equivalence): each field is digested in its NFC form. Two different
/// keys share a digest only if both of two SipHash-1-3 values (`Hasher`, under the process's random
/// seed) collide: a chance of 2^-128 per pair, some 10^-29 for an archive's findings.
struct FindingKeyCounts: Sendable {
    /// A key's digest: two independent 64-bit hashes of its encoding (`digest(_:)`).
    struct Digest: Comparable, Sendable {
        var first: UInt64
        var second: UInt64

        static func < (a: Digest, b: Digest) -> Bool {
            (a.first, a.second) < (b.first, b.second)
        }
    }

    /// The distinct keys' digests, ascending.
    private var digests: [Digest]
    /// How often each distinct key occurs, by key number (its digest's index).
    private(set) var counts: [Int32]

    /// The counts of `keys`.
    init(_ keys: [NewFindings.Key]) {
        self.init(digests: keys.map(Self.digest))
    }

    /// The counts of the keys whose digests (in any order, one per occurrence) are `digests`.
    init(digests: consuming [Digest]) {
        var all = digests
        all.sort()
        // Each run of equal digests becomes its first element and a count, in place.
        var counts: [Int32] = []
        var distinct = 0
        for k in all.indices {
            let digest = all[k]
            if distinct > 0, all[distinct - 1] == digest {
                counts[distinct - 1] += 1
            } else {
                all[distinct] = digest
                counts.append(1)
                distinct += 1
            }
        }
        all.removeLast(all.count - distinct)
        self.digests = all.compacted()
        self.counts = counts.compacted()
    }

    /// The number of the distinct key with `digest`, nil when the baseline does not hold it.
    func number(of digest: Digest) -> Int? {
        var low = 0, high = digests.count
        while low < high {
            let middle = (low + high) / 2
            if digests[middle] < digest { low = middle + 1 } else { high = middle }
        }
        return low < digests.count && digests[low] == digest ? low : nil
    }

    /// The digest of `key` (`digest(_:using:)` with a scratch buffer of its own).
    static func digest(_ key: NewFindings.Key) -> Digest {
        var scratch: [UInt8] = []
        return digest(key, using: &scratch)
    }

    /// The digest of `key`: its encoding, made in `scratch`, fed to two hashers told apart by a first
    /// byte. Each field is encoded as a tag (absent, present), then a present field's NFC UTF-8 length
    /// (4 bytes) and bytes: equal keys ⇔ equal encodings; equal encodings ⇔ equal digests, but for
    /// the chance above. Hashed in one piece: a hasher fed field by field costs twice as much.
    static func digest(_ key: NewFindings.Key, using scratch: inout [UInt8]) -> Digest {
        scratch.removeAll(keepingCapacity: true)
        encode(key.code, into: &scratch)
        encode(key.regionID, into: &scratch)
        encode(key.field, into: &scratch)
        encode(key.rawValue, into: &scratch)
        var first = Hasher(), second = Hasher()
        first.combine(UInt8(0))
        second.combine(UInt8(1))
        scratch.withUnsafeBytes { bytes in
            first.combine(bytes: bytes)
            second.combine(bytes: bytes)
        }
        return Digest(first: UInt64(UInt(bitPattern: first.finalize())), second: UInt64(UInt(bitPattern: second.finalize())))
    }

    /// Appends the encoding of one field of a key to `bytes`.
    private static func encode(_ field: String?, into bytes: inout [UInt8]) {
        guard var text = field else {
            bytes.append(0)
            return
        }
        // ASCII is its own NFC form; other text is composed as `String ==` compares it.
        if !text.withUTF8({ $0.reduce(0, |) < 0x80 }) { text = text.precomposedStringWithCanonicalMapping }
        text.withUTF8 { utf8 in
            bytes.append(1)
            withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: utf8)
        }
    }
}
