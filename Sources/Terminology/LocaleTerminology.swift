import Foundation
import TaalgrensCore

/// The rules term recognition and the checks need for one locale, read from
/// `Locales/<locale>/terminology.json` (see `docs/terminology.md` for every key).
///
/// A locale is added by adding its file, not by changing code. Keys, all optional:
/// - `stemmer`: the Snowball algorithm name (`dutch`, `french`, `english`); absent means no stemming,
///   so `inflected` terms match as written (case-folded).
/// - `elisions`: elided words written with an apostrophe and glued to the next word (`l'`, `d'`,
///   `qu'`); they are split off so that "l'internet" holds the word "internet". Both `'` and `’` match.
/// - `clitics`: endings glued to a word with an apostrophe and split off it (`'s` in "Child Focus's").
/// - `forms`: irregular forms Snowball misses, mapped to their lemma (`"helplines": "helpline"`).
/// - `endings`: regular endings Snowball leaves on, replaced before stemming when the rest keeps at
///   least three Characters (Dutch `"es": "e"`: English loanwords such as "websites", "hotlines" take a
///   plural -s after a vowel, which the Dutch stemmer keeps; Dutch diminutives `"je": ""`, `"tje": ""`:
///   "appje" is "app").
/// - `keep`: words Snowball over-reduces; they are compared unstemmed (`"donnée"`, which Snowball
///   reduces to "don", the stem of "dons").
/// - `hyphenatedCompounds`: whether a term may be the first or the last parts of a hyphenated compound
///   ("Safer Internet Day-campagne", "B-BICO-consortium", "privacy-instellingen"), as Dutch spelling
///   writes them.
/// - `closedCompounds`: whether the language writes compounds as one word (Dutch "schooldagen",
///   "jongerenbelofte"): a term at the start or the end of a longer word then satisfies `missing-term`
///   and `cross-target`, though it is not recognised there (unless it is a compound head).
/// - `headFirst`: whether the head noun of a noun phrase comes first (French "fuite de données", "clé numérique"),
///   so that the first word of a term of several words is the shorter form that takes it up in the next sentence
///   ("la fuite"); otherwise the last word is (English, Dutch: "de sleutel" for "digitale sleutel"). See
///   ``CheckContext/takesUp(_:in:earlier:)``.
/// - `inflections`: the endings by which inflected forms of one word differ (English "s", "es"; French
///   "s", "x", "al"/"aux", …); when given, words with equal stems must also differ only by these endings.
/// - `collapseDoubleVowels`: compare inflections with doubled vowels counted once (Dutch "school" /
///   "scholen", "sociaal" / "sociale").
/// - `minimumCompoundModifier`: the shortest modifier, in Characters, before a compound head (default 3).
/// - `numbers`: times, time ranges, number words and scale words for `number-mismatch` (see
///   ``NumberFormat``); separators and month names come from CLDR through the Tokenization module.
/// - `spacing`: punctuation that needs a no-break space (see ``SpacingRules``).
/// - `compounds`: how the language writes a noun of two nouns apart, for the "possible compound" reading of
///   `missing-term` (see ``CompoundPatterns``).
/// - `relatedAdjectives`: noun → its relational adjectives ("école" → "scolaire"), which render a one-word term
///   for `missing-term` and `cross-target`.
/// - `verbs`: how the language conjugates verb terms (see ``VerbRules``).
/// - `idioms`: fixed expressions in which a word never carries a term's sense ("into account", "on account of",
///   French "tenir compte", Dutch "rekening houden"), each written as the words appear; no term is recognised
///   inside one.
/// - `inclusiveMarks` and `inclusiveSuffixes`: French inclusive writing (*écriture inclusive*) joins the feminine
///   endings to a word with a middle dot or a full stop ("les citoyen·ne·s", "utilisateur·rice·s", "des
///   citoyen.ne.s"); a word whose parts after the first are all `inclusiveSuffixes`, joined by `inclusiveMarks`, is
///   read as its first part, in the plural when its last part ends in s or x (blind set 8).
/// - `keptNounEndings`: endings a noun keeps in every form (Dutch "e": "ziekte"/"ziekten", "zelfstandige"/
///   "zelfstandigen"): a one-word noun term ending in one is found only in words that begin with it, so the adjective
///   or participle it is made of ("zelfstandig", "verzekerd") is not the noun (blind set 8).
/// - `adjectiveNounEndings`: endings that make a noun of an adjective (Dutch "heid", English "ness"): the adjective
///   renders a noun term made so in the looser rendering test of `missing-term` and `cross-target` ("arbeidsongeschikt"
///   for "arbeidsongeschiktheid"; blind set 8).
/// - `diminutiveEndings`: the endings of a diminutive (Dutch "tje", "je", …): a term that is itself a diminutive
///   ("mobieltje") is found only in diminutives, never in its base's other forms ("mobiele"; blind set 8).
public struct LocaleTerminology: Hashable, Codable, Sendable {
    /// Snowball algorithm name (`dutch`, `french`, `english`), or `nil` for no stemming.
    public var stemmer: String?
    /// Elided words split off the next word (`l'`, `qu'`).
    var elisions: [String]
    /// Endings split off a word (`'s`).
    var clitics: [String]
    /// Irregular forms and their lemma.
    var forms: [String: String]
    /// Regular ending replacements applied before stemming.
    var endings: [String: String]
    /// Words compared unstemmed.
    var keep: [String]
    /// Terms may be the first or last parts of hyphenated words.
    var hyphenatedCompounds: Bool
    /// The language writes closed compounds (the looser "rendered" test of `missing-term`).
    var closedCompounds: Bool
    /// The head noun of a noun phrase comes first (French), not last (English, Dutch).
    var headFirst: Bool
    /// Endings by which inflected forms of one word differ; empty: stems alone decide.
    var inflections: [String]
    /// Count doubled vowels once when comparing endings.
    var collapseDoubleVowels: Bool
    /// The shortest modifier before a compound head, in Characters.
    var minimumCompoundModifier: Int
    /// Times and number words for `number-mismatch`.
    var numbers: NumberFormat
    /// French spacing rules, when the locale has them.
    var spacing: SpacingRules?
    /// Noun-phrase patterns for the "possible compound" reading of `missing-term`.
    var compounds: CompoundPatterns
    /// Relational adjectives that render a noun where the language uses an adjective for another language's
    /// noun modifier (French "école" → "scolaire": "school trip" is "excursion scolaire"), noun → adjectives.
    var relatedAdjectives: [String: [String]]
    /// How verb terms (TBX `partOfSpeech` verb) are conjugated.
    var verbs: VerbRules
    /// Fixed expressions whose words are never terms ("into account"), as written, case-insensitive.
    var idioms: [String]
    /// Characters that join the feminine endings of inclusive writing to a word ("·", "."), French.
    var inclusiveMarks: [String]
    /// The endings inclusive writing joins ("e", "ne", "rice", "s", …), lower case.
    var inclusiveSuffixes: [String]
    /// The endings of a diminutive, lower case (Dutch "tjes", "tje", "jes", "je").
    var diminutiveEndings: [String]
    /// Endings a noun keeps in every form, lower case (Dutch "e").
    var keptNounEndings: [String]
    /// Endings that make a noun of an adjective, lower case (Dutch "heid", English "ness").
    var adjectiveNounEndings: [String]

    /// Rules from their fields; the defaults are the generic rules (no stemming, no elision).
    public init(stemmer: String? = nil, elisions: [String] = [], clitics: [String] = [], forms: [String: String] = [:], endings: [String: String] = [:], keep: [String] = [],
                hyphenatedCompounds: Bool = false, closedCompounds: Bool = false, headFirst: Bool = false, inflections: [String] = [],
                collapseDoubleVowels: Bool = false, minimumCompoundModifier: Int = 3, numbers: NumberFormat = NumberFormat(),
                spacing: SpacingRules? = nil, compounds: CompoundPatterns = CompoundPatterns(), relatedAdjectives: [String: [String]] = [:],
                verbs: VerbRules = VerbRules(), idioms: [String] = [], inclusiveMarks: [String] = [], inclusiveSuffixes: [String] = [],
                diminutiveEndings: [String] = [], keptNounEndings: [String] = [], adjectiveNounEndings: [String] = []) {
        self.stemmer = stemmer
        self.elisions = elisions
        self.clitics = clitics
        self.forms = forms
        self.endings = endings
        self.keep = keep
        self.hyphenatedCompounds = hyphenatedCompounds
        self.closedCompounds = closedCompounds
        self.headFirst = headFirst
        self.inflections = inflections
        self.collapseDoubleVowels = collapseDoubleVowels
        self.minimumCompoundModifier = minimumCompoundModifier
        self.numbers = numbers
        self.spacing = spacing
        self.compounds = compounds
        self.relatedAdjectives = relatedAdjectives
        self.verbs = verbs
        self.idioms = idioms
        self.inclusiveMarks = inclusiveMarks
        self.inclusiveSuffixes = inclusiveSuffixes
        self.diminutiveEndings = diminutiveEndings
        self.keptNounEndings = keptNounEndings
        self.adjectiveNounEndings = adjectiveNounEndings
    }

    enum CodingKeys: String, CodingKey {
        case stemmer, elisions, clitics, forms, endings, keep, hyphenatedCompounds, closedCompounds, headFirst, inflections, collapseDoubleVowels, minimumCompoundModifier, numbers, spacing, compounds, relatedAdjectives, verbs, idioms
        case inclusiveMarks, inclusiveSuffixes, diminutiveEndings, keptNounEndings, adjectiveNounEndings
    }

    /// Decodes this part of a `Locales/<locale>/terminology.json` rule file; a key left out takes its empty default.
    /// - Throws: `DecodingError` when a key holds a value of another type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        stemmer = try c.decodeIfPresent(String.self, forKey: .stemmer)
        elisions = try c.decodeIfPresent([String].self, forKey: .elisions) ?? []
        clitics = try c.decodeIfPresent([String].self, forKey: .clitics) ?? []
        forms = try c.decodeIfPresent([String: String].self, forKey: .forms) ?? [:]
        endings = try c.decodeIfPresent([String: String].self, forKey: .endings) ?? [:]
        keep = try c.decodeIfPresent([String].self, forKey: .keep) ?? []
        hyphenatedCompounds = try c.decodeIfPresent(Bool.self, forKey: .hyphenatedCompounds) ?? false
        closedCompounds = try c.decodeIfPresent(Bool.self, forKey: .closedCompounds) ?? false
        headFirst = try c.decodeIfPresent(Bool.self, forKey: .headFirst) ?? false
        inflections = try c.decodeIfPresent([String].self, forKey: .inflections) ?? []
        collapseDoubleVowels = try c.decodeIfPresent(Bool.self, forKey: .collapseDoubleVowels) ?? false
        minimumCompoundModifier = try c.decodeIfPresent(Int.self, forKey: .minimumCompoundModifier) ?? 3
        numbers = try c.decodeIfPresent(NumberFormat.self, forKey: .numbers) ?? NumberFormat()
        spacing = try c.decodeIfPresent(SpacingRules.self, forKey: .spacing)
        compounds = try c.decodeIfPresent(CompoundPatterns.self, forKey: .compounds) ?? CompoundPatterns()
        relatedAdjectives = try c.decodeIfPresent([String: [String]].self, forKey: .relatedAdjectives) ?? [:]
        verbs = try c.decodeIfPresent(VerbRules.self, forKey: .verbs) ?? VerbRules()
        idioms = try c.decodeIfPresent([String].self, forKey: .idioms) ?? []
        inclusiveMarks = try c.decodeIfPresent([String].self, forKey: .inclusiveMarks) ?? []
        inclusiveSuffixes = try c.decodeIfPresent([String].self, forKey: .inclusiveSuffixes) ?? []
        diminutiveEndings = try c.decodeIfPresent([String].self, forKey: .diminutiveEndings) ?? []
        keptNounEndings = try c.decodeIfPresent([String].self, forKey: .keptNounEndings) ?? []
        adjectiveNounEndings = try c.decodeIfPresent([String].self, forKey: .adjectiveNounEndings) ?? []
    }

    /// Reads a `terminology.json` file.
    /// - Throws: `InputError` naming the file when it cannot be read, is not the documented JSON (with the
    ///   line and the JSON path of the offending value, and what was expected in words), or names a
    ///   `stemmer` Snowball does not have (with the known names, ``Stemmer/algorithms``).
    public static func read(contentsOf url: URL) throws -> LocaleTerminology {
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw InputError(file: url.path, "the file does not exist or cannot be read") }
        let rules = try JSONInput.decode(LocaleTerminology.self, from: data, file: url.path, documentation: "docs/terminology.md")
        if let name = rules.stemmer, !Stemmer.algorithms.contains(name) {
            throw InputError(file: url.path, line: JSONInput.line(of: [CodingKeys.stemmer], in: data),
                             "unknown stemmer \"\(name)\": expected one of the Snowball algorithm names \(Stemmer.algorithms.joined(separator: ", "))")
        }
        return rules
    }
}

/// What the `number-mismatch` rule needs beyond the tokenizer's CLDR-based numbers and dates: how a
/// locale writes times, ranges of times, numbers as words and large round numbers (see the "What counts as
/// the same number" section of `docs/terminology.md`).
public struct NumberFormat: Hashable, Codable, Sendable {
    /// Numbers written as words, lower case ("five": 5, "vijf": 5, "eerste": 1).
    var words: [String: Int]
    /// Words or letters after an hour of the 24-hour clock ("14u30", "14 uur", "14 h 30").
    var hourMarkers: [String]
    /// Markers of the morning after an hour of the 12-hour clock ("am", "a.m."): 12 a.m. is 00:00.
    var morningMarkers: [String]
    /// Markers of the afternoon after an hour of the 12-hour clock ("pm", "p.m."): 12 hours are added,
    /// except to 12 (12 p.m. is noon).
    var afternoonMarkers: [String]
    /// Words for a time of day, mapped to the time on the 24-hour clock, `HH:MM` ("noon": "12:00",
    /// "minuit": "00:00"). Like number words they may stand for a written time but are never reported.
    var namedTimes: [String: String]
    /// Words between the two ends of a range ("to", "tot", "à"); a hyphen or dash always joins one. A bare
    /// number before a range whose other end is a time is read as a time too: "9 tot 19 uur" is 09:00 to
    /// 19:00, and "9 to 11 a.m." is 09:00 to 11:00.
    var rangeWords: [String]
    /// Words after a number that multiply it ("million": 1000000, "miljoen": 1000000, "mille": 1000):
    /// "1.5 million" is 1500000, as "1,5 miljoen" and "1.500.000" are.
    var scales: [String: Int]
    /// Abbreviated scales that multiply a number only in an amount of money, since alone they are units or
    /// letters ("m" is also metres): "m", "k", "bn" of English news style ("€2.5m", "£3m", "€20k"), the SI
    /// prefixes before the euro sign of French style ("2,5 M€", "750 k€", "1,2 Md€"), Belgian Dutch "mia".
    /// Read when the number has a currency sign (Unicode category Sc) or a word of ``currencyWords`` just
    /// before it, or one just after the abbreviation; glued to the number or after a space.
    var currencyScales: [String: Int]
    /// Words and ISO 4217 codes that name a currency ("euro", "d’euros", "EUR"), matched without regard to
    /// case, for ``currencyScales``; a currency sign needs no word.
    var currencyWords: [String]
    /// Endings after a year that name its decade ("s", "'s": "the 1990s" is 1990, as "de jaren 1990" and
    /// "les années 1990" are).
    var decadeEndings: [String]
    /// Words before a year or the two digits of a decade that make it a decade ("jaren", "années"): "jaren
    /// 1990" is 1990 and may stand for "90" on the other side, "années 90" is 90 and may stand for 1990.
    /// An elided year ("'90", "’76") needs no word: it always reads as both.
    var decadeWords: [String]
    /// Set phrases whose digits are not quantities but say "always" or "every": "24/7", "24 h sur 24",
    /// "7j/7" (matched without regard to case; a space also matches a no-break space or none). Their numbers
    /// are soft: never reported, but they may stand for the same number on the other side.
    var setPhrases: [String]
    /// Endings written after the digits of an ordinal number ("st", "nd", "rd", "th"; "e", "de", "ste"; "er",
    /// "re", "e", "ème", "ᵉʳ"), matched without regard to case: "1er", "2de", "21st" hold 1, 2 and 21, read
    /// as soft numbers (``NumberReader``), as the ordinal words of ``words`` are.
    var ordinalSuffixes: [String]

    /// A number format from its fields.
    public init(words: [String: Int] = [:], hourMarkers: [String] = [], morningMarkers: [String] = [], afternoonMarkers: [String] = [],
                namedTimes: [String: String] = [:], rangeWords: [String] = [], scales: [String: Int] = [:],
                currencyScales: [String: Int] = [:], currencyWords: [String] = [],
                decadeEndings: [String] = [], decadeWords: [String] = [], setPhrases: [String] = [],
                ordinalSuffixes: [String] = []) {
        self.words = words
        self.hourMarkers = hourMarkers
        self.morningMarkers = morningMarkers
        self.afternoonMarkers = afternoonMarkers
        self.namedTimes = namedTimes
        self.rangeWords = rangeWords
        self.scales = scales
        self.currencyScales = currencyScales
        self.currencyWords = currencyWords
        self.decadeEndings = decadeEndings
        self.decadeWords = decadeWords
        self.setPhrases = setPhrases
        self.ordinalSuffixes = ordinalSuffixes
    }

    enum CodingKeys: String, CodingKey {
        case words, hourMarkers, morningMarkers, afternoonMarkers, namedTimes, rangeWords, scales, currencyScales, currencyWords, decadeEndings, decadeWords, setPhrases, ordinalSuffixes
    }

    /// Decodes this part of a `Locales/<locale>/terminology.json` rule file; a key left out takes its empty default.
    /// - Throws: `DecodingError` when a key holds a value of another type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(words: try c.decodeIfPresent([String: Int].self, forKey: .words) ?? [:],
                  hourMarkers: try c.decodeIfPresent([String].self, forKey: .hourMarkers) ?? [],
                  morningMarkers: try c.decodeIfPresent([String].self, forKey: .morningMarkers) ?? [],
                  afternoonMarkers: try c.decodeIfPresent([String].self, forKey: .afternoonMarkers) ?? [],
                  namedTimes: try c.decodeIfPresent([String: String].self, forKey: .namedTimes) ?? [:],
                  rangeWords: try c.decodeIfPresent([String].self, forKey: .rangeWords) ?? [],
                  scales: try c.decodeIfPresent([String: Int].self, forKey: .scales) ?? [:],
                  currencyScales: try c.decodeIfPresent([String: Int].self, forKey: .currencyScales) ?? [:],
                  currencyWords: try c.decodeIfPresent([String].self, forKey: .currencyWords) ?? [],
                  decadeEndings: try c.decodeIfPresent([String].self, forKey: .decadeEndings) ?? [],
                  decadeWords: try c.decodeIfPresent([String].self, forKey: .decadeWords) ?? [],
                  setPhrases: try c.decodeIfPresent([String].self, forKey: .setPhrases) ?? [],
                  ordinalSuffixes: try c.decodeIfPresent([String].self, forKey: .ordinalSuffixes) ?? [])
    }
}

/// Punctuation that must be preceded by a no-break space, and quotation marks that must enclose one
/// (French typography), for the `french-spacing` rule.
public struct SpacingRules: Hashable, Codable, Sendable {
    /// For each punctuation mark, the spaces accepted before it (for example `";"`: U+202F or U+00A0).
    var before: [String: [String]]
    /// Opening marks that must be followed by one of ``insideSpaces`` ("«").
    var openingQuotes: [String]
    /// Closing marks that must be preceded by one of ``insideSpaces`` ("»").
    var closingQuotes: [String]
    /// The spaces accepted inside quotation marks.
    var insideSpaces: [String]
    /// The space a translator should type, named for the message ("narrow no-break space (U+202F)").
    var advice: String

    /// Spacing rules from their fields.
    init(before: [String: [String]], openingQuotes: [String], closingQuotes: [String], insideSpaces: [String], advice: String) {
        self.before = before
        self.openingQuotes = openingQuotes
        self.closingQuotes = closingQuotes
        self.insideSpaces = insideSpaces
        self.advice = advice
    }
}

/// The ``LocaleTerminology`` of every locale in a data folder, looked up with language fallback.
public struct TerminologyData: Hashable, Sendable {
    /// The rules by the locale folder they came from.
    public var locales: [LanguageTag: LocaleTerminology]
    /// The function-word profiles of `Locales/*/function-words.txt`, for `wrong-language`.
    public var languages: LanguageProfiles

    /// Rules by locale (empty: generic rules everywhere) and language profiles (empty: no language is judged).
    public init(locales: [LanguageTag: LocaleTerminology] = [:], languages: LanguageProfiles = LanguageProfiles(words: [:])) {
        self.locales = locales
        self.languages = languages
    }

    /// Reads `Locales/*/terminology.json` and `Locales/*/function-words.txt` of a data folder. Locale
    /// folders without a file are skipped.
    /// - Throws: `InputError` for a file that is not the documented JSON or word list.
    public static func load(from data: DataDirectory) throws -> TerminologyData {
        let fm = FileManager.default
        var result: [LanguageTag: LocaleTerminology] = [:]
        for name in ((try? fm.contentsOfDirectory(atPath: data.locales.path)) ?? []).sorted() {
            guard let tag = LanguageTag(name) else { continue }
            let file = data.locales.appendingPathComponent(name).appendingPathComponent("terminology.json")
            guard fm.fileExists(atPath: file.path) else { continue }
            result[tag] = try LocaleTerminology.read(contentsOf: file)
        }
        return TerminologyData(locales: result, languages: try LanguageProfiles.load(from: data))
    }

    /// The rules for `locale`: its own folder's, else the closest by language (`nl` for `nl-BE` and the
    /// reverse), else the generic rules (no stemming, no elision, English number format).
    public func rules(for locale: LanguageTag) -> LocaleTerminology {
        guard let best = locale.bestMatch(in: locales.keys.sorted()) else { return LocaleTerminology() }
        return locales[best] ?? LocaleTerminology()
    }
}
