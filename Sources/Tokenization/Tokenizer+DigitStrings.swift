import Foundation

extension ScalarText {
    // MARK: Digit strings

    /// A digit string that names rather than counts, at `i`: a telephone number, an enterprise or account
    /// number, a code with a leading zero. Read as one number placeable whose value is its digits
    /// (``NumberValue/literal``), so that it is compared by its digits and copied as written in every
    /// locale: "078 170 170" is not the numbers 78, 170 and 170 in English and Dutch and the grouped number
    /// "170 170" after "078" in French (where a space groups thousands), and its leading zero is kept.
    ///
    /// The forms (`docs/matching.md`, "Tokens"):
    /// - a "+" and a digit, or a "0" and a digit, to begin (ITU-T E.164 numbers are written with "+",
    ///   national numbers in Belgium, the Netherlands and France with a leading trunk "0");
    /// - then groups of digits joined by one separator each: a space (U+0020, U+00A0, U+202F, U+2009),
    ///   ".", "-", U+2011 or "/"; a group in brackets after a space ("+32 (0)2 …") counts as a group;
    /// - with two groups or more: 8 to 15 digits in all (E.164 allows 15), each group at most 8 digits;
    /// - one group alone: a "+" and 8 to 15 digits, or a "0" and 2 to 14 more digits ("078", "0800",
    ///   "0470123456") when no decimal separator and digit follow ("05,5" stays a number);
    /// - not followed by a letter, a digit or "@".
    /// Dates, times and URLs are read before (`rawTokens`), so "01.02.2021" stays a date and "09:30" a time.
    /// - Returns: a `number` token whose value has ``NumberValue/literal`` set, or `nil`.
    /// - Complexity: O(length of the digit string).
    func scanDigitString(_ i: Int) -> RawToken? {
        var j = i
        let plus = s[j] == "+"
        if plus { j += 1 }
        guard j < n, Self.isDigit(s[j]) else { return nil }
        if !plus { guard s[j] == "0", j + 1 < n, Self.isDigit(s[j + 1]) else { return nil } }
        var k = j
        while k < n && Self.isDigit(s[k]) { k += 1 }
        let firstEnd = k
        var digitCount = firstEnd - j
        var groups = 1
        var end = firstEnd
        while k < n {
            var next = k + 1
            let c = s[k]
            if isDigitStringSpace(c) {
                if next < n && s[next] == "(" {
                    // A bracketed group after a space: "+32 (0)2 555 01 23".
                    var e = next + 1
                    while e < n && Self.isDigit(s[e]) { e += 1 }
                    guard e > next + 1, e - next - 1 <= 4, e + 1 < n, s[e] == ")", Self.isDigit(s[e + 1]) else { break }
                    digitCount += e - next - 1
                    groups += 1
                    next = e + 1
                }
            } else if !(c == "." || c == "-" || c == "\u{2011}" || c == "/") {
                break
            }
            guard next < n, Self.isDigit(s[next]) else { break }
            var e = next
            while e < n && Self.isDigit(s[e]) { e += 1 }
            guard e - next <= 8 else { break }
            digitCount += e - next
            groups += 1
            end = e
            k = e
        }
        if groups >= 2, (8...15).contains(digitCount), digitStringEnds(end) {
            return digitString(i, end)
        }
        // One group alone.
        let length = firstEnd - j
        if plus {
            guard (8...15).contains(length), digitStringEnds(firstEnd) else { return nil }
            return digitString(i, firstEnd)
        }
        guard (3...15).contains(length), digitStringEnds(firstEnd) else { return nil }
        if firstEnd + 1 < n, s[firstEnd] == "," || s[firstEnd] == ".", Self.isDigit(s[firstEnd + 1]) { return nil }
        return digitString(i, firstEnd)
    }

    /// The spaces that may join the groups of a digit string.
    private func isDigitStringSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}"
    }

    /// Whether a digit string may end at `j`: not followed by a letter, a digit or "@".
    private func digitStringEnds(_ j: Int) -> Bool {
        guard j < n else { return true }
        let c = s[j]
        if c == "@" || Self.isDigit(c) { return false }
        return !(c.properties.isAlphabetic || c.properties.numericType != nil)
    }

    /// The token of the digit string `s[a..<b]`.
    private func digitString(_ a: Int, _ b: Int) -> RawToken {
        let text = Self.text(s, a, b)
        let digits = NumberValue.digits(of: text)
        let value = Decimal(string: String(digits.drop { $0 == "+" })) ?? 0
        return RawToken(start: a, end: b, kind: .number, value: .number(NumberValue(value: value, literal: text)))
    }
}
