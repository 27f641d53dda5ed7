import Foundation
import TaalgrensCore
import Tokenization

/// The tokens term recognition and the checks start from: the Tokenization module's tokens
/// (`Tokenizer(locale:)`: ICU word boundaries with hyphenated words joined, elided articles split off,
/// and URLs, e-mail addresses, numbers and dates as placeables).
enum BaseTokens {
    /// Word and number tokens, as UTF-16 ranges, in order. URLs and e-mail addresses are placeables, so
    /// no term is ever found inside "www.childfocus.be".
    static func words(in text: String, locale: LanguageTag) -> [(start: Int, end: Int)] {
        Tokenizer(locale: locale).tokens(text).compactMap { t in
            t.kind == .word || t.kind == .number ? (t.start, t.end) : nil
        }
    }

    /// The URLs and e-mail addresses of a text, in order.
    static func links(in text: String, locale: LanguageTag) -> [Token] {
        Tokenizer(locale: locale).tokens(text).filter { $0.kind == .url || $0.kind == .email }
    }
}
