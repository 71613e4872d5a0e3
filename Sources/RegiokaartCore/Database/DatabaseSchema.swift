import GRDB

/// The tables of `regiokaart build --sqlite FILE`, created (and later migrated) by GRDB's migrator.
///
/// `regions`, `region_sectors`, `municipalities` and `region_municipalities` hold the latest published
/// dataset; `runs`, `run_sources` and `issues` keep the history of every run, published or not.
enum DatabaseSchema {
    /// The migrator that brings any database file to the current schema.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        // The steward's acknowledgement of a finding: its note (NULL when not acknowledged).
        migrator.registerMigration("v2-issues-acknowledged") { db in
            try db.execute(sql: "ALTER TABLE issues ADD COLUMN acknowledged_note TEXT;")
        }
        // An unread figure is NULL: SQLite cannot drop NOT NULL from a column, so `regions` is made
        // anew (it holds only the latest dataset; the view that reads it is dropped and made again).
        migrator.registerMigration("v3-figures-nullable") { db in
            try db.execute(sql: v3)
        }
        // The match kinds `place` and `short_fuzzy`: the CHECK of `region_municipalities.match` is
        // widened by making the table anew (its rows, index and dependent view kept).
        migrator.registerMigration("v4-match-kinds") { db in
            try db.execute(sql: v4)
        }
        return migrator
    }

    /// Every `match` value the database accepts: `MatchKind`'s raw values (a test holds them equal,
    /// so a new kind cannot reach the database without a migration).
    static let matchKinds = ["exact", "alias", "qualifier", "folded", "former", "place", "fuzzy", "short_fuzzy", "province"]

    /// `region_municipalities` with every match kind of `matchKinds`.
    static let v4 = """
        DROP VIEW municipality_coverage;
        CREATE TABLE region_municipalities_v4 (
            region_id TEXT NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
            municipality_code TEXT NOT NULL REFERENCES municipalities(code),
            match TEXT NOT NULL CHECK (match IN (\(matchKinds.map { "'\($0)'" }.joined(separator: ", ")))),
            name_as_published TEXT,
            via_province TEXT,
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            PRIMARY KEY (region_id, municipality_code)
        );
        INSERT INTO region_municipalities_v4 SELECT region_id, municipality_code, match, name_as_published, via_province,
            source_file, source_line FROM region_municipalities;
        DROP TABLE region_municipalities;
        ALTER TABLE region_municipalities_v4 RENAME TO region_municipalities;
        CREATE INDEX region_municipalities_by_municipality ON region_municipalities(municipality_code);
        \(municipalityCoverage)
        """

    /// `regions` with nullable figures, its rows, index and dependent view kept.
    static let v3 = """
        DROP VIEW municipality_coverage;
        CREATE TABLE regions_v3 (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_as_published TEXT NOT NULL,
            sector_tag TEXT,
            scope TEXT NOT NULL CHECK (scope IN ('municipalities', 'provinces', 'national')),
            students INTEGER CHECK (students >= 0),
            school_boards_po INTEGER CHECK (school_boards_po >= 0),
            school_boards_vo INTEGER CHECK (school_boards_vo >= 0),
            mbo_institutions INTEGER CHECK (mbo_institutions >= 0),
            teacher_training_institutions INTEGER CHECK (teacher_training_institutions >= 0),
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id)
        );
        INSERT INTO regions_v3 SELECT id, name, name_as_published, sector_tag, scope, students, school_boards_po,
            school_boards_vo, mbo_institutions, teacher_training_institutions, source_file, source_line, run_id FROM regions;
        DROP TABLE regions;
        ALTER TABLE regions_v3 RENAME TO regions;
        CREATE INDEX regions_by_name ON regions(name);
        \(municipalityCoverage)
        """

    /// Which regions cover each municipality in each sector (national regions left out).
    static let municipalityCoverage = """
        CREATE VIEW municipality_coverage AS
            SELECT m.code AS municipality_code, m.name AS municipality_name, s.sector, r.id AS region_id, r.name AS region_name
            FROM municipalities m
            JOIN region_municipalities rm ON rm.municipality_code = m.code
            JOIN regions r ON r.id = rm.region_id
            JOIN region_sectors s ON s.region_id = r.id
            WHERE r.scope <> 'national';
        """

    static let v1 = """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('published', 'rejected', 'failed')),
            message TEXT,
            publication_file TEXT NOT NULL,
            publication_sha256 TEXT,
            output_directory TEXT NOT NULL,
            strict INTEGER NOT NULL CHECK (strict IN (0, 1)),
            allow_errors INTEGER NOT NULL CHECK (allow_errors IN (0, 1)),
            region_count INTEGER,
            pair_count INTEGER,
            error_count INTEGER,
            warning_count INTEGER,
            info_count INTEGER
        );
        CREATE INDEX runs_by_status ON runs(status, id);

        CREATE TABLE run_sources (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('publication', 'reference', 'aliases')),
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            bytes INTEGER NOT NULL CHECK (bytes >= 0),
            PRIMARY KEY (run_id, path)
        );

        CREATE TABLE issues (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
            code TEXT NOT NULL,
            region_id TEXT,
            field TEXT,
            raw_value TEXT,
            result_value TEXT,
            source_file TEXT,
            source_line INTEGER,
            message TEXT NOT NULL,
            PRIMARY KEY (run_id, position)
        );
        CREATE INDEX issues_by_code ON issues(code, run_id);
        CREATE INDEX issues_by_region ON issues(region_id, run_id);

        CREATE TABLE municipalities (
            code TEXT PRIMARY KEY CHECK (code GLOB 'GM[0-9][0-9][0-9][0-9]'),
            name TEXT NOT NULL,
            province_code TEXT NOT NULL,
            province_name TEXT NOT NULL
        );
        CREATE INDEX municipalities_by_name ON municipalities(name);

        CREATE TABLE regions (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            name_as_published TEXT NOT NULL,
            sector_tag TEXT,
            scope TEXT NOT NULL CHECK (scope IN ('municipalities', 'provinces', 'national')),
            students INTEGER NOT NULL,
            school_boards_po INTEGER NOT NULL,
            school_boards_vo INTEGER NOT NULL,
            mbo_institutions INTEGER NOT NULL,
            teacher_training_institutions INTEGER NOT NULL,
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id)
        );
        CREATE INDEX regions_by_name ON regions(name);

        CREATE TABLE region_sectors (
            region_id TEXT NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
            sector TEXT NOT NULL CHECK (sector IN ('po', 'vo', 'mbo')),
            PRIMARY KEY (region_id, sector)
        );
        CREATE INDEX region_sectors_by_sector ON region_sectors(sector);

        CREATE TABLE region_municipalities (
            region_id TEXT NOT NULL REFERENCES regions(id) ON DELETE CASCADE,
            municipality_code TEXT NOT NULL REFERENCES municipalities(code),
            match TEXT NOT NULL CHECK (match IN ('exact', 'alias', 'qualifier', 'folded', 'former', 'fuzzy', 'province')),
            name_as_published TEXT,
            via_province TEXT,
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            PRIMARY KEY (region_id, municipality_code)
        );
        CREATE INDEX region_municipalities_by_municipality ON region_municipalities(municipality_code);

        \(municipalityCoverage)
        """
}
