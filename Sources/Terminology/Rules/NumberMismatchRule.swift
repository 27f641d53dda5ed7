import TaalgrensCore

/// `number-mismatch`: the numbers, percentages, dates and times of the source and of a target,
/// compared by value with each locale's own way of writing them (``NumberReader``): "1.5" = "1,5",
/// "3,000" = "3.000" = "3 000", "50 per cent" = "50 %" = "50 procent", "11 February 2020" =
/// "11 februari 2020" = "11/02/2020". A date without a year matches one with the same day and month.
/// A number written as a word on one side ("five", "vijf") may stand for digits on the other.
/// A value present on one side only is reported; one missing and one added are reported together as
/// a changed value, at the target's value.
struct NumberMismatchRule: UnitRule {
    let rule = CheckRule.numberMismatch

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        guard let source = unit.source else { return [] }
        let sourceValues = NumberReader(format: context.rules(for: source.locale).numbers).values(in: source.text)
        var out: [Finding] = []
        for target in unit.targets {
            let targetValues = NumberReader(format: context.rules(for: target.locale).numbers).values(in: target.text)
            let (missing, added) = Self.unmatched(sourceValues, targetValues)
            for k in 0..<max(missing.count, added.count) {
                if k < missing.count && k < added.count {
                    let m = missing[k], a = added[k]
                    out.append(rule.finding(target.locale, unit.id, text: a.text, start: a.start, end: a.end,
                                            message: "The source has \(quoted(m.text)) where the translation has \(quoted(a.text)): the values differ.",
                                            suggestion: m.text))
                } else if k < missing.count {
                    let m = missing[k]
                    out.append(rule.finding(target.locale, unit.id, text: m.text, start: m.start, end: m.end,
                                            message: "\(quoted(m.text)) of the source is missing from the translation.",
                                            suggestion: m.text, textLocale: source.locale))
                } else {
                    let a = added[k]
                    out.append(rule.finding(target.locale, unit.id, text: a.text, start: a.start, end: a.end,
                                            message: "The translation has \(quoted(a.text)), which is not in the source."))
                }
            }
        }
        return out
    }

    /// The hard values of each side that the other side does not have, in text order.
    static func unmatched(_ a: [NumberValue], _ b: [NumberValue]) -> (missing: [NumberValue], added: [NumberValue]) {
        var left = a, right = b
        // 1. Hard values with equal keys.
        pair(&left, &right) { $0.key == $1.key && !$0.soft && !$1.soft }
        // 2. Dates missing a year, by day and month.
        pair(&left, &right) { x, y in
            guard x.kind == .date, y.kind == .date, !x.soft, !y.soft else { return false }
            return (x.value.hasPrefix("????") || y.value.hasPrefix("????")) && x.value.dropFirst(4) == y.value.dropFirst(4)
        }
        // 3. A number in words on one side for a number in digits on the other.
        pair(&left, &right) { $0.key == $1.key && $0.soft != $1.soft }
        return (left.filter { !$0.soft }, right.filter { !$0.soft })
    }

    private static func pair(_ left: inout [NumberValue], _ right: inout [NumberValue], _ same: (NumberValue, NumberValue) -> Bool) {
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
