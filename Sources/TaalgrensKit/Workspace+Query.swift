import Foundation
import TaalgrensCore
import TranslationMemory

/// The result of `taalgrens query` in the shape of `cli-json.md`.
public struct QueryReport: Codable, Sendable {
    /// One penalty of a match's breakdown (`docs/matching.md`, "Penalties").
    public struct PenaltyEntry: Codable, Sendable {
        /// What differs: `number`, `date`, `url`, `email`, `format`, `case`, `accents`, `punctuation`, `whitespace`, `code` or `status`.
        public var reason: String
        /// The points taken off the score.
        public var points: Double
    }
    /// Why a match scores what it scores (`docs/matching.md`, "The score"):
    /// `base = 100 − 100 · distance / max(queryTokens, matchTokens)`, minus the penalties.
    public struct Breakdown: Codable, Sendable {
        /// The base score before penalties, in [0, 100].
        public var base: Double
        /// The word-level edit distance `d` between the query and the stored source (insertions, deletions
        /// and substitutions of word-level tokens).
        public var distance: Int
        /// Word-level tokens (punctuation excluded) in the query: `|a|`.
        public var queryTokens: Int
        /// Word-level tokens (punctuation excluded) in the stored source: `|b|`.
        public var matchTokens: Int
        /// The penalties, in the order they were applied.
        public var penalties: [PenaltyEntry]
    }
    /// Where the matched unit came from, and its review status for the target locale.
    public struct OriginEntry: Codable, Sendable {
        /// The article id, for units aligned from an article; `nil` for units from TMX or XLIFF.
        public var article: String?
        /// The 0-based block index of the unit's first source segment, when known.
        public var block: Int?
        /// The 0-based position of that segment within its block, when known.
        public var position: Int?
        /// The status of the target variant (`reviewed`, `translated`, `aligned`, `needsReview`, …).
        public var status: UnitStatus
    }
    /// One match, best first.
    public struct MatchEntry: Codable, Sendable {
        /// The match score, rounded to one decimal: 101 context, 100 exact, below 100 fuzzy.
        public var score: Double
        /// `context`, `exact` or `fuzzy`.
        public var kind: MatchKind
        /// The stored source text (plain text).
        public var source: String
        /// The stored translation (plain text), with the query's placeables when ``adapted``.
        public var target: String
        /// Whether the translation carries the query's numbers, dates or other placeables written the target locale's way.
        public var adapted: Bool
        /// Why the score is what it is.
        public var breakdown: Breakdown
        /// The locale of the stored source variant: the query's, or another region of its language
        /// (`en-GB` for `--from en`).
        public var sourceLocale: LanguageTag
        /// The locale of the stored translation: the one asked for, or another region of its language
        /// (`fr-BE` for `--to fr-FR`: Belgian French is shown as such, not as French French).
        public var targetLocale: LanguageTag
        /// The matched unit's id.
        public var unit: String
        /// Where the unit came from.
        public var origin: OriginEntry
        /// How many units hold this same pair (source and target text with the same inline codes), when
        /// more than one: the match is listed once, as its best-ranked unit (``unit``), and stands for the
        /// others (`docs/matching.md`, "Identical pairs"). `nil` (not encoded) for a pair held by one unit.
        public var units: Int?
    }
    /// The query text as given.
    public var query: String
    /// The query's locale.
    public var from: LanguageTag
    /// The target locale.
    public var to: LanguageTag
    /// The matches, ranked (score, then reviewed before aligned, newer before older, unit id).
    public var matches: [MatchEntry]
    /// What the user should know to read the matches: a region fallback (stored text of another region
    /// than `--from`/`--to`), context given on one side only (``contextNote(previous:next:)``). `nil` (not
    /// encoded) when there is nothing to say.
    public var notes: [String]?

    init(query: String, from: LanguageTag, to: LanguageTag, matches: [Match], notes: [String] = []) {
        self.query = query
        self.from = from
        self.to = to
        self.matches = matches.map { match in
            MatchEntry(score: match.score, kind: match.kind, source: match.source.text,
                       target: match.translation.plainText, adapted: match.adapted,
                       breakdown: Breakdown(base: match.breakdown.base, distance: match.breakdown.distance,
                                            queryTokens: match.breakdown.queryTokens, matchTokens: match.breakdown.matchTokens,
                                            penalties: match.breakdown.penalties.map { PenaltyEntry(reason: $0.reason.rawValue, points: $0.points) }),
                       sourceLocale: match.source.locale, targetLocale: match.target.locale,
                       unit: match.unit.id,
                       origin: OriginEntry(article: match.unit.origin?.article, block: match.unit.origin?.block,
                                           position: match.unit.origin?.position, status: match.unit.status(for: match.target.locale)),
                       units: match.units > 1 ? match.units : nil)
        }
        let all = notes + QueryReport.fallbackNotes(self.matches, from: from, to: to)
        self.notes = all.isEmpty ? nil : all
    }

    /// One note per side whose stored text is of another region than asked (the labels of the matches
    /// show the stored locale): `--to fr-FR: no fr-FR text among these matches; they show the stored fr-BE
    /// text (region fallback)`, or `… some matches show …` when others have the locale asked for.
    /// - Complexity: O(matches · distinct locales).
    static func fallbackNotes(_ matches: [MatchEntry], from: LanguageTag, to: LanguageTag) -> [String] {
        func note(_ option: String, _ asked: LanguageTag, _ stored: [LanguageTag]) -> String? {
            var seen: [LanguageTag] = []
            for locale in stored where locale != asked && !seen.contains(locale) { seen.append(locale) }
            guard !seen.isEmpty else { return nil }
            let shown = seen.map(\.identifier).joined(separator: ", ")
            if stored.allSatisfy({ $0 != asked }) {
                return "\(option) \(asked): no \(asked) text among these matches; they show the stored \(shown) text (region fallback)"
            }
            return "\(option) \(asked): some matches show the stored \(shown) text (region fallback)"
        }
        return [note("--from", from, matches.map(\.sourceLocale)), note("--to", to, matches.map(\.targetLocale))].compactMap { $0 }
    }

    /// The note for context given on one side only, or `nil`: a context (101) match needs both
    /// neighbours, and a neighbour left out stands for the edge of the document (`docs/matching.md`), so
    /// `--prev` alone finds 101 only for a unit stored as the last sentence of its text.
    public static func contextNote(previous: String?, next: String?) -> String? {
        switch (previous, next) {
        case (_?, nil):
            return "--prev without --next: the query is read as the last sentence of its text, so only a unit stored at the end of an article can be a context match (101); give --next too"
        case (nil, _?):
            return "--next without --prev: the query is read as the first sentence of its text, so only a unit stored at the start of an article can be a context match (101); give --prev too"
        default:
            return nil
        }
    }

    /// How many of `ranges` (UTF-16 offsets of `text`, as ``Segmentation/Segmenter/sentenceRanges(in:)`` gives
    /// them) are sentences: pieces that hold a letter or a digit. A piece of emoji, punctuation or symbols
    /// alone ("👩🏽‍💻" before "Our helpline is open…", "🚨🚨") is no sentence, as the article reader leaves such
    /// a piece out of the segments (nineteenth trial, finding 11: the query of a post that opens with an emoji
    /// said "the query holds 2 sentences").
    /// - Complexity: O(n) in the length of `text`.
    public static func sentenceCount(_ ranges: [Range<Int>], in text: String) -> Int {
        let units = Array(text.utf16)
        return ranges.filter { range in
            let piece = String(decoding: units[max(0, range.lowerBound)..<min(units.count, range.upperBound)], as: UTF16.self)
            return piece.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }.count
    }

    /// The note for a query of several sentences, or `nil` for one: the memory stores one sentence per
    /// unit (articles are segmented before they are stored), so a query of two sentences is compared with
    /// single sentences and rarely reaches the threshold (TRIAL6: "no match" although both were stored).
    /// No note when the best match holds as many sentences (a 2:1 unit of an article, a TMX unit of two
    /// sentences) or is exact: the memory did match the query whole (seventh trial: the note stood above a
    /// 100 % match of two sentences).
    /// - Parameters:
    ///   - sentences: the number of sentences the source locale's segmenter finds in the query.
    ///   - best: the best match, if any.
    public static func sentencesNote(_ sentences: Int, best: Match? = nil) -> String? {
        guard sentences > 1 else { return nil }
        if let best, best.kind != .fuzzy || best.source.sentenceStarts.count + 1 >= sentences { return nil }
        return "the query holds \(sentences) sentences and the memory matches one sentence at a time: query them one by one (one per line with --file)"
    }

    /// The notes (`note: …`, one a line), then each match with its score, its unit and status (and
    /// `the same pair in N units` when it stands for several), source and target labelled with
    /// their stored locales, and why it is not higher: the base with the word-level
    /// edit distance and both token counts behind it, then each penalty
    /// (`why: base 96 (1 word edit; 25 query tokens, 25 match tokens), −2 number`).
    public var text: String {
        var out = (notes ?? []).map { "note: \($0)\n" }.joined()
        if matches.isEmpty { return out + "no match for \"\(query)\" (\(from) → \(to))\n" }
        for (index, m) in matches.enumerated() {
            let score = m.score == m.score.rounded() ? String(Int(m.score)) : String(m.score)
            let same = m.units.map { ", the same pair in \($0) units" } ?? ""
            out += "\(index + 1). \(score)% \(m.kind)\(m.adapted ? ", placeables adapted" : "")  [\(m.unit), \(m.origin.status)\(same)]\n"
            out += "   \(m.sourceLocale): \(m.source)\n"
            out += "   \(m.targetLocale): \(m.target)\n"
            let penalties = m.breakdown.penalties.map { "−\(formatPoints($0.points)) \($0.reason)" }
            let b = m.breakdown
            let behind = "\(counted(b.distance, "word edit")); \(counted(b.queryTokens, "query token")), \(counted(b.matchTokens, "match token"))"
            out += "   why: base \(formatPoints(b.base)) (\(behind))" + (penalties.isEmpty ? "" : ", " + penalties.joined(separator: ", ")) + "\n"
        }
        return out
    }

    private func formatPoints(_ p: Double) -> String { p == p.rounded() ? String(Int(p)) : String(p) }
}

extension Workspace {
    /// `taalgrens query`: fuzzy matches for one sentence, with their breakdown.
    /// - Parameters:
    ///   - text: the source sentence.
    ///   - previous, next: the neighbouring source sentences, for context (101) matches.
    ///   - minScore: the lowest score returned (compared after rounding to one decimal).
    ///   - limit: the most matches returned.
    /// - Throws: ``InputError`` for an unknown locale (`--from`, `--to`) or an unusable memory location.
    public func query(_ text: String, from: LanguageTag, to: LanguageTag, previous: String? = nil, next: String? = nil,
                      minScore: Double = 70, limit: Int = 5, memory: String?) throws -> QueryReport {
        try job {
            var result: QueryReport?
            try query([(text, previous, next)], from: from, to: to, minScore: minScore, limit: limit, memory: memory) { result = $1 }
            return result!
        }
    }

    /// Runs a batch of queries against one opened memory (`taalgrens query --file`): the memory is opened
    /// and its fuzzy index built once, at the first query, instead of once per query as separate
    /// ``query(_:from:to:previous:next:minScore:limit:memory:)`` calls would (about 1.5 s each at 1,000,000
    /// units, `docs/benchmarks.md`). Each report is handed to `report` as soon as it is ready, so output can
    /// stream.
    /// - Parameters:
    ///   - lines: the query texts, without context.
    ///   - report: called with each query's 0-based number and its report, in order.
    /// - Throws: as ``query(_:from:to:previous:next:minScore:limit:memory:)``, and whatever `report` throws.
    public func query(lines: [String], from: LanguageTag, to: LanguageTag, minScore: Double = 70, limit: Int = 5,
                      memory: String?, report: (Int, QueryReport) throws -> Void) throws {
        try job {
            try query(lines.map { ($0, nil, nil) }, from: from, to: to, minScore: minScore, limit: limit, memory: memory, report: report)
        }
    }

    /// The queries (text, previous and next sentence) against one opened memory, each report handed to
    /// `report` in order: what both public `query` forms run.
    private func query(_ items: [(text: String, previous: String?, next: String?)], from: LanguageTag, to: LanguageTag,
                       minScore: Double, limit: Int, memory: String?, report: (Int, QueryReport) throws -> Void) throws {
        try checkKnown([from], option: "--from")
        try checkKnown([to], option: "--to")
        let store = try openMemory(memory)
        let sentences = try segmenter(for: from, option: "--from")
        for (number, item) in items.enumerated() {
            // Soft hyphens and zero-width spaces pasted from a page say nothing about the sentence: stored
            // text has none (``InvisibleFormat``), so the query has none either.
            let matches = try store.search(MatchQuery(text: RichText(plain: InvisibleFormat.removing(from: item.text)), source: from, target: to,
                                                      previous: item.previous.map(InvisibleFormat.removing), next: item.next.map(InvisibleFormat.removing),
                                                      minScore: minScore, limit: limit))
            let notes = [QueryReport.contextNote(previous: item.previous, next: item.next),
                         QueryReport.sentencesNote(QueryReport.sentenceCount(sentences.sentenceRanges(in: item.text), in: item.text),
                                                   best: matches.first)].compactMap { $0 }
            try report(number, QueryReport(query: item.text, from: from, to: to, matches: matches, notes: notes))
        }
    }

    /// Reads a query file: one query per non-empty line, UTF-8, or UTF-16 with or without a byte-order mark
    /// (``UTF16Text``). A pipe, `/dev/stdin` or a shell's `<(…)` is read to its end like a file
    /// (the command line reads standard input for `--file -` with ``queryLines(_:file:)``) (eleventh trial, finding 16: they were refused as "does not exist").
    /// - Throws: ``InputError`` when the file is missing, a folder or unreadable (saying which), or is
    ///   neither UTF-16 nor UTF-8 (naming the line and byte column of the first byte that is not,
    ///   ``notUTF8(_:file:)``).
    public func readQueryLines(_ url: URL) throws -> [String] {
        try queryLines(Self.queryData(url), file: url.path)
    }

    /// The queries of a query file's bytes (``readQueryLines(_:)``), such as standard input's.
    /// - Parameter file: the name errors give (`standard input`).
    /// - Throws: ``InputError`` when the bytes are neither UTF-16 nor UTF-8.
    public func queryLines(_ data: Data, file: String) throws -> [String] {
        let text: String
        if let utf16 = try UTF16Text.decode([UInt8](data), file: file) {
            text = utf16.text
        } else if let utf8 = String(data: data, encoding: .utf8) {
            text = utf8
        } else {
            throw Workspace.notUTF8(data, file: file)
        }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The bytes of a query file, read to the end (a pipe or `/dev/stdin` too).
    /// - Throws: ``InputError`` saying whether the path does not exist, is a folder or cannot be read.
    static func queryData(_ url: URL) throws -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw InputError(file: url.path, "the query file does not exist: expected a text file with one query per line, or - for standard input")
        }
        if isFolder.boolValue {
            throw InputError(file: url.path, "is a folder: expected a text file with one query per line, or - for standard input")
        }
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            return try handle.readToEnd() ?? Data()
        } catch {
            throw InputError(file: url.path, "the query file cannot be read (\(error.localizedDescription)): check its permissions")
        }
    }

    /// The error for a query file that is not UTF-8: the line and byte column (1-based) of the first byte
    /// that does not start or continue a UTF-8 sequence (RFC 3629), the byte, and what to do. A list saved
    /// from a spreadsheet as plain "CSV" or "Text" is in the system's legacy code page (Windows-1252).
    /// - Complexity: O(n) in the number of bytes.
    static func notUTF8(_ data: Data, file: String) -> InputError {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0, line = 1, lineStart = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) {
            if scalar.count == 1, scalar.first == 0x0A { line += 1; lineStart = offset + 1 }
            offset += scalar.count
        }
        let byte = offset < data.count ? String(format: "0x%02X", Int(data[data.startIndex + offset])) : "the end of the file"
        return InputError(file: file, line: line, column: offset - lineStart + 1,
                          "expected UTF-8 text with one query per line, found the byte \(byte) (byte \(offset - lineStart + 1) of the line): the file is in another encoding, such as the Windows-1252 of a spreadsheet's plain \"CSV\" or \"Text\"; save it as UTF-8")
    }
}
