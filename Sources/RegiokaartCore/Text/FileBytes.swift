import Foundation

/// Reading a whole file into memory, with every file-system failure as an `InputError`.
enum FileBytes {
    /// The largest input file read, in bytes (256 MiB). The whole file is held in memory (as the
    /// document's text, plus 4 bytes per line), so this bounds a run's memory; a larger file is refused with
    /// `.tooLarge` before it is read. The real publication is under 100 kB.
    static let maximumInputBytes = 256 << 20

    /// Reads the raw bytes of a file, turning every file-system failure into an `InputError`.
    /// Refuses files over `maximumInputBytes` (by size first, then while reading, so a device or pipe
    /// that never ends is cut off too).
    static func read(path: String, displayName: String,
                     limit: Int = maximumInputBytes) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(.missingFile, file: displayName, "does not exist")
        }
        if isDirectory.boolValue { throw InputError(.unreadable, file: displayName, "is a directory, not a file") }
        let tooLarge = InputError(.tooLarge, file: displayName,
                                  "is larger than \(limit >> 20) MB, the most regiokaart reads; is it the right file?")
        let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
        if let size, size > limit { throw tooLarge }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(.unreadable, file: displayName, "cannot be read (permissions?)")
        }
        defer { try? handle.close() }
        var bytes: [UInt8] = []
        // The document keeps these bytes as its text: sized once, not grown by doubling.
        if let size { bytes.reserveCapacity(size) }
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
}
