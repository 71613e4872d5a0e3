/// What an HTML element does to the line structure of the text it contains.
///
/// Decided by the element's name (HTML semantics, never class names) and the `hidden` attribute.
enum HTMLElementRole: Sendable, Equatable {
    /// Text flows through it: span, a, strong, em, b, i, ...; also unknown elements.
    case inline
    /// Starts and ends a line: p, div, h1–h6, tr, td, section, article, ...
    case block
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

    /// The role of the element called `name` (lowercase, as libxml2's HTML parser gives it).
    init(name: String, isHidden: Bool = false) {
        if Self.ignoredBlockNames.contains(name) {
            self = .ignoredBlock
        } else if isHidden || Self.ignoredNames.contains(name) {
            self = Self.blockNames.contains(name) ? .ignoredBlock : .ignored
        } else if name == "li" {
            self = .listItem
        } else if name == "br" {
            self = .lineBreak
        } else if Self.preformattedNames.contains(name) {
            self = .preformatted
        } else if Self.blockNames.contains(name) {
            self = .block
        } else {
            self = .inline
        }
    }

    /// Whether libxml2 never gives this element content (its line is where the next text starts).
    static func isVoid(_ name: String) -> Bool { voidNames.contains(name) }

    /// Elements whose content is never shown as page text (scripts, styles, embedded documents,
    /// graphics, document metadata, form widgets with their option lists).
    private static let ignoredNames: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
        "canvas", "audio", "video", "picture", "map", "head", "title", "meta", "link", "base",
        "select", "datalist", "textarea", "frameset", "frame", "noembed", "noframes",
    ]

    /// Page furniture rather than content: navigation menus. Block-level.
    private static let ignoredBlockNames: Set<String> = ["nav"]

    /// Block-level elements (HTML's "display: block" and table parts; cells are lines of their own).
    private static let blockNames: Set<String> = [
        "html", "body", "address", "article", "aside", "blockquote", "center", "details", "dialog",
        "dd", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "main", "menu",
        "ol", "p", "search", "section", "summary", "ul", "table", "caption", "colgroup", "thead",
        "tbody", "tfoot", "tr", "td", "th", "optgroup", "option", "li", "pre", "listing", "xmp",
        "plaintext", "frameset", "noframes",
    ]

    private static let preformattedNames: Set<String> = ["pre", "listing", "xmp", "plaintext"]

    private static let voidNames: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen",
    ]
}
