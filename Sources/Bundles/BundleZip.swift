import Foundation
import ZIPFoundation

/// Writes a bundle's zip (through ZIPFoundation) so that the same files give the same bytes:
/// entries in path order, every entry dated with the export date (``entryDate(_:)``), permissions 0644,
/// deflate compression, and no directory entries. PKWARE APPNOTE 6.3.x, sections 4.3 and 4.4.
enum BundleZip {
    /// The earliest date a zip entry can carry: 1980-01-01T00:00:00Z (the MS-DOS date's year 0).
    static let earliest = Date(timeIntervalSince1970: 315_532_800)
    /// The latest date ZIPFoundation writes: 2099-12-31T23:59:58Z.
    static let latest = Date(timeIntervalSince1970: 4_102_444_798)

    /// The date written on every entry for an export at `date`: the export date in UTC, clamped to
    /// [1980-01-01T00:00:00Z, 2099-12-31T23:59:58Z] (the MS-DOS date and time field of APPNOTE 4.4.6 starts
    /// in 1980; a smaller `SOURCE_DATE_EPOCH`, such as 0, gives 1980-01-01T00:00:00Z, not a date with
    /// only its year moved), and rounded down to an even second (the field's resolution). The manifest's
    /// `exportedAt` stays the true export date.
    static func entryDate(_ date: Date) -> Date {
        let clamped = min(max(date, earliest), latest)
        let seconds = clamped.timeIntervalSince1970.rounded(.down)
        return Date(timeIntervalSince1970: seconds - seconds.truncatingRemainder(dividingBy: 2))
    }

    /// The bytes of a new zip holding `entries` (zip entry path → bytes), made in memory; the caller writes
    /// them like any other file of the bundle, so that a full disk or a read-only folder is reported as for
    /// those (nineteenth trial, finding 6: ZIPFoundation writing to the disk itself reported a full disk as
    /// "Data.DataError error 1"). A bundle's zip is its files compressed, a few hundred kilobytes.
    /// - Parameters:
    ///   - entries: zip entry path → bytes.
    ///   - date: the export date (``entryDate(_:)`` is written on every entry).
    ///   - path: the zip's path as the user sees it, for the error.
    /// - Precondition: every path passed ``BundleName/isSafeRelativePath(_:)``.
    /// - Throws: ``BundleError/fileSystem(operation:path:reason:)`` when the archive cannot be made.
    /// - Complexity: O(n) in the entries' bytes.
    static func data(_ entries: [(path: String, data: Data)], date: Date, path: String) throws -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            let date = entryDate(date)
            for entry in entries.sorted(by: { $0.path < $1.path }) {
                precondition(BundleName.isSafeRelativePath(entry.path), "unsafe zip entry \(entry.path)")
                let data = entry.data
                try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: date, permissions: 0o644, compressionMethod: .deflate) { position, size in
                    let start = Int(position)
                    return data.subdata(in: start..<min(start + size, data.count))
                }
            }
            guard let bytes = archive.data else {
                throw BundleError.fileSystem(operation: "make the zip", path: path, reason: "the archive in memory holds no data")
            }
            return bytes
        } catch let error as BundleError {
            throw error
        } catch {
            throw BundleError.fileSystem(operation: "make the zip", path: path, reason: BundleTransaction.reason(error))
        }
    }
}
