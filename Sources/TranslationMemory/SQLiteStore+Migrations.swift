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
