import Foundation
import TaalgrensCore

// The tokenizer as it was before the fast path (commit 74a264d), kept unchanged as the reference the
// tests compare ``Scan`` with (`Tokenizer.tokens(_:strategy:)` with `.reference`): a scalar array per
// text, a fresh ICU break iterator per call, a `String` per token, key and scalar slice. Do not optimise
// this file: its value is that it is the straightforward algorithm.

struct ReferenceScan: ScalarText {
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
            if canStart(i), let t = scanURL(i) ?? scanEmail(i) ?? scanKeycap(i) ?? scanDate(i) ?? scanTime(i) ?? scanDigitString(i) ?? scanNumber(i) ?? scanTag(i) {
                protected.append(t)
                i = t.end
            } else {
                i += 1
            }
        }
        // ICU boundaries for the whole text, as scalar indices.
        var boundaries: [Int] = []
        if let icu = try? ICU.wordBoundaries(in: text, locale: icuLocale, reusingIterator: false) {
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
        // Every white-space scalar above U+00A0 is a piece of its own (UAX #29 glues U+202F to the word before
        // it; `Scan.separateSpaces()`, seventeenth trial, finding 6).
        for k in 0..<n where s[k].value > 0xA0 && s[k].properties.isWhitespace { boundaries += [k, k + 1] }
        boundaries = Array(Set(boundaries)).sorted()
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
        case .number, .date, .time: key = r.value?.canonicalValue ?? t
        case .url: key = ICU.normalize(t, .nfc)
        case .email: key = t.lowercased()
        case .punctuation: key = ICU.normalize(t, .nfc).replacingApostrophes()
        default: key = ReferenceScan.wordKey(t)
        }
        return Token(text: t, start: offset[r.start], end: offset[r.end], kind: r.kind, key: key, value: r.value)
    }

    /// The matching key of a word: NFC, full case folding, typographic apostrophes as U+0027.
    static func wordKey(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        var out = ICU.foldCase(ICU.normalize(s, .nfc))
        if out.contains("\u{2019}") || out.contains("\u{02BC}") {
            out = out.replacingApostrophes()
        }
        return out
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
        if c.value < 0x80 { return ReferenceScan.asciiPunctuation[Int(c.value)] }
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

extension ReferenceScan {
    /// The kind of the piece between two ICU boundaries, or `nil` for whitespace.
    func classify(_ a: Int, _ b: Int) -> RawToken? {
        // An emoji or another pictograph (with its modifiers and joiners) is neither a word nor a symbol key.
        if s[a].value >= 0xA9 || (b - a >= 2 && (s[a + 1] == "\u{FE0F}" || s[a + 1] == "\u{20E3}")), isPictographic(a, b) {
            return RawToken(start: a, end: b, kind: .emoji)
        }
        var letters = false, digits = false, others = false, punct = true
        for k in a..<b {
            let c = s[k]
            if c.value < 0x80 {
                // ASCII: control characters (C0, DEL) and spaces are skipped like Cc and White_Space below.
                if c.value < 0x20 || c.value == 0x7F || c.value == 0x20 { continue }
                if isLetter(c) { letters = true } else if isDigit(c) { digits = true } else { others = true }
                if !ReferenceScan.asciiPunctuation[Int(c.value)] { punct = false }
                continue
            }
            if isSpace(c) || c.properties.generalCategory == .control || c.properties.generalCategory == .format { continue }
            if isLetter(c) { letters = true } else if c.properties.generalCategory == .decimalNumber { digits = true } else { others = true }
            if !isPunctuation(c) { punct = false }
        }
        if !letters && !digits && !others { return nil }
        if letters || digits { return RawToken(start: a, end: b, kind: .word) }
        return RawToken(start: a, end: b, kind: punct ? .punctuation : .symbol)
    }

    /// Joins hyphenated words and word-initial apostrophes, then splits elided articles and pronouns.
    func fixUp(_ pieces: [RawToken]) -> [RawToken] {
        var joined: [RawToken] = []
        var k = 0
        while k < pieces.count {
            var t = pieces[k]
            // "'s", "'t": an apostrophe at a word start followed by a one-letter word.
            if t.kind == .punctuation, t.end - t.start == 1, isApostrophe(s[t.start]),
               t.start == 0 || isSpace(s[t.start - 1]) || isPunctuation(s[t.start - 1]),
               k + 1 < pieces.count, pieces[k + 1].kind == .word, pieces[k + 1].start == t.end,
               pieces[k + 1].end - pieces[k + 1].start == 1, isLetter(s[t.end]) {
                t = RawToken(start: t.start, end: pieces[k + 1].end, kind: .word)
                k += 1
            }
            // word - word (- word …): "e-mail", "a-t-il", "COVID-19"; at least one side has a letter.
            while t.kind == .word, k + 2 < pieces.count,
                  pieces[k + 1].kind == .punctuation, pieces[k + 1].start == t.end, pieces[k + 1].end - pieces[k + 1].start == 1,
                  isHyphen(s[pieces[k + 1].start]),
                  pieces[k + 2].kind == .word, pieces[k + 2].start == pieces[k + 1].end,
                  hasLetter(t) || hasLetter(pieces[k + 2]) {
                t.end = pieces[k + 2].end
                k += 2
            }
            joined.append(t)
            k += 1
        }
        var out: [RawToken] = []
        for t in joined {
            guard t.kind == .word else { out.append(t); continue }
            var rest = t
            while let cut = elisionCut(rest) {
                out.append(RawToken(start: rest.start, end: cut, kind: .word))
                rest.start = cut
            }
            out.append(rest)
        }
        return out
    }

    func hasLetter(_ t: RawToken) -> Bool { (t.start..<t.end).contains { isLetter(s[$0]) } }

    /// Where to split an elided word ("l'internet" → after "l'"), or nil: the part before the first
    /// apostrophe is one letter or ends in "qu", and at least two letters follow it.
    func elisionCut(_ t: RawToken) -> Int? {
        guard let a = (t.start..<t.end).first(where: { isApostrophe(s[$0]) }), a > t.start else { return nil }
        let prefix = a - t.start
        guard (t.start..<a).allSatisfy({ isLetter(s[$0]) }) else { return nil }
        let qu = prefix >= 2 && lowerASCII(s[a - 2]) == "q" && lowerASCII(s[a - 1]) == "u"
        guard prefix == 1 || qu else { return nil }
        guard t.end - (a + 1) >= 2, isLetter(s[a + 1]), isLetter(s[a + 2]) else { return nil }
        return a + 1
    }
}

extension ReferenceScan {
    // MARK: URLs, e-mail addresses, handles and hashtags

    /// `http://`, `https://`, `ftp://` or `www.`, then everything up to whitespace or a quotation mark;
    /// final punctuation (".", ",", ")" without its "(", …) is left out.
    func scanURL(_ i: Int) -> RawToken? {
        let first = lowerASCII(s[i])
        guard first == "h" || first == "f" || first == "w" else { return nil }
        var start = -1
        for scalars in ReferenceScan.urlPrefixes {
            if i + scalars.count < n, (0..<scalars.count).allSatisfy({ lowerASCII(s[i + $0]) == scalars[$0] }) {
                start = i + scalars.count
                break
            }
        }
        guard start >= 0, start < n, isAlnum(s[start]) || s[start] == "[" else { return nil }
        let stops: Set<Unicode.Scalar> = ["<", ">", "\"", "«", "»", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "`"]
        var j = start
        while j < n && !isSpace(s[j]) && !stops.contains(s[j]) { j += 1 }
        let trailing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", "'", ")", "]", "}", "*"]
        while j > start, trailing.contains(s[j - 1]) {
            if s[j - 1] == ")" {
                let opens = s[i..<(j - 1)].filter { $0 == "(" }.count, closes = s[i..<(j - 1)].filter { $0 == ")" }.count
                if opens > closes { break }
            }
            j -= 1
        }
        guard j > start else { return nil }
        return RawToken(start: i, end: j, kind: .url, value: .url(string(i, j)))
    }

    static let urlPrefixes: [[Unicode.Scalar]] = ["https://", "http://", "ftp://", "www."].map { Array($0.unicodeScalars) }

    func lowerASCII(_ c: Unicode.Scalar) -> Unicode.Scalar {
        (c.value >= 0x41 && c.value <= 0x5A) ? Unicode.Scalar(c.value + 32)! : c
    }

    /// `local@domain.tld`: ASCII letters, digits and `._%+-` before the `@`; two or more dot-separated
    /// labels after it, the last of two letters or more.
    func scanEmail(_ i: Int) -> RawToken? {
        guard isASCIIAlnum(s[i]) else { return nil }
        var j = i
        while j < n && (isASCIIAlnum(s[j]) || "._%+-".unicodeScalars.contains(s[j])) { j += 1 }
        guard j < n, s[j] == "@", j > i, s[j - 1] != "." else { return nil }
        var k = j + 1
        while k < n && (isASCIIAlnum(s[k]) || s[k] == "-" || s[k] == ".") { k += 1 }
        while k > j + 1 && (s[k - 1] == "." || s[k - 1] == "-") { k -= 1 }
        let labels = string(j + 1, k).split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter), canEnd(k) else { return nil }
        return RawToken(start: i, end: k, kind: .email, value: .email(string(i, k)))
    }

    /// `@name` (ASCII letters, digits, `_`) and `#name` (letters, digits, `_`, at least one letter).
    func scanTag(_ i: Int) -> RawToken? {
        guard s[i] == "@" || s[i] == "#" else { return nil }
        let handle = s[i] == "@"
        var j = i + 1
        var letters = 0
        while j < n, handle ? (isASCIIAlnum(s[j]) || s[j] == "_") : (isAlnum(s[j]) || s[j] == "_") {
            if isLetter(s[j]) { letters += 1 }
            j += 1
        }
        guard letters > 0, canEnd(j) else { return nil }
        let text = string(i, j)
        return RawToken(start: i, end: j, kind: handle ? .handle : .hashtag, value: handle ? .handle(text) : .hashtag(text))
    }

    // MARK: Numbers

    /// A number by the rules documented on ``Tokenizer/tokens(_:)``.
    func scanNumber(_ i: Int) -> RawToken? {
        var j = i
        var negative = false
        if s[j] == "-" || s[j] == "\u{2212}" {
            guard j + 1 < n, isDigit(s[j + 1]) else { return nil }
            negative = true
            j += 1
        }
        guard j < n, isDigit(s[j]) else { return nil }
        var groups: [(Int, Int)] = []
        var seps: [Unicode.Scalar] = []
        var e = digits(from: j)
        groups.append((j, e))
        j = e
        while j + 1 < n {
            let c = s[j]
            guard isDigit(s[j + 1]) else { break }
            let spaceSep = c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}" || (c == " " && conventions.groupsWithSpace)
            guard c == "." || c == "," || spaceSep else { break }
            e = digits(from: j + 1)
            if spaceSep {
                // A space groups only three digits after a valid first group ("3 000", not "2020 10").
                let first = groups[0]
                guard e - (j + 1) == 3, first.1 - first.0 <= 3, seps.allSatisfy({ isSpace($0) }) else { break }
            }
            seps.append(isSpace(c) ? " " : c)
            groups.append((j + 1, e))
            j = e
        }
        guard canEnd(j) else { return nil }
        guard let (value, fraction, grouped) = interpretNumber(groups: groups, seps: seps, negative: negative) else { return nil }
        return RawToken(start: i, end: j, kind: .number,
                        value: .number(NumberValue(value: value, fractionDigits: fraction, grouped: grouped)))
    }

    func interpretNumber(groups: [(Int, Int)], seps: [Unicode.Scalar], negative: Bool) -> (Decimal, Int, Bool)? {
        let texts = groups.map { string($0.0, $0.1) }
        func validGrouping(_ parts: ArraySlice<String>) -> Bool {
            guard let first = parts.first, (1...3).contains(first.count), first == "0" ? parts.count == 1 : !first.hasPrefix("0") else { return false }
            return parts.dropFirst().allSatisfy { $0.count == 3 }
        }
        var integer = texts.joined()
        var fraction = ""
        var grouped = false
        if seps.isEmpty {
            integer = texts[0]
        } else if seps.count == 1 {
            let sep = seps[0]
            let decimal: Bool
            if sep == " " { decimal = false }
            else if texts[1].count != 3 || !validGrouping(texts[0..<2]) { decimal = true }
            else { decimal = String(sep) == conventions.decimalSeparator }
            if decimal { integer = texts[0]; fraction = texts[1] }
            else { grouped = true }
        } else {
            let last = seps[seps.count - 1]
            let earlier = Set(seps.dropLast())
            guard earlier.count == 1, let groupSep = earlier.first else { return nil }
            if last == groupSep {
                guard validGrouping(texts[...]) else { return nil }
                grouped = true
            } else {
                guard last != " ", validGrouping(texts[0..<(texts.count - 1)]) else { return nil }
                integer = texts.dropLast().joined()
                fraction = texts[texts.count - 1]
                grouped = true
            }
        }
        let literal = (negative ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
        guard let value = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return (value, fraction.count, grouped)
    }

    // MARK: Dates

    /// Numeric dates ("09/02/2021", "9.2.21", "2021-02-09") and dates with a month name ("9 February 2021",
    /// "1er février", "February 9, 2021", "februari 2021", "9 févr. 2021").
    ///
    /// Numeric day and month follow CLDR's order for the locale (`en`: month first), swapped when only the
    /// other order gives a valid date. A month name must be capitalised where CLDR capitalises it (English
    /// "May" but not "may"); an abbreviated name is accepted only after a day or before a period. A day
    /// and a month name are read only in the orders the locale writes them (`Locales/<locale>/dates.json`:
    /// "1 maart" but never "maart 1" in nl-BE), and a number followed by a thousands group ("1.200",
    /// "1 200") is never a day.
    func scanDate(_ i: Int) -> RawToken? {
        if isDigit(s[i]) { return scanNumericDate(i) ?? scanDayFirstDate(i) }
        if isLetter(s[i]) { return scanMonthFirstDate(i) }
        return nil
    }

    func scanNumericDate(_ i: Int) -> RawToken? {
        let e1 = digits(from: i)
        guard e1 < n, "/.-".unicodeScalars.contains(s[e1]) else { return nil }
        let sep = s[e1]
        let e2 = digits(from: e1 + 1)
        guard e2 > e1 + 1, e2 - e1 - 1 <= 2, e2 < n, s[e2] == sep else { return nil }
        let e3 = digits(from: e2 + 1)
        guard e3 > e2 + 1, canEnd(e3), !(e3 + 1 < n && (s[e3] == sep) && isDigit(s[e3 + 1])) else { return nil }
        let l1 = e1 - i, l2 = e2 - e1 - 1, l3 = e3 - e2 - 1
        let a = intValue(i, e1), b = intValue(e1 + 1, e2), c = intValue(e2 + 1, e3)
        var date: DateValue?
        if l1 == 4 {
            guard l3 <= 2, valid(day: c, month: b, year: a) else { return nil }
            date = DateValue(year: a, month: b, day: c, form: .numeric(order: "ymd", separator: Character(sep), padded: l2 == 2 && l3 == 2, shortYear: false))
        } else if l1 <= 2, l3 == 2 || l3 == 4 {
            let year = l3 == 4 ? c : 2000 + c
            let padded = l1 == 2 && l2 == 2
            let form: (String) -> DateValue.Form = { .numeric(order: $0, separator: Character(sep), padded: padded, shortYear: l3 == 2) }
            let (d1, m1, o1) = conventions.monthFirst ? (b, a, "mdy") : (a, b, "dmy")
            let (d2, m2, o2) = conventions.monthFirst ? (a, b, "dmy") : (b, a, "mdy")
            if valid(day: d1, month: m1, year: year) { date = DateValue(year: year, month: m1, day: d1, form: form(o1)) }
            else if valid(day: d2, month: m2, year: year) { date = DateValue(year: year, month: m2, day: d2, form: form(o2)) }
        }
        guard let date else { return nil }
        return RawToken(start: i, end: e3, kind: .date, value: .date(date))
    }

    func valid(day: Int, month: Int, year: Int?) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if month == 2, day == 29, let year { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }
        return day <= lengths[month - 1]
    }

    /// A month name at `i`: (month, end, abbreviated). The end includes a final period after a short name.
    func monthName(at i: Int, afterDay: Bool) -> (Int, Int, Bool)? {
        guard i < n, isLetter(s[i]) else { return nil }
        var j = i
        while j < n && isLetter(s[j]) { j += 1 }
        guard j - i <= conventions.longestMonthName else { return nil }
        if let prefixes = conventions.asciiMonthPrefixes, j - i >= 2, s[i].value < 0x80, s[i + 1].value < 0x80,
           !prefixes.contains(lowerASCII(s[i]).value << 8 | lowerASCII(s[i + 1]).value) {
            return nil
        }
        let word = string(i, j)
        let folded = TextKey.foldWithOffsets(word).folded
        guard let month = conventions.monthByName[folded] else { return nil }
        if conventions.monthsCapitalized, let first = word.first, !first.isUppercase { return nil }
        let short = conventions.shortNames.contains(folded)
        if short {
            let dot = j < n && s[j] == "."
            guard afterDay || dot else { return nil }
            if dot { j += 1 }
        }
        guard j >= n || !isAlnum(s[j]) else { return nil }
        return (month, j, short)
    }

    /// A four-digit year at `i` (1000–2999), or nil.
    func year(at i: Int) -> (Int, Int)? {
        guard i < n, isDigit(s[i]) else { return nil }
        let e = digits(from: i)
        guard e - i == 4, canEnd(e), !(e + 1 < n && (s[e] == "." || s[e] == ",") && isDigit(s[e + 1])) else { return nil }
        let y = intValue(i, e)
        guard (1000...2999).contains(y) else { return nil }
        return (y, e)
    }

    /// Whether a thousands group follows at `e`: a separator the number scan joins groups with (".", ",",
    /// a no-break or thin space, a plain space where the locale groups with spaces) and exactly three
    /// digits. Then the digits before `e` are the head of a grouped number ("1.200", "1 200"), never a day.
    func startsDigitGroup(at e: Int) -> Bool {
        guard e < n else { return false }
        let sep = s[e].value
        let groups = sep == 0x2E || sep == 0x2C || sep == 0xA0 || sep == 0x202F || sep == 0x2009
            || (sep == 0x20 && conventions.groupsWithSpace)
        guard groups, e + 4 <= n, isDigit(s[e + 1]), isDigit(s[e + 2]), isDigit(s[e + 3]) else { return false }
        return e + 4 == n || !isDigit(s[e + 4])
    }

    /// A day number with an optional ordinal suffix ("9", "1er", "21st"): (day, end, suffix).
    func day(at i: Int) -> (Int, Int, String)? {
        guard i < n, isDigit(s[i]) else { return nil }
        let e = digits(from: i)
        guard e - i <= 2 else { return nil }
        let d = intValue(i, e)
        guard (1...31).contains(d), !startsDigitGroup(at: e) else { return nil }
        var j = e
        while j < n && j - e < 3 && s[j].value >= 0x61 && s[j].value <= 0x7A { j += 1 }
        guard j >= n || !isAlnum(s[j]) else { return nil }
        return (d, j, string(e, j))
    }

    func scanDayFirstDate(_ i: Int) -> RawToken? {
        guard conventions.dayMonthOrders.contains("dm"), let (d, dayEnd, written) = day(at: i) else { return nil }
        var (e, suffix) = (dayEnd, written)
        // German and the other languages whose CLDR pattern is `d. MMMM y` write the day with a period.
        if suffix.isEmpty, conventions.dayPeriod, e < n, s[e] == "." { (e, suffix) = (e + 1, ".") }
        let m0 = spaces(from: e)
        guard m0 > e, let (month, me, short) = monthName(at: m0, afterDay: true) else { return nil }
        let y0 = spaces(from: me)
        if y0 > me, let (y, ye) = year(at: y0), valid(day: d, month: month, year: y) {
            return RawToken(start: i, end: ye, kind: .date, value: .date(DateValue(
                year: y, month: month, day: d, form: .textual(order: "dmy", abbreviated: short, daySuffix: suffix, comma: false))))
        }
        guard valid(day: d, month: month, year: nil) else { return nil }
        return RawToken(start: i, end: me, kind: .date, value: .date(DateValue(
            year: nil, month: month, day: d, form: .textual(order: "dm", abbreviated: short, daySuffix: suffix, comma: false))))
    }

    func scanMonthFirstDate(_ i: Int) -> RawToken? {
        guard let (month, me, short) = monthName(at: i, afterDay: false) else { return nil }
        let x = spaces(from: me)
        guard x > me else { return nil }
        if let (y, ye) = year(at: x) {
            return RawToken(start: i, end: ye, kind: .date, value: .date(DateValue(
                year: y, month: month, day: nil, form: .textual(order: "my", abbreviated: short, daySuffix: "", comma: false))))
        }
        guard conventions.dayMonthOrders.contains("md"), let (d, de, suffix) = day(at: x),
              valid(day: d, month: month, year: nil) else { return nil }
        var y0 = de
        var comma = false
        if y0 < n && s[y0] == "," { comma = true; y0 += 1 }
        let y1 = spaces(from: y0)
        if y1 > y0, let (y, ye) = year(at: y1), valid(day: d, month: month, year: y) {
            return RawToken(start: i, end: ye, kind: .date, value: .date(DateValue(
                year: y, month: month, day: d, form: .textual(order: "mdy", abbreviated: short, daySuffix: suffix, comma: comma))))
        }
        return RawToken(start: i, end: de, kind: .date, value: .date(DateValue(
            year: nil, month: month, day: d, form: .textual(order: "md", abbreviated: short, daySuffix: suffix, comma: false))))
    }
}
