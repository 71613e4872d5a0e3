/// One line of a card's figure block cut into what it says: numbers, words and separators.
///
/// "70.780", "Aantal leerlingen/studenten: 70.780", "70 780 Aantal leerlingen/ studenten",
/// "70.780Aantal" (a value and a label in two inline elements with nothing between them) and
/// "studenten 70.780" (the end of a label broken over lines, then its value) all read here; which
/// value belongs to which label is decided later, for the whole card (`FigurePairing`).
///
/// Hand-written rather than with a parser library: a line is a flat run of three kinds of piece,
/// and the grammar's only subtlety (a group separator counts only between digits) is one look-ahead.
enum FigureLine {
    /// One piece of a line.
    enum Part: Equatable {
        /// A number as printed ("70.780", "70 780", or an attempt such as "7O.780").
        case value(String)
        /// Words, whitespace collapsed.
        case text(String)
        /// A ":" or a tab: the words before it and the number after it belong together.
        case separator
    }

    /// The parts of `line`, in order.
    static func parts(_ line: String) -> [Part] {
        // A short line that is nothing but an attempt at a number is one value, even when it is no
        // number ("7O.780", "70,780"): it is then reported as such, never read as words.
        if FigureValue.looksLikeFigure(line), !line.utf8.contains(UInt8(ascii: ":")), !line.utf8.contains(0x09),
           !startsWithWord(line), !ASCIIFastPath.mayContainLowercased(line, "aantal"),
           !ASCIIFastPath.mayContainLowercased(line, "aangesloten") {
            return [.value(line)]
        }
        let scalars = Array(line.unicodeScalars)
        var parts: [Part] = []
        var textStart = 0  // the words since the last part: scalars[textStart..<i], cut out once
        func flushText(upTo end: Int) {
            if end > textStart {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[textStart..<end])
                let words = NameFolding.collapseWhitespace(String(view))
                if !words.isEmpty { parts.append(.text(words)) }
            }
        }
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if isDigit(scalar), i == 0 || !isWordCharacter(scalars[i - 1]) {
                var j = i
                while j < scalars.count {
                    if isDigit(scalars[j]) {
                        j += 1
                    } else if (FigureValue.groupSeparators.contains(scalars[j]) || scalars[j] == ","),
                              j + 1 < scalars.count, isDigit(scalars[j + 1]) {
                        j += 1
                    } else {
                        break
                    }
                }
                // Letters glued inside the number make it a failed attempt ("7O.780"); letters
                // glued after a complete number start the label ("70.780Aantal").
                var k = j
                while k < scalars.count, !scalars[k].properties.isWhitespace, scalars[k] != ":" { k += 1 }
                let word = String(String.UnicodeScalarView(scalars[j..<k]))
                // ... up to a label glued to it ("7O.780Aantal", "70.78OAantal").
                let lower = word.lowercased()
                if let cut = [lower.range(of: "aantal"), lower.range(of: "aangesloten")].compactMap({ $0?.lowerBound }).min() {
                    j += lower.unicodeScalars.distance(from: lower.unicodeScalars.startIndex, to: cut)
                } else if word.unicodeScalars.contains(where: isDigit) {
                    j = k
                }
                flushText(upTo: i)
                parts.append(.value(String(String.UnicodeScalarView(scalars[i..<j]))))
                i = j
                textStart = j
                continue
            }
            if scalar == ":" || scalar == "\t" {
                flushText(upTo: i)
                textStart = i + 1
                if parts.last != .separator { parts.append(.separator) }
            }
            i += 1
        }
        flushText(upTo: scalars.count)
        return parts
    }

    /// True when `text` starts a figure label: "Aantal …" or "Aangesloten …", in any case.
    static func startsLabel(_ text: String) -> Bool {
        ASCIIFastPath.lowercasedHasPrefix(text, "aantal") || ASCIIFastPath.lowercasedHasPrefix(text, "aangesloten")
    }

    private static func startsWithWord(_ line: String) -> Bool {
        line.unicodeScalars.first.map { $0.properties.isAlphabetic } ?? false
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || isDigit(scalar)
    }
}
