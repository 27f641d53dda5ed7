import Foundation
import TaalgrensCore

/// Cuts a segment into tokens for matching, alignment anchors and term recognition.
///
/// The tokenizer runs in three steps (`docs/matching.md`, "Tokens"):
/// 1. **Placeables first.** A left-to-right scan recognises URLs (with a scheme or `www.`, query string
///    included), e-mail addresses, dates (numeric or with a month name), numbers (with grouping and
///    decimal separators, see ``Tokenizer/tokens(_:)``) and handles/hashtags. A placeable only starts
///    where a word could start (not inside "COVID-19" or "v1.5") and only ends before a non-letter.
/// 2. **ICU word boundaries** (UAX #29, through `ICU.wordBoundaries`) cut the text between placeables.
/// 3. **Locale-independent rules** fix what UAX #29 gets wrong for Dutch and French: hyphenated words are
///    joined ("e-mail", "peut-être", "a-t-il", "COVID-19"); an elided article or pronoun is split off
///    ("l'internet" → "l'" + "internet", "qu'il" → "qu'" + "il"): the part before the apostrophe is one
///    letter or ends in "qu", and the part after has two letters or more, so "z'n" and "I'm" stay whole;
///    a word-initial apostrophe with one letter ("'s avonds", "'t") is one word.
///
/// Number and date conventions (separators, month names, day/month order) come from CLDR through
/// Foundation for the tokenizer's locale; nothing is special-cased per locale in code.
public struct Tokenizer: Sendable {
    /// The locale whose conventions read numbers and dates.
    public let locale: LanguageTag
    let conventions: LocaleConventions

    /// Creates a tokenizer for `locale`. The locale's CLDR conventions are loaded once per process; the
    /// orders in which it writes a day next to a month name come from `Locales/<locale>/dates.json` of the
    /// data folder that `DataDirectory.locate()` finds (CLDR's spelled-out order alone when no folder is
    /// found or the file cannot be read; use ``init(locale:data:)`` to have a bad file reported).
    public init(locale: LanguageTag) {
        self.locale = locale
        self.conventions = LocaleConventions.for(locale)
    }

    /// Creates a tokenizer for `locale` whose day/month orders come from `data`
    /// (`Locales/<locale>/dates.json`, `dayMonthOrders`: "dm" for "1 maart", "md" for "March 1").
    /// - Parameters:
    ///   - locale: the locale whose conventions read numbers and dates.
    ///   - data: the data folder holding `Locales/`.
    /// - Throws: `InputError` naming `dates.json` when it is unreadable or malformed.
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
        return scanner.run(icuLocale: conventions.icuLocale)
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

struct Scan {
    let text: String
    let conventions: LocaleConventions
    /// The text's Unicode scalars, and the UTF-16 offset of each (plus one past the end).
    var s: [Unicode.Scalar] = []
    var offset: [Int] = []
    let utf16: [UInt16]
    var n: Int { s.count }

    init(text: String, conventions: LocaleConventions) {
        self.text = text
        self.conventions = conventions
        self.utf16 = Array(text.utf16)
        s.reserveCapacity(text.utf16.count)
        var o = 0
        for scalar in text.unicodeScalars {
            s.append(scalar)
            offset.append(o)
            o += scalar.utf16.count
        }
        offset.append(o)
    }

    mutating func run(icuLocale: String) -> [Token] {
        if s.isEmpty { return [] }
        var protected: [RawToken] = []
        var i = 0
        while i < n {
            if canStart(i), let t = scanURL(i) ?? scanEmail(i) ?? scanDate(i) ?? scanNumber(i) ?? scanTag(i) {
                protected.append(t)
                i = t.end
            } else {
                i += 1
            }
        }
        // ICU boundaries for the whole text, as scalar indices.
        var boundaries: [Int] = []
        if let icu = try? ICU.wordBoundaries(in: text, locale: icuLocale) {
            // UTF-16 offset → scalar index (-1 inside a surrogate pair).
            var scalarAt = [Int](repeating: -1, count: utf16.count + 1)
            for (k, o) in offset.enumerated() { scalarAt[o] = k }
            boundaries = icu.compactMap { $0.offset >= 0 && $0.offset < scalarAt.count && scalarAt[$0.offset] >= 0 ? scalarAt[$0.offset] : nil }
        } else {
            // Without ICU: cut where the character class changes.
            for k in 1...n where k == n || charClass(s[k]) != charClass(s[k - 1]) || charClass(s[k]) == 2 {
                boundaries.append(k)
            }
        }
        var raw: [RawToken] = []
        var b = 0
        var gapStart = 0
        func gap(_ from: Int, _ to: Int, into raw: inout [RawToken]) {
            var pieces: [RawToken] = []
            var last = from
            while b < boundaries.count && boundaries[b] <= from { b += 1 }
            while b < boundaries.count && boundaries[b] < to {
                if let p = classify(last, boundaries[b]) { pieces.append(p) }
                last = boundaries[b]
                b += 1
            }
            if last < to, let p = classify(last, to) { pieces.append(p) }
            raw += fixUp(pieces)
        }
        for p in protected {
            if gapStart < p.start { gap(gapStart, p.start, into: &raw) }
            raw.append(p)
            gapStart = p.end
        }
        if gapStart < n { gap(gapStart, n, into: &raw) }
        return raw.map(makeToken)
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

    func makeToken(_ r: RawToken) -> Token {
        let u = utf16[offset[r.start]..<offset[r.end]]
        let t = String(decoding: u, as: UTF16.self)
        let key: String
        switch r.kind {
        case .number, .date: key = r.value?.canonicalValue ?? t
        case .url: key = ICU.normalize(t, .nfc)
        case .email: key = t.lowercased()
        case .punctuation: key = ICU.normalize(t, .nfc).replacingApostrophes()
        default: key = TextKey.wordKey(t)
        }
        return Token(text: t, start: offset[r.start], end: offset[r.end], kind: r.kind, key: key, value: r.value)
    }

    /// Slices the text between scalar indices.
    func string(_ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[a..<b])
        return String(v)
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
        if isHyphen(p) || p == "/" || p == "\u{2013}" { return before.map { !isLetter($0) } ?? true }
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

    func intValue(_ a: Int, _ b: Int) -> Int {
        var v = 0
        for k in a..<b { v = v * 10 + Int(s[k].value - 0x30) }
        return v
    }
}
