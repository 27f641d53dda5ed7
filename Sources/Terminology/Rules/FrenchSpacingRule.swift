import TaalgrensCore

/// `french-spacing`: for locales whose `terminology.json` has `spacing` rules (French), each listed
/// punctuation mark (; : ! ?) must follow one of its accepted no-break spaces, and each opening « must
/// be followed, each closing » preceded, by one. An ordinary space in that place, or none, is reported.
/// Not reported: a mark at the start of the text or after another listed mark ("?!"), a colon between
/// digits ("14:30") or in "://", marks inside URLs and e-mail addresses.
struct FrenchSpacingRule: UnitRule {
    let rule = CheckRule.frenchSpacing

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        for target in unit.targets where !target.isUntranslated {
            guard let spacing = context.rules(for: target.locale).spacing else { continue }
            out += check(target, spacing, unit.id)
        }
        return out
    }

    private func check(_ variant: VariantAnalysis, _ spacing: SpacingRules, _ unit: String) -> [Finding] {
        let units = Array(variant.text.utf16)
        let masked = BaseTokens.links(from: variant.tokens).map(\.range)
        func unitSet(_ strings: [String]) -> Set<UInt16> { Set(strings.compactMap { $0.utf16.count == 1 ? $0.utf16.first : nil }) }
        var before: [UInt16: Set<UInt16>] = [:]
        for (mark, spaces) in spacing.before { if let m = mark.utf16.first, mark.utf16.count == 1 { before[m] = unitSet(spaces) } }
        let opening = unitSet(spacing.openingQuotes), closing = unitSet(spacing.closingQuotes), inside = unitSet(spacing.insideSpaces)
        let digit: (UInt16) -> Bool = { (0x30...0x39).contains($0) }
        var out: [Finding] = []
        func report(_ start: Int, _ end: Int, _ mark: String, ordinary: Bool, fixed: String) {
            let text = InlineCodeRule.slice(variant.text, start, end)
            let problem = ordinary ? "an ordinary space" : "no space"
            out.append(rule.finding(variant.locale, unit, text: text, start: start, end: end,
                                    message: "\(problem.prefix(1).uppercased() + problem.dropFirst()) at \(quoted(mark)): French typography wants \(spacing.advice).",
                                    suggestion: fixed))
        }
        for (i, u) in units.enumerated() where !masked.contains(where: { $0.contains(i) }) {
            let mark = String(decoding: [u], as: UTF16.self)
            if let accepted = before[u] {
                guard i > 0 else { continue }
                let p = units[i - 1]
                if accepted.contains(p) || before[p] != nil { continue }
                if u == 0x3A, digit(p), i + 1 < units.count, digit(units[i + 1]) { continue }
                if u == 0x3A, i + 2 < units.count, units[i + 1] == 0x2F, units[i + 2] == 0x2F { continue }
                let preferred = String(decoding: [spacing.before[mark]?.first?.utf16.first ?? 0x202F], as: UTF16.self)
                if p == 0x20 {
                    report(i - 1, i + 1, mark, ordinary: true, fixed: preferred + mark)
                } else if !WordKeys.isSpace(p) {
                    report(i, i + 1, mark, ordinary: false, fixed: preferred + mark)
                }
            } else if opening.contains(u) {
                guard i + 1 < units.count else { continue }
                let n = units[i + 1]
                let preferred = String(decoding: [spacing.insideSpaces.first?.utf16.first ?? 0x202F], as: UTF16.self)
                if inside.contains(n) { continue }
                if n == 0x20 { report(i, i + 2, mark, ordinary: true, fixed: mark + preferred) }
                else if !WordKeys.isSpace(n) { report(i, i + 1, mark, ordinary: false, fixed: mark + preferred) }
            } else if closing.contains(u) {
                guard i > 0 else { continue }
                let p = units[i - 1]
                let preferred = String(decoding: [spacing.insideSpaces.first?.utf16.first ?? 0x202F], as: UTF16.self)
                if inside.contains(p) { continue }
                if p == 0x20 { report(i - 1, i + 1, mark, ordinary: true, fixed: preferred + mark) }
                else if !WordKeys.isSpace(p) { report(i, i + 1, mark, ordinary: false, fixed: preferred + mark) }
            }
        }
        return out
    }
}
