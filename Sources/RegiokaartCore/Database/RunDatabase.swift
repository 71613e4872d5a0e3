import Foundation
import GRDB

/// The SQLite database of `regiokaart build --sqlite FILE`: the latest published dataset, and the
/// history of every run (`runs`, `run_sources`, `issues`).
///
/// Each run is recorded in one transaction, so the file is never half-written:
/// - a published run replaces the dataset tables and appends its `runs` row, sources and issues;
/// - a rejected run (error-level findings) appends its `runs` row (status `rejected`), sources and
///   issues, and leaves the dataset tables as they were, like the output folder;
/// - a failed run (unusable input, unwritable output) appends a `runs` row (status `failed`) with
///   the one-line error and the fingerprints of the sources it could read.
public struct RunDatabase: Sendable {
    /// The database file.
    public let path: String
    let queue: DatabaseQueue

    /// Opens (creating it if needed) and migrates the database at `path`.
    ///
    /// Called before the build starts, so an unusable database stops the run before the output changes.
    public init(path: String) throws(InputError) {
        self.path = path
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try DatabaseSchema.migrator.migrate(queue)
        } catch {
            throw InputError(.outputNotWritable, file: path, "cannot be used as the run database: \(error)")
        }
    }

    /// Records one run and returns its `runs.id`.
    @discardableResult
    public func record(_ outcome: RunOutcome, configuration: BuildConfiguration, reference: ReferenceData?,
                       startedAt: Date, finishedAt: Date = Date(),
                       sources: [SourceFingerprint]) throws(InputError) -> Int64 {
        do {
            return try queue.write { db in
                let runID = try insertRun(db, outcome, configuration, startedAt, finishedAt, sources)
                for source in sources {
                    try db.execute(sql: "INSERT INTO run_sources (run_id, role, path, sha256, bytes) VALUES (?, ?, ?, ?, ?)",
                                   arguments: [runID, source.role, source.path, source.sha256, source.bytes])
                }
                if case .finished(let result) = outcome {
                    try insertIssues(db, runID, result.dataset)
                    if result.published, let reference {
                        try replaceDataset(db, runID, result.dataset, reference)
                    }
                }
                return runID
            }
        } catch {
            throw InputError(.outputNotWritable, file: path, "could not record the run (nothing was written to it): \(error)")
        }
    }

    func insertRun(_ db: Database, _ outcome: RunOutcome, _ configuration: BuildConfiguration,
                   _ startedAt: Date, _ finishedAt: Date, _ sources: [SourceFingerprint]) throws -> Int64 {
        let timestamp = ISO8601DateFormatter()
        var message: String?
        var counts: [DatabaseValueConvertible?] = [nil, nil, nil, nil, nil]
        switch outcome {
        case .failed(let error):
            message = error.description
        case .finished(let result):
            let log = result.dataset.log
            counts = [result.dataset.regions.count, result.dataset.pairCount,
                      log.count(.error), log.count(.warning), log.count(.info)]
            if !result.published {
                message = "\(result.blockingCount) blocking findings; report in \(result.destination)"
            }
        }
        let publicationHash = sources.first { $0.role == "publication" }?.sha256
        try db.execute(sql: """
            INSERT INTO runs (started_at, finished_at, status, message, publication_file, publication_sha256,
                              output_directory, strict, allow_errors,
                              region_count, pair_count, error_count, warning_count, info_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments([timestamp.string(from: startedAt), timestamp.string(from: finishedAt),
                                                outcome.status, message, configuration.publicationPath, publicationHash,
                                                configuration.outputDirectory, configuration.strict, configuration.allowErrors]
                                               + counts))
        return db.lastInsertedRowID
    }

    func insertIssues(_ db: Database, _ runID: Int64, _ dataset: Dataset) throws {
        let table = ColumnCatalog.issues
        let statement = try db.makeStatement(sql: table.insertSQL(into: "issues", leading: ["run_id", "position"]))
        for (position, issue) in DatasetRenderer.reportOrder(dataset.issues).enumerated() {
            try statement.execute(arguments: table.arguments(issue, leading: [runID, position + 1]))
        }
    }

    func replaceDataset(_ db: Database, _ runID: Int64, _ dataset: Dataset, _ reference: ReferenceData) throws {
        for table in ["region_municipalities", "region_sectors", "regions", "municipalities"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        let municipalities = ColumnCatalog.municipality
        let municipality = try db.makeStatement(sql: municipalities.insertSQL(into: "municipalities"))
        for m in reference.municipalities {
            try municipality.execute(arguments: municipalities.arguments(m))
        }
        let regions = ColumnCatalog.regions
        let region = try db.makeStatement(sql: regions.insertSQL(into: "regions", leading: ["run_id"]))
        let sector = try db.makeStatement(sql: "INSERT INTO region_sectors (region_id, sector) VALUES (?, ?)")
        let pairs = ColumnCatalog.regionMunicipalities
        let pair = try db.makeStatement(sql: pairs.insertSQL(into: "region_municipalities"))
        for r in dataset.regions {
            try region.execute(arguments: regions.arguments(r, leading: [runID]))
            for s in r.sectors {
                try sector.execute(arguments: [r.id, s.rawValue])
            }
            for m in r.municipalities {
                try pair.execute(arguments: pairs.arguments(RegionMunicipalityRow(regionID: r.id, sourceFile: r.source.file, pair: m)))
            }
        }
    }
}
