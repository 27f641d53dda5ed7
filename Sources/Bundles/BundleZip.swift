import Foundation
import ZIPFoundation

/// Writes a bundle's zip (through ZIPFoundation) so that the same files give the same bytes:
/// entries in path order, every entry dated with the export date (DOS date and time, UTC, two-second
/// resolution; dates before 1980 become 1980-01-01 as the ZIP format requires), permissions 0644,
/// deflate compression, and no directory entries. PKWARE APPNOTE 6.3.x, sections 4.3 and 4.4.
enum BundleZip {
    /// Writes `entries` (zip entry path → bytes) to a new zip at `url`.
    /// - Precondition: every path passed ``BundleName/isSafeRelativePath(_:)``.
    /// - Throws: ``BundleError/fileSystem(operation:path:reason:)`` when the archive cannot be written.
    static func write(_ entries: [(path: String, data: Data)], date: Date, to url: URL) throws {
        do {
            let archive = try Archive(url: url, accessMode: .create)
            for entry in entries.sorted(by: { $0.path < $1.path }) {
                precondition(BundleName.isSafeRelativePath(entry.path), "unsafe zip entry \(entry.path)")
                let data = entry.data
                try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: date, permissions: 0o644, compressionMethod: .deflate) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
        } catch let error as BundleError {
            throw error
        } catch {
            throw BundleError.fileSystem(operation: "write the zip", path: url.path, reason: BundleTransaction.reason(error))
        }
    }
}
