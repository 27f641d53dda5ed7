import Foundation
import GRDB
import TaalgrensCore

/// The default translation memory: one SQLite file, through GRDB.
///
/// The schema is created and upgraded by named migrations (`docs/memory.md`, "Schema"); constraints,
/// unique keys and foreign keys live in the schema. A file memory runs in WAL mode with a busy timeout,
/// so several `taalgrens` processes can share it. The fuzzy index lives in memory (``FuzzyMemoryIndex``):
/// built per language at the first search of a store from the persisted key ids, and rebuilt at the next
/// search after any write transaction, of this store or another process (`docs/matching.md`, "Retrieval").
///
/// Every GRDB or SQLite error is wrapped in ``TMError`` at this boundary.
public final class SQLiteStore: TMStore, @unchecked Sendable {
    let writer: any DatabaseWriter
    /// The file path, or `nil` for an in-memory store.
    public let path: String?
    /// Fuzzy-index term ids learnt by this store's committed imports (a cache; see ``TermIDCache``).
    let termIDs = TermIDCache()
    /// The in-memory fuzzy indexes, by language, each for one generation of the memory.
    let memoryIndexes = FuzzyMemoryIndexCache()
    /// The names of the migrations that opening this store applied, in order: all of them for a new
    /// memory, none for a current one (`taalgrens tm migrate` reports them).
    public let migrationsAppliedAtOpen: [String]

    /// Seconds a writer waits for another process's lock before failing. One import is one transaction,
    /// and a large TMX file or several concurrent writers on a busy machine hold the lock for many
    /// seconds: a minute lets processes queue behind each other instead of failing with "database is
    /// locked" (seen at 10 s with three concurrent writers in the contract suite on a loaded machine).
    public static let busyTimeout: TimeInterval = 60

    /// Opens the memory at `path`, creating the file and its schema on first use, and migrating an older
    /// schema to the current one.
    /// - Parameter path: a file path; its folder must exist.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` when the file cannot be opened or is not a memory.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(SQLiteStore.busyTimeout)
        configuration.foreignKeysEnabled = true
        do {
            // Opening a pool switches the file to WAL, which takes an exclusive lock; SQLite can answer that
            // with SQLITE_BUSY without calling the busy handler when another connection is creating or
            // switching the same new file ("database is locked" with four openers of a new file). So the
            // pool opens under the folder lock the migrations take (released before they take it again),
            // and openers of one file switch it one after the other; a current memory only waits while
            // another process opens or migrates it.
            let opened = try SQLiteStore.withFolderLock(path) { try SQLiteStore.open(path, configuration) }
            writer = opened
            migrationsAppliedAtOpen = try SQLiteStore.migrate(opened, path: path)
        } catch let error as TMError {
            throw error
        } catch let error as DatabaseError {
            throw TMError.cannotOpen(path: path, reason: error.message ?? error.description)
        } catch {
            throw TMError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// A pool on the memory file at `path`; when the file or its folder cannot be written (SQLite opens the
    /// file read-only, or cannot create the write-ahead log beside it), a read-only connection instead, so
    /// that a memory on a read-only file or folder can still be searched (writes then fail with SQLite's
    /// "attempt to write a readonly database", and a phrase search scans the variants its concordance index
    /// does not hold yet: ``concordance(_:locale:limit:)``).
    /// - Throws: `DatabaseError` when neither opens.
    private static func open(_ path: String, _ configuration: Configuration) throws -> any DatabaseWriter {
        do {
            return try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            let folder = (path as NSString).deletingLastPathComponent
            let files = FileManager.default
            guard files.fileExists(atPath: path),
                  !files.isWritableFile(atPath: path) || !files.isWritableFile(atPath: folder.isEmpty ? "." : folder) else { throw error }
            var readOnly = configuration
            readOnly.readonly = true
            if files.isWritableFile(atPath: folder.isEmpty ? "." : folder) { return try DatabaseQueue(path: path, configuration: readOnly) }
            // In a folder that cannot be written no connection can create the write-ahead log or a journal
            // beside the file, so nobody can change it while it is open: SQLite reads it as immutable (URI
            // parameter `immutable=1`, "Uniform Resource Identifiers" §3.3), which needs no shared-memory
            // file beside it either.
            return try DatabaseQueue(path: immutableURI(path), configuration: readOnly)
        }
    }

    /// The SQLite URI (`file:`) of the file at `path` with `immutable=1`, with the characters a URI path
    /// cannot hold as they are (`%`, `?`, `#`) percent-encoded.
    static func immutableURI(_ path: String) -> String {
        var encoded = ""
        for c in path.unicodeScalars {
            switch c {
            case "%": encoded += "%25"
            case "?": encoded += "%3F"
            case "#": encoded += "%23"
            default: encoded.unicodeScalars.append(c)
            }
        }
        return "file:" + encoded + "?immutable=1"
    }

    private init(inMemoryQueue queue: DatabaseQueue, applied: [String]) {
        writer = queue
        path = nil
        migrationsAppliedAtOpen = applied
    }

    /// A fresh memory that lives in memory only, for tests and one-off runs.
    /// - Throws: ``TMError/database(_:)`` when SQLite cannot create it.
    public static func inMemory() throws -> SQLiteStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            let queue = try DatabaseQueue(configuration: configuration)
            let applied = try migrate(queue, path: ":memory:")
            return SQLiteStore(inMemoryQueue: queue, applied: applied)
        } catch let error as TMError {
            throw error
        } catch {
            throw TMError.database("creating an in-memory store: \(error)")
        }
    }

    /// See ``TMStore/memoryID()``: the UUID written by the first migration into the `meta` table.
    public func memoryID() throws -> UUID {
        try read("reading the memory id") { db in
            guard let text = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'uuid'"),
                  let uuid = UUID(uuidString: text) else { throw TMError.database("the memory has no valid uuid in its meta table") }
            return uuid
        }
    }

    // MARK: Error boundary

    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch { throw SQLiteStore.wrap(error, operation) }
    }

    /// Every write of the store goes through here: one transaction, and when it changed any row, the
    /// memory's generation is raised in the same transaction (``generation(_:)``), so in-memory indexes built
    /// before it are no longer used by any store on the file.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write { db in
                let before = db.totalChangesCount
                let result = try body(db)
                if db.totalChangesCount != before { try SQLiteStore.raiseGeneration(db) }
                return result
            }
        } catch {
            throw SQLiteStore.wrap(error, operation)
        }
    }

    static func wrap(_ error: any Error, _ operation: String) -> TMError {
        if let e = error as? TMError { return e }
        if let e = error as? DatabaseError { return .database("\(operation): \(e.message ?? "SQLite error \(e.resultCode.rawValue)")") }
        return .database("\(operation): \(error)")
    }
}
