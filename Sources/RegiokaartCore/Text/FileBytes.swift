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
        // Read straight into storage of the file's size (the document keeps these bytes as its
        // text); what a file holds beyond its size (a pipe, a device, a file still growing) is
        // read on in chunks, to the limit.
        let descriptor = handle.fileDescriptor
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size ?? 0) { buffer, count in
            count = fill(buffer, from: descriptor, failure: &failure)
        }
        if failure == 0 {
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBufferPointer { fill($0, from: descriptor, failure: &failure) }
                if count == 0 { break }
                guard bytes.count + count <= limit else { throw tooLarge }
                bytes.append(contentsOf: chunk[..<count])
            }
        }
        if failure != 0 {
            throw InputError(.unreadable, file: displayName, "cannot be read: \(String(cString: strerror(failure)))")
        }
        return bytes
    }

    /// Reads from `descriptor` into `buffer` until it is full or the file ends; the number of bytes
    /// read. A failure sets `failure` to its `errno` and ends the reading.
    static func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32,
                             failure: inout Int32) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        while count < buffer.count {
            let got = systemRead(descriptor, base + count, buffer.count - count)
            if got > 0 {
                count += got
            } else if got == 0 {
                break
            } else if errno != EINTR {
                failure = errno
                break
            }
        }
        return count
    }
}

/// POSIX `read(2)` (`FileBytes.read` hides the global name inside the type).
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
