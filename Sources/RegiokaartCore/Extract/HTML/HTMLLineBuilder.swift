/// Collects rendered text into numbered lines, the way a browser lays out text in blocks.
///
/// Whitespace inside a line collapses to one space and disappears at the start and end of the
/// line; non-breaking and other Unicode spaces count as whitespace. The invisible format characters
/// (`InvisibleCharacters`: soft hyphen, zero-width space, non-joiner and joiner, word joiner, BOM)
/// are left out of a line's text, so that labels and headings read as they look, and the line is
/// kept as printed with them beside it (`SourceLines.printings`): a name is read from that printing,
/// so the step that removes them reports them (`RemoveInvisibleCharacters`). Empty lines are not
/// emitted. Each line is numbered with the source line of its first character.
struct HTMLLineBuilder {
    /// The text of the finished lines, each followed by an LF, then the current line's text.
    private var buffer: [UInt8] = []
    /// Where every `SourceLines.checkpointStride`-th finished line starts in `buffer`.
    private var checkpoints: [UInt32] = []
    /// Each finished line's number.
    private var numbers: [Int] = []
    /// Where the current line starts in `buffer`.
    private var lineStart = 0
    private var hasContent = false
    private var pendingSpace = false
    private var pendingBullet = false
    private var number = 0
    /// The invisible characters left out of the current line: the byte offset in its text where
    /// each stood, and the character.
    private var invisibles: [(offset: Int, character: Unicode.Scalar)] = []
    /// The finished lines printed with their invisible characters, by position (those holding any).
    private var printings: [Int: String] = [:]

    /// The bullet that starts a list item's line (what the text extractor reads as a list entry).
    static let bullet: [UInt8] = Array("- ".utf8)

    /// An empty builder.
    init() {}

    /// Whether nothing visible has been added to the current line yet.
    var isAtLineStart: Bool { !hasContent }

    /// The finished lines (all of them once the last line is ended). Their texts never hold
    /// CR or LF (those are whitespace here), so an LF after each separates them.
    var lines: SourceLines {
        SourceLines(bytes: buffer, lineCount: numbers.count, checkpoints: checkpoints, numbers: numbers, printings: printings)
    }

    /// Ends the current line, if it has any text. (Nothing is written for a line until its
    /// first visible character, so a line without text leaves no bytes behind.)
    mutating func endLine() {
        if hasContent {
            if !invisibles.isEmpty { printings[numbers.count] = printing() }
            if numbers.count % SourceLines.checkpointStride == 0 { checkpoints.append(UInt32(lineStart)) }
            numbers.append(number)
            buffer.append(0x0A)
            lineStart = buffer.count
        }
        hasContent = false
        pendingSpace = false
        invisibles.removeAll()
    }

    /// The current line's text with its invisible characters where they stood.
    private func printing() -> String {
        var scalars = String.UnicodeScalarView()
        let text = String(decoding: buffer[lineStart...], as: UTF8.self)
        var offset = 0, next = 0
        for scalar in text.unicodeScalars {
            while next < invisibles.count, invisibles[next].offset <= offset { scalars.append(invisibles[next].character); next += 1 }
            scalars.append(scalar)
            offset += UTF8.width(scalar)
        }
        while next < invisibles.count { scalars.append(invisibles[next].character); next += 1 }
        return String(scalars)
    }

    /// Leaves the invisible character `character` out of the current line, noting where it stood:
    /// after the collapsed space or the bullet that the next visible character will write.
    private mutating func leaveOut(_ character: Unicode.Scalar) {
        let offset: Int
        if hasContent {
            offset = buffer.count - lineStart + (pendingSpace ? 1 : 0)
        } else {
            offset = pendingBullet ? Self.bullet.count : 0
        }
        invisibles.append((offset, character))
    }

    /// Adds whitespace to the current line (collapsed like any other: none at its start or end).
    mutating func appendSpace() {
        pendingSpace = true
    }

    /// Starts a list item: ends the current line; the item's first text starts with a bullet.
    mutating func beginListItem() {
        endLine()
        pendingBullet = true
    }

    /// Ends a list item (an item without text leaves no bullet behind).
    mutating func endListItem() {
        endLine()
        pendingBullet = false
    }

    /// Adds the UTF-8 text of one text node, whose first byte is on source line `firstLine`.
    /// In preformatted text a newline ends the line instead of counting as a space.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>, firstLine: Int, preformatted: Bool) {
        var line = firstLine
        var i = 0
        let count = text.count
        while i < count {
            // Copy runs of ordinary bytes in one go (a 10 MB paragraph is one text node).
            var end = i
            while end < count, !Self.isSpecial(text[end]) { end += 1 }
            if end > i {
                startContent(onLine: line)
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: text[i..<end]))
                i = end
                continue
            }
            let byte = text[i]
            // Soft hyphen, zero-width spaces and joiners, word joiner, BOM (`InvisibleCharacters`).
            let invisible = byte < 0xC2 ? 0 : InvisibleCharacters.invisibleLength(text, at: i)
            if invisible > 0 {
                leaveOut(String(decoding: UnsafeBufferPointer(rebasing: text[i..<(i + invisible)]), as: UTF8.self).unicodeScalars.first!)
                i += invisible
                continue
            }
            let next1 = i + 1 < count ? text[i + 1] : 0
            let next2 = i + 2 < count ? text[i + 2] : 0
            switch byte {
            case 0x0A:
                line += 1
                if preformatted { endLine() } else { pendingSpace = true }
                i += 1
            case 0x20, 0x09, 0x0C, 0x0D:
                pendingSpace = true
                i += 1
            case 0x00...0x1F:  // other C0 controls are not rendered
                i += 1
            case 0xC2 where next1 == 0xA0:  // U+00A0 no-break space
                pendingSpace = true
                i += 2
            case 0xE2 where next1 == 0x80 && ((0x80...0x8A).contains(next2) || next2 == 0xA8 || next2 == 0xA9 || next2 == 0xAF):
                pendingSpace = true  // U+2000–U+200A spaces, line/paragraph separators, narrow no-break space
                i += 3
            case 0xE2 where next1 == 0x81 && next2 == 0x9F, 0xE3 where next1 == 0x80 && next2 == 0x80:
                pendingSpace = true  // U+205F medium mathematical space, U+3000 ideographic space
                i += 3
            default:
                startContent(onLine: line)
                buffer.append(byte)
                i += 1
            }
        }
    }

    /// Prepares for a visible character on source line `line`: numbers a new line, writes a
    /// pending bullet, or writes the collapsed space before it.
    private mutating func startContent(onLine line: Int) {
        if !hasContent {
            hasContent = true
            number = line
            if pendingBullet {
                buffer.append(contentsOf: Self.bullet)
                pendingBullet = false
            }
        } else if pendingSpace {
            buffer.append(0x20)
        }
        pendingSpace = false
    }

    /// Bytes that may be whitespace or start an invisible or space character.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF
    }
}
