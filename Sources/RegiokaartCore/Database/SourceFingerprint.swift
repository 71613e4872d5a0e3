import Crypto
import Foundation

/// The SHA-256 and size of one input file, recorded in `run_sources` so a steward can tell which
/// nightly import read which version of each source.
public struct SourceFingerprint: Hashable, Sendable {
    /// What the file is to the build: `publication`, `reference` or `aliases`.
    var role: String
    var path: String
    /// Lower-case hex SHA-256 of the file's bytes.
    var sha256: String
    var bytes: Int

    init(role: String, path: String, sha256: String, bytes: Int) {
        self.role = role
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
    }

    /// The fingerprint of the file at `path`, or nil when it cannot be read.
    static func of(_ path: String, role: String) -> SourceFingerprint? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        return SourceFingerprint(role: role, path: path, sha256: digest, bytes: data.count)
    }

    /// The fingerprints of every input a build with `configuration` reads, as far as they are readable.
    public static func inputs(of configuration: BuildConfiguration) -> [SourceFingerprint] {
        var found: [SourceFingerprint?] = [of(configuration.publicationPath, role: "publication")]
        for file in [ReferenceLoader.municipalitiesFile, ReferenceLoader.provincesFile,
                     ReferenceLoader.mergersFile, ReferenceLoader.centroidsFile] {
            found.append(of((configuration.referenceDirectory as NSString).appendingPathComponent(file), role: "reference"))
        }
        if let aliases = configuration.aliasesPath { found.append(of(aliases, role: "aliases")) }
        return found.compactMap { $0 }
    }
}
