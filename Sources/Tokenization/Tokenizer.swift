import Foundation
import TaalgrensCore

/// Cuts a segment into tokens for matching, alignment anchors and term recognition.
///
/// The tokenizer runs in three steps (`docs/matching.md`, "Tokens"):
/// 1. **Placeables first.** A left-to-right scan recognises URLs (with a scheme or `www.`, query string
///    included), e-mail addresses, keycap emoji ("1️⃣"), dates (numeric or with a month name), times of day
///    ("17:45", "17.45 uur", "17 h 45", "5.45 p.m.": the forms of `Locales/<locale>/times.json`), digit
///    strings that name rather than count (telephone and enterprise numbers, codes with a leading zero:
///    one number placeable compared by its digits, ``NumberValue/literal``), numbers (with grouping and
///    decimal separators, see ``Tokenizer/tokens(_:)``) and handles/hashtags. A
///    placeable only starts where a word could start (not inside "COVID-19" or "v1.5") and only ends
///    before a non-letter.
/// 2. **ICU word boundaries** (UAX #29, through `ICU.wordBoundaryOffsets`, whose iterator is reused per thread) cut the text between placeables;
///    for Latin text in English, Dutch and French the fast path computes the same boundaries itself (`LatinWordBreaks`).
/// 3. **Locale-independent rules** fix what UAX #29 gets wrong for Dutch and French: hyphenated words are
///    joined ("e-mail", "peut-être", "a-t-il", "COVID-19"); an elided article or pronoun is split off
///    ("l'internet" → "l'" + "internet", "qu'il" → "qu'" + "il"): the part before the apostrophe is one
///    letter or ends in "qu", and the part after has two letters or more, so "z'n" and "I'm" stay whole;
///    a word-initial apostrophe with one letter ("'s avonds", "'t") is one word.
///
/// Between placeables, a piece of emoji and pictographs (with modifiers, joiners, flags) is one token of kind
/// `emoji` (``Token/Kind-swift.enum/emoji``), which is not word-level.
///
/// Number and date conventions (separators, month names, day/month order) come from CLDR through
/// Foundation for the tokenizer's locale, the time markers from `Locales/<locale>/times.json`; nothing is
/// special-cased per locale in code.
public struct Tokenizer: Sendable {
    /// The locale whose conventions read numbers and dates.
    public let locale: LanguageTag
    let conventions: LocaleConventions

    /// Creates a tokenizer for `locale`. The locale's CLDR conventions are loaded once per process; the
    /// orders in which it writes a day next to a month name and its time markers come from
    /// `Locales/<locale>/dates.json` and `times.json` of the data folder that `DataDirectory.locate()` finds
    /// (CLDR's spelled-out order and the colon time form alone when no folder is found or a file cannot be
    /// read; use ``init(locale:data:)`` to have a bad file reported).
    public init(locale: LanguageTag) {
        self.locale = locale
        self.conventions = LocaleConventions.for(locale)
    }

    /// Makes `data` the data folder that ``init(locale:)`` reads `Locales/<locale>/dates.json` from, for the
    /// rest of the process, instead of the folder `DataDirectory.locate()` finds from the working directory.
    /// A program that was told its data folder (the command line's `--data-dir`) calls this once at start, so
    /// that match keys stored at import and computed at query time read dates the same way wherever it runs.
    /// - Parameter data: the data folder holding `Locales/`.
    /// - Throws: `InputError` naming a `dates.json` or `times.json` of `data` that is unreadable or malformed.
    public static func useDataDirectory(_ data: DataDirectory) throws {
        try LocaleConventions.useByDefault(data)
    }

    /// Creates a tokenizer for `locale` whose day/month orders and time markers come from `data`
    /// (`Locales/<locale>/dates.json`, `dayMonthOrders`: "dm" for "1 maart", "md" for "March 1";
    /// `Locales/<locale>/times.json`, `docs/matching.md`, "Times").
    /// - Parameters:
    ///   - locale: the locale whose conventions read numbers, dates and times.
    ///   - data: the data folder holding `Locales/`.
    /// - Throws: `InputError` naming `dates.json` or `times.json` when it is unreadable or malformed.
    public init(locale: LanguageTag, data: DataDirectory) throws {
        self.locale = locale
        self.conventions = try LocaleConventions.for(locale, data: data)
    }

    /// The tokens of `text` in order. Whitespace is omitted; punctuation is kept as tokens of kind
    /// ``Token/Kind-swift.enum/punctuation``.
    ///
    /// Numbers: digit groups joined by ".", ",", a no-break space (U+00A0, U+202F, U+2009) or, in locales
    /// whose CLDR grouping separator is a space (French), a plain space. With one separator followed by
    /// exactly three digits the reading is ambiguous ("3.000", "1,500"): the separator that is the
    /// locale's decimal separator is read as decimal, the other as grouping. So "3.000" is 3000 in nl-BE
    /// and fr-BE and 3 in en, while "3,000" is 3000 in en and 3 in nl-BE. Any other digit count after a
    /// single separator makes it decimal ("1.5" and "1,5" are 1.5 everywhere). With two kinds of separator
    /// the last one is decimal ("10.000,50", "3,000.50"); a repeated one is grouping ("1.000.000").
    /// A digit run that fits none of these ("1.2.3") is a word.
    ///
    /// - Parameter text: plain text (inline codes removed).
    /// - Returns: tokens whose `start`/`end` are UTF-16 offsets into `text`.
    /// - Complexity: O(n) in the length of the text.
    public func tokens(_ text: String) -> [Token] {
        var scanner = Scan(text: text, conventions: conventions)
        let raw = scanner.rawTokens()
        var out: [Token] = []
        out.reserveCapacity(raw.count)
        for r in raw { out.append(scanner.makeToken(r)) }
        return out
    }

    /// How ``tokens(_:strategy:)`` computes the tokens. Both give identical tokens on the development
    /// texts, the example articles and generated texts (`TokenizerEquivalenceTests`).
    public enum Strategy: Sendable, Hashable {
        /// The fast path (what ``tokens(_:)`` runs): the text is read once into a scalar buffer, ICU's
        /// word break iterator is reused (one per thread and locale, through `ICU`), and ASCII tokens get
        /// their keys without a trip through ICU.
        case fast
        /// The straightforward algorithm the fast path was derived from, kept to check it against: a
        /// fresh ICU break iterator per call, a `String` per scalar slice, Unicode normalization and
        /// case folding through ICU for every non-ASCII key and every punctuation mark. Slower.
        case reference
    }

    /// The tokens of `text` computed by `strategy` (see ``tokens(_:)``).
    /// - Parameters:
    ///   - text: plain text (inline codes removed).
    ///   - strategy: ``Strategy/fast`` (as ``tokens(_:)``) or ``Strategy/reference``.
    /// - Returns: tokens whose `start`/`end` are UTF-16 offsets into `text`.
    /// - Complexity: O(n) in the length of the text.
    public func tokens(_ text: String, strategy: Strategy) -> [Token] {
        switch strategy {
        case .fast: return tokens(text)
        case .reference:
            var scanner = ReferenceScan(text: text, conventions: conventions)
            return scanner.run(icuLocale: conventions.icuLocale)
        }
    }

    /// The match keys of `text` alone, without building its tokens: for every token that is not
    /// punctuation or emoji, in order, ``Token/matchKey`` (a placeable's type, a tag's fold with its digits
    /// masked, else ``TextKey/fold(_:)`` of the token's text). The same as
    /// `tokens(text).filter(\.kind.isWordLevel).map(\.matchKey)`.
    ///
    /// These are the keys a translation memory indexes and compares by (`docs/matching.md`, "Tokens").
    /// - Parameter text: plain text (inline codes removed).
    /// - Complexity: O(n) in the length of the text; one `String` per key (none on the heap for keys of
    ///   up to 15 UTF-8 bytes).
    public func matchKeys(_ text: String) -> [String] {
        var scanner = Scan(text: text, conventions: conventions)
        let raw = scanner.rawTokens()
        var keys: [String] = []
        keys.reserveCapacity(raw.count)
        for r in raw where r.kind.isWordLevel {
            if let typed = Token.placeableKey(r.kind) {
                keys.append(typed)
            } else if r.kind == .hashtag || r.kind == .handle {
                keys.append(Token.tagKey(scanner.fold(r.start, r.end)))
            } else {
                keys.append(scanner.fold(r.start, r.end))
            }
        }
        return keys
    }
}

extension Tokenizer {
    /// ``matchKeys(_:)`` written into `buffer` as UTF-8 bytes instead of one `String` per key: the same keys,
    /// byte for byte (`TokenizerEquivalenceTests`), for a caller that tokenizes many texts and looks each key
    /// up by its bytes (a store's import interns them as term ids, `docs/matching.md`, "Import").
    ///
    /// The buffer is emptied first and keeps its storage, and the scan's own arrays, from text to text: after
    /// the first few texts, a text whose keys are ASCII or Latin-1 (below U+0180, the fold's table) costs no
    /// allocation for its keys. Other keys go through ``TextKey/fold(_:)`` of their text.
    /// - Parameters:
    ///   - text: plain text (inline codes removed).
    ///   - buffer: receives the keys; its previous content is dropped.
    /// - Complexity: O(n) in the length of the text.
    public func matchKeys(_ text: String, into buffer: inout MatchKeyBuffer) {
        buffer.removeAll()
        var scanner = Scan(text: text, conventions: conventions, reusing: &buffer.scratch)
        let raw = scanner.rawTokens()
        for r in raw where r.kind.isWordLevel {
            if let typed = MatchKeyBuffer.placeableKeyBytes(r.kind) {
                buffer.bytes.append(contentsOf: typed)
            } else {
                let start = buffer.bytes.count
                scanner.appendFold(r.start, r.end, to: &buffer.bytes)
                if r.kind == .hashtag || r.kind == .handle { Token.maskDigits(&buffer.bytes, from: start) }
            }
            buffer.ends.append(buffer.bytes.count)
        }
        scanner.returnScratch(to: &buffer.scratch)
    }
}

// MARK: - The scan

/// A token under construction: a range of scalar indices and a kind.
struct RawToken {
    var start: Int
    var end: Int
    var kind: Token.Kind
    var value: Placeable?
}

/// A token under construction in the fast scan: a range of scalar indices, a kind, and where its
/// placeable value is in ``Scan/values`` (-1 for none). Unlike ``RawToken`` it holds no reference, so
/// the word rules copy it freely.
struct Piece {
    var start: Int
    var end: Int
    var kind: Token.Kind
    var value: Int = -1
}

/// The arrays a ``Scan`` fills, kept between texts by a ``MatchKeyBuffer`` so that their storage is reused.
struct ScanScratch: Sendable {
    var scalars: [Unicode.Scalar] = []
    var utf16: [UInt16] = []
    var offsets: [Int] = []
    var boundaries: [Int] = []
}

struct Scan: ScalarText {
    let text: String
    let conventions: LocaleConventions
    /// The text's Unicode scalars.
    var s: [Unicode.Scalar] = []
    /// The UTF-16 offset of each scalar, plus one past the end; empty when every scalar is in the BMP
    /// (then scalar index and UTF-16 offset are the same, see ``utf16Offset(_:)``).
    var offset: [Int] = []
    /// The text as UTF-16, filled only when ICU's word boundaries are needed (``fillUTF16()``).
    var utf16: [UInt16] = []
    /// The word boundaries of the text (reused storage; filled by ``rawTokens()``).
    var boundaries: [Int] = []
    /// Whether every scalar is in the Basic Multilingual Plane (one UTF-16 unit each).
    var bmp = true
    /// Whether every scalar is ASCII.
    var ascii = true
    /// Whether the text holds an "@" (U+0040): an e-mail address needs one (``scanEmail(_:)``).
    var holdsAt = false
    /// The values of the placeables found so far (``Piece/value`` indexes them).
    var values: [Placeable] = []
    var n: Int { s.count }

    init(text: String, conventions: LocaleConventions) {
        var scratch = ScanScratch()
        self.init(text: text, conventions: conventions, reusing: &scratch)
    }

    /// Reads `text` into the scratch's arrays, which the scan takes over (their storage is kept for the
    /// next text: hand it back with ``returnScratch(to:)``).
    /// - Complexity: O(n) in UTF-8 bytes; no allocation once the arrays have grown to the longest text.
    init(text: String, conventions: LocaleConventions, reusing scratch: inout ScanScratch) {
        self.text = text
        self.conventions = conventions
        swap(&s, &scratch.scalars)
        swap(&utf16, &scratch.utf16)
        swap(&offset, &scratch.offsets)
        swap(&boundaries, &scratch.boundaries)
        s.removeAll(keepingCapacity: true)
        utf16.removeAll(keepingCapacity: true)
        offset.removeAll(keepingCapacity: true)
        // UTF-8 bytes bound the scalar count from above.
        var text = text
        text.withUTF8 { bytes in
            // Room for every scalar (at most one per byte), written through a pointer and trimmed after.
            let n = bytes.count
            holdsAt = bytes.baseAddress.map { memchr($0, 0x40, n) != nil } ?? false
            s.append(contentsOf: repeatElement(Unicode.Scalar(UInt8(0)), count: n))
            var scalars = 0
            var allASCII = true, allBMP = true
            s.withUnsafeMutableBufferPointer { sp in
                // Decoding the (valid) UTF-8 directly: ASCII, the bulk of the texts, is one compare per byte.
                var i = 0
                while i < n {
                    let b0 = UInt32(bytes[i])
                    let v: UInt32
                    if b0 < 0x80 {
                        v = b0; i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                            | UInt32(bytes[i + 3] & 0x3F); i += 4
                    }
                    sp[scalars] = unsafeBitCast(v, to: Unicode.Scalar.self)
                    scalars += 1
                    if v >= 0x80 {
                        allASCII = false
                        if v >= 0x10000 { allBMP = false }
                    }
                }
            }
            s.removeLast(n - scalars)
            ascii = allASCII
            bmp = allBMP
        }
        if !bmp {
            offset.reserveCapacity(s.count + 1)
            var o = 0
            for scalar in s {
                offset.append(o)
                o += scalar.value < 0x10000 ? 1 : 2
            }
            offset.append(o)
        }
    }

    /// Hands the scan's arrays back to `scratch` for the next text.
    mutating func returnScratch(to scratch: inout ScanScratch) {
        swap(&s, &scratch.scalars)
        swap(&utf16, &scratch.utf16)
        swap(&offset, &scratch.offsets)
        swap(&boundaries, &scratch.boundaries)
    }

    /// Writes the text as UTF-16 into ``utf16`` (from the scalars: no second pass over the `String`).
    /// - Complexity: O(n) in scalars.
    mutating func fillUTF16() {
        utf16.removeAll(keepingCapacity: true)
        utf16.reserveCapacity(bmp ? s.count : s.count * 2)
        for c in s {
            let v = c.value
            if v < 0x10000 {
                utf16.append(UInt16(truncatingIfNeeded: v))
            } else {
                let w = v - 0x10000
                utf16.append(UInt16(truncatingIfNeeded: 0xD800 + (w >> 10)))
                utf16.append(UInt16(truncatingIfNeeded: 0xDC00 + (w & 0x3FF)))
            }
        }
    }

    /// The UTF-16 offset of scalar index `k` (`k == n` gives the text's UTF-16 length).
    @inline(__always) func utf16Offset(_ k: Int) -> Int { bmp ? k : offset[k] }

    /// The raw tokens of the text, in order (the three steps documented on ``Tokenizer``).
    mutating func rawTokens() -> [Piece] {
        if s.isEmpty { return [] }
        var protected: [Piece] = []
        var i = 0
        while i < n {
            if canStart(i), let t = scanURL(i) ?? scanEmail(i) ?? scanKeycap(i) ?? scanDate(i) ?? scanTime(i) ?? scanDigitString(i) ?? scanNumber(i) ?? scanTag(i) {
                var p = Piece(start: t.start, end: t.end, kind: t.kind)
                if let v = t.value {
                    p.value = values.count
                    values.append(v)
                }
                protected.append(p)
                i = t.end
            } else {
                i += 1
            }
        }
        // UAX #29 word boundaries for the whole text, as scalar indices: computed here for Latin text in
        // a locale with ICU's root rules (`LatinWordBreaks`, the same boundaries), else by ICU.
        if !(conventions.latinWordBreaks && LatinWordBreaks.boundaries(of: s, into: &boundaries)) {
            boundaries.removeAll(keepingCapacity: true)
            fillUTF16()
            if let icu = try? ICU.wordBoundaryOffsets(utf16: utf16, locale: conventions.icuLocale) {
                if bmp {
                    boundaries.append(contentsOf: icu)
                } else {
                    // UTF-16 offset → scalar index (-1 inside a surrogate pair).
                    var scalarAt = [Int](repeating: -1, count: utf16.count + 1)
                    for (k, o) in offset.enumerated() { scalarAt[o] = k }
                    boundaries.reserveCapacity(icu.count)
                    for o in icu where o >= 0 && o < scalarAt.count && scalarAt[o] >= 0 { boundaries.append(scalarAt[o]) }
                }
            } else {
                // Without ICU: cut where the character class changes.
                for k in 1...n where k == n || charClass(s[k]) != charClass(s[k - 1]) || charClass(s[k]) == 2 {
                    boundaries.append(k)
                }
            }
        }
        if !ascii { separateSpaces() }
        var raw: [Piece] = []
        raw.reserveCapacity(boundaries.count)
        var b = 0
        var gapStart = 0
        // Room for every piece at once: growing these by doubling reallocated them several times per text.
        var pieces: [Piece] = []
        pieces.reserveCapacity(boundaries.count + 1)
        func gap(_ from: Int, _ to: Int, into raw: inout [Piece]) {
            pieces.removeAll(keepingCapacity: true)
            var last = from
            while b < boundaries.count && boundaries[b] <= from { b += 1 }
            while b < boundaries.count && boundaries[b] < to {
                if let p = classify(last, boundaries[b]) { pieces.append(p) }
                last = boundaries[b]
                b += 1
            }
            if last < to, let p = classify(last, to) { pieces.append(p) }
            fixUp(pieces, into: &raw)
        }
        for p in protected {
            if gapStart < p.start { gap(gapStart, p.start, into: &raw) }
            raw.append(p)
            gapStart = p.end
        }
        if gapStart < n { gap(gapStart, n, into: &raw) }
        return raw
    }

    /// Puts a word boundary on both sides of every white-space scalar above ASCII other than U+00A0 (which
    /// UAX #29 already separates). UAX #29 classes U+202F NARROW NO-BREAK SPACE as ExtendNumLet, so ICU
    /// glues it to the word before ("passe\u{202F}" in "mot de passe\u{202F}!", "sérieux\u{202F}" before »):
    /// French typography's space before ? ! : ; and inside « » (which `check`'s `french-spacing` rule asks for)
    /// made the word another word, and the same sentence spaced with U+00A0 or U+0020 lost its exact match
    /// (seventeenth trial, finding 6). Each such space is now white space of its own, as U+00A0 is, so the
    /// spacings differ by a white-space edit at most. Covers U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
    /// U+205F and U+3000 (White_Space).
    /// - Complexity: O(n) scalars, plus O(b log b) to merge when the text has such a space.
    mutating func separateSpaces() {
        var extra: [Int] = []
        for k in 0..<n where s[k].value > 0xA0 && isSpace(s[k]) { extra.append(k); extra.append(k + 1) }
        guard !extra.isEmpty else { return }
        boundaries = Array(Set(boundaries).union(extra)).sorted()
    }

    // The character classes below answer ASCII from its code ranges and ask the Unicode tables
    // (`Unicode.Scalar.Properties`) only for the rest: the same answers, without a table lookup for
    // most scalars of English, Dutch and French text.

    /// 0 whitespace, 1 letter/digit, 2 other.
    func charClass(_ c: Unicode.Scalar) -> Int {
        if isSpace(c) { return 0 }
        if isAlnum(c) { return 1 }
        return 2
    }

    /// Whether scalars `a..<b` are all ASCII.
    @inline(__always) func isASCII(_ a: Int, _ b: Int) -> Bool {
        if ascii { return true }
        for k in a..<b where s[k].value >= 0x80 { return false }
        return true
    }

    /// Scalars `a..<b` (all ASCII) as a `String`, each byte mapped by `map`.
    @inline(__always) func asciiString(_ a: Int, _ b: Int, _ map: (UInt8) -> UInt8) -> String {
        String(unsafeUninitializedCapacity: b - a) { buffer in
            for k in a..<b { buffer[k - a] = map(UInt8(truncatingIfNeeded: s[k].value)) }
            return b - a
        }
    }

    /// ``TextKey/fold(_:)`` of the text of scalars `a..<b`, without building that text when it is ASCII.
    func fold(_ a: Int, _ b: Int) -> String {
        if isASCII(a, b) {
            return asciiString(a, b) { c in
                if c >= 0x41 && c <= 0x5A { return c + 32 }
                return (c >= 0x09 && c <= 0x0D) ? 0x20 : c
            }
        }
        return TextKey.fold(string(a, b))
    }

    /// Appends ``fold(_:_:)`` of scalars `a..<b` to `bytes` as UTF-8. ASCII and Latin-1 / Latin Extended-A
    /// scalars (below U+0180) are folded by table, as ``TextKey/fold(_:)`` folds a text made of them; a
    /// piece with any other scalar, or a control character (where that fold treats CR LF as one), is
    /// folded as a `String`.
    func appendFold(_ a: Int, _ b: Int, to bytes: inout [UInt8]) {
        var latin = true
        for k in a..<b {
            let v = s[k].value
            if v >= 0x180 || v < 0x20 { latin = false; break }
        }
        guard latin else {
            bytes.append(contentsOf: fold(a, b).utf8)
            return
        }
        for k in a..<b {
            let v = s[k].value
            if v < 0x80 {
                let c = UInt8(truncatingIfNeeded: v)
                bytes.append(c >= 0x41 && c <= 0x5A ? c + 32 : c)
            } else {
                bytes.append(contentsOf: TextKey.latinFoldBytes[Int(v) - 0x80])
            }
        }
    }

    func makeToken(_ r: Piece) -> Token {
        let value = r.value >= 0 ? values[r.value] : nil
        let start = utf16Offset(r.start), end = utf16Offset(r.end)
        let asciiToken = isASCII(r.start, r.end)
        let t = string(r.start, r.end)
        let key: String
        switch r.kind {
        case .number, .date, .time: key = value?.canonicalValue ?? t
        // ASCII is its own NFC and has no typographic apostrophe.
        case .url: key = asciiToken ? t : ICU.normalize(t, .nfc)
        case .email: key = t.lowercased()
        case .punctuation: key = asciiToken ? t : ICU.normalize(t, .nfc).replacingApostrophes()
        default:
            key = asciiToken ? asciiString(r.start, r.end) { ($0 >= 0x41 && $0 <= 0x5A) ? $0 + 32 : $0 } : TextKey.wordKey(t)
        }
        return Token(text: t, start: start, end: end, kind: r.kind, key: key, value: value)
    }

    /// Slices the text between scalar indices.
    /// - Complexity: O(b − a): the scalars are written as UTF-8 straight into the new string.
    func string(_ a: Int, _ b: Int) -> String {
        var bytes = 0
        for k in a..<b {
            let v = s[k].value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        if bytes == b - a { return asciiString(a, b) { $0 } }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var i = 0
            for k in a..<b {
                let v = s[k].value
                if v < 0x80 {
                    buffer[i] = UInt8(v); i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | v >> 6); buffer[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | v >> 12); buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | v >> 18); buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
                }
            }
            return i
        }
    }

    // MARK: Character classes

    func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A) }
        return switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
    func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    func isAlnum(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return isASCIIAlnum(c) }
        return isLetter(c) || c.properties.generalCategory == .decimalNumber
    }
    func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }
    func isSpace(_ c: Unicode.Scalar) -> Bool {
        // ASCII White_Space: TAB, LF, VT, FF, CR and SPACE.
        if c.value < 0x80 { return c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) }
        return c.properties.isWhitespace
    }
    func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" || c == "\u{02BC}" }
    func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }
    func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return Scan.asciiPunctuation[Int(c.value)] }
        return switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }

    /// ASCII scalars of general category P* (`!"#%&'()*,-./:;?@[\]_{}`), by code.
    static let asciiPunctuation: [Bool] = (0..<128).map { v in
        switch Unicode.Scalar(UInt8(v)).properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: true
        default: false
        }
    }

    /// Whether a placeable may start at `i`: not inside a word ("v1.5", "COVID-19", "x@y").
    func canStart(_ i: Int) -> Bool {
        if i == 0 { return true }
        let p = s[i - 1]
        if isAlnum(p) { return false }
        let before: Unicode.Scalar? = i >= 2 ? s[i - 2] : nil
        if isHyphen(p) || p == "/" || p == "\u{2013}" { return before.map { !isLetter($0) } ?? true || followsTimeMarker(i - 1) }
        if p == "." || p == "," || isApostrophe(p) || p == "@" || p == "_" || p == ":" || p == "#" {
            return before.map { !isAlnum($0) } ?? true
        }
        return true
    }

    /// Whether a placeable may end at `j`: not followed by a letter or digit.
    func canEnd(_ j: Int) -> Bool { j >= n || !(isAlnum(s[j]) || s[j] == "@") }

    func digits(from i: Int) -> Int {
        var j = i
        while j < n && isDigit(s[j]) { j += 1 }
        return j
    }

    func spaces(from i: Int) -> Int {
        var j = i
        while j < n && isSpace(s[j]) && s[j] != "\n" && s[j] != "\r" { j += 1 }
        return j
    }

    /// The value of the digits `a..<b`. Wraps around past 19 digits instead of trapping: callers use the
    /// value only for runs of at most four digits, but compute it before checking the length
    /// ("12345678901234567890/01/2020" used to crash the scan).
    func intValue(_ a: Int, _ b: Int) -> Int {
        var v = 0
        for k in a..<b { v = v &* 10 &+ Int(s[k].value - 0x30) }
        return v
    }
}
