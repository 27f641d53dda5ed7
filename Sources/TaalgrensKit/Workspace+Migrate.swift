import Foundation
import TaalgrensCore
import TranslationMemory
import TranslationMemoryPostgres

/// The result of `taalgrens tm migrate`: the memory's schema migrations after the run.
public struct MigrationReport: Codable, Sendable {
    /// The memory: an absolute file path, or a PostgreSQL URL without its password (``MemoryLocation/display(_:)``).
    public var path: String
    /// The memory's UUID.
    public var memory: String
    /// `sqlite` or `postgresql`.
    public var store: String
    /// Every migration the memory now has, in order (`v1-units`, … on SQLite; `1-units`, … on PostgreSQL).
    public var migrations: [String]
    /// The migrations this run applied, in order; empty when the memory was already current.
    public var applied: [String]

    /// One line: what was applied, and what the memory has.
    public var text: String {
        let what = applied.isEmpty ? "already current" : "applied \(applied.joined(separator: ", "))"
        return "memory \(memory) at \(DisplayPath.relative(path)) (\(store)): \(what); migrations: \(migrations.joined(separator: ", "))\n"
    }
}

extension Workspace {
    /// `taalgrens tm migrate`: creates the memory or brings its schema up to this version, explicitly
    /// (opening a memory does it too; this lets a deployment job upgrade a shared PostgreSQL memory
    /// before the translators' programs are upgraded, `docs/deployment.md`). Running it on a current
    /// memory writes nothing.
    /// - Parameter memory: the `--tm` value, if given.
    /// - Throws: ``InputError`` when the memory cannot be opened (not a memory, written by a newer
    ///   version, server unreachable; never with the password); ``TMError`` when a statement fails.
    public func migrateMemory(memory: String?) throws -> MigrationReport {
        try job {
            // Not openMemory: this command reports the migrations itself, without its note.
            let store = try MemoryLocation.open(memory, create: true)
            let display = MemoryLocation.display(memory)
            switch store {
            case let pg as PostgresStore:
                let applied = pg.migrationsAppliedAtOpen + (try pg.migrate())
                return MigrationReport(path: display, memory: try pg.memoryID().uuidString.lowercased(), store: "postgresql",
                                       migrations: try pg.appliedMigrationNames(), applied: applied)
            case let sqlite as SQLiteStore:
                return MigrationReport(path: display, memory: try sqlite.memoryID().uuidString.lowercased(), store: "sqlite",
                                       migrations: try sqlite.appliedMigrations(), applied: sqlite.migrationsAppliedAtOpen)
            default:
                throw InputError(file: "--tm", "this memory's store has no migrations")
            }
        }
    }
}
