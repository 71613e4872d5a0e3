import Foundation

/// The municipality and province shapes the coverage maps are drawn with: SVG paths, already
/// projected, read from `Input/reference/map-paths-2025.csv` (made once from the vendored CBS/PDOK
/// TopoJSON by `scripts/make-map-paths.py`; the build only colours them).
struct MapGeometry: Sendable, Equatable {
    /// One shape: a CBS code, its name and its SVG path data.
    struct Shape: Sendable, Equatable {
        var code: String
        var name: String
        /// SVG path data (`M`, `l`, `z` commands and integers only).
        var path: String
        /// Codes of the shapes sharing a border with this one (municipalities only).
        var neighbours: [String]
    }

    /// The SVG `viewBox` ("0 0 W H").
    var viewBox: String
    /// The width and height of the view box.
    var width: Int
    var height: Int
    /// Municipalities, in code order.
    var municipalities: [Shape]
    /// Province outlines, in code order.
    var provinces: [Shape]

    /// The file name inside the reference folder.
    static let fileName = "map-paths-2025.csv"

    /// Reads the table in `directory`; nil when the folder has none (a build without maps).
    static func load(directory: String) throws(InputError) -> MapGeometry? {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try load(path: path)
    }

    /// Reads the table at `path`. Every path must hold only path commands and numbers (the paths go
    /// into the SVG as they are), and the table needs exactly one `frame` row.
    static func load(path: String) throws(InputError) -> MapGeometry {
        let table = try CSVTable(path: path, displayName: path, columns: ["kind", "code", "name", "neighbours", "path"])
        var frame: (String, Int, Int)?
        var municipalities: [Shape] = []
        var provinces: [Shape] = []
        var codes = Set<String>()
        for row in table.rows {
            let kind = try row.value("kind")
            let data = try row.value("path")
            guard isPath(data) else {
                throw InputError(.malformed, file: path, line: row.location.line,
                                 "has a path with characters other than M, l, z, digits, '-', '.' and spaces")
            }
            switch kind {
            case "frame":
                let numbers = data.split(separator: " ").compactMap { Int($0) }
                guard frame == nil, numbers.count == 4, numbers[2] > 0, numbers[3] > 0 else {
                    throw InputError(.malformed, file: path, line: row.location.line, "has a second or unreadable frame row (want \"0 0 W H\")")
                }
                frame = (data, numbers[2], numbers[3])
            case "gemeente", "provincie":
                let code = try row.value("code")
                guard codes.insert(code).inserted else {
                    throw InputError(.malformed, file: path, line: row.location.line, "repeats the code \(code)")
                }
                let shape = Shape(code: code, name: try row.value("name"), path: data,
                                  neighbours: codeList(try row.value("neighbours", required: false)))
                if kind == "gemeente" { municipalities.append(shape) } else { provinces.append(shape) }
            default:
                throw InputError(.malformed, file: path, line: row.location.line, "has kind '\(kind)' (want frame, gemeente or provincie)")
            }
        }
        guard let frame else { throw InputError(.malformed, file: path, "has no frame row") }
        return MapGeometry(viewBox: frame.0, width: frame.1, height: frame.2,
                           municipalities: municipalities.sorted { $0.code < $1.code },
                           provinces: provinces.sorted { $0.code < $1.code })
    }

    /// The codes in a `|`-separated list, split on its contiguous bytes: a split on `Character`s
    /// was half of reading the table, a generic split of the UTF-8 view still a fifth.
    static func codeList(_ list: String) -> [String] {
        var list = list
        return list.withUTF8 { bytes in
            var codes: [String] = []
            // Room for all at once (the bars counted): grown by appends, the arrays were a tenth of the load.
            codes.reserveCapacity(bytes.count { $0 == UInt8(ascii: "|") } + 1)
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "|") {
                if end > start { codes.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = end + 1
            }
            return codes
        }
    }

    /// Whether `data` holds only path bytes: read from its contiguous UTF-8 (a `String.UTF8View`
    /// walked index by index cost more than the rest of reading a path).
    private static func isPath(_ data: String) -> Bool {
        var data = data
        return data.withUTF8 { $0.allSatisfy(isPathByte) }
    }

    /// The bytes a path may hold. A switch, not a `Set`: hashing each of the table's 60,000 path
    /// bytes was 2 % of a cold run.
    private static func isPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "),
             UInt8(ascii: "M"), UInt8(ascii: "m"), UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "z"), UInt8(ascii: "Z"):
            true
        default:
            false
        }
    }
}
