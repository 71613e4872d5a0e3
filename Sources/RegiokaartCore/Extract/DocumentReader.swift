import Foundation

/// Reads a source file of any supported format into a `SourceDocument`.
///
/// The format is decided from the content, not from the file name.
public enum DocumentReader {
    /// The formats a publication can come in.
    public enum Format: String, Sendable {
        case text
        case html
    }

    /// Reads the file at `path`; `displayName` is how reports name it (defaults to `path`).
    public static func read(path: String, displayName: String? = nil) throws(InputError) -> SourceDocument {
        let name = displayName ?? path
        let bytes = try readBytes(path: path, displayName: name)
        return try read(bytes, name: name)
    }

    /// Reads `bytes`, the content of the file called `name`.
    public static func read(_ bytes: [UInt8], name: String) throws(InputError) -> SourceDocument {
        switch detectFormat(bytes) {
        case .text: return try TextDocumentReader.read(bytes, name: name)
        case .html: return try HTMLDocumentReader.read(bytes, name: name)
        }
    }

    /// The largest input file read, in bytes (256 MiB). The whole file is held in memory (its lines
    /// take about twice its size again), so this bounds a run's memory; a larger file is refused with
    /// `.tooLarge` before it is read. The real publication is under 100 kB.
    public static let maximumInputBytes = 256 << 20

    /// Reads the raw bytes of a file, turning every file-system failure into an `InputError`.
    /// Refuses files over `maximumInputBytes` (by size first, then while reading, so a device or pipe
    /// that never ends is cut off too).
    public static func readBytes(path: String, displayName: String,
                                 limit: Int = maximumInputBytes) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.missingFile, file: displayName, "does not exist")
        }
        if isDirectory.boolValue { throw InputError(.unreadable, file: displayName, "is a directory, not a file") }
        let tooLarge = InputError(.tooLarge, file: displayName,
                                  "is larger than \(limit >> 20) MB, the most regiokaart reads; is it the right file?")
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw tooLarge
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(.unreadable, file: displayName, "cannot be read (permissions?)")
        }
        defer { try? handle.close() }
        var bytes: [UInt8] = []
        do {
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                guard bytes.count + chunk.count <= limit else { throw tooLarge }
                bytes.append(contentsOf: chunk)
            }
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(.unreadable, file: displayName, "cannot be read: \(error.localizedDescription)")
        }
        return bytes
    }

    /// Sniffs the format: HTML when, after an optional byte-order mark and whitespace, the
    /// content starts with `<!doctype html`, `<html`, `<head`, `<body`, `<meta` or an HTML comment
    /// followed by one of those.
    public static func detectFormat(_ bytes: [UInt8]) -> Format {
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "<") else { return .text }
        let head = String(decoding: bytes[i..<min(bytes.count, i + 512)], as: UTF8.self).lowercased()
        for marker in ["<!doctype html", "<html", "<head", "<body", "<meta", "<!--", "<div", "<section", "<article", "<p>", "<p "] where head.hasPrefix(marker) {
            return .html
        }
        return .text
    }
}
