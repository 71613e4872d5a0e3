import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import RegiokaartCore

/// Paths, temporary folders and process runs shared by the end-to-end tests.
enum TestSupport {
    /// The package root.
    static var root: URL { Fixture.root }

    /// A folder of committed test fixtures.
    static func fixtures(_ folder: String) -> URL {
        root.appendingPathComponent("Tests/RegiokaartCoreTests/Fixtures").appendingPathComponent(folder)
    }

    /// The `regiokaart` binary built next to the test bundle (`swift build --build-tests` builds it).
    static var binary: URL {
        let candidates = [Bundle.main.executableURL?.deletingLastPathComponent(),
                          Bundle.main.bundleURL.deletingLastPathComponent(),
                          root.appendingPathComponent(".build/debug")]
        for case let folder? in candidates {
            let url = folder.appendingPathComponent("regiokaart")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return root.appendingPathComponent(".build/debug/regiokaart")
    }

    /// A fresh temporary folder, inside `scratchRoot`.
    static func temporaryFolder(_ prefix: String = "test") throws -> URL {
        let url = scratchRoot.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(12))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The one folder this test process makes its temporary folders in; removed when the process
    /// exits, so a test run leaves nothing behind in the system's temporary folder.
    static let scratchRoot: URL = {
        let url = URL(fileURLWithPath: scratchRootPath(of: getpid()))
        try? FileManager.default.removeItem(at: url)  // a dead process's folder that had this pid
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestSupport.scratchRootPath(of: getpid())) }
        return url
    }()

    /// Where the test process `pid` keeps its temporary folders.
    static func scratchRootPath(of pid: Int32) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("regiokaart-tests-\(pid)").path
    }

    /// What a finished process did.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Starts `regiokaart` with `arguments` in `directory` (default: the package root).
    static func start(_ arguments: [String], in directory: URL? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    /// Runs `regiokaart` with `arguments` to the end.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        let (process, out, err) = try start(arguments, in: directory)
        return finish(process, out, err)
    }

    /// Waits for a started process and collects its output.
    static func finish(_ process: Process, _ out: Pipe, _ err: Pipe) -> Run {
        // Read before waiting, so a chatty process cannot block on a full pipe.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Every file under `folder` (relative path → bytes), hidden files included.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return result }
        for case let url as URL in walker {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[String(url.path.dropFirst(folder.path.count))] = FileManager.default.contents(atPath: url.path)
            }
        }
        return result
    }

    /// A copy of the committed `Output/` at `<folder>/Output`, as the "previous night's" output.
    static func previousOutput(in folder: URL) throws -> URL {
        let output = folder.appendingPathComponent("Output")
        try FileManager.default.copyItem(at: root.appendingPathComponent("Output"), to: output)
        return output
    }

    /// Names beside `folder` that a publish leaves while it runs (`.Output.tmp-*`, `.Output.old-*`).
    static func leftovers(beside folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)) ?? []
        let base = folder.lastPathComponent
        return names.filter { $0.hasPrefix(".\(base).tmp-") || $0.hasPrefix(".\(base).old-") }.sorted()
    }

    /// The embedded reference data.
    static func reference() throws -> ReferenceData { Fixture.reference }
}
