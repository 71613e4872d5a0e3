extension Array {
    /// A copy whose storage holds just its elements.
    ///
    /// An array grown by appending can have up to twice the room it needs; a large archive keeps
    /// hundreds of thousands of such lists (area entries, pairs) for the whole run.
    func compacted() -> [Element] {
        guard capacity > count else { return self }
        guard !isEmpty else { return [] }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = withUnsafeBufferPointer { source in
                guard let base = source.baseAddress else { return 0 }
                buffer.baseAddress!.initialize(from: base, count: source.count)
                return source.count
            }
        }
    }
}
