import TaalgrensCore

/// `doubled-space`: two or more spaces in a row in a target (ordinary, no-break, narrow no-break, thin
/// spaces or tabs, in any mix). The source's own doubled spaces are not the translator's and are not
/// reported.
struct DoubledSpaceRule: UnitRule {
    let rule = CheckRule.doubledSpace

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        for target in unit.targets {
            let units = Array(target.text.utf16)
            var i = 0
            while i < units.count {
                guard Self.isHorizontalSpace(units[i]) else { i += 1; continue }
                var j = i
                while j < units.count, Self.isHorizontalSpace(units[j]) { j += 1 }
                if j - i >= 2 {
                    out.append(rule.finding(target.locale, unit.id, text: InlineCodeRule.slice(target.text, i, j), start: i, end: j,
                                            message: "\(j - i) spaces in a row: one is enough.", suggestion: " "))
                }
                i = j
            }
        }
        return out
    }

    static func isHorizontalSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0xA0 || u == 0x202F || u == 0x2009
    }
}
