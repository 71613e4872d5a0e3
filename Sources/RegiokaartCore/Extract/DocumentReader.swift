import Foundation

/// Reads a source file of any supported format into a `SourceDocument`.
///
/// The format is decided from the content, not from the file name.
enum DocumentReader {
    /// The formats a publication can come in.
    enum Format: String, Sendable {
        case text
        case html
    }

    /// Reads the file at `path`; `displayName` is how reports name it (defaults to `path`).
    static func read(path: String, displayName: String? = nil) throws(InputError) -> SourceDocument {
        let name = displayName ?? path
        let bytes = try FileBytes.read(path: path, displayName: name)
        return try read(bytes, name: name)
    }

    /// Reads `bytes`, the content of the file called `name`.
    static func read(_ bytes: [UInt8], name: String) throws(InputError) -> SourceDocument {
        switch detectFormat(bytes) {
        case .text: return try TextDocumentReader.read(bytes, name: name)
        case .html: return try HTMLDocumentReader.read(bytes, name: name)
        }
    }

    /// Sniffs the format: HTML when, after an optional byte-order mark, whitespace, comments and
    /// an XML declaration, the content starts with `<!doctype html` or the start tag of a common
    /// HTML element (`<html`, `<head`, `<body`, `<meta`, `<div`, `<p`, `<h2`, `<ul`, `<table`, ...).
    /// A page that opens with a comment running past the first 4 KB is taken for HTML too.
    static func detectFormat(_ bytes: [UInt8]) -> Format {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        // Only ASCII matters here; lowercase it so "<!DOCTYPE HTML" and "<HTML>" match.
        let head = bytes[start..<min(bytes.count, start + 4096)].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
        var i = 0
        while true {
            while i < head.count, isSpace(head[i]) { i += 1 }
            if head.hasBytes("<!--", at: i) {
                guard let end = head.indexPast("-->", from: i + 4) else { return .html }
                i = end
            } else if head.hasBytes("<?xml", at: i), let end = head.indexPast("?>", from: i + 5) {
                i = end
            } else {
                break
            }
        }
        if head.hasBytes("<!doctype html", at: i) { return .html }
        guard i < head.count, head[i] == UInt8(ascii: "<") else { return .text }
        var nameEnd = i + 1
        while nameEnd < head.count, (0x61...0x7A).contains(head[nameEnd]) || (0x30...0x39).contains(head[nameEnd]) { nameEnd += 1 }
        let name = String(decoding: head[(i + 1)..<nameEnd], as: UTF8.self)
        let closed = nameEnd == head.count || isSpace(head[nameEnd]) || head[nameEnd] == UInt8(ascii: ">") || head[nameEnd] == UInt8(ascii: "/")
        return closed && htmlStartTags.contains(name) ? .html : .text
    }

    /// Elements an HTML page or fragment plausibly starts with.
    static let htmlStartTags: Set<String> = [
        "html", "head", "body", "meta", "title", "link", "style", "script", "base", "noscript", "template",
        "div", "section", "article", "main", "header", "footer", "nav", "aside", "p", "h1", "h2", "h3", "h4",
        "h5", "h6", "ul", "ol", "dl", "table", "span", "a", "br", "form", "figure", "blockquote",
    ]
}
