extension FigureLabel {
    /// The keywords of `table` found in an ASCII label, the label given a line at a time: the
    /// label lower-cased with spaces, tabs and hyphens dropped (its "squeezed" text) is run through
    /// one automaton that recognises every keyword at once (Aho–Corasick), whose state carries
    /// over from line to line.
    ///
    /// A label is read line by line and its kind asked after each line: each byte is looked at once
    /// (a table look-up), never again for a later line, and no `String` is made.
    struct Keywords {
        /// The automaton: `next[state * classes + classOf[byte]]` is the state after `byte`;
        /// `found[state]` the bits (as in `rows`) of the keywords that end there.
        private static let automaton = Automaton()
        /// Each row of `table` as its kind and the bits of its keywords.
        private static var rows: [(kind: FigureKind, mask: UInt32)] { automaton.rows }

        /// Whether the label starts with "aantal" or "aangesloten" (any case), known from its first line.
        private var startsLabel: Bool?
        /// The automaton's state after the squeezed text so far.
        private var state: UInt8 = 0
        /// The bits of the keywords found in the squeezed text so far.
        private(set) var found: UInt32 = 0

        init() {}

        /// Keywords of a label whose first line's words start a label ("Aantal …", "Aangesloten …") when `startsLabel`.
        init(startsLabel: Bool) {
            self.startsLabel = startsLabel
        }

        /// Adds the ASCII bytes `text` of the label's next line (or its first).
        mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
            if startsLabel == nil {
                // Lines are joined with a space: the first line decides the label's first word.
                startsLabel = ASCIIFastPath.lowercasedHasPrefix(text, "aantal") == true
                    || ASCIIFastPath.lowercasedHasPrefix(text, "aangesloten") == true
            }
            var state = Int(self.state), found = self.found
            let classes = Self.automaton.classes
            Self.automaton.next.withUnsafeBufferPointer { next in
                Self.automaton.found.withUnsafeBufferPointer { ends in
                    Self.automaton.classOf.withUnsafeBufferPointer { classOf in
                        for byte in text where byte != 0x20 && byte != 0x2D && byte != 0x09 {
                            state = Int(next[state * classes + Int(classOf[Int(ASCIIFastPath.lowercase(byte))])])
                            found |= ends[state]
                        }
                    }
                }
            }
            self.state = UInt8(state)
            self.found = found
        }

        /// Whether a keyword of five letters or more was found ("leerling", "schoolbesturen", …; not
        /// "(po)", "(vo)" or "mbo", which card names carry in their sector tags).
        var holdsLongKeyword: Bool { found & Self.automaton.long != 0 }

        /// `FigureLabel.kind(of:)` of the label so far.
        var kind: FigureKind? {
            guard startsLabel == true else { return nil }
            for row in Self.rows where row.mask & found == row.mask { return row.kind }
            return nil
        }

        /// The automaton of `table`'s keywords, built once. Bytes that occur in no keyword are one
        /// class (0): each state has an edge per class, not per byte.
        private struct Automaton {
            var classOf = [UInt8](repeating: 0, count: 256)
            var classes = 1
            var next: [UInt8] = []
            var found: [UInt32] = []
            var rows: [(kind: FigureKind, mask: UInt32)] = []
            /// The bits of the keywords of five bytes or more.
            var long: UInt32 = 0

            init() {
                var words: [[UInt8]] = []
                for row in table { for word in row.keywords where !words.contains(Array(word.utf8)) { words.append(Array(word.utf8)) } }
                precondition(words.count <= 32, "a keyword is a bit of a UInt32")
                for (k, word) in words.enumerated() where word.count >= 5 { long |= 1 << UInt32(k) }
                rows = table.map { row in (row.kind, row.keywords.reduce(0) { $0 | 1 << UInt32(words.firstIndex(of: Array($1.utf8))!) }) }
                for byte in words.joined() where classOf[Int(byte)] == 0 {
                    classOf[Int(byte)] = UInt8(classes)
                    classes += 1
                }
                let classes = self.classes
                // The trie of the keywords (-1: no edge yet), then its failure links breadth first,
                // each missing edge taken from the state the failure link leads to.
                var edges = [Int](repeating: -1, count: classes)
                var ends: [UInt32] = [0]
                for (k, word) in words.enumerated() {
                    var state = 0
                    for byte in word {
                        let c = Int(classOf[Int(byte)])
                        if edges[state * classes + c] < 0 {
                            edges.append(contentsOf: repeatElement(-1, count: classes))
                            ends.append(0)
                            edges[state * classes + c] = ends.count - 1
                        }
                        state = edges[state * classes + c]
                    }
                    ends[state] |= 1 << UInt32(k)
                }
                precondition(ends.count <= 256, "a state is a UInt8")
                var failure = [Int](repeating: 0, count: ends.count)
                var queue: [Int] = []
                for c in 0..<classes {
                    if edges[c] < 0 { edges[c] = 0 } else { queue.append(edges[c]) }
                }
                var head = 0
                while head < queue.count {
                    let state = queue[head]
                    head += 1
                    ends[state] |= ends[failure[state]]
                    for c in 0..<classes {
                        let target = edges[state * classes + c]
                        if target < 0 {
                            edges[state * classes + c] = edges[failure[state] * classes + c]
                        } else {
                            failure[target] = edges[failure[state] * classes + c]
                            queue.append(target)
                        }
                    }
                }
                next = edges.map(UInt8.init)
                found = ends
            }
        }
    }
}
