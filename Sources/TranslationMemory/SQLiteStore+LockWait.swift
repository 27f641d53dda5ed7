import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SQLiteStore {
    /// How a store's connections wait for a lock that another connection holds: in practice a second
    /// writer waiting for the write transaction of another process (one import is one transaction, and
    /// a large TMX file holds the lock for minutes). Readers never wait for a writer: the memory is in
    /// WAL mode, where a reader reads the last committed state while a writer writes (SQLite
    /// "Write-Ahead Logging" §2.2, "Concurrency").
    ///
    /// The wait is SQLite's busy handler (`sqlite3_busy_handler`, through GRDB's `busyMode`): each
    /// time a lock is busy, the connection sleeps (1 ms, doubling up to 100 ms between retries) and
    /// retries until the lock is free or ``limit`` seconds have passed since the first refusal; then the
    /// operation fails with a ``TMError/database(_:)`` that names the memory file and the limit.
    public struct LockWait: Sendable {
        /// Seconds a connection waits for one lock before its operation fails.
        public var limit: TimeInterval
        /// Seconds of waiting after which ``onWaiting`` is called (once per wait).
        public var noticeAfter: TimeInterval
        /// Called once per wait, after ``noticeAfter`` seconds, with the seconds waited so far, on the
        /// waiting connection's thread (a command line prints a line such as "waiting for another
        /// process…"); `nil` waits silently.
        public var onWaiting: (@Sendable (_ waited: TimeInterval) -> Void)?

        /// A wait policy.
        /// - Parameters:
        ///   - limit: seconds to wait for one lock before failing (0 or less fails at once).
        ///   - noticeAfter: seconds of waiting before `onWaiting` is called.
        ///   - onWaiting: called once per wait that lasts `noticeAfter` seconds.
        public init(limit: TimeInterval = SQLiteStore.LockWait.defaultLimit, noticeAfter: TimeInterval = 1,
                    onWaiting: (@Sendable (_ waited: TimeInterval) -> Void)? = nil) {
            self.limit = limit
            self.noticeAfter = noticeAfter
            self.onWaiting = onWaiting
        }

        /// The default limit: 600 seconds (10 minutes). A nightly TMX import of 1,000,000 units holds
        /// the write lock for about two to four minutes on the team's machine (`docs/benchmarks.md`);
        /// the limit leaves room for a loaded machine while still ending a wait behind a process that hangs.
        public static let defaultLimit: TimeInterval = 600

        /// The default policy: ``defaultLimit``, silent.
        public static let standard = LockWait()

        /// The busy callback this policy installs on every connection of a store.
        ///
        /// The start of the current wait is kept per thread: SQLite calls a connection's busy handler on
        /// the thread that runs the refused statement, with `numberOfTries` 0 at the first refusal of each
        /// wait, and one thread runs one statement at a time.
        var busyCallback: Database.BusyCallback {
            let policy = self
            return { tries in
                let state = BusyWaitState.current
                if state.failsAtOnce { return false }
                let now = Date()
                if tries == 0 || state.started == nil { state.started = now; state.noticed = false }
                let waited = now.timeIntervalSince(state.started ?? now)
                if waited >= policy.limit { return false }
                if !state.noticed && waited >= policy.noticeAfter {
                    state.noticed = true
                    policy.onWaiting?(waited)
                }
                // 1, 2, 4, … 64 ms, then 100 ms between retries: quick for the short transactions of a
                // publish, no busy loop behind a long import.
                let milliseconds = tries < 7 ? 1 << tries : 100
                usleep(useconds_t(milliseconds * 1000))
                return true
            }
        }
    }

    /// Runs `body` with this thread's connections refusing to wait for a busy lock (the busy handler
    /// gives up at once): for work that is optional when another writer holds the memory, such as
    /// bringing the concordance index up to date before a phrase search.
    static func withoutWaiting<T>(_ body: () throws -> T) rethrows -> T {
        let state = BusyWaitState.current
        let before = state.failsAtOnce
        state.failsAtOnce = true
        defer { state.failsAtOnce = before }
        return try body()
    }

    /// The error for an operation that failed because another connection kept its lock past the wait
    /// limit, naming the memory file, or `nil` when `error` is something else.
    func busyFailure(_ error: any Error, _ operation: String) -> TMError? {
        SQLiteStore.busyFailure(error, operation, path: path, limit: lockWait.limit)
    }

    /// ``busyFailure(_:_:)`` for the memory at `path` (`nil`: in memory) and a wait limit in seconds.
    static func busyFailure(_ error: any Error, _ operation: String, path: String?, limit: TimeInterval) -> TMError? {
        guard let error = error as? DatabaseError, error.resultCode == .SQLITE_BUSY else { return nil }
        let memory = path ?? "(in memory)"
        return .database("\(operation): another process kept the memory \(memory) locked for more than \(String(format: "%g", limit)) s (the wait limit); try again when it has finished")
    }
}

/// The busy handler's state for the wait of the current thread (see ``SQLiteStore/LockWait/busyCallback``).
final class BusyWaitState {
    /// When the current wait began, or `nil` before the first.
    var started: Date?
    /// Whether the current wait was already reported.
    var noticed = false
    /// Whether a busy lock fails at once (``SQLiteStore/withoutWaiting(_:)``).
    var failsAtOnce = false

    private static let key = "org.taalgrens.busy-wait"

    /// This thread's state, made at its first use.
    static var current: BusyWaitState {
        let dictionary = Thread.current.threadDictionary
        if let state = dictionary[key] as? BusyWaitState { return state }
        let state = BusyWaitState()
        dictionary[key] = state
        return state
    }
}
