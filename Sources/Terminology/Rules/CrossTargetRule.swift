import TaalgrensCore

/// `cross-target`: in a unit with two or more targets, an entry's term is recognised in one target and
/// the entry is not rendered in another target, whatever the source says. (A name kept as is counts
/// only when the source lacks it; otherwise `dnt-changed` checks each target against the source.) The targets are compared with each other, so the rule overlaps `missing-term` by design when
/// the source holds the term: `missing-term` says the translation departs from the source,
/// `cross-target` that the two translations disagree, which also catches a term one translator added
/// for a source that has none. "Rendered" is the looser test of `missing-term` (a Dutch closed compound
/// that begins or ends with the term counts). The finding goes to the target that lacks the term and
/// points at the term in the other target. Only approved terms (preferred, admitted) of the other target
/// count: a deprecated or superseded one is `forbidden-term`'s to report there, and no model for this one
/// (a French "phishing" the termbase forbids must not ask the Dutch translation for "phishing"). A verb term
/// (TBX `partOfSpeech` verb) found in one target asks nothing of a target whose language the entry lists no verb
/// for: the other translation may use the verb the termbase does not list. Nor does it ask anything where the
/// unit has a source that does not use the entry's verb as a verb (``CompoundFinder/readsAsNoun(_:in:)``): a verb
/// carries several senses, and the translator's "signaler" may point out or label, "aangeven dat" say, "Meld je
/// aan" sign up, where the source names no report (blind set 6). A case-sensitive term (an acronym, a name not kept
/// as is) that a target copies as written from a source that does not hold the entry asks nothing either: it is the
/// source's own word, a brand or another acronym ("AVG" the antivirus beside the Dutch "AVG" of the GDPR). A shorter
/// form that takes up the full term of the units just before renders it, as for `missing-term` (blind set 7). In a
/// language that puts adjectives after the noun (`headFirst`, French), a one-word noun term right after a noun is an
/// adjective ("une confiance mutuelle", "un comité indépendant", "un ordinateur portable"): where the source does not
/// hold the entry, it asks nothing either (``CheckContext/standsAsAdjective(_:in:)``; blind set 8).
struct CrossTargetRule: UnitRule {
    let rule = CheckRule.crossTarget

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        let targets = unit.targets.filter { !$0.isUntranslated }
        guard targets.count >= 2 else { return [] }
        let namesInSource = Set(unit.source?.names.map(\.entryIndex) ?? [])
        let entriesInSource = Set(unit.source?.terms.map(\.entryIndex) ?? [])
        let sourceWords = Set(unit.source?.wordTokens.map(\.text) ?? [])
        // The entries whose verb the source uses as a verb (not as a noun: "the report points out").
        let verbsInSource: Set<Int> = unit.source.map { source in
            let finder = CompoundFinder(rules: context.rules(for: source.locale), functionWords: context.functionWords(of: source.locale))
            return Set(source.terms.filter { $0.term.isVerb && !finder.readsAsNoun($0, in: source) }.map(\.entryIndex))
        } ?? []
        var out: [Finding] = []
        var reported = Set<[Int]>()
        for (a, target) in targets.enumerated() {
            var seen = Set<Int>()
            let approved = (target.terms + target.names).filter { $0.term.status.isApproved }
            let sorted = approved.sorted(by: { $0.start < $1.start })
            for first in sorted where seen.insert(first.entryIndex).inserted {
                let entry = context.entry(first)
                let dnt = entry.effectiveProperties(of: first.term).doNotTranslate
                // A name the source holds is dnt-changed's to check in each target.
                if dnt && namesInSource.contains(first.entryIndex) { continue }
                // A verb carries several senses ("signaler" reports, points out and labels; "aangeven dat" says):
                // a verb one translator chose asks nothing of the other where the source names no such action.
                if first.term.isVerb, unit.source != nil, !verbsInSource.contains(first.entryIndex) { continue }
                // A case-sensitive term (an acronym, a name) copied as written from a source that does not hold the
                // entry is the source's own word kept, a brand or another acronym ("AVG", the antivirus, beside
                // the Dutch acronym of the GDPR), not a rendering of the entry.
                if !dnt, unit.source != nil, context.properties(first).caseSensitive, !entriesInSource.contains(first.entryIndex),
                   sourceWords.contains(first.text) { continue }
                // A noun term's word right after a noun, where the language puts adjectives after the noun, is an
                // adjective ("confiance mutuelle", "comité indépendant", "ordinateur portable"; blind set 8): where the
                // source does not hold the entry, it asks nothing of the other target.
                if !dnt, unit.source != nil, !entriesInSource.contains(first.entryIndex), context.standsAsAdjective(first, in: target) { continue }
                for (b, other) in targets.enumerated() where b != a {
                    // A verb term asks nothing of a translation whose language the entry gives no verb for (Dutch
                    // "gehackt" of the admitted "hacken" beside French nouns only: "piraté" renders no noun).
                    let otherHasVerb = entry.approvedTerms(for: other.locale).contains(where: \.isVerb)
                    guard let occurrence = sorted.first(where: { $0.entryIndex == first.entryIndex && (otherHasVerb || !$0.term.isVerb) }) else { continue }
                    if context.renders(occurrence.entryIndex, in: other, approvedOnly: false)
                        || context.takesUp(occurrence.entryIndex, in: other, earlier: unit.earlierTargets[other.locale] ?? []) { continue }
                    let expected = dnt ? [occurrence.term] : entry.approvedTerms(for: other.locale)
                    guard !expected.isEmpty, reported.insert([occurrence.entryIndex, b]).inserted else { continue }
                    out.append(rule.finding(other.locale, unit.id, termId: entry.id, text: occurrence.text,
                                            start: occurrence.start, end: occurrence.end,
                                            message: "The \(target.locale) translation uses \(quoted(occurrence.text)) here, but this translation has no \(expected.map { quoted($0.text) }.joined(separator: " or ")).",
                                            suggestion: expected[0].text, textLocale: target.locale))
                }
            }
        }
        return out
    }
}
