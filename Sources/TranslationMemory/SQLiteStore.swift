import Foundation
import GRDB
import TaalgrensCore

/// The default translation memory: one SQLite file, through GRDB.
///
/// The schema is created and upgraded by named migrations (`docs/memory.md`, "Schema"); constraints,
/// unique keys and foreign keys live in the schema. A file memory runs in WAL mode, where readers never
/// wait for a writer, and a second writer waits for the first (``LockWait``), so several `taalgrens`
/// processes can share it. The fuzzy index lives in memory (``FuzzyMemoryIndex``):
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

    /// How this store's connections wait for another process's lock (``LockWait``): one import is one
    /// transaction, and a large TMX import holds the lock for minutes, so a second writer queues behind
    /// it instead of failing with "database is locked" (eighth trial, finding 2: it failed after 60 s).
    public let lockWait: LockWait

    /// Whether this store was opened read-only (``init(path:readOnly:)``): searches, concordance, statistics
    /// and exports work; every write fails with a message that says the memory file is read-only.
    public let isReadOnly: Bool

    /// Opens the memory at `path`, creating the file and its schema on first use, and migrating an older
    /// schema to the current one. An existing file that this process cannot write, or whose folder it
    /// cannot write (SQLite's WAL mode keeps two files beside the memory), is opened read-only, as
    /// ``init(path:readOnly:)`` with `true` does: a team's reference memory on a read-only share can be
    /// searched by everyone.
    /// - Parameters:
    ///   - path: a file path; its folder must exist.
    ///   - lockWait: how long, and how visibly, to wait for another process's lock.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` when the file cannot be opened or is not a memory;
    ///   ``TMError/database(_:)`` when another process kept it locked past `lockWait`'s limit.
    public convenience init(path: String, lockWait: LockWait = .standard) throws {
        try self.init(path: path, readOnly: SQLiteStore.mustOpenReadOnly(path), lockWait: lockWait)
    }

    /// Opens the memory at `path`, read-only or not.
    ///
    /// Read-only opens neither create nor migrate anything: a memory whose schema is older than this
    /// build's fails with a message that names `taalgrens tm migrate`. When the folder is not writable
    /// and SQLite's shared-memory file (`-shm`) does not exist, the file is opened as immutable (SQLite
    /// "URI filenames", `immutable=1`), since SQLite cannot read a WAL-mode file read-only otherwise
    /// (SQLite "Write-Ahead Logging" §8, "Read-Only Databases"); a writer elsewhere must then not change
    /// the file while this store reads it.
    /// - Parameters:
    ///   - path: a file path; its folder must exist, and with `readOnly` the file too.
    ///   - readOnly: open without writing anything to the file or its folder.
    ///   - lockWait: how long, and how visibly, to wait for another process's lock.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` when the file cannot be opened, is not a memory, is
    ///   newer than this build, or (read-only) needs a migration; ``TMError/database(_:)`` when another
    ///   process kept it locked (while migrating it) past `lockWait`'s limit.
    public init(path: String, readOnly: Bool, lockWait: LockWait = .standard) throws {
        self.path = path
        isReadOnly = readOnly
        self.lockWait = lockWait
        var configuration = Configuration()
        configuration.busyMode = .callback(lockWait.busyCallback)
        configuration.foreignKeysEnabled = true
        configuration.readonly = readOnly
        do {
            if readOnly {
                guard FileManager.default.fileExists(atPath: path) else {
                    throw TMError.cannotOpen(path: path, reason: "the file does not exist (a read-only open never creates one)")
                }
                let pool = try DatabasePool(path: SQLiteStore.readOnlyLocation(path), configuration: configuration)
                writer = pool
                try SQLiteStore.checkCurrent(pool, path: path)
                migrationsAppliedAtOpen = []
            } else {
                // Opening a pool switches the file to WAL, which takes an exclusive lock; SQLite can answer
                // that with SQLITE_BUSY without calling the busy handler when another connection is creating
                // or switching the same new file ("database is locked" with four openers of a new file). So
                // the pool opens under the folder lock the migrations take (released before they take it
                // again), and openers of one file switch it one after the other; a current memory only
                // waits while another process opens or migrates it.
                let pool = try SQLiteStore.withFolderLock(path) { try DatabasePool(path: path, configuration: configuration) }
                writer = pool
                migrationsAppliedAtOpen = try SQLiteStore.migrate(pool, path: path)
            }
        } catch {
            if let busy = SQLiteStore.busyFailure(error, "opening the memory", path: path, limit: lockWait.limit) { throw busy }
            throw SQLiteStore.openFailure(error, path: path)
        }
    }

    private init(inMemoryQueue queue: DatabaseQueue, applied: [String]) {
        writer = queue
        path = nil
        isReadOnly = false
        lockWait = .standard
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
        do { return try writer.read(body) } catch { throw busyFailure(error, operation) ?? SQLiteStore.wrap(error, operation) }
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
            throw busyFailure(error, operation) ?? SQLiteStore.wrap(error, operation)
        }
    }

    static func wrap(_ error: any Error, _ operation: String) -> TMError {
        if let e = error as? TMError { return e }
        if let e = error as? DatabaseError {
            if e.resultCode == .SQLITE_READONLY {
                return .database("\(operation): the memory file is read-only here (opened without write access to it or its folder); run this with write access, or on a copy")
            }
            return .database("\(operation): \(e.message ?? "SQLite error \(e.resultCode.rawValue)")")
        }
        return .database("\(operation): \(error)")
    }
}
