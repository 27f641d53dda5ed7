import Foundation

/// The placeable recognisers of the scan: each looks at scalar index `i`, where a placeable may start,
/// and returns the token it recognises or `nil`.
extension Scan {
    // MARK: URLs, e-mail addresses, handles and hashtags

    /// `http://`, `https://`, `ftp://` or `www.`, then everything up to whitespace or a quotation mark;
    /// final punctuation (".", ",", ")" without its "(", …) is left out.
    func scanURL(_ i: Int) -> RawToken? {
        let first = lowerASCII(s[i])
        guard first == "h" || first == "f" || first == "w" else { return nil }
        var start = -1
        for scalars in Scan.urlPrefixes {
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
        // An address has its "@": a text without one (most) skips the scan of every word's local part.
        guard holdsAt, isASCIIAlnum(s[i]) else { return nil }
        var j = i
        while j < n && (isASCIIAlnum(s[j]) || Scan.isEmailLocalPunctuation(s[j])) { j += 1 }
        guard j < n, s[j] == "@", j > i, s[j - 1] != "." else { return nil }
        var k = j + 1
        while k < n && (isASCIIAlnum(s[k]) || s[k] == "-" || s[k] == ".") { k += 1 }
        while k > j + 1 && (s[k - 1] == "." || s[k - 1] == "-") { k -= 1 }
        let labels = string(j + 1, k).split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter), canEnd(k) else { return nil }
        return RawToken(start: i, end: k, kind: .email, value: .email(string(i, k)))
    }

    /// One of `._%+-`, which an e-mail address's local part may hold besides ASCII letters and digits.
    @inline(__always) static func isEmailLocalPunctuation(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "_" || c == "%" || c == "+" || c == "-"
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
        guard let value = Decimal(string: literal, locale: Scan.posix) else { return nil }
        return (value, fraction.count, grouped)
    }

    /// The locale whose decimal separator is "." (read once: making a `Locale` costs more than the parse).
    static let posix = Locale(identifier: "en_US_POSIX")

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
        // A word of two letters or more whose first two are ASCII and begin no month name is no month: said
        // before the word is scanned (most words at which a date may start are no month).
        if let prefixes = conventions.asciiMonthPrefixes, i + 1 < n, s[i].value < 0x80, s[i + 1].value < 0x80, isLetter(s[i + 1]),
           !prefixes.contains(lowerASCII(s[i]).value << 8 | lowerASCII(s[i + 1]).value) {
            return nil
        }
        var j = i
        while j < n && isLetter(s[j]) { j += 1 }
        guard j - i <= conventions.longestMonthName else { return nil }
        // The fold without the word's `String` when it is ASCII (most candidates are not month names).
        let folded = fold(i, j)
        guard let month = conventions.monthByName[folded] else { return nil }
        if conventions.monthsCapitalized, let first = string(i, j).first, !first.isUppercase { return nil }
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
