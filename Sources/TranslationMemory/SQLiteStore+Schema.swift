import Foundation
import GRDB

extension SQLiteStore {
    /// The named migrations, in order. Never edit a migration that has shipped: add a new one. Package
    /// access so that tests can build a memory of an older schema (`migrate(_:upTo:)`).
    package static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-units") { db in
            try db.execute(sql: """
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE article (
                    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
                    source TEXT NOT NULL,
                    imported REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE unit (
                    pk INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE CHECK (length(id) > 0),
                    article TEXT REFERENCES article(id) ON DELETE CASCADE,
                    origin_article TEXT,
                    origin_block INTEGER CHECK (origin_block >= 0),
                    origin_position INTEGER CHECK (origin_position >= 0),
                    status TEXT NOT NULL CHECK (status IN ('reviewed', 'aligned', 'translated', 'needsReview', 'untrusted')),
                    confidence REAL CHECK (confidence >= 0 AND confidence <= 1),
                    properties TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(properties)),
                    notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(notes)),
                    content_hash INTEGER NOT NULL,
                    created REAL,
                    changed REAL
                );
                CREATE INDEX unit_article ON unit(article);
                CREATE INDEX unit_content_hash ON unit(content_hash);
                CREATE TABLE variant (
                    id INTEGER PRIMARY KEY,
                    unit INTEGER NOT NULL REFERENCES unit(pk) ON DELETE CASCADE,
                    locale TEXT NOT NULL CHECK (length(locale) >= 2),
                    language TEXT NOT NULL,
                    content TEXT NOT NULL CHECK (json_valid(content)),
                    plain TEXT NOT NULL,
                    folded TEXT NOT NULL,
                    sentence_starts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sentence_starts)),
                    previous TEXT,
                    next TEXT,
                    text_hash INTEGER NOT NULL,
                    token_count INTEGER NOT NULL CHECK (token_count >= 0),
                    keys TEXT NOT NULL,
                    UNIQUE (unit, locale)
                );
                CREATE INDEX variant_hash ON variant(language, text_hash);
                CREATE INDEX variant_length ON variant(language, token_count);
                """)
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('uuid', ?), ('created', ?)",
                           arguments: [UUID().uuidString, ISO8601DateFormatter().string(from: Date())])
        }
        migrator.registerMigration("v2-fuzzy-index") { db in
            // The inverted index: occurrence-numbered terms per language, postings with the variant's length
            // so that the length filter runs inside the index. Frequencies are kept by triggers.
            try db.execute(sql: """
                CREATE TABLE term (
                    id INTEGER PRIMARY KEY,
                    language TEXT NOT NULL,
                    key TEXT NOT NULL,
                    frequency INTEGER NOT NULL DEFAULT 0 CHECK (frequency >= 0),
                    UNIQUE (language, key)
                );
                CREATE TABLE posting (
                    term INTEGER NOT NULL REFERENCES term(id),
                    length INTEGER NOT NULL CHECK (length > 0),
                    variant INTEGER NOT NULL REFERENCES variant(id) ON DELETE CASCADE,
                    PRIMARY KEY (term, length, variant)
                ) WITHOUT ROWID;
                CREATE INDEX posting_variant ON posting(variant);
                CREATE TRIGGER posting_added AFTER INSERT ON posting BEGIN
                    UPDATE term SET frequency = frequency + 1 WHERE id = NEW.term;
                END;
                CREATE TRIGGER posting_removed AFTER DELETE ON posting BEGIN
                    UPDATE term SET frequency = frequency - 1 WHERE id = OLD.term;
                END;
                """)
        }
        migrator.registerMigration("v3-concordance") { db in
            // SQLite 3.40's trigram tokenizer cannot drop diacritics, so it indexes the folded shadow column.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE variant_folded USING fts5(folded, content='variant', content_rowid='id', tokenize='trigram');
                CREATE TRIGGER variant_folded_insert AFTER INSERT ON variant BEGIN
                    INSERT INTO variant_folded (rowid, folded) VALUES (NEW.id, NEW.folded);
                END;
                CREATE TRIGGER variant_folded_delete AFTER DELETE ON variant BEGIN
                    INSERT INTO variant_folded (variant_folded, rowid, folded) VALUES ('delete', OLD.id, OLD.folded);
                END;
                CREATE TRIGGER variant_folded_update AFTER UPDATE OF folded ON variant BEGIN
                    INSERT INTO variant_folded (variant_folded, rowid, folded) VALUES ('delete', OLD.id, OLD.folded);
                    INSERT INTO variant_folded (rowid, folded) VALUES (NEW.id, NEW.folded);
                END;
                """)
        }
        migrator.registerMigration("v4-key-ids") { db in
            // Keys as term ids (a blob of 64-bit integers) instead of text: the fuzzy search compares
            // integers, not strings. Rows of v1–v3 memories are converted from their key text.
            try db.execute(sql: "ALTER TABLE variant ADD COLUMN key_ids BLOB NOT NULL DEFAULT x''")
            let rows = try Row.fetchAll(db, sql: "SELECT id, language, keys FROM variant WHERE keys != ''")
            for row in rows {
                let language: String = row["language"], text: String = row["keys"]
                var ids: [Int64] = []
                for key in text.split(separator: "\u{1E}", omittingEmptySubsequences: false) {
                    guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE language = ? AND key = ?",
                                                      arguments: [language, String(key)]) else {
                        throw TMError.database("migrating the fuzzy index: no term for a stored key")
                    }
                    ids.append(id)
                }
                try db.execute(sql: "UPDATE variant SET key_ids = ? WHERE id = ?", arguments: [IndexedVariant.encodeIDs(ids), row["id"]])
            }
            try db.execute(sql: "ALTER TABLE variant DROP COLUMN keys")
        }
        migrator.registerMigration("v5-unit-scope") { db in
            // Unit identity is scoped by origin (`UnitScope`): an article's units belong to the article
            // (`article`), an interchange file's units to the file's scope (`scope`), never both, never
            // neither. Interchange units stored before kept unscoped ids: they get the legacy scope ''.
            // SQLite cannot add a table CHECK to an existing table, so triggers enforce the rule.
            try db.execute(sql: """
                ALTER TABLE unit ADD COLUMN scope TEXT;
                UPDATE unit SET scope = '' WHERE article IS NULL;
                CREATE TRIGGER unit_owner_insert BEFORE INSERT ON unit WHEN (NEW.article IS NULL) = (NEW.scope IS NULL) BEGIN
                    SELECT RAISE(ABORT, 'a unit belongs to exactly one article or one interchange scope');
                END;
                CREATE TRIGGER unit_owner_update BEFORE UPDATE OF article, scope ON unit WHEN (NEW.article IS NULL) = (NEW.scope IS NULL) BEGIN
                    SELECT RAISE(ABORT, 'a unit belongs to exactly one article or one interchange scope');
                END;
                """)
        }
        migrator.registerMigration("v6-bulk-index") { db in
            // Imports write postings in bulk, sorted by key (`UnitWriter.flush`), and raise each term's
            // frequency once per batch. Per posting row, the v2 table also paid two foreign-key lookups (term,
            // variant), a random insert into `posting_variant` and a trigger updating the term row: about ten
            // times the cost of the row itself. The postings of a variant are now found from the variant's own
            // list of term ids (`term_ids`, a JSON array), so a variant's deletion (directly or by cascade from
            // its unit) deletes exactly its postings by primary key, and `posting` needs neither foreign keys
            // nor a second index. Deleting postings still lowers frequencies (`posting_removed`).
            //
            // The concordance index is filled in bulk too: FTS5 flushes its pending terms into a new segment
            // at every statement that writes it, so a trigger inserting one row per variant statement cost
            // about four times the variant row itself. `UnitWriter.flush` inserts the batch's rows with one
            // statement instead. Every code path that inserts variants must go through `UnitWriter`; the
            // delete and update triggers stay.
            try db.execute(sql: """
                DROP TRIGGER variant_folded_insert;
                ALTER TABLE variant ADD COLUMN term_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(term_ids));
                UPDATE variant SET term_ids = (SELECT json_group_array(p.term) FROM posting p WHERE p.variant = variant.id)
                    WHERE EXISTS (SELECT 1 FROM posting p WHERE p.variant = variant.id);
                DROP TRIGGER posting_added;
                DROP TRIGGER posting_removed;
                CREATE TABLE posting_v6 (
                    term INTEGER NOT NULL,
                    length INTEGER NOT NULL CHECK (length > 0),
                    variant INTEGER NOT NULL,
                    PRIMARY KEY (term, length, variant)
                ) WITHOUT ROWID;
                INSERT INTO posting_v6 (term, length, variant) SELECT term, length, variant FROM posting ORDER BY term, length, variant;
                DROP TABLE posting;
                ALTER TABLE posting_v6 RENAME TO posting;
                CREATE TRIGGER posting_removed AFTER DELETE ON posting BEGIN
                    UPDATE term SET frequency = frequency - 1 WHERE id = OLD.term;
                END;
                CREATE TRIGGER variant_postings_removed AFTER DELETE ON variant BEGIN
                    DELETE FROM posting WHERE term IN (SELECT value FROM json_each(OLD.term_ids))
                        AND length = OLD.token_count AND variant = OLD.id;
                END;
                """)
        }
        migrator.registerMigration("v7-memory-index") { db in
            // The fuzzy index moves into memory (`FuzzyMemoryIndex`, built per language at the first search of
            // a store and rebuilt when the memory's generation changes; `docs/matching.md`, "Retrieval"). What
            // stays persisted is what it is built from: the `term` dictionary (language, key → id) and each
            // variant's `key_ids`. Postings, their triggers, term frequencies and the variant's list of term
            // ids only served the persisted index, and the occurrence-numbered terms (`key` + U+001F + n) only
            // named postings: all go. `variant_length` served only the length-0 lookup, which the memory index
            // answers now. `variant_language_keys` covers the index build: one scan of a language's entries,
            // ordered by unit, reads the keys without touching the wide variant rows (about a quarter of their
            // bytes). `meta.generation` counts write transactions (`SQLiteStore.write`), so a search knows
            // when its cached index is stale, also after another process wrote.
            try db.execute(sql: """
                DROP TRIGGER variant_postings_removed;
                DROP TRIGGER posting_removed;
                DROP TABLE posting;
                DELETE FROM term WHERE instr(key, char(31)) > 0;
                ALTER TABLE term DROP COLUMN frequency;
                ALTER TABLE variant DROP COLUMN term_ids;
                DROP INDEX variant_length;
                CREATE INDEX variant_language_keys ON variant(language, unit, locale, key_ids);
                INSERT INTO meta (key, value) VALUES ('generation', '1')
                    ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT);
                """)
        }
        migrator.registerMigration("v8-variant-status") { db in
            // Review status per locale (`docs/memory.md`, "Review status"): a translator who signs off the
            // nl-BE target of a unit no longer signs off its fr-BE variant. Every variant row holds the
            // status that holds for its locale (its own, else its unit's), so readers that serve one locale
            // (fuzzy ranking, export filters, statistics, concordance order) read the variant alone. Memories
            // written before had one status per unit: every variant takes its unit's.
            try db.execute(sql: """
                ALTER TABLE variant ADD COLUMN status TEXT NOT NULL DEFAULT 'aligned'
                    CHECK (status IN ('reviewed', 'aligned', 'translated', 'needsReview', 'untrusted'));
                UPDATE variant SET status = (SELECT u.status FROM unit u WHERE u.pk = variant.unit);
                """)
        }
        migrator.registerMigration("v8-line-break-text") { db in
            // Since 29 November 2026 a line break is one space of plain text. Variants stored before hold the
            // old reading ("Line oneline two.") in every column derived from the plain text, so exact lookup
            // and concordance missed them: recompute those columns (`docs/memory.md`, "Line breaks in older
            // memories").
            try SQLiteStore.rederiveLineBreaks(db)
        }
        migrator.registerMigration("v9-concordance-merge") { db in
            // The concordance index (FTS5) writes a segment each time its pending terms outgrow their buffer
            // (several times per import batch) and, by default, merges segments as soon as four share a
            // level: each variant's trigrams were rewritten again and again during a large import. Merging
            // at sixteen per level costs about a quarter less FTS5 work per imported variant (measured with
            // the LibreOffice help at 100,000 units: `docs/benchmarks.md`), and a phrase search reads a few
            // more segments (21 instead of 9 at 100,000 units; the same results, the same milliseconds).
            // The setting is stored in the index's own configuration table, so every writer uses it.
            try db.execute(sql: "INSERT INTO variant_folded (variant_folded, rank) VALUES ('automerge', 16)")
        }
        migrator.registerMigration("v10-concordance-deferred") { db in
            // The concordance index leaves the import's hot path (`docs/memory.md`, "Concordance"):
            // an import no longer writes FTS5 rows. `meta.concordance_indexed` is the high-water mark: every
            // variant with an id at or below it is in `variant_folded`; those above it are pending and are
            // added in one statement before the next phrase search (`SQLiteStore.updateConcordanceIndex()`).
            // A variant id at or below the mark that SQLite hands out again (after the largest was deleted)
            // enters the index at once (`UnitWriter.flush`). The delete and update triggers touch the FTS5
            // index only for variants it holds: an FTS5 'delete' of a row it never saw corrupts it. Every
            // variant stored now is indexed (each import flushed before it committed).
            try db.execute(sql: """
                INSERT INTO meta (key, value) VALUES ('concordance_indexed', (SELECT CAST(coalesce(max(id), 0) AS TEXT) FROM variant));
                DROP TRIGGER variant_folded_delete;
                DROP TRIGGER variant_folded_update;
                CREATE TRIGGER variant_folded_delete AFTER DELETE ON variant
                WHEN OLD.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'concordance_indexed') BEGIN
                    INSERT INTO variant_folded (variant_folded, rowid, folded) VALUES ('delete', OLD.id, OLD.folded);
                END;
                CREATE TRIGGER variant_folded_update AFTER UPDATE OF folded ON variant
                WHEN OLD.id <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'concordance_indexed') BEGIN
                    INSERT INTO variant_folded (variant_folded, rowid, folded) VALUES ('delete', OLD.id, OLD.folded);
                    INSERT INTO variant_folded (rowid, folded) VALUES (NEW.id, NEW.folded);
                END;
                """)
        }
        migrator.registerMigration("v11-exact-in-memory") { db in
            // Exact lookup is served by the in-memory fuzzy index (`FuzzyMemoryIndex`), which now also holds
            // each variant's `text_hash`, read from the covering index `variant_language_keys` at its build.
            // The `variant_hash` index goes: an import inserted into it in hash order, a random page per
            // variant (about 3.3 µs of a variant's row cost, `docs/benchmarks.md`); the covering index is
            // written in unit order, at its end.
            try db.execute(sql: """
                DROP INDEX variant_hash;
                DROP INDEX variant_language_keys;
                CREATE INDEX variant_language_keys ON variant(language, unit, locale, key_ids, text_hash);
                """)
        }
        migrator.registerMigration("v12-status-checks") { db in
            // `status IN ('reviewed', …)` in a CHECK makes SQLite 3.40 build a temporary b-tree of the five
            // values at every execution of an INSERT (a list of more than two constants is looked up, not
            // compared), about 3.5 µs per row: an import inserts one unit and three variant rows per unit,
            // each a statement of its own. The same rule as a chain of `=` comparisons costs about 0.3 µs.
            // The CHECK text is changed in place, following SQLite's documented procedure for changing a
            // table's constraints without rebuilding it ("ALTER TABLE", section 7: writable_schema, then a
            // new schema_version). Both forms accept exactly the same values, so no stored row can break
            // the new rule; the tables' rows and indexes are not touched.
            try SQLiteStore.replaceStatusChecks(db)
        }
        migrator.registerMigration("v13-placeable-keys") { db in
            // Since 30 November 2026 times of day are placeables, emoji are no word-level keys and hashtags
            // and handles are keyed with their digits masked: recompute the keys of the stored variants
            // (`docs/memory.md`, "Keys in older memories").
            try SQLiteStore.rederivePlaceableKeys(db)
        }
        migrator.registerMigration("v14-sub-flow-concordance") { db in
            // Since 30 November 2026 the concordance column holds the sub-flow texts of a variant's codes
            // (a TMX `<sub>`, such as a footnote): recompute it for the variants whose codes carry TMX inner
            // markup (`docs/memory.md`, "Sub-flow texts in older memories").
            try SQLiteStore.rederiveSubFlowConcordance(db)
        }
        migrator.registerMigration("v17-digit-strings") { db in
            // Since 30 November 2026, evening, a telephone number, an enterprise number or a code with a
            // leading zero is one number placeable keyed by its type (`docs/matching.md`, "Digit strings"),
            // where it was several numbers or words: recompute the keys of the stored variants again.
            try SQLiteStore.rederivePlaceableKeys(db)
        }
        migrator.registerMigration("v15-concordance-columnsize") { db in
            // The concordance index stores no per-row token counts (FTS5 `columnsize=0`): only `bm25()` and
            // the auxiliary length functions read them, and the concordance ranks by its own rules
            // (`StoreRules.WholeWordFirst`), so they cost every indexed variant a row in
            // `variant_folded_docsize` (about 10% of the catch-up pass after an import, `docs/benchmarks.md`)
            // and serve nothing. FTS5 cannot change the option of an existing index: it is created again,
            // empty, with the same content table, tokenizer and `automerge` (`v9-concordance-merge`), and
            // the high-water mark goes back to 0, so every stored variant is pending and the next phrase
            // search (or `updateConcordanceIndex()`) adds them all in one pass ("Concordance", "When the
            // index is written"). The triggers name the table and the mark, not its options: they stay.
            try db.execute(sql: """
                DROP TABLE variant_folded;
                \(SQLiteStore.concordanceTableSQL);
                INSERT INTO variant_folded (variant_folded, rank) VALUES ('automerge', 16);
                UPDATE meta SET value = '0' WHERE key = 'concordance_indexed';
                """)
        }
        migrator.registerMigration("v16-quote-concordance") { db in
            // Since 1 December 2026 the concordance folds typographic quotation marks to the keyboard's
            // (“ ” „ « » as `"`, ‘ ‚ ‹ › as `'`, the spaces inside « » dropped): recompute the concordance
            // text of the variants whose stored text holds such a mark (`docs/memory.md`, "Quotation marks
            // in older memories"). The keys do not change.
            try SQLiteStore.rederiveQuoteConcordance(db)
        }
        migrator.registerMigration("v16-french-hour-keys") { db in
            // Since 1 December 2026 fr-BE reads an hour written with the word as a time of day ("avant
            // 8 heures", "à 20 heures 30"), where it was a number and a word: recompute the keys of the French
            // variants that hold "heure" (`docs/matching.md`, "Times"; `docs/memory.md`, "Keys in older
            // memories").
            try SQLiteStore.rederiveFrenchHourKeys(db)
        }
        migrator.registerMigration("v18-space-keys") { db in
            // Since 1 December 2026 (session 17) a narrow no-break space (U+202F) or another white-space
            // scalar above U+00A0 is white space of its own, where UAX #29 glued U+202F to the word before
            // it ("passe\u{202F}" before "!"): recompute the keys of the variants that hold one
            // (`docs/matching.md`, "Tokens"; `docs/memory.md`, "Keys in older memories").
            try SQLiteStore.rederiveSpaceKeys(db)
        }
        migrator.registerMigration("v19-unit-scopes") { db in
            // Since 1 December 2026 (session 19) a unit that several imported files hold is held by each of
            // them: the first file owns it (`unit.article` or `unit.scope`), every later file whose unit was
            // merged into it as a duplicate records its claim here, so that `tm remove` of one file keeps
            // what another still holds (eighteenth trial, finding 12; `docs/memory.md`, "Units held by several
            // files"). A memory written before knows no claims: the merges it made are not recorded, and an
            // import of the overlapping file again records them.
            try db.execute(sql: SQLiteStore.unitScopeTableSQL)
        }
        migrator.registerMigration("v20-ranges-and-spacing") { db in
            // Since 1 December 2026 (session 19) the first end of a range of times whose marker is written
            // once ("van 9 tot 17 uur", "de 9 à 17 h", "9 to 5 p.m.") is a time, where it was a number, and
            // the concordance fold drops the spaces after « ‹, before » › and before ? ! : ; (seventeenth
            // trial, findings 9 and 1): recompute the keys of the variants with a digit and the concordance
            // text of the variants whose folded text holds such a space (`docs/memory.md`, "Keys in older
            // memories", "French spacing in older memories").
            try SQLiteStore.rederiveRangeKeys(db)
            try SQLiteStore.rederiveSpacingConcordance(db)
        }
        return migrator
    }

    /// The claims table of migration `v19-unit-scopes`: one row per unit of an imported file that was merged
    /// into a stored unit as its duplicate. `id` is the memory-wide id the file's unit would have had
    /// (``UnitScope/id(scope:localID:)``), `unit` the stored unit that stands for it, `scope` the file's scope
    /// and `article` the name `tm remove --article` and `tm export --article` select it by (the unit's origin
    /// article, the file's name for a TMX). A claim never names the unit's own owner: the owner is in `unit`.
    static let unitScopeTableSQL = """
        CREATE TABLE unit_scope (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            unit INTEGER NOT NULL REFERENCES unit(pk) ON DELETE CASCADE,
            scope TEXT NOT NULL,
            article TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX unit_scope_unit ON unit_scope(unit);
        CREATE INDEX unit_scope_article ON unit_scope(article);
        """

    /// The concordance index as migration `v15-concordance-columnsize` creates it: FTS5 over the folded
    /// shadow column of `variant` (external content, no copy of the text), SQLite 3.40's trigram tokenizer,
    /// and no per-row token counts (`columnsize=0`: no `variant_folded_docsize` table; SQLite's FTS5
    /// documentation, "The Columnsize Option"), which nothing reads (the concordance does not rank by `bm25()`).
    static let concordanceTableSQL = """
        CREATE VIRTUAL TABLE variant_folded USING fts5(folded, content='variant', content_rowid='id', tokenize='trigram', columnsize=0)
        """

    /// The status rule as SQLite 3.40 compares it fastest: equal to one of the five ``TaalgrensCore/UnitStatus``
    /// raw values (the same set as the `IN` list of `v1-units` and `v8-variant-status`).
    static let statusCheck = "(status = 'reviewed' OR status = 'aligned' OR status = 'translated' OR status = 'needsReview' OR status = 'untrusted')"

    /// Migration `v12-status-checks`: replaces the `status IN (…)` CHECK of `unit` and `variant` by
    /// ``statusCheck`` in their stored `CREATE TABLE` text (SQLite, "ALTER TABLE", §7), inside the
    /// migration's transaction.
    /// - Throws: ``TMError/database(_:)`` when a table's text does not hold the rule exactly once.
    static func replaceStatusChecks(_ db: Database) throws {
        let inList = "status IN ('reviewed', 'aligned', 'translated', 'needsReview', 'untrusted')"
        let version = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        for table in ["unit", "variant"] {
            guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", arguments: [table]),
                  sql.components(separatedBy: inList).count == 2 else {
                try db.execute(sql: "PRAGMA writable_schema = OFF")
                throw TMError.database("migrating the status rule: the table \(table) does not hold it exactly once")
            }
            try db.execute(sql: "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?",
                           arguments: [sql.replacingOccurrences(of: inList, with: statusCheck), table])
        }
        try db.execute(sql: "PRAGMA schema_version = \(version + 1)")
        try db.execute(sql: "PRAGMA writable_schema = OFF")
    }

    /// Whether the database holds every migration of `migrator`; an empty database (a new file) does not.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` for a database with tables but without our migrations
    ///   (some other file) or with migrations this build does not know (a newer Taalgrens).
    static func isCurrent(_ db: Database, migrator: DatabaseMigrator, path: String) throws -> Bool {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if !tables.isEmpty && !tables.contains("grdb_migrations") {
            throw TMError.cannotOpen(path: path, reason: "the database is not a Taalgrens memory (it holds other tables)")
        }
        if try migrator.hasBeenSuperseded(db) {
            throw TMError.cannotOpen(path: path, reason: "the memory was written by a newer Taalgrens (unknown migrations)")
        }
        return try migrator.hasCompletedMigrations(db)
    }

    /// Applies the migrations the memory lacks. A current memory is only read. Otherwise the migrations
    /// run while this process holds the memory folder's lock (``withFolderLock(_:_:)``), so that processes
    /// opening a new memory at the same moment create it once: GRDB reads the applied migrations outside
    /// the transaction that applies the next one, and two openers would both apply it.
    /// - Returns: the names of the migrations applied now, in order (empty when the memory was current).
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` for a database that is not a memory or is newer.
    @discardableResult
    static func migrate(_ writer: any DatabaseWriter, path: String) throws -> [String] {
        let migrator = migrator()
        let current = try writer.read { db in try isCurrent(db, migrator: migrator, path: path) }
        if current { return [] }
        return try withFolderLock(path == ":memory:" ? nil : path) {
            let before = try writer.read { db in try migrator.appliedIdentifiers(db) }
            try migrator.migrate(writer)
            return migrator.migrations.filter { !before.contains($0) }
        }
    }
}
