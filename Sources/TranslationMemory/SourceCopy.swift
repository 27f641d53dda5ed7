import TaalgrensCore
import Tokenization

/// Two questions about a stored pair or a query that compare texts up to their spacing: whether a target is
/// only its source copied (no translation), and whether two texts differ in nothing but the kind of white
/// space and invisible format characters (`docs/matching.md`, "Copies of the source" and "Spacing only").
public enum SourceCopy {
    /// `text` as a reader sees it: NFC, invisible format characters left out (Unicode general category Cf:
    /// U+00AD SOFT HYPHEN, U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER, U+FEFF, the bidirectional marks),
    /// every run of white space (U+0020, U+00A0, U+202F, U+2009, U+2007, line breaks, …) written as one
    /// U+0020, none at either end. Two texts with equal spacing keys read the same; they may differ in
    /// which spaces break a line and where a word may be hyphenated.
    /// - Complexity: O(n) in the length of `text`.
    public static func spacingKey(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in ICU.normalize(text, .nfc).unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar.properties.generalCategory == .format { continue }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether `target` is no translation of `source` but its copy: the two have the same ``spacingKey(_:)``
    /// (inline codes left out), their locales have different languages, and the source holds a word of the
    /// language (``holdsLanguage(_:)``). A tool that fills an untranslated segment with its source
    /// (Transifex's "for use" download, Crowdin's and Phrase's "copy source", memoQ's and Trados's "copy
    /// source to target", OmegaT) writes such targets; a pair in one language (`en-GB` → `en-US`) and a text
    /// that stays the same in every language (names, numbers, URLs, codes: "Instagram", "116 000",
    /// "Safer Internet Day", "www.safeonweb.be") are translations as they stand.
    /// - Parameters:
    ///   - sourceTokens: the source's tokens (``Tokenizer/tokens(_:)`` in `sourceLocale`), read only when the
    ///     texts are equal.
    /// - Complexity: O(n) in the length of the texts.
    public static func isUntranslatedCopy(source: String, sourceLocale: LanguageTag, sourceTokens: @autoclosure () -> [Token],
                                          target: String, targetLocale: LanguageTag) -> Bool {
        guard sourceLocale.language.lowercased() != targetLocale.language.lowercased(),
              spacingKey(source) == spacingKey(target) else { return false }
        return holdsLanguage(sourceTokens())
    }

    /// Whether the target of a unit that an article owns (aligned from the article folder's language versions,
    /// not read from an imported file) is a translation whatever its spelling, given that target's `status`:
    /// the editor wrote it so ("FAQ: phishing", "Online gaming" in a Flemish version keep the English loanwords;
    /// nineteenth trial, finding 8), unless someone or something flagged it (`needsReview`: the aligner's
    /// doubtful bead, or a tool's copy returned in a bundle and stored as needing review; `untrusted`). The
    /// search applies ``isUntranslatedCopy(source:sourceLocale:sourceTokens:target:targetLocale:)`` only when
    /// this is false (`docs/matching.md`, "Copies of the source").
    public static func articleTargetIsTranslation(_ status: UnitStatus) -> Bool {
        switch status {
        case .aligned, .translated, .reviewed: true
        case .needsReview, .untrusted: false
        }
    }

    /// ``isUntranslatedCopy(source:sourceLocale:sourceTokens:target:targetLocale:)`` for two rich texts, the
    /// source tokenized here.
    public static func isUntranslatedCopy(source: RichText, sourceLocale: LanguageTag, target: RichText, targetLocale: LanguageTag) -> Bool {
        let text = source.plainText
        return isUntranslatedCopy(source: text, sourceLocale: sourceLocale,
                                  sourceTokens: Tokenizer(locale: sourceLocale).tokens(text),
                                  target: target.plainText, targetLocale: targetLocale)
    }

    /// Whether a text holds a word of its language, so that a copy of it in another language is no
    /// translation: a word token of at least two letters, all of them lower case ("a good example",
    /// "contact us", "klik hier"), that is not a particle between two capitalised words ("Jan van Eyck",
    /// "Charles de Gaulle", "Ministry of Justice"). Placeables (numbers, dates, times, URLs, e-mail
    /// addresses, hashtags, handles), punctuation, symbols, emoji, capitalised words (names, a title's
    /// words, the first word of a one-word label such as "Contact"), words in capitals ("FAQ", "CCB") and
    /// words with a capital inside ("iPhone") are the same in every language.
    /// - Complexity: O(tokens).
    public static func holdsLanguage(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.kind == .word }
        func capitalised(_ t: Token) -> Bool { t.text.first?.isUppercase == true }
        for (k, t) in words.enumerated() {
            var letters = 0, lower = true
            for c in t.text where c.isLetter {
                letters += 1
                if !c.isLowercase { lower = false; break }
            }
            guard lower, letters >= 2 else { continue }
            let particle = k > 0 && k + 1 < words.count && capitalised(words[k - 1]) && capitalised(words[k + 1])
            if !particle { return true }
        }
        return false
    }
}
