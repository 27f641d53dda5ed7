import TaalgrensCore
import Tokenization

/// A segment made ready for scoring: its tokens, their matching keys, the spacing between them and its
/// inline codes. Prepare a query once and compare it with many candidates.
public struct PreparedSegment: Sendable {
    /// The plain text (inline codes removed).
    public let text: String
    /// Every token except whitespace, in order.
    public let tokens: [Token]
    /// For each token, whether it is a word-level token (anything but punctuation and emoji,
    /// ``Token/Kind-swift.enum/isWordLevel``). Only these count in the edit distance and the index.
    let isWord: [Bool]
    /// For each token, the key the alignment compares: for words ``matchKey(_:)``, for punctuation the
    /// and emoji the NFC text as written.
    let compareKeys: [String]
    /// The text between token `i` and token `i + 1` (whitespace, usually).
    let gaps: [String]
    /// The inline codes with their UTF-16 offsets in ``text``.
    let codes: [(offset: Int, code: InlineCode)]
    /// The NFC form of ``text``.
    let nfc: String

    /// The index keys: the ``matchKey(_:)`` of every word-level token, in order. Their count is the
    /// segment's length `|a|` in the score formula.
    public let keys: [String]

    /// Prepares `content` written in `locale`.
    /// - Complexity: O(n) in the length of the text (tokenization).
    public init(_ content: RichText, locale: LanguageTag) {
        let text = content.plainText
        self.text = text
        self.nfc = PreparedSegment.nfc(text)
        let tokens = Tokenizer(locale: locale).tokens(text)
        self.tokens = tokens
        var isWord: [Bool] = []
        var compare: [String] = []
        var keys: [String] = []
        isWord.reserveCapacity(tokens.count)
        compare.reserveCapacity(tokens.count)
        keys.reserveCapacity(tokens.count)
        for t in tokens {
            if !t.kind.isWordLevel {
                isWord.append(false)
                compare.append(PreparedSegment.nfc(t.text))
            } else {
                let k = PreparedSegment.matchKey(t)
                isWord.append(true)
                compare.append(k)
                keys.append(k)
            }
        }
        self.isWord = isWord
        self.compareKeys = compare
        self.keys = keys
        var gaps: [String] = []
        if tokens.count > 1 {
            gaps.reserveCapacity(tokens.count - 1)
            let units = text.utf16
            // Most gaps are one space: share one string for them.
            var index = units.startIndex
            var offset = 0
            for i in 0..<(tokens.count - 1) {
                let a = tokens[i].end, b = tokens[i + 1].start
                index = units.index(index, offsetBy: a - offset)
                let end = units.index(index, offsetBy: b - a)
                if b - a == 1, units[index] == 0x20 { gaps.append(" ") }
                else if a == b { gaps.append("") }
                else { gaps.append(String(decoding: units[index..<end], as: UTF16.self)) }
                index = end
                offset = b
            }
        }
        self.gaps = gaps
        self.codes = content.positionedCodes
    }

    /// The index keys of a plain text alone (``keys`` without the rest of the preparation).
    /// - Complexity: O(n) in the length of the text (tokenization).
    public static func keys(_ text: String, locale: LanguageTag) -> [String] {
        Tokenizer(locale: locale).matchKeys(text)
    }

    /// The key a word-level token is compared by in the edit distance and indexed under (``Token/matchKey``): for
    /// numbers, dates, times, URLs and e-mail addresses their type alone (`\u{1}number`, `\u{1}time`, …),
    /// so that another value costs a penalty, not an edit; for hashtags and handles their fold with digit runs
    /// masked (`#sid\u{1}`); for other tokens ``TextKey/fold(_:)`` of the text (case folded and without
    /// diacritics), so that a word that differs in case or accents only costs a penalty, not an edit.
    public static func matchKey(_ token: Token) -> String {
        token.matchKey
    }

    /// The NFC form of `s`; a text whose scalars are all below U+0300 (ASCII, Latin-1, Latin Extended-A
    /// and -B, IPA, spacing modifiers: no combining mark, nothing that composes or decomposes in NFC) is
    /// returned as is, without a trip through ICU.
    /// - Complexity: O(n) in UTF-8 bytes: a scalar at or above U+0300 is the one whose UTF-8 lead byte is
    ///   0xCC or above, so the check reads bytes instead of decoding UTF-16.
    static func nfc(_ s: String) -> String {
        for u in s.utf8 where u >= 0xCC { return ICU.normalize(s, .nfc) }
        return s
    }
}
