import TaalgrensCore

/// `cross-target`: in a unit with two or more targets, an entry's term (or a name kept as is) occurs
/// in one target and nothing of the entry occurs in another target, while the source holds none of
/// the entry's terms (when it does, `missing-term` or `dnt-changed` already reports the gap). The
/// finding goes to the target that lacks the term and points at the term in the other target.
struct CrossTargetRule: UnitRule {
    let rule = CheckRule.crossTarget

    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding] {
        guard unit.targets.count >= 2 else { return [] }
        func occurrences(_ v: VariantAnalysis) -> [Int: TermOccurrence] {
            var byEntry: [Int: TermOccurrence] = [:]
            for o in v.terms + v.names where byEntry[o.entryIndex] == nil { byEntry[o.entryIndex] = o }
            return byEntry
        }
        let inSource = unit.source.map(occurrences) ?? [:]
        let perTarget = unit.targets.map(occurrences)
        var out: [Finding] = []
        var reported = Set<[Int]>()
        for (a, present) in perTarget.enumerated() {
            for (entryIndex, occurrence) in present.sorted(by: { $0.key < $1.key }) where inSource[entryIndex] == nil {
                let entry = context.termbase.entries[entryIndex]
                let dnt = entry.effectiveProperties(of: occurrence.term).doNotTranslate
                for (b, other) in perTarget.enumerated() where b != a && other[entryIndex] == nil {
                    let locale = unit.targets[b].locale
                    let expected = dnt ? [occurrence.term] : entry.approvedTerms(for: locale)
                    guard !expected.isEmpty, reported.insert([entryIndex, b]).inserted else { continue }
                    let sourceLocale = unit.targets[a].locale
                    out.append(rule.finding(locale, unit.id, termId: entry.id, text: occurrence.text,
                                            start: occurrence.start, end: occurrence.end,
                                            message: "The \(sourceLocale) translation uses \(quoted(occurrence.text)) here, but this translation has no \(expected.map { quoted($0.text) }.joined(separator: " or ")).",
                                            suggestion: expected[0].text, textLocale: sourceLocale))
                }
            }
        }
        return out
    }
}
