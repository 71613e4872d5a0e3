/// Finds out how an HTML page is encoded, before libxml2 sees it.
///
/// libxml2 2.9 cannot be trusted with this: given no encoding and no `<meta>` it reads UTF-8
/// as Latin-1, and an encoding passed to it explicitly overrides the page's own `<meta>`. So the
/// byte-order mark and the `<meta charset>` / `<meta http-equiv="Content-Type">` declaration are
/// sniffed here, by a cut-down version of the WHATWG "prescan a byte stream" algorithm.
enum HTMLEncodingSniffer {
    /// What the sniffer found.
    struct Finding: Sendable, Equatable {
        /// Length of the byte-order mark to skip (3 for UTF-8, else 0).
        var byteOrderMarkLength: Int
        /// The `charset` label declared by a `<meta>` tag, as written, or nil.
        var declaredLabel: String?
    }

    /// How far into the page the `<meta>` prescan looks (WHATWG says 1024; pages with long
    /// comments or inline scripts before the `<meta>` are common enough to look further).
    static let prescanLength = 4096

    /// Sniffs `bytes`, the content of `name`; throws for UTF-16/UTF-32 byte-order marks.
    static func sniff(_ bytes: [UInt8], name: String) throws(InputError) -> Finding {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw InputError(.encoding, file: name, "is UTF-16 (byte-order mark found); save it as UTF-8")
        }
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        // A byte-order mark wins over any <meta>, as in browsers.
        let label = bom > 0 ? nil : prescan(bytes[bom..<min(bytes.count, bom + prescanLength)])
        return Finding(byteOrderMarkLength: bom, declaredLabel: label)
    }

    /// The charset label of the first `<meta>` that declares one, looking only at markup
    /// (comments and other tags' attributes are skipped, not searched).
    static func prescan(_ bytes: ArraySlice<UInt8>) -> String? {
        var scanner = HTMLPrescanner(bytes)
        while let tag = scanner.nextTag() {
            guard tag.name == "meta" else { continue }
            if let charset = tag.attributes["charset"], !charset.isEmpty { return charset }
            if tag.attributes["http-equiv"]?.lowercased() == "content-type",
               let content = tag.attributes["content"],
               let charset = charsetInContentAttribute(content) {
                return charset
            }
        }
        return nil
    }

    /// The charset in a `content="text/html; charset=..."` value (WHATWG "extract a character
    /// encoding from a meta element").
    static func charsetInContentAttribute(_ content: String) -> String? {
        let bytes = Array(content.utf8)
        let key = Array("charset".utf8)
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D }
        var i = 0
        while i + key.count <= bytes.count {
            guard zip(bytes[i..<(i + key.count)], key).allSatisfy({ $0 | 0x20 == $1 }) else { i += 1; continue }
            var j = i + key.count
            while j < bytes.count, isSpace(bytes[j]) { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "=") else { i += key.count; continue }
            j += 1
            while j < bytes.count, isSpace(bytes[j]) { j += 1 }
            guard j < bytes.count else { return nil }
            if bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                let quote = bytes[j]
                guard let end = bytes[(j + 1)...].firstIndex(of: quote) else { return nil }
                return String(decoding: bytes[(j + 1)..<end], as: UTF8.self)
            }
            var end = j
            while end < bytes.count, !isSpace(bytes[end]), bytes[end] != UInt8(ascii: ";") { end += 1 }
            return end > j ? String(decoding: bytes[j..<end], as: UTF8.self) : nil
        }
        return nil
    }
}
