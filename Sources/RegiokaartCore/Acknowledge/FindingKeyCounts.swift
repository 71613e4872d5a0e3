import Foundation

/// How often each `NewFindings.Key` occurs in a baseline, stored compactly: every distinct key's
/// fields end to end in one byte buffer, found through an open-addressing table of indices.
///
/// A `[Key: Int]` held four `String`s and a bucket per key: on an archive of 100 000 findings some
/// 20 MB, kept from the start of a run to the rendering of its outputs. Keys are compared as
/// `String ==` compares them (canonical equivalence): each field is stored in its NFC form.
struct FindingKeyCounts: Sendable {
    /// The distinct keys' encodings (`encode`), end to end: key `n` at `starts[n]..<starts[n + 1]`.
    private var store: [UInt8] = []
    private var starts: [UInt32] = [0]
    /// How often each distinct key occurs, by key number.
    private(set) var counts: [Int] = []
    /// The key number in each slot, -1 for an empty slot; its size a power of two, at most half full.
    private var slots: [Int32]

    /// The counts of `keys`.
    init(_ keys: [NewFindings.Key]) {
        var size = 16
        while size < 2 * keys.count { size *= 2 }
        slots = Array(repeating: -1, count: size)
        var scratch: [UInt8] = []
        for key in keys {
            Self.encode(key, into: &scratch)
            let (slot, found) = find(scratch)
            if let found {
                counts[found] += 1
            } else {
                slots[slot] = Int32(counts.count)
                store += scratch
                starts.append(UInt32(store.count))
                counts.append(1)
            }
        }
        store = store.compacted()
        starts = starts.compacted()
        counts = counts.compacted()
    }

    /// The number of the distinct key equal to `key`, nil when the baseline does not hold it.
    func number(of key: NewFindings.Key) -> Int? {
        var scratch: [UInt8] = []
        Self.encode(key, into: &scratch)
        return find(scratch).found
    }

    /// The slot of `encoded` and its key number, or the empty slot where it would go.
    private func find(_ encoded: [UInt8]) -> (slot: Int, found: Int?) {
        var hasher = Hasher()
        encoded.withUnsafeBytes { hasher.combine(bytes: $0) }
        let mask = slots.count - 1
        var slot = hasher.finalize() & mask
        while slots[slot] >= 0 {
            let n = Int(slots[slot])
            if store[Int(starts[n])..<Int(starts[n + 1])].elementsEqual(encoded) { return (slot, n) }
            slot = (slot + 1) & mask
        }
        return (slot, nil)
    }

    /// Replaces `bytes` with the encoding of `key`: each field as a tag (absent, present), then a
    /// present field's NFC UTF-8 length (4 bytes) and bytes. Equal encodings ⇔ equal keys.
    static func encode(_ key: NewFindings.Key, into bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        for field in [key.code, key.regionID, key.field, key.rawValue] {
            guard let field else {
                bytes.append(0)
                continue
            }
            bytes.append(1)
            // ASCII is its own NFC form; other text is composed as `String ==` compares it.
            let text = field.utf8.allSatisfy { $0 < 0x80 } ? field : field.precomposedStringWithCanonicalMapping
            let count = UInt32(text.utf8.count)
            withUnsafeBytes(of: count.littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: text.utf8)
        }
    }
}
