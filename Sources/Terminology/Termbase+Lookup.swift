import TaalgrensCore

extension Termbase {
    /// The entries a word or phrase belongs to in `locale`: the entries whose terms are recognised in
    /// it (with inflection, elision and case rules, as in checks), then the entries with a term of that
    /// locale that contains it (ignoring case), in termbase order without repeats. This backs
    /// `taalgrens terms lookup WORD --locale L`.
    /// - Parameters:
    ///   - text: a word or phrase ("hulplijnen", "réseaux sociaux").
    ///   - locale: its locale.
    ///   - rules: the locale's rules (`TerminologyData.rules(for:)`); without them, words match as written.
    /// - Complexity: O(size of the termbase).
    public func lookup(_ text: String, locale: LanguageTag, rules: LocaleTerminology = LocaleTerminology()) -> [TermEntry] {
        var hits = Set<Int>()
        // A stemmer name is checked when the rules are read; one that still cannot be opened (no libstemmer on
        // this machine) leaves words matched as written, as `TermChecker.problems` reports for checks.
        let recognizer = TermRecognizer(termbase: self, locale: locale, rules: rules, stemmer: rules.stemmer.flatMap { try? Stemmer(language: $0) })
        for o in recognizer.occurrences(in: text) { hits.insert(o.entryIndex) }
        let needle = WordTokenizer.fold(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if !needle.isEmpty {
            for (i, entry) in entries.enumerated() where entry.terms(for: locale).contains(where: { WordTokenizer.fold($0.text).contains(needle) }) {
                hits.insert(i)
            }
        }
        return hits.sorted().map { entries[$0] }
    }
}
