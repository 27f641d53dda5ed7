import Foundation
import TaalgrensCore
import Tokenization

/// Month names written on their own, without a day ("in June", "begin oktober", "début octobre"), so that
/// they match as a date anchor across versions as a full date does ("11 February 2020" = "11 februari
/// 2020"): the tokenizer reads a month as a date only next to a day.
///
/// The names are not a list of ours: they are CLDR's full month names in the version's locale (format and
/// stand-alone forms, through Foundation's `DateFormatter`). Abbreviations are left out ("mar", "jan" are
/// also words). Where CLDR capitalises month names (English), only a capitalised word is a month, so the
/// verb "may" and the noun "march" are not.
enum MonthNames {
    /// The month names of a locale, folded (lower case, no diacritics), with their month (1–12), and
    /// whether a word must start with a capital to be one of them.
    struct Table: Sendable {
        var months: [String: Int]
        var capitalised: Bool

        /// The month (1–12) that `word` names, or nil.
        /// - Parameter word: one word of the text, as written.
        func month(of word: String) -> Int? {
            guard let month = months[TextKey.fold(word)] else { return nil }
            if capitalised, !(word.first?.isUppercase ?? false) { return nil }
            return month
        }
    }

    private static let cache = LocaleCache<Table>()

    /// The month names of `locale`.
    /// - Complexity: O(1) after the first call for a locale, which reads CLDR's names once.
    static func table(for locale: LanguageTag) -> Table {
        cache.value(for: locale.description) { make(locale.description) }
    }

    private static func make(_ id: String) -> Table {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: id)
        var months: [String: Int] = [:]
        var capitalised = true
        for names in [formatter.monthSymbols ?? [], formatter.standaloneMonthSymbols ?? []] where names.count == 12 {
            for (index, name) in names.enumerated() {
                let folded = TextKey.fold(name)
                // A name of several words or with a period (an abbreviation) is not matched as one word.
                guard !folded.isEmpty, folded.allSatisfy(\.isLetter) else { continue }
                months[folded] = index + 1
                if !(name.first?.isUppercase ?? false) { capitalised = false }
            }
        }
        return Table(months: months, capitalised: capitalised && !months.isEmpty)
    }
}
