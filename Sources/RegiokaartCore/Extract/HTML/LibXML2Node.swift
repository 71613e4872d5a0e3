import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A borrowed view of one node of a `LibXML2HTMLDocument`.
///
/// It does not own anything: it is valid only while the document that holds the node is alive,
/// which is why nodes are only handed out inside `LibXML2HTMLDocument.withRootNodes`.
struct LibXML2Node {
    /// The libxml2 node.
    let pointer: xmlNodePtr

    /// Whether this is an element (as opposed to text, a comment, a doctype...).
    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }

    /// Whether this node carries character data that is rendered (text or CDATA).
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// Whether this is a comment or a processing instruction: markup that is never rendered.
    var isCommentOrInstruction: Bool { pointer.pointee.type == XML_COMMENT_NODE || pointer.pointee.type == XML_PI_NODE }

    /// The element's name as libxml2 stores it (lowercased by the HTML parser); "" for nameless nodes.
    var name: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The element's name as libxml2 stores it: NUL-terminated, lowercased by the HTML parser.
    var namePointer: UnsafePointer<UInt8>? { pointer.pointee.name }

    /// Whether the node has any attributes at all.
    var hasAttributes: Bool { pointer.pointee.properties != nil }

    /// The line libxml2 recorded for the node (`xmlGetLineNo`): for an element the line where its
    /// start tag ends, for text the line where libxml2 delivered its first chunk. At most 65535
    /// in libxml2 2.9's HTML parser; 0 when unknown.
    var line: Int { max(0, LibXML2Library.inUse.xmlGetLineNo(pointer)) }

    /// The first child, if any.
    var firstChild: LibXML2Node? { pointer.pointee.children.map(LibXML2Node.init) }

    /// The next sibling, if any.
    var nextSibling: LibXML2Node? { pointer.pointee.next.map(LibXML2Node.init) }

    /// The previous sibling, if any.
    var previousSibling: LibXML2Node? { pointer.pointee.prev.map(LibXML2Node.init) }

    /// The parent element, or nil for a top-level node (whose libxml2 parent is the document).
    var parent: LibXML2Node? {
        guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return LibXML2Node(pointer: parent)
    }

    /// Whether the element has an attribute called `name` (with or without a value).
    func hasAttribute(_ name: String) -> Bool {
        hasProperty(name) != nil
    }

    /// The value of the attribute called `name`, or nil when the element has none.
    func attribute(_ name: String) -> String? {
        // The attribute's own text nodes, read in place: nothing to allocate or free.
        guard let attribute = hasProperty(name) else { return nil }
        var text = ""
        var child = attribute.pointee.children
        while let node = child {
            if let content = node.pointee.content { text += String(cString: content) }
            child = node.pointee.next
        }
        return text
    }

    /// libxml2's attribute node called `name` (`xmlHasProp`), or nil.
    private func hasProperty(_ name: String) -> xmlAttrPtr? {
        name.withCString { name in
            name.withMemoryRebound(to: xmlChar.self, capacity: 1) { LibXML2Library.inUse.xmlHasProp(pointer, $0) }
        }
    }

    /// The element's ARIA `role` attribute (`navigation`, `contentinfo`, ...), nil when it has none.
    var landmark: String? {
        guard hasAttributes else { return nil }
        return attribute("role")
    }

    /// Whether a browser renders no text of the element: the `hidden` attribute, or an inline
    /// style with `display: none` or `visibility: hidden` (what `innerText` leaves out).
    var isHidden: Bool {
        guard hasAttributes else { return false }
        if hasAttribute("hidden") { return true }
        guard let style = attribute("style") else { return false }
        let squeezed = String(style.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        return squeezed.contains("display:none") || squeezed.contains("visibility:hidden")
    }

    /// The node's character data as UTF-8 bytes (empty for nodes without any).
    ///
    /// The bytes are libxml2's own buffer, not a copy: they live as long as the document.
    var content: UnsafeBufferPointer<UInt8> {
        guard let content = pointer.pointee.content else { return UnsafeBufferPointer(start: nil, count: 0) }
        // NUL-terminated, as every libxml2 string.
        return UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)))
    }
}
