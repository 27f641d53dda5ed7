import TaalgrensCore

/// The word count used in leverage reports.
///
/// Method: the text is cut with ICU word boundaries (Unicode Standard Annex #29, "Unicode Text
/// Segmentation", section 4, with ICU's locale tailoring) for the source locale, and every token whose rule
/// status is not "none" counts as one word, that is every token holding a letter, a digit, kana or an
/// ideograph. Spaces and punctuation never count. Consequences, documented in `docs/bundles.md`:
/// "l'internet" and "3.000" are one word each, "e-mail" is two, and "3 000" is two. Inline codes are not
/// text and never count.
public enum WordCount {
    /// A one-line description of the method, written into `report.json`.
    public static let method = "ICU word boundaries (UAX #29) for the source locale; a word is a token containing a letter or digit"

    /// The number of words in `text` for `locale`.
    /// - Complexity: O(n) in the length of the text.
    public static func count(_ text: String, locale: LanguageTag) -> Int {
        guard !text.isEmpty else { return 0 }
        // A locale ICU cannot open falls back to the root rules, which UAX #29 defines for every script.
        let boundaries = (try? ICU.wordBoundaries(in: text, locale: locale.icuLocale))
            ?? (try? ICU.wordBoundaries(in: text, locale: "root")) ?? []
        return boundaries.reduce(0) { $0 + ($1.kind == .none ? 0 : 1) }
    }
}
