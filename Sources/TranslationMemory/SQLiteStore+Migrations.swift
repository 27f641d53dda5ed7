import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SQLiteStore {
    /// The names of the migrations applied to this memory, in the order they were defined
    /// (`docs/memory.md`, "Schema"): `v1-units`, `v2-fuzzy-index`, ….
    /// - Throws: ``TMError/database(_:)``.
    public func appliedMigrations() throws -> [String] {
        try read("reading the migrations") { db in try SQLiteStore.migrator().appliedMigrations(db) }
    }

    /// The migrations this build would apply to the memory file at `path`, in order, read without writing
    /// anything (a read-only connection; an `immutable=1` one in a folder this process may not write,
    /// as ``init(path:readOnly:)`` opens it): empty for a current memory, all of them for an empty file.
    /// Callers use it to tell a memory that could not be opened because it needs migrations (an older
    /// memory this process may not write: an environment failure) from one that is not a memory at all.
    /// - Parameter path: an existing memory file.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` when the file cannot be read, is not a Taalgrens
    ///   memory, or was written by a newer Taalgrens.
    public static func pendingMigrations(path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: readOnlyLocation(path), configuration: configuration)
            let migrator = migrator()
            return try queue.read { db in
                if try isCurrent(db, migrator: migrator, path: path) { return [] }
                let applied = try migrator.appliedIdentifiers(db)
                return migrator.migrations.filter { !applied.contains($0) }
            }
        } catch {
            throw openFailure(error, path: path)
        }
    }

    /// An error met while opening the memory at `path`, as the store reports it: a ``TMError`` as it
    /// is, anything else (SQLite's reason, GRDB's) as ``TMError/cannotOpen(path:reason:)``.
    static func openFailure(_ error: any Error, path: String) -> TMError {
        switch error {
        case let error as TMError: error
        case let error as DatabaseError: .cannotOpen(path: path, reason: error.message ?? error.description)
        default: .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Runs `body` while this process holds an exclusive `flock(2)` lock on the folder of the memory
    /// file at `path` (the SQLite counterpart of the PostgreSQL store's advisory lock around migrations).
    /// The folder, not the file, is locked: opening and closing another descriptor of the database file
    /// would drop SQLite's own POSIX locks on it (SQLite documentation, "How To Corrupt Your Database
    /// Files", §2.2). The lock waits for another process's migration (milliseconds) and is released when
    /// `body` returns or throws. `nil` runs `body` without a lock (an in-memory store).
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` when the folder cannot be opened or locked; what
    ///   `body` throws.
    static func withFolderLock<T>(_ path: String?, _ body: () throws -> T) throws -> T {
        guard let path else { return try body() }
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw TMError.cannotOpen(path: path, reason: "cannot open its folder to lock it (errno \(errno))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw TMError.cannotOpen(path: path, reason: "cannot lock its folder (errno \(errno))") }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
