/// Reads an HTML page into the same numbered lines the text extractor reads.
///
/// Three steps: find the encoding (byte-order mark, then `<meta charset>` or `http-equiv`, else
/// UTF-8) and turn the bytes into checked UTF-8; parse them with libxml2's forgiving HTML parser;
/// lay the DOM out as lines (`HTMLTextFlattener`). Line numbers are the page's own, so reports
/// point into the HTML file.
enum HTMLDocumentReader {
    /// Reads `bytes`, the content of the HTML file called `name`.
    static func read(_ bytes: [UInt8], name: String) throws(InputError) -> SourceDocument {
        let utf8 = try decode(bytes, name: name)
        // libxml2 returns no document at all for input without markup; nothing to read either way.
        if utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) {
            return SourceDocument(name: name, lines: [])
        }
        let document = try LibXML2HTMLDocument.parse(utf8: utf8, name: name)
        return SourceDocument(name: name, lines: HTMLTextFlattener.lines(of: document))
    }

    /// The page as UTF-8, without a byte-order mark.
    static func decode(_ bytes: [UInt8], name: String) throws(InputError) -> [UInt8] {
        let finding = try HTMLEncodingSniffer.sniff(bytes, name: name)
        let body = bytes[finding.byteOrderMarkLength...]
        var charset = HTMLCharset.utf8
        if let label = finding.declaredLabel {
            guard let declared = HTMLCharset(label: label) else {
                throw InputError(.encoding, file: name,
                                 "declares charset \"\(label)\", which cannot be read; save it as UTF-8 (windows-1252 and ISO-8859-1/15 also work)")
            }
            charset = declared
        }
        guard charset == .utf8 else { return charset.transcodeToUTF8(body) }
        if let offset = UTF8Validation.firstInvalid(bytes, from: finding.byteOrderMarkLength) {
            let declared = finding.declaredLabel.map { ", although it declares charset \"\($0)\"" } ?? ""
            throw InputError(.encoding, file: name, "is not valid UTF-8 at byte offset \(offset)\(declared)")
        }
        return Array(body)
    }
}
