/// One storage for each distinct text: equal texts handed to `intern(_:)` come back sharing the
/// storage of the first.
///
/// An archive of many editions repeats almost every line (the same municipality names, story
/// paragraphs and headings in each copy); held once per distinct text, the dataset of 1000 copies
/// takes a fraction of the memory (scripts/BENCHMARKS.md). Texts are equal when their UTF-8 bytes
/// are, not under Unicode's canonical equivalence, so a text comes back with exactly its own bytes.
/// Texts of at most 15 UTF-8 bytes are returned as they are: Swift keeps them inside the value.
struct TextInterner {
    /// A text compared and hashed by its UTF-8 bytes.
    private struct Key: Hashable {
        var text: String

        static func == (a: Key, b: Key) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

        func hash(into hasher: inout Hasher) {
            hasher.combine(text.utf8.count)
            if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
                for byte in text.utf8 { hasher.combine(byte) }
            }
        }
    }

    /// The longest text Swift stores inside a `String` value on 64-bit platforms.
    static let smallTextBytes = 15

    private var texts: Set<Key> = []

    init() {}

    /// The number of distinct texts held.
    var count: Int { texts.count }

    /// `text`, sharing the storage of an earlier equal text when there was one.
    mutating func intern(_ text: String) -> String {
        guard text.utf8.count > Self.smallTextBytes else { return text }
        let (inserted, member) = texts.insert(Key(text: text))
        return inserted ? text : member.text
    }

    /// `intern(_:)` of an optional text.
    mutating func intern(_ text: String?) -> String? {
        text.map { intern($0) }
    }
}
