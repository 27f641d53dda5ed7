import TaalgrensCore

/// `forbidden-term`: a deprecated term is an error in a target; a superseded term (an old name, replaced)
/// a warning there; either is a warning in the source. A text that is also an approved term of another
/// entry (the same words, the same place) is not reported.
struct ForbiddenTermRule: UnitRule {
    let rule = CheckRule.forbiddenTerm

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        for variant in (unit.source.map { [$0] } ?? []) + unit.targets.filter({ !$0.isUntranslated }) {
            let isSource = variant.locale == unit.source?.locale
            for occurrence in variant.terms where !occurrence.term.status.isApproved {
                let alsoApproved = variant.terms.contains {
                    $0.start == occurrence.start && $0.end == occurrence.end && $0.term.status.isApproved
                }
                if alsoApproved { continue }
                let entry = context.entry(occurrence)
                let better = entry.preferredTerm(for: variant.locale)
                let status = occurrence.term.status == .superseded ? "superseded" : "deprecated"
                var message = isSource
                    ? "The source uses the \(status) term \(quoted(occurrence.text))"
                    : "\(quoted(occurrence.text)) is a \(status) term"
                message += better.map { isSource ? "; the preferred term is \(quoted($0.text))." : ": use \(quoted($0.text)) instead." } ?? "."
                out.append(rule.finding(variant.locale, unit.id, termId: entry.id, text: occurrence.text,
                                        start: occurrence.start, end: occurrence.end, message: message,
                                        suggestion: better?.text,
                                        severity: isSource || occurrence.term.status == .superseded ? .warning : .error))
            }
        }
        return out
    }
}
