import Foundation
import Testing
@testable import RegiokaartCore

/// The `--sqlite` database, checked from outside with the `sqlite3` command-line tool.
@Suite struct RunDatabaseTests {
    /// Builds the real input into a scratch folder and records it in a fresh database.
    static func published() throws -> (scratch: URL, db: String, result: BuildResult) {
        let scratch = try InteropSupport.scratch()
        let configuration = InteropSupport.configuration(output: scratch.appendingPathComponent("Output").path)
        let db = scratch.appendingPathComponent("regiokaart.sqlite").path
        let database = try RunDatabase(path: db)
        let result = try BuildJob.run(configuration)
        try database.record(.finished(result), configuration: configuration, reference: result.reference, startedAt: Date(),
                            sources: SourceFingerprint.inputs(of: configuration))
        return (scratch, db, result)
    }

    @Test func foreignKeysHoldAndTheTablesMatchTheCSVs() throws {
        let (scratch, db, result) = try Self.published()
        defer { try? FileManager.default.removeItem(at: scratch) }
        #expect(try InteropSupport.sqlite3(db, "PRAGMA foreign_key_check;") == [])
        #expect(try InteropSupport.sqlite3(db, "PRAGMA integrity_check;") == ["ok"])
        let pairs = result.dataset.regions.reduce(0) { $0 + $1.municipalities.count }
        #expect(try InteropSupport.sqlite3(db, "SELECT count(*) FROM regions;") == [String(result.dataset.regions.count)])
        #expect(try InteropSupport.sqlite3(db, "SELECT count(*) FROM region_municipalities;") == [String(pairs)])
        #expect(try InteropSupport.sqlite3(db, "SELECT count(*) FROM municipalities;") == ["342"])
        #expect(try InteropSupport.sqlite3(db, "SELECT students FROM regions WHERE id = 'onderwijsregio-oost-nederland';") == ["70780"])
        #expect(try InteropSupport.sqlite3(db, "SELECT name FROM municipalities WHERE code = 'GM1900';") == ["Súdwest-Fryslân"])
        let indexes = try InteropSupport.sqlite3(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name;")
        #expect(indexes.contains("region_municipalities_by_municipality") && indexes.contains("issues_by_code"))
    }

    @Test func whichRegionsCoverArnhemPerSectorAgreesWithMunicipalitiesCSV() throws {
        let (scratch, db, _) = try Self.published()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let answer = try InteropSupport.sqlite3(db, """
            SELECT s.sector || ':' || group_concat(r.id, '|')
            FROM municipalities m
            JOIN region_municipalities rm ON rm.municipality_code = m.code
            JOIN regions r ON r.id = rm.region_id AND r.scope <> 'national'
            JOIN region_sectors s ON s.region_id = r.id
            WHERE m.name = 'Arnhem'
            GROUP BY s.sector
            ORDER BY CASE s.sector WHEN 'po' THEN 1 WHEN 'vo' THEN 2 ELSE 3 END;
            """)
        let csv = try InteropSupport.rows(Array(try Data(contentsOf: scratch.appendingPathComponent("Output/municipalities.csv"))), separator: ",")
        let arnhem = try #require(csv.first { $0[1] == "Arnhem" })
        let expected = zip(["po", "vo", "mbo"], arnhem[4...6]).filter { !$0.1.isEmpty }.map { "\($0.0):\($0.1)" }
        #expect(!expected.isEmpty)
        // group_concat's order is unspecified: compare the sets of ids per sector.
        func normal(_ lines: [String]) -> [String] {
            lines.map { line in
                let parts = line.split(separator: ":", maxSplits: 1)
                return parts[0] + ":" + parts[1].split(separator: "|").sorted().joined(separator: "|")
            }
        }
        #expect(normal(answer) == normal(expected))
        #expect(try InteropSupport.sqlite3(db, "SELECT count(*) FROM municipality_coverage WHERE municipality_name = 'Arnhem';")
                == [String(expected.map { $0.split(separator: "|").count }.reduce(0, +))])
    }

    @Test func runsAreAppendedAndARejectedRunKeepsTheDataset() throws {
        let (scratch, db, first) = try Self.published()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let strict = InteropSupport.configuration(output: scratch.appendingPathComponent("Output").path, strict: true)
        let rejected = try BuildJob.run(strict)
        #expect(!rejected.published)
        let database = try RunDatabase(path: db)
        try database.record(.finished(rejected), configuration: strict, reference: rejected.reference, startedAt: Date(),
                            sources: SourceFingerprint.inputs(of: strict))
        var missing = strict
        missing.publicationPath = scratch.appendingPathComponent("nowhere.txt").path
        try database.record(.failed(InputError(.missingFile, file: missing.publicationPath, "does not exist")),
                            configuration: missing, reference: nil, startedAt: Date(), sources: SourceFingerprint.inputs(of: missing))
        #expect(try InteropSupport.sqlite3(db, "SELECT id || ',' || status FROM runs ORDER BY id;") == ["1,published", "2,rejected", "3,failed"])
        #expect(try InteropSupport.sqlite3(db, "SELECT count(*) FROM regions;") == [String(first.dataset.regions.count)])
        #expect(try InteropSupport.sqlite3(db, "SELECT DISTINCT run_id FROM regions;") == ["1"])
        let warnings = first.dataset.log.count(.warning)
        #expect(try InteropSupport.sqlite3(db, "SELECT warning_count FROM runs WHERE id = 2;") == [String(warnings)])
        #expect(try InteropSupport.sqlite3(db, "SELECT count(*) FROM issues WHERE run_id = 2;") == [String(rejected.dataset.issues.count)])
        #expect(try InteropSupport.sqlite3(db, "SELECT message LIKE '%does not exist%', publication_sha256 IS NULL FROM runs WHERE id = 3;") == ["1|1"])
        // Every source of the published run is fingerprinted: publication, four reference files, aliases.
        #expect(try InteropSupport.sqlite3(db, "SELECT role, count(*) FROM run_sources WHERE run_id = 1 GROUP BY role ORDER BY role;")
                == ["aliases|1", "publication|1", "reference|4"])
        let publication = try Data(contentsOf: URL(fileURLWithPath: strict.publicationPath))
        #expect(try InteropSupport.sqlite3(db, "SELECT bytes FROM run_sources WHERE run_id = 1 AND role = 'publication';") == [String(publication.count)])
        #expect(try InteropSupport.sqlite3(db, "SELECT count(DISTINCT publication_sha256) FROM runs WHERE publication_sha256 IS NOT NULL;") == ["1"])
        #expect(try InteropSupport.sqlite3(db, "PRAGMA foreign_key_check;") == [])
    }

    @Test func acknowledgedFindingsKeepTheirNote() throws {
        let scratch = try InteropSupport.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let table = scratch.appendingPathComponent("acknowledged.csv")
        try "code,region_id,raw_value,note\ncoverage.gap,,,\"Known gaps, reported\"\n".write(to: table, atomically: true, encoding: .utf8)
        var configuration = InteropSupport.configuration(output: scratch.appendingPathComponent("Output").path)
        configuration.acknowledgementsPath = table.path
        let db = scratch.appendingPathComponent("regiokaart.sqlite").path
        let result = try BuildJob.run(configuration)
        try RunDatabase(path: db).record(.finished(result), configuration: configuration, reference: result.reference,
                                         startedAt: Date(), sources: SourceFingerprint.inputs(of: configuration))
        let gaps = result.dataset.issues.filter { $0.code == IssueCode.coverageGap.rawValue }.count
        #expect(gaps > 0)
        #expect(try InteropSupport.sqlite3(db, "SELECT code, acknowledged_note, count(*) FROM issues WHERE acknowledged_note IS NOT NULL GROUP BY 1, 2;")
                == ["coverage.gap|Known gaps, reported|\(gaps)"])
    }

    @Test func sha256MatchesAKnownDigest() throws {
        let scratch = try InteropSupport.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("abc.txt")
        try Data("abc".utf8).write(to: file)
        let print = try #require(SourceFingerprint.of(file.path, role: "publication"))
        #expect(print.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(print.bytes == 3)
        #expect(SourceFingerprint.of(scratch.appendingPathComponent("none").path, role: "publication") == nil)
    }

    /// A database made before figures could be unread (NOT NULL figure columns) is migrated: its
    /// rows, index and view are kept, and an unread figure can then be stored as NULL.
    @Test func anOlderDatabaseIsMigratedToNullableFigures() throws {
        let scratch = try InteropSupport.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let db = scratch.appendingPathComponent("old.sqlite").path
        // The schema as migrations v1 and v2 left it, recorded the way GRDB's migrator records them.
        _ = try InteropSupport.sqlite3(db, DatabaseSchema.v1 + """
            ALTER TABLE issues ADD COLUMN acknowledged_note TEXT;
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
            INSERT INTO grdb_migrations VALUES ('v1'), ('v2-issues-acknowledged');
            INSERT INTO runs (started_at, finished_at, status, publication_file, output_directory, strict, allow_errors)
                VALUES ('2026-01-01', '2026-01-01', 'published', 'p.txt', 'Output', 0, 0);
            INSERT INTO municipalities VALUES ('GM0202', 'Arnhem', 'PV25', 'Gelderland');
            INSERT INTO regions VALUES ('oost', 'Oost', 'Oost', NULL, 'municipalities', 70780, 53, 0, 0, 6, 'p.txt', 3, 1);
            INSERT INTO region_sectors VALUES ('oost', 'po');
            INSERT INTO region_municipalities VALUES ('oost', 'GM0202', 'exact', 'Arnhem', NULL, 'p.txt', 9);
            """)
        #expect(try InteropSupport.sqlite3(db, "SELECT \"notnull\" FROM pragma_table_info('regions') WHERE name = 'students';") == ["1"])
        _ = try RunDatabase(path: db)
        #expect(try InteropSupport.sqlite3(db, "SELECT \"notnull\" FROM pragma_table_info('regions') WHERE name = 'students';") == ["0"])
        #expect(try InteropSupport.sqlite3(db, "SELECT id || ',' || students || ',' || teacher_training_institutions FROM regions;") == ["oost,70780,6"])
        #expect(try InteropSupport.sqlite3(db, "SELECT region_id || ',' || sector FROM municipality_coverage;") == ["oost,po"])
        #expect(try InteropSupport.sqlite3(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'regions' AND name NOT LIKE 'sqlite_%';") == ["regions_by_name"])
        #expect(try InteropSupport.sqlite3(db, "PRAGMA foreign_key_check;") == [])
        _ = try InteropSupport.sqlite3(db, "UPDATE regions SET students = NULL;")
        #expect(try InteropSupport.sqlite3(db, "SELECT count(*) FROM regions WHERE students IS NULL;") == ["1"])
        // A negative count is still refused.
        #expect(throws: InteropSupport.SQLite3Failed.self) { try InteropSupport.sqlite3(db, "UPDATE regions SET students = -1;") }
    }

    @Test func anUnusableDatabasePathIsAnOutputError() throws {
        let scratch = try InteropSupport.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let notADatabase = scratch.appendingPathComponent("notes.txt")
        try Data("just text, not SQLite".utf8).write(to: notADatabase)
        // A folder that cannot exist (its parent is a file), then a file that is no database.
        #expect(throws: InputError.self) { _ = try RunDatabase(path: notADatabase.appendingPathComponent("db.sqlite").path) }
        _ = try RunDatabase(path: scratch.appendingPathComponent("new/folder/db.sqlite").path)
        let error = try #require(throws: InputError.self) { _ = try RunDatabase(path: notADatabase.path) }
        #expect(error.kind == .outputNotWritable && error.location.file == notADatabase.path)
    }
}

/// Every match kind the pipeline makes can be stored: the database's CHECK lists them all.
@Suite struct DatabaseMatchKindTests {
    @Test func theDatabaseAcceptsEveryMatchKind() {
        #expect(Set(DatabaseSchema.matchKinds) == Set(MatchKind.allCases.map(\.rawValue)))
    }

    @Test func aPlaceListedInsteadOfItsMunicipalityIsRecorded() throws {
        let scratch = try InteropSupport.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        // The real publication with its cards listing the place Rosmalen for 's-Hertogenbosch.
        let text = try String(contentsOfFile: Fixture.publicationPath, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "- Oss\n- 's-Hertogenbosch\n", with: "- Oss\n- Rosmalen\n")
        #expect(edited != text)
        let publication = scratch.appendingPathComponent("publication.txt")
        try edited.write(to: publication, atomically: false, encoding: .utf8)
        var configuration = InteropSupport.configuration(output: scratch.appendingPathComponent("Output").path)
        configuration.publicationPath = publication.path
        let db = scratch.appendingPathComponent("regiokaart.sqlite").path
        let database = try RunDatabase(path: db)
        let result = try BuildJob.run(configuration)
        try database.record(.finished(result), configuration: configuration, reference: result.reference, startedAt: Date(),
                            sources: SourceFingerprint.inputs(of: configuration))
        #expect(try InteropSupport.sqlite3(db, "SELECT DISTINCT match FROM region_municipalities WHERE name_as_published = 'Rosmalen';") == ["place"])
        #expect(try InteropSupport.sqlite3(db, "PRAGMA foreign_key_check;") == [])
    }
}
