/// Turns a parsed HTML document into the numbered lines the text extractor reads.
///
/// The walk is iterative, following libxml2's parent/child/sibling pointers, so that its
/// stack use does not grow with the nesting depth of the page (100,000 nested `<div>`s are
/// fine). Block elements end lines, list items become bullet lines, inline elements let text
/// flow, and scripts, styles, navigation and other non-content subtrees are skipped.
enum HTMLTextFlattener {
    /// The lines of `document`.
    static func lines(of document: borrowing LibXML2HTMLDocument) -> [SourceLine] {
        document.withRootNodes { first in
            var builder = HTMLLineBuilder()
            var preformattedDepth = 0
            var current = first
            while let node = current {
                var descend = false
                if node.isElement {
                    let role = role(of: node)
                    switch role {
                    case .inline:
                        descend = true
                    case .block, .preformatted:
                        builder.endLine()
                        if role == .preformatted { preformattedDepth += 1 }
                        descend = true
                    case .listItem:
                        builder.beginListItem()
                        descend = true
                    case .lineBreak, .ignoredBlock:
                        builder.endLine()
                    case .ignored:
                        break
                    }
                } else if node.isText {
                    let firstLine = firstLine(of: node)
                    node.withContent { builder.append($0, firstLine: firstLine, preformatted: preformattedDepth > 0) }
                }
                if descend, let child = node.firstChild {
                    current = child
                    continue
                }
                // Leave `node`, then every ancestor whose last child it was, until a next sibling.
                var leaving = node
                current = nil
                while true {
                    if leaving.isElement {
                        switch role(of: leaving) {
                        case .block: builder.endLine()
                        case .preformatted: builder.endLine(); preformattedDepth -= 1
                        case .listItem: builder.endListItem()
                        default: break
                        }
                    }
                    if let next = leaving.nextSibling {
                        current = next
                        break
                    }
                    guard let parent = leaving.parent else { break }
                    leaving = parent
                }
            }
            builder.endLine()
            return builder.lines
        }
    }

    /// The role of an element, taking the `hidden` attribute into account.
    private static func role(of element: LibXML2Node) -> HTMLElementRole {
        HTMLElementRole(name: element.name, isHidden: element.hasAttribute("hidden"))
    }

    /// The source line on which a text node's first byte lies.
    ///
    /// libxml2 numbers an element by the line where its start tag ends, which is exact, but a
    /// text node by the line where the parser delivered the text's first chunk (its end, a
    /// character reference, or the 1,000th byte), which for text that starts with a newline
    /// is usually a line too far. So when the text directly follows a start tag, a void element
    /// or a comment, start from that node's line; otherwise estimate from libxml2's own line,
    /// never going back before the preceding sibling.
    private static func firstLine(of text: LibXML2Node) -> Int {
        if let previous = text.previousSibling {
            if previous.isCommentOrInstruction || (previous.isElement && HTMLElementRole.isVoid(previous.name)) {
                return previous.line
            }
            let newlines = text.withContent { bytes in bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
            return max(previous.line, text.line - newlines, 1)
        }
        if let parent = text.parent, parent.line > 0 { return parent.line }
        return max(text.line, 1)
    }
}
