import Foundation
import TaalgrensCore
import Tokenization

/// Weekday names ("Monday", "maandag", "lundi"), so that they match as one date anchor across versions
/// (fifteenth trial, finding 15: "on Monday" in English is a capitalised word, a name anchor that the
/// lowercase Dutch "maandag" never answered, so a news brief's every en–nl bead went to review).
///
/// The names are CLDR's full weekday names in the version's locale (format and stand-alone forms, through
/// Foundation's `DateFormatter`), not a list of ours. Where CLDR capitalises them (English), only a
/// capitalised word is one. Where it writes them in lower case (Dutch, French), a word that starts with a
/// name and goes on with at least ``compoundRest`` letters is the weekday too: Dutch writes a weekday's part
/// as one word ("maandagavond", "zondagochtend", "woensdagnamiddag"). Abbreviations ("ma.", "lun.") are
/// left out: "ma" and "di" are also words.
enum WeekdayNames {
    /// The weekday names of a locale, folded (lower case, no diacritics), with their day (1 = Monday, as in
    /// ISO 8601), and whether a word must start with a capital to be one of them.
    struct Table: Sendable {
        var days: [String: Int]
        var capitalised: Bool

        /// The weekday (1–7, Monday first) that `word` names, or nil.
        /// - Parameter word: one word of the text, as written.
        /// - Complexity: O(d) for the d names of the table (seven, or fourteen with stand-alone forms).
        func day(of word: String) -> Int? {
            if capitalised, !(word.first?.isUppercase ?? false) { return nil }
            let folded = TextKey.fold(word)
            if let day = days[folded] { return day }
            guard !capitalised else { return nil }
            for (name, day) in days where folded.hasPrefix(name) {
                let rest = folded.dropFirst(name.count)
                if rest.count >= WeekdayNames.compoundRest, rest.allSatisfy(\.isLetter) { return day }
            }
            return nil
        }
    }

    /// The fewest letters after a lowercase weekday name for the word to be a compound of it ("avond").
    static let compoundRest = 4

    private static let cache = LocaleCache<Table>()

    /// The weekday names of `locale`.
    /// - Complexity: O(1) after the first call for a locale, which reads CLDR's names once.
    static func table(for locale: LanguageTag) -> Table {
        cache.value(for: locale.description) { make(locale.description) }
    }

    private static func make(_ id: String) -> Table {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: id)
        // CLDR lists Sunday first; ISO 8601 numbers Monday 1 and Sunday 7.
        let (days, capitalised) = CLDRNames.fold([formatter.weekdaySymbols ?? [], formatter.standaloneWeekdaySymbols ?? []],
                                                 count: 7) { $0 == 0 ? 7 : $0 }
        return Table(days: days, capitalised: capitalised)
    }
}
