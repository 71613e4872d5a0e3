import Testing
@testable import RegiokaartCore

/// `TextInterner` hands back equal texts with one storage, and never changes a text's bytes.
@Suite struct TextInternerTests {
    /// The address of a native string's UTF-8 storage.
    static func storage(_ text: String) -> UnsafeRawPointer? {
        text.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    /// A long text made at run time, so that each call has a storage of its own.
    static func made(_ parts: [String]) -> String { parts.joined(separator: " ") }

    @Test func equalTextsComeBackSharingTheFirstStorage() throws {
        var interner = TextInterner()
        let first = Self.made(["Gemeente", "Súdwest-Fryslân", "en", "omgeving"])
        let second = Self.made(["Gemeente", "Súdwest-Fryslân", "en", "omgeving"])
        try #require(Self.storage(first) != Self.storage(second))
        let a = interner.intern(first), b = interner.intern(second)
        #expect(a == first && b == second)
        #expect(Self.storage(a) == Self.storage(first))
        #expect(Self.storage(b) == Self.storage(first))
        #expect(interner.count == 1)
    }

    @Test func canonicallyEquivalentTextsKeepTheirOwnBytes() {
        var interner = TextInterner()
        let composed = Self.made(["Onderwijsregio", "Zuid-Holland", "Z\u{E9}"])  // é as one scalar
        let decomposed = Self.made(["Onderwijsregio", "Zuid-Holland", "Ze\u{301}"])  // e + combining accent
        #expect(composed == decomposed)  // equal as Swift compares strings…
        let a = interner.intern(composed), b = interner.intern(decomposed)
        #expect(Array(a.utf8) == Array(composed.utf8))
        #expect(Array(b.utf8) == Array(decomposed.utf8))  // …but each keeps its bytes
        #expect(interner.count == 2)
    }

    @Test func shortTextsAndDistinctTextsAreLeftAsTheyAre() {
        var interner = TextInterner()
        #expect(interner.intern("Ede") == "Ede")
        #expect(interner.intern(String?.none) == nil)
        let texts = (0..<50).map { Self.made(["Onderwijsregio", "nummer", String($0)]) }
        #expect(texts.map { interner.intern($0) } == texts)
        #expect(interner.count == 50)
    }

    @Test func aRegionInternedKeepsEveryValue() throws {
        let (dataset, _) = try InteropSupport.dataset()
        var interner = TextInterner()
        for original in dataset.regions {
            var region = original
            region.intern(in: &interner)
            #expect(region.nameAsPublished == original.nameAsPublished)
            #expect(region.nameLines == original.nameLines)
            #expect(region.area == original.area)
            #expect(region.stories == original.stories)
        }
        // The same cards read again come back sharing every long text with the first reading.
        let (again, _) = try InteropSupport.dataset()
        var shared = 0
        for (copy, original) in zip(again.regions, dataset.regions) {
            var first = original, second = copy
            first.intern(in: &interner)
            second.intern(in: &interner)
            let texts = zip(first.area.map(\.raw) + first.stories.flatMap { $0.paragraphs.map(\.value) },
                            second.area.map(\.raw) + second.stories.flatMap { $0.paragraphs.map(\.value) })
            for (a, b) in texts where a.utf8.count > TextInterner.smallTextBytes {
                #expect(Self.storage(a) == Self.storage(b))
                shared += 1
            }
        }
        #expect(shared > 50)  // 80 on the real publication
    }
}
