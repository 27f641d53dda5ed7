import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a job has started to write and must not leave behind when the user or a job scheduler interrupts it
/// (`SIGINT` from Ctrl-C, `SIGTERM` from `timeout` or a CI runner, `SIGHUP` when the terminal closes).
///
/// Writers register the temporary paths they create (a `.<name>.taalgrens-<pid>-<uuid>.partial` file, a
/// bundle export's staging folder) and unregister them once they are renamed into place or removed. When
/// ``install()`` has been called (the `taalgrens` executable does it first thing) and one of those signals
/// arrives, the registered paths are removed and the process then ends by the same signal with its default
/// action, so the shell still sees an interrupted command (exit status 128 + the signal's number, 130 for
/// Ctrl-C). A memory is not touched: an import's transaction that did not commit is rolled back by SQLite or
/// PostgreSQL as before.
///
/// The signal handler itself only writes the signal's number to a pipe (`write(2)` is async-signal-safe,
/// POSIX.1-2017, "Signal Concepts", 2.4.3); a thread started by ``install()`` reads it and does the removal.
/// A writer whose last step must not be cut in half (renaming a finished file over the user's, moving the
/// bundle folders into place) runs it inside ``whileHeld(_:)``: the removal waits until that step is done.
///
/// A process killed with `SIGKILL` cannot clean up; the writers then remove, on their next run in the same
/// folder, the leftovers whose process no longer runs.
public enum InterruptCleanup {
    /// How a registered path is removed.
    public enum Removal: Sendable {
        /// The file, or the folder with everything inside it.
        case everything
        /// The folder only when it is empty (a folder the job created that others may have written in since).
        case folderIfEmpty
    }

    /// A registration, to give back to ``unregister(_:)``.
    public struct Token: Hashable, Sendable {
        fileprivate let number: Int
    }

    /// The signals that end a job and trigger the removal.
    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Registers `path` for removal if the process is interrupted before ``unregister(_:)``.
    /// - Parameters:
    ///   - path: a file or folder path this process created.
    ///   - removal: how it is removed.
    /// - Returns: the token to unregister it with.
    /// - Complexity: O(1).
    public static func register(_ path: String, removal: Removal = .everything) -> Token {
        registry.add(path, removal)
    }

    /// Forgets a registration (the path was renamed into place or removed by its writer). Unknown tokens
    /// are ignored.
    public static func unregister(_ token: Token) {
        registry.remove(token)
    }

    /// Runs `body` while an interruption's removal waits: a step that must happen whole, such as renaming a
    /// finished file over the user's path and unregistering its temporary name. Calls may nest.
    /// - Throws: what `body` throws.
    public static func whileHeld<T>(_ body: () throws -> T) rethrows -> T {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        return try body()
    }

    /// Installs the handlers of ``signals`` and starts the thread that removes the registered paths. Call
    /// once, before any job starts; later calls do nothing.
    public static func install() {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        guard !registry.installed else { return }
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return }  // without a pipe, interruptions keep the default action
        registry.installed = true
        interruptPipe = fds[1]
        let readEnd = fds[0]
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for number in signals {
            // A signal ignored on entry stays ignored (a shell without job control starts background
            // commands with SIGINT ignored; nohup ignores SIGHUP): the caller asked for that.
            var previous = sigaction()
            guard sigaction(number, nil, &previous) == 0,
                  unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) != unsafeBitCast(SIG_IGN, to: Int.self) else { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = interruptHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, nil)
            sigaddset(&unblock, number)
        }
        // A mask inherited from the parent (a thread of a test runner or a service manager that blocks
        // signals) would keep the signal pending until the job ends: the handled signals are unblocked.
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        // Started after the mask is set, so that it inherits the unblocked signals.
        let thread = Thread {
            var byte: UInt8 = 0
            while read(readEnd, &byte, 1) != 1 {}
            let number = Int32(byte)
            registry.removeEverything()
            // The removal's lock stays held: no writer renames anything into place before the process ends.
            signal(number, SIG_DFL)
            raise(number)  // delivered to this thread before raise returns (its mask lets it through)
            // The default action of these signals ends the process; this line is reached only if something
            // blocked the signal in this thread, and the exit status then still says what happened.
            exit(128 + number)
        }
        thread.name = "taalgrens-interrupt-cleanup"
        thread.start()
    }

    /// The paths registered now, for tests and messages.
    public static var registeredPaths: [String] {
        registry.lock.lock()
        defer { registry.lock.unlock() }
        return registry.entries.values.map(\.path).sorted()
    }

    /// Whether a process of this id still runs (`kill(pid, 0)` does not fail with `ESRCH`), for removing
    /// another run's leftovers: a process of another user counts as running.
    /// - Parameter pid: a process id read from a leftover's name.
    public static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && !(kill(pid, 0) != 0 && errno == ESRCH)
    }

    /// Removes what runs killed before they could clean up left in `folder`: every entry named `prefix`,
    /// then a process id, a dash and anything ending in `suffix`, whose process no longer runs
    /// (``isRunning(_:)``). Entries of running processes, names without an id and `except` are left alone;
    /// errors are ignored (another run may have removed the entry first).
    /// - Parameters:
    ///   - folder: the folder to look in (not recursed into).
    ///   - prefix: the start of the names (`.report.tmx.taalgrens-`, `.taalgrens-export-`).
    ///   - suffix: the end of the names (`.partial`), or empty.
    ///   - except: a name to keep (the caller's own entry).
    /// - Complexity: one listing of `folder`.
    public static func removeAbandoned(in folder: String, prefix: String, suffix: String = "", except: String? = nil) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(suffix) && name != except {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0, !isRunning(pid) else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    fileprivate static let registry = Registry()
}

/// The write end of the pipe the signal handler writes to (set once by `install()`, before the handlers).
nonisolated(unsafe) private var interruptPipe: Int32 = -1

/// The signal handler: async-signal-safe, it only writes the signal's number to the pipe.
private func interruptHandler(_ number: Int32) {
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(interruptPipe, &byte, 1)
}

/// The registrations, guarded by a recursive lock (``InterruptCleanup/whileHeld(_:)`` may register or
/// unregister inside its body on the same thread).
private final class Registry: @unchecked Sendable {
    let lock = NSRecursiveLock()
    var installed = false
    var entries: [Int: (path: String, removal: InterruptCleanup.Removal)] = [:]
    private var next = 0

    func add(_ path: String, _ removal: InterruptCleanup.Removal) -> InterruptCleanup.Token {
        lock.lock()
        defer { lock.unlock() }
        next += 1
        entries[next] = (path, removal)
        return InterruptCleanup.Token(number: next)
    }

    func remove(_ token: InterruptCleanup.Token) {
        lock.lock()
        defer { lock.unlock() }
        entries[token.number] = nil
    }

    /// Removes every registered path, newest first (a folder created inside another is removed before it),
    /// and keeps the lock held for good.
    func removeEverything() {
        lock.lock()
        for (_, entry) in entries.sorted(by: { $0.key > $1.key }) {
            switch entry.removal {
            case .everything:
                try? FileManager.default.removeItem(atPath: entry.path)
            case .folderIfEmpty:
                rmdir(entry.path)  // fails, harmlessly, unless the folder is empty
            }
        }
        entries = [:]
    }
}
