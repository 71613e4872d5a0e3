/// Every figure label of a document (`PublicationExtractor.labelBlock` at each line that starts
/// one), found in one pass: the anchor search and the card reader both ask for the same labels,
/// and reading a label (up to six lines joined and tested) was a third of the extraction of an
/// archive when done twice.
///
/// Three parallel arrays in line order instead of a dictionary: an archive of 1000 publications
/// has a quarter of a million labels.
struct LabelBlocks {
    /// The line each label starts on, ascending.
    private var starts: [Int] = []
    /// The line after each label's last line.
    private var ends: [Int] = []
    /// The figure each label names, nil for a label-like line that names none.
    private var kinds: [FigureKind?] = []

    /// The labels of `lines`, read by `extractor`.
    init(_ lines: CardLines, extractor: PublicationExtractor) {
        for k in 0..<lines.count where extractor.isLabelStart(lines, k) {
            let block = extractor.labelBlock(lines, from: k)
            starts.append(k)
            ends.append(block.end)
            kinds.append(block.kind)
        }
    }

    /// The lines that start a "students" label, ascending: the anchors of the cards.
    var studentLabels: [Int] {
        starts.indices.filter { kinds[$0] == .students }.map { starts[$0] }
    }

    /// The label starting on `line`, or nil when no label starts there.
    subscript(line: Int) -> (kind: FigureKind?, end: Int)? {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < line { low = mid + 1 } else { high = mid }
        }
        guard low < starts.count, starts[low] == line else { return nil }
        return (kinds[low], ends[low])
    }
}
