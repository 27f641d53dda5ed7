import Foundation
import TaalgrensCore

/// Finds the terms of a termbase in text of one locale.
///
/// The text is cut into words by ICU word boundaries plus the locale's rules (``LocaleTerminology``):
/// elided words split off ("l'internet" holds "internet"), hyphenated compounds kept whole ("add-on"
/// is one word, so "add" is not found in it), URLs and e-mail addresses skipped. Each term of the locale
/// is cut the same way, and matches a run of consecutive words separated only by white space when
/// every word matches:
/// - `exact`: the case-folded words are equal;
/// - `inflected` (default): their keys are equal, where a key is the Snowball stem (Porter, snowballstem.org)
///   of the word's lemma: the locale's `forms` map irregular forms to a lemma first, and words in its
///   `keep` list are their own key. So "réseaux sociaux" matches "réseau social" and "jongeren" matches
///   "jongere". Snowball also joins derivations (English "hacked" and "hacking", French "sensibiliser"
///   and "sensibilisation"), so where the locale lists `inflections`, the two words must moreover differ
///   only by those endings after a common beginning (Dutch doubled vowels counted once:
///   "school"/"scholen");
/// - `prefix`: the text's word begins with the term's word.
///
/// Case: a case-sensitive term (a name kept as is, an acronym, or `taalgrens:case=sensitive`) must be
/// written with the term's capitals and small letters, except that a sentence may begin with a capital.
/// Other terms match in any case.
///
/// Compounds: a term marked `taalgrens:compound-head` also matches when its first word ends a longer
/// word ("veiligheid" in "internetveiligheid", "internet-veiligheid"), after a modifier of at least
/// `minimumCompoundModifier` Characters. Where the locale sets `hyphenatedCompounds` (Dutch), a term
/// also matches the first or the last parts of a hyphenated compound ("B-BICO-consortium",
/// "privacy-instellingen", "Safer Internet Day-campagne"). Otherwise a term never matches inside a
/// longer word ("add" is not in "add-on").
///
/// Overlaps: longest match first. Candidates are taken by number of words, then length, then position;
/// one that overlaps an accepted match is dropped, unless it covers exactly the same text (a term in two
/// entries).
///
/// Thread safety: immutable after initialisation apart from the stemmer's memo, which is locked.
final class TermRecognizer: Sendable {
    /// The locale whose terms are searched.
    let locale: LanguageTag
    let termbase: Termbase
    let tokenizer: WordTokenizer
    let keys: WordKeys
    let rules: LocaleTerminology
    private let patterns: [TermPattern]
    private let byFirstKey: [String: [Int]]
    private let scanned: [Int]
    private let headIndex: [String: [Int]]
    /// Keys (folded words for `exact` terms) of every word of this locale's terms as the termbase spells
    /// them: a hyphenation variant of a term never matches a word the termbase spells itself.
    private let spelled: Set<String>
    /// Patterns of separable verbs (Dutch "doorsturen") by the finite forms of their base ("stuur", "stuurt").
    private let bySplitForm: [String: [Int]]
    /// Pronouns an imperative may carry after a hyphen (French "vous" in "inscrivez-vous"), folded, plain.
    private let enclitics: Set<String>
    /// The locale's `idioms`, each as its folded words: no term is recognised inside one ("take into account").
    private let idioms: [[String]]
    /// For each word of each idiom, the forms of the verb when the word is a verb's infinitive
    /// (``VerbRules/conjugatesAsVerb(_:)``), folded and without diacritics: "tenir compte" also stands as
    /// "Tenez compte", "tiennent compte" (blind set 6); empty for the other words, which match as written.
    private let idiomForms: [[Set<String>]]
    /// Pronouns that only stand before a verb (French "se", "s'", "me", "m'", "te", "t'": `verbs.reflexives`): a
    /// word right after one is a verb's form, never a noun or adjective term ("le budget s'élève à" holds the
    /// verb "élever", not the noun "élève"; "il se signale"; eighteenth trial, finding 10).
    private let verbPronouns: Set<String>
    /// Indices into `patterns` by entry index, for the rendering tests that ask about one entry.
    private let byEntry: [Int: [Int]]
    /// The locale's `diminutiveEndings`, folded: a term that ends in one is found only in words that end in one.
    private let diminutives: [String]

    /// Prepares the terms of `locale` for recognition.
    /// - Parameters:
    ///   - termbase: the termbase; only terms whose language matches `locale` (with region fallback) are used.
    ///   - locale: the text's locale.
    ///   - rules: the locale's rules, usually `TerminologyData.rules(for: locale)`.
    /// - Throws: ``TerminologyError`` when the rules name a stemmer that cannot be opened.
    /// - Complexity: O(total length of the locale's terms).
    convenience init(termbase: Termbase, locale: LanguageTag, rules: LocaleTerminology) throws {
        self.init(termbase: termbase, locale: locale, rules: rules, stemmer: try rules.stemmer.map { try Stemmer(language: $0) })
    }

    /// Prepares the terms of `locale` for recognition with a stemmer already opened (`nil`: `inflected`
    /// terms match as written, case-folded), so that the caller decides what an unopenable stemmer means.
    /// - Complexity: O(total length of the locale's terms).
    init(termbase: Termbase, locale: LanguageTag, rules: LocaleTerminology, stemmer: Stemmer?) {
        self.locale = locale
        self.termbase = termbase
        self.rules = rules
        let tokenizer = WordTokenizer(locale: locale, rules: rules)
        let keys = WordKeys(stemmer: stemmer, rules: rules)
        self.tokenizer = tokenizer
        self.keys = keys
        var patterns: [TermPattern] = []
        for (e, entry) in termbase.entries.enumerated() {
            let termsHere = Set(entry.terms(for: locale))
            for (t, term) in entry.terms.enumerated() where termsHere.contains(term) {
                var words = tokenizer.tokens(term.text)
                guard words.contains(where: { !$0.isElision }) else { continue }
                let props = entry.effectiveProperties(of: term)
                // A verb term is found in its forms (Verb terms, docs/terminology.md): a reflexive pronoun that
                // begins it changes with the person and is left out ("s'inscrire" is found in "vous inscrire").
                let conjugates = term.isVerb && !rules.verbs.isEmpty && props.matchMode == .inflected
                if conjugates, words.count > 1, rules.verbs.reflexives.map(VerbRules.plain).contains(VerbRules.plain(words[0].folded)) {
                    words.removeFirst()
                }
                var split: (forms: Set<String>, particle: String)?
                var pattern = TermPattern(entryIndex: e, termIndex: t, words: words.map { w in
                    PatternWord(surface: w.text, folded: w.folded, key: props.matchMode == .inflected && !w.isElision ? keys.key(w.folded) : w.folded,
                                isElision: w.isElision, partCount: w.hyphenEnds.count + 1)
                }, properties: props)
                if term.isNoun, pattern.words.count == 1,
                   rules.keptNounEndings.contains(where: { pattern.words[0].folded.hasSuffix(WordTokenizer.fold($0)) && pattern.words[0].folded.count > $0.count + 2 }) {
                    pattern.words[0].keepsEnding = true
                }
                if term.isAdjective, !rules.verbs.adverbEndings.isEmpty {
                    for k in pattern.words.indices where !pattern.words[k].isElision { pattern.words[k].adverbs = true }
                }
                if conjugates, let first = words.first, !first.isElision {
                    let forms = rules.verbs.forms(of: first.folded)
                    pattern.words[0].verbForms = forms.joined
                    if words.count == 1 { split = forms.split }
                }
                pattern.split = split
                patterns.append(pattern)
            }
        }
        var byFirstKey: [String: [Int]] = [:], scanned: [Int] = [], headIndex: [String: [Int]] = [:], bySplitForm: [String: [Int]] = [:]
        for (i, p) in patterns.enumerated() {
            if p.properties.matchMode == .prefix { scanned.append(i) } else {
                byFirstKey[p.words[0].key, default: []].append(i)
                for form in p.words[0].verbForms ?? [] where form != p.words[0].key { byFirstKey[form, default: []].append(i) }
                for form in p.split?.forms ?? [] { bySplitForm[form, default: []].append(i) }
                // A word in capitals may leave out its accents ("L'EDUCATION AUX MEDIAS"): such a word is looked up by
                // the key of the term's first word without diacritics too.
                let bareFirst = VerbRules.plain(p.words[0].folded)
                if bareFirst != p.words[0].folded, !p.words[0].isElision {
                    byFirstKey[p.properties.matchMode == .inflected ? keys.key(bareFirst) : bareFirst, default: []].append(i)
                }
                // Hyphenation variants ("email" for "e-mail") are looked up by the key of the word unhyphenated.
                if let plain = TermRecognizer.unhyphenated(p.words[0].folded), !p.properties.caseSensitive {
                    byFirstKey[p.properties.matchMode == .inflected ? keys.key(plain) : plain, default: []].append(i)
                }
                // A hyphenated word inflected in each of its parts ("avertissements-extraits" for "avertissement-extrait")
                // is looked up by the keys of its parts.
                if p.words[0].partCount > 1, p.properties.matchMode == .inflected, !p.properties.caseSensitive {
                    byFirstKey[keys.partsKey(p.words[0].folded), default: []].append(i)
                }
            }
            if p.properties.compoundHead, let first = p.words.first, !first.isElision {
                headIndex[String(first.folded.prefix(3)), default: []].append(i)
            }
        }
        self.patterns = patterns
        self.spelled = Set(patterns.flatMap { $0.words.map(\.key) })
        self.byFirstKey = byFirstKey
        self.bySplitForm = bySplitForm
        self.enclitics = Set(rules.verbs.enclitics.map { VerbRules.plain(WordTokenizer.fold($0)) })
        self.idioms = rules.idioms.map { tokenizer.tokens($0).map(\.folded) }.filter { !$0.isEmpty }
        self.idiomForms = idioms.map { $0.map { rules.verbs.conjugatesAsVerb($0) ? rules.verbs.forms(of: $0).joined : [] } }
        self.verbPronouns = Set(rules.verbs.reflexives.map(WordTokenizer.fold))
        self.byEntry = Dictionary(grouping: patterns.indices, by: { patterns[$0].entryIndex })
        self.diminutives = rules.diminutiveEndings.map(WordTokenizer.fold)
        self.scanned = scanned
        self.headIndex = headIndex
    }

    /// Every recognised term in `text`, ordered by start offset (then end offset, then entry order).
    /// - Parameter text: plain text (inline codes removed); offsets in the result count its UTF-16 code units.
    /// - Complexity: about O(n · c) for n words and c candidate terms sharing a first word.
    func occurrences(in text: String) -> [TermOccurrence] {
        occurrences(in: text, words: tokenizer.tokens(text))
    }

    /// ``occurrences(in:)`` over words already cut by this recognizer's rules.
    func occurrences(in text: String, words tokens: [WordToken]) -> [TermOccurrence] {
        guard !tokens.isEmpty, !patterns.isEmpty else { return [] }
        let units = Array(text.utf16)
        var candidates: [(pattern: Int, first: Int, last: Int, start: Int, end: Int)] = []
        var splitAt = Set<Int>()
        for (i, token) in tokens.enumerated() {
            let folded = token.folded
            var tried = Set<Int>()
            var probes = [folded, keys.key(folded)]
            if let plain = TermRecognizer.unhyphenated(folded) { probes += [plain, keys.key(plain)] }
            probes.append(keys.stem(folded))
            let plainWord = VerbRules.plain(folded)
            probes.append(plainWord)
            if let cut = plainWord.firstIndex(of: "-") { probes.append(String(plainWord[..<cut])) }
            if let h = token.hyphenEnds.first {
                let part = WordTokenizer.fold(String(decoding: units[token.start..<h], as: UTF16.self))
                probes += [part, keys.key(part), keys.partsKey(folded)]
            }
            // A word written in capitals may leave out its accents ("ECONOMIE", "Economie" for "Économie").
            if token.text.contains(where: \.isUppercase) {
                let bare = WordTokenizer.fold(TermRecognizer.capitalsBare(token.text))
                if bare != folded { probes += [bare, keys.key(bare)] }
            }
            // A separable verb split in its clause: the base's finite form here, its particle later ("Stuur de mail door").
            for p in bySplitForm[plainWord] ?? [] where !tried.contains(p) {
                if let particle = patterns[p].split?.particle, splitParticle(particle, after: i, tokens: tokens, units: units) {
                    tried.insert(p)
                    candidates.append((p, i, i, token.start, token.end))
                    splitAt.insert(i)
                }
                // The infinitive split by its marker, the particle first ("om in te loggen" is "inloggen"; blind set 7).
                if let split = patterns[p].split, !tried.contains(p), i >= 2, tokens[i - 1].end <= tokens[i].start,
                   rules.verbs.infinitiveMarkers.map(VerbRules.plain).contains(VerbRules.plain(tokens[i - 1].folded)),
                   VerbRules.plain(tokens[i - 2].folded) == split.particle,
                   plainWord == String(VerbRules.plain(patterns[p].words[0].folded).dropFirst(split.particle.count)),
                   units[tokens[i - 2].end..<tokens[i - 1].start].allSatisfy(WordKeys.isSpace),
                   units[tokens[i - 1].end..<token.start].allSatisfy(WordKeys.isSpace) {
                    tried.insert(p)
                    candidates.append((p, i - 2, i, tokens[i - 2].start, token.end))
                }
            }
            if rules.hyphenatedCompounds {
                for h in token.hyphenEnds {
                    for part in [units[token.start..<h], units[(h + 1)..<token.end]] {
                        let folded = WordTokenizer.fold(String(decoding: part, as: UTF16.self))
                        probes += [folded, keys.key(folded)]
                    }
                }
            }
            for key in probes {
                for p in byFirstKey[key] ?? [] where tried.insert(p).inserted {
                    if let m = match(patterns[p], at: i, tokens: tokens, units: units, head: false) { candidates.append((p, i, m.last, m.start, m.end)) }
                }
            }
            for p in scanned where tried.insert(p).inserted {
                if let m = match(patterns[p], at: i, tokens: tokens, units: units, head: false) { candidates.append((p, i, m.last, m.start, m.end)) }
            }
            // Compound heads: the token ends with a term's first word.
            if !headIndex.isEmpty {
                let chars = Array(folded)
                if chars.count > rules.minimumCompoundModifier {
                    for split in rules.minimumCompoundModifier..<(chars.count - 1) {
                        let probe = String(chars[split..<min(split + 3, chars.count)])
                        for p in headIndex[probe] ?? [] where !tried.contains(p) {
                            if let m = match(patterns[p], at: i, tokens: tokens, units: units, head: true) {
                                tried.insert(p)
                                candidates.append((p, i, m.last, m.start, m.end))
                            }
                        }
                    }
                }
            }
        }
        // A word that begins a split separable verb is that verb, not the base verb of another term ("Meld je aan"
        // is "aanmelden", not "melden").
        if !splitAt.isEmpty {
            candidates.removeAll { c in splitAt.contains(c.first) && c.first == c.last && patterns[c.pattern].split == nil && patterns[c.pattern].words[0].verbForms != nil }
        }
        // Longest match first.
        let order = candidates.indices.sorted {
            let a = candidates[$0], b = candidates[$1]
            if a.last - a.first != b.last - b.first { return a.last - a.first > b.last - b.first }
            if a.end - a.start != b.end - b.start { return a.end - a.start > b.end - b.start }
            if a.start != b.start { return a.start < b.start }
            return a.pattern < b.pattern
        }
        var accepted: [(pattern: Int, first: Int, last: Int, start: Int, end: Int)] = []
        for i in order {
            let c = candidates[i]
            let clash = accepted.contains { a in
                a.start < c.end && c.start < a.end && !(a.start == c.start && a.end == c.end)
            }
            if !clash && !accepted.contains(where: { $0.pattern == c.pattern && $0.start == c.start }) { accepted.append(c) }
        }
        // Words of a fixed expression in another sense are no terms ("took into account", "tenir compte de"); the
        // expression's verb may be conjugated ("Tenez compte de").
        if !idioms.isEmpty {
            var spans: [(Int, Int)] = []
            for (n, idiom) in idioms.enumerated() {
                func matches(_ token: WordToken, _ j: Int) -> Bool {
                    token.folded == idiom[j] || (!idiomForms[n][j].isEmpty && idiomForms[n][j].contains(VerbRules.plain(token.folded)))
                }
                for i in tokens.indices where i + idiom.count <= tokens.count && matches(tokens[i], 0) {
                    let run = tokens[i..<(i + idiom.count)]
                    if zip(run, idiom.indices).allSatisfy({ matches($0, $1) }),
                       zip(run.dropLast(), run.dropFirst()).allSatisfy({ units[$0.end..<$1.start].allSatisfy(WordKeys.isSpace) }) {
                        spans.append((run.first!.start, run.last!.end))
                    }
                }
            }
            accepted.removeAll { c in spans.contains { $0.0 <= c.start && c.end <= $0.1 } }
        }
        if !verbPronouns.isEmpty {
            accepted.removeAll { c in
                let p = patterns[c.pattern]
                guard c.first > 0, !termbase.entries[p.entryIndex].terms[p.termIndex].isVerb else { return false }
                let before = tokens[c.first - 1]
                guard verbPronouns.contains(before.folded) else { return false }
                // The elided pronoun glued to the word, or the whole pronoun a space before it.
                return before.isElision ? before.end == tokens[c.first].start
                    : units[before.end..<tokens[c.first].start].allSatisfy(WordKeys.isSpace) && before.end < tokens[c.first].start
            }
        }
        return accepted.map { c in
            let p = patterns[c.pattern]
            let entry = termbase.entries[p.entryIndex]
            return TermOccurrence(entryID: entry.id, entryIndex: p.entryIndex, term: entry.terms[p.termIndex],
                                  text: String(decoding: units[c.start..<c.end], as: UTF16.self), start: c.start, end: c.end)
        }.sorted { ($0.start, $0.end, $0.entryIndex) < ($1.start, $1.end, $1.entryIndex) }
    }

    /// Whether `tokens` hold a term of entry `entryIndex` (approved terms only when `approvedOnly`) split where
    /// recognition keeps it whole, in one clause, the words in order, each matching as in ``occurrences(in:)``, with
    /// nothing but white space, apostrophes and the inserted words between them:
    /// - a term of several words with up to `maxInserted` words inserted between its words ("fuite massive de
    ///   données" holds "fuite de données", "délai légal de rétractation" "délai de rétractation", "données bancaires
    ///   et personnelles" "données personnelles"; blind sets 2 and 4);
    /// - a term with a hyphenated word written with a space for the hyphen, its parts as words of their own, each
    ///   inflected on its own and nothing inserted ("lage emissiezone" for "lage-emissiezone", "radars tronçons" for
    ///   "radar-tronçon"; blind set 5): the approved term misspelt, not another term.
    /// A term split so still renders its entry; recognition itself keeps terms whole, so this serves only the looser
    /// rendering test of the rules. Case-sensitive terms (names, acronyms) are left out: a name is written whole.
    /// - Parameters:
    ///   - text: the plain text the tokens were cut from (their offsets count its UTF-16 code units).
    ///   - maxInserted: the most words inserted in all, counted over the whole term.
    /// - Complexity: O(w · t · maxInserted) for w words of the text and t words of the entry's terms (the entry's
    ///   patterns are looked up by index, not scanned).
    func holdsSplitTerm(_ entryIndex: Int, approvedOnly: Bool, in text: String, words tokens: [WordToken], maxInserted: Int = 2) -> Bool {
        let units = Array(text.utf16)
        let candidates = (byEntry[entryIndex] ?? []).map { patterns[$0] }.filter { p in
            !p.properties.caseSensitive && p.properties.matchMode != .prefix
                && (!approvedOnly || termbase.entries[p.entryIndex].terms[p.termIndex].status.isApproved)
        }
        func separated(_ a: Int, _ b: Int) -> Bool {
            units[tokens[a].end..<tokens[b].start].allSatisfy { WordKeys.isSpace($0) || $0 == 0x27 || $0 == 0x2019 }
        }
        /// Whether the words stand in the text with between `least` and `most` words inserted in all.
        func holds(_ words: [PatternWord], _ mode: MatchMode, least: Int, most: Int) -> Bool {
            for first in tokens.indices where wordMatches(words[0], tokens[first].folded, mode) {
                var at = first, inserted = 0, ok = true
                for word in words.dropFirst() {
                    var next = at + 1
                    while next < tokens.count, separated(next - 1, next), !wordMatches(word, tokens[next].folded, mode),
                          inserted < most, !tokens[next].isElision {
                        inserted += 1
                        next += 1
                    }
                    guard next < tokens.count, separated(next - 1, next), word.isElision == tokens[next].isElision,
                          wordMatches(word, tokens[next].folded, mode) else { ok = false; break }
                    at = next
                }
                if ok && inserted >= least { return true }
            }
            return false
        }
        for p in candidates {
            if p.words.count > 1, holds(p.words, p.properties.matchMode, least: 1, most: maxInserted) { return true }
            if p.words.contains(where: { $0.partCount > 1 && !$0.isElision }) {
                let opened = p.words.flatMap { w -> [PatternWord] in
                    guard w.partCount > 1, !w.isElision else { return [w] }
                    return WordKeys.hyphenParts(w.folded).filter { !$0.isEmpty }.map { partWord($0, p.properties.matchMode) }
                }
                if opened.count > p.words.count, holds(opened, p.properties.matchMode, least: 0, most: 0) { return true }
            }
        }
        return false
    }

    /// Whether `tokens` hold a noun made on a one-word verb term of entry `entryIndex` (approved terms only when
    /// `approvedOnly`): a word with the verb's Snowball stem that ends in one of the locale's `verbs.nounEndings`,
    /// optionally followed by "s" or "en" ("signalement" for "signaler", "actualisation" for "actualiser",
    /// "melding" for "melden"). A translation that names the action by its noun ("faire un signalement à la police"
    /// for "report it to the police") renders the verb (blind set 4); recognition itself does not read the noun as
    /// the verb, so a noun never asks the other translation for the verb (`cross-target`).
    /// - Complexity: O(w · t) for w words of the text and t verb terms of the entry.
    func holdsFamilyNoun(_ entryIndex: Int, approvedOnly: Bool, words tokens: [WordToken]) -> Bool {
        let endings = rules.verbs.nounEndings.map { VerbRules.plain(WordTokenizer.fold($0)) }
        guard !endings.isEmpty else { return false }
        let stems = (byEntry[entryIndex] ?? []).map { patterns[$0] }.filter { p in
            p.words.count == 1 && p.words[0].verbForms != nil
                && (!approvedOnly || termbase.entries[p.entryIndex].terms[p.termIndex].status.isApproved)
        }.map { keys.stem($0.words[0].folded) }
        guard !stems.isEmpty else { return false }
        return tokens.contains { token in
            let plain = VerbRules.plain(token.folded)
            guard endings.contains(where: { e in ["", "s", "en"].contains { plain.hasSuffix(e + $0) && plain.count > e.count + $0.count + 2 } }) else { return false }
            let stem = keys.stem(token.folded)
            return stems.contains { stem == $0 || VerbRules.plain(stem) == VerbRules.plain($0) }
        }
    }

    /// Whether `tokens` hold a form of the verb made on a one-word noun term of entry `entryIndex` (approved terms
    /// only when `approvedOnly`) by conversion: the noun followed by one of the locale's `verbs.conversionEndings`
    /// (a final letter of the noun that begins the ending written once), conjugated as ``VerbRules`` conjugates a
    /// verb term ("gemaild", "mailt" for "mail"; "facturé" for "facture"), and of the verb a noun made on a verb comes
    /// from: a noun that ends in one of `verbs.nounEndings` with that ending replaced by a conversion ending
    /// ("terugbetaald" for "terugbetaling", "rembourse" for "remboursement"; blind set 8). A translation that names
    /// the thing by the verb made on it, or the action by its verb, renders the noun (blind set 5: "Je krijgt het
    /// resultaat gemaild" for "by email"); recognition
    /// itself does not read the verb as the noun, so a verb never asks the other translation for the noun. Terms the
    /// termbase gives as verbs or adjectives, case-sensitive terms (names, acronyms), terms of several words or of a
    /// hyphenated word, and nouns of fewer than four letters are left out.
    /// - Complexity: O(w + t · e) for w words of the text and t terms of the entry with e endings of their verbs.
    func holdsFamilyVerb(_ entryIndex: Int, approvedOnly: Bool, words tokens: [WordToken]) -> Bool {
        let endings = rules.verbs.conversionEndings.map { VerbRules.plain(WordTokenizer.fold($0)) }.filter { !$0.isEmpty }
        guard !endings.isEmpty else { return false }
        var forms = Set<String>()
        for p in (byEntry[entryIndex] ?? []).map({ patterns[$0] }) {
            let term = termbase.entries[p.entryIndex].terms[p.termIndex]
            guard p.words.count == 1, p.words[0].partCount == 1, p.words[0].folded.count >= 4, !term.isVerb, !term.isAdjective, !p.properties.caseSensitive,
                  !approvedOnly || term.status.isApproved else { continue }
            let noun = VerbRules.plain(p.words[0].folded)
            var bases = [noun]
            for n in rules.verbs.nounEndings.map({ VerbRules.plain(WordTokenizer.fold($0)) }) where noun.hasSuffix(n) && noun.count >= n.count + 4 {
                bases.append(String(noun.dropLast(n.count)))
            }
            for base in bases {
                for ending in endings {
                    let stem = base.last == ending.first ? String(base.dropLast()) : base
                    forms.formUnion(rules.verbs.forms(of: stem + ending).joined.subtracting([noun]))
                }
            }
        }
        guard !forms.isEmpty else { return false }
        return tokens.contains { forms.contains(VerbRules.plain($0.folded)) }
    }

    /// Whether `tokens` hold a term of entry `entryIndex` (approved terms only when `approvedOnly`) inside the longer
    /// match of another entry's term, which recognition drops (longest match first): "incapacité de travail" in
    /// "indemnité d'incapacité de travail" (blind set 8). The looser rendering test counts it, as it counts a Dutch
    /// closed compound that holds the term ("wachtwoordbeheerder" holds "wachtwoord").
    /// - Parameters:
    ///   - text: the plain text the tokens were cut from (their offsets count its UTF-16 code units).
    /// - Complexity: O(w · t) for w words of the text and t terms of the entry.
    func holdsInsideLongerTerm(_ entryIndex: Int, approvedOnly: Bool, in text: String, words tokens: [WordToken]) -> Bool {
        let units = Array(text.utf16)
        let candidates = (byEntry[entryIndex] ?? []).map { patterns[$0] }.filter { p in
            !approvedOnly || termbase.entries[p.entryIndex].terms[p.termIndex].status.isApproved
        }
        guard !candidates.isEmpty else { return false }
        for i in tokens.indices where !tokens[i].isElision {
            for p in candidates where match(p, at: i, tokens: tokens, units: units, head: false) != nil { return true }
        }
        return false
    }

    /// Whether `tokens` hold the adjective a one-word noun term of entry `entryIndex` is made of (approved terms only
    /// when `approvedOnly`): the noun without one of the locale's `adjectiveNounEndings` (Dutch "heid", English
    /// "ness"), inflected as the locale's words are ("arbeidsongeschikt", "arbeidsongeschikte" for
    /// "arbeidsongeschiktheid"; blind set 8). A translation that says the state by its adjective renders the noun.
    /// - Complexity: O(w · t) for w words of the text and t terms of the entry.
    func holdsFamilyAdjective(_ entryIndex: Int, approvedOnly: Bool, words tokens: [WordToken]) -> Bool {
        let endings = rules.adjectiveNounEndings.map(WordTokenizer.fold)
        guard !endings.isEmpty else { return false }
        var bases: [String] = []
        for p in (byEntry[entryIndex] ?? []).map({ patterns[$0] }) {
            let term = termbase.entries[p.entryIndex].terms[p.termIndex]
            guard p.words.count == 1, !term.isVerb, !term.isAdjective, !p.properties.caseSensitive,
                  !approvedOnly || term.status.isApproved else { continue }
            let noun = p.words[0].folded
            for e in endings where noun.hasSuffix(e) && noun.count >= e.count + 4 { bases.append(String(noun.dropLast(e.count))) }
        }
        guard !bases.isEmpty else { return false }
        return tokens.contains { token in
            bases.contains { base in
                token.folded == base || (keys.key(token.folded) == keys.key(base) && keys.inflectionAgrees(base, token.folded)
                    && !endings.contains(where: token.folded.hasSuffix))
            }
        }
    }

    /// Matches `pattern` starting at token `first`; `head` asks for the first word as a compound head.
    private func match(_ pattern: TermPattern, at first: Int, tokens: [WordToken], units: [UInt16], head: Bool) -> (last: Int, start: Int, end: Int)? {
        let words = pattern.words
        let props = pattern.properties
        guard first + words.count <= tokens.count else { return nil }
        var start = tokens[first].start, end = 0
        func text(_ a: Int, _ b: Int) -> String { String(decoding: units[a..<b], as: UTF16.self) }
        // A term of several words written as one hyphenated word ("Test-Achats" for "Test Achats"); a word of the term
        // that is hyphenated itself takes as many parts ("Euro-6-norm" for "Euro 6-norm"; blind set 8).
        if words.count > 1, !head, tokens[first].hyphenEnds.count + 1 == words.reduce(0, { $0 + $1.partCount }),
           !words.contains(where: \.isElision) {
            let token = tokens[first]
            let bounds = [token.start] + token.hyphenEnds.map { $0 + 1 }, ends = token.hyphenEnds + [token.end]
            var part = 0
            let parts = words.map { word -> String in
                defer { part += word.partCount }
                return text(bounds[part], ends[part + word.partCount - 1])
            }
            if zip(words, parts).enumerated().allSatisfy({ k, pair in
                wordMatches(pair.0, WordTokenizer.fold(pair.1), props.matchMode)
                    && (!props.caseSensitive || caseAgrees(pair.0.surface, pair.1, initial: k == 0 && token.sentenceInitial, capitals: token.inCapitals))
            }) {
                return (first, token.start, token.end)
            }
        }
        var at = first - 1
        for (k, word) in words.enumerated() {
            at += 1
            // An inflection written as a clitic after a word inside the term is that word's ending: Dutch "auto's van
            // de zaak" is the plural of "auto van de zaak" (blind set 5), as "auto's" alone is of "auto".
            if k > 0, !word.isElision, at < tokens.count, isInflectionClitic(at, tokens) { at += 1 }
            guard at < tokens.count else { return nil }
            let token = tokens[at]
            if k > 0 {
                // Only white space may separate the words of a term.
                let gap = units[tokens[at - 1].end..<token.start]
                if !gap.allSatisfy(WordKeys.isSpace) { return nil }
            }
            if word.isElision != token.isElision { return nil }
            let isFirst = k == 0, isLast = k == words.count - 1
            let initial = isFirst && token.sentenceInitial
            if isFirst && head {
                guard let tail = headMatch(word, token, props) else { return nil }
                if props.caseSensitive && !caseAgrees(word.surface, tail, initial: false, capitals: token.inCapitals) { return nil }
                end = token.end
                continue
            }
            if wordMatches(word, token.folded, props.matchMode) && (!props.caseSensitive || caseAgrees(word.surface, token.text, initial: initial, capitals: token.inCapitals)) {
                end = token.end
                continue
            }
            if let (termBare, textBare) = TermRecognizer.capitalsBare(word.surface, token.text) {
                var bare = word
                bare.folded = WordTokenizer.fold(termBare)
                bare.key = props.matchMode == .inflected ? keys.key(bare.folded) : bare.folded
                if wordMatches(bare, WordTokenizer.fold(textBare), props.matchMode)
                    && (!props.caseSensitive || caseAgrees(word.surface, token.text, initial: initial, capitals: token.inCapitals)) {
                    end = token.end
                    continue
                }
            }
            if !props.caseSensitive && hyphenationVariant(word, token.folded, props.matchMode) {
                end = token.end
                continue
            }
            if !props.caseSensitive && hyphenPartsMatch(word, token, units: units, props.matchMode) {
                end = token.end
                continue
            }
            // Hyphenated compounds where the locale writes them (Dutch): the first word of a term may be the
            // last parts of a compound, the last word its first parts ("B-BICO-consortium",
            // "privacy-instellingen", "Safer Internet Day-campagne").
            guard rules.hyphenatedCompounds, !token.hyphenEnds.isEmpty else { return nil }
            if isLast, let cut = token.hyphenEnds.first(where: { h in
                let part = text(token.start, h)
                return wordMatches(word, WordTokenizer.fold(part), props.matchMode) && (!props.caseSensitive || caseAgrees(word.surface, part, initial: initial, capitals: token.inCapitals))
            }) {
                end = cut
                continue
            }
            if isFirst, let cut = token.hyphenEnds.first(where: { h in
                let part = text(h + 1, token.end)
                return wordMatches(word, WordTokenizer.fold(part), props.matchMode) && (!props.caseSensitive || caseAgrees(word.surface, part, initial: false, capitals: token.inCapitals))
            }) {
                start = cut + 1
                end = token.end
                continue
            }
            return nil
        }
        return (at, start, end)
    }

    /// Whether token `i` is a clitic that inflects the word before it (a locale's `clitics` entry that is also one
    /// of its `inflections`, glued to that word: Dutch plural "'s" in "auto's", English "'s"), not an elided word.
    private func isInflectionClitic(_ i: Int, _ tokens: [WordToken]) -> Bool {
        guard i > 0 else { return false }
        let token = tokens[i], before = tokens[i - 1]
        return token.isElision && token.folded.hasPrefix("'") && token.start == before.end && !before.isElision
            && keys.inflections.contains(token.folded)
    }

    /// Whether a hyphenated word of a term matches a hyphenated word of the text part by part, each part inflected
    /// on its own (`inflected` mode): French puts both nouns of a compound in the plural ("avertissements-extraits
    /// de rôle" for "avertissement-extrait de rôle", "grands-parents"; blind set 5), which the stem of the whole
    /// word does not see.
    /// - Complexity: O(parts).
    private func hyphenPartsMatch(_ word: PatternWord, _ token: WordToken, units: [UInt16], _ mode: MatchMode) -> Bool {
        guard mode == .inflected, !word.isElision, word.partCount > 1, token.hyphenEnds.count == word.partCount - 1 else { return false }
        let termParts = WordKeys.hyphenParts(word.folded)
        let bounds = [token.start] + token.hyphenEnds.map { $0 + 1 }, ends = token.hyphenEnds + [token.end]
        let textParts = zip(bounds, ends).map { WordTokenizer.fold(String(decoding: units[$0..<$1], as: UTF16.self)) }
        guard termParts.count == textParts.count else { return false }
        return zip(termParts, textParts).allSatisfy { part, text in
            wordMatches(partWord(part, mode), text, mode)
        }
    }

    /// One part of a hyphenated word of a term as a word of its own, keyed for `mode`.
    private func partWord(_ part: String, _ mode: MatchMode) -> PatternWord {
        PatternWord(surface: part, folded: part, key: mode == .inflected ? keys.key(part) : part, isElision: false, partCount: 1)
    }

    /// Whether `particle` stands as a separate word after token `i` in its clause (no sentence end, comma,
    /// colon or semicolon between) and not as a preposition: the word after it is none of the locale's
    /// `verbs.prepositionCues` and no name ("Stuur de mail door naar …", "Meld je aan op …"; not "Meld het aan
    /// de politie", "Geef het aan iemand", "Vraag het aan Child Focus").
    private func splitParticle(_ particle: String, after i: Int, tokens: [WordToken], units: [UInt16]) -> Bool {
        let cues = Set(rules.verbs.prepositionCues.map { VerbRules.plain(WordTokenizer.fold($0)) })
        var j = i + 1
        while j < tokens.count, j <= i + 15 {
            let gap = String(decoding: units[tokens[j - 1].end..<tokens[j].start], as: UTF16.self)
            if tokens[j].sentenceInitial || gap.contains(where: { ".!?;:,…".contains($0) }) { return false }
            if VerbRules.plain(tokens[j].folded) == particle {
                guard j + 1 < tokens.count else { return true }
                let next = String(decoding: units[tokens[j].end..<tokens[j + 1].start], as: UTF16.self)
                if next.contains(where: { ".!?;:,…".contains($0) }) { return true }
                // Before a name ("aan Child Focus") or a determiner or pronoun the word is a preposition.
                return !cues.contains(VerbRules.plain(tokens[j + 1].folded)) && tokens[j + 1].text.first?.isUppercase != true
            }
            j += 1
        }
        return false
    }

    private func wordMatches(_ word: PatternWord, _ folded: String, _ mode: MatchMode) -> Bool {
        if word.isElision { return word.folded == folded }
        // An adverb made on an adjective term ("gratuitement" on "gratuit", through the feminine "gratuite").
        if word.adverbs, let ending = rules.verbs.adverbEndings.first(where: { folded.hasSuffix($0) && folded.count > $0.count + 2 }) {
            var adjective = word
            adjective.adverbs = false
            if wordMatches(adjective, String(folded.dropLast(ending.count)), mode) { return true }
        }
        if let forms = word.verbForms {
            let plain = VerbRules.plain(folded)
            if forms.contains(plain) { return true }
            // An imperative with its pronouns after hyphens ("inscrivez-vous", "supprimez-le").
            let parts = plain.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            if parts.count > 1, forms.contains(parts[0]), parts.dropFirst().allSatisfy(enclitics.contains) { return true }
        }
        switch mode {
        case .exact: return word.folded == folded
        case .inflected:
            if word.folded == folded { return true }
            // A noun that keeps its ending in every form: "zelfstandig" (on one's own) is no form of "zelfstandige".
            if word.keepsEnding, !folded.hasPrefix(word.folded) { return false }
            // A diminutive term ("mobieltje", deprecated) names the diminutive, not every form of its base ("mobiele").
            if diminutives.contains(where: { word.folded.hasSuffix($0) && word.folded.count > $0.count + 2 }),
               !diminutives.contains(where: folded.hasSuffix) { return false }
            return (word.key == keys.key(folded) || word.key == keys.stem(folded)) && keys.inflectionAgrees(word.folded, folded)
        case .prefix: return folded.hasPrefix(word.folded)
        }
    }

    /// Whether `folded` is `word` written with hyphens where the term has none, or without the term's hyphens
    /// ("email" and "e-mail", "cyber-harcèlement" and "cyberharcèlement"), inflected as ``wordMatches`` allows,
    /// while the termbase spells no term of the locale the way `folded` is spelt: where it lists the other
    /// spelling itself (Dutch "email" forbidden beside "e-mail"), the two spellings stay apart.
    private func hyphenationVariant(_ word: PatternWord, _ folded: String, _ mode: MatchMode) -> Bool {
        guard !word.isElision, mode != .prefix else { return false }
        let a = TermRecognizer.unhyphenated(word.folded), b = TermRecognizer.unhyphenated(folded)
        guard a != nil || b != nil else { return false }
        let x = a ?? word.folded, y = b ?? folded
        switch mode {
        case .exact: return x == y && !spelled.contains(folded)
        case .inflected: return (x == y || (keys.key(x) == keys.key(y) && keys.inflectionAgrees(x, y))) && !spelled.contains(keys.key(folded))
        case .prefix: return false
        }
    }

    /// `text` with the diacritics of its capitals left out ("Économie" → "Economie", "ÉCONOMIE" → "ECONOMIE").
    static func capitalsBare(_ text: String) -> String {
        String(text.map { $0.isUppercase ? Character(String($0).folding(options: .diacriticInsensitive, locale: nil)) : $0 })
    }

    /// A term's word and a text's word with the diacritics left out wherever the text writes a capital, so that a
    /// capital without its accent ("Economie", "ECONOMIE") matches the accented letter and the reverse (French
    /// typography often drops accents on capitals); `nil` when that changes neither.
    static func capitalsBare(_ term: String, _ text: String) -> (String, String)? {
        var t = Array(term), x = Array(text), changed = false
        for k in 0..<min(t.count, x.count) where x[k].isUppercase || t[k].isUppercase {
            let a = Character(String(t[k]).folding(options: .diacriticInsensitive, locale: nil))
            let b = Character(String(x[k]).folding(options: .diacriticInsensitive, locale: nil))
            if a != t[k] || b != x[k] { changed = true }
            t[k] = a
            x[k] = b
        }
        return changed ? (String(t), String(x)) : nil
    }

    /// `folded` without its hyphens when it has one between two letters ("e-mail" → "email"); `nil` otherwise.
    static func unhyphenated(_ folded: String) -> String? {
        let chars = Array(folded)
        guard chars.count > 2, chars.indices.dropFirst().dropLast().contains(where: { chars[$0] == "-" && chars[$0 - 1].isLetter && chars[$0 + 1].isLetter }) else { return nil }
        return String(chars.filter { $0 != "-" })
    }

    /// The compound's tail (as written) when `token` is a modifier plus `word`.
    private func headMatch(_ word: PatternWord, _ token: WordToken, _ props: ResolvedTermProperties) -> String? {
        let folded = Array(token.folded), surface = Array(token.text)
        guard folded.count == surface.count else { return nil }
        var split = rules.minimumCompoundModifier
        while split < folded.count {
            let tail = String(folded[split...])
            if tail.count < 2 { break }
            if wordMatches(word, tail, props.matchMode) {
                var modifier = folded[..<split]
                if modifier.last == "-" { modifier.removeLast() }
                if modifier.count >= rules.minimumCompoundModifier { return String(surface[split...]) }
            }
            split += 1
        }
        return nil
    }

    /// Whether `text` follows the capitals and small letters of `term`, letter by letter over their
    /// common length; a capital first letter is allowed at the start of a sentence, and every capital in a text
    /// written wholly in capitals (`capitals`, ``WordToken/inCapitals``: a heading "CODE PIN OUBLIÉ ?" holds the term
    /// "code PIN"; blind set 7). A small letter never stands for the term's capital ("avg." is no "AVG").
    private func caseAgrees(_ term: String, _ text: String, initial: Bool, capitals: Bool = false) -> Bool {
        for (k, (a, b)) in zip(term, text).enumerated() {
            guard a.isLetter, b.isLetter else { continue }
            if a.isUppercase != b.isUppercase {
                if (k == 0 && initial || capitals) && a.isLowercase && b.isUppercase { continue }
                return false
            }
        }
        return true
    }
}

/// One term, cut into words, ready to match.
struct TermPattern: Sendable {
    var entryIndex: Int
    var termIndex: Int
    var words: [PatternWord]
    var properties: ResolvedTermProperties
    /// For a separable verb (Dutch "doorsturen"), the finite forms of its base and its particle.
    var split: (forms: Set<String>, particle: String)?
}

/// One word of a term.
struct PatternWord: Sendable {
    var surface: String
    var folded: String
    /// The matching key: the inflection key for `inflected` terms, else the folded word.
    var key: String
    var isElision: Bool
    var partCount: Int
    /// For the first word of a verb term, its forms, folded and without diacritics (``VerbRules``).
    var verbForms: Set<String>? = nil
    /// For the words of an adjective term, whether the locale's adverbs made on it count (`verbs.adverbEndings`).
    var adverbs = false
    /// For a one-word noun term that ends in one of the locale's `keptNounEndings` (Dutch "zelfstandige"), whether a
    /// word must begin with it: the noun keeps the ending in every form, the adjective it is made of lacks it.
    var keepsEnding = false
}

/// Inflection keys: Snowball stems corrected by the locale's `forms` and `keep` lists.
struct WordKeys: Sendable {
    let stemmer: Stemmer?
    let forms: [String: String]
    let keep: Set<String>
    let endings: [(String, String)]
    let inflections: Set<String>
    let collapseDoubleVowels: Bool

    init(stemmer: Stemmer?, rules: LocaleTerminology) {
        self.stemmer = stemmer
        self.forms = Dictionary(rules.forms.map { (WordTokenizer.fold($0.key), WordTokenizer.fold($0.value)) }, uniquingKeysWith: { a, _ in a })
        self.keep = Set(rules.keep.map(WordTokenizer.fold))
        self.endings = rules.endings.map { (WordTokenizer.fold($0.key), WordTokenizer.fold($0.value)) }.sorted { $0.0.count > $1.0.count }
        self.inflections = Set(rules.inflections.map(WordTokenizer.fold) + [""])
        self.collapseDoubleVowels = rules.collapseDoubleVowels
    }

    /// Whether two folded words with equal keys are inflections of one word rather than derivations:
    /// always when no `inflections` are listed or when `forms` relates them; otherwise when, after a
    /// common beginning, both end in listed inflection endings ("réseau"/"réseaux": "" and "x";
    /// "social"/"sociaux": "al" and "aux"; but not "hacking"/"hacked").
    func inflectionAgrees(_ a: String, _ b: String) -> Bool {
        if inflections.count <= 1 || a == b { return true }
        let la = forms[a] ?? a, lb = forms[b] ?? b
        if la == lb || forms[a] != nil || forms[b] != nil { return la == lb || la == b || lb == a }
        func collapsed(_ s: String) -> [Character] {
            var out: [Character] = []
            for c in s {
                if collapseDoubleVowels, let last = out.last, last == c, "aeiou".contains(c) { continue }
                out.append(c)
            }
            return out
        }
        let x = collapsed(la), y = collapsed(lb)
        var common = 0
        while common < min(x.count, y.count), x[common] == y[common] { common += 1 }
        for k in stride(from: common, through: max(0, common - 4), by: -1) {
            if inflections.contains(String(x[k...])) && inflections.contains(String(y[k...])),
               WordKeys.doublesAfterShortVowel(x, k), WordKeys.doublesAfterShortVowel(y, k) { return true }
        }
        return false
    }

    /// Whether the letters of `s` from `k` on, when they begin by doubling the consonant before them ("bal" +
    /// "len" in "ballen"), follow a short vowel written with one letter, the only place where Dutch and English
    /// spelling double a consonant ("cel"/"cellen", "cancel"/"cancelled"); true when they double nothing. Dutch
    /// "emaillen" (of enamel) doubles after "ai" and is no plural of "email" (blind set 5).
    static func doublesAfterShortVowel(_ s: [Character], _ k: Int) -> Bool {
        guard k >= 1, k < s.count, s[k] == s[k - 1], !isVowel(s[k]) else { return true }
        // The u of "qu" is no vowel letter of its own ("quiz"/"quizzen").
        return k >= 2 && isVowel(s[k - 2]) && (k < 3 || !isVowel(s[k - 3]) || (s[k - 3] == "u" && k >= 4 && s[k - 4] == "q"))
    }

    /// A vowel letter of the Latin script, with or without its diacritic.
    static func isVowel(_ c: Character) -> Bool { "aeiouyàâäéèêëïîôöûüù".contains(c) }

    /// The Snowball stem of the word as written, without the `forms` and `endings` lemma: a second key, since one
    /// ending may stand for two ("douteuse" is the feminine of "douteux", "trompeuse" of "trompeur").
    func stem(_ folded: String) -> String {
        if keep.contains(folded) { return folded }
        return stemmer?.stem(folded) ?? folded
    }

    /// The lemma of a folded word: its `forms` entry, else the word with its longest regular `endings`
    /// replacement (when three Characters remain), else the word ("prijzen" → "prijs", "appje" → "app").
    func lemma(_ folded: String) -> String {
        if let form = forms[folded] { return form }
        if let (ending, replacement) = endings.first(where: { folded.hasSuffix($0.0)
                && WordKeys.doublesAfterShortVowel(Array(folded), folded.count - $0.0.count + 1) }),
           folded.count - ending.count + replacement.count >= 3 {
            return String(folded.dropLast(ending.count)) + replacement
        }
        return folded
    }

    /// The key of a folded word: the word itself when it is kept, else its lemma's stem, or the lemma itself when
    /// the lemma is kept. The lemma is the `forms` entry, else the word with a regular `endings` replacement, else
    /// the word.
    func key(_ folded: String) -> String {
        // A kept word is its own key before any `endings` replacement ("gegevens" is not "gegeven" + s).
        if keep.contains(folded) { return folded }
        let lemma = lemma(folded)
        if keep.contains(lemma) { return lemma }
        return stemmer?.stem(lemma) ?? lemma
    }

    /// The parts of a hyphenated folded word, cut at hyphen-minus, hyphen and non-breaking hyphen.
    static func hyphenParts(_ folded: String) -> [String] {
        folded.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "\u{2010}" || $0 == "\u{2011}" }.map(String.init)
    }

    /// The keys of a hyphenated word's parts joined by "-" ("avertissements-extraits" and "avertissement-extrait" give
    /// the same): the lookup key of a word inflected in each of its parts.
    func partsKey(_ folded: String) -> String {
        WordKeys.hyphenParts(folded).map { key($0) }.joined(separator: "-")
    }

    /// White space, including no-break and narrow no-break spaces.
    static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x202F || unit == 0x2009 || (0x2000...0x200A).contains(unit)
    }
}
