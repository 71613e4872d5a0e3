import Foundation

/// The one way a publication is read and its cards and theme pages extracted.
///
/// A text publication of `Slicing.threshold` bytes or more is read in slices (`PublicationSlicer`,
/// cut after a card's closing links): each slice is checked, split into lines and its cards read,
/// then its bytes and line tables go; the next slice is read and its lines scanned meanwhile, no
/// further, so the extraction never holds more than two slices with their tables beside the cards.
/// Line numbers are the file's own. What depends on the whole publication (which lines head several
/// cards' figures, the order of values and labels the cards show) is decided as the slices come, and
/// checked at the end: a slice read with another decision than the whole publication's is read
/// again. Smaller files and HTML are read whole.
enum PublicationReader {
    /// When a publication is read in slices, and how large they are.
    struct Slicing: Sendable {
        /// A text file of at least this many bytes is read in slices.
        var threshold: Int
        /// About how many bytes a slice has.
        var sliceBytes: Int

        /// Slices of 4 MiB from 16 MiB on: the extraction's peak is the cards plus two slices (one
        /// scanned ahead) and their tables.
        static let standard = Slicing(threshold: 16 << 20, sliceBytes: 4 << 20)
    }

    /// The cards and theme pages of the publication at `path`. `didRead` is called once reading
    /// gives way to extracting: after the whole file is read, or, in slices, after the first slice's
    /// bytes (the other slices are read while the cards are extracted).
    static func extract(path: String, displayName: String? = nil, slicing: Slicing = .standard,
                        extractor: PublicationExtractor = PublicationExtractor(),
                        didRead: () -> Void = {}) throws(InputError) -> ExtractedPublication {
        let name = displayName ?? path
        var hasRead = false  // (a publication begun in slices may still be read whole)
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
           (slicing.threshold...FileBytes.maximumInputBytes).contains(Int(status.st_size)) {
            var slicer = try PublicationSlicer(path: path, name: name, sliceBytes: slicing.sliceBytes)
            let publication = try extractSliced(from: &slicer, path: path, extractor: extractor) {
                hasRead = true
                didRead()
            }
            if let publication { return publication }
        }
        let document = try DocumentReader.read(path: path, displayName: name)
        if !hasRead { didRead() }
        return extract(document, extractor: extractor)
    }

    /// The cards and theme pages of `document`, read whole.
    static func extract(_ document: SourceDocument,
                        extractor: PublicationExtractor = PublicationExtractor()) -> ExtractedPublication {
        var publication = extractor.extract(document)
        publication.themePages = themePages(of: document, before: publication)
        return publication
    }

    /// The theme pages of `document`: its lines before the first of `publication`'s cards.
    private static func themePages(of document: borrowing SourceDocument, before publication: ExtractedPublication) -> ThemePages {
        let firstCard = publication.regions.map(\.source.line).min() ?? Int.max
        return ThemePageExtractor().extract(document, before: firstCard)
    }

    /// One slice as read: where it lies, and what was decided reading it.
    private struct Slice {
        var bytes: Range<Int>
        var firstNumber: Int
        /// Its cards' places in the publication's regions.
        var regions: Range<Int>
        /// Its cards' findings.
        var log: IssueLog
        /// The lines before its cards' figures not taken for headings (too few cards yet had them).
        var nameLines: Set<String>
        /// The orders its cards show, and the one it paired figures in where a card shows none.
        var orders: Set<FigurePairing.Order>
        var order: FigurePairing.Order?
    }

    /// What one slice's extraction gives.
    private struct SliceReading {
        var publication: ExtractedPublication
        /// The findings of finding its cards (lines too long), before those of reading them.
        var lineLog: IssueLog
        var nameLines: Set<String>
        var orders: Set<FigurePairing.Order>
        var order: FigurePairing.Order?
    }

    /// The publication read in slices; nil when it must be read whole: it is HTML, or its first slice
    /// holds no card (the theme pages in front of the cards would run on into the next).
    private static func extractSliced(from slicer: inout PublicationSlicer, path: String, extractor: PublicationExtractor,
                                      didRead: () -> Void) throws(InputError) -> ExtractedPublication? {
        guard var first = try slicer.next(), DocumentReader.detectFormat(first.bytes) == .text else { return nil }
        didRead()
        var slices: [Slice] = []
        var regions: [Region] = []
        var lineLog = IssueLog()
        var countClaims: [Located<Int>] = []
        var themePages: ThemePages?
        var counts: [String: Int] = [:]
        var orders = Set<FigurePairing.Order>()
        var firstNumber = 1
        // Each slice's lines are checked, split and scanned (what depends on its bytes alone) on
        // another thread while the slice before it is extracted: the stages between the extractor's
        // two-core parts would otherwise leave a core idle. One slice is scanned ahead, no more.
        let name = slicer.name
        var scanning: BackgroundValue<ScannedSlice>? = scan(taking: &first, firstNumber: 1, path: path, name: name,
                                                             extractor: extractor)
        /// Reads the bytes of the slice after the one of `lineCount` lines and starts scanning them; false after the last.
        func scanNext(after lineCount: Int) throws(InputError) -> Bool {
            guard var following = try slicer.next() else { return false }
            scanning = scan(taking: &following, firstNumber: firstNumber + lineCount, path: path, name: name, extractor: extractor)
            return true
        }
        while true {
            guard case let (range, document, scanned)? = try take(&scanning) else { break }
            let lineCount = document.lines.count
            // Only once the first slice shows cards is the publication read on in slices.
            let isFirst = slices.isEmpty
            var hasFollowing = false
            if !isFirst { hasFollowing = try scanNext(after: lineCount) }
            var reading = extractSlice(document, scanned: scanned, extractor: extractor, counts: &counts, adding: true,
                                       ordersBefore: orders)
            if isFirst {
                guard !reading.publication.regions.isEmpty else { return nil }
                themePages = reading.publication.themePages
                // Room for the cards at the first slice's rate: grown by doubling, the array held up to twice them.
                let estimate = Double(reading.publication.regions.count) * Double(slicer.size) / Double(range.count)
                regions.reserveCapacity(Int(estimate * 1.0625) + 1)
            }
            orders.formUnion(reading.orders)
            lineLog.append(contentsOf: reading.lineLog)
            countClaims += reading.publication.countClaims
            slices.append(Slice(bytes: range, firstNumber: firstNumber,
                                regions: regions.count..<(regions.count + reading.publication.regions.count),
                                log: reading.publication.issues, nameLines: reading.nameLines,
                                orders: reading.orders, order: reading.order))
            regions += reading.publication.regions
            reading.publication.regions = []
            if isFirst { hasFollowing = try scanNext(after: lineCount) }
            if !hasFollowing { break }
            firstNumber += lineCount
        }
        // The decisions of the whole publication: a slice read with another is read again with them
        // (which may change the orders it shows, and so the publication's order: until none differs).
        var again = true
        while again {
            again = false
            let order = FigurePairing.documentOrder(slices.reduce(into: Set()) { $0.formUnion($1.orders) })
            for s in slices.indices {
                let slice = slices[s]
                guard slice.order != order || slice.nameLines.contains(where: { counts[$0, default: 0] >= PublicationExtractor.repeatedHeadingCount })
                else { continue }
                again = true
                let document = try document(try slicer.bytes(slice.bytes), firstNumber: slice.firstNumber,
                                            path: path, name: slicer.name)
                let others = slices.indices.reduce(into: Set<FigurePairing.Order>()) { if $1 != s { $0.formUnion(slices[$1].orders) } }
                let reading = extractSlice(document, extractor: extractor, counts: &counts, adding: false, ordersBefore: others)
                precondition(reading.publication.regions.count == slice.regions.count, "a slice read again has other cards")
                regions.replaceSubrange(slice.regions, with: reading.publication.regions)
                if s == 0 { themePages = reading.publication.themePages }
                slices[s].log = reading.publication.issues
                slices[s].nameLines = reading.nameLines
                slices[s].orders = reading.orders
                slices[s].order = reading.order
            }
        }
        var log = lineLog
        for slice in slices { log.append(contentsOf: slice.log, regionOffset: slice.regions.lowerBound) }
        return ExtractedPublication(source: slicer.name, regions: regions, countClaims: countClaims, issues: log,
                                    themePages: themePages)
    }

    /// One slice read ahead: where it lies in the file, its document, and its lines as the card
    /// finder scans them.
    private typealias ScannedSlice = (range: Range<Int>, document: SourceDocument, scanned: PublicationExtractor.ScannedLines)

    /// The slice `scanning` reads (waited for), and `scanning` let go of; nil when there is none.
    private static func take(_ scanning: inout BackgroundValue<ScannedSlice>?) throws(InputError) -> ScannedSlice? {
        let taken = scanning
        scanning = nil
        return try taken?.value()
    }

    /// Starts reading `slice` (its document's lines numbered from `firstNumber`) into a
    /// `ScannedSlice` on another thread, taking its bytes; the value throws the error reading it throws.
    private static func scan(taking slice: inout (start: Int, bytes: [UInt8]), firstNumber: Int, path: String, name: String,
                             extractor: PublicationExtractor) -> BackgroundValue<ScannedSlice> {
        let range = slice.start..<(slice.start + slice.bytes.count)
        let bytes = slice.bytes
        slice.bytes = []  // the document holds the slice's bytes, and frees them with its lines
        return BackgroundValue { () throws(InputError) -> ScannedSlice in
            let document = try document(bytes, firstNumber: firstNumber, path: path, name: name)
            return (range, document, extractor.scanLines(document))
        }
    }

    /// The cards of one slice, decided with `counts` (with this slice's own added first when
    /// `adding`) and the orders `ordersBefore` the other slices show; the theme pages too for the first.
    /// `scanned`: the document's lines as `PublicationExtractor.scanLines` gives them, when scanned already.
    private static func extractSlice(_ document: consuming SourceDocument,
                                     scanned: consuming PublicationExtractor.ScannedLines? = nil,
                                     extractor: PublicationExtractor,
                                     counts: inout [String: Int], adding: Bool,
                                     ordersBefore: Set<FigurePairing.Order>) -> SliceReading {
        var cards = extractor.findCards(in: scanned ?? extractor.scanLines(document))
        let lineLog = cards.log
        cards.log = IssueLog()
        if adding { cards.countNameLines(into: &counts) }
        var nameLines = Set<String>()
        extractor.markHeadings(&cards, counts: counts) { nameLines.insert($0) }
        let orders = cards.figureOrders()
        let order = FigurePairing.documentOrder(ordersBefore.union(orders))
        var publication = extractor.readCards(cards, order: order)
        if document.lines.firstNumber == 1 { publication.themePages = themePages(of: document, before: publication) }
        return SliceReading(publication: publication, lineLog: lineLog, nameLines: nameLines, orders: orders, order: order)
    }

    /// The lines of one slice's `bytes`. A slice that is not valid text throws the error reading the
    /// whole file throws (the first bad byte or NUL of the whole file, with the file's own offset).
    private static func document(_ bytes: consuming [UInt8], firstNumber: Int, path: String,
                                 name: String) throws(InputError) -> SourceDocument {
        do {
            return try TextDocumentReader.read(bytes, name: name, firstNumber: firstNumber)
        } catch {
            _ = consume bytes
            do {
                _ = try TextDocumentReader.read(try FileBytes.read(path: path, displayName: name), name: name)
            } catch let whole {
                throw whole
            }
            throw PublicationSlicer.changed(name)
        }
    }
}
