/// The woonplaats codes read so far, to find a repeated one: a code of four ASCII digits (every
/// CBS code) is a flag in a table of 10,000, any other code a `String` in a set.
///
/// Flags rather than a `Set<String>`: hashing each of the 2,501 codes was an eighth of loading the
/// places, on the thread whose reference data the steps wait for (scripts/BENCHMARKS.md).
struct PlaceCodeSet {
    /// Whether the four-digit code with this value was read (allocated at the first such code).
    private var fourDigits: [Bool] = []
    /// The other codes read.
    private var others = Set<String>()

    /// Adds `code`; false when it was read before.
    mutating func insert(_ code: String) -> Bool {
        guard let value = Self.fourDigitValue(code) else { return others.insert(code).inserted }
        if fourDigits.isEmpty { fourDigits = Array(repeating: false, count: 10_000) }
        guard !fourDigits[value] else { return false }
        fourDigits[value] = true
        return true
    }

    /// The value of a code of exactly four ASCII digits (`0873` is 873, and no other such code is),
    /// or nil.
    static func fourDigitValue(_ code: String) -> Int? {
        // On the contiguous bytes: iterating `code.utf8` cost ~200 instructions a code.
        var code = code
        return code.withUTF8 { bytes -> Int? in
            guard bytes.count == 4 else { return nil }
            var value = 0
            for byte in bytes {
                let digit = byte &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
    }
}
