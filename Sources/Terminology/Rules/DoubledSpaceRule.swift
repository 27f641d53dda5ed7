import TaalgrensCore

/// `doubled-space`: two or more spaces in a row in a target (ordinary, no-break, narrow no-break, thin
/// spaces or tabs, in any mix). Spaces on both sides of an inline code ("line <br/> line") are not in a
/// row: the code stands between them. The source's own doubled spaces are not the translator's and are
/// not reported.
struct DoubledSpaceRule: UnitRule {
    let rule = CheckRule.doubledSpace

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        for target in unit.targets where !target.isUntranslated {
            // Offsets count the plain text (a line break stands for one space there); runs are looked
            // for inside each text element only.
            var offset = 0
            for element in target.content.elements {
                guard case .text(let run) = element else {
                    if case .code(let code) = element { offset += code.plainText.utf16.count }
                    continue
                }
                let units = Array(run.utf16)
                defer { offset += units.count }
                var i = 0
                while i < units.count {
                    guard Self.isHorizontalSpace(units[i]) else { i += 1; continue }
                    var j = i
                    while j < units.count, Self.isHorizontalSpace(units[j]) { j += 1 }
                    if j - i >= 2 {
                        out.append(rule.finding(target.locale, unit.id, text: String(decoding: units[i..<j], as: UTF16.self),
                                                start: offset + i, end: offset + j,
                                                message: "\(j - i) spaces in a row: one is enough.", suggestion: " "))
                    }
                    i = j
                }
            }
        }
        return out
    }

    static func isHorizontalSpace(_ u: UInt16) -> Bool {
        u == 0x20 || u == 0x09 || u == 0xA0 || u == 0x202F || u == 0x2009
    }
}
