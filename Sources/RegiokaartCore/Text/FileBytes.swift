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
        // One stat(2): `FileManager.attributesOfItem` also looks up the owner's and group's names
        // (the password and group files) and the extended attributes of every file read.
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw InputError(.missingFile, file: displayName, "does not exist")
        }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR { throw InputError(.unreadable, file: displayName, "is a directory, not a file") }
        let tooLarge = InputError(.tooLarge, file: displayName,
                                  "is larger than \(limit >> 20) MB, the most regiokaart reads; is it the right file?")
        // The size of a regular file; a pipe or device is read to its end.
        let size: Int? = kind == S_IFREG ? Int(status.st_size) : nil
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
