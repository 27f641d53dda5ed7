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
        let (months, capitalised) = CLDRNames.fold([formatter.monthSymbols ?? [], formatter.standaloneMonthSymbols ?? []],
                                                   count: 12) { $0 + 1 }
        return Table(months: months, capitalised: capitalised)
    }
}

/// Calendar names from CLDR (months, weekdays) folded for lookup, shared by ``MonthNames`` and
/// ``WeekdayNames``.
enum CLDRNames {
    /// The names of `lists` (CLDR's format and stand-alone forms), folded (lower case, no diacritics), each
    /// with the number `number` gives its index; and whether every name is capitalised (then only a
    /// capitalised word is one of them). A list without `count` names is skipped; a name of several words or
    /// with a period (an abbreviation) is not matched as one word.
    static func fold(_ lists: [[String]], count: Int, number: (Int) -> Int) -> (names: [String: Int], capitalised: Bool) {
        var names: [String: Int] = [:]
        var capitalised = true
        for list in lists where list.count == count {
            for (index, name) in list.enumerated() {
                let folded = TextKey.fold(name)
                guard !folded.isEmpty, folded.allSatisfy(\.isLetter) else { continue }
                names[folded] = number(index)
                if !(name.first?.isUppercase ?? false) { capitalised = false }
            }
        }
        return (names, capitalised && !names.isEmpty)
    }
}
