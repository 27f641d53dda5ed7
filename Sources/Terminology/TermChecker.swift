import Foundation
import Synchronization
import TaalgrensCore
import Tokenization

/// Runs every check of ``CheckRule/all`` over a set of units and returns the findings as values.
///
/// Each unit's variant in the source locale (matched by language with region fallback) is the source;
/// every other variant is a target. Term rules recognise terms with a ``TermRecognizer`` per locale,
/// using the locale rules of `Locales/<locale>/terminology.json`.
///
/// ```swift
/// let checker = TermChecker(termbase: try Termbase.loadDefault(from: data), sourceLocale: "en")
/// let findings = checker.check(units)   // sorted by unit, locale, offset, rule
/// ```
public struct TermChecker: Sendable {
    /// The termbase the term rules use.
    public let termbase: Termbase
    /// The locale of the sources.
    public let sourceLocale: LanguageTag
    /// The per-locale rules in use.
    public let data: TerminologyData
    /// Problems met while setting up (no data folder found, a stemmer that cannot be loaded because the
    /// machine lacks libstemmer): the checker still runs, with weaker recognition. Empty when all is well.
    /// Callers should show them (a warning), since they change what the checks find.
    public private(set) var problems: [String]
    /// Whether `inconsistent-translation` also reports one source term rendered with different approved
    /// terms of its entry in different units ("ligne d'aide" here, "ligne d'écoute" there). Off by default:
    /// admitted synonyms exist to be used; turn it on for a style that wants one term per document.
    public var checksTermConsistency = false
    /// Recognizers per locale, built on first use and kept: checking article after article reuses them.
    private let cache = RecognizerCache()

    /// A checker with the locale rules of the data folder found by `DataDirectory.locate()` (the
    /// working directory walked upwards, `$TAALGRENS_DATA`, …). When none is found or its rules are
    /// malformed, the generic rules are used and ``problems`` says why; use
    /// ``init(termbase:sourceLocale:data:)`` to fail instead.
    /// - Parameters:
    ///   - termbase: the termbase.
    ///   - sourceLocale: the locale of the sources (default `en`).
    public init(termbase: Termbase, sourceLocale: LanguageTag = "en") {
        var problems: [String] = []
        var data = TerminologyData()
        do {
            data = try TerminologyData.load(from: try DataDirectory.locate())
        } catch {
            problems.append("locale rules not loaded (\(error)); terms are matched without stemming or elision rules")
        }
        self.init(termbase: termbase, sourceLocale: sourceLocale, data: data)
        self.problems.insert(contentsOf: problems, at: 0)
    }

    /// A checker with the given locale rules (load them with `TerminologyData.load(from:)`, which
    /// throws `InputError` for a malformed file).
    public init(termbase: Termbase, sourceLocale: LanguageTag = "en", data: TerminologyData) {
        self.termbase = termbase
        self.sourceLocale = sourceLocale
        self.data = data
        self.problems = []
        // A stemmer that cannot be opened (the name is checked when the rules are read, so this is a machine
        // without libstemmer) leaves its locales' inflected terms matched as written: say so once.
        var locales: [String: [String]] = [:]
        for (tag, rules) in data.locales { if let name = rules.stemmer { locales[name, default: []].append(tag.identifier) } }
        for (name, tags) in locales.sorted(by: { $0.key < $1.key }) {
            do { _ = try Stemmer(language: name) } catch {
                problems.append("\(error); terms of \(tags.sorted().joined(separator: ", ")) are matched without inflection")
            }
        }
    }

    /// Checks the units with every rule, including the rules that compare units with each other
    /// (`inconsistent-translation` looks across the whole array, so pass a whole memory or document).
    /// Each finding carries its unit's ``CheckUnit/file``; a finding of a rule across units names its unit
    /// by id and gets the file when one file holds that id.
    /// - Returns: findings sorted by unit (in input order), locale, start offset and rule id.
    /// - Complexity: O(total text length × candidate terms per word) plus O(u log u) for the cross-unit rule.
    public func check(_ units: [CheckUnit]) -> [Finding] {
        check(units, progress: nil)
    }

    /// How often, in units, ``check(_:progress:)`` reports progress.
    public static let progressInterval = 500

    /// ``check(_:)``, reporting progress: `progress(done, total)` with the number of units analysed and
    /// checked by the rules of one unit so far, before every ``progressInterval``-th unit and once at the
    /// end with `done == total` (the rules across units, a small part of the work, follow).
    /// - Parameters:
    ///   - units: the units to check.
    ///   - progress: called on the calling thread; `nil` reports nothing.
    /// - Returns: the findings of ``check(_:)``.
    /// - Complexity: as ``check(_:)``.
    public func check(_ units: [CheckUnit], progress: ((_ done: Int, _ total: Int) -> Void)?) -> [Finding] {
        let context = makeContext(for: units)
        var analysed: [UnitAnalysis] = []
        analysed.reserveCapacity(units.count)
        var findings: [Finding] = []
        var recent: [(document: String, unit: UnitAnalysis)] = []
        for (index, checkUnit) in units.enumerated() {
            if let progress, index % Self.progressInterval == 0 { progress(index, units.count) }
            var unit = analyse(checkUnit, context)
            let document = Self.document(of: checkUnit)
            for target in unit.targets {
                unit.earlierTargets[target.locale] = recent.filter { $0.document == document }
                    .compactMap { $0.unit.targets.first(where: { $0.locale == target.locale }) }
            }
            for rule in Self.unitRules {
                findings += rule.check(unit, context).map { finding in
                    var finding = finding
                    if let location = checkUnit.variantLocations[finding.textLocale ?? finding.locale] {
                        finding.file = location.file
                        finding.line = location.line
                    } else {
                        finding.file = checkUnit.file
                        finding.line = checkUnit.line
                    }
                    return finding
                }
            }
            analysed.append(unit)
            var kept = unit
            kept.earlierTargets = [:]
            recent = Array((recent + [(document, kept)]).suffix(Self.takeUpWindow))
        }
        progress?(units.count, units.count)
        var fileOfID: [String: String] = [:], inSeveralFiles = Set<String>()
        for unit in units {
            guard let file = unit.file else { continue }
            if let known = fileOfID[unit.id], known != file { inSeveralFiles.insert(unit.id) } else { fileOfID[unit.id] = file }
        }
        for rule in Self.setRules {
            findings += rule.check(analysed, context).map { finding in
                var finding = finding
                if finding.file == nil, !inSeveralFiles.contains(finding.unit) { finding.file = fileOfID[finding.unit] }
                return finding
            }
        }
        // Units in input order; a unit id that several files use is ordered by its file's first unit.
        let fileRank = Dictionary(units.enumerated().compactMap { index, unit in unit.file.map { ($0, index) } }, uniquingKeysWith: { a, _ in a })
        let order = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ruleOrder = Dictionary(CheckRule.all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        func rank(_ f: Finding) -> Int { f.file.flatMap { fileRank[$0] } ?? 0 }
        return findings.sorted { a, b in
            (rank(a), order[a.unit] ?? 0, a.locale.identifier, a.start, ruleOrder[a.rule] ?? 0, a.end)
                < (rank(b), order[b.unit] ?? 0, b.locale.identifier, b.start, ruleOrder[b.rule] ?? 0, b.end)
        }
    }

    /// How many units before a unit of the same document may name a term in full for a shorter form to take it up
    /// (``CheckContext/takesUp(_:in:earlier:)``): the sentence before and the one before that.
    static let takeUpWindow = 2

    /// The document a unit belongs to, for the take-up of a term: the article of an `article:block:position` id,
    /// else the unit's file, else the whole ``check(_:)`` call (the caller passed the units together, in order).
    static func document(of unit: CheckUnit) -> String {
        let article = WrongLanguageRule.document(of: unit.id)
        return article != unit.id ? "article " + article : "file " + (unit.file ?? "")
    }

    /// The terms of the termbase recognised in `text` (for `taalgrens terms` and for tools), with the
    /// recognizer this checker keeps for the locale (built on first use; without stemming when the
    /// locale's stemmer cannot be opened, as in checks).
    /// - Parameters:
    ///   - text: plain text; offsets in the result are UTF-16 offsets into it.
    ///   - locale: its locale.
    public func recognize(_ text: String, locale: LanguageTag) -> [TermOccurrence] {
        makeContext(for: [CheckUnit(id: "", variants: [locale: RichText(plain: text)])]).recognizers[locale]!.occurrences(in: text)
    }

    static let unitRules: [any UnitRule] = [
        MissingTermRule(), ForbiddenTermRule(), DNTChangedRule(), CrossTargetRule(), NumberMismatchRule(),
        InlineCodeRule(), URLChangedRule(), UntranslatedRule(), FrenchSpacingRule(), DoubledSpaceRule(),
        RunOnSegmentRule(),
    ]
    static let setRules: [any SetRule] = [InconsistentTranslationRule(), WrongLanguageRule()]

    private func makeContext(for units: [CheckUnit]) -> CheckContext {
        let locales = Set(units.flatMap(\.variants.keys))
        var recognizers: [LanguageTag: TermRecognizer] = [:], names: [LanguageTag: TermRecognizer] = [:]
        var numbers: [LanguageTag: NumberReader] = [:]
        for locale in locales {
            let tools = cache.tools(for: locale) {
                let rules = data.rules(for: locale)
                return LocaleTools(terms: Self.recognizer(termbase, locale, rules),
                                   names: Self.recognizer(Self.nameTermbase(termbase, in: locale), locale, rules),
                                   numbers: NumberReader(locale: locale, format: rules.numbers))
            }
            recognizers[locale] = tools.terms
            names[locale] = tools.names
            numbers[locale] = tools.numbers
        }
        return CheckContext(termbase: termbase, sourceLocale: sourceLocale, data: data, recognizers: recognizers, nameRecognizers: names,
                            numberReaders: numbers, checksTermConsistency: checksTermConsistency)
    }

    /// A recognizer; when the locale's stemmer cannot be opened (reported in ``problems``), one without stemming.
    private static func recognizer(_ termbase: Termbase, _ locale: LanguageTag, _ rules: LocaleTerminology) -> TermRecognizer {
        TermRecognizer(termbase: termbase, locale: locale, rules: rules, stemmer: rules.stemmer.flatMap { try? Stemmer(language: $0) })
    }

    /// The do-not-translate terms of every language, copied into `locale`, matched as written (exact, or
    /// prefix where the termbase says so; case-sensitive). Entry positions are kept so occurrences point
    /// at the real entries.
    static func nameTermbase(_ termbase: Termbase, in locale: LanguageTag) -> Termbase {
        Termbase(entries: termbase.entries.map { entry in
            var copy = entry
            guard entry.properties.doNotTranslate == true || entry.terms.contains(where: { $0.properties.doNotTranslate == true }) else {
                copy.terms = []
                return copy
            }
            copy.properties.matchMode = .exact
            copy.properties.caseSensitive = true
            copy.terms = []
            var seen: Set<String> = []
            for term in entry.terms where entry.effectiveProperties(of: term).doNotTranslate && seen.insert(term.text).inserted {
                var t = term
                t.locale = locale
                // As written, unless the termbase lets the name run on ("Insafe-netwerk", "Safer Internet Centres").
                let mode: MatchMode = entry.effectiveProperties(of: term).matchMode == .prefix ? .prefix : .exact
                t.properties = TermProperties(doNotTranslate: true, caseSensitive: true, matchMode: mode)
                copy.terms.append(t)
            }
            return copy
        })
    }

    private func analyse(_ unit: CheckUnit, _ context: CheckContext) -> UnitAnalysis {
        let locales = unit.variants.keys.sorted()
        let sourceTag = sourceLocale.bestMatch(in: locales)
        func variant(_ locale: LanguageTag) -> VariantAnalysis {
            let content = unit.variants[locale]!
            let text = content.plainText
            // Term occurrences keep the locale of the variant, whatever the termbase wrote.
            let tokens = Self.tokens(of: content, text: text, locale: locale)
            let recognizer = context.recognizers[locale]!
            let wordTokens = recognizer.tokenizer.tokens(text, base: tokens)
            let names = context.nameRecognizers[locale]!.occurrences(in: text, words: wordTokens)
            // Text covered by a name kept as is holds no other term ("school" in "LUCA School of Arts").
            let terms = recognizer.occurrences(in: text, words: wordTokens).filter { t in
                !names.contains { n in n.entryIndex != t.entryIndex && n.start <= t.start && t.end <= n.end && (n.end - n.start) > (t.end - t.start) }
            }
            var analysis = VariantAnalysis(locale: locale, content: content, text: text, tokens: tokens, wordTokens: wordTokens,
                                           terms: terms, names: names, words: wordTokens.map(\.folded))
            analysis.foreign = content.foreignLanguageRanges(than: locale)
            return analysis
        }
        let source = sourceTag.map(variant)
        let sourceText = source.map { UntranslatedRule.normalized($0.text) }
        let targets = locales.filter { $0 != sourceTag }.map { locale -> VariantAnalysis in
            var v = variant(locale)
            v.targetOnlyCodes = unit.targetOnlyCodes[locale] ?? []
            let text = UntranslatedRule.normalized(v.text)
            v.isUntranslated = sourceText != nil && !(sourceText!.isEmpty) && (text.isEmpty || text == sourceText)
            return v
        }
        return UnitAnalysis(id: unit.id, source: source, targets: targets, file: unit.file, line: unit.line, variantLocations: unit.variantLocations)
    }
}

/// What a ``TermChecker`` needs per locale: the term and name recognizers and the number reader.
extension TermChecker {
    /// The tokens of a rich text, with UTF-16 offsets into its plain text. The stretches between line-break
    /// codes are cut one by one, so that a break separates words and numbers: a break is one space of the
    /// plain text ("116 000<br/>Hotline" reads "116 000 Hotline", `RichText.plainText`), and the cut keeps
    /// the tokenizer from reading "116<br/>000" as one number, which a space alone allows (it groups
    /// thousands in French).
    /// - Complexity: O(n) in the length of the text, plus the tokenizer's cost per stretch.
    static func tokens(of content: RichText, text: String, locale: LanguageTag) -> [Token] {
        var breaks: [Int] = []
        var offset = 0
        for element in content.elements {
            switch element {
            case .text(let run): offset += run.utf16.count
            case .code(let code):
                if code.type == .lineBreak && offset > 0 { breaks.append(offset) }
                offset += code.plainText.utf16.count
            }
        }
        let tokenizer = Tokenizer(locale: locale)
        guard !breaks.isEmpty else { return tokenizer.tokens(text) }
        let units = Array(text.utf16)
        var out: [Token] = []
        var start = 0
        for cut in breaks + [units.count] where cut > start {
            let piece = String(decoding: units[start..<cut], as: UTF16.self)
            out += tokenizer.tokens(piece).map { token in
                var t = token
                t.start += start
                t.end += start
                return t
            }
            start = cut
        }
        return out
    }
}

struct LocaleTools {
    var terms: TermRecognizer
    var names: TermRecognizer
    var numbers: NumberReader
}

/// The ``LocaleTools`` of a ``TermChecker``, per locale, built once (thread-safe).
final class RecognizerCache: Sendable {
    private let built = Mutex<[LanguageTag: LocaleTools]>([:])

    /// The tools of `locale`, made by `build` (under the lock, so once per locale) on first use.
    func tools(for locale: LanguageTag, build: () -> LocaleTools) -> LocaleTools {
        built.withLock { built in
            if let tools = built[locale] { return tools }
            let tools = build()
            built[locale] = tools
            return tools
        }
    }
}
