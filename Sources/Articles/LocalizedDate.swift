import Foundation
import TaalgrensCore

/// Dates written the way a locale writes them, through Foundation's date formatting (which carries
/// ICU's CLDR locale data on Linux too): `2020-03-30` becomes "30 maart 2020" (nl-BE), "30 mars 2020"
/// (fr-BE), "30 March 2020" (en-BE, en-GB) and "March 30, 2020" (en, which CLDR reads as en-US).
public enum LocalizedDate {
    /// Formats an ISO 8601 calendar date in the locale's long date style (CLDR "long" date format); French
    /// writes the first of a month as "1er" ("1er décembre 2026").
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
        let written = formatter.string(from: instant)
        // French writes the first day of a month as an ordinal, "1er décembre" (Imprimerie nationale,
        // *Lexique des règles typographiques*, "Dates"; the Académie française likewise), where CLDR's long
        // pattern `d MMMM y` gives the cardinal "1 décembre" (twelfth trial, finding 12: a byline's date).
        if locale.language == "fr", date.day == 1, written.hasPrefix("1 ") || written.hasPrefix("1\u{00A0}") {
            return "1er" + written.dropFirst()
        }
        return written
    }
}

/// A date written out in words in English, Dutch or French, as a word processor or pandoc puts it in a
/// document's `date` (session 12: `pandoc -t markdown` of a Word file wrote `date: 27 November 2026`, and the
/// article was refused): "27 November 2026", "27 november 2026", "27 novembre 2026", "1er décembre 2026",
/// "November 27, 2026", "27 Nov. 2026", with or without a weekday before it ("Thursday 27 November 2026",
/// "donderdag 27 november 2026", "jeudi 27 novembre 2026").
enum WrittenDate {
    /// Month names and their usual abbreviations, lower-cased, in English, Dutch and French → month number.
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names = [
            ["january", "jan", "januari", "janvier", "janv"], ["february", "feb", "februari", "février", "fevrier", "févr", "fevr", "fév"],
            ["march", "mar", "maart", "mrt", "mars"], ["april", "apr", "avril", "avr"], ["may", "mei", "mai"],
            ["june", "jun", "juni", "juin"], ["july", "jul", "juli", "juillet", "juil"], ["august", "aug", "augustus", "août", "aout"],
            ["september", "sep", "sept", "septembre"], ["october", "oct", "oktober", "okt", "octobre"],
            ["november", "nov", "novembre"], ["december", "dec", "december", "décembre", "decembre", "déc"],
        ]
        for (index, words) in names.enumerated() { for word in words { table[word] = index + 1 } }
        return table
    }()

    /// The ISO 8601 date (`yyyy-MM-dd`) `text` names, or `nil` when it is no such written date or the day does
    /// not exist (31 February).
    /// - Complexity: O(n) in the length of `text`.
    static func iso(_ text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," }).map { String($0.filter { $0 != "." }) }
        guard words.count >= 3 else { return nil }
        let last3 = Array(words.suffix(3))
        guard words.count <= 4, let year = Int(last3[2]), last3[2].count == 4 else { return nil }
        func dayNumber(_ word: String) -> Int? {
            let digits = word.prefix(while: \.isNumber)
            guard ["", "er", "e", "st", "nd", "rd", "th", "ste", "de"].contains(String(word.dropFirst(digits.count))) else { return nil }
            return Int(digits)
        }
        var day: Int?
        var month: Int?
        if let m = months[last3[1]] {
            (day, month) = (dayNumber(last3[0]), m)
        } else if let m = months[last3[0]] {
            (day, month) = (dayNumber(last3[1]), m)
        }
        // A fourth word before the date is a weekday's name (not checked against the date).
        if words.count == 4, words[0].contains(where: \.isNumber) { return nil }
        guard let day, let month, (1...31).contains(day) else { return nil }
        let value = String(format: "%04d-%02d-%02d", year, month, day)
        return ISODate(value) != nil ? value : nil
    }
}
