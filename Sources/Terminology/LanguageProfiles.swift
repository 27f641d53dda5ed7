import Foundation
import TaalgrensCore

/// Tells which language a text is written in, from the frequent function words of each locale
/// (`Locales/<locale>/function-words.txt`): articles, pronouns, prepositions, conjunctions, auxiliaries.
///
/// Method: the "short words" (function-word) profile of language identification compared with character
/// trigrams by G. Grefenstette, "Comparing two language identification schemes", JADT 1995 (3rd
/// International Conference on Statistical Analysis of Textual Data, Rome). Function words make up a
/// third or more of the words of running text in English, Dutch and French, and few of them are shared.
/// Here a word counts for a language only when no other locale's list holds it ("de", "en", "in", "a" are
/// shared and count for none), so the score of a language is the number of its own function words in the
/// text. The lists are ours (written by hand for this project); the method is the published one.
///
/// Robustness: a version of an article is judged as a whole, never segment by segment, so a quotation in
/// another language, a name ("Better Internet for Kids"), numbers or a short title cannot decide it; see
/// ``mismatch(_:declared:)`` for the thresholds.
public struct LanguageProfiles: Hashable, Sendable {
    /// The function words of each locale, lower case, elided forms with a straight apostrophe ("l'").
    public let words: [LanguageTag: Set<String>]
    /// For each word that exactly one locale's list holds, that locale.
    private let owner: [String: LanguageTag]

    /// The fewest function words of the likely language a text must have before it is called a mismatch.
    public static let minimumEvidence = 3
    /// How many times more function words the likely language must have than the declared one.
    public static let dominance = 3

    /// Profiles from word lists per locale (words are lower-cased, `’` read as `'`).
    public init(words: [LanguageTag: Set<String>]) {
        var normalised: [LanguageTag: Set<String>] = [:]
        for (locale, list) in words { normalised[locale] = Set(list.map(Self.normalise)) }
        self.words = normalised
        var count: [String: [LanguageTag]] = [:]
        for (locale, list) in normalised { for w in list { count[w, default: []].append(locale) } }
        owner = count.compactMapValues { $0.count == 1 ? $0[0] : nil }
    }

    /// Reads `Locales/*/function-words.txt` of a data folder: one word a line, `#` starts a comment, blank
    /// lines are skipped. Locale folders without the file have no profile (their text is never judged).
    /// - Throws: `InputError` naming the file and line of a line that is not one word (letters, optionally
    ///   ending with an apostrophe), or a file that cannot be read.
    /// - Complexity: O(total size of the files).
    public static func load(from data: DataDirectory) throws -> LanguageProfiles {
        let fm = FileManager.default
        var result: [LanguageTag: Set<String>] = [:]
        for name in ((try? fm.contentsOfDirectory(atPath: data.locales.path)) ?? []).sorted() {
            guard let tag = LanguageTag(name) else { continue }
            let file = data.locales.appendingPathComponent(name).appendingPathComponent("function-words.txt")
            guard fm.fileExists(atPath: file.path) else { continue }
            let text: String
            do { text = try String(contentsOf: file, encoding: .utf8) } catch {
                throw InputError(file: file.path, "the file cannot be read as UTF-8 text")
            }
            var list: Set<String> = []
            for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { continue }
                let word = normalise(line)
                guard !words(in: word).isEmpty, words(in: word) == [word] else {
                    throw InputError(file: file.path, line: i + 1, "expected one word (letters, an elided word ending with an apostrophe), found \"\(line)\"")
                }
                list.insert(word)
            }
            result[tag] = list
        }
        return LanguageProfiles(words: result)
    }

    /// The function words of each language in `texts`, counted over all of them: only words that belong to
    /// exactly one locale's list count. Locales whose language no text uses count 0 (and are present).
    /// - Parameter texts: plain texts (segments of one article version, say).
    /// - Complexity: O(total length of the texts).
    public func scores(_ texts: [String]) -> [LanguageTag: Int] {
        var out = Dictionary(uniqueKeysWithValues: words.keys.map { ($0, 0) })
        for text in texts {
            for w in Self.words(in: text) { if let locale = owner[w] { out[locale, default: 0] += 1 } }
        }
        return out
    }

    /// Whether `texts`, declared to be `declared`, read as another language: the locale with the most
    /// function words (``scores(_:)``) has another language than `declared`, at least ``minimumEvidence``
    /// of them, and at least ``dominance`` times as many as the declared language's locale. `nil` when the
    /// texts fit their declared language, when there is too little evidence, or when `declared` has no
    /// profile (then nothing can be said).
    /// - Parameters:
    ///   - texts: the plain texts of one version (all its segments), judged together.
    ///   - declared: the locale the texts are said to be in.
    /// - Complexity: O(total length of the texts).
    public func mismatch(_ texts: [String], declared: LanguageTag) -> LanguageMismatch? {
        guard let own = declared.bestMatch(in: words.keys.sorted()) else { return nil }
        let score = scores(texts)
        // The best other language: its best-scoring locale (ties: the first by name).
        let others = score.filter { $0.key.language != own.language }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        guard let (likely, likelyHits) = others.first.map({ ($0.key, $0.value) }) else { return nil }
        let declaredHits = score.filter { $0.key.language == own.language }.values.max() ?? 0
        guard likelyHits >= Self.minimumEvidence, likelyHits >= Self.dominance * declaredHits else { return nil }
        return LanguageMismatch(declared: declared, likely: likely, declaredHits: declaredHits, likelyHits: likelyHits)
    }

    /// The fewest words a single segment needs before ``segmentMismatch(_:declared:)`` judges it.
    public static let segmentMinimumWords = 3

    /// Whether one segment (a translation stored under `declared`) reads as another language: at least
    /// ``segmentMinimumWords`` words, at least one function word that only another language's list holds,
    /// and none of the declared language's. Stricter in kind than ``mismatch(_:declared:)``, which needs
    /// ``minimumEvidence`` words over a whole text: a sentence in the declared language almost always has one
    /// of its articles or prepositions ("le", "het", "the"), while a wrong-language segment has none of them.
    /// Meant for a check whose outcome is a review, never a deletion: a French title made only of English
    /// words ("Better Internet for Kids") also reads as English.
    /// - Returns: the mismatch, or `nil` when the segment fits, is too short, has no function word of
    ///   another language, or `declared` has no profile.
    /// - Complexity: O(length of `text`).
    public func segmentMismatch(_ text: String, declared: LanguageTag) -> LanguageMismatch? {
        guard let own = declared.bestMatch(in: words.keys.sorted()) else { return nil }
        let all = Self.words(in: text)
        guard all.count >= Self.segmentMinimumWords else { return nil }
        var score: [LanguageTag: Int] = [:]
        for w in all { if let locale = owner[w] { score[locale, default: 0] += 1 } }
        guard score.filter({ $0.key.language == own.language }).values.allSatisfy({ $0 == 0 }) else { return nil }
        let others = score.filter { $0.key.language != own.language && $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        guard let (likely, hits) = others.first.map({ ($0.key, $0.value) }) else { return nil }
        return LanguageMismatch(declared: declared, likely: likely, declaredHits: 0, likelyHits: hits)
    }

    /// The lower-cased words of `text`: runs of letters; a run directly followed by an apostrophe (`'` or
    /// `’`) and a letter keeps the apostrophe (`l'`, `qu'`), as elided words are listed. Addresses are
    /// skipped: a stretch without spaces that holds `@`, `/`, or a dot between two letters
    /// ("www.saferinternet.be", whose "be" is not the English verb).
    static func words(in text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).flatMap { chunk -> [String] in
            isAddress(chunk) ? [] : wordsOfChunk(String(chunk))
        }
    }

    /// Whether a stretch without spaces is a URL, a domain name or an e-mail address.
    static func isAddress(_ chunk: Substring) -> Bool {
        if chunk.contains("@") || chunk.contains("/") { return true }
        let c = Array(chunk)
        guard c.count >= 3 else { return false }
        for i in 1..<(c.count - 1) where c[i] == "." && c[i - 1].isLetter && c[i + 1].isLetter { return true }
        return false
    }

    private static func wordsOfChunk(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text.lowercased())
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isLetter {
                current.append(c)
            } else {
                if (c == "'" || c == "’"), !current.isEmpty, i + 1 < chars.count, chars[i + 1].isLetter {
                    current.append("'")
                } else if (c == "'" || c == "’"), !current.isEmpty, i + 1 == chars.count {
                    current.append("'")   // a listed elided word on its own
                }
                if !current.isEmpty { out.append(current) }
                current = ""
            }
            i += 1
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func normalise(_ word: String) -> String { word.lowercased().replacingOccurrences(of: "’", with: "'") }
}

/// A text that reads as another language than the one declared (``LanguageProfiles/mismatch(_:declared:)``).
public struct LanguageMismatch: Hashable, Sendable {
    /// The locale the text was said to be in.
    public var declared: LanguageTag
    /// The locale whose function words the text has most.
    public var likely: LanguageTag
    /// Function words of the declared language found.
    public var declaredHits: Int
    /// Function words of the likely language found.
    public var likelyHits: Int

    /// A mismatch from its fields.
    public init(declared: LanguageTag, likely: LanguageTag, declaredHits: Int, likelyHits: Int) {
        self.declared = declared
        self.likely = likely
        self.declaredHits = declaredHits
        self.likelyHits = likelyHits
    }

    /// The likely language's name in English ("French"), from CLDR through Foundation; its code when unknown.
    public var likelyLanguageName: String {
        Locale(identifier: "en").localizedString(forLanguageCode: likely.language) ?? likely.language
    }
}
