import Foundation
import TaalgrensCore
import Tokenization

/// The tokens term recognition and the checks start from: the Tokenization module's tokens
/// (`Tokenizer(locale:)`: ICU word boundaries with hyphenated words joined, elided articles split off,
/// and URLs, e-mail addresses, numbers and dates as placeables).
enum BaseTokens {
    /// Word and number tokens, as UTF-16 ranges, in order. URLs and e-mail addresses are placeables, so
    /// no term is ever found inside "www.childfocus.be".
    ///
    /// UAX #29 counts U+202F NARROW NO-BREAK SPACE as ExtendNumLet, so ICU glues it to the word before
    /// ("aide\u{202F}!" is one word): word tokens are cut at any white space they hold. Number tokens
    /// keep theirs ("3\u{202F}000").
    static func words(in text: String, locale: LanguageTag) -> [(start: Int, end: Int)] {
        words(from: Tokenizer(locale: locale).tokens(text), units: Array(text.utf16))
    }

    /// ``words(in:locale:)`` from tokens already made (`units`: the text's UTF-16 code units).
    static func words(from tokens: [Token], units: [UInt16]) -> [(start: Int, end: Int)] {
        var out: [(start: Int, end: Int)] = []
        for t in tokens {
            if t.kind == .number { out.append((t.start, t.end)); continue }
            guard t.kind == .word else { continue }
            var start: Int?
            for k in t.start...t.end {
                let space = k == t.end || WordKeys.isSpace(units[k])
                if space, let s = start { out.append((s, k)); start = nil }
                else if !space, start == nil { start = k }
            }
        }
        return out
    }

    /// The URLs and e-mail addresses of a text, in order.
    static func links(in text: String, locale: LanguageTag) -> [Token] {
        links(from: Tokenizer(locale: locale).tokens(text))
    }

    /// ``links(in:locale:)`` from tokens already made.
    static func links(from tokens: [Token]) -> [Token] {
        tokens.filter { $0.kind == .url || $0.kind == .email }
    }
}
