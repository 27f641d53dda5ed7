import Foundation
import TaalgrensCore
import TranslationMemory
import TranslationMemoryPostgres

/// Where the translation memory lives and how it is opened.
///
/// The `--tm` option wins; else `$TAALGRENS_TM`; else `taalgrens.tm` in the working directory. The
/// memory is a SQLite file (WAL mode, busy timeout: several processes may use it at once), created with
/// its schema on first use, or a PostgreSQL database named by a `postgres://user@host:port/db` URL
/// (the password from the URL, `PGPASSWORD` or `~/.pgpass`; never printed), migrated on first use
/// (`docs/deployment.md`).
public enum MemoryLocation {
    /// The default file name in the working directory.
    public static let defaultFileName = "taalgrens.tm"

    /// The memory path for an option value.
    /// - Parameters:
    ///   - option: the `--tm` value, if given.
    ///   - environment: the process environment (for `TAALGRENS_TM`).
    public static func resolve(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option, !option.isEmpty { return option }
        if let env = environment["TAALGRENS_TM"], !env.isEmpty { return env }
        return FileManager.default.currentDirectoryPath + "/" + defaultFileName
    }

    /// The resolved location as it may be shown: a PostgreSQL URL without its password.
    public static func display(_ option: String?) -> String {
        let path = resolve(option)
        guard PostgresStore.handles(path) else { return path }
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

    /// Checks that this process may use the SQLite memory at `path`: read and write the file when it exists,
    /// and create files in its folder unless its `-wal` and `-shm` companions are there (SQLite in WAL mode
    /// writes both, even to read, and removes them at the last close).
    /// - Throws: ``TaalgrensKitError`` with exit code 3 (an environment failure, not bad input) naming the
    ///   file or folder.
    static func checkPermissions(_ path: String, folder: String) throws {
        let files = FileManager.default
        if files.fileExists(atPath: path), !files.isReadableFile(atPath: path) || !files.isWritableFile(atPath: path) {
            throw TaalgrensKitError("no permission to read and write the translation memory (SQLite writes to the file even to read it): "
                                    + "give this user write access, or copy the memory", file: path, exitCode: TaalgrensKitError.failure)
        }
        let companions = ["-wal", "-shm"].allSatisfy { files.isWritableFile(atPath: path + $0) }
        if !companions && !files.isWritableFile(atPath: folder) {
            throw TaalgrensKitError("no permission to create files in the memory's folder \(folder) (SQLite keeps its -wal and -shm files "
                                    + "beside the memory)", file: path, exitCode: TaalgrensKitError.failure)
        }
    }

    /// Opens the memory at the resolved location.
    /// - Parameter create: true creates a SQLite memory file that does not exist (with its schema); false
    ///   refuses it. A PostgreSQL database is migrated on first use either way.
    /// - Throws: ``InputError`` when the location names a URL scheme other than `postgres://`, a folder
    ///   that does not exist, a missing file and `create` is false, a file that is not a Taalgrens
    ///   memory, or a PostgreSQL server that cannot be reached (the message never holds the password);
    ///   ``TaalgrensKitError`` (exit code 3) when this process may not write the SQLite file or its folder
    ///   (``checkPermissions(_:folder:)``).
    public static func open(_ option: String?, create: Bool = false) throws -> any TMStore {
        let path = resolve(option)
        if PostgresStore.handles(path) {
            do {
                return try PostgresStore.open(url: path)
            } catch let error as InputError {
                throw error
            } catch {
                throw InputError(file: "--tm", "cannot open the PostgreSQL memory: \(error)")
            }
        }
        if let scheme = path.range(of: "://").map({ String(path[..<$0.lowerBound]) }) {
            throw InputError(file: "--tm", "'\(scheme)://' memories are not supported by this build; give a SQLite file path")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: path, "the folder for the memory does not exist (expected an existing folder: \(folder.path))")
        }
        guard create || FileManager.default.fileExists(atPath: path) else {
            throw InputError(file: path, "no translation memory here (import creates one: taalgrens import …)")
        }
        try checkPermissions(path, folder: folder.path)
        do {
            return try SQLiteStore(path: path)
        } catch TMError.cannotOpen(_, let reason) {
            // SQLiteStore's own message already names the path and says it cannot open it: say it once.
            throw InputError(file: path, "cannot open the translation memory: \(reason)")
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(file: path, "cannot open the translation memory: \(error)")
        }
    }
}

extension Workspace {
    /// Opens the memory named by `--tm` (or the default); see ``MemoryLocation/open(_:create:)``.
    /// - Parameter create: true for the commands that may create the memory (`import`, `publish`,
    ///   `tm migrate`); false refuses a SQLite file that does not exist.
    public func openMemory(_ option: String?, create: Bool = false) throws -> any TMStore {
        try job {
            try MemoryLocation.open(option, create: create)
        }
    }
}
