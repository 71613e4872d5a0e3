/// What an HTML element does to the line structure of the text it contains.
///
/// Decided by the element's name (HTML semantics, never class names), the `hidden` attribute and
/// an ARIA landmark `role` that marks page furniture (`navigation`, `contentinfo`).
enum HTMLElementRole: Sendable, Equatable {
    /// Text flows through it: span, a, strong, em, b, i, ...; also unknown elements.
    case inline
    /// Starts and ends a line: p, div, tr, td, section, article, ...
    case block
    /// A block that is one line of text: h1–h6. A line break inside it is a space (a long card name
    /// wrapped by hand, "Onderwijsregio<br>Oost-Nederland", is one name).
    case heading
    /// A list item: a block whose first line is a bullet line "- ...".
    case listItem
    /// Ends the current line and has no content: br.
    case lineBreak
    /// A block whose line breaks are kept: pre, listing, xmp, plaintext.
    case preformatted
    /// Not rendered as text at all: its whole subtree is skipped, and it does not break the line.
    case ignored
    /// Skipped like `ignored`, but it is a block, so text before and after it are separate lines.
    case ignoredBlock
    /// A block that is a section of its own (article, section, aside): a footer inside it is the
    /// section's, not the page's.
    case section
    /// A footer: the page's own (copyright, links: page furniture, skipped as `ignoredBlock`)
    /// unless a `section` holds it; then it is that section's block, read (a card's closing links
    /// may sit in one).
    case footer

    /// The role of the element called `name` (lowercase, as libxml2's HTML parser gives it).
    init(name: String, isHidden: Bool = false) {
        self = Self.role(of: NameKey(name), isHidden: isHidden)
    }

    /// The role of the element whose NUL-terminated name is at `name`; nil means no name.
    /// `landmark` is its ARIA `role` attribute, if any: one that names page furniture makes it
    /// an `ignoredBlock` (`isFurniture(landmark:)`).
    ///
    /// Works on the bytes through a packed key: a page can have millions of elements, and
    /// making a `String` of each name costs more than the rest of the walk.
    init(name: UnsafePointer<UInt8>?, isHidden: Bool, landmark: String? = nil) {
        // A landmark is a region of the page, so a block, whatever element carries it.
        if let landmark, Self.isFurniture(landmark: landmark) {
            self = .ignoredBlock
            return
        }
        guard let name else { self = .inline; return }
        var length = 0
        while length <= NameKey.capacity, name[length] != 0 { length += 1 }
        self = Self.role(of: NameKey(UnsafeBufferPointer(start: name, count: length)), isHidden: isHidden)
    }

    private static func role(of key: NameKey?, isHidden: Bool) -> HTMLElementRole {
        guard let key else { return isHidden ? .ignored : .inline }  // too long for any known element
        let role = roles[key] ?? .inline
        guard isHidden else { return role }
        switch role {
        case .inline, .ignored: return .ignored
        default: return .ignoredBlock
        }
    }

    /// An element name of up to 16 bytes, packed into two integers.
    private struct NameKey: Hashable {
        static let capacity = 16
        var low: UInt64 = 0
        var high: UInt64 = 0

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count <= Self.capacity else { return nil }
            for index in 0..<bytes.count {
                let byte = UInt64(bytes[index])
                if index < 8 { low |= byte << (8 * UInt64(index)) } else { high |= byte << (8 * UInt64(index - 8)) }
            }
        }

        init?(_ name: String) {
            guard let key = Array(name.utf8).withUnsafeBufferPointer({ NameKey($0) }) else { return nil }
            self = key
        }
    }

    private static let roles: [NameKey: HTMLElementRole] = {
        var table: [NameKey: HTMLElementRole] = [:]
        for name in blockNames { table[NameKey(name)!] = .block }
        for name in headingNames { table[NameKey(name)!] = .heading }
        for name in preformattedNames { table[NameKey(name)!] = .preformatted }
        for name in ignoredNames { table[NameKey(name)!] = blockNames.contains(name) ? .ignoredBlock : .ignored }
        for name in ignoredBlockNames { table[NameKey(name)!] = .ignoredBlock }
        for name in sectionNames { table[NameKey(name)!] = .section }
        table[NameKey("footer")!] = .footer
        table[NameKey("li")!] = .listItem
        table[NameKey("br")!] = .lineBreak
        return table
    }()

    /// Whether the element whose NUL-terminated name is at `name` is void: it never has content,
    /// so the line where its tag ends is where the text after it starts.
    static func isVoid(name: UnsafePointer<UInt8>?) -> Bool {
        guard let name else { return false }
        var length = 0
        while length <= NameKey.capacity, name[length] != 0 { length += 1 }
        guard let key = NameKey(UnsafeBufferPointer(start: name, count: length)) else { return false }
        return voidKeys.contains(key)
    }

    private static let voidKeys: Set<NameKey> = Set(voidNames.map { NameKey($0)! })

    /// Elements whose content is never shown as page text (scripts, styles, embedded documents,
    /// graphics, document metadata, form widgets with their option lists).
    private static let ignoredNames: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "audio", "video", "picture", "map", "head", "title", "meta", "link", "base",
        "select", "datalist", "textarea", "frameset", "frame", "noembed", "noframes",
    ]

    /// Page furniture rather than content: navigation menus. Block-level.
    private static let ignoredBlockNames: Set<String> = ["nav"]

    /// Elements that make a section of their own, holding their own footer (HTML's sectioning content).
    private static let sectionNames: Set<String> = ["article", "section", "aside"]

    /// ARIA landmark roles that say an element is page furniture whatever its name: a menu
    /// (`navigation`, as `nav`) or the page's footer (`contentinfo`).
    private static let furnitureLandmarks: Set<Substring> = ["navigation", "contentinfo"]

    /// Whether a `role` attribute's value names page furniture. The value is a list of roles, the
    /// first one a browser knows winning; a furniture role anywhere in it is taken (no known role
    /// of an element holding cards would come before one).
    static func isFurniture(landmark: String) -> Bool {
        landmark.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
            .contains { furnitureLandmarks.contains($0) }
    }

    /// Block-level elements (HTML's "display: block" and table parts; cells are lines of their own).
    private static let blockNames: Set<String> = [
        "html", "body", "address", "article", "aside", "blockquote", "center", "details", "dialog",
        "dd", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "main", "menu",
        "ol", "p", "search", "section", "summary", "ul", "table", "caption", "colgroup", "thead",
        "tbody", "tfoot", "tr", "td", "th", "optgroup", "option", "li", "pre", "listing", "xmp",
        "plaintext", "frameset", "noframes",
    ]

    private static let headingNames: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    private static let preformattedNames: Set<String> = ["pre", "listing", "xmp", "plaintext"]

    private static let voidNames: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen",
    ]
}
