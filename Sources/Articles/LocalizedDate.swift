import Foundation
import TaalgrensCore

/// Dates written the way a locale writes them, through Foundation's date formatting (which carries
/// ICU's CLDR locale data on Linux too): `2020-03-30` becomes "30 maart 2020" (nl-BE), "30 mars 2020"
/// (fr-BE), "30 March 2020" (en-BE, en-GB) and "March 30, 2020" (en, which CLDR reads as en-US).
public enum LocalizedDate {
    /// Formats an ISO 8601 calendar date in the locale's long date style (CLDR "long" date format).
    ///
    /// - Parameters:
    ///   - isoDate: a date written `yyyy-MM-dd`.
    ///   - locale: the locale whose conventions apply.
    /// - Returns: the formatted date, or `nil` when `isoDate` is not a valid `yyyy-MM-dd` date.
    public static func format(isoDate: String, locale: LanguageTag) -> String? {
        guard let date = ISODate(isoDate) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        guard let utc = TimeZone(identifier: "UTC") else { return nil }
        calendar.timeZone = utc
        guard let instant = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)) else { return nil }
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = utc
        formatter.locale = Locale(identifier: locale.icuLocale)
        formatter.dateStyle = .long
        formatter.timeStyle = .none
        return formatter.string(from: instant)
    }
}
