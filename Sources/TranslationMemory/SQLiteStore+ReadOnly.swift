import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SQLiteStore {
    /// Whether ``init(path:)`` must open `path` read-only: the file exists and this process may not write
    /// it or its folder (checked with `access(2)`, so the answer follows the effective user, groups and a
    /// read-only mount). A missing file is never read-only: opening creates it.
    static func mustOpenReadOnly(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0
    }

    /// Where a read-only pool opens `path`: the path itself when SQLite can use (or create) the
    /// shared-memory file beside it, else an `immutable=1` URI (SQLite "URI filenames"), the only way
    /// SQLite reads a WAL-mode file from a folder it cannot write when no `-shm` file is there.
    static func readOnlyLocation(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let canCreateSidecars = access(folder.isEmpty ? "." : folder, W_OK) == 0
        if canCreateSidecars || FileManager.default.fileExists(atPath: path + "-shm") { return path }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(escaped)?immutable=1"
    }

    /// Checks, without writing, that the memory at `path` is a Taalgrens memory this build can use as it is.
    /// - Throws: ``TMError/cannotOpen(path:reason:)`` for another kind of database, a newer memory, or one
    ///   that needs migrations (which a read-only open cannot apply).
    static func checkCurrent(_ reader: any DatabaseReader, path: String) throws {
        let migrator = migrator()
        try reader.read { db in
            if try isCurrent(db, migrator: migrator, path: path) { return }
            let applied = try migrator.appliedIdentifiers(db)
            if applied.isEmpty {
                throw TMError.cannotOpen(path: path, reason: "the file is empty and read-only (import into a writable memory first)")
            }
            let missing = migrator.migrations.filter { !applied.contains($0) }
            throw TMError.cannotOpen(path: path, reason: "the memory is read-only here and needs the migrations \(missing.joined(separator: ", ")); run `taalgrens tm migrate` once with write access")
        }
    }
}
