import Foundation
import TaalgrensCore
import TranslationMemory

/// Where the translation memory lives and how it is opened.
///
/// The `--tm` option wins; else `$TAALGRENS_TM`; else `taalgrens.tm` in the working directory. The
/// memory is a SQLite file (WAL mode, busy timeout: several processes may use it at once), created with
/// its schema on first use.
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

    /// Opens (creating on first use) the memory at the resolved location.
    /// - Throws: ``InputError`` when the location names a URL scheme this build does not support, or a
    ///   file that is not a Taalgrens memory; ``TaalgrensKitError`` when the database cannot be opened.
    public static func open(_ option: String?) throws -> SQLiteStore {
        let path = resolve(option)
        if let scheme = path.range(of: "://").map({ String(path[..<$0.lowerBound]) }) {
            throw InputError(file: "--tm", "'\(scheme)://' memories are not supported by this build; give a SQLite file path")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: path, "the folder for the memory does not exist (expected an existing folder: \(folder.path))")
        }
        do {
            return try SQLiteStore(path: path)
        } catch {
            throw InputError(file: path, "cannot open the translation memory: \(error)")
        }
    }
}

extension Workspace {
    /// Opens the memory named by `--tm` (or the default).
    public func openMemory(_ option: String?) throws -> SQLiteStore {
        try MemoryLocation.open(option)
    }
}
