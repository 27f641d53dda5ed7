/// One token of a segment: a word, a number, a date, a URL, an e-mail address, a handle or hashtag, a
/// punctuation mark or a symbol. Whitespace is never a token.
///
/// Tokens come from ``Tokenizer/tokens(_:)``. ``start`` and ``end`` are UTF-16 offsets into the text that
/// was tokenized (end exclusive), as everywhere in Taalgrens (`cli-json.md`).
public struct Token: Hashable, Sendable {
    /// What a token is. Numbers, dates, URLs and e-mail addresses are placeables (see ``Placeable``).
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// Letters (possibly with digits, hyphens or an inner apostrophe): "internet", "l'", "e-mail",
        /// "COVID-19", "'s". Digit runs that are not a valid number ("1.2.3") are words too.
        case word
        /// A number written by the locale's conventions or unambiguously ("3 000,50", "10.000", "1.5").
        case number
        /// A calendar date, numeric ("09/02/2021", "2021-02-09") or with a month name ("9 February 2021").
        case date
        /// A URL with its scheme or starting with `www.`, query string included.
        case url
        /// An e-mail address.
        case email
        /// A social-media handle: `@` and a name ("@childfocus").
        case handle
        /// A hashtag: `#` and a name with at least one letter ("#SID2020").
        case hashtag
        /// A punctuation mark (Unicode general category P*): kept out of matching keys.
        case punctuation
        /// Any other visible character (Unicode S* and the rest): "%", "€", "&", "+".
        case symbol

        /// Whether tokens of this kind are placeables: copied or adapted, not translated.
        public var isPlaceable: Bool {
            switch self {
            case .number, .date, .url, .email: true
            default: false
            }
        }
    }

    /// The token as written in the text.
    public var text: String
    /// UTF-16 offset of the first code unit in the tokenized text.
    public var start: Int
    /// UTF-16 offset just past the last code unit (exclusive).
    public var end: Int
    /// What the token is.
    public var kind: Kind
    /// The comparison key: NFC and full case folding, typographic apostrophes (U+2019, U+02BC) written as
    /// U+0027. For numbers it is the canonical value ("3000.5"), for dates the ISO 8601 form of the known
    /// components ("2021-02-09", "2021-02", "--02-09"), for URLs the text as written (paths are
    /// case-sensitive), for punctuation the NFC text.
    public var key: String
    /// The typed value of a placeable token (number, date, URL, e-mail address); `nil` for other kinds.
    public var value: Placeable?

    /// A token; `start` and `end` are UTF-16 offsets into the tokenized text.
    public init(text: String, start: Int, end: Int, kind: Kind, key: String, value: Placeable? = nil) {
        self.text = text
        self.start = start
        self.end = end
        self.kind = kind
        self.key = key
        self.value = value
    }

    /// The UTF-16 range of the token in the tokenized text.
    public var range: Range<Int> { start..<end }

    /// The key a word-level token is compared by in the edit distance and indexed under
    /// (`docs/matching.md`, "Tokens"): for placeables their type alone (`\u{1}number`, `\u{1}date`,
    /// `\u{1}url`, `\u{1}email`), so that a number with another value costs a penalty, not an edit; for
    /// other tokens ``TextKey/fold(_:)`` of the text (case folded and without diacritics), so that a word
    /// that differs in case or accents only costs a penalty, not an edit. Punctuation is not word-level:
    /// its match key is never used.
    public var matchKey: String { Token.placeableKey(kind) ?? TextKey.fold(text) }

    /// The match key of a placeable kind (`\u{1}` and the kind's raw value), `nil` for other kinds.
    static func placeableKey(_ kind: Kind) -> String? {
        switch kind {
        case .number: "\u{1}number"
        case .date: "\u{1}date"
        case .url: "\u{1}url"
        case .email: "\u{1}email"
        default: nil
        }
    }
}
