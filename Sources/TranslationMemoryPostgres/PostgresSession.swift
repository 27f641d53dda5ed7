import Foundation
import Logging
import PostgresNIO
import Synchronization
import TranslationMemory

/// One PostgreSQL session (one server backend) behind a synchronous, thread-safe facade.
///
/// **Why synchronous, and why it cannot deadlock.** ``TMStore`` is synchronous. The session owns a
/// private one-thread `MultiThreadedEventLoopGroup`: the connection's I/O runs on that thread only, and
/// callers block on `EventLoopFuture.wait()` on their own thread. No caller code ever runs on the
/// private event loop, so a waiting caller never blocks the loop that would complete its future (the
/// deadlock of waiting on an event loop from that loop), and the wait does not occupy a thread of Swift
/// concurrency's cooperative pool that the future needs (the deadlock of a semaphore bridge over `async`
/// code on a pool of two threads). Operations are serialised by a recursive lock: one operation (and one
/// transaction) at a time on the session; a nested call from inside an operation (for example from a
/// ``TMStore/forEachUnit(filter:_:)`` body) joins the running transaction.
///
/// A closed connection (server restart, network failure) is reopened at the start of the next operation.
///
/// `@unchecked Sendable`: the connection and the transaction depth are guarded by `lock`, which must be
/// recursive (a nested operation joins the running transaction on the same thread); `Synchronization.Mutex`
/// is not recursive, so the compiler cannot check this class.
final class PostgresSession: @unchecked Sendable {
    let location: PostgresLocation
    private let group: MultiThreadedEventLoopGroup
    private var connection: PostgresConnection?
    private let lock = NSRecursiveLock()
    private var transactionDepth = 0
    private static let logger = Logger(label: "taalgrens.postgres") { _ in SwiftLogNoOpLogHandler() }
    /// The last connection id handed out (postgres-nio tags its log lines with them).
    private static let connectionCount = Atomic<Int>(0)

    /// How often a transaction that lost a race (deadlock, serialisation failure, unique violation) is
    /// run again before its error is reported.
    static let maxAttempts = 8

    /// Opens the session.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` naming the redacted URL when the server cannot be
    ///   reached or refuses the login.
    init(location: PostgresLocation) throws {
        self.location = location
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            try reconnectIfNeeded()
        } catch {
            try? group.syncShutdownGracefully()
            throw error
        }
    }

    deinit {
        if let connection, !connection.isClosed { try? connection.close().wait() }
        try? group.syncShutdownGracefully()
    }

    /// Closes the connection; the next operation opens a new one.
    func close() {
        lock.lock()
        defer { lock.unlock() }
        if let connection, !connection.isClosed { try? connection.close().wait() }
        connection = nil
    }

    private func reconnectIfNeeded() throws {
        if let connection, !connection.isClosed { return }
        connection = nil
        let configuration = try location.configuration()
        do {
            let c = try PostgresConnection.connect(on: group.next(), configuration: configuration,
                                                   id: PostgresSession.connectionCount.add(1, ordering: .relaxed).newValue, logger: PostgresSession.logger).wait()
            connection = c
            _ = try run(c, "SELECT set_config('search_path', $1, false)", [.text(location.searchPath)])
        } catch let error as TMError {
            throw error
        } catch {
            throw TMError.cannotOpen(path: location.redacted, reason: location.scrub(PostgresSession.describe(error)))
        }
    }

    // MARK: Operations

    /// Runs `body` alone on the session (serialised with every other operation of this store).
    func exclusive<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        if transactionDepth == 0 { try reconnectIfNeeded() }
        return try body()
    }

    /// Runs `body` in a transaction and commits it; rolls back and rethrows on error. A transaction that
    /// fails with a deadlock (40P01), a serialisation failure (40001) or a unique violation (23505, a
    /// concurrent insert of the same key) is run again from the start, up to ``maxAttempts`` times, so
    /// `body` must compute its result from what it reads inside the transaction. Inside a running
    /// transaction, `body` joins it.
    /// - Parameter isolation: `READ COMMITTED` for writers (they take explicit locks), `REPEATABLE READ
    ///   READ ONLY` for readers that issue several statements and need one snapshot.
    func transaction<T>(_ isolation: String, _ body: () throws -> T) throws -> T {
        try exclusive {
            if transactionDepth > 0 { return try body() }
            var attempt = 0
            while true {
                attempt += 1
                try execute("BEGIN ISOLATION LEVEL " + isolation)
                transactionDepth += 1
                do {
                    let result = try body()
                    transactionDepth -= 1
                    try execute("COMMIT")
                    return result
                } catch {
                    if transactionDepth > 0 { transactionDepth -= 1 }
                    if let c = connection, !c.isClosed { _ = try? run(c, "ROLLBACK", []) }
                    if attempt < PostgresSession.maxAttempts, let state = PostgresSession.sqlState(error),
                       ["40P01", "40001", "23505"].contains(state) {
                        // Let the winner of the race commit before trying again.
                        usleep(UInt32.random(in: 1_000...(5_000 * UInt32(attempt))))
                        continue
                    }
                    throw error
                }
            }
        }
    }

    /// Runs one statement and returns its rows. Call inside ``exclusive(_:)`` or ``transaction(_:_:)``.
    @discardableResult
    func query(_ sql: String, _ values: [SQLValue] = []) throws -> [PostgresRow] {
        guard let connection else { throw TMError.database("the PostgreSQL connection is closed") }
        return try run(connection, sql, values)
    }

    /// Runs one statement for its effect. - Returns: the number of rows it affected.
    @discardableResult
    func execute(_ sql: String, _ values: [SQLValue] = []) throws -> Int {
        guard let connection else { throw TMError.database("the PostgreSQL connection is closed") }
        var bindings = PostgresBindings(capacity: values.count)
        for v in values { v.append(to: &bindings) }
        let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: PostgresSession.logger).wait()
        return result.metadata.rows ?? 0
    }

    private func run(_ connection: PostgresConnection, _ sql: String, _ values: [SQLValue]) throws -> [PostgresRow] {
        var bindings = PostgresBindings(capacity: values.count)
        for v in values { v.append(to: &bindings) }
        return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: PostgresSession.logger).wait().rows
    }

    // MARK: Errors

    /// The SQLSTATE of a server error, if `error` is one.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// A message for a postgres-nio error built from its code and the server's message, detail and
    /// hint (never `String(reflecting:)`, which prints the query and its bound values).
    static func describe(_ error: any Error) -> String {
        guard let e = error as? PSQLError else {
            if let e = error as? PostgresDecodingError { return "cannot decode column \(e.columnName) (\(e.code))" }
            return "\(error)"
        }
        if let info = e.serverInfo {
            var parts = [info[.message] ?? "server error"]
            if let state = info[.sqlState] { parts[0] += " (SQLSTATE \(state))" }
            if let detail = info[.detail] { parts.append(detail) }
            if let hint = info[.hint] { parts.append("hint: " + hint) }
            return parts.joined(separator: "; ")
        }
        if let underlying = e.underlying { return "\(e.code): \(underlying)" }
        return "\(e.code)"
    }
}
