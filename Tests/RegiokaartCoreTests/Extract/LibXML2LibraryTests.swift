import Foundation
import Testing
@testable import RegiokaartCore

/// libxml2 is opened when the first HTML page is parsed, not when the process starts.
@Suite struct LibXML2LibraryTests {
    #if os(Linux)
    /// The libraries the dynamic loader opens for `regiokaart arguments` (glibc's `LD_DEBUG=files`).
    private func librariesLoaded(_ arguments: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = TestSupport.binary
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.root
        process.environment = ProcessInfo.processInfo.environment.merging(["LD_DEBUG": "files"]) { $1 }
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // "     1234:	file=libm.so.6 [0];  needed by ./regiokaart [0]"
        return text.split(separator: "\n").compactMap { line in
            guard let at = line.range(of: "file=") else { return nil }
            return String(line[at.upperBound...].prefix { $0 != " " })
        }
    }

    @Test func aRunOnTextNeverOpensLibxml2() throws {
        let loaded = try librariesLoaded(["where", "Utrecht"])
        #expect(loaded.contains { $0.hasPrefix("libc.so") }, "LD_DEBUG=files listed nothing: \(loaded)")
        #expect(!loaded.contains { $0.hasPrefix("libxml2") }, "\(loaded)")
        #expect(!loaded.contains { $0.hasPrefix("libicu") }, "\(loaded)")
    }
    #endif

    @Test func theLibraryLoadsAndParses() throws {
        let library = try LibXML2Library.shared.get(for: "t.html")
        #expect(library.htmlNewParserCtxt() != nil)
        let lines = try HTMLDocumentReader.read(Array("<p>Twente</p><p>58.632</p>".utf8), name: "t.html").lines.map(\.text)
        #expect(lines == ["Twente", "58.632"])
    }

    @Test func aMissingLibraryIsAnErrorNamingThePageAndTheLibrary() {
        let missing = LibXML2Library.load("libxml2-absent.so.9")
        #expect(throws: InputError.self) { try missing.get(for: "Input/publication.html") }
        do {
            _ = try missing.get(for: "Input/publication.html")
        } catch {
            #expect(error.description.contains("Input/publication.html"), "\(error)")
            #expect(error.description.contains("libxml2-absent.so.9"), "\(error)")
        }
    }
}
