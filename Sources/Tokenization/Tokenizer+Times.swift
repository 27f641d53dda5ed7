import TaalgrensCore

/// The text a scan reads, as Unicode scalars, with the locale's conventions: what the recognisers of
/// times, keycaps and pictographs below need. Both the fast scan (``Scan``) and the reference one
/// (``ReferenceScan``) conform, so that the two run the same code for these.
protocol ScalarText {
    /// The text's Unicode scalars.
    var s: [Unicode.Scalar] { get }
    /// `s.count`.
    var n: Int { get }
    /// The locale's number, date and time conventions.
    var conventions: LocaleConventions { get }
}

extension ScalarText {
    // MARK: Times

    /// A time of day at `i`, by the forms of `docs/matching.md`, "Times": an hour of one or two digits, then
    /// - ":" and two digits of minutes, optionally followed by a marker ("17:45", "5:45 a.m.");
    /// - "." and two digits of minutes followed by a marker ("17.45 uur", "5.45 pm"), since "17.45" alone is
    ///   a decimal and "17.04" a date;
    /// - an hour letter with two digits of minutes ("17u45", "17 h 45"), or alone ("17u", "17 h");
    /// - a marker alone ("17 uur", "5 pm", "5 p.m.", "8 heures");
    /// - an hour marker followed by one space and two digits of minutes, where the locale's
    ///   `minutesAfterMarker` says so ("8 heures 30" in fr-BE).
    /// Markers are the locale's hour markers, hour letters and a.m./p.m. words (`times.json`), matched
    /// without regard to ASCII case, after at most one space (plain, U+00A0 or U+202F), and must end the
    /// word. The hour is 0–23, or 1–12 with a.m./p.m.; minutes 00–59. A colon time followed by ":" and a
    /// digit ("12:30:15") is not read.
    /// - Returns: a token of kind `time` whose value keeps the written shape, or `nil`.
    func scanTime(_ i: Int) -> RawToken? { scanTime(i, allowRange: true) }

    /// ``scanTime(_:)``, reading the first end of a range (``scanRangeStart(_:hourEnd:hour:minute:separator:end:)``)
    /// only when `allowRange`.
    func scanTime(_ i: Int, allowRange: Bool) -> RawToken? {
        guard Self.isDigit(s[i]) else { return nil }
        var e = i
        while e < n && Self.isDigit(s[e]) { e += 1 }
        guard e - i <= 2 else { return nil }
        let hour = Self.number(s, i, e)
        let forms = conventions.times
        // Minutes after ":" or ".".
        if e < n, s[e] == ":" || s[e] == ".", let minute = twoDigits(at: e + 1) {
            let colon = s[e] == ":"
            let afterMinutes = e + 3
            if colon, afterMinutes + 1 < n, s[afterMinutes] == ":", Self.isDigit(s[afterMinutes + 1]) { return nil }
            if let (suffixEnd, twelve) = suffix(at: afterMinutes, forms) {
                return token(i, e, hour: hour, minute: minute, separator: (e, e + 1), suffix: (afterMinutes, suffixEnd), twelveHour: twelve)
            }
            if !colon, allowRange, let start = scanRangeStart(i, hourEnd: e, hour: hour, minute: minute, separator: (e, e + 1), end: afterMinutes) {
                return start  // "van 9.00 tot 17.00 uur"
            }
            guard colon, endsWord(afterMinutes) else { return nil }
            return token(i, e, hour: hour, minute: minute, separator: (e, e + 1), suffix: (afterMinutes, afterMinutes), twelveHour: false)
        }
        // An hour letter, with minutes ("17u45", "17 h 45") or alone ("17u", "17 h").
        let letterStart = space(at: e)
        if let letterEnd = match(forms.hourLetters, at: letterStart, wholeWord: false) {
            let minuteStart = space(at: letterEnd)
            if let minute = twoDigits(at: minuteStart), endsWord(minuteStart + 2) {
                return token(i, e, hour: hour, minute: minute, separator: (e, minuteStart), suffix: (minuteStart + 2, minuteStart + 2), twelveHour: false)
            }
        }
        // A marker after the hour alone, or, where the locale writes so, with minutes after it ("8 heures 30").
        if let (suffixEnd, twelve) = suffix(at: e, forms) {
            if forms.minutesAfterMarker, !twelve, match(forms.hourMarkers, at: space(at: e)) == suffixEnd {
                let minuteStart = space(at: suffixEnd)
                // Not the whole part of a decimal or a percentage: "à 8 heures 24,3 m", "8 heures 30 %".
                let after = minuteStart + 2
                let quantity = after + 1 < n && (s[after] == "," || s[after] == ".") && Self.isDigit(s[after + 1])
                    || (space(at: after) < n && s[space(at: after)] == "%")
                if minuteStart > suffixEnd, !quantity, let minute = twoDigits(at: minuteStart), endsWord(minuteStart + 2) {
                    return token(i, e, hour: hour, minute: minute, separator: (e, minuteStart), suffix: (minuteStart + 2, minuteStart + 2), twelveHour: false)
                }
            }
            return token(i, e, hour: hour, minute: nil, separator: nil, suffix: (e, suffixEnd), twelveHour: twelve)
        }
        // The first end of a range whose marker is written once ("van 9 tot 17 uur", "14–16 uur", "9-17u").
        return allowRange ? scanRangeStart(i, hourEnd: e, hour: hour, minute: nil, separator: nil, end: e) : nil
    }

    /// The first end of a range of times at `i` whose marker is written once, after the second end: an hour
    /// (`i..<hourEnd`, with minutes after `separator` when written: "9.00") ending at `end`, then at most one
    /// space, one of the locale's `rangeJoiners` ("tot", "à", "to", "–", "-"; a word joiner between spaces),
    /// at most one space, and a time with a marker of its own ("17 uur", "17.00 uur", "17u", "17 h", "5 p.m.",
    /// "5pm"). The first end takes the second's clock: on the 12-hour clock its period is the second's when
    /// its hour comes first on the dial ("9–11 a.m."), else the other ("9 to 5 p.m." starts at 9 a.m.,
    /// "11–1 p.m." at 11 a.m.). Dutch and French write one "uur" or "h" for both ends (seventeenth trial,
    /// finding 9: "van 9 tot 17 uur" was a number and a time, so the draft kept the old opening hours).
    /// - Returns: a `time` token over `i..<end` written without a marker (suffix ""), or `nil`.
    func scanRangeStart(_ i: Int, hourEnd: Int, hour: Int, minute: Int?, separator: (Int, Int)?, end: Int) -> RawToken? {
        let forms = conventions.times
        guard !forms.rangeJoiners.isEmpty, endsWord(end) else { return nil }
        let k = space(at: end)
        guard let (joinerEnd, isWord) = joiner(at: k, forms.rangeJoiners) else { return nil }
        let m = space(at: joinerEnd)
        if isWord && (k == end || m == joinerEnd) { return nil }  // "9 tot 17", never "9tot17"
        guard m < n, Self.isDigit(s[m]), let second = scanTime(m, allowRange: false),
              case .time(let other)? = second.value, !other.form.suffix.allSatisfy(\.isWhitespace) else { return nil }
        if let minute, minute > 59 { return nil }
        var h = hour
        if other.form.twelveHour {
            guard (1...12).contains(hour) else { return nil }
            let first = hour % 12, last = other.hour % 12, afternoon = other.hour >= 12
            h = first + ((first <= last ? afternoon : !afternoon) ? 12 : 0)
        } else {
            guard hour <= 23 else { return nil }
        }
        let form = TimeValue.Form(hourDigits: hourEnd - i, separator: separator.map { Self.text(s, $0.0, $0.1) }, suffix: "",
                                  twelveHour: other.form.twelveHour)
        return RawToken(start: i, end: end, kind: .time, value: .time(TimeValue(hour: h, minute: minute ?? 0, form: form)))
    }

    /// The end of the first of `joiners` written at `j` (without regard to ASCII case) and whether it is a
    /// word (which must end there), or `nil`.
    private func joiner(at j: Int, _ joiners: [[Unicode.Scalar]]) -> (Int, Bool)? {
        for w in joiners {
            let isWord = w.last.map { $0.properties.isAlphabetic } ?? false
            if let end = match([w], at: j, wholeWord: isWord) { return (end, isWord) }
        }
        return nil
    }

    /// Whether the hyphen or dash at `h` follows a time's marker written against its hour ("9h-17h",
    /// "9u-17u", "9am–5pm"): letters (and periods) back to a digit that are one of the locale's hour
    /// letters, hour markers or a.m./p.m. markers. A placeable may then start after the dash, as after
    /// "9-": the second end of the range is a time too.
    func followsTimeMarker(_ h: Int) -> Bool {
        var j = h - 1
        while j >= 0, s[j].properties.isAlphabetic || s[j] == "." { j -= 1 }
        guard j >= 0, j < h - 1, Self.isDigit(s[j]) else { return false }
        let forms = conventions.times
        let word = s[(j + 1)..<h].map { c in c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 32)! : c }
        return (forms.hourLetters + forms.hourMarkers + forms.am + forms.pm).contains { $0 == word }
    }

    /// The end of a marker at `j` (after at most one space) and whether it is an a.m./p.m. marker.
    private func suffix(at j: Int, _ forms: TimeForms) -> (Int, Bool)? {
        let k = space(at: j)
        if let end = match(forms.am, at: k) ?? match(forms.pm, at: k) { return (end, true) }
        if let end = match(forms.hourMarkers, at: k) ?? match(forms.hourLetters, at: k) { return (end, false) }
        return nil
    }

    /// A `time` token over `i..<suffix.1` when hour and minutes are valid on their clock.
    private func token(_ i: Int, _ hourEnd: Int, hour: Int, minute: Int?, separator: (Int, Int)?, suffix: (Int, Int),
                       twelveHour: Bool) -> RawToken? {
        var h = hour
        if twelveHour {
            guard (1...12).contains(hour) else { return nil }
            let pm = match(conventions.times.pm, at: space(at: suffix.0)) != nil
            h = hour % 12 + (pm ? 12 : 0)
        } else {
            guard hour <= 23 else { return nil }
        }
        if let minute, minute > 59 { return nil }
        let form = TimeValue.Form(hourDigits: hourEnd - i, separator: separator.map { Self.text(s, $0.0, $0.1) },
                                  suffix: Self.text(s, suffix.0, suffix.1), twelveHour: twelveHour)
        return RawToken(start: i, end: suffix.1, kind: .time, value: .time(TimeValue(hour: h, minute: minute ?? 0, form: form)))
    }

    /// The value of exactly two digits at `j` not followed by a third, or `nil`.
    private func twoDigits(at j: Int) -> Int? {
        guard j + 1 < n, Self.isDigit(s[j]), Self.isDigit(s[j + 1]), j + 2 >= n || !Self.isDigit(s[j + 2]) else { return nil }
        return Self.number(s, j, j + 2)
    }

    /// `j + 1` when a space of one character (U+0020, U+00A0, U+202F) is at `j`, else `j`.
    private func space(at j: Int) -> Int {
        j < n && (s[j] == " " || s[j] == "\u{00A0}" || s[j] == "\u{202F}") ? j + 1 : j
    }

    /// The end of the first of `words` (lower-cased scalars) written at `j` without regard to ASCII case (and
    /// ending a word there when `wholeWord`), or `nil`.
    private func match(_ words: [[Unicode.Scalar]], at j: Int, wholeWord: Bool = true) -> Int? {
        for w in words where j + w.count <= n {
            var k = 0
            while k < w.count {
                let c = s[j + k]
                let lower = c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 32)! : c
                if lower != w[k] { break }
                k += 1
            }
            if k == w.count, !wholeWord || endsWord(j + k) { return j + k }
        }
        return nil
    }

    /// Whether no letter, digit or mark follows at `j` (the end of a token read here).
    private func endsWord(_ j: Int) -> Bool {
        guard j < n else { return true }
        let c = s[j]
        if c.value < 0x80 { return !((c.value >= 0x30 && c.value <= 0x39) || (c.value | 0x20 >= 0x61 && c.value | 0x20 <= 0x7A)) }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return false
        default: return true
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    /// The value of the ASCII digits `a..<b` (at most two here).
    static func number(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int {
        var v = 0
        for k in a..<b { v = v * 10 + Int(s[k].value - 0x30) }
        return v
    }

    /// The scalars `a..<b` as a `String`.
    static func text(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[a..<b])
        return String(v)
    }

    // MARK: Emoji

    /// A keycap at `i`: "0"–"9", "#" or "*", an optional U+FE0F and U+20E3 ("1️⃣", "#️⃣"), as a token of
    /// kind `emoji`, or `nil`. Read before numbers and hashtags, which would take the digit or the "#".
    func scanKeycap(_ i: Int) -> RawToken? {
        let c = s[i]
        guard Self.isDigit(c) || c == "#" || c == "*" else { return nil }
        var j = i + 1
        if j < n, s[j] == "\u{FE0F}" { j += 1 }
        guard j < n, s[j] == "\u{20E3}" else { return nil }
        return RawToken(start: i, end: j + 1, kind: .emoji)
    }

    /// Whether the scalars `a..<b` (one piece between word boundaries) are an emoji or another pictographic
    /// symbol: each scalar is `Extended_Pictographic` or `Regional_Indicator` (a flag's letters), an
    /// `Emoji_Modifier` (skin tone), U+200D ZERO WIDTH JOINER, a variation selector (U+FE0E, U+FE0F), the
    /// keycap mark U+20E3 after "0"–"9", "#" or "*", or a tag character (U+E0020–U+E007F, subdivision
    /// flags), and at least one is pictographic or a regional indicator (Unicode Technical Standard #51,
    /// through ICU's properties). "%", "€", "°", "+", "=" and "&" are not pictographic; "©", "®" and "™" are.
    /// - Complexity: O(b − a); ASCII first scalars answer at once.
    func isPictographic(_ a: Int, _ b: Int) -> Bool {
        var k = a
        var pictograph = false
        while k < b {
            let c = s[k]
            let v = c.value
            if Self.isDigit(c) || c == "#" || c == "*" {
                var j = k + 1
                if j < b, s[j] == "\u{FE0F}" { j += 1 }
                guard j < b, s[j] == "\u{20E3}" else { return false }
                pictograph = true
                k = j + 1
                continue
            }
            if v < 0xA9 { return false }
            if v == 0x200D || v == 0xFE0E || v == 0xFE0F || (0xE0020...0xE007F).contains(v) || ICU.hasProperty(c, .emojiModifier) {
                k += 1
                continue
            }
            guard ICU.hasProperty(c, .extendedPictographic) || ICU.hasProperty(c, .regionalIndicator) else { return false }
            pictograph = true
            k += 1
        }
        return pictograph
    }
}
