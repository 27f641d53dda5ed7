import Foundation
import TaalgrensCore

/// The moment an export records: in `manifest.json` (`exportedAt`) and as the date of every zip entry.
///
/// Reproducible builds (reproducible-builds.org, "SOURCE_DATE_EPOCH" specification, version 1.1): when the
/// environment variable `SOURCE_DATE_EPOCH` holds a whole number of seconds since 1970-01-01T00:00:00Z, that
/// moment is used instead of the clock, so two exports of the same input are byte-identical.
public enum ExportTimestamp {
    /// The export date: `SOURCE_DATE_EPOCH` when set, else `now`, truncated to whole seconds (the
    /// resolution of `exportedAt`).
    /// - Parameters:
    ///   - environment: the process environment (injectable for tests).
    ///   - now: the clock's reading, used when the variable is absent or empty.
    /// - Throws: `InputError` when `SOURCE_DATE_EPOCH` is set but is not a non-negative whole number of seconds
    ///   (the specification asks tools to fail rather than guess).
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment,
                               now: Date = Date()) throws -> Date {
        if let raw = environment["SOURCE_DATE_EPOCH"], !raw.isEmpty {
            guard raw.allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Int64(raw) else {
                throw InputError(file: "SOURCE_DATE_EPOCH", "expected a whole number of seconds since 1970-01-01 UTC, found \"\(raw)\"")
            }
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
    }

    /// `date` as ISO 8601 in UTC with whole seconds: `2020-03-30T08:00:00Z`.
    public static func iso8601(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
