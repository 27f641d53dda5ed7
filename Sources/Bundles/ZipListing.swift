import Foundation
import ZIPFoundation

/// Reads the table of contents of a zip archive another tool sent (a Trados Studio or memoQ package), so a
/// command can say what the archive holds (PKWARE APPNOTE 6.3.x, section 4.3.12, the central directory).
public enum ZipListing {
    /// The paths of the files (not folders) in the zip archive at `url`, in archive order; `nil` when the
    /// file is no zip archive ZIPFoundation can read.
    /// - Complexity: O(entries); reads the central directory only, no file's content.
    public static func filePaths(of url: URL) -> [String]? {
        guard let archive = try? Archive(url: url, accessMode: .read) else { return nil }
        return archive.compactMap { $0.type == .file ? $0.path : nil }
    }
}
