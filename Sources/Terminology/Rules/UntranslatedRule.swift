import Foundation
import TaalgrensCore

/// `untranslated`: the target is empty while the source is not, or the target is the source copied
/// unchanged although the source has at least two words to translate. Words inside names kept as is,
/// inside terms approved with the same spelling in the target's language ("sexting"), inside a passage
/// marked as another language (`<span lang="nl">`, kept as written), and numbers do not
/// count: "Safer Internet Day 2020" may stay as it is. Nor does a text that reads as a proper name
/// (``isProperName(_:functionWords:)``: "TEDx Tours 2019", a title that is an event's name).
struct UntranslatedRule: UnitRule {
    let rule = CheckRule.untranslated

    /// The text as compared between units: NFC, white space of any kind collapsed to one space and
    /// trimmed, typographic apostrophes made straight.
    static func normalized(_ s: String) -> String {
        String(ICU.normalize(s, .nfc).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            .map { $0 == "’" || $0 == "ʼ" ? "'" : $0 })
    }

    /// The most words a text that reads as a proper name has.
    static let properNameWords = 6

    /// Whether the words left to translate read as a proper name, the same in every language (REALARTICLES10:
    /// the title "TEDx Tours 2019" of an event, flagged `untranslated` in French): at most
    /// ``properNameWords`` words, each capitalised or with a capital inside (`TEDx`, `iPhone`), none a
    /// function word of the source language (`Locales/<locale>/function-words.txt`: "Think Before You
    /// Share" holds "before" and "you", so it is a headline to translate), and not all of them written in
    /// capitals ("BREAKING NEWS" is shouting, not a name).
    /// - Parameters:
    ///   - words: the words that would count, as written.
    ///   - functionWords: the source language's function words, lower case (empty: none known, and no
    ///     text reads as a name, so the rule stays as strict as before).
    static func isProperName(_ words: [String], functionWords: Set<String>) -> Bool {
        guard !functionWords.isEmpty, !words.isEmpty, words.count <= properNameWords else { return false }
        let capitalised = words.allSatisfy { word in
            word.first?.isUppercase == true || word.dropFirst().contains(where: \.isUppercase)
        }
        let allCapitals = words.allSatisfy { !$0.contains(where: \.isLowercase) }
        let functional = words.contains { functionWords.contains(LanguageProfiles.normalise($0)) }
        return capitalised && !allCapitals && !functional
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
            guard words.count >= 2, !Self.isProperName(words.map(\.text), functionWords: context.functionWords(of: source.locale)) else { continue }
            out.append(rule.finding(target.locale, unit.id, text: target.text, start: 0, end: target.text.utf16.count,
                                    message: "The translation is the same as the source: it looks untranslated."))
        }
        return out
    }
}
