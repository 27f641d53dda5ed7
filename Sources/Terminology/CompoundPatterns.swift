import TaalgrensCore

/// How a locale builds a noun out of two nouns written apart, for the "possible compound" reading of
/// `missing-term` (`docs/terminology.md`, "A term inside a longer noun phrase"): English puts a noun
/// modifier before its head ("head teacher", "teacher training"), French joins head and modifier with a
/// link word and no article ("directeur d'école", "brosse à dents"). Dutch writes such compounds as one word
/// ("schoolhoofd"), where a term never matches inside (unless it is marked as a compound head), so it needs
/// no patterns. Read from the `compounds` object of `Locales/<locale>/terminology.json`; every key optional.
public struct CompoundPatterns: Hashable, Codable, Sendable {
    /// A content word right before the term may modify it: the two may be one noun ("head teacher").
    var modifierBefore: Bool
    /// A content word right after the term may be the head it modifies ("teacher training"), when it has one
    /// of ``headEndings`` or is a term of the termbase itself.
    var headAfter: Bool
    /// Endings of adjectives and adverbs (English "al", "ous", "ive", "ful", "less", "able", "ly", "ed",
    /// "est"): a word with such an ending (and at least three Characters before it) is not a noun modifier.
    var adjectiveEndings: [String]
    /// Adjectives without such an ending, which also never make a compound ("new", "young", "good").
    var adjectives: [String]
    /// Endings of derived nouns (English "ing", "tion", "ment", "ness", "ship", "ity"): a word after the term
    /// with one of them (and at least three Characters before it) may be the head of a compound.
    var headEndings: [String]
    /// Words that join a head and its modifier without an article (French "de", "d'", "à"): "X de Y", where
    /// neither X nor Y is a function word, is one noun.
    var linkWords: [String]
    /// Words after which a word is a verb ("to", "can", "must", "you", "please"): with an ``objectWords`` word
    /// after it, a noun term's word there is a verb ("you can update your phone").
    var verbCues: [String]
    /// Words that open a verb's object ("your", "the", "a", "it", "them").
    var objectWords: [String]
    /// Linking verbs ("is", "are", "seems"): a word of ``adjectives`` after one is a predicate adjective ("is fine").
    var copulas: [String]
    /// Words that may stand between a linking verb and its adjective ("not", "very", "quite").
    var degreeWords: [String]
    /// Words after which a verb term's word is a noun: determiners and quantifiers ("the", "a", "its", "more",
    /// "several": "the annual report", "more reports").
    var nounCues: [String]
    /// Words before which a verb term's word is a noun ("of": "reports of fraud", "a block of flats").
    var nounFollowers: [String]

    /// Patterns from their fields; the defaults find no compound and no other word class.
    public init(modifierBefore: Bool = false, headAfter: Bool = false, adjectiveEndings: [String] = [], adjectives: [String] = [],
                headEndings: [String] = [], linkWords: [String] = [], verbCues: [String] = [], objectWords: [String] = [],
                copulas: [String] = [], degreeWords: [String] = [], nounCues: [String] = [], nounFollowers: [String] = []) {
        self.modifierBefore = modifierBefore
        self.headAfter = headAfter
        self.adjectiveEndings = adjectiveEndings
        self.adjectives = adjectives
        self.headEndings = headEndings
        self.linkWords = linkWords
        self.verbCues = verbCues
        self.objectWords = objectWords
        self.copulas = copulas
        self.degreeWords = degreeWords
        self.nounCues = nounCues
        self.nounFollowers = nounFollowers
    }

    enum CodingKeys: String, CodingKey {
        case modifierBefore, headAfter, adjectiveEndings, adjectives, headEndings, linkWords, verbCues, objectWords, copulas, degreeWords, nounCues, nounFollowers
    }

    /// Decodes this part of a `Locales/<locale>/terminology.json` rule file; a key left out takes its empty default.
    /// - Throws: `DecodingError` when a key holds a value of another type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(modifierBefore: try c.decodeIfPresent(Bool.self, forKey: .modifierBefore) ?? false,
                  headAfter: try c.decodeIfPresent(Bool.self, forKey: .headAfter) ?? false,
                  adjectiveEndings: try c.decodeIfPresent([String].self, forKey: .adjectiveEndings) ?? [],
                  adjectives: try c.decodeIfPresent([String].self, forKey: .adjectives) ?? [],
                  headEndings: try c.decodeIfPresent([String].self, forKey: .headEndings) ?? [],
                  linkWords: try c.decodeIfPresent([String].self, forKey: .linkWords) ?? [],
                  verbCues: try c.decodeIfPresent([String].self, forKey: .verbCues) ?? [],
                  objectWords: try c.decodeIfPresent([String].self, forKey: .objectWords) ?? [],
                  copulas: try c.decodeIfPresent([String].self, forKey: .copulas) ?? [],
                  degreeWords: try c.decodeIfPresent([String].self, forKey: .degreeWords) ?? [],
                  nounCues: try c.decodeIfPresent([String].self, forKey: .nounCues) ?? [],
                  nounFollowers: try c.decodeIfPresent([String].self, forKey: .nounFollowers) ?? [])
    }

    /// Whether the patterns can find anything.
    var isEmpty: Bool { !modifierBefore && !headAfter && linkWords.isEmpty }
}

/// Finds the longer noun phrase a term occurrence stands in, by a locale's ``CompoundPatterns``.
struct CompoundFinder {
    let patterns: CompoundPatterns
    /// The locale's function words (`function-words.txt`, lower case): never part of a compound.
    let functionWords: Set<String>
    /// The locale's number words (`numbers.words`): never part of a compound.
    let numberWords: Set<String>
    /// The locale's number words of two or more ("two", "dozen", "hundred"): a verb term's word after one is a
    /// plural noun ("two blocks"). "one", "zero" and the ordinal "first" (value 1) are left out: "no one reports it",
    /// "first block the sender" keep their verbs.
    let pluralNumberWords: Set<String>

    init(rules: LocaleTerminology, functionWords: Set<String>) {
        patterns = rules.compounds
        self.functionWords = functionWords
        numberWords = Set(rules.numbers.words.keys.map(WordTokenizer.fold))
        pluralNumberWords = Set(rules.numbers.words.filter { $0.value >= 2 }.keys.map(WordTokenizer.fold))
    }

    /// The UTF-16 range of the noun phrase longer than `occurrence` that it is part of in `v`, or `nil`.
    ///
    /// A neighbour word counts only when nothing but white space stands between it and the term (no
    /// punctuation, no inline code boundary), it is made of letters, it is neither a function word nor a
    /// number word, and it is not capitalised where the term is not (a name or a nationality: "Flemish
    /// teachers"), unless it begins the sentence. Then:
    /// - before the term (``CompoundPatterns/modifierBefore``): it is not an adjective (``adjectives``,
    ///   ``adjectiveEndings``): "head teacher", "maths teacher", not "new teacher", "qualified teacher";
    /// - after the term (``CompoundPatterns/headAfter``): it ends like a derived noun (``headEndings``) or is a
    ///   term of the termbase itself (another occurrence in `v`): "teacher training";
    /// - across a link word (``CompoundPatterns/linkWords``), either side: the word beyond the link is not a
    ///   function word (an article makes it a phrase, "directeur de l'école"): "directeur d'école".
    /// - Complexity: O(log w + t) for w words and t term occurrences of `v`.
    func compound(around occurrence: TermOccurrence, in v: VariantAnalysis) -> Range<Int>? {
        guard !patterns.isEmpty else { return nil }
        let words = v.wordTokens
        guard let first = words.firstIndex(where: { $0.start >= occurrence.start }),
              let last = words.lastIndex(where: { $0.end <= occurrence.end }), first <= last else { return nil }
        let units = Array(v.text.utf16)
        let termCapitalised = words[first].text.first?.isUppercase == true && !words[first].sentenceInitial
        func joined(_ a: Int, _ b: Int) -> Bool {
            guard a >= 0, b < words.count, words[a].end <= words[b].start else { return false }
            return units[words[a].end..<words[b].start].allSatisfy { Character(Unicode.Scalar($0) ?? " ").isWhitespace }
        }
        func content(_ i: Int) -> Bool {
            guard i >= 0, i < words.count else { return false }
            let w = words[i]
            guard !w.isElision, w.text.allSatisfy({ $0.isLetter || $0 == "-" }), w.text.contains(where: \.isLetter) else { return false }
            if functionWords.contains(w.folded) || numberWords.contains(w.folded) { return false }
            if w.text.first?.isUppercase == true && !w.sentenceInitial && !termCapitalised { return false }
            return true
        }
        func ends(_ word: String, _ endings: [String]) -> Bool {
            endings.contains { word.hasSuffix($0) && word.count >= $0.count + 3 }
        }
        func isTerm(_ i: Int) -> Bool {
            let w = words[i]
            return v.terms.contains { $0.start <= w.start && w.end <= $0.end && !($0.start == occurrence.start && $0.end == occurrence.end) }
        }
        if patterns.modifierBefore, joined(first - 1, first), content(first - 1) {
            let w = words[first - 1].folded
            if !patterns.adjectives.contains(w) && !ends(w, patterns.adjectiveEndings) {
                return words[first - 1].start..<occurrence.end
            }
        }
        if patterns.headAfter, joined(last, last + 1), content(last + 1),
           ends(words[last + 1].folded, patterns.headEndings) || isTerm(last + 1) {
            return occurrence.start..<words[last + 1].end
        }
        if !patterns.linkWords.isEmpty {
            // Head before the link: the term, then "de"/"d'"/"à", then a word that is no article.
            if last + 2 < words.count, patterns.linkWords.contains(words[last + 1].folded),
               words[last + 1].isElision ? words[last + 1].end == words[last + 2].start : joined(last + 1, last + 2),
               joined(last, last + 1), content(last + 2) {
                return occurrence.start..<words[last + 2].end
            }
            // Modifier after the link: a content word, then the link, then the term.
            if first >= 2, patterns.linkWords.contains(words[first - 1].folded),
               words[first - 1].isElision ? words[first - 1].end == words[first].start : joined(first - 1, first),
               joined(first - 2, first - 1), content(first - 2) {
                return words[first - 2].start..<occurrence.end
            }
        }
        return nil
    }

    /// Whether the first word of a verb term's `occurrence` reads as a noun in `v` (blind set 3, a verb term
    /// standing as a noun): it follows a ``CompoundPatterns/nounCues`` word ("the report", "more reports"), a
    /// number in digits ("40,000 reports") or in words of two or more (``pluralNumberWords``: "two blocks", blind
    /// set 6) or an adjective (``CompoundPatterns/adjectives``, or a word with one of
    /// ``CompoundPatterns/adjectiveEndings`` but "ly", which makes adverbs: "annual report", "small blocks"), or
    /// a ``CompoundPatterns/nounFollowers`` word follows it ("a block of flats"), or it ends its clause after a
    /// `nounCues` word and one other word ("a copy of the police report."; blind set 4). Neighbours count only when
    /// nothing but white space separates them from the word.
    /// - Complexity: O(log w) for w words of `v`.
    func readsAsNoun(_ occurrence: TermOccurrence, in v: VariantAnalysis) -> Bool {
        let words = v.wordTokens
        guard let i = words.firstIndex(where: { $0.start == occurrence.start }) else { return false }
        let units = Array(v.text.utf16)
        func joined(_ a: Int, _ b: Int) -> Bool {
            guard a >= 0, b < words.count, words[a].end <= words[b].start else { return false }
            return units[words[a].end..<words[b].start].allSatisfy { Character(Unicode.Scalar($0) ?? " ").isWhitespace }
        }
        if joined(i, i + 1), patterns.nounFollowers.contains(words[i + 1].folded) { return true }
        guard joined(i - 1, i) else { return false }
        // A cue, one word, then the word at the end of its clause is the head of a noun phrase ("a copy of the
        // police report."; "the police report that …" and "the police report it" stay verbs).
        if i + 1 == words.count || !joined(i, i + 1) && units[words[i].end..<words[i + 1].start].contains(where: { ".;:!?".utf16.contains($0) }),
           joined(i - 2, i - 1), patterns.nounCues.contains(words[i - 2].folded), words[i - 1].text.allSatisfy(\.isLetter) {
            return true
        }
        let before = words[i - 1].folded
        if patterns.nounCues.contains(before) || patterns.adjectives.contains(before) { return true }
        if before.first?.isNumber == true, before.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }) { return true }
        if pluralNumberWords.contains(before) { return true }
        return patterns.adjectiveEndings.contains { $0 != "ly" && before.hasSuffix($0) && before.count >= $0.count + 3 }
    }

    /// Whether the one-word `occurrence` of a noun term reads as another word class in `v` (blind set 2,
    /// "Words in another sense"): a verb, when an ``CompoundPatterns/objectWords`` word follows it and it begins
    /// the sentence (an imperative, "Update your smartphone") or follows a ``CompoundPatterns/verbCues`` word
    /// ("you can update it"); or an adjective, when the word itself is one of the locale's
    /// ``CompoundPatterns/adjectives`` and it stands before a content word ("a fair price", "the fine print")
    /// or after a linking verb, with ``CompoundPatterns/degreeWords`` between ("is fine", "are not fair").
    /// Neighbours count only when nothing but white space separates them from the word.
    /// - Complexity: O(log w) for w words of `v`.
    func readsAsOtherWordClass(_ occurrence: TermOccurrence, in v: VariantAnalysis) -> Bool {
        let words = v.wordTokens
        guard let i = words.firstIndex(where: { $0.start == occurrence.start }), words[i].end == occurrence.end else { return false }
        let units = Array(v.text.utf16)
        func joined(_ a: Int, _ b: Int) -> Bool {
            guard a >= 0, b < words.count, words[a].end <= words[b].start else { return false }
            return units[words[a].end..<words[b].start].allSatisfy { Character(Unicode.Scalar($0) ?? " ").isWhitespace }
        }
        let next = joined(i, i + 1) ? words[i + 1].folded : nil
        if let next, patterns.objectWords.contains(next),
           words[i].sentenceInitial || (joined(i - 1, i) && patterns.verbCues.contains(words[i - 1].folded)) {
            return true
        }
        guard patterns.adjectives.contains(words[i].folded) else { return false }
        if next != nil, words[i + 1].text.allSatisfy(\.isLetter), !functionWords.contains(next!), !numberWords.contains(next!),
           words[i + 1].text.first?.isUppercase != true {
            return true
        }
        var k = i - 1
        while k >= 0, joined(k, k + 1), patterns.degreeWords.contains(words[k].folded) { k -= 1 }
        return k >= 0 && joined(k, k + 1) && patterns.copulas.contains(words[k].folded)
    }
}
