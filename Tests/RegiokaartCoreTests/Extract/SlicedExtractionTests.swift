import Foundation
import Testing
@testable import RegiokaartCore

/// A large text publication is read and extracted in slices (`PublicationReader`,
/// `PublicationSlicer`): what it gives must be exactly what reading it whole gives, on the real
/// publication repeated, its rendering variants and damage, with a slice boundary after every card,
/// and for bad bytes in a later slice; a file that changes while it is read is an error.
@Suite struct SlicedExtractionTests {
    static let text = RenderingVariantTests.publicationText

    /// `text` written to a fresh file; its path.
    static func file(_ text: String, _ name: String = "sliced.txt") throws -> String {
        try file(Array(text.utf8), name)
    }

    static func file(_ bytes: [UInt8], _ name: String = "sliced.txt") throws -> String {
        let path = try TestSupport.temporaryFolder("sliced").appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// How many slices the slicer cuts the file at `path` into.
    static func sliceCount(_ path: String, sliceBytes: Int) throws -> Int {
        var slicer = try PublicationSlicer(path: path, name: path, sliceBytes: sliceBytes)
        var count = 0
        while try slicer.next() != nil { count += 1 }
        return count
    }

    /// Every value the extraction gives, as text: regions, findings with their regions, count claims
    /// with their lines, theme pages.
    static func described(_ publication: ExtractedPublication) -> [String] {
        let ids = publication.regions.indices.map { "region \($0)" }
        return [String(describing: publication.regions),
                String(describing: publication.issues.issues(regionIDs: ids)),
                String(describing: publication.countClaims),
                String(describing: publication.themePages),
                publication.source]
    }

    /// The file of `text` read in slices of `sliceBytes` gives what reading it whole gives; the
    /// number of slices.
    @discardableResult
    static func expectSameExtraction(_ text: String, sliceBytes: Int, _ comment: Comment) throws -> Int {
        let path = try file(text)
        let whole = PublicationReader.extract(try DocumentReader.read(path: path, displayName: "p.txt"))
        let sliced = try PublicationReader.extract(path: path, displayName: "p.txt",
                                                   slicing: .init(threshold: 1, sliceBytes: sliceBytes))
        #expect(whole.regions.count == sliced.regions.count, comment)
        for (a, b) in zip(described(whole), described(sliced)) { #expect(a == b, comment) }
        return try sliceCount(path, sliceBytes: sliceBytes)
    }

    /// Repeated, names stand before several cards' figures (taken for headings), which the first
    /// slices cannot know yet: those slices are read again.
    @Test(arguments: [1, 4])
    func theRealPublicationRepeated(copies: Int) throws {
        let text = Array(repeating: Self.text, count: copies).joined(separator: "\n")
        for sliceBytes in [1, 5000, 70_000] {
            let slices = try Self.expectSameExtraction(text, sliceBytes: sliceBytes, "\(copies) copies, slices of \(sliceBytes)")
            #expect(slices >= text.utf8.count / (sliceBytes + 20_000))
        }
    }

    /// The first slice holds cards even when cut at the first closing links (else the publication is
    /// read whole, and the tests above would compare reading whole with itself).
    @Test func theFirstSliceHoldsCards() throws {
        let path = try Self.file(Self.text)
        var slicer = try PublicationSlicer(path: path, name: path, sliceBytes: 1)
        let first = try #require(try slicer.next())
        #expect(first.bytes.count < Self.text.utf8.count * 2 / 3)  // the theme pages, then the first card
        let document = try TextDocumentReader.read(first.bytes, name: path)
        #expect(!PublicationExtractor().extract(document).regions.isEmpty)
    }

    @Test(arguments: RenderingVariantTests.Kind.allCases)
    func eachRenderingVariant(kind: RenderingVariantTests.Kind) throws {
        let text = RenderingVariantTests.render([kind], seed: 7).text
        try Self.expectSameExtraction(text + "\n" + text + "\n" + text, sliceBytes: 9000, "\(kind)")
    }

    @Test(arguments: RenderingVariantTests.Damage.allCases)
    func damagedCards(damage: RenderingVariantTests.Damage) throws {
        for seed in 1...3 as ClosedRange<UInt64> {
            let text = RenderingVariantTests.damagedText(damage, seed: seed)
            try Self.expectSameExtraction(text, sliceBytes: 4000, "\(damage) \(seed)")
        }
    }

    /// Cards whose own figures show no order take the publication's: one slice of cards showing
    /// value before label, a later one label before value, so the publication shows none.
    @Test func theFigureOrderOfTheWholePublication() throws {
        let valueFirst = RenderingVariantTests.render([.valueThenLabelOnOneLine], seed: 2).text
        let labelFirst = RenderingVariantTests.render([.labelColonValue], seed: 2).text
        let plain = Self.text
        for sliceBytes in [2000, 50_000] {
            try Self.expectSameExtraction([plain, valueFirst, plain, labelFirst, plain].joined(separator: "\n"),
                                          sliceBytes: sliceBytes, "mixed orders \(sliceBytes)")
        }
    }

    /// A slice boundary just after each card's closing links in turn (the first cut of the file).
    @Test func aSliceBoundaryAfterEveryCard() throws {
        let bytes = Array(Self.text.utf8)
        var ends: [Int] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            let line = bytes[start..<i].withUnsafeBufferPointer { PublicationSlicer.isClosingLinks($0) }
            if line { ends.append(i + 1) }
            start = i + 1
        }
        #expect(ends.count >= 49)
        let path = try Self.file(Self.text)
        let whole = Self.described(PublicationReader.extract(try DocumentReader.read(path: path, displayName: "p.txt")))
        for end in ends {
            var slicer = try PublicationSlicer(path: path, name: path, sliceBytes: end)
            #expect(try slicer.next()?.bytes.count == end)
            let sliced = try PublicationReader.extract(path: path, displayName: "p.txt",
                                                       slicing: .init(threshold: 1, sliceBytes: end))
            #expect(Self.described(sliced) == whole, "cut at byte \(end)")
        }
    }

    /// A bad byte in a later slice: the error reading the whole file gives, with the file's own offset.
    @Test(arguments: [[0xFF] as [UInt8], [0xE2, 0x82], [0x00], [0xC0, 0xAF]])
    func aBadByteInALaterSlice(bad: [UInt8]) throws {
        var bytes = Array(Array(repeating: Self.text, count: 3).joined(separator: "\n").utf8)
        let at = bytes.count * 2 / 3
        bytes.insert(contentsOf: bad, at: at)
        let path = try Self.file(bytes)
        let sliced = Self.expectSameError(path, sliceBytes: 10_000)
        #expect(sliced?.description.contains("offset \(at)") == true, "\(sliced?.description ?? "")")
        #expect(try Self.sliceCount(path, sliceBytes: 10_000) > 3)
    }

    /// A NUL byte in a slice and bad UTF-8 in a later one: the UTF-8 error, as for the whole file.
    @Test func aNULBeforeBadUTF8() throws {
        var bytes = Array(Array(repeating: Self.text, count: 3).joined(separator: "\n").utf8)
        let bad = bytes.count * 2 / 3, nul = bytes.count / 3
        bytes.insert(0xFF, at: bad)
        bytes.insert(0x00, at: nul)
        let path = try Self.file(bytes)
        let sliced = #expect(throws: InputError.self) {
            try PublicationReader.extract(path: path, displayName: "p.txt", slicing: .init(threshold: 1, sliceBytes: 10_000))
        }
        #expect(sliced?.description.contains("not valid UTF-8 at byte offset \(bad + 1)") == true, "\(sliced?.description ?? "")")
    }

    /// Each slice is scanned on another thread while the one before it is extracted: a line too
    /// long to read, in the first slice and in later ones, is reported as reading whole reports it,
    /// in the same place among the findings.
    @Test func linesTooLongInSeveralSlices() throws {
        let long = String(repeating: "x", count: PublicationExtractor.maximumLineBytes + 5)
        let copies = Array(repeating: Self.text, count: 4)
        let text = copies.enumerated().map { k, copy in k % 2 == 0 ? long + "\n" + copy : copy }.joined(separator: "\n") + "\n" + long
        for sliceBytes in [1, 30_000] {
            let slices = try Self.expectSameExtraction(text, sliceBytes: sliceBytes, "slices of \(sliceBytes)")
            #expect(slices > 3)
        }
        let sliced = try PublicationReader.extract(path: try Self.file(text), displayName: "p.txt",
                                                   slicing: .init(threshold: 1, sliceBytes: 30_000))
        #expect(sliced.issues.issues().filter { $0.code == IssueCode.inputLineTooLong.rawValue }.count == 3)
    }

    /// A first slice without a card (closing links before the first card): the publication is read
    /// whole, though the next slice may have been read already; a bad byte after it is the whole
    /// file's error.
    @Test func aFirstSliceWithoutCards() throws {
        let text = "Terug naar boven\n" + Array(repeating: Self.text, count: 2).joined(separator: "\n")
        var slicer = try PublicationSlicer(path: try Self.file(text), name: "p.txt", sliceBytes: 1)
        let first = try #require(try slicer.next())
        #expect(first.bytes.count == 17)
        #expect(try Self.expectSameExtraction(text, sliceBytes: 1, "links first") > 2)
        var bytes = Array(text.utf8)
        bytes.insert(0xFF, at: bytes.count / 2)
        _ = Self.expectSameError(try Self.file(bytes), sliceBytes: 1)
    }

    /// Expects reading the file at `path` whole and in slices of `sliceBytes` to fail with the same
    /// error; the sliced reading's.
    static func expectSameError(_ path: String, sliceBytes: Int) -> InputError? {
        let whole = #expect(throws: InputError.self) {
            try TextDocumentReader.read(try FileBytes.read(path: path, displayName: "p.txt"), name: "p.txt")
        }
        let sliced = #expect(throws: InputError.self) {
            try PublicationReader.extract(path: path, displayName: "p.txt", slicing: .init(threshold: 1, sliceBytes: sliceBytes))
        }
        #expect(whole?.description == sliced?.description)
        return sliced
    }

    /// A file that changes between two slices is an error naming it.
    @Test(arguments: ["grows", "shrinks", "touched"])
    func aFileChangedWhileItIsRead(change: String) throws {
        let path = try Self.file(Array(repeating: Self.text, count: 3).joined(separator: "\n"), "changing.txt")
        var slicer = try PublicationSlicer(path: path, name: "changing.txt", sliceBytes: 20_000)
        _ = try slicer.next()
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        switch change {
        case "grows":
            handle.seekToEndOfFile()
            handle.write(Data("Terug naar boven\n".utf8))
        case "shrinks":
            handle.truncateFile(atOffset: 40_000)
        default:
            var times = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
            #expect(futimens(handle.fileDescriptor, &times) == 0)
        }
        try handle.close()
        let error = #expect(throws: InputError.self) { while try slicer.next() != nil {} }
        #expect(error?.description.contains("changing.txt") == true)
        #expect(error?.description.contains("changed while it was read") == true)
    }

    /// An HTML publication is read whole however large it is.
    @Test func htmlIsReadWhole() throws {
        let html = "<!DOCTYPE html><html><body>" + Self.text.split(separator: "\n").map { "<p>\($0)</p>" }.joined(separator: "\n") + "</body></html>"
        let path = try Self.file(html, "p.html")
        let whole = PublicationReader.extract(try DocumentReader.read(path: path, displayName: "p.html"))
        let sliced = try PublicationReader.extract(path: path, displayName: "p.html", slicing: .init(threshold: 1, sliceBytes: 3000))
        #expect(!whole.regions.isEmpty)
        #expect(Self.described(whole) == Self.described(sliced))
    }

    /// The cut is after a complete line of closing links: never between the CR and LF of a CRLF,
    /// never on a line that only starts like one, the last such line of the buffer.
    @Test func theCut() {
        func cut(_ text: String, atEnd: Bool = false) -> Int? {
            Array(text.utf8).withUnsafeBufferPointer { PublicationSlicer.cut($0, atEnd: atEnd) }
        }
        #expect(cut("a\nTerug naar boven\nb") == 19)
        #expect(cut("a\r\nTerug naar boven\r\nb") == 21)
        #expect(cut("a\r\nTerug naar boven\r") == nil)
        #expect(cut("a\r\nTerug naar boven\r", atEnd: true) == 20)
        #expect(cut("Terug naar boven") == nil)
        #expect(cut("  [Terug naar boven]  \nTerugkeer\nx") == 23)
        #expect(cut("Terugkeer naar boven\nx") == nil)
        #expect(cut("Terug naar a\nTerug naar b\nx") == 26)
        #expect(Array("Terug naar a\nTerug naar b\nx".utf8).withUnsafeBufferPointer { PublicationSlicer.cut($0, atEnd: false, from: 26) } == nil)
    }
}
