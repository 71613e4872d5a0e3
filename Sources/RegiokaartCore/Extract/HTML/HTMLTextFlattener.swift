/// Turns a parsed HTML document into the numbered lines the text extractor reads.
///
/// The walk is iterative, following libxml2's parent/child/sibling pointers with the roles of
/// the open elements on a heap array, so that its call-stack use does not grow with the nesting
/// depth of the page (100,000 nested `<div>`s are fine). Block elements end lines, list items
/// become bullet lines, inline elements let text flow, and scripts, styles, navigation, the
/// page's footer and other non-content subtrees are skipped.
enum HTMLTextFlattener {
    /// The lines of `document`.
    static func lines(of document: borrowing LibXML2HTMLDocument) -> SourceLines {
        document.withRootNodes { first in
            var builder = HTMLLineBuilder()
            var openRoles: [HTMLElementRole] = []  // roles of the elements being walked inside
            var preformattedDepth = 0
            var headingDepth = 0  // the open h1–h6 elements: a line break inside one is a space
            var sectionDepth = 0  // the open article, section and aside elements: a footer inside one is read
            var current = first
            while let node = current {
                var role = HTMLElementRole.inline
                var descend = false
                if node.isElement {
                    role = HTMLElementRole(name: node.namePointer, isHidden: node.isHidden, landmark: node.landmark)
                    if role == .footer { role = sectionDepth > 0 ? .block : .ignoredBlock }
                    switch role {
                    case .inline:
                        descend = true
                    case .block, .heading, .preformatted, .section:
                        builder.endLine()
                        if role == .preformatted { preformattedDepth += 1 }
                        if role == .heading { headingDepth += 1 }
                        if role == .section { sectionDepth += 1 }
                        descend = true
                    case .listItem:
                        builder.beginListItem()
                        descend = true
                    case .lineBreak where headingDepth > 0 && preformattedDepth == 0:
                        builder.appendSpace()
                    case .lineBreak, .ignoredBlock:
                        builder.endLine()
                    case .ignored, .footer:  // a footer was made a block or skipped above
                        break
                    }
                } else if node.isText {
                    let preformatted = preformattedDepth > 0
                    // The line number is only needed when this text may start a line.
                    let firstLine = builder.isAtLineStart || preformatted ? firstLine(of: node) : 0
                    builder.append(node.content, firstLine: firstLine, preformatted: preformatted)
                }
                if descend, let child = node.firstChild {
                    openRoles.append(role)
                    current = child
                    continue
                }
                // Leave `node`, then every ancestor whose last child it was, until a next sibling.
                var leaving = node
                var leavingRole = role
                current = nil
                while true {
                    if leaving.isElement {
                        switch leavingRole {
                        case .block: builder.endLine()
                        case .heading: builder.endLine(); headingDepth -= 1
                        case .preformatted: builder.endLine(); preformattedDepth -= 1
                        case .section: builder.endLine(); sectionDepth -= 1
                        case .listItem: builder.endListItem()
                        default: break
                        }
                    }
                    if let next = leaving.nextSibling {
                        current = next
                        break
                    }
                    guard let parent = leaving.parent, let parentRole = openRoles.popLast() else { break }
                    leaving = parent
                    leavingRole = parentRole
                }
            }
            builder.endLine()
            return builder.lines
        }
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
            if previous.isCommentOrInstruction || (previous.isElement && HTMLElementRole.isVoid(name: previous.namePointer)) {
                return previous.line
            }
            let content = text.content
            var newlines = 0
            for byte in content where byte == 0x0A { newlines += 1 }
            return max(previous.line, text.line - newlines, 1)
        }
        if let parent = text.parent, parent.line > 0 { return parent.line }
        return max(text.line, 1)
    }
}
