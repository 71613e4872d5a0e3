/// A character encoding the HTML reader can decode, with the labels pages use to declare it.
///
/// The label table follows the WHATWG Encoding Standard, the one browsers use: in particular
/// `iso-8859-1` and `us-ascii` are read as windows-1252 (pages labelled Latin-1 routinely contain
/// windows-1252 quotes and dashes in 0x80–0x9F). UTF-16 labels in a `<meta>` mean UTF-8, as in
/// browsers: a page whose bytes could be parsed to find the `<meta>` is not UTF-16.
enum HTMLCharset: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case windows1252 = "windows-1252"
    case iso8859_15 = "ISO-8859-15"

    /// The encoding a `charset` label names, or nil when the label is unknown or unsupported.
    init?(label: String) {
        let key = String(String.UnicodeScalarView(label.unicodeScalars.filter { !$0.properties.isWhitespace })).lowercased()
        if Self.utf8Labels.contains(key) {
            self = .utf8
        } else if Self.windows1252Labels.contains(key) {
            self = .windows1252
        } else if Self.iso8859_15Labels.contains(key) {
            self = .iso8859_15
        } else {
            return nil
        }
    }

    /// The bytes of `source`, an encoded page, as UTF-8; NUL bytes become spaces.
    ///
    /// Only for the single-byte encodings: UTF-8 input is validated, not converted.
    /// Hand-written rather than left to libxml2: libxml2 hands windows-1252 to iconv, which
    /// rejects the five bytes windows-1252 leaves undefined, prints the failure to stderr and
    /// truncates the document there, and reads ISO-8859-1 without the windows-1252 extras.
    func transcodeToUTF8(_ source: ArraySlice<UInt8>) -> [UInt8] {
        precondition(self != .utf8, "UTF-8 is validated, not transcoded")
        var out: [UInt8] = []
        out.reserveCapacity(source.count + source.count / 8)
        for byte in source {
            let scalar: UInt32
            switch self {
            case .utf8:
                scalar = UInt32(byte)  // not reached (see the precondition)
            case .windows1252:
                scalar = (0x80...0x9F).contains(byte) ? UInt32(Self.windows1252C1[Int(byte - 0x80)]) : UInt32(byte)
            case .iso8859_15:
                scalar = Self.iso8859_15Differences[byte].map(UInt32.init) ?? UInt32(byte)
            }
            Self.appendUTF8(scalar == 0 ? 0x20 : scalar, to: &out)
        }
        return out
    }

    /// Appends the UTF-8 encoding of a scalar below U+10000.
    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// windows-1252 bytes 0x80–0x9F (the five undefined ones map to the C1 control, as in browsers).
    private static let windows1252C1: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The eight bytes where ISO-8859-15 differs from ISO-8859-1.
    private static let iso8859_15Differences: [UInt8: UInt16] = [
        0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D,
        0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
    ]

    private static let utf8Labels: Set<String> = [
        "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8",
        // UTF-16 labels: treated as UTF-8 when found in a <meta>, as the Encoding Standard says.
        "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "unicodefffe",
        "utf-16", "utf-16be", "utf-16le",
    ]

    private static let windows1252Labels: Set<String> = [
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
        "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
        "us-ascii", "windows-1252", "x-cp1252",
    ]

    private static let iso8859_15Labels: Set<String> = [
        "csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9", "latin-9",
    ]
}
