import Foundation
import TaalgrensCore

extension Workspace {
    /// `urls` without the files an operating system or an office program keeps beside documents
    /// (``InputPath/isSystemFile(_:)``: `Thumbs.db`, `desktop.ini`, `.DS_Store`, `~$draft.docx`, …), each
    /// skipped with a note on standard error (silent under `--quiet`). Folders are never dropped.
    /// - Complexity: O(n) file system checks.
    func droppingSystemFiles(_ urls: [URL]) -> [URL] {
        urls.filter { url in
            var isDirectory: ObjCBool = false
            guard InputPath.isSystemFile(url),
                  FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return true }
            logger.notice("note: skipped \(DisplayPath.relative(url.path)): a file the operating system or an office program keeps beside documents, not an article or a translation file")
            return false
        }
    }

    /// Refuses an output folder (`--out`) that is a file, or lies under a file, before anything is read or
    /// written: a mistyped `--out` is bad input (exit code 2), not a failing file system (exit code 3). A
    /// folder that does not exist yet is fine (the export makes it) when the nearest existing folder above
    /// it may be written; a folder this user may not write in is the environment's refusal, said before the
    /// work starts and without naming the hidden staging folder the export would have made.
    /// - Throws: ``InputError`` naming `--out`'s path and the file in the way; ``TaalgrensKitError`` (exit
    ///   code 3) when the folder, or the nearest existing one above it, may not be written (`access(2)`).
    /// - Complexity: O(depth of the path) file system checks.
    static func checkOutputFolder(_ url: URL) throws {
        let target = url.standardizedFileURL
        var current = target
        while true {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: current.path, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    guard access(current.path, W_OK) == 0 else {
                        let reason = String(cString: strerror(errno))
                        let message = current.path == target.path ? "cannot write in this folder (\(reason))"
                            : "cannot make the output folder: \(DisplayPath.relative(current.path)) may not be written (\(reason))"
                        throw TaalgrensKitError(message, file: url.path, exitCode: TaalgrensKitError.failure)
                    }
                    return
                }
                if current.path == target.path {
                    throw InputError(file: url.path, "this is a file: expected an output folder (an existing folder, or a path where one can be made)")
                }
                throw InputError(file: url.path, "\(DisplayPath.relative(current.path)) is a file, so no folder can be made under it: expected an output folder")
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return }
            current = parent
        }
    }
}
