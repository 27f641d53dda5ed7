import TaalgrensCore

/// `missing-term`: the source holds a term of an entry, and the target holds none of the entry's
/// approved terms for its locale. Entries without terms in the target's language are skipped; names
/// kept as is are left to `dnt-changed`; a target that uses the entry's deprecated term is left to
/// `forbidden-term` (a superseded term does not satisfy this rule: `docs/glossary.md`), also inside a Dutch closed
/// compound ("emailadres"). A source occurrence of a noun term (TBX `partOfSpeech` noun) whose word reads as a
/// verb or an adjective there (``CompoundFinder/readsAsOtherWordClass(_:in:)``: "Update your smartphone", "a fair
/// price", "is fine") does not count, nor one of a verb term whose word reads as a noun there
/// (``CompoundFinder/readsAsNoun(_:in:)``: "the annual report", "a block of flats"). In a language that
/// writes closed compounds (Dutch) a compound that begins or ends with an approved term satisfies it
/// ("school days" → "schooldagen"). One finding per entry and target, at the first source occurrence. A target
/// that renders the entry but also copies the source's term as written where the source names it again is
/// reported at the copy (``leftUntranslated(_:_:_:_:)``). A target that names the entry in full in one of the units
/// just before and takes it up here by a shorter form ("Volgens de FOD", "la fuite") renders it
/// (``CheckContext/takesUp(_:in:earlier:)``; blind set 7).
///
/// A source term that stands inside a longer noun phrase may be part of another concept ("teacher" in "head
/// teacher", translated "directeur"; "école" in "directeur d'école"): when every source occurrence of the
/// entry does (``CompoundFinder``, by the source locale's `compounds` patterns), the finding is a
/// `warning` that names the phrase ("possible compound") instead of an error; a verb or an adjective term (TBX
/// `partOfSpeech`) makes no compound. A termbase entry for the
/// longer phrase is recognised first (longest match), and then the shorter term is not found at all
/// (`docs/terminology.md`, "A term inside a longer noun phrase"). When every approved term of the target's
/// language is one the termbase rates of low reliability (IATE's code 1 or 2, ``Term/hasLowReliability``), the
/// finding is a `warning` that says so (`docs/terminology.md`, "Reliability").
struct MissingTermRule: UnitRule {
    let rule = CheckRule.missingTerm

    /// A source term the target renders once but also copies as written where the source names it again (blind set
    /// 3: "Een terugbetaling is een recht: als de verkoper de refund weigert"): the source holds one term of the
    /// entry at least twice, the target renders the entry fewer times with approved terms, and holds that term as
    /// written, which is no approved term of the target's language. Returns that copy in the target (UTF-16 offsets
    /// into its plain text), or `nil`. A term the target language also approves ("phishing") is never a copy.
    /// - Complexity: O(words of the target × source occurrences).
    func leftUntranslated(_ entryIndex: Int, _ source: VariantAnalysis, _ target: VariantAnalysis, _ context: CheckContext) -> (text: String, start: Int, end: Int)? {
        let inSource = source.terms.filter { $0.entryIndex == entryIndex }
        guard inSource.count >= 2 else { return nil }
        let entry = context.termbase.entries[entryIndex]
        let rendered = target.terms.filter { $0.entryIndex == entryIndex && $0.term.status.isApproved }.count
        guard rendered >= 1, rendered < inSource.count else { return nil }
        let approved = Set(entry.terms(for: target.locale).map { WordTokenizer.fold($0.text) })
        let words = target.wordTokens
        let phrases = inSource.map { o in source.wordTokens.filter { $0.start >= o.start && $0.end <= o.end }.map(\.folded) }
        for phrase in phrases {
            // The same term twice in the source: an abbreviation beside its full form ("Two-factor authentication
            // (2FA)") is one naming, and its copy in the target a gloss.
            guard !phrase.isEmpty, phrases.filter({ $0 == phrase }).count >= 2, !approved.contains(phrase.joined(separator: " ")) else { continue }
            for i in words.indices where i + phrase.count <= words.count && words[i..<(i + phrase.count)].map(\.folded) == phrase {
                let (start, end) = (words[i].start, words[i + phrase.count - 1].end)
                // A copy inside a term the target renders the entry with is no copy.
                if target.terms.contains(where: { $0.entryIndex == entryIndex && $0.start <= start && end <= $0.end }) { continue }
                return (String(decoding: Array(target.text.utf16)[start..<end], as: UTF16.self), start, end)
            }
        }
        return nil
    }

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
                // Approved terms the termbase rates of low reliability (IATE 1 or 2) ask, not demand: a warning.
                let weak = approved.allSatisfy(\.hasLowReliability)
                let weakNote = weak ? approved[0].lowReliabilityClause(approved.map { quoted($0.text) }.joined(separator: " and ")) : ""
                if context.renders(occurrence.entryIndex, in: target, approvedOnly: true) {
                    if let copy = leftUntranslated(occurrence.entryIndex, source, target, context) {
                        out.append(rule.finding(target.locale, unit.id, termId: entry.id, text: copy.text, start: copy.start, end: copy.end,
                                                message: "The source term \(quoted(copy.text)) is left untranslated here, where the source names it again: use \(approved.map { quoted($0.text) }.joined(separator: " or ")).\(weakNote)",
                                                suggestion: approved[0].text, severity: weak ? .warning : nil))
                    }
                    continue
                }
                // A deprecated term is forbidden-term's to report.
                if target.terms.contains(where: { $0.entryIndex == occurrence.entryIndex && $0.term.status == .deprecated }) { continue }
                if context.deprecatedCompoundWord(occurrence.entryIndex, in: target) != nil { continue }
                // The full term one or two units before, a shorter form here ("de FOD", "la fuite"; blind set 7).
                if context.takesUp(occurrence.entryIndex, in: target, earlier: unit.earlierTargets[target.locale] ?? []) { continue }
                let options = approved.map { quoted($0.text) }
                let finder = CompoundFinder(rules: context.rules(for: source.locale), functionWords: context.functionWords(of: source.locale))
                // A noun term whose word stands as a verb or an adjective is another word ("Update your phone",
                // "is fine"): such occurrences do not ask for the entry.
                let all = source.terms.filter {
                    $0.entryIndex == occurrence.entryIndex && !($0.term.isNoun && finder.readsAsOtherWordClass($0, in: source))
                        && !($0.term.isVerb && finder.readsAsNoun($0, in: source))
                }
                guard !all.isEmpty else { continue }
                // Only a noun makes a compound with its neighbour: a verb or an adjective term beside a noun
                // ("suspicious message", "parents sign up") is no longer noun phrase.
                let phrases = all.map { $0.term.isVerb || $0.term.isAdjective ? nil : finder.compound(around: $0, in: source) }
                if let plain = zip(all, phrases).first(where: { $0.1 == nil })?.0 {
                    out.append(rule.finding(target.locale, unit.id, termId: entry.id, text: plain.text,
                                            start: plain.start, end: plain.end,
                                            message: "The source term \(quoted(plain.text)) is not translated with the approved term: use \(options.joined(separator: " or ")).\(weakNote)",
                                            suggestion: approved[0].text, textLocale: source.locale, severity: weak ? .warning : nil))
                } else if let range = phrases[0] {
                    let phrase = String(decoding: Array(source.text.utf16)[range], as: UTF16.self)
                    out.append(rule.finding(target.locale, unit.id, termId: entry.id, text: phrase, start: range.lowerBound, end: range.upperBound,
                                            message: "The source term \(quoted(occurrence.text)) stands in the longer noun phrase \(quoted(phrase)), which may name another concept (possible compound): if it does, add \(quoted(phrase)) to the termbase; if not, use \(options.joined(separator: " or ")).",
                                            suggestion: approved[0].text, textLocale: source.locale, severity: .warning))
                }
            }
        }
        return out
    }
}
