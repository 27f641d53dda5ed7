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
}
