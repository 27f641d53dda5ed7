import TaalgrensCore

/// `forbidden-term`: a deprecated term is an error in a target; a superseded term (an old name, replaced)
/// a warning there; either is a warning in the source. A deprecated term the termbase rates of low reliability
/// (IATE's code 1 or 2, ``Term/hasLowReliability``) is a warning in a target too, saying so. A text that is also an approved term of another
/// entry (the same words, the same place) is not reported.
///
/// A target that keeps a deprecated or superseded term of an entry whose deprecated or superseded term the
/// source itself uses translates the source faithfully ("The Safer Internet Programme was replaced by Better
/// Internet for Kids": the target must name the old programme too), so only the source is reported; the
/// suggestion to write the preferred term would make the target say something else. A deprecated target term
/// for an approved source term ("hotline" in Dutch for the English preferred "hotline") is still reported.
///
/// In a language that writes closed compounds (Dutch), a target word built on a deprecated term ("emailadres"
/// on the forbidden "email") is reported too, for an entry the source holds and the target renders in no
/// approved way (``CheckContext/deprecatedCompoundWord(_:in:)``).
struct ForbiddenTermRule: UnitRule {
    let rule = CheckRule.forbiddenTerm

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        // Entries the source names by a deprecated or superseded term of its own.
        let followedInSource = Set(unit.source?.terms.filter { !$0.term.status.isApproved }.map(\.entryIndex) ?? [])
        for variant in (unit.source.map { [$0] } ?? []) + unit.targets.filter({ !$0.isUntranslated }) {
            let isSource = variant.locale == unit.source?.locale
            for occurrence in variant.terms where !occurrence.term.status.isApproved {
                if !isSource && followedInSource.contains(occurrence.entryIndex) { continue }
                let alsoApproved = variant.terms.contains {
                    $0.start == occurrence.start && $0.end == occurrence.end && $0.term.status.isApproved
                }
                if alsoApproved { continue }
                let entry = context.entry(occurrence)
                let better = entry.replacement(for: occurrence.term, in: variant.locale)
                let status = occurrence.term.status == .superseded ? "superseded" : "deprecated"
                var message = isSource
                    ? "The source uses the \(status) term \(quoted(occurrence.text))"
                    : "\(quoted(occurrence.text)) is a \(status) term"
                message += better.map { isSource ? "; the preferred term is \(quoted($0.text))." : ": use \(quoted($0.text)) instead." } ?? "."
                // A deprecation the termbase rates of low reliability (IATE 1 or 2) is a warning.
                let weak = occurrence.term.hasLowReliability
                if weak && !isSource && occurrence.term.status != .superseded { message += occurrence.term.lowReliabilityClause(quoted(occurrence.term.text)) }
                out.append(rule.finding(variant.locale, unit.id, termId: entry.id, text: occurrence.text,
                                        start: occurrence.start, end: occurrence.end, message: message,
                                        suggestion: better?.text,
                                        severity: isSource || occurrence.term.status == .superseded || weak ? .warning : .error))
            }
        }
        // A deprecated term inside a closed compound of a target (Dutch "emailadres" for "e-mail address"), for an
        // entry the source holds and the target renders in no approved way.
        if let source = unit.source {
            let entries = Set(source.terms.filter { $0.term.status.isApproved }.map(\.entryIndex)).sorted()
            for variant in unit.targets where !variant.isUntranslated {
                for e in entries {
                    guard let w = context.deprecatedCompoundWord(e, in: variant) else { continue }
                    let word = variant.wordTokens[w], entry = context.termbase.entries[e]
                    let better = entry.preferredTerm(for: variant.locale)
                    out.append(rule.finding(variant.locale, unit.id, termId: entry.id, text: word.text, start: word.start, end: word.end,
                                            message: "\(quoted(word.text)) is built on a deprecated term" + (better.map { ": use \(quoted($0.text)) instead." } ?? "."),
                                            suggestion: better?.text))
                }
            }
        }
        return out
    }
}
