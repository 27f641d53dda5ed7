import Foundation
import TaalgrensCore

/// How a locale conjugates the verbs a termbase gives in their citation form (TBX `partOfSpeech` `verb`), read
/// from the `verbs` object of `Locales/<locale>/terminology.json` (`docs/terminology.md`, "Verb terms").
///
/// Snowball stems join few verb forms ("signalez" and "signaler" share a stem but differ by an ending that is
/// no noun inflection; "meldt", "gemeld" and "melden" do not share one), so a verb term lists its forms
/// itself: the infinitive's ending is replaced by each ending of its conjugation class, the longest class
/// ending that fits first (French "crire" before "re", "er"; Dutch "en"; English "e", "y", or "" for any). Every
/// key is optional; the defaults conjugate nothing.
public struct VerbRules: Hashable, Codable, Sendable {
    /// Infinitive ending → the endings that replace it ("er": "e", "ez", "ent", "é", "ées", …). An ending that
    /// begins with a vowel follows the infinitive's stem as it is ("stur" + "en"); any other ending follows the
    /// stem as written alone (``doubleOpenVowel``, ``finalDevoicing``: "stuur" + "de").
    var conjugations: [String: [String]]
    /// Endings before which a stem's final consonant may be doubled (English "ed", "ing": "cancelled").
    var doubling: [String]
    /// The prefix of the past participle (Dutch "ge": "gemeld"), followed by the stem and one of
    /// ``participleEndings``.
    var participlePrefix: String?
    /// The endings of a participle after ``participlePrefix`` and the stem (Dutch "d", "t", "en").
    var participleEndings: [String]
    /// Beginnings after which a verb takes no ``participlePrefix`` (Dutch "be", "ver", "ont": "verlengd").
    var unprefixedBeginnings: [String]
    /// Double the vowel of a stem's last open syllable and undouble a final double consonant when the stem
    /// stands alone (Dutch spelling: "sturen" → "stuur", "blokkeren" → "blokkeer", "zeggen" → "zeg").
    var doubleOpenVowel: Bool
    /// A stem's final consonant when it stands alone (Dutch "v" → "f", "z" → "s": "geven" → "geef").
    var finalDevoicing: [String: String]
    /// Separable particles (Dutch "aan", "door", "op", "in"): a verb term that begins with one is also found
    /// with the particle split off and standing later in the clause ("Stuur de mail door").
    var particles: [String]
    /// Words after which a split particle reads as a preposition ("de", "het", "een": "Meld het aan de
    /// politie" holds "melden", not "aanmelden").
    var prepositionCues: [String]
    /// The word that marks an infinitive and stands between a separable verb's particle and its base (Dutch "te":
    /// "om in te loggen" is "inloggen"; blind set 7).
    var infinitiveMarkers: [String]
    /// Irregular forms of a verb, by its infinitive (Dutch "geven": "gaf", "gaven", "gegeven").
    var irregular: [String: [String]]
    /// Reflexive pronouns that may begin a verb term (French "se", "s'" in "s'inscrire"): the term is found
    /// without it, as the pronoun changes with the person ("vous inscrire", "inscrivez-vous").
    var reflexives: [String]
    /// Pronouns joined to an imperative with a hyphen (French "vous", "le": "inscrivez-vous", "supprimez-le").
    var enclitics: [String]
    /// Endings that make an adverb of an adjective (French "ment" on the feminine: "gratuitement"), so that an
    /// adjective term (TBX `partOfSpeech` adjective) is found in its adverb.
    var adverbEndings: [String]
    /// Endings a past participle takes as an adjective before a noun (Dutch "e": "de bijgewerkte versie",
    /// "gemelde fraude"), so that the inflected participle is a form of the verb too.
    var participleInflections: [String]
    /// Endings that make a noun of a verb (French "ement", "ation"; Dutch "ing"): a word with the verb's Snowball
    /// stem followed by one of them, or by one of them and a plural "s" or "en" ("signalement", "actualisation",
    /// "meldingen"), renders a verb term in the looser rendering test of the rules (``TermRecognizer/holdsFamilyNoun(_:approvedOnly:words:)``):
    /// a translation may name the action by its noun ("faire un signalement" for "report it").
    var nounEndings: [String]
    /// Infinitive endings that make a verb of a noun as it stands (conversion: Dutch "en", "mail" → "mailen",
    /// "fiets" → "fietsen"; French "er", "facture" → "facturer", a final "e" of the noun dropped before an ending that
    /// begins with it): a form of that verb ("gemaild", "facturé") renders a one-word noun term in the looser rendering
    /// test of the rules (``TermRecognizer/holdsFamilyVerb(_:approvedOnly:words:)``), as a translation may name the
    /// thing by the verb made on it ("Je krijgt het resultaat gemaild" for "by email"; blind set 5).
    var conversionEndings: [String]

    /// Rules from their fields; the defaults conjugate nothing.
    public init(conjugations: [String: [String]] = [:], doubling: [String] = [], participlePrefix: String? = nil,
                participleEndings: [String] = [], unprefixedBeginnings: [String] = [], doubleOpenVowel: Bool = false,
                finalDevoicing: [String: String] = [:], particles: [String] = [], prepositionCues: [String] = [],
                irregular: [String: [String]] = [:], reflexives: [String] = [], enclitics: [String] = [], adverbEndings: [String] = [],
                participleInflections: [String] = [], nounEndings: [String] = [], conversionEndings: [String] = [],
                infinitiveMarkers: [String] = []) {
        self.conjugations = conjugations
        self.doubling = doubling
        self.participlePrefix = participlePrefix
        self.participleEndings = participleEndings
        self.unprefixedBeginnings = unprefixedBeginnings
        self.doubleOpenVowel = doubleOpenVowel
        self.finalDevoicing = finalDevoicing
        self.particles = particles
        self.prepositionCues = prepositionCues
        self.irregular = irregular
        self.reflexives = reflexives
        self.enclitics = enclitics
        self.adverbEndings = adverbEndings
        self.participleInflections = participleInflections
        self.nounEndings = nounEndings
        self.conversionEndings = conversionEndings
        self.infinitiveMarkers = infinitiveMarkers
    }

    enum CodingKeys: String, CodingKey {
        case conjugations, doubling, participlePrefix, participleEndings, unprefixedBeginnings, doubleOpenVowel, finalDevoicing,
             particles, prepositionCues, irregular, reflexives, enclitics, adverbEndings, participleInflections, nounEndings,
             conversionEndings, infinitiveMarkers
    }

    /// Decodes this part of a `Locales/<locale>/terminology.json` rule file; a key left out takes its empty default.
    /// - Throws: `DecodingError` when a key holds a value of another type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(conjugations: try c.decodeIfPresent([String: [String]].self, forKey: .conjugations) ?? [:],
                  doubling: try c.decodeIfPresent([String].self, forKey: .doubling) ?? [],
                  participlePrefix: try c.decodeIfPresent(String.self, forKey: .participlePrefix),
                  participleEndings: try c.decodeIfPresent([String].self, forKey: .participleEndings) ?? [],
                  unprefixedBeginnings: try c.decodeIfPresent([String].self, forKey: .unprefixedBeginnings) ?? [],
                  doubleOpenVowel: try c.decodeIfPresent(Bool.self, forKey: .doubleOpenVowel) ?? false,
                  finalDevoicing: try c.decodeIfPresent([String: String].self, forKey: .finalDevoicing) ?? [:],
                  particles: try c.decodeIfPresent([String].self, forKey: .particles) ?? [],
                  prepositionCues: try c.decodeIfPresent([String].self, forKey: .prepositionCues) ?? [],
                  irregular: try c.decodeIfPresent([String: [String]].self, forKey: .irregular) ?? [:],
                  reflexives: try c.decodeIfPresent([String].self, forKey: .reflexives) ?? [],
                  enclitics: try c.decodeIfPresent([String].self, forKey: .enclitics) ?? [],
                  adverbEndings: try c.decodeIfPresent([String].self, forKey: .adverbEndings) ?? [],
                  participleInflections: try c.decodeIfPresent([String].self, forKey: .participleInflections) ?? [],
                  nounEndings: try c.decodeIfPresent([String].self, forKey: .nounEndings) ?? [],
                  conversionEndings: try c.decodeIfPresent([String].self, forKey: .conversionEndings) ?? [],
                  infinitiveMarkers: try c.decodeIfPresent([String].self, forKey: .infinitiveMarkers) ?? [])
    }

    /// Whether the rules conjugate anything.
    var isEmpty: Bool { conjugations.isEmpty && irregular.isEmpty }

    /// Whether `word` (folded) conjugates as a verb by these rules: ``irregular`` lists it, or it ends in an infinitive
    /// ending of ``conjugations`` that is not empty, with at least two letters before it (French "tenir", "rendre",
    /// Dutch "houden"; not English "account", whose only class is the empty ending that every word has). The idioms
    /// of a locale use it to find which of their words may be conjugated (``TermRecognizer``).
    func conjugatesAsVerb(_ word: String) -> Bool {
        let verb = VerbRules.plain(word)
        if irregular[verb] != nil { return true }
        return conjugations.keys.map(VerbRules.plain).contains { !$0.isEmpty && verb.hasSuffix($0) && verb.count - $0.count >= 2 }
    }

    /// A folded word without its diacritics, as verb forms are compared ("transfèrent" is a form of
    /// "transférer", whose stem the conjugation keeps as "transfér").
    static func plain(_ folded: String) -> String {
        folded.folding(options: .diacriticInsensitive, locale: nil)
    }

    /// The forms of a verb, folded and without diacritics.
    /// - Parameter infinitive: the verb as a termbase gives it, folded ("melden", "signaler", "doorsturen").
    /// - Returns: `joined`, every form written as one word ("meldt", "gemeld", "doorgestuurd", "signalez"), and
    ///   `split`, the finite forms of a separable verb's base with its particle ("stuur", "door"), or `nil`.
    /// - Complexity: O(endings of the verb's class).
    func forms(of infinitive: String) -> (joined: Set<String>, split: (forms: Set<String>, particle: String)?) {
        let verb = VerbRules.plain(infinitive)
        if let particle = particles.map(VerbRules.plain).sorted(by: { $0.count > $1.count }).first(where: {
            verb.hasPrefix($0) && verb.count - $0.count >= 4 && !baseForms(String(verb.dropFirst($0.count))).finite.isEmpty
        }) {
            let base = baseForms(String(verb.dropFirst(particle.count)))
            var joined: Set<String> = [verb]
            for form in base.finite.union(base.participles) {
                // The participle takes the prefix after the particle: "door" + "ge" + "stuurd".
                joined.insert(particle + form)
            }
            return (joined, (base.finite, particle))
        }
        let base = baseForms(verb)
        return (base.finite.union(base.participles).union([verb]), nil)
    }

    /// The stem a verb, or a noun made of a verb's infinitive, takes as the first part of a closed compound, as the
    /// language writes it alone (Dutch "cyberpesten" → "cyberpest" in "cyberpestcampagne", "melden" → "meld" in
    /// "meldpunt", "sturen" → "stuur"); `nil` when `infinitive` ends in none of the language's `conjugations`
    /// endings, leaves a stem of fewer than four letters, or the language doubles no open vowel (only a language
    /// that spells its stems alone, Dutch, builds compounds on them).
    /// - Parameter infinitive: the word as a termbase gives it, folded.
    func compoundStem(of infinitive: String) -> String? {
        guard doubleOpenVowel else { return nil }
        let verb = VerbRules.plain(infinitive)
        guard let ending = conjugations.keys.map(VerbRules.plain).filter({ !$0.isEmpty && verb.hasSuffix($0) }).max(by: { $0.count < $1.count }) else { return nil }
        let stem = spelledAlone(String(verb.dropLast(ending.count)))
        return stem.count >= 4 ? stem : nil
    }

    /// The finite forms and the participles of a verb without a particle.
    private func baseForms(_ verb: String) -> (finite: Set<String>, participles: Set<String>) {
        var finite: Set<String> = [], participles: Set<String> = []
        // Irregular forms count as finite ones (a split separable verb may begin with any of them: "gaf … aan").
        finite.formUnion(irregular[verb]?.map(VerbRules.plain) ?? [])
        guard let (ending, endings) = conjugations.map({ (VerbRules.plain($0.key), $0.value.map(VerbRules.plain)) })
            .filter({ verb.hasSuffix($0.0) && verb.count - $0.0.count >= 2 })
            .max(by: { $0.0.count < $1.0.count }) else { return (finite, participles) }
        let stem = String(verb.dropLast(ending.count))
        let alone = spelledAlone(stem)
        func joined(_ e: String) -> String { (e.first.map { "aeiouy".contains($0) } ?? false) ? stem + e : alone + e }
        for e in endings {
            finite.insert(joined(e))
            if doubling.contains(e), let last = stem.last, !"aeiouy".contains(last) { finite.insert(stem + String(last) + e) }
        }
        finite.insert(verb)
        if let prefix = participlePrefix.map(VerbRules.plain) {
            let takesPrefix = !unprefixedBeginnings.map(VerbRules.plain).contains { verb.hasPrefix($0) && verb.count > $0.count + 3 }
            for e in participleEndings.map(VerbRules.plain) {
                let participle = (takesPrefix ? prefix : "") + joined(e)
                participles.insert(participle)
                for i in participleInflections.map(VerbRules.plain) where !participle.hasSuffix("en") { participles.insert(participle + i) }
            }
        }
        return (finite, participles)
    }

    /// A stem as the language writes it with nothing after it (Dutch "stur" → "stuur", "zegg" → "zeg",
    /// "gev" → "geef"); other languages keep it as it is.
    private func spelledAlone(_ stem: String) -> String {
        var s = Array(stem)
        guard doubleOpenVowel, s.count >= 2 else { return stem }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        if s.count >= 3, s[s.count - 1] == s[s.count - 2], !vowels.contains(s[s.count - 1]) {
            s.removeLast()
        } else if s.count >= 3, !vowels.contains(s[s.count - 1]), vowels.contains(s[s.count - 2]), !vowels.contains(s[s.count - 3]),
                  s[s.count - 2] != "i" {
            s.insert(s[s.count - 2], at: s.count - 1)
        }
        if let last = s.last, let voiceless = finalDevoicing[String(last)] {
            s.removeLast()
            s.append(contentsOf: voiceless)
        }
        return String(s)
    }
}
