import Foundation
import TaalgrensCore
import TranslationMemory
import TranslationMemoryPostgres

/// Where the translation memory lives and how it is opened.
///
/// The `--tm` option wins; else `$TAALGRENS_TM`; else `taalgrens.tm` in the working directory. The
/// memory is a SQLite file (WAL mode; a writer waits for another's write lock: several processes may use it at once), created with
/// its schema on first use, or a PostgreSQL database named by a `postgres://user@host:port/db` URL
/// (the password from the URL, `PGPASSWORD` or `~/.pgpass`; never printed), whose `?schema=` holds the
/// memory, created by the commands that may create one (`docs/deployment.md`).
public enum MemoryLocation {
    /// The default file name in the working directory.
    public static let defaultFileName = "taalgrens.tm"

    /// The memory path for an option value.
    /// - Parameters:
    ///   - option: the `--tm` value, if given.
    ///   - environment: the process environment (for `TAALGRENS_TM`).
    ///
    /// A leading `~` (`~/team.tm`) is the home folder, as for article paths and `--out`: in `$TAALGRENS_TM`
    /// set by an `.env` file or a service unit, and in a quoted `--tm`, no shell expands it (eighth trial).
    public static func resolve(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return expandingHome(option, environment: environment) }
        if let env = environment["TAALGRENS_TM"], !env.isEmpty { return expandingHome(env, environment: environment) }
        return FileManager.default.currentDirectoryPath + "/" + defaultFileName
    }

    /// `path` with a leading `~` or `~/` replaced by the home folder (`$HOME`, else the account's home
    /// folder); any other path, and a URL, unchanged. `~user/…` is left as written.
    /// - Complexity: O(length of `path`).
    static func expandingHome(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        var home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        if home.count > 1 && home.hasSuffix("/") { home.removeLast() }
        return home + path.dropFirst()
    }

    /// The resolved location as it may be shown: a PostgreSQL URL without its password; a file path made
    /// absolute (against the working directory) and standardised, as `docs/cli.md` promises for JSON ("JSON
    /// output gives absolute paths"; sixteenth trial, finding 10: `tm stats` and `tm migrate` gave
    /// `"taalgrens.tm"` for `--tm taalgrens.tm`). Text output shortens it again (``DisplayPath/relative(_:to:)``).
    public static func display(_ option: String?) -> String {
        let path = resolve(option)
        guard PostgresStore.handles(path) else {
            guard !path.contains("://") else { return path }
            let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            return URL(fileURLWithPath: absolute).standardizedFileURL.path
        }
        return (try? PostgresLocation(url: path).redacted) ?? "postgres://…"
    }

    /// Whether the resolved location is a SQLite memory file that does not exist yet (opening it with
    /// `create: true` would create it). Always false for a PostgreSQL URL.
    public static func isNewFile(_ option: String?) -> Bool {
        let path = resolve(option)
        return !PostgresStore.handles(path) && !path.contains("://") && !FileManager.default.fileExists(atPath: path)
    }

    /// Removes a SQLite memory file and its companions (`-wal`, `-shm`, `-journal`), for an import that
    /// created the memory and then failed before storing anything. Errors are ignored (a file that is
    /// already gone is the wanted state).
    static func removeFile(_ option: String?) {
        let path = resolve(option)
        guard !PostgresStore.handles(path) else { return }
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The name of the environment variable that sets how many seconds a command waits for another
    /// process writing the same SQLite memory (default ``SQLiteStore/LockWait/defaultLimit``).
    public static let waitVariable = "TAALGRENS_WAIT"

    /// The seconds a command waits for another process's write lock on a SQLite memory: `$TAALGRENS_WAIT`
    /// when set (a number of seconds, 0 or more), else ``SQLiteStore/LockWait/defaultLimit``.
    /// - Parameter environment: the process environment.
    /// - Throws: ``InputError`` naming the variable when its value is not a number of seconds.
    public static func waitLimit(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> TimeInterval {
        guard let text = environment[waitVariable]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return SQLiteStore.LockWait.defaultLimit
        }
        guard let seconds = TimeInterval(text), seconds.isFinite, seconds >= 0 else {
            throw InputError(file: "$" + waitVariable, "expected a number of seconds (0 or more), found '\(text)'")
        }
        return seconds
    }

    /// Opens the memory at the resolved location.
    /// - Parameters:
    ///   - create: true creates a memory that does not exist (a SQLite file with its schema, or
    ///     the tables in a PostgreSQL schema): `import`, `publish` and `tm migrate`; false refuses it. An
    ///     older memory is migrated either way.
    ///   - lockWait: how a SQLite memory waits for another process's write lock (PostgreSQL waits for its
    ///     row locks as the server does).
    /// - Throws: ``InputError`` when the location names a URL scheme other than `postgres://`, a
    ///   malformed PostgreSQL URL, a folder that does not exist, a missing file or a PostgreSQL schema
    ///   without a memory and `create` is false, or something that is not a Taalgrens memory;
    ///   ``TaalgrensKitError`` (exit code 3) when a PostgreSQL server cannot be reached or refuses the
    ///   login, or the memory needs migrations its user may not apply. No message holds the password.
    public static func open(_ option: String?, create: Bool = false, lockWait: SQLiteStore.LockWait = .standard) throws -> any TMStore {
        let path = resolve(option)
        if PostgresStore.handles(path) { return try openPostgres(path, create: create) }
        if let scheme = path.range(of: "://").map({ String(path[..<$0.lowerBound]) }) {
            throw InputError(file: "--tm", "'\(scheme)://' memories are not supported by this build; give a SQLite file path")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: path, "the folder for the memory does not exist (expected an existing folder: \(folder.path))")
        }
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        guard create || exists else {
            throw InputError(file: path, "no translation memory here (import creates one: taalgrens import …)")
        }
        if exists {
            if isFolder.boolValue {
                throw InputError(file: path, "is a folder: expected a memory file such as \(path.hasSuffix("/") ? path : path + "/")memory.tm")
            }
            try checkIsMemoryFile(path)
        }
        do {
            return try SQLiteStore(path: path, lockWait: lockWait)
        } catch TMError.database(let message) {
            // Another process kept the memory locked while this one opened it: the environment, not the input.
            throw TaalgrensKitError("translation memory: \(message)", exitCode: TaalgrensKitError.failure)
        } catch TMError.cannotOpen(_, let reason) {
            // A memory that could not be opened although it is one, of an older schema, could not be migrated
            // (read-only here, or its folder cannot be locked): the environment failed, not the input.
            if exists, let pending = try? SQLiteStore.pendingMigrations(path: path), !pending.isEmpty {
                throw TaalgrensKitError("cannot open the translation memory: \(reason)", file: path, exitCode: TaalgrensKitError.failure)
            }
            // SQLiteStore's own message already names the path and says it cannot open it: say it once.
            throw InputError(file: path, "cannot open the translation memory: \(reason)")
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(file: path, "cannot open the translation memory: \(error)")
        }
    }
}

extension MemoryLocation {
    /// Opens a PostgreSQL memory. A malformed URL, a schema without a memory (unless `create`), a schema
    /// of other tables and a newer memory are bad input (``InputError``, exit code 2); a server that
    /// cannot be reached or refuses the login, and a memory this role may not migrate, are environment
    /// failures (``TaalgrensKitError``, exit code 3) with the store's plain sentence. No message holds
    /// the password.
    static func openPostgres(_ url: String, create: Bool) throws -> PostgresStore {
        let location: PostgresLocation
        do {
            location = try PostgresLocation(url: url)
        } catch TMError.cannotOpen(let path, let reason) {
            throw InputError(file: path, reason)
        }
        do {
            return try PostgresStore(location: location, create: create)
        } catch TMError.cannotOpen(let path, let reason) {
            throw TaalgrensKitError(reason, file: path, exitCode: TaalgrensKitError.failure)
        }
    }
}

/// SQLite's file header, the first 16 bytes of every database file (SQLite "Database File Format" §1.3.1).
private let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

/// Refuses, with words a user can act on, a `--tm` file that is not a SQLite database: an interchange file
/// given where the memory belongs, or any other file. An empty file passes (SQLite makes a memory of it).
/// - Throws: ``InputError`` naming the file and what it looks like.
private func checkIsMemoryFile(_ path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else { return } // SQLite reports what is wrong
    defer { try? handle.close() }
    let start = (try? handle.read(upToCount: 1024)) ?? Data()
    if start.isEmpty || Array(start.prefix(sqliteHeader.count)) == sqliteHeader { return }
    let text = String(decoding: start, as: UTF8.self).lowercased()
    let kind: String? = text.contains("<tmx") ? "a TMX file"
        : text.contains("<xliff") ? "an XLIFF file"
        : text.contains("<martif") || text.contains("<tbx") ? "a TBX termbase"
        : nil
    if let kind {
        throw InputError(file: path, "is \(kind), not a translation memory: import it into one with `taalgrens import \(path) --tm memory.tm`")
    }
    throw InputError(file: path, "is not a translation memory (expected a SQLite file written by taalgrens import or taalgrens tm migrate)")
}

extension Workspace {
    /// Opens the memory named by `--tm` (or the default); see ``MemoryLocation/open(_:create:)``.
    /// - Parameter create: true for the commands that may create the memory (`import`, `publish`,
    ///   `tm migrate`); false refuses a SQLite file that does not exist.
    ///
    /// Opening migrates a memory of an older schema (`docs/memory.md`, "Schema"); when it did, a note on
    /// standard error (the workspace's logger, silent under `--quiet`) names the memory and the migrations
    /// applied, as `tm migrate` reports them: a memory shared by a team is then closed to older builds.
    /// A memory created by this call gets no note.
    ///
    /// A SQLite memory that another process is writing (an import holds the write lock for its whole
    /// transaction) is waited for, up to ``MemoryLocation/waitLimit(environment:)`` seconds for each
    /// write; after a second of waiting a note on standard error says so, once per wait (silent under
    /// `--quiet`). Reading commands never wait: the memory is in WAL mode.
    public func openMemory(_ option: String?, create: Bool = false) throws -> any TMStore {
        try job {
            let shown = DisplayPath.relative(MemoryLocation.display(option))
            let logger = self.logger
            let limit = try MemoryLocation.waitLimit()
            let wait = SQLiteStore.LockWait(limit: limit, noticeAfter: 1) { _ in
                logger.notice("waiting for another process that is writing the memory \(shown) (up to \(String(format: "%g", limit)) s; $\(MemoryLocation.waitVariable) sets the limit) …")
            }
            let store = try MemoryLocation.open(option, create: create, lockWait: wait)
            let applied = (store as? SQLiteStore)?.migrationsAppliedAtOpen ?? (store as? PostgresStore)?.migrationsAppliedAtOpen ?? []
            // The first migration creates the memory: a new memory was not migrated, it was made.
            if let first = applied.first, first != "v1-units", first != "1-units" {
                logger.notice("note: migrated the memory \(DisplayPath.relative(MemoryLocation.display(option))) to this version of Taalgrens: \(applied.joined(separator: ", ")) (older versions can no longer open it)")
            }
            return store
        }
    }
}
