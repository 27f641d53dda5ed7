import Foundation
import Testing
import Segmentation
import TaalgrensCore

/// The fast path (``Segmenter/RuleEvaluation/candidates``: rules compiled natively, asked only at
/// candidate positions, abbreviation lists indexed) against the reference (``Segmenter/RuleEvaluation/scan``:
/// every rule an ICU regular expression scanned over the whole text). They must cut every text the same
/// way: the shipped rules on the development set, the example articles, every listed abbreviation in
/// every frame, and a large generated text; regular-expression syntax rule by rule; OmegaT's rules.
@Suite struct RuleEvaluationTests {
    static let locales = ["en", "nl-BE", "fr-BE"]

    static let references: [String: Segmenter] = Dictionary(uniqueKeysWithValues: locales.map { locale in
        (locale, try! Segmenter(locale: LanguageTag(locale)!, data: TestSupport.data, evaluation: .scan))
    })

    /// The texts on which `fast` and `reference` cut differently, with both results (at most `limit`).
    /// Texts are compared in batches of 100 joined by blank lines (a hard break, which no rule crosses),
    /// and one by one in a batch that differs: the reference costs a regular-expression scan per rule
    /// and call.
    static func differences(_ texts: [String], _ fast: Segmenter, _ reference: Segmenter, limit: Int = 5) -> [String] {
        var out: [String] = []
        for start in stride(from: 0, to: texts.count, by: 100) {
            let batch = texts[start..<min(start + 100, texts.count)]
            let joined = batch.joined(separator: "\n\n")
            if fast.sentenceRanges(in: joined) == reference.sentenceRanges(in: joined) { continue }
            let before = out.count
            for text in batch {
                let got = TestSupport.sentences(text, fast), expected = TestSupport.sentences(text, reference)
                if got != expected {
                    out.append("\(text.debugDescription)\n  fast:      \(got)\n  reference: \(expected)")
                    if out.count == limit { return out }
                }
            }
            if out.count == before { out.append("the texts from \(start) on differ only when joined") }
        }
        return out
    }

    @Test(arguments: locales)
    func theShippedRulesAllCompileNatively(locale: String) throws {
        let segmenter = TestSupport.segmenter(for: try #require(LanguageTag(locale)))
        #expect(segmenter.evaluation == .candidates)
        #expect(segmenter.scannedRules.isEmpty, "\(locale): \(segmenter.scannedRules.map(\.line))")
        #expect(RuleEvaluationTests.references[locale]?.evaluation == .scan)
    }

    @Test func theDevSetIsCutTheSameWay() throws {
        guard let cases = try DevSetTests.cases() else {
            TestSupport.missing("shared/data/segmentation/dev.jsonl (expected beside the repository)")
            return
        }
        for locale in RuleEvaluationTests.locales {
            let texts = cases.filter { $0.locale == locale }.map(\.text)
            #expect(!texts.isEmpty)
            let fast = TestSupport.segmenter(for: try #require(LanguageTag(locale)))
            let differences = RuleEvaluationTests.differences(texts, fast, try #require(RuleEvaluationTests.references[locale]))
            #expect(differences.isEmpty, "\(locale):\n\(differences.joined(separator: "\n"))")
        }
    }

    @Test func theExampleArticlesAreCutTheSameWay() throws {
        for file in try ExampleGoldTests.goldFiles() {
            let gold = try JSONDecoder().decode(ExampleGoldTests.Gold.self, from: Data(contentsOf: file))
            let fast = TestSupport.segmenter(for: try #require(LanguageTag(gold.locale)))
            let reference = try #require(RuleEvaluationTests.references[gold.locale])
            let texts = gold.blocks.map { $0.segments.joined(separator: " ") }
            let differences = RuleEvaluationTests.differences(texts, fast, reference)
            #expect(differences.isEmpty, "\(file.path):\n\(differences.joined(separator: "\n"))")
        }
    }

    /// Every form of every listed abbreviation, after a word and after a sentence start, followed by each
    /// kind of space and by a lowercase word, a capitalised word, a number, an opening quote, a comma,
    /// the end of the text; and written with each kind of space (or none) inside.
    @Test(arguments: locales)
    func everyListedAbbreviationIsCutTheSameWay(locale: String) throws {
        let entries = try AbbreviationTests.entries(locale)
        let frame = try #require(AbbreviationTests.frames[locale])
        var texts: [String] = []
        for entry in entries {
            for form in AbbreviationTests.forms(of: entry, among: entries) {
                var written = [form]
                if form.contains(" ") { written += ["\u{00A0}", "\u{202F}", ""].map { form.replacingOccurrences(of: " ", with: $0) } }
                for variant in written {
                    for space in [" ", "\u{00A0}", "\u{202F}", "\n"] {
                        for next in [frame.lower, frame.capital, frame.number, "« \(frame.capital)", "„\(frame.capital)", ", \(frame.lower)"] {
                            texts.append("\(frame.before) \(variant)\(space)\(next)")
                            texts.append("\(variant)\(space)\(next)")
                        }
                    }
                    texts.append("\(frame.before) \(variant)")
                    texts.append("\(frame.before) (\(variant)) \(frame.capital)")
                }
            }
        }
        let fast = TestSupport.segmenter(for: try #require(LanguageTag(locale)))
        let differences = RuleEvaluationTests.differences(texts, fast, try #require(RuleEvaluationTests.references[locale]))
        #expect(differences.isEmpty, "\(locale), \(texts.count) texts:\n\(differences.joined(separator: "\n"))")
    }

    /// Paragraphs made of random tokens: words of the development set and the example articles, every
    /// abbreviation, initials, numbers, ellipses, quotes and brackets, URLs, article forms, joined by
    /// spaces, no-break spaces, line breaks, blank lines or nothing at all.
    @Test(arguments: locales)
    func aGeneratedTextIsCutTheSameWay(locale: String) throws {
        let paragraphs = try GeneratedText.paragraphs(locale: locale, count: 1500, seed: 2020)
        let fast = TestSupport.segmenter(for: try #require(LanguageTag(locale)))
        let differences = RuleEvaluationTests.differences(paragraphs, fast, try #require(RuleEvaluationTests.references[locale]))
        #expect(differences.isEmpty, "\(locale):\n\(differences.joined(separator: "\n"))")
    }

    @Test func omegaTRulesAreCutTheSameWay() throws {
        guard OmegaTRulesTests.available() else { return }
        for (locale, words) in [("en", "en"), ("nl-BE", "nl-BE"), ("fr-BE", "fr-BE"), ("de", "en")] {
            let tag = try #require(LanguageTag(locale))
            let fast = try Segmenter(locale: tag, rules: OmegaTRulesTests.file)
            let reference = try Segmenter(locale: tag, rules: OmegaTRulesTests.file, evaluation: .scan)
            let paragraphs = try GeneratedText.paragraphs(locale: words, count: 300, seed: 72)
            let differences = RuleEvaluationTests.differences(paragraphs, fast, reference)
            #expect(differences.isEmpty, "OmegaT \(locale):\n\(differences.joined(separator: "\n"))")
        }
    }
}

/// Regular-expression syntax, one rule at a time: each pattern is read natively by the fast path and
/// by ICU in the reference, on texts of characters that test the edges (surrogate pairs, combining
/// marks, a soft hyphen, digits of another script, every kind of space).
@Suite struct RuleSyntaxTests {
    struct Rule: CustomTestStringConvertible, Sendable {
        let before: String, after: String, isBreak: Bool
        init(_ before: String, _ after: String, _ isBreak: Bool) {
            self.before = before
            self.after = after
            self.isBreak = isBreak
        }
        var testDescription: String { "\(isBreak ? "break" : "no break") \(before.debugDescription) / \(after.debugDescription)" }
    }

    static func document(_ rules: [Rule]) -> SRXDocument {
        SRXDocument(cascade: false, languageRules: [
            .init(name: "Test", rules: rules.map { SRXDocument.Rule(isBreak: $0.isBreak, beforeBreak: $0.before, afterBreak: $0.after) }),
        ], languageMaps: [.init(pattern: ".*", ruleName: "Test")])
    }

    static let pieces = [
        "a", "b", "c", "ab", "bcd", "B", "J", "É", "é", "x\u{0301}", "1", "12", "٣", "😀", "𝐀", "𝐚", ".", "...", "…", "!", "?",
        "»", "«", "\"", "'", "’", ")", "(", "]", "-", "_", "\u{00AD}", "word", "Word", "the", "The", "Mr", "\t",
    ]
    static let separators = [" ", " ", " ", "", "", "\u{00A0}", "\u{202F}", "\n", "  ", "\n\n", " \u{2029}"]

    static let texts: [String] = {
        var random = GeneratedText.SplitMix64(state: 29)
        return (0..<400).map { _ in
            (0..<Int.random(in: 1...16, using: &random)).map { _ in
                pieces.randomElement(using: &random)! + separators.randomElement(using: &random)!
            }.joined()
        }
    }()

    @Test(arguments: [
        Rule(#"\b[A-Z]\."#, #"\s"#, false),
        Rule(#"\B\."#, #"\s"#, false),
        Rule(#"[^\s.]{2}\."#, #"\s+\p{Lu}"#, true),
        Rule(#"(?<![\p{L}\p{N}])\p{Lu}\."#, #"\s"#, false),
        Rule(#"(?<=\d)\."#, #"\s\p{Ll}"#, true),
        Rule("(?x) [aB] \\. # a comment\n", #"\s"#, true),
        Rule(#"\Qa.\E"#, #"\s"#, true),
        Rule(#"[\x{1F600}\U0001D400]\."#, #"\s"#, true),
        Rule(#"\u00E9[.!]"#, #"\s"#, true),
        Rule(#"[\p{Lu}\p{Nd}]{1,3}\."#, #"\s"#, false),
        Rule(#"[^!\n]{2}!"#, #"\s"#, false),
        Rule(#"(?:…|\.\.\.)["'»]*"#, #"\s+\p{Lu}"#, true),
        Rule(#"^\S+\."#, #"\s"#, false),
        Rule(#"[.!?]"#, #"\s(?!\p{Ll})"#, true),
        Rule(#"[.!?]"#, #"\s+\p{Lu}|\s*$"#, true),
        Rule(#"\w+\."#, #"\s"#, false),
        Rule(#"\w+?\."#, #"\s+[\p{Ll}\d]"#, true),
        Rule(#"(a|ab)(c|bcd)\."#, #"\s"#, true),
        Rule(#"\s[a-c]\."#, #"\s"#, true),
        Rule(#"[^\p{L}\s]\."#, #"\s"#, true),
        Rule(#"[[a-c][x-z]]\p{M}?\."#, #"\s"#, true),
        Rule(#"[\])"»]"#, #"[\s\-]*\p{Lu}"#, true),
        Rule(#"\p{Pe}|\p{Pf}|\p{Po}"#, #"\s"#, false),
        Rule("", #"\p{Lu}"#, false),
        Rule(#"\."#, "", false),
        Rule(#"\A\p{Lu}+"#, #"\s"#, true),
        Rule(#"\d(?<!1)\."#, #"\s"#, false),
        Rule(#"\S\u00AD?\b\."#, #"\s\P{Lu}"#, false),
        Rule(#"\w\b"#, #"\p{Cf}"#, true),
        Rule(#"\B"#, #"[\p{Cf}\p{Mn}]"#, true),
        Rule(#"(?<=\p{Lu}\.[\s\-]{0,2}..)[!?]"#, #"\s"#, true),
        Rule(#"\.[\p{Pe}\p{Pf}"']*"#, #"\s+['’‘][stkn][\s\-]+\p{Lu}"#, true),
        Rule(#"(?<name>x)\p{Mn}\."#, #"\s"#, false),
        Rule(#"[\t ]\d{2,}"#, #"\s"#, true),
    ])
    func aRuleIsReadTheSameWay(_ rule: Rule) throws {
        let document = RuleSyntaxTests.document([rule])
        let fast = try Segmenter(locale: "en", document: document)
        let reference = try Segmenter(locale: "en", document: document, evaluation: .scan)
        #expect(fast.scannedRules.isEmpty, "the pattern should be read natively")
        let differences = RuleEvaluationTests.differences(RuleSyntaxTests.texts, fast, reference)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    /// Where two matches of one rule overlap, a scan reports only the first; the fast path finds every
    /// position where the rule matches. This is the one way the two can differ (docs/segmentation.md,
    /// "How rules are evaluated"); the shipped rules consume only the token before the break, so their
    /// matches never overlap.
    @Test func overlappingMatchesOfOneRuleAreAllFoundByTheFastPath() throws {
        let document = RuleSyntaxTests.document([Rule(#"[A-Z]\.\s[A-Z]\."#, #"\s"#, false)])
        let fast = try Segmenter(locale: "en", document: document)
        let reference = try Segmenter(locale: "en", document: document, evaluation: .scan)
        let text = "A. B. C. Dee is here."
        // The scan matches "A. B." and then looks on after it, so "B. C." is never seen.
        #expect(TestSupport.sentences(text, reference) == ["A.", "B. C.", "Dee is here."])
        #expect(TestSupport.sentences(text, fast) == ["A.", "B. C. Dee is here."])
    }

    /// Long runs of what the rules' repeated groups match: opening and closing brackets and quotation
    /// marks, spaced or not, and hashtags, on both sides of a sentence end, at lengths just under, at
    /// and over the point where the matcher stops recursing (``Segmenter`` matched a group's repetition
    /// by one recursion per iteration and crashed on a stack overflow, exit 139, on "Text " followed by
    /// 3,000 "(" in en). The shipped rules must cut them as the ICU reference does.
    @Test(arguments: RuleEvaluationTests.locales)
    func longRunsOfRepeatedGroupsAreCutAsTheReferenceCutsThem(locale: String) throws {
        var texts: [String] = []
        for run in ["(", "\"", "« ", " »", ")", "“", "”", "[ ", "' ", " #tag"] {
            for n in [31, 32, 33, 100, 400] {
                let r = String(repeating: run, count: n)
                texts.append("Text \(r)x more. Next one.")
                texts.append("It ends here.\(r) Next one.")
                texts.append("He said: \(r)Stop. Go.\(r) Now.")
            }
        }
        let fast = TestSupport.segmenter(for: try #require(LanguageTag(locale)))
        let differences = RuleEvaluationTests.differences(texts, fast, try #require(RuleEvaluationTests.references[locale]))
        #expect(differences.isEmpty, "\(locale):\n\(differences.joined(separator: "\n"))")
    }

    /// One paragraph of hundreds of sentences, as a text pasted without line ends gives (known issue "Hostile
    /// input", session 15: rule 2e's look-behinds, which read back up to 300 code units, ran at every sentence
    /// end before the look-ahead that rejects them). Whatever the order the matcher checks a rule's parts in, the
    /// paragraph is cut as the reference cuts it, and as its piece is cut alone, sentence for sentence: numbered
    /// steps, abbreviations, quotations and plain sentences in a row.
    @Test(arguments: RuleEvaluationTests.locales)
    func aLongParagraphIsCutAsItsPieceIsCutAlone(locale: String) throws {
        let piece = [
            "en": "The council met today. Do this: 1. Open the app. 2. Tap Settings. 3. Confirm with your PIN. See p. 3. \"Why? Why now?\" he asked. Prices rose 2.3% in Q3.",
            "nl-BE": "De gemeenteraad vergaderde vandaag. Doe dit: 1. Open de app. 2. Tik op Instellingen. 3. Bevestig met je pincode. Zie blz. 3. „Waarom nu?” vroeg hij. De prijzen stegen met 2,3 %.",
            "fr-BE": "Le conseil s'est réuni aujourd'hui. Procédez ainsi : 1. Ouvrez l'application. 2. Touchez Réglages. 3. Confirmez avec votre code. Voir p. 3. « Pourquoi maintenant ? » a-t-il demandé. Les prix ont augmenté de 2,3 %.",
        ][locale]!
        let fast = TestSupport.segmenter(for: try #require(LanguageTag(locale)))
        let alone = TestSupport.sentences(piece, fast)
        #expect(alone.count >= 7, "\(locale): \(alone)")
        let paragraph = Array(repeating: piece, count: 300).joined(separator: " ")
        let got = TestSupport.sentences(paragraph, fast)
        #expect(got == Array(Array(repeating: alone, count: 300).joined()), "\(locale): \(got.count) sentences, \(alone.count * 300) expected")
        let reference = try #require(RuleEvaluationTests.references[locale])
        #expect(fast.sentenceRanges(in: paragraph) == reference.sentenceRanges(in: paragraph))
    }

    /// The inputs that crashed the command line (`taalgrens segment`, exit 139): a run of 3,000 opening
    /// brackets and one of 5,000 straight double quotes before the text of a sentence.
    @Test func runsOfThousandsOfBracketsOrQuotesDoNotOverflowTheStack() throws {
        let fast = TestSupport.segmenter(for: "en")
        let brackets = "Text " + String(repeating: "(", count: 3000) + "x more."
        #expect(TestSupport.sentences(brackets, fast) == [brackets])
        let quotes = "Say " + String(repeating: "\"", count: 5000) + "hi. Next."
        #expect(TestSupport.sentences(quotes, fast) == ["Say " + String(repeating: "\"", count: 5000) + "hi.", "Next."])
    }

    /// A pattern whose group repeats with a minimum and a maximum above the point where the matcher
    /// stops recursing: the bounds still hold exactly (40 "ab" pairs and no more before the period).
    @Test func boundedRepetitionsOfAGroupKeepTheirBoundsPastTheRecursionLimit() throws {
        let document = RuleSyntaxTests.document([Rule(#"\s(?:ab){35,40}\."#, #"\s"#, false)])
        let fast = try Segmenter(locale: "en", document: document)
        let reference = try Segmenter(locale: "en", document: document, evaluation: .scan)
        var texts: [String] = []
        for n in [34, 35, 36, 39, 40, 41, 80] {
            texts.append("Go " + String(repeating: "ab", count: n) + ". Next one.")
        }
        #expect(RuleEvaluationTests.differences(texts, fast, reference).isEmpty)
        #expect(TestSupport.sentences(texts[4], fast).count == 1)
        #expect(TestSupport.sentences(texts[0], fast).count == 2)
        #expect(TestSupport.sentences(texts[5], fast).count == 2)
    }

    @Test func rulesOutsideTheNativeSubsetAreScanned() throws {
        let rules = [
            Rule(#"(?i)ab\."#, #"\s"#, false),
            Rule(#"(\w)\1\."#, #"\s"#, true),
            Rule(#"[\p{Lu}&&[^A]]\."#, #"\s"#, false),
            Rule(#"\p{Alphabetic}+?"#, #"\s\d"#, true),
            Rule(#"[.!?]"#, #"\s"#, true),
        ]
        let document = RuleSyntaxTests.document(rules)
        let fast = try Segmenter(locale: "en", document: document)
        let reference = try Segmenter(locale: "en", document: document, evaluation: .scan)
        #expect(fast.scannedRules.map(\.beforeBreak) == rules.prefix(4).map(\.before))
        #expect(reference.scannedRules.map(\.beforeBreak) == rules.prefix(4).map(\.before))
        // Case-insensitive "ab." and a capital other than A keep their sentence; a doubled letter ends
        // one; a word before a number is cut off.
        let text = "It is AB. Then plan B. Then Room 12. Look aa. now it ends."
        let expected = ["It is AB. Then plan B. Then Room", "12.", "Look aa.", "now it ends."]
        #expect(TestSupport.sentences(text, fast) == expected)
        #expect(TestSupport.sentences(text, reference) == expected)
        let differences = RuleEvaluationTests.differences(RuleSyntaxTests.texts, fast, reference)
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }
}

/// Random paragraphs for comparing the two evaluations, the same on every run (a seeded SplitMix64).
enum GeneratedText {
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let tokens = [
        "...", "…", ". . .", "«", "»", "« ", " »", "„", "”", "“", "‘", "’", "(", ")", "[", "]", "\"", "'",
        "’s", "'t", "’t", "J.", "R.", "K.", "J.-P.", "J.M.", "A.", "C.", "2020.", "3.000", "1,5", "10.000,50",
        "14u30", "14 h 30", "3 p.m.", "30.03.2020", "30/03/2020", "1er", "3e", "1ste", "https://example.be/a?b=c&d=2.",
        "hulp@childfocus.be.", "@ChildFocus", "#SID2020", "?", "!", ":", ";", "?!", ".", ",", "1.", "12.", "2.",
        "-", "–", "—", "/", "vitamine C.", "zaal B.", "nr.", "No.", "St.", "ca.", "e.a.", "etc.", "enz.",
    ]

    /// The vocabulary of `locale`: words of the development set and the example articles, every form of
    /// every listed abbreviation, and ``tokens``.
    static func vocabulary(locale: String) throws -> [String] {
        var words: [String] = []
        if let cases = try DevSetTests.cases() {
            words += cases.filter { $0.locale == locale }.flatMap { $0.text.split(whereSeparator: \.isWhitespace).map(String.init) }
        }
        for file in try ExampleGoldTests.goldFiles() where file.lastPathComponent == "\(locale).segments.json" {
            let gold = try JSONDecoder().decode(ExampleGoldTests.Gold.self, from: Data(contentsOf: file))
            words += gold.blocks.flatMap(\.segments).flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        }
        let entries = try AbbreviationTests.entries(locale)
        words += entries.flatMap { AbbreviationTests.forms(of: $0, among: entries) }
        return words + tokens
    }

    static func paragraphs(locale: String, count: Int, seed: UInt64) throws -> [String] {
        let vocabulary = try vocabulary(locale: locale)
        let separators = [" ", " ", " ", " ", " ", " ", " ", " ", "\u{00A0}", "\u{202F}", "\n", "", "  ", "\n\n", " \n"]
        var random = SplitMix64(state: seed)
        return (0..<count).map { _ in
            var text = ""
            for index in 0..<Int.random(in: 2...24, using: &random) {
                if index > 0 { text += separators.randomElement(using: &random)! }
                var word = vocabulary.randomElement(using: &random)!
                switch Int.random(in: 0..<8, using: &random) {
                case 0: word = word.prefix(1).uppercased() + word.dropFirst()
                case 1: word = word.lowercased()
                default: break
                }
                text += word
            }
            return text
        }
    }
}
