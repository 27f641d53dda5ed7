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

    /// Writes `entries` (zip entry path → bytes) to a new zip at `url`.
    /// - Precondition: every path passed ``BundleName/isSafeRelativePath(_:)``.
    /// - Throws: ``BundleError/fileSystem(operation:path:reason:)`` when the archive cannot be written.
    static func write(_ entries: [(path: String, data: Data)], date: Date, to url: URL) throws {
        do {
            let archive = try Archive(url: url, accessMode: .create)
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
        } catch let error as BundleError {
            throw error
        } catch {
            throw BundleError.fileSystem(operation: "write the zip", path: url.path, reason: BundleTransaction.reason(error))
        }
    }
}
