import Foundation

/// Finds the region cards in a publication's lines.
///
/// A card is anchored on its first figure: a value line followed by a label naming pupils or students.
/// The name is the line(s) before that figure; the card's body runs to its closing navigation links or
/// to the next card's name. Everything outside cards (menus, theme pages, truncated fragments such as
/// "nende gebieden") is navigation and never becomes data.
struct PublicationExtractor: Sendable {
    /// The longest line (in UTF-8 bytes) the extractor reads. Every line of a card — name, figure,
    /// label, list item, story paragraph — is far shorter (the real publication's longest line has
    /// 814 bytes); a longer line is skipped and reported (`input.line_too_long`), so one huge line
    /// cannot make the card logic, the report or the outputs carry megabytes.
    static let maximumLineBytes = 64 * 1024
    /// The most items one card's area list can have (the real lists have at most a few dozen).
    /// Past it the card is reported (`card.list_too_long`, an error) and the rest of its list is not
    /// read, which bounds the matching work for a list that never ends.
    static let maximumAreaItems = 1000

    /// Whether the document is read on two cores (the tests compare it with one pass).
    var parallel = true

    init(parallel: Bool = true) {
        self.parallel = parallel
    }

    /// Extracts the cards and count claims of `document`, in three stages: find the cards, mark the
    /// lines that head several cards' figures (which also cuts each figure block at the next card),
    /// read the cards. What the stages decide from the whole document (which lines are headings, the
    /// order of values and labels) is decided here from `document` alone; `PublicationReader`
    /// decides it across the slices of a large publication.
    func extract(_ document: SourceDocument) -> ExtractedPublication {
        var cards = findCards(document)
        var counts: [String: Int] = [:]
        cards.countNameLines(into: &counts)
        markHeadings(&cards, counts: counts)
        let order = FigurePairing.documentOrder(cards.figureOrders())
        return readCards(cards, order: order)
    }

    /// A document's cards as found, before they are read.
    struct FoundCards {
        /// The document's non-blank lines.
        var lines: CardLines
        /// Where each card starts (its figure block taken out by `markHeadings`).
        var anchors: [Anchor]
        /// Each card's figure block, cut at the next card's name (by `markHeadings`).
        var blocks: [FigureBlock] = []
        /// What finding them reported (lines too long to read).
        var log: IssueLog

        /// Counts, by text, the cards each line just before a card's figures stands before.
        func countNameLines(into counts: inout [String: Int]) {
            for anchor in anchors where anchor.nameEnd > anchor.nameStart { counts[lines.text(anchor.nameEnd - 1), default: 0] += 1 }
        }

        /// The orders of values and labels the cards' own figure blocks show (see `FigurePairing.documentOrder`).
        func figureOrders() -> Set<FigurePairing.Order> {
            FigurePairing.orders(blocks.map(\.tokens))
        }
    }

    /// The lines of `document` and the cards in them, the figure blocks still in their anchors.
    func findCards(_ document: SourceDocument) -> FoundCards {
        findCards(in: scanLines(document))
    }

    /// A document's non-blank lines as the card finder reads them (its first stage, which depends
    /// on the document alone), and what scanning them reported (lines too long).
    struct ScannedLines: Sendable {
        var lines: CardLines
        var log: IssueLog
    }

    /// The cards in the lines `scanned`, the figure blocks still in their anchors: `findCards` after its first stage.
    func findCards(in scanned: consuming ScannedLines) -> FoundCards {
        var lines = scanned.lines
        let anchors = findAnchors(lines)
        lines.dropFigureCandidates()
        return FoundCards(lines: lines, anchors: anchors, log: scanned.log)
    }

    /// The first stage of `findCards`: the non-blank lines of `document`, each line too long to read
    /// left out and reported.
    func scanLines(_ document: SourceDocument) -> ScannedLines {
        // Only non-blank lines matter: blank lines separate nothing the structure depends on.
        var log = IssueLog()
        // The test runs on every line: it touches no more than the length (the report comes after).
        var tooLong: [(position: Int, length: Int)] = []
        let scanned = CardLines(document) { position, length in
            guard length > Self.maximumLineBytes else { return false }
            tooLong.append((position, length))
            return true
        }
        for (position, length) in tooLong {
            let line = document.lines[position]
            log.record(Issue(.warning, .inputLineTooLong, raw: String(line.text.prefix(80)) + "…",
                             at: document.location(of: line),
                             "A line of \(length) bytes (more than the \(Self.maximumLineBytes) any line of a card can have) was skipped unread."))
        }
        return ScannedLines(lines: scanned, log: log)
    }

    /// Marks as a heading of the figures the line before a card's figures that stands there, word
    /// for word, before `repeatedHeadingCount` cards or more (`counts`, by text): the name is above
    /// it. Then takes each card's figure block out of its anchor, cut at the next card's name.
    /// `declined` is told each such line not taken for a heading (too few cards have it).
    func markHeadings(_ cards: inout FoundCards, counts: [String: Int], declined: (String) -> Void = { _ in }) {
        let lines = cards.lines
        for n in cards.anchors.indices {
            let anchor = cards.anchors[n]
            guard anchor.nameEnd > anchor.nameStart else { continue }
            let text = lines.text(anchor.nameEnd - 1)
            guard counts[text, default: 0] >= Self.repeatedHeadingCount else { declined(text); continue }
            let floor = n > 0 ? cards.anchors[n - 1].label + 1 : 0
            let nameEnd = anchor.nameEnd - 1
            cards.anchors[n].sectionHeadings = [nameEnd]
            cards.anchors[n].nameEnd = nameEnd
            cards.anchors[n].nameStart = nameStart(lines, end: nameEnd, floor: floor)
        }
        // Each card's figure block leaves its anchor, cut at the next card's name; the readers
        // below free each block once its card is read, so no card's tokens outlive its reading.
        var blocks: [FigureBlock] = []
        blocks.reserveCapacity(cards.anchors.count)
        for n in cards.anchors.indices {
            let end = n + 1 < cards.anchors.count ? cards.anchors[n + 1].nameStart : lines.count
            var block = cards.anchors[n].block
            cards.anchors[n].block.tokens = []
            if block.end > end {  // never into the next card (a card without a closing line)
                block.tokens.removeAll { $0.lastLine >= end }
                block.end = max(end, cards.anchors[n].blockStart)
            }
            blocks.append(block)
        }
        cards.blocks = blocks
    }

    /// Reads the cards found (headings marked), pairing figures in `order` where a card shows none:
    /// its regions, count claims and findings.
    func readCards(_ cards: consuming FoundCards, order: FigurePairing.Order?) -> ExtractedPublication {
        let lines = cards.lines, anchors = cards.anchors
        var log = cards.log
        // The cards are independent once their anchors are known: each half on a core of its own,
        // the findings of the second half after those of the first.
        let halves = [0..<(anchors.count / 2), (anchors.count / 2)..<anchors.count]
        let halfBlocks = ConcurrentResults(values: halves.map { Array(cards.blocks[$0]) })
        cards.blocks = []
        let cardLogs = ConcurrentResults<IssueLog>(count: halves.count)
        // Each half puts its regions straight into the one array: half arrays and their copy
        // would hold every region twice at the end of extraction (its peak of memory).
        let regions = [Region](unsafeUninitializedCapacity: anchors.count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let slots = RegionSlots(base: base)
            DispatchQueue.concurrentPerform(iterations: parallel ? halves.count : 0) { h in
                cardLogs.set(readCards(halves[h], of: anchors, blocks: halfBlocks.take(at: h)!, order: order,
                                       in: lines, into: slots), at: h)
            }
            for h in halves.indices where cardLogs.value(at: h) == nil {
                cardLogs.set(readCards(halves[h], of: anchors, blocks: halfBlocks.take(at: h)!, order: order,
                                       in: lines, into: slots), at: h)
            }
            initialized = anchors.count
        }
        for h in halves.indices { log.append(contentsOf: cardLogs.value(at: h)!) }
        for issue in Self.invisibleCharacterFindings(lines.source, file: lines.file, regions: regions) { log.record(issue) }
        return ExtractedPublication(source: lines.file, regions: regions,
                                    countClaims: findCountClaims(lines), issues: log)
    }

    /// Storage for the regions of all cards, each card's slot written once by the half reading it.
    struct RegionSlots: @unchecked Sendable {
        let base: UnsafeMutablePointer<Region>

        /// Initialises slot `n` (uninitialised before) to `region`.
        func put(_ region: Region, at n: Int) {
            (base + n).initialize(to: region)
        }
    }

    /// Reads the cards `range` of `anchors`, whose figure blocks are `blocks` (in order), into their
    /// slots of `slots`; the findings of reading them. Each block is freed once its card is read.
    func readCards(_ range: Range<Int>, of anchors: [Anchor], blocks: consuming [FigureBlock], order: FigurePairing.Order?,
                   in lines: CardLines, into slots: RegionSlots) -> IssueLog {
        var log = IssueLog()
        for n in range {
            let end = n + 1 < anchors.count ? anchors[n + 1].nameStart : lines.count
            let block = blocks[n - range.lowerBound]
            blocks[n - range.lowerBound].tokens = []
            // The last card must end in closing links when the card before it does (or it is the
            // only one): a page whose cards have none ends its last card where the page ends.
            let closingExpected = n + 1 == anchors.count
                && (n == 0 || (anchors[n - 1].nameStart..<anchors[n].nameStart).contains { CardMarkers.isTerminator(lines.text($0)) })
            slots.put(readCard(lines, anchor: anchors[n], block: block, order: order, end: end,
                               closingExpected: closingExpected, log: &log, index: n), at: n)
        }
        return log
    }

    /// Where a card starts: its name lines, the first line of its figure block and of its first label.
    struct Anchor {
        var nameStart: Int
        var nameEnd: Int  // exclusive
        var blockStart: Int
        var label: Int
        /// The figure block from `blockStart`, read to its end (`markHeadings` cuts it at the next card
        /// and takes it out).
        var block: FigureBlock
        /// Lines between the name and the figures that head every card's figures (a table caption
        /// "Kerncijfers"): not part of the name.
        var sectionHeadings: [Int] = []
    }

    /// A line standing between the name and the figures of at least this many cards, word for word,
    /// heads the figures (a caption such as "Kerncijfers"); names are unique but for sector tags.
    static let repeatedHeadingCount = 3

    /// The cards: one at each line where a "students" label starts (the first label on that line,
    /// read over the lines it is broken over), and one at the first recognised label after a card's
    /// closing links (a card whose pupils label is damaged or printed later is still a card). The
    /// figure block starts there, or on the lines before when they are values standing alone (value
    /// before label).
    ///
    /// The document is read in two halves on two cores, split after a closing-links line near the
    /// middle: after closing links a card's name and figures cannot reach back (the name stops at
    /// them, and they are not a value), so the second half reads as it would after the first,
    /// provided the first half's last figure block ends before that line; otherwise the second half
    /// is read again after the first, as one pass would.
    ///
    /// (A line standing before the figures of several cards is taken for a name here: `markHeadings`.)
    func findAnchors(_ lines: CardLines) -> [Anchor] {
        guard parallel, let split = splitLine(lines) else { return findAnchors(lines, in: 0..<lines.count).anchors }
        let halves = [0..<split, split..<lines.count]
        let found = ConcurrentResults<(anchors: [Anchor], blockEnd: Int)>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { h in found.set(findAnchors(lines, in: halves[h]), at: h) }
        let first = found.value(at: 0)!, second = found.value(at: 1)!
        return first.anchors + (first.blockEnd < split ? second.anchors : findAnchors(lines, in: halves[1], after: first).anchors)
    }

    /// The line after the first closing-links line from the middle of the document on, or nil.
    func splitLine(_ lines: CardLines) -> Int? {
        (lines.count / 2..<lines.count).first { mayBeTerminator(lines, $0) && CardMarkers.isTerminator(lines.text($0)) }
            .map { $0 + 1 }
    }

    /// The anchors of the lines `range`, read from its start as from the start of a document (or
    /// after `previous`, the anchors of the lines before it); and where the last one's figure block ends.
    func findAnchors(_ lines: CardLines, in range: Range<Int>,
                     after previous: (anchors: [Anchor], blockEnd: Int)? = nil) -> (anchors: [Anchor], blockEnd: Int) {
        var anchors: [Anchor] = []
        var blockEnd = previous?.blockEnd ?? range.lowerBound  // the end of the last card's figure block: a label before it is that card's
        // Whether closing links stand between the last card's figures and line `k`, found by looking
        // at each line once, and only when a label other than the pupils' asks (rarely).
        var scanned = blockEnd
        var closed = previous?.anchors.isEmpty ?? true
        func closedBefore(_ k: Int) -> Bool {
            while !closed, scanned < k {
                if mayBeTerminator(lines, scanned), CardMarkers.isTerminator(lines.text(scanned)) { closed = true }
                scanned += 1
            }
            return closed
        }
        // Only the lines `CardLines` found may start a figure: from the first of them in `range` on.
        let candidates = lines.figureCandidates
        var c = 0, high = candidates.count
        while c < high {
            let mid = (c + high) / 2
            if Int(candidates[mid]) < range.lowerBound { c = mid + 1 } else { high = mid }
        }
        while c < candidates.count, Int(candidates[c]) < range.upperBound {
            let candidate = Int(candidates[c])
            c += 1
            guard candidate >= blockEnd else { continue }
            let floor = (anchors.last ?? previous?.anchors.last).map { $0.label + 1 } ?? range.lowerBound
            // Where the exact path starts no figure, a label without its opener word may (`labelsWithoutOpener`).
            let starts = mayStartFigure(lines, candidate) && !isValueLine(lines, candidate)
                ? [candidate] : labelsWithoutOpener(lines, candidate, floor: max(floor, blockEnd))
            var found: (k: Int, block: FigureBlock)?
            for k in starts {
                let block = FigureBlock(lines, from: k, limit: lines.count, firstLabelOnly: true)
                guard let label = block.tokens.first(where: { !$0.isValue }), label.firstLine == k,
                      let kind = label.kind, kind == .students || closedBefore(k) else { continue }
                found = (k, block)
                break
            }
            guard let (k, firstLabel) = found else { continue }
            var block = firstLabel
            block.read(lines, limit: lines.count)
            var blockStart = k
            while blockStart > floor, k - blockStart < 3,
                  isValueLine(lines, blockStart - 1) || isValueLine(lines.text(blockStart - 1))
                    || FigureQualifier.of(lines.text(blockStart - 1)) != nil { blockStart -= 1 }
            if block.tokens.first(where: { !$0.isValue })?.kind != .students,
               let start = unreadFiguresStart(lines, above: blockStart, label: k, floor: floor) {
                // A card anchored at a later figure, whose pupils label went unread ("Leerlingen/opleiders"):
                // its figures above are read with the rest, and reported there; never its name.
                blockStart = start
                block = FigureBlock(lines, from: blockStart, limit: lines.count)
            } else {
                // The lone values above the label open the block (what reading it from `blockStart` gives).
                block.tokens.insert(contentsOf: (blockStart..<k).map {
                    FigureToken(role: .value, text: lines.text($0), firstLine: $0, lastLine: $0)
                }, at: 0)
            }
            let fullBlock = block
            blockEnd = fullBlock.end
            scanned = blockEnd
            closed = false
            let nameStart = self.nameStart(lines, end: blockStart, floor: floor)
            anchors.append(Anchor(nameStart: nameStart, nameEnd: blockStart, blockStart: blockStart, label: k, block: fullBlock))
        }
        return (anchors, anchors.isEmpty ? (previous?.blockEnd ?? range.lowerBound) : blockEnd)
    }

    /// For a card anchored at a figure other than the pupils' (after closing links): where its
    /// figures start when label lines stand above `start` (the first value above the anchor's label
    /// `label`), with values beside them ("70.780" / "Leerlingen/opleiders" / "53" / "Aantal …"):
    /// the topmost of the value and label lines there (`FigureLabel.mayStartWithoutOpener`, or a
    /// dash before its label: "–Aantal …", `FigureLine.dashBeforeLabel`), nil
    /// when there is no label line among them (then the values alone open the block).
    func unreadFiguresStart(_ lines: CardLines, above start: Int, label: Int, floor: Int) -> Int? {
        var top = start, sawLabel = false
        while top > floor, label - top < 3 * FigureBlock.maximumLabelLines {
            let text = lines.text(top - 1)
            if isValueLine(lines, top - 1) || isValueLine(text) || FigureQualifier.of(text) != nil {
                top -= 1
            } else if FigureLabel.mayStartWithoutOpener(text) || lines.withBytes(top - 1, { FigureLine.dashBeforeLabel($0) != nil }) {
                top -= 1
                sawLabel = true
            } else {
                break
            }
        }
        return sawLabel ? top : nil
    }

    /// The lines around candidate line `k` (one `findAnchors` looks at) where a label without its
    /// opener word may start a card's first figure (`FigureLabel.mayStartWithoutOpener`), to be tried in
    /// order: for a value standing alone, the label lines just above it (label before value) and the
    /// line after it (value before label), unless that line opens a label the exact path reads; for a
    /// line of words ending in a digit ("Leerlingen/studenten: 70.780"), the line itself. None for
    /// other lines. Every value line of the real publication has "Aantal" or "Aangesloten" after it:
    /// the words are looked at (as strings) only when the exact path fails.
    func labelsWithoutOpener(_ lines: CardLines, _ k: Int, floor: Int) -> [Int] {
        let (first, last) = lines.withBytes(k) { ($0.first ?? 0, $0.last ?? 0) }
        if first &- 0x30 < 10 {
            guard isValueLine(lines, k) || isValueLine(lines.text(k)) else { return [] }
            let next = k + 1
            if next < lines.count, isLabelStart(lines, next) { return [] }
            var starts: [Int] = []
            var start = k
            while start > floor, k - start < FigureBlock.maximumLabelLines,
                  FigureLabel.mayStartWithoutOpener(lines.text(start - 1)) {
                start -= 1
            }
            if start < k { starts.append(start) }
            if next < lines.count, !isValueLine(lines, next), FigureLabel.mayStartWithoutOpener(lines.text(next)) { starts.append(next) }
            return starts
        }
        guard (first | 0x20) &- 0x61 < 26, last &- 0x30 < 10, !isLabelStart(lines, k),
              lines.withBytes(k, { FigureLabel.mayHoldLabel($0, strict: true) }) else { return [] }
        // The words before the line's first value or separator.
        let parts = FigureLine.parts(lines.text(k))
        guard case .text(let words)? = parts.first, parts.count > 1, FigureLabel.mayStartWithoutOpener(words) else { return [] }
        return [k]
    }

    /// The first line of the name that ends before line `end`: the line before, plus earlier lines
    /// it continues ("Onderwijsregio LOA" + "(Lingewaard, Overbetuwe en Arnhem)"), never at or
    /// before `floor` or across closing links or a label.
    func nameStart(_ lines: CardLines, end: Int, floor: Int) -> Int {
        var nameStart = end
        while nameStart > floor, end - nameStart < 3 {
            let printed = lines.text(nameStart - 1)
            // A figure printed as a list item ("- Aantal …", "- ca. 70.780") is judged without its bullet.
            let candidate = CardMarkers.bulletItems(printed)?.first ?? printed
            // A value line is never part of a name ("ca. 12.000" above a label broken off it).
            // A value standing alone is never a name either (a card whose first label went unread
            // would otherwise be named after its pupils value, "70.780").
            if CardMarkers.isTerminator(candidate) || isLabelStart(candidate) || FigureQualifier.of(candidate) != nil
                || isValueLine(lines, nameStart - 1) || (candidate.utf8.first.map { $0 &- 0x30 < 10 } == true && isValueLine(candidate)) { break }
            nameStart -= 1
            if !continuesPrevious(candidate) { break }
        }
        return nameStart
    }

    /// `isValueLine` of line `k` when its bytes are digits, dots and spaces only (most value lines);
    /// false otherwise, leaving the other lines to the full reading.
    func isValueLine(_ lines: CardLines, _ k: Int) -> Bool {
        lines.withBytes(k) { bytes in
            bytes.count <= 24 && bytes.contains { (0x30...0x39).contains($0) }
                && bytes.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == 0x20 }
        }
    }

    /// True when `line` is a value standing alone ("70.780", "70 780", or an attempt such as "7O.780").
    func isValueLine(_ line: String) -> Bool {
        // A line starting with an ASCII letter starts with words (names do): no value alone.
        if let first = line.utf8.first, (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first) { return false }
        let parts = FigureLine.parts(line)
        guard parts.count == 1, case .value = parts[0] else { return false }
        return true
    }

    /// A byte test every closing-link line passes: after any "[", "-", "*" and spaces it starts
    /// with "terug" (any case) or with a non-ASCII byte (another bullet).
    func mayBeTerminator(_ lines: CardLines, _ k: Int) -> Bool {
        lines.withBytes(k, CardMarkers.mayBeTerminator)
    }

    /// True when line `k` may start a figure label: it starts with "Aantal" or "Aangesloten", or
    /// with a digit (a value on the line of its label), or with a qualified value ("ca. 70.780
    /// Aantal …", "７０.７８０ Aantal …": reported on its card, `FigureQualifier`). Decided from the first bytes.
    func mayStartFigure(_ lines: CardLines, _ k: Int) -> Bool {
        let value = lines.withBytes(k) { bytes in
            guard let first = bytes.first else { return false }
            return first &- 0x30 < 10 || (FigureLine.mayOpenWithApproximation(first) || first >= 0x80)
                && FigureLine.opensWithQualifiedValue(bytes)
        }
        return value || isLabelStart(lines, k)
    }

    /// True when a name line continues the line before it: it opens with "(" or a lower-case letter,
    /// after any markdown emphasis ("**(Lingewaard, Overbetuwe en Arnhem)**").
    func continuesPrevious(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first(where: { $0 != "*" && $0 != "_" }) else { return false }
        return first == "(" || first.properties.isLowercase
    }

    func isLabelStart(_ line: String) -> Bool {
        ASCIIFastPath.lowercasedHasPrefix(line, "aantal") || ASCIIFastPath.lowercasedHasPrefix(line, "aangesloten")
    }

    /// `isLabelStart` of line `k`, decided from its bytes (this runs on every line of the document).
    func isLabelStart(_ lines: CardLines, _ k: Int) -> Bool {
        let answer = lines.withBytes(k) { bytes -> Bool? in
            let aantal = ASCIIFastPath.lowercasedHasPrefix(bytes, "aantal")
            if aantal == true { return true }
            let aangesloten = ASCIIFastPath.lowercasedHasPrefix(bytes, "aangesloten")
            if aangesloten == true { return true }
            return aantal == false && aangesloten == false ? false : nil
        }
        return answer ?? isLabelStart(lines.text(k))
    }

    /// The card at `anchor`, read up to line `end` (the next card's name, or the end of the file).
    /// `closingExpected`: a card that reaches `end` without closing links is cut off (the last card,
    /// when the card before it ends in closing links).
    func readCard(_ lines: CardLines, anchor: Anchor, block: FigureBlock, order: FigurePairing.Order?, end: Int,
                  closingExpected: Bool, log: inout IssueLog, index: Int) -> Region {
        // A name as printed: invisible characters in it are removed, and reported, by the name steps.
        let nameLines = (anchor.nameStart..<anchor.nameEnd).map(lines.printedLocated)
        let cardLocation = nameLines.first?.location ?? lines.location(anchor.label)
        func report(_ severity: Severity, _ code: IssueCode, field: String? = nil, raw: String? = nil,
                    at location: SourceLocation, _ message: String) {
            log.record(Issue(severity, code, field: field, raw: raw, at: location, message), region: index)
        }
        if nameLines.isEmpty, anchor.nameStart > 0, case let before = anchor.nameStart - 1,
           isValueLine(lines, before) || isValueLine(lines.text(before)) || FigureQualifier.of(lines.text(before)) != nil {
            // The safety net of `nameStart`: a number above the figures is a value whose label went unread, never a name.
            report(.error, .cardTruncated, field: "name", raw: lines.text(before), at: lines.location(before),
                   "The card has no name: the line before its figures, \"\(lines.text(before))\", is a number (a value whose label was not read?), never a name.")
        } else if nameLines.isEmpty {
            report(.error, .cardTruncated, field: "name", at: cardLocation, "The card has no name before its figures.")
        }
        let figures = readFigures(lines, block: block, order: order, cardLocation: cardLocation) {
            report($0, $1, field: $2, raw: $3, at: $4, $5)
        }
        for heading in anchor.sectionHeadings {
            report(.info, .cardSkippedLine, field: "name", raw: lines.text(heading), at: lines.location(heading),
                   "A line that stands before the figures of several cards (a heading of the figures, not a name) was skipped.")
        }
        var pos = max(block.end, anchor.blockStart)

        // The rest of the body: area list, stories, closing links.
        var area: [AreaEntry] = []
        area.reserveCapacity(max(0, min(end - pos, 64)))  // room for a usual list (a few dozen items); kept compacted below
        var stories: [CardStory] = []
        var hasAreaHeading = false
        var inArea = false
        var lostList: Located<String>?  // a skipped line that may be a list whose heading was lost
        var terminated = false
        while pos < end {
            // Most lines of a card are plain-ASCII list items: read from their bytes (what the
            // general path below gives them: not a closing link, heading or story).
            if inArea, stories.isEmpty, area.count < Self.maximumAreaItems, !lines.hasPrinting(pos),
               let item = lines.withBytes(pos, { CardMarkers.mayBeTerminator($0) ? nil : CardMarkers.singleASCIIItem($0) }) {
                if !item.isEmpty { area.append(AreaEntry(raw: item, line: lines.lineNumber(pos))) }
                pos += 1
                continue
            }
            // Story paragraphs are long: the byte pretest spares them the full closing-links test,
            // and the closing line itself is decided from its bytes when they can.
            if mayBeTerminator(lines, pos),
               lines.withBytes(pos, CardMarkers.isTerminator) ?? CardMarkers.isTerminator(lines.text(pos)) {
                pos += 1
                terminated = true
                break
            }
            let k = pos, line = lines.located(pos)
            pos += 1
            // An entry as printed, with the invisible characters its line is read without (reported by the name steps).
            func entry(_ raw: String, isContinuation: Bool = false) -> AreaEntry {
                AreaEntry(raw: lines.printed(raw, onLine: k), line: line.location.line, isContinuation: isContinuation)
            }
            if area.count >= Self.maximumAreaItems, inArea {
                let closing = ((pos - 1)..<end).first { CardMarkers.isTerminator(lines.text($0)) }
                report(.error, .cardListTooLong, field: "municipalities", raw: line.value, at: line.location,
                       "The list has more than \(Self.maximumAreaItems) items; the \((closing ?? end) - pos + 1) lines from here on were not read. Is the card's end missing?")
                if let closing { pos = closing + 1; terminated = true }
                break
            }
            if stories.isEmpty, let inline = CardMarkers.areaHeading(line.value) {
                hasAreaHeading = true
                inArea = true
                // "Verzorgingsgebied: Aalten, Apeldoorn en Zutphen": the names are the list's first entry.
                if !inline.isEmpty { area.append(entry(inline)) }
                continue
            }
            if let heading = CardMarkers.storyHeading(line.value) {
                inArea = false
                stories.append(CardStory(heading: Located(heading, at: line.location), paragraphs: []))
                continue
            }
            if !stories.isEmpty {
                stories[stories.count - 1].paragraphs.append(line)
                continue
            }
            if !inArea, !hasAreaHeading, area.isEmpty, let first = Self.listStart(line.value) {
                // Names after the figures without a heading: the heading was lost. Read as the area,
                // reported, never silently dropped (the card would read as a national region).
                report(.warning, .areaNoHeading, field: "municipalities", raw: line.value, at: line.location,
                       "The card lists names after its figures without an area heading (\"Verzorgingsgebied\"); they were read as its area.")
                inArea = true
                area.append(contentsOf: first.map { entry($0) })
                continue
            }
            if inArea {
                if let items = CardMarkers.bulletItems(line.value) ?? CardMarkers.tableRowItems(line.value) {
                    area.append(contentsOf: items.map { entry($0) })
                    continue
                }
                if let item = CardMarkers.numberedItem(line.value) {
                    area.append(entry(item))
                    continue
                }
                if let last = area.last, last.raw.hasSuffix("-") || line.value.unicodeScalars.first?.properties.isLowercase == true {
                    area.append(entry(line.value, isContinuation: true))
                    continue
                }
                if CardMarkers.looksLikeName(line.value) || CardMarkers.looksLikeList(line.value) {
                    area.append(entry(line.value))
                    continue
                }
            }
            if !hasAreaHeading, area.isEmpty, stories.isEmpty, lostList == nil, CardMarkers.looksLikeName(line.value) { lostList = line }
            report(.info, .cardSkippedLine, raw: line.value, at: line.location,
                   "A line inside the card that is not a figure, list item or story was skipped.")
        }
        if let lostList, area.isEmpty {
            // A lone name after the figures may be a list whose heading was lost ("Amsterdam en
            // Diemen"); it may as well be anything else. Not read, but never silent.
            report(.warning, .areaNoHeading, field: "municipalities", raw: lostList.value, at: lostList.location,
                   "The card has no area heading (\"Verzorgingsgebied\"), so it is read as a national region; the line after its figures may be its area. If it is, restore the heading.")
        }
        if !terminated && closingExpected {
            report(.error, .cardTruncated, raw: nameLines.map(\.value).joined(separator: " "), at: cardLocation,
                   "The card runs to the end of the file without its closing links: the file looks cut off.")
        }
        return Region(nameLines: nameLines, figures: figures, area: area.compacted(), stories: stories,
                      hasAreaHeading: hasAreaHeading, source: cardLocation)
    }

    /// The entries of a line that can only be an area list's first line, heading or not: a bullet
    /// item, a markdown table row ("| Aalten |"), a numbered item ("1. Aalten") or names separated
    /// as a list (`CardMarkers.looksLikeList`); nil for any other line (a card's lone line after its
    /// figures may be anything).
    static func listStart(_ line: String) -> [String]? {
        if let items = CardMarkers.bulletItems(line) ?? CardMarkers.tableRowItems(line) { return items.isEmpty ? nil : items }
        if let item = CardMarkers.numberedItem(line) { return [item] }
        if CardMarkers.looksLikeList(line) { return [line] }
        return nil
    }

    /// A byte test that every line yielding a claim below passes, so that the rest (lower-casing
    /// long story paragraphs) runs on a handful of lines: "onderwijsregio's" (or ’s, any case)
    /// after a digit and spaces, or at the start of the line when `atStart` (the line before is a number).
    func mayHoldCountClaim(_ line: String, atStart: Bool) -> Bool {
        var line = line
        return line.withUTF8 { mayHoldCountClaim($0, atStart: atStart) }
    }

    /// `mayHoldCountClaim` on the UTF-8 bytes of a line. The word is looked for only where an
    /// apostrophe ("'" or the lead byte of "’") follows it, found with `memchr`: apostrophes are
    /// rare and this runs over every byte of the document.
    func mayHoldCountClaim(_ bytes: UnsafeBufferPointer<UInt8>, atStart: Bool) -> Bool {
        var found = false
        Self.forEachApostrophe(in: bytes) { a, length in
            found = Self.isClaim(bytes, apostropheAt: a, length: length, atStart: atStart)
            return !found
        }
        return found
    }

    /// Calls `body` with the offset and byte length of each apostrophe ("'", then each "’") of
    /// `bytes`, found with `memchr`, until it returns false.
    static func forEachApostrophe(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ offset: Int, _ length: Int) -> Bool) {
        guard let base = bytes.baseAddress else { return }
        for mark in [UInt8(ascii: "'"), 0xE2] {
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, Int32(mark), bytes.count - from) {
                let a = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                from = a + 1
                if mark == UInt8(ascii: "'") {
                    if !body(a, 1) { return }
                } else if a + 2 < bytes.count, bytes[a + 1] == 0x80, bytes[a + 2] == 0x99 {  // ’
                    if !body(a, 3) { return }
                }
            }
        }
    }

    /// Whether "onderwijsregio" (any case) ends at `a` in the line `bytes`, where an apostrophe of
    /// `length` bytes is followed by "s", and stands after a number and spaces (or at the start,
    /// when `atStart`).
    static func isClaim(_ bytes: UnsafeBufferPointer<UInt8>, apostropheAt a: Int, length: Int, atStart: Bool) -> Bool {
        let word: StaticString = "onderwijsregio"
        let wordCount = word.utf8CodeUnitCount
        let i = a - wordCount
        guard i >= 0, a + length < bytes.count, ASCIIFastPath.lowercase(bytes[a + length]) == UInt8(ascii: "s") else { return false }
        if i == 0 {
            guard atStart else { return false }
        } else {
            // After one or more spaces (words are split on them) ending a number.
            var p = i - 1
            while p > 0, bytes[p] == 0x20, bytes[p - 1] == 0x20 { p -= 1 }
            guard bytes[i - 1] == 0x20, p > 0, (0x30...0x39).contains(bytes[p - 1]) else { return false }
        }
        var k = 0
        while k < wordCount, ASCIIFastPath.lowercase(bytes[i + k]) == word.utf8Start[k] { k += 1 }
        return k == wordCount
    }

    /// The lines shorter than 2000 bytes that pass `mayHoldCountClaim(atStart: true)`, in order.
    /// The apostrophes are looked for in the whole document at once, each tested on its line:
    /// there are far fewer of them than lines.
    func countClaimCandidates(_ lines: CardLines) -> [Int] {
        func passes(_ k: Int) -> Bool { lines.length(k) < 2000 && lines.withBytes(k) { mayHoldCountClaim($0, atStart: true) } }
        guard lines.isContiguous else { return (0..<lines.count).filter(passes) }
        var candidates: [Int] = []
        lines.source.withUnsafeBytes { document in
            Self.forEachApostrophe(in: document) { offset, length in
                guard let (k, a) = lines.line(holdingByteAt: offset), lines.length(k) < 2000 else { return true }
                if lines.withBytes(k, { Self.isClaim($0, apostropheAt: a, length: length, atStart: true) }) { candidates.append(k) }
                return true
            }
        }
        // Each kind of apostrophe was found in order: merged, each line once.
        return Array(Set(candidates)).sorted()
    }

    /// Every "49 onderwijsregio's" stated in the text: inline ("alle 49 onderwijsregio's") or as a
    /// number standing on its own line above "Onderwijsregio's".
    func findCountClaims(_ lines: CardLines) -> [Located<Int>] {
        var claims: [Located<Int>] = []
        for k in countClaimCandidates(lines) {
            // The test with `atStart` passes whenever the one without does: whether the line
            // before is a number is asked only of the lines that pass it.
            let afterNumber = k > 0 && isInteger(lines, k - 1)
            guard afterNumber || lines.withBytes(k, { mayHoldCountClaim($0, atStart: false) }) else { continue }
            if let ascii = asciiCountClaims(lines, k) {
                claims.append(contentsOf: ascii)
                continue
            }
            let line = lines.located(k)
            let lower = line.value.lowercased()
            guard lower.contains("onderwijsregio") else {
                continue
            }
            let words = lower.split(separator: " ")
            for (w, word) in words.enumerated() where w > 0 && (word.hasPrefix("onderwijsregio's") || word.hasPrefix("onderwijsregio’s")) {
                if let number = Int(words[w - 1]), number > 0 { claims.append(Located(number, at: line.location)) }
            }
            if k > 0, lower.hasPrefix("onderwijsregio's") || lower.hasPrefix("onderwijsregio’s"),
               let number = Int(lines.text(k - 1)), number > 0 {
                claims.append(Located(number, at: lines.location(k - 1)))
            }
        }
        return claims
    }

    /// The claims the loop of `findCountClaims` finds on line `k` when the line is ASCII (there
    /// lower-casing is per byte and "’" cannot occur), read from its bytes: the words are the runs
    /// between spaces, and only the word before a match becomes a `String` (for `Int`). Nil for
    /// any other line.
    func asciiCountClaims(_ lines: CardLines, _ k: Int) -> [Located<Int>]? {
        var numbers: [Int] = []
        let isASCII = lines.withBytes(k) { b -> Bool in
            guard ASCIIFastPath.isASCII(b) else { return false }
            var previous: Range<Int>?
            var i = 0
            while i < b.count {
                if b[i] == 0x20 { i += 1; continue }
                var j = i + 1
                while j < b.count, b[j] != 0x20 { j += 1 }
                if let previous, Self.startsWithClaimWord(b, at: i),
                   let number = Int(String(decoding: UnsafeBufferPointer(rebasing: b[previous]), as: UTF8.self)), number > 0 {
                    numbers.append(number)
                }
                previous = i..<j
                i = j
            }
            return true
        }
        guard isASCII else { return nil }
        var claims = numbers.map { Located($0, at: lines.location(k)) }
        if k > 0, lines.withBytes(k, { Self.startsWithClaimWord($0, at: 0) }),
           let number = Int(lines.text(k - 1)), number > 0 {
            claims.append(Located(number, at: lines.location(k - 1)))
        }
        return claims
    }

    /// Whether "onderwijsregio's" (any ASCII case) starts at byte `i` of `b`.
    static func startsWithClaimWord(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let word: StaticString = "onderwijsregio's"
        let count = word.utf8CodeUnitCount
        guard i + count <= b.count else { return false }
        for n in 0..<count where ASCIIFastPath.lowercase(b[i + n]) != word.utf8Start[n] { return false }
        return true
    }

    /// `Int(text) != nil` for line `k`; the first byte rules out most lines (a number is an
    /// optional ASCII sign and ASCII digits) without making their `String`.
    func isInteger(_ lines: CardLines, _ k: Int) -> Bool {
        let mayBeNumber = lines.withBytes(k) { bytes in
            guard let first = bytes.first else { return true }
            return (0x30...0x39).contains(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        }
        return mayBeNumber && Int(lines.text(k)) != nil
    }
}
