import Foundation
import TaalgrensCore
import Tokenization

/// `number-mismatch`: the numbers, percentages, dates and times of the source and of a target,
/// compared by value with each locale's own way of writing them (``NumberReader``): "1.5" = "1,5",
/// "3,000" = "3.000" = "3 000", "50 per cent" = "50 %" = "50 procent", "1.5 million" = "1,5 miljoen" =
/// "1.500.000", "11 February 2020" = "11 februari 2020" = "11/02/2020", "9 a.m. to 7 p.m." = "9 tot 19
/// uur" = "9 h à 19 h" = "9.00-19.00". A date without a year matches one with the same day and month.
/// A number or time written as a word on one side ("five", "vijf", "noon") may stand for digits on the
/// other; a number that reads as a time ("19.00") matches that time too.
/// A number the source writes the continental way ("ruling 253.000" in English) and the translation
/// copies as written is the same number (``copiedContinentalGrouping(_:_:)``).
/// A value present on one side only is reported; one missing and one added are reported together as
/// a changed value, at the target's value.
struct NumberMismatchRule: UnitRule {
    let rule = CheckRule.numberMismatch

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        guard let source = unit.source else { return [] }
        let sourceValues = context.numberReaders[source.locale]!.values(in: source.text, tokens: source.tokens)
        var out: [Finding] = []
        for target in unit.targets where !target.isUntranslated {
            let targetValues = context.numberReaders[target.locale]!.values(in: target.text, tokens: target.tokens)
            let (missing, added) = Self.unmatched(sourceValues, targetValues)
            for k in 0..<max(missing.count, added.count) {
                if k < missing.count && k < added.count {
                    let m = missing[k], a = added[k]
                    out.append(rule.finding(target.locale, unit.id, text: a.text, start: a.start, end: a.end,
                                            message: "The source has \(quoted(m.text)) where the translation has \(quoted(a.text)): the values differ.",
                                            suggestion: Self.suggestion(m, for: target.locale, like: a)))
                } else if k < missing.count {
                    let m = missing[k]
                    out.append(rule.finding(target.locale, unit.id, text: m.text, start: m.start, end: m.end,
                                            message: "\(quoted(m.text)) of the source is missing from the translation.",
                                            suggestion: Self.suggestion(m, for: target.locale, like: nil), textLocale: source.locale))
                } else {
                    let a = added[k]
                    out.append(rule.finding(target.locale, unit.id, text: a.text, start: a.start, end: a.end,
                                            message: "The translation has \(quoted(a.text)), which is not in the source."))
                }
            }
        }
        return out
    }

    /// The source's value `missing` written the way the target `locale` writes it, for a finding's
    /// suggestion: "310,000" becomes "310 000" (U+202F) in fr-BE and "310.000" in nl-BE, "1 July 2027" becomes
    /// "1 juillet 2027". The Tokenization module's placeable writer does the writing (CLDR separators and
    /// month names), in the shape of `like` (the target's own value at that place) when it is the same kind
    /// ("1er juillet 2028" keeps the "1er"; a grouped number keeps its grouping).
    /// A scaled number ("1.5 million") is written as its whole value ("1.500.000"), a time as `HH:MM` on the
    /// 24-hour clock, a decade by its year or digits ("1990", "90"); anything else as the source writes it.
    static func suggestion(_ missing: Quantity, for locale: LanguageTag, like target: Quantity?) -> String {
        let shape = target?.placeable
        if let placeable = missing.placeable { return placeable.written(for: locale, like: shape) }
        switch missing.kind {
        case .number:
            guard let value = Decimal(string: missing.value, locale: Locale(identifier: "en_US_POSIX")) else { return missing.text }
            let digits = missing.value.filter(\.isNumber).count
            let fraction = missing.value.split(separator: ".").dropFirst().first?.count ?? 0
            return Placeable.number(NumberValue(value: value, fractionDigits: fraction, grouped: digits - fraction >= 5)).written(for: locale, like: shape)
        case .time: return missing.value
        case .date: return missing.text
        }
    }

    /// The hard values of each side that the other side does not have, in text order.
    static func unmatched(_ a: [Quantity], _ b: [Quantity]) -> (missing: [Quantity], added: [Quantity]) {
        var left = a, right = b
        // 0. A continental grouped number in the source copied as written ("ruling 253.000" kept as "arrest
        //    253.000"): see ``copiedContinentalGrouping(_:_:)``.
        pair(&left, &right) { Self.copiedContinentalGrouping($0, $1) }
        // 1. Hard values with equal keys.
        pair(&left, &right) { $0.key == $1.key && !$0.soft && !$1.soft }
        // 1b. Hard values by another reading ("19.00" the number, 19:00 the time).
        pair(&left, &right) { x, y in !x.soft && !y.soft && !Set(x.keys).isDisjoint(with: y.keys) }
        // 2. Dates: a numeric date read with day and month the other way round; a date missing its year,
        //    by day and month.
        pair(&left, &right) { x, y in
            guard x.kind == .date, y.kind == .date, !x.soft, !y.soft else { return false }
            if x.swapped == y.value || y.swapped == x.value || (x.swapped != nil && x.swapped == y.swapped) { return true }
            func dayMonth(_ v: String) -> Substring? { v.hasPrefix("--") ? v.dropFirst(2) : (v.count == 10 ? v.dropFirst(5) : nil) }
            return (x.value.hasPrefix("--") || y.value.hasPrefix("--")) && dayMonth(x.value) != nil && dayMonth(x.value) == dayMonth(y.value)
        }
        // 3. "116 000" read as two numbers on one side and one on the other.
        for (side, other) in [(0, 1), (1, 0)] {
            var this = side == 0 ? left : right, that = other == 0 ? left : right
            var i = 0
            while i + 1 < this.count {
                if let g = this[i].groupedWithNext, this[i + 1].start == this[i].end + 1,
                   let j = that.firstIndex(where: { $0.kind == .number && !$0.soft && $0.value == g }) {
                    that.remove(at: j)
                    this.removeSubrange(i...(i + 1))
                } else { i += 1 }
            }
            if side == 0 { left = this; right = that } else { right = this; left = that }
        }
        // 4. A number or time in words on one side for one in digits on the other.
        pair(&left, &right) { x, y in x.soft != y.soft && !Set(x.keys).isDisjoint(with: y.keys) }
        return (left.filter { !$0.soft }, right.filter { !$0.soft })
    }

    /// Whether `source` and `target` are the same characters that the source locale reads as a decimal
    /// with exactly three decimals and the target locale as a whole number grouped by thousands: English
    /// "ruling 253.000" (253 by English rules) kept as Dutch "arrest 253.000" (253000). Belgian English
    /// copy writes such numbers the continental way, and a case, ruling or file number is copied, never
    /// converted, so the translation is right. The other way round stays a mismatch: English "3,000"
    /// (3000) copied as Dutch "3,000" (3) is a number the translator forgot to convert.
    static func copiedContinentalGrouping(_ source: Quantity, _ target: Quantity) -> Bool {
        guard source.kind == .number, target.kind == .number, !source.soft, !target.soft, source.text == target.text else { return false }
        let separators = source.text.filter { !$0.isNumber }
        guard separators.count == 1, let separator = separators.first, separator == "." || separator == "," else { return false }
        let parts = source.text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 2, (1...3).contains(parts[0].count), parts[1].count == 3 else { return false }
        return source.value != target.value && target.value == String(String(parts[0] + parts[1]).drop(while: { $0 == "0" }))
    }

    private static func pair(_ left: inout [Quantity], _ right: inout [Quantity], _ same: (Quantity, Quantity) -> Bool) {
        var i = 0
        while i < left.count {
            if let j = right.firstIndex(where: { same(left[i], $0) }) {
                left.remove(at: i)
                right.remove(at: j)
            } else {
                i += 1
            }
        }
    }
}
