import TaalgrensCore

/// `inconsistent-translation`, across all the units checked together:
/// - **sentences**: units with the same source (white space and Unicode normalisation aside) whose
///   translations into one locale differ; the units that depart from the most frequent translation
///   (ties: the first seen) are reported, with that translation as the suggestion;
/// - **reverse**: units with the same translation into one locale whose sources differ; the units that
///   depart from the most frequent source are reported;
/// - **terms** (only with ``TermChecker/checksTermConsistency``): for one source term (one entry), units
///   that render it with different approved terms of the entry; units that use a term other than the most
///   frequent one, and not that one as well, are reported at the term, with the entry's id. Off by
///   default: admitted synonyms are there to be used, and real translations mix them.
struct InconsistentTranslationRule: SetRule {
    let rule = CheckRule.inconsistentTranslation

    func check(_ units: [UnitAnalysis], _ context: CheckContext) -> [Finding] {
        var out: [Finding] = []
        // Pairs (unit, source, target) per target locale.
        var pairs: [LanguageTag: [(unit: String, source: String, target: VariantAnalysis, location: CheckUnit.SourceLocation?)]] = [:]
        for unit in units {
            guard let source = unit.source else { continue }
            let s = UntranslatedRule.normalized(source.text)
            guard s.contains(where: \.isLetter) else { continue }
            for target in unit.targets where !target.isUntranslated {
                let t = UntranslatedRule.normalized(target.text)
                guard !t.isEmpty else { continue }
                pairs[target.locale, default: []].append((unit.id, s, target, unit.location(target.locale)))
            }
        }
        for locale in pairs.keys.sorted() {
            let list = pairs[locale]!
            // Same source, different targets.
            for (_, members) in groups(list, by: { $0.source }) {
                let (majority, count) = mostFrequent(members.map { UntranslatedRule.normalized($0.target.text) })
                guard count < members.count else { continue }
                let reference = members.first { UntranslatedRule.normalized($0.target.text) == majority }!
                for m in members where UntranslatedRule.normalized(m.target.text) != majority {
                    out.append(located(rule.finding(locale, m.unit, text: m.target.text, start: 0, end: m.target.text.utf16.count,
                                            message: "The same source sentence is translated differently in unit \(reference.unit)\(place(reference.location, from: m.location)): \(quoted(reference.target.text)).",
                                            suggestion: reference.target.text), m.location))
                }
            }
            // Same target, different sources.
            for (_, members) in groups(list, by: { UntranslatedRule.normalized($0.target.text) }) {
                guard members.first!.target.text.contains(where: \.isLetter) else { continue }
                let (majority, count) = mostFrequent(members.map(\.source))
                guard count < members.count else { continue }
                let reference = members.first { $0.source == majority }!
                for m in members where m.source != majority {
                    out.append(located(rule.finding(locale, m.unit, text: m.target.text, start: 0, end: m.target.text.utf16.count,
                                            message: "This translation is also used for a different source in unit \(reference.unit)\(place(reference.location, from: m.location)) (\(quoted(reference.source))): check that it fits this source (\(quoted(m.source)))."),
                                       m.location))
                }
            }
        }
        if context.checksTermConsistency { out += termLevel(units, context) }
        return out
    }

    /// One source term rendered with different approved terms of its entry.
    private func termLevel(_ units: [UnitAnalysis], _ context: CheckContext) -> [Finding] {
        // (locale, entry) → [(unit, term texts used, first occurrence of each)]
        struct Use { var unit: String; var terms: [String: TermOccurrence] }
        var uses: [LanguageTag: [Int: [Use]]] = [:]
        for unit in units {
            guard let source = unit.source else { continue }
            let entries = Set(source.terms.map(\.entryIndex))
            for target in unit.targets where !target.isUntranslated {
                var byEntry: [Int: [String: TermOccurrence]] = [:]
                for o in target.terms where entries.contains(o.entryIndex) && o.term.status.isApproved {
                    if context.properties(o).doNotTranslate { continue }
                    if byEntry[o.entryIndex]?[o.term.text] == nil { byEntry[o.entryIndex, default: [:]][o.term.text] = o }
                }
                for (e, terms) in byEntry { uses[target.locale, default: [:]][e, default: []].append(Use(unit: unit.id, terms: terms)) }
            }
        }
        var out: [Finding] = []
        for locale in uses.keys.sorted() {
            for (e, list) in uses[locale]!.sorted(by: { $0.key < $1.key }) {
                var counts: [String: Int] = [:], firstSeen: [String: Int] = [:]
                for (i, use) in list.enumerated() {
                    for t in use.terms.keys { counts[t, default: 0] += 1; if firstSeen[t] == nil { firstSeen[t] = i } }
                }
                guard counts.count > 1 else { continue }
                let majority = counts.keys.sorted { (counts[$0]!, -firstSeen[$0]!) > (counts[$1]!, -firstSeen[$1]!) }[0]
                let entry = context.termbase.entries[e]
                for use in list where use.terms[majority] == nil {
                    for (_, o) in use.terms.sorted(by: { $0.value.start < $1.value.start }) {
                        out.append(rule.finding(locale, use.unit, termId: entry.id, text: o.text, start: o.start, end: o.end,
                                                message: "\(quoted(o.text)) renders this term here, but \(quoted(majority)) elsewhere (\(counts[majority]!) unit\(counts[majority]! == 1 ? "" : "s")): use one term throughout.",
                                                suggestion: majority))
                    }
                }
            }
        }
        return out
    }

    /// `finding` at its own variant's file and line (set here: its unit id may stand in several files).
    private func located(_ finding: Finding, _ location: CheckUnit.SourceLocation?) -> Finding {
        var finding = finding
        if let location {
            finding.file = location.file
            finding.line = location.line
        }
        return finding
    }

    /// Where the other occurrence is, as a message names it after its unit id: ` (file:line)` in another
    /// file, ` (line N)` in the same file, nothing when it is not known (fourteenth trial, finding 5: two
    /// returned XLIFF files with the same ids read "differently in unit b6:b6.s1" of either).
    private func place(_ other: CheckUnit.SourceLocation?, from own: CheckUnit.SourceLocation?) -> String {
        guard let other else { return "" }
        if let own, own.file == other.file { return other.line.map { " (line \($0))" } ?? "" }
        return " (" + other.file + (other.line.map { ":\($0)" } ?? "") + ")"
    }

    private func groups<T>(_ list: [T], by key: (T) -> String) -> [(String, [T])] {
        var order: [String] = []
        var map: [String: [T]] = [:]
        for item in list {
            let k = key(item)
            if map[k] == nil { order.append(k) }
            map[k, default: []].append(item)
        }
        return order.map { ($0, map[$0]!) }
    }

    /// The most frequent value (ties: the first seen) and its count.
    private func mostFrequent(_ values: [String]) -> (String, Int) {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        var best = values[0]
        for v in values where counts[v]! > counts[best]! { best = v }
        return (best, counts[best]!)
    }
}
