import Dispatch
import Foundation
import Synchronization
import TaalgrensCore
import TaalgrensTestSupport
import Testing
import Tokenization
import TranslationMemory

/// The fast tokenizer path (reused ICU iterators, keys without tokens, ASCII shortcuts) against the
/// straightforward reference it was derived from (`Tokenizer.Strategy.reference`): tokens, match keys,
/// folds and the exact-lookup hash must be identical, because stored memories (fuzzy index, key ids,
/// exact hashes) depend on them.
@Suite("Tokenizer fast path = reference")
struct TokenizerEquivalenceTests {
    /// The project's locales, and German: its CLDR date pattern `d. MMMM y` takes a rule of its own (the
    /// day's period, "25. Mai 2018"), which both paths must apply alike.
    static let locales: [LanguageTag] = ["en", "nl-BE", "fr-BE", "de"]

    /// The repository root (``TestEnvironment/repository``).
    static let repository = TestEnvironment.repository

    /// Every line of the text files under `Tests/Fixtures` and `Examples`, distinct, as written (markup,
    /// JSON escapes and all: the tokenizer must agree on anything).
    static func developmentLines() throws -> [String] {
        var seen = Set<String>()
        var lines: [String] = []
        for folder in ["Tests/Fixtures", "Examples"] {
            let root = repository.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
                throw TestFailure("\(root.path) is missing: it is part of the repository")
            }
            for case let file as URL in files
            where ["json", "jsonl", "md", "txt", "tmx", "xlf", "html", "tbx", "srx", "csv"].contains(file.pathExtension) {
                guard let data = try? Data(contentsOf: file) else { continue }
                // UTF-16 fixtures (TMX with a BOM) are read as such; other bytes as UTF-8 with repairs.
                let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .utf16) ?? String(decoding: data, as: UTF8.self)
                for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" }) {
                    let s = String(line)
                    if s.utf16.count <= 1500, seen.insert(s).inserted { lines.append(s) }
                }
            }
        }
        return lines
    }

    /// Pieces that stress the tokenizer's rules: apostrophes and elisions, numbers with spaces and
    /// separators, URLs, e-mail addresses, dates, accents, combining marks, emoji, CR LF, other scripts.
    static let fragments: [String] = [
        "l'internet", "qu'il", "jusqu'aujourd'hui", "d’information", "aujourd’hui", "l\u{02BC}école", "'s avonds", "'t", "z'n",
        "I'm", "it's", "O'Neill", "L'", "qu'", "'", "’", "''",
        "3 000,50", "3\u{202F}000", "3\u{00A0}000", "3\u{2009}000", "10.000,50", "3,000.50", "1.5", "1,5", "1.2.3", "-12", "\u{2212}4,5",
        "078 170 170", "+32 2 555 01 23", "+32 (0)2 555 01 23", "0470/12.34.56", "0123.456.789", "0800", "06-12345678", "05.30", "05,5", "+5", "+3225550123.", "0471\u{00A0}12 34 56", "(0)2", "+32 (0", "2020-2021", "0.500", "1.000.000", "3 000 000", "2020 10", "12,345,678.9", "007", "1 200", "99999999999999999999999999999999999999999",
        "https://www.example.com/a?b=c&d=e.", "(see http://x.org/path_(1))", "www.childfocus.be", "ftp://files.example.org/x.zip,",
        "HTTPS://EXAMPLE.ORG/Caf\u{00E9}", "http://", "www.", "info@example.com", "first.last+tag@sub.example.co.uk.", "x@y", "a@b.c",
        "@childfocus", "#SID2020", "#2020", "v1.5", "x@y.be",
        "9 February 2021", "February 9, 2021", "1er février 2021", "9 févr. 2021", "09/02/2021", "2021-02-09", "9.2.21", "maart 2020",
        "1 maart", "May", "may", "Mai", "mai 2020", "25. Mai 2018", "am 1. März", "3.März 2020", "31. Februar 2020", "5.", "31/02/2020", "29/02/2020", "13/13/13", "21st", "1er",
        "café", "cafe\u{0301}", "Ångström", "A\u{030A}ngstro\u{0308}m", "naïve", "Straße", "STRASSE", "ŒUVRE", "œuvre", "ǅ", "İstanbul",
        "ﬁne", "µ", "ſ", "ß", "ẞ", "Σ", "ς", "Ǆ", "x\u{0308}", "\u{0301}", "e\u{0301}\u{0327}",
        "👍", "👍🏽", "👨‍👩‍👧", "🇧🇪", "☺\u{FE0F}", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𝟏𝟐𝟑",
        "e-mail", "COVID-19", "a-t-il", "peut-être", "e\u{2010}mail", "e\u{2011}mail", "-", "--", "- -",
        "\r\n", "\n", "\r", "\t", " ", "  ", "\u{00A0}", "\u{2028}", "\u{000B}", "\u{000C}",
        "—", "–", "…", "«", "»", "« ", " »", "“quoted”", "‘single’", "\"", ".", ",", "!", "?", ";", ":", "(", ")", "[", "]",
        "%", "€", "$", "&", "+", "=", "/", "\\", "_", "*", "§", "©", "°", "±", "<", ">", "|", "~", "^", "`",
        "\u{200B}", "\u{200D}", "\u{FEFF}", "\u{00AD}", "\u{0007}",
        "日本語", "한국어", "עברית", "العربية", "ไทย", "Ελληνικά", "Русский",
        "Safer", "Internet", "Day", "het", "de", "le", "la", "een", "des", "Brussel", "Bruxelles", "Kind", "enfant",
    ]

    static let separators: [String] = ["", " ", " ", " ", ", ", ". ", "\r\n", "\u{00A0}", "-", "'", "’", "/", "@", ".", "\t"]

    /// `count` generated strings of 1 to 30 fragments, deterministic.
    static func generatedStrings(_ count: Int) -> [String] {
        var rng = SplitMix(seed: 0x746f_6b73_7065_6564)
        var out: [String] = []
        for _ in 0..<count {
            var s = ""
            for k in 0..<Int.random(in: 1...30, using: &rng) {
                if k > 0 { s += separators.randomElement(using: &rng)! }
                s += fragments.randomElement(using: &rng)!
            }
            out.append(s)
        }
        return out
    }

    /// A token's match key computed the straightforward way: a tag's Character-by-Character fold
    /// (``TextKey/foldWithOffsets(_:)``) with each run of ASCII digits replaced by U+0001, another
    /// placeable's type, else the fold.
    static func expectedKey(_ token: Token) -> String {
        let folded = TextKey.foldWithOffsets(token.text).folded
        if token.kind == .hashtag || token.kind == .handle {
            return folded.replacingOccurrences(of: "[0-9]+", with: "\u{1}", options: .regularExpression)
        }
        return token.kind.isPlaceable ? "\u{1}" + token.kind.rawValue : folded
    }

    /// The match keys computed the straightforward way from the reference tokens: punctuation and emoji
    /// left out, ``expectedKey(_:)`` of the others.
    static func referenceKeys(_ tokens: [Token]) -> [String] {
        tokens.compactMap { token in
            if token.kind == .punctuation || token.kind == .emoji { return nil }
            return Self.expectedKey(token)
        }
    }

    /// FNV-1a 64 of the NFC text's UTF-8, through ICU every time (``IndexedVariant/hash(_:)``'s definition).
    static func referenceHash(_ text: String) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in ICU.normalize(text, .nfc).utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: h)
    }

    /// Checks every variant-preparation output of `text` in every locale (or only in `locales[only]`);
    /// returns a description of the first difference, or nil.
    /// - Parameter buffer: the key buffer of ``Tokenizer/matchKeys(_:into:)``, reused across a test's texts as
    ///   an import reuses it (it still holds the previous text's keys and scan arrays).
    static func difference(_ text: String, _ tokenizers: [Tokenizer], only: Int? = nil, buffer: inout MatchKeyBuffer) -> String? {
        let shown = text.debugDescription
        for (index, (locale, tokenizer)) in zip(locales, tokenizers).enumerated() where only == nil || only == index {
            let fast = tokenizer.tokens(text)
            let reference = tokenizer.tokens(text, strategy: .reference)
            if fast != reference { return "\(locale) tokens of \(shown):\n  fast      \(fast)\n  reference \(reference)" }
            let keys = referenceKeys(reference)
            let matchKeys = tokenizer.matchKeys(text)
            if matchKeys != keys { return "\(locale) matchKeys of \(shown): \(matchKeys) ≠ \(keys)" }
            if PreparedSegment.keys(text, locale: locale) != keys { return "\(locale) PreparedSegment.keys of \(shown) ≠ \(keys)" }
            // The bytes path.
            tokenizer.matchKeys(text, into: &buffer)
            if buffer.keys != keys { return "\(locale) matchKeys(into:) of \(shown): \(buffer.keys) ≠ \(keys)" }
            if buffer.bytes != Array(keys.joined().utf8) || buffer.count != keys.count { return "\(locale) key bytes of \(shown)" }
            let prepared = PreparedSegment(RichText(plain: text), locale: locale)
            if prepared.tokens != reference || prepared.keys != keys { return "\(locale) PreparedSegment of \(shown)" }
            if fast.map(\.matchKey) != reference.map(Self.expectedKey) { return "\(locale) Token.matchKey of \(shown)" }
            let indexed = IndexedVariant(Variant(locale: locale, content: RichText(plain: text)))
            if indexed.keys != keys { return "\(locale) IndexedVariant.keys of \(shown)" }
        }
        let folded = TextKey.foldWithOffsets(text).folded
        if TextKey.fold(text) != folded { return "fold of \(shown): \(TextKey.fold(text).debugDescription) ≠ \(folded.debugDescription)" }
        // The concordance column folds quotation marks on top of the fold (`TextKey.concordanceFold`).
        let concordance = TextKey.concordanceFoldWithOffsets(text).folded
        if TextKey.concordanceFold(text) != concordance { return "concordance fold of \(shown): \(TextKey.concordanceFold(text).debugDescription) ≠ \(concordance.debugDescription)" }
        let indexed = IndexedVariant(Variant(locale: "en", content: RichText(plain: text)))
        if indexed.folded != concordance { return "IndexedVariant.folded of \(shown)" }
        if indexed.textHash != referenceHash(text) || IndexedVariant.hash(text) != referenceHash(text) { return "hash of \(shown)" }
        return nil
    }

    @Test func developmentTextsGiveIdenticalTokensKeysAndFolds() throws {
        let lines = try Self.developmentLines()
        #expect(lines.count > 1000, "expected the fixtures and examples to give over 1,000 distinct lines, got \(lines.count)")
        let tokenizers = Self.locales.map { Tokenizer(locale: $0) }
        var differences: [String] = []
        var buffer = MatchKeyBuffer()
        // Each line in one locale, in turn (all three would triple the time of a debug test run for
        // little: the generated texts below run in all three).
        for (i, line) in lines.enumerated() {
            if let d = Self.difference(line, tokenizers, only: i % Self.locales.count, buffer: &buffer) { differences.append(d) }
        }
        #expect(differences.isEmpty, "\(differences.count) of \(lines.count) lines differ; first: \(differences.prefix(3).joined(separator: "\n"))")
    }

    @Test func generatedTextsGiveIdenticalTokensKeysAndFolds() {
        let texts = Self.generatedStrings(600) + Self.fragments
        let tokenizers = Self.locales.map { Tokenizer(locale: $0) }
        var differences: [String] = []
        var buffer = MatchKeyBuffer()
        for text in texts {
            if let d = Self.difference(text, tokenizers, buffer: &buffer) { differences.append(d) }
        }
        #expect(differences.isEmpty, "\(differences.count) of \(texts.count) texts differ; first: \(differences.prefix(3).joined(separator: "\n"))")
    }

    /// Known tricky inputs with their expected tokens, so that a change in both paths at once is caught.
    @Test func fastPathKeepsTheDocumentedTokens() {
        let fr = Tokenizer(locale: "fr-BE")
        let text = "L’enfant qu'il a vu\r\na 3 000,50 € sur https://example.be/x. 👍🏽 Cafe\u{0301} !"
        let tokens = fr.tokens(text)
        #expect(tokens.map(\.text) == ["L’", "enfant", "qu'", "il", "a", "vu", "a", "3 000,50", "€", "sur", "https://example.be/x", ".", "👍🏽", "Cafe\u{0301}", "!"])
        #expect(tokens.map(\.key) == ["l'", "enfant", "qu'", "il", "a", "vu", "a", "3000.5", "€", "sur", "https://example.be/x", ".", "👍🏽", "café", "!"])
        #expect(tokens[12].kind == .emoji)
        #expect(fr.matchKeys(text) == ["l'", "enfant", "qu'", "il", "a", "vu", "a", "\u{1}number", "€", "sur", "\u{1}url", "cafe"])
        // UTF-16 offsets after an astral emoji and a combining mark.
        #expect(tokens[12].range == 60..<64 && tokens[13].range == 65..<70 && tokens[14].range == 71..<72)
    }

    /// Text outside the bytes path's ASCII/Latin-1 table (CJK, Greek, emoji, combining marks, typographic
    /// apostrophes, NBSP in numbers) and placeables (numbers, URLs, e-mail addresses, dates) between plain
    /// Latin words, in one buffer reused from text to text: every key comes out as the `String` path gives
    /// it, and as written here.
    @Test func keyBytesOutsideTheLatinTableTakeTheFullFold() {
        let cases: [(LanguageTag, String, [String])] = [
            ("fr-BE", "L’école d'Ångström à Liège : 3\u{00A0}000,50 € le 9 févr. 2021, voir https://x.be/é ou info@example.be",
             ["l'", "ecole", "d'", "angstrom", "a", "liege", "\u{1}number", "€", "le", "\u{1}date", "voir", "\u{1}url", "ou", "\u{1}email"]),
            ("en", "Tokyo 東京 and Αθήνα 👍🏽 cafe\u{0301} STRASSE Straße O’Neill's 1,500.25 on 09/02/2021",
             ["tokyo", "東京", "and", "αθηνα", "cafe", "strasse", "strasse", "o'", "neill's", "\u{1}number", "on", "\u{1}date"]),
            ("nl-BE", "'s Avonds zag Zoë 1.000.000 naïeve œuvres; #Noël2020 @child_focus",
             ["'s", "avonds", "zag", "zoe", "\u{1}number", "naieve", "œuvres", "#noel\u{1}", "@child_focus"]),
        ]
        var buffer = MatchKeyBuffer()
        for (locale, text, expected) in cases {
            let tokenizer = Tokenizer(locale: locale)
            tokenizer.matchKeys(text, into: &buffer)
            #expect(buffer.keys == expected, "\(locale) \(text)")
            #expect(buffer.keys == tokenizer.matchKeys(text), "\(locale) \(text)")
            #expect(buffer.count == expected.count && buffer.bytes == Array(expected.joined().utf8))
        }
    }

    /// ICU iterators are kept per thread: tokenizing from many threads at once gives what one thread gives.
    @Test func concurrentTokenizationMatchesSerial() {
        let texts = Self.generatedStrings(300)
        let tokenizers = Self.locales.map { Tokenizer(locale: $0) }
        let serial = texts.map { t in tokenizers.map { $0.tokens(t) } }
        let results = Results(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { i in
            // Reverse locale order per thread, so each thread's iterator cache is used in another order.
            let tokens = tokenizers.reversed().map { $0.tokens(texts[i]) }
            results.set(i, Array(tokens.reversed()))
        }
        #expect(results.all() == serial)
    }
}

/// A lock-protected result array for the concurrency test.
private final class Results: Sendable {
    private let values: Mutex<[[[Token]]]>
    init(count: Int) { values = Mutex(Array(repeating: [], count: count)) }
    func set(_ i: Int, _ v: [[Token]]) { values.withLock { $0[i] = v } }
    func all() -> [[[Token]]] { values.withLock { $0 } }
}

/// A test precondition that does not hold (a missing repository folder).
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

@Suite("Tokenizer long digit runs")
struct TokenizerLongDigitTests {
    /// A digit run too long for an `Int`, followed by a date separator, used to trap (arithmetic
    /// overflow in the numeric-date scan). It is a number, and what follows is no date.
    @Test func longDigitRunBeforeDateSeparatorIsANumber() {
        for locale in TokenizerEquivalenceTests.locales {
            let tokens = Tokenizer(locale: locale).tokens("12345678901234567890/01/2020")
            #expect(tokens.map(\.text) == ["12345678901234567890", "/", "01", "/", "2020"])
            #expect(tokens.map(\.kind) == [.number, .punctuation, .number, .punctuation, .number])
            #expect(tokens.first?.key == "12345678901234567890")
        }
    }
}
