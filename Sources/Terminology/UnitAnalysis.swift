import TaalgrensCore
import Tokenization

/// One variant of a unit with what the rules need, computed once.
struct VariantAnalysis {
    let locale: LanguageTag
    let content: RichText
    let text: String
    /// The Tokenization module's tokens of the text.
    let tokens: [Token]
    /// The text's words as term recognition cuts them.
    let wordTokens: [WordToken]
    /// Terms of the locale found in the text.
    let terms: [TermOccurrence]
    /// Do-not-translate names found as written (any locale's spelling of the name).
    let names: [TermOccurrence]
    /// The text's words, case-folded, for the looser test of ``CheckContext/renders(_:in:approvedOnly:)``.
    let words: [String]
    /// UTF-16 ranges of ``text`` inside a passage in another language than ``locale`` (a `<span lang="nl">`
    /// quotation in a French sentence, ``RichText/foreignLanguageRanges(than:)``): kept as written, so
    /// `untranslated` does not count its words and `wrong-language` does not read it.
    var foreign: [Range<Int>] = []

    /// ``text`` without the passages of ``foreign`` (each replaced by one space): what a language check reads.
    var ownLanguageText: String { foreign.isEmpty ? text : content.plainText(outsideLanguagesOtherThan: locale) }
    /// A target that is empty or the source copied unchanged: `untranslated` reports it, once; the other
    /// rules leave it alone (its missing terms, numbers and codes are all the same one problem).
    var isUntranslated = false
    /// Ids of codes this variant has on purpose although the source lacks them (``CheckUnit/targetOnlyCodes``).
    var targetOnlyCodes: Set<String> = []
}

/// A unit split into its source and its targets.
struct UnitAnalysis {
    let id: String
    let source: VariantAnalysis?
    /// Targets in locale order.
    let targets: [VariantAnalysis]
    /// The unit's file and line (``CheckUnit/file``, ``CheckUnit/line``), per locale where each language
    /// has a file of its own (``CheckUnit/variantLocations``): what a rule across units names, since one id
    /// can stand in several files (two returned XLIFF files of one bundle).
    var file: String? = nil
    var line: Int? = nil
    var variantLocations: [LanguageTag: CheckUnit.SourceLocation] = [:]
    /// Per target locale, the same locale's variants of the units just before this one in the same document
    /// (``TermChecker/takeUpWindow`` of them, nearest last): where a term was named in full, for
    /// ``CheckContext/takesUp(_:in:earlier:)``.
    var earlierTargets: [LanguageTag: [VariantAnalysis]] = [:]

    /// Where the variant of `locale` was read: its own file and line, else the unit's; `nil` for a unit of
    /// no file.
    func location(_ locale: LanguageTag) -> CheckUnit.SourceLocation? {
        variantLocations[locale] ?? file.map { CheckUnit.SourceLocation(file: $0, line: line) }
    }
}

/// What the rules share during one ``TermChecker/check(_:)`` call.
struct CheckContext {
    let termbase: Termbase
    let sourceLocale: LanguageTag
    let data: TerminologyData
    let recognizers: [LanguageTag: TermRecognizer]
    let nameRecognizers: [LanguageTag: TermRecognizer]
    let numberReaders: [LanguageTag: NumberReader]
    /// Whether `inconsistent-translation` also compares the terms chosen for one source term.
    var checksTermConsistency = false

    func rules(for locale: LanguageTag) -> LocaleTerminology { data.rules(for: locale) }

    /// The function words of `locale`'s language (``LanguageProfiles``): the list of the locale itself,
    /// else of a locale with the same language (`fr` reads `fr-BE`'s); empty when there is none.
    func functionWords(of locale: LanguageTag) -> Set<String> {
        if let words = data.languages.words[locale] { return words }
        let sameLanguage = data.languages.words.keys.filter { $0.language == locale.language }.sorted()
        return sameLanguage.first.flatMap { data.languages.words[$0] } ?? []
    }
    func entry(_ occurrence: TermOccurrence) -> TermEntry { termbase.entries[occurrence.entryIndex] }
    func properties(_ occurrence: TermOccurrence) -> ResolvedTermProperties {
        entry(occurrence).effectiveProperties(of: occurrence.term)
    }

    /// Whether a variant renders an entry: one of its terms (any status unless `approvedOnly`, never a
    /// superseded one when `approvedOnly`) is recognised there, or, in a language that writes closed
    /// compounds (`closedCompounds`, Dutch), ``closedCompoundWord(_:in:approvedOnly:)`` finds one, or a term of
    /// several words stands there split by up to two inserted words, or a hyphenated term with a space for its hyphen
    /// (``TermRecognizer/holdsSplitTerm(_:approvedOnly:in:words:maxInserted:)``: "fuite massive de données",
    /// "données bancaires et personnelles"; blind set 4; "lage emissiezone"; blind set 5), or a noun made on a verb
    /// term stands there (``TermRecognizer/holdsFamilyNoun(_:approvedOnly:words:)``: "faire un signalement"), or a
    /// verb made on a noun term or the verb a noun term is made of (``TermRecognizer/holdsFamilyVerb(_:approvedOnly:words:)``:
    /// "gemaild" for "mail", "terugbetaald" for "terugbetaling"), or the adjective a noun term is made of
    /// (``TermRecognizer/holdsFamilyAdjective(_:approvedOnly:words:)``: "arbeidsongeschikt"), or a term inside another
    /// entry's longer term (``TermRecognizer/holdsInsideLongerTerm(_:approvedOnly:in:words:)``; blind set 8).
    func renders(_ entryIndex: Int, in v: VariantAnalysis, approvedOnly: Bool) -> Bool {
        if v.terms.contains(where: { $0.entryIndex == entryIndex && (!approvedOnly || $0.term.status != .superseded) }) { return true }
        if v.names.contains(where: { $0.entryIndex == entryIndex }) { return true }
        return closedCompoundWord(entryIndex, in: v, approvedOnly: approvedOnly) != nil
            || relatedAdjectiveRenders(entryIndex, in: v, approvedOnly: approvedOnly)
            || recognizers[v.locale]?.holdsSplitTerm(entryIndex, approvedOnly: approvedOnly, in: v.text, words: v.wordTokens) == true
            || recognizers[v.locale]?.holdsFamilyNoun(entryIndex, approvedOnly: approvedOnly, words: v.wordTokens) == true
            || recognizers[v.locale]?.holdsFamilyVerb(entryIndex, approvedOnly: approvedOnly, words: v.wordTokens) == true
            || recognizers[v.locale]?.holdsFamilyAdjective(entryIndex, approvedOnly: approvedOnly, words: v.wordTokens) == true
            || recognizers[v.locale]?.holdsInsideLongerTerm(entryIndex, approvedOnly: approvedOnly, in: v.text, words: v.wordTokens) == true
    }

    /// Whether `v` takes up the entry by a shorter form of one of its approved terms, where one of the `earlier`
    /// variants of the same locale and document (the units just before: ``UnitAnalysis/earlierTargets``) renders the
    /// entry in full with an approved term (blind set 7: "Volgens de FOD" one sentence after "De FOD Financiën",
    /// "la fuite" after "une fuite de données", "De aanval" after "Een cyberaanval"). A writer names a concept in full
    /// once and then shortens it, as the source may not; a reader who has just read the full term is not misled.
    /// The shorter forms of a term: for a term of several words its head word (the first where the locale's
    /// `headFirst` says so, French "fuite" of "fuite de données"; else the last, Dutch "sleutel" of "digitale
    /// sleutel") and any word of it written as an acronym in capitals ("FOD" of "FOD Financiën", "SPF"), each
    /// inflected as the locale's words are; for a term of one word, the end of it of three letters or more after
    /// three or more (the head of a closed compound: "lek" of "datalek", "aanval" of "cyberaanval", "attaque" of
    /// "cyberattaque"), and where the head comes first, the first part of a hyphenated term ("médecin" of
    /// "médecin-conseil"). Where a function word (a preposition) follows the first word of a term of several words in
    /// a language whose head comes last, the word before it is a head too ("het centrum" of "openbaar centrum voor
    /// maatschappelijk welzijn"; blind set 8). Without the full term just before, the shorter form is still a missing term ("Het lek bij de
    /// ticketverkoper" alone).
    /// - Complexity: O(approved terms × words of `v`), after O(earlier variants) for the test of the full term.
    func takesUp(_ entryIndex: Int, in v: VariantAnalysis, earlier: [VariantAnalysis]) -> Bool {
        guard !earlier.isEmpty, let keys = recognizers[v.locale]?.keys,
              earlier.contains(where: { renders(entryIndex, in: $0, approvedOnly: true) }) else { return false }
        let headFirst = rules(for: v.locale).headFirst
        let function = functionWords(of: v.locale)
        for term in termbase.entries[entryIndex].approvedTerms(for: v.locale) {
            let parts = term.text.split(separator: " ").map(String.init)
            var heads: [String] = []
            if parts.count == 1 {
                let whole = WordTokenizer.fold(term.text)
                if v.wordTokens.contains(where: { w in
                    let lemma = keys.lemma(w.folded)
                    return [w.folded, lemma].contains { $0.count >= 3 && whole.count >= $0.count + 3 && whole.hasSuffix($0) }
                }) { return true }
                // A hyphenated term whose head comes first: French "médecin" of "médecin-conseil" (blind set 8).
                let pieces = WordKeys.hyphenParts(whole)
                guard headFirst, pieces.count > 1, pieces[0].count >= 3 else { continue }
                heads = [pieces[0]]
            } else {
                heads = [headFirst ? parts[0] : parts[parts.count - 1]].filter { $0.count >= 3 }
                // Where a prepositional phrase follows the head, the head is the word before it in any language: Dutch
                // "centrum" of "openbaar centrum voor maatschappelijk welzijn", "minister" of "minister van Sociale
                // Zaken" (blind set 8).
                if !headFirst, let p = parts.indices.dropFirst().first(where: { function.contains(WordTokenizer.fold(parts[$0])) }),
                   parts[p - 1].count >= 3, !function.contains(WordTokenizer.fold(parts[p - 1])) {
                    heads.append(parts[p - 1])
                }
            }
            heads += parts.filter { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0.isNumber } && $0.contains(where: \.isLetter) }
            for head in heads.map(WordTokenizer.fold) {
                let key = keys.key(head)
                if v.wordTokens.contains(where: { $0.folded == head || (keys.key($0.folded) == key && keys.inflectionAgrees(head, $0.folded)) }) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether a one-word noun term found in `v` stands as an adjective after a noun, in a language that puts
    /// adjectives after the noun (`headFirst`, French): the word ends like an adjective (the locale's
    /// `compounds.adjectiveEndings`, after a plural s or x: "-elle", "-ant", "-able"), and the word right before it, with
    /// only white space between, is a word of letters in small letters that is neither a function word of the language
    /// nor a number word ("confiance mutuelle", "comité indépendant", "ordinateur portable"). A noun needs a determiner
    /// or a preposition before it ("votre mutuelle", "les indépendants", "comme indépendante"), so a word that can be an
    /// adjective right after another word that is no determiner modifies it; a noun after a verb ("rendons internet
    /// meilleur") has no adjective ending. Terms of several words, case-sensitive terms and terms the termbase gives as
    /// another part of speech are left out. - Complexity: O(words of `v`).
    func standsAsAdjective(_ occurrence: TermOccurrence, in v: VariantAnalysis) -> Bool {
        let rules = rules(for: v.locale)
        let word = WordTokenizer.fold(occurrence.text)
        let singular = word.hasSuffix("s") || word.hasSuffix("x") ? String(word.dropLast()) : word
        guard rules.headFirst, occurrence.term.partOfSpeech == nil || occurrence.term.isNoun, !properties(occurrence).caseSensitive,
              !occurrence.text.contains(" "), occurrence.text.first?.isLowercase == true,
              rules.compounds.adjectiveEndings.contains(where: { singular.hasSuffix($0) && singular.count >= $0.count + 3 }),
              let i = v.wordTokens.firstIndex(where: { $0.start == occurrence.start }), i > 0 else { return false }
        let before = v.wordTokens[i - 1]
        let units = Array(v.text.utf16)
        guard before.end < occurrence.start, units[before.end..<occurrence.start].allSatisfy(WordKeys.isSpace),
              !before.isElision, before.text.allSatisfy({ $0.isLetter && $0.isLowercase }) else { return false }
        return !functionWords(of: v.locale).contains(before.folded) && rules.numbers.words[before.folded] == nil
    }

    /// Whether the variant holds a relational adjective of a one-word term of the entry (the locale's
    /// `relatedAdjectives`, inflected: "scolaires" for "école"), as French renders an English noun modifier
    /// ("school trip" → "excursion scolaire"; trial 12, finding 16).
    func relatedAdjectiveRenders(_ entryIndex: Int, in v: VariantAnalysis, approvedOnly: Bool) -> Bool {
        let related = rules(for: v.locale).relatedAdjectives
        guard !related.isEmpty, let keys = recognizers[v.locale]?.keys else { return false }
        let terms = termbase.entries[entryIndex].terms(for: v.locale).filter { !approvedOnly || $0.status.isApproved }
        for term in terms {
            guard let adjectives = related[WordTokenizer.fold(term.text)] else { continue }
            for adjective in adjectives.map(WordTokenizer.fold) {
                let key = keys.key(adjective)
                if v.words.contains(where: { $0 == adjective || (keys.key($0) == key && keys.inflectionAgrees(adjective, $0)) }) { return true }
            }
        }
        return false
    }

    /// In a language that writes closed compounds, the index in `v.wordTokens` of the first word that holds
    /// a deprecated term of the entry as ``closedCompoundWord(_:in:approvedOnly:)`` reads compounds
    /// (Dutch "emailadres" holds the forbidden "email"), when the variant renders the entry in no approved
    /// way; `nil` elsewhere.
    func deprecatedCompoundWord(_ entryIndex: Int, in v: VariantAnalysis) -> Int? {
        if v.terms.contains(where: { $0.entryIndex == entryIndex }) || v.names.contains(where: { $0.entryIndex == entryIndex }) { return nil }
        if closedCompoundWord(entryIndex, in: v, approvedOnly: true) != nil { return nil }
        return closedCompoundWord(entryIndex, in: v) { $0.status == .deprecated }
    }

    /// In a language that writes closed compounds (`closedCompounds`, Dutch), the index in
    /// `v.wordTokens` of the first word that holds a term of the entry (approved ones only when
    /// `approvedOnly`) as a closed compound: a one-word term of four letters or more is the word, begins it,
    /// or ends it, optionally followed by one of the locale's `inflections` ("schooldagen" holds "school",
    /// "jongerenbelofte" "jongeren", "trackingcookies" "cookie", "medeburgers" "burger", "datalekken"
    /// "datalek"; so does "School" inside the name "LUCA School of Arts"); a term of several words counts
    /// written closed, as Dutch spelling joins the words of a multi-word term inside a compound
    /// ("socialemediakanalen" holds "sociale media"), or with hyphens between its words at the start of a compound
    /// ("sociale-zekerheidsovereenkomst" holds "sociale zekerheid"). `nil` elsewhere.
    /// - Complexity: O(terms × words of the variant).
    func closedCompoundWord(_ entryIndex: Int, in v: VariantAnalysis, approvedOnly: Bool) -> Int? {
        closedCompoundWord(entryIndex, in: v) { !approvedOnly || $0.status.isApproved }
    }

    /// ``closedCompoundWord(_:in:approvedOnly:)`` for the entry's terms that `include` accepts.
    func closedCompoundWord(_ entryIndex: Int, in v: VariantAnalysis, where include: (Term) -> Bool) -> Int? {
        let rules = rules(for: v.locale)
        guard rules.closedCompounds else { return nil }
        let endings = rules.inflections.map(WordTokenizer.fold).filter { !$0.isEmpty }
        let terms = termbase.entries[entryIndex].terms(for: v.locale).filter(include)
        for term in terms {
            let folded = WordTokenizer.fold(term.text)
            let t = folded.split(separator: " ").joined()
            guard t.count >= 4 else { continue }
            let multiWord = t != folded
            // Dutch writes a long vowel once before an inflection that opens the syllable ("factuur",
            // "telecomfacturen"), so with `collapseDoubleVowels` the ending test counts doubled vowels once.
            let single = rules.collapseDoubleVowels ? CheckContext.singleVowels(t) : t
            let keys = recognizers[v.locale]?.keys
            // A verb's infinitive, or a noun made of one, begins a compound as its stem ("cyberpesten" in
            // "cyberpestcampagne", "melden" in "meldpunt"; blind set 4): the stem, then a head of three letters or more.
            let stem = multiWord ? nil : rules.verbs.compoundStem(of: t)
            // A term of several words may also be joined to the rest of the compound by a hyphen between its words
            // ("sociale-zekerheidsovereenkomst", "openbaar-vervoerbedrijf"; blind set 5).
            let hyphenated = multiWord ? folded.split(separator: " ").joined(separator: "-") : nil
            let found = v.words.firstIndex { w in
                if w.hasPrefix(t) { return !multiWord || w.count > t.count }
                if let hyphenated, w.hasPrefix(hyphenated), w.count > hyphenated.count { return true }
                if let stem, w.hasPrefix(stem), w.count >= stem.count + 3 { return true }
                if w.hasSuffix(t) || endings.contains(where: { w.hasSuffix(t + $0) }) { return true }
                // A plural whose stem changes ("tabaksprijzen": prijs → prijzen) ends in the term once lemmatised.
                if let keys, keys.lemma(w).hasSuffix(t) { return true }
                guard single != t else { return false }
                let ws = CheckContext.singleVowels(w)
                return endings.contains { ws.hasSuffix(single + CheckContext.singleVowels($0)) }
            }
            if let found { return found }
        }
        return nil
    }
}

extension CheckContext {
    /// `s` with each doubled vowel written once ("factuur" → "factur").
    static func singleVowels(_ s: String) -> String {
        var out: [Character] = []
        for c in s where !(out.last == c && "aeiou".contains(c)) { out.append(c) }
        return String(out)
    }
}

/// A rule that looks at one unit at a time.
protocol UnitRule: Sendable {
    var rule: CheckRule { get }
    func check(_ unit: UnitAnalysis, _ context: CheckContext) -> [Finding]
}

/// A rule that compares units with each other.
protocol SetRule: Sendable {
    var rule: CheckRule { get }
    func check(_ units: [UnitAnalysis], _ context: CheckContext) -> [Finding]
}

extension CheckRule {
    /// A finding of this rule with its default severity.
    func finding(_ locale: LanguageTag, _ unit: String, termId: String? = nil, text: String, start: Int, end: Int,
                 message: String, suggestion: String? = nil, textLocale: LanguageTag? = nil, severity: Severity? = nil) -> Finding {
        Finding(rule: id, severity: severity ?? self.severity, locale: locale, unit: unit, termId: termId, text: text,
                start: start, end: end, message: message, suggestion: suggestion, textLocale: textLocale)
    }
}

/// Quotes a term or a sentence for a message: “réseau social”. A text that opens with a double quotation mark
/// of its own (a translated quote: “Klik nooit …”, « Ne cliquez jamais … ») goes inside single marks, as
/// nested quotations are written in English: ‘“Klik nooit …” zegt ze.’ Doubled marks (““Klik …) read as a
/// typo (eighth trial, item 16).
func quoted(_ s: String) -> String {
    if let first = s.first, doubleQuotationOpeners.contains(first) { return "‘\(s)’" }
    return "“\(s)”"
}

/// Characters that open a quotation with double marks in en, nl and fr text, straight and typographic.
private let doubleQuotationOpeners: Set<Character> = ["“", "„", "\"", "«"]
