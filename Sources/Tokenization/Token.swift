/// One token of a segment: a word, a number, a date, a time of day, a URL, an e-mail address, a handle or
/// hashtag, a punctuation mark, an emoji or a symbol. Whitespace is never a token.
///
/// Tokens come from ``Tokenizer/tokens(_:)``. ``start`` and ``end`` are UTF-16 offsets into the text that
/// was tokenized (end exclusive), as everywhere in Taalgrens (`cli-json.md`).
public struct Token: Hashable, Sendable {
    /// What a token is. Numbers, dates, times, URLs, e-mail addresses, handles and hashtags are placeables
    /// (see ``Placeable``).
    public enum Kind: String, Hashable, Sendable, CaseIterable, Codable {
        /// Letters (possibly with digits, hyphens or an inner apostrophe): "internet", "l'", "e-mail",
        /// "COVID-19", "'s". Digit runs that are not a valid number ("1.2.3") are words too.
        case word
        /// A number written by the locale's conventions or unambiguously ("3 000,50", "10.000", "1.5").
        case number
        /// A calendar date, numeric ("09/02/2021", "2021-02-09") or with a month name ("9 February 2021").
        case date
        /// A time of day: "17:45", "17.45 uur", "17u45", "17 h 45", "17 h", "5.45 p.m." (the forms of
        /// `Locales/<locale>/times.json`, `docs/matching.md`, "Times").
        case time
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
        /// An emoji or another pictographic symbol, with its modifiers, joiners and variation selectors
        /// ("🔒", "👍🏽", "👩‍💻", "🇧🇪", "1️⃣", "©"; Unicode `Extended_Pictographic`, flags and keycaps):
        /// kept out of matching keys like punctuation.
        case emoji
        /// Any other visible character (Unicode S* and the rest): "%", "€", "&", "+".
        case symbol

        /// Whether tokens of this kind are placeables: copied or adapted, not translated.
        public var isPlaceable: Bool {
            switch self {
            case .number, .date, .time, .url, .email, .handle, .hashtag: true
            default: false
            }
        }

        /// Whether tokens of this kind are word-level: counted in a segment's length, compared in the word
        /// edit distance and indexed. Punctuation and emoji are not (`docs/matching.md`, "The score").
        public var isWordLevel: Bool { self != .punctuation && self != .emoji }
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
    /// The typed value of a placeable token (number, date, time, URL, e-mail address, hashtag, handle); `nil`
    /// for other kinds.
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
    /// (`docs/matching.md`, "Tokens"): for numbers, dates, times, URLs and e-mail addresses their type
    /// alone (`\u{1}number`, `\u{1}date`, `\u{1}time`, `\u{1}url`, `\u{1}email`), so that a value that
    /// differs costs a penalty, not an edit; for hashtags and handles ``TextKey/fold(_:)`` of the text with
    /// each run of ASCII digits written as one U+0001 (`#sid\u{1}` for "#SID2025"), so that "#SID2024"
    /// against "#SID2025" costs a penalty while "#COP29" against "#SID2025" is an edit; for other tokens
    /// ``TextKey/fold(_:)`` of the text (case folded and without diacritics), so that a word that differs in
    /// case or accents only costs a penalty, not an edit. Punctuation and emoji are not word-level: their
    /// match key is never used.
    public var matchKey: String {
        if let typed = Token.placeableKey(kind) { return typed }
        if kind == .hashtag || kind == .handle { return Token.tagKey(TextKey.fold(text)) }
        return TextKey.fold(text)
    }

    /// The match key of a placeable kind keyed by its type alone (`\u{1}` and the kind's raw value), `nil`
    /// for other kinds.
    static func placeableKey(_ kind: Kind) -> String? {
        switch kind {
        case .number: "\u{1}number"
        case .date: "\u{1}date"
        case .time: "\u{1}time"
        case .url: "\u{1}url"
        case .email: "\u{1}email"
        default: nil
        }
    }

    /// The match key of a hashtag or handle from its folded text: each run of ASCII digits becomes one
    /// U+0001.
    static func tagKey(_ folded: String) -> String {
        var bytes = Array(folded.utf8)
        maskDigits(&bytes, from: 0)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Replaces each run of ASCII digits in `bytes[start...]` by one 0x01 byte, in place.
    static func maskDigits(_ bytes: inout [UInt8], from start: Int) {
        var write = start
        var read = start
        while read < bytes.count {
            let b = bytes[read]
            if b >= 0x30 && b <= 0x39 {
                while read < bytes.count && bytes[read] >= 0x30 && bytes[read] <= 0x39 { read += 1 }
                bytes[write] = 0x01
            } else {
                bytes[write] = b
                read += 1
            }
            write += 1
        }
        bytes.removeLast(bytes.count - write)
    }
}
