import TaalgrensCore

/// `missing-term`: the source holds a term of an entry, and the target holds none of the entry's
/// approved terms for its locale. Entries without terms in the target's language are skipped; names
/// kept as is are left to `dnt-changed`; a target that uses the entry's deprecated term is left to
/// `forbidden-term` (a superseded term does not satisfy this rule: `docs/glossary.md`). In a language that
/// writes closed compounds (Dutch) a compound that begins or ends with an approved term satisfies it
/// ("school days" → "schooldagen"). One finding per entry and target, at the first source occurrence.
struct MissingTermRule: UnitRule {
    let rule = CheckRule.missingTerm

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        guard let source = unit.source else { return [] }
        var out: [Finding] = []
        for target in unit.targets where !target.isUntranslated {
            var seen = Set<Int>()
            for occurrence in source.terms where seen.insert(occurrence.entryIndex).inserted {
                let entry = context.entry(occurrence)
                if context.properties(occurrence).doNotTranslate { continue }
                let approved = entry.approvedTerms(for: target.locale)
                guard !approved.isEmpty else { continue }
                if context.renders(occurrence.entryIndex, in: target, approvedOnly: true) { continue }
                // A deprecated term is forbidden-term's to report.
                if target.terms.contains(where: { $0.entryIndex == occurrence.entryIndex && $0.term.status == .deprecated }) { continue }
                let options = approved.map { quoted($0.text) }
                out.append(rule.finding(target.locale, unit.id, termId: entry.id, text: occurrence.text,
                                        start: occurrence.start, end: occurrence.end,
                                        message: "The source term \(quoted(occurrence.text)) is not translated with the approved term: use \(options.joined(separator: " or ")).",
                                        suggestion: approved[0].text, textLocale: source.locale))
            }
        }
        return out
    }
}
