import Foundation
import TaalgrensCore

/// `untranslated`: the target is empty while the source is not, or the target is the source copied
/// unchanged although the source has at least two words to translate. Words inside names kept as is,
/// inside terms approved with the same spelling in the target's language ("sexting"), inside a passage
/// marked as another language (`<span lang="nl">`, kept as written), and numbers do not
/// count: "Safer Internet Day 2020" may stay as it is.
struct UntranslatedRule: UnitRule {
    let rule = CheckRule.untranslated

    /// The text as compared between units: NFC, white space of any kind collapsed to one space and
    /// trimmed, typographic apostrophes made straight.
    static func normalized(_ s: String) -> String {
        String(ICU.normalize(s, .nfc).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .map { $0 == "’" || $0 == "ʼ" ? "'" : $0 })
    }

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        guard let source = unit.source else { return [] }
        let sourceText = Self.normalized(source.text)
        guard !sourceText.isEmpty else { return [] }
        var out: [Finding] = []
        for target in unit.targets {
            let targetText = Self.normalized(target.text)
            if targetText.isEmpty {
                out.append(rule.finding(target.locale, unit.id, text: "", start: 0, end: 0,
                                        message: "The translation is empty.", severity: .error))
                continue
            }
            guard targetText == sourceText else { continue }
            // Spans that may legitimately stay as they are.
            // A passage marked as another language (`<span lang="nl">`) is kept as written on purpose.
            var kept: [Range<Int>] = source.names.map { $0.start..<$0.end } + source.foreign
            for o in source.terms {
                let entry = context.entry(o)
                let same = entry.approvedTerms(for: target.locale).contains { $0.text.lowercased() == o.term.text.lowercased() }
                if same || context.properties(o).doNotTranslate { kept.append(o.start..<o.end) }
            }
            let words = source.wordTokens.filter { token in
                !token.isElision && token.text.contains(where: \.isLetter) && !kept.contains { $0.lowerBound <= token.start && token.end <= $0.upperBound }
            }
            guard words.count >= 2 else { continue }
            out.append(rule.finding(target.locale, unit.id, text: target.text, start: 0, end: target.text.utf16.count,
                                    message: "The translation is the same as the source: it looks untranslated."))
        }
        return out
    }
}
