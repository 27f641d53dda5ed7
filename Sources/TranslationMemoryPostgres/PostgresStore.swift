import Foundation
import PostgresNIO
import TaalgrensCore
import TranslationMemory

/// A translation memory in PostgreSQL, shared by many processes: the ``TMStore`` contract of
/// ``SQLiteStore`` on a server (`docs/deployment.md`).
///
/// - **Schema:** numbered migrations (``migrate()``), applied on first use under an advisory lock.
/// - **Fuzzy search:** the same inverted index (terms and postings with lengths) and the same
///   ``FuzzySearch`` as the SQLite store: the length, count and prefix filters run in the database, and
///   the one shared ``FuzzyScorer`` scores, so both stores return the same matches, scores and order.
/// - **Concurrency:** every import is one transaction; writers lock what they change in a fixed order
///   (the article row, new index terms in sorted order, content-hash advisory locks in sorted order, term
///   frequencies in id order at the end), and a transaction that loses a race is run again, so imports
///   that run at once end as if they had run one after the other. Readers run in a repeatable-read
///   snapshot and never see a half-imported article.
/// - **Connection:** one session per store, synchronous (see `PostgresSession`); open one store per
///   thread for parallel work. Every call blocks its thread until the server answers: never call a store
///   from a SwiftNIO event-loop thread (NIO traps a blocking wait there) nor from async code that must not
///   block a thread of the cooperative pool.
///
/// Every postgres-nio error is wrapped in ``TMError`` at this boundary; no message carries the password.
public final class PostgresStore: TMStore, Sendable {
    let session: PostgresSession
    /// Where the memory lives.
    public var location: PostgresLocation { session.location }
    /// The migrations that opening this store applied, as `number-name` in order: all of them for a new
    /// memory, none for a current one (`taalgrens tm migrate` reports them).
    public let migrationsAppliedAtOpen: [String]

    /// Connects to the memory at `location`, creating its schema or migrating it on first use.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` (with the URL redacted) when the server cannot be
    ///   reached, refuses the login, or holds something that is not a memory of this version.
    public init(location: PostgresLocation) throws {
        session = try PostgresSession(location: location)
        do {
            migrationsAppliedAtOpen = try PostgresStore.migrate(session)
        } catch let error as TMError {
            throw PostgresStore.redacting(error, location)
        } catch {
            throw TMError.cannotOpen(path: location.redacted, reason: location.scrub(PostgresSession.describe(error)))
        }
    }

    /// Opens the memory a `postgres://` URL names: what `--tm postgres://…` and `$TAALGRENS_TM` select.
    /// - Parameter url: `postgres://user[:password]@host:port/database[?schema=…&sslmode=…]`; see
    ///   ``PostgresLocation`` for the password sources.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` for a malformed URL or a memory that cannot be
    ///   opened; the message shows the URL without its password.
    public static func open(url: String) throws -> PostgresStore {
        try PostgresStore(location: PostgresLocation(url: url))
    }

    /// Whether `text` names a PostgreSQL memory (`postgres://` or `postgresql://`).
    public static func handles(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Applies the migrations this memory lacks (`taalgrens tm migrate`). Opening a store already does;
    /// calling it again is harmless.
    /// - Returns: the migrations applied by this call, as `number-name` (empty when the memory was current).
    /// - Throws: as ``init(location:)``.
    @discardableResult
    public func migrate() throws -> [String] {
        do {
            return try PostgresStore.migrate(session)
        } catch {
            throw wrap(error, "migrating the memory")
        }
    }

    /// The applied migrations as `number-name`, in order.
    /// - Throws: ``TMError/database(_:)``.
    public func appliedMigrationNames() throws -> [String] {
        try read("reading the migrations") {
            try session.query("SELECT number, name FROM taalgrens_migrations ORDER BY number").map {
                let (number, name) = try $0.decode((Int32, String).self)
                return "\(number)-\(name)"
            }
        }
    }

    /// The applied migrations, by number.
    /// - Throws: ``TMError/database(_:)``.
    public func appliedMigrations() throws -> [Int] {
        try read("reading the migrations") {
            try session.query("SELECT number FROM taalgrens_migrations ORDER BY number").map { Int(try $0.decode(Int32.self)) }
        }
    }

    /// The operating-system process id of this store's server session (`pg_backend_pid()`): on a local
    /// server, `/proc/<pid>/stat` then gives the CPU time the server spent on this store's work (the
    /// benchmark reports it beside the client's). A dropped connection is reopened as another process.
    /// - Throws: ``TMError/database(_:)``.
    public func serverProcessID() throws -> Int32 {
        do {
            return try session.exclusive {
                guard let row = try session.query("SELECT pg_backend_pid()").first else { throw TMError.database("no backend pid") }
                return try row.decode(Int32.self)
            }
        } catch {
            throw wrap(error, "reading the server process id")
        }
    }

    /// Runs `statements` in one write transaction. Package access, for tests that turn a memory into one
    /// of an older schema (drop what a migration added, forget that it ran) to check that migration.
    /// - Throws: ``TMError/database(_:)``.
    package func executeForTesting(_ statements: [String]) throws {
        try write("running test statements") {
            for statement in statements { try session.execute(statement) }
        }
    }

    /// Closes the connection. The store reconnects if it is used again.
    public func close() { session.close() }

    /// Deletes the memory: drops its schema with every table in it, then closes the connection. For
    /// tests and for decommissioning a memory; irreversible. Other sessions using the memory get errors.
    /// - Throws: ``TMError/database(_:)``.
    public func dropMemory() throws {
        do {
            _ = try session.exclusive { try session.execute("DROP SCHEMA IF EXISTS " + session.location.quotedSchema + " CASCADE") }
            session.close()
        } catch {
            throw wrap(error, "dropping the memory")
        }
    }

    /// The memory's UUID from its `meta` table (``TMStore/memoryID()``).
    /// - Throws: ``TMError/database(_:)`` when the table holds no valid UUID, ``TMError`` for a server failure.
    public func memoryID() throws -> UUID {
        try read("reading the memory id") {
            guard let row = try session.query("SELECT value FROM meta WHERE key = 'uuid'").first,
                  let uuid = UUID(uuidString: try row.decode(String.self)) else {
                throw TMError.database("the memory has no valid uuid in its meta table")
            }
            return uuid
        }
    }

    // MARK: Error boundary

    /// Runs `body` in a read-only repeatable-read transaction (one snapshot for all its statements).
    func read<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        do { return try session.transaction("REPEATABLE READ READ ONLY", body) } catch { throw wrap(error, operation) }
    }

    /// Runs `body` in a read-committed write transaction, retried when it loses a race.
    func write<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        do { return try session.transaction("READ COMMITTED", body) } catch { throw wrap(error, operation) }
    }

    func wrap(_ error: any Error, _ operation: String) -> TMError {
        let location = session.location
        if let e = error as? TMError { return PostgresStore.redacting(e, location) }
        if PostgresSession.sqlState(error) == "23505" {
            return .conflict(location.scrub("\(operation): \(PostgresSession.describe(error))"))
        }
        return .database(location.scrub("\(operation) in \(location.redacted): \(PostgresSession.describe(error))"))
    }

    static func redacting(_ error: TMError, _ location: PostgresLocation) -> TMError {
        switch error {
        case .database(let m): .database(location.scrub(m))
        case .cannotOpen(let p, let r): .cannotOpen(path: location.scrub(p), reason: location.scrub(r))
        case .notFound(let m): .notFound(location.scrub(m))
        case .conflict(let m): .conflict(location.scrub(m))
        case .invalidUnit(let m): .invalidUnit(location.scrub(m))
        }
    }
}
