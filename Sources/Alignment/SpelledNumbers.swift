import Foundation
import TaalgrensCore
import Tokenization

/// Numbers written as words ("eleven", "elf", "onze"; "fifteen", "vijftien", "quinze"), so that a translation
/// that spells out a number the source writes in digits, or the reverse, still matches it as a number
/// anchor.
///
/// The words are not a list of ours: they are CLDR's spelled-out forms (ICU's rule-based number format,
/// through Foundation's `NumberFormatter` with the `.spellOut` style) of 2 to 20 and of the tens to 90 in the
/// version's locale, so "septante" and "nonante" come out for fr-BE. Zero and one are left out: "een",
/// "un"/"une" are also the indefinite article, and "one" a pronoun.
enum SpelledNumbers {
    /// The values that are spelled out: 2–20 and the tens 30–90.
    static let values: [Int] = Array(2...20) + stride(from: 30, through: 90, by: 10)

    private static let cache = LocaleCache<[String: Int]>()

    /// The spelled-out numbers of `locale`, each folded (lower case, no diacritics) with its value.
    /// - Complexity: O(1) after the first call for a locale, which formats ``values`` once.
    static func words(for locale: LanguageTag) -> [String: Int] {
        cache.value(for: locale.description) { make(locale.description) }
    }

    private static func make(_ id: String) -> [String: Int] {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: id)
        formatter.numberStyle = .spellOut
        var words: [String: Int] = [:]
        for value in values {
            if let word = formatter.string(from: NSNumber(value: value)) {
                let folded = TextKey.fold(word)
                // CLDR writes a compound with a hyphen or a space ("dix-sept", "quatre-vingts"); a word of the
                // text is matched whole, so only forms without a space are kept.
                if !folded.isEmpty, !folded.contains(" ") { words[folded] = value }
            }
        }
        return words
    }
}
