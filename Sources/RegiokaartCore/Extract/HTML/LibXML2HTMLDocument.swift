import CLibXML2

/// Owns one HTML document parsed by libxml2 and frees it, exactly once, when it goes away.
///
/// Non-copyable so that the pointer has one owner: the document is freed by `deinit` on every
/// path, including when parsing succeeded but the result is rejected. The parser context is
/// freed by a `defer` in `parse`. Nodes are only lent out inside `withRootNodes`.
struct LibXML2HTMLDocument: ~Copyable {
    private let pointer: htmlDocPtr
    /// The library that parsed the document, and frees it.
    private let library: LibXML2Library

    private init(owning pointer: htmlDocPtr, library: LibXML2Library) {
        self.pointer = pointer
        self.library = library
    }

    deinit {
        library.xmlFreeDoc(pointer)
    }

    /// The options every parse uses.
    ///
    /// Recover from any markup error and print nothing (`NOERROR`, `NOWARNING`); never touch the
    /// network; use the encoding we pass and ignore the page's `<meta>` (`IGNORE_ENC`: the
    /// encoding was sniffed and the bytes converted to UTF-8 already). `XML_PARSE_HUGE` lifts
    /// libxml2's limits of 256 nesting levels and 10 MB per text node, which otherwise make it
    /// stop silently and return a truncated tree; HTML has no entity expansion that the limits
    /// would guard against, and memory stays proportional to the input.
    static let options: Int32 = Int32(bitPattern:
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses `utf8`, the UTF-8 bytes of the page called `name`.
    static func parse(utf8: [UInt8], name: String) throws(InputError) -> LibXML2HTMLDocument {
        guard utf8.count < Int(Int32.max) else {
            throw InputError(.unreadable, file: name, "is too large to parse as HTML (\(utf8.count) bytes; the limit is 2 GB)")
        }
        let library = try LibXML2Library.loaded(for: name)
        guard let context = library.htmlNewParserCtxt() else {
            throw InputError(.unreadable, file: name, "could not be parsed: libxml2 could not allocate a parser")
        }
        defer { library.htmlFreeParserCtxt(context) }
        let parsed: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                library.htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let parsed else {
            throw InputError(.malformed, file: name, "could not be parsed as HTML")
        }
        let document = LibXML2HTMLDocument(owning: parsed, library: library)
        // In recover mode libxml2 only gives up on resource limits or internal errors; it then
        // halts (disabling its SAX callbacks) and returns what it had built so far. A truncated
        // page must not pass for a complete one.
        if context.pointee.disableSAX != 0 {
            let line = context.pointee.input.map { Int($0.pointee.line) } ?? 0
            throw InputError(.malformed, file: name, line: line,
                             "could not be parsed completely: libxml2 gave up (error \(context.pointee.errNo))")
        }
        return document
    }

    /// Calls `body` with the document's top-level nodes (the first of them; follow `nextSibling`).
    ///
    /// The nodes are borrowed: they must not outlive the call.
    func withRootNodes<Result>(_ body: (LibXML2Node?) -> Result) -> Result {
        body(pointer.pointee.children.map(LibXML2Node.init))
    }
}
