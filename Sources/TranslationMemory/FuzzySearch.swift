import Foundation
import TaalgrensCore

/// One stored variant as a store hands it to ``FuzzySearch``: what the base score needs. The rest
/// (``CandidateDetails``) is fetched only for the few candidates whose base can reach the threshold.
public struct CandidateRow: Sendable {
    /// The store's key of the variant (for SQLite, its rowid).
    public var variantKey: Int64
    /// The store's key of the unit.
    public var unitKey: Int64
    /// The variant's locale.
    public var locale: LanguageTag
    /// The index keys (``IndexedVariant/keys``) as the store's term ids (the id of each key's first
    /// occurrence term), in order: equal keys have equal ids within a language.
    public var keyIDs: [Int64]
    /// The locales of all the unit's variants.
    public var unitLocales: [LanguageTag]
    /// A small number the store gives each distinct ``unitLocales`` list (equal lists, equal numbers), so a
    /// search decides once per list which variant is the source and which the target.
    public var localeSetID: Int

    /// A row as a store read it.
    public init(variantKey: Int64, unitKey: Int64, locale: LanguageTag, keyIDs: [Int64], unitLocales: [LanguageTag], localeSetID: Int) {
        self.variantKey = variantKey
        self.unitKey = unitKey
        self.locale = locale
        self.keyIDs = keyIDs
        self.unitLocales = unitLocales
        self.localeSetID = localeSetID
    }
}

/// What scoring and ranking need beyond the keys: the variant's text and context, its unit's id, status
/// and last change.
public struct CandidateDetails: Sendable {
    /// The variant's content with its inline codes.
    public var content: RichText
    /// The plain text of the segment before the variant in its document, if known.
    public var previous: String?
    /// The plain text of the segment after the variant in its document, if known.
    public var next: String?
    /// The unit's id (the last tie-break).
    public var unitID: String
    /// The status that holds for the query's target locale: the target variant's
    /// (``TranslationUnit/status(for:)``; a penalty for `needsReview` and `untrusted`, exact only when it
    /// ``UnitStatus/canBeExact``; the first tie-break). From ``FuzzyRowSource/details(variantKey:)``, which
    /// knows no target: the unit's status.
    public var status: UnitStatus
    /// The unit's last change (newer before older).
    public var changed: Date?
    /// The content of the unit's variant in the query's target locale, when the store read it with the
    /// details (``FuzzyRowSource/details(variantKey:target:)`` of both stores does); `nil` when not read, and
    /// the search then reads the unit. Identical pairs fold into one match by it (`docs/matching.md`,
    /// "Identical pairs").
    public var targetContent: RichText?
    /// Whether the unit belongs to an article (aligned from the article folder's own language versions,
    /// `unit.article` set) rather than to an imported file's scope: its target is the editor's text, which
    /// may be spelled as its source ("FAQ: phishing" in nl-BE) and is still a translation
    /// (`docs/matching.md`, "Copies of the source").
    public var ownedByArticle: Bool

    /// Details as a store read them.
    public init(content: RichText, previous: String?, next: String?, unitID: String, status: UnitStatus, changed: Date?,
                targetContent: RichText? = nil, ownedByArticle: Bool = false) {
        self.content = content
        self.previous = previous
        self.next = next
        self.unitID = unitID
        self.status = status
        self.changed = changed
        self.targetContent = targetContent
        self.ownedByArticle = ownedByArticle
    }
}

/// What every store offers ``FuzzySearch``: its key ids, rows by exact-lookup hash, every row of a
/// language (brute force), and the details and units of candidates. Retrieval needs more: either an
/// inverted index the store keeps (``FuzzyIndexBackend``, the PostgreSQL store) or the in-memory index of
/// the SQLite store. A source with neither is scanned whole by every search.
public protocol FuzzyRowSource {
    /// The ids of the keys of `language` the store knows (``CandidateRow/keyIDs`` uses them); keys never
    /// stored are absent.
    func keyIDs(language: String, keys: [String]) throws -> [String: Int64]
    /// The variants of `language` whose NFC plain text has this ``IndexedVariant/hash(_:)``.
    func rows(language: String, textHash: Int64) throws -> [CandidateRow]
    /// Every variant of `language`.
    func forEachRow(language: String, _ body: (CandidateRow) throws -> Void) throws
    /// The details of one variant and its unit, with the unit's own status.
    func details(variantKey: Int64) throws -> CandidateDetails?
    /// The details of one variant and its unit, with the status of the unit's `target` variant (an exact
    /// locale of the unit) as ``CandidateDetails/status``: what the search scores and ranks by. The default
    /// answers ``details(variantKey:)`` (for a source that keeps one status per unit).
    func details(variantKey: Int64, target: LanguageTag) throws -> CandidateDetails?
    /// Full units by unit key.
    func units(keys: [Int64]) throws -> [Int64: TranslationUnit]
    /// The candidate variant `variantKey` (whose content is `content`, in `locale`) prepared for scoring. A
    /// source may keep what it prepared for the life of its data (the SQLite store does, per generation of
    /// its in-memory index), so that a batch of similar queries (an article of near-identical paragraphs)
    /// tokenizes each candidate once rather than once per query.
    /// - Complexity: O(length of `content`) when prepared, O(1) when kept.
    func prepared(variantKey: Int64, content: RichText, locale: LanguageTag) -> PreparedSegment
}

/// What a store with a persisted inverted index offers ``FuzzySearch``: term frequencies, postings and
/// rows by key. A store implements it over its own tables (`docs/memory.md`, "Store contract").
public protocol FuzzyIndexBackend: FuzzyRowSource {
    /// For each term of `language` that is indexed, its id and the number of variants holding it. Keys
    /// are terms too (a key's first occurrence), so this also maps query keys to the ids of ``CandidateRow/keyIDs``.
    func termFrequencies(language: String, terms: [String]) throws -> [String: (id: Int64, frequency: Int)]
    /// The variants that hold any of `termIDs` and whose length (key count) lies in `lengths`.
    func postings(termIDs: [Int64], lengths: ClosedRange<Int>) throws -> Set<Int64>
    /// The rows of these variants (any order).
    func rows(variantKeys: [Int64]) throws -> [CandidateRow]
    /// The variants of `language` with exactly `length` keys.
    func rows(language: String, length: Int) throws -> [CandidateRow]
    /// The rows of these variants (any order), whose ``CandidateRow/unitLocales`` may be left empty (and
    /// ``CandidateRow/localeSetID`` -1) for ``completeLocales(_:)`` to fill: the search reads every
    /// candidate's keys but needs the unit's locales only for the few whose base can reach the threshold.
    func keyRows(variantKeys: [Int64]) throws -> [CandidateRow]
    /// `rows` with ``CandidateRow/unitLocales`` and ``CandidateRow/localeSetID`` filled, as
    /// ``rows(variantKeys:)`` gives them.
    func completeLocales(_ rows: [CandidateRow]) throws -> [CandidateRow]
}

/// A source that answers a search's retrieval itself, from an index it holds in memory (the SQLite store,
/// ``FuzzyMemoryIndex``).
protocol MemoryIndexedSource {
    /// The candidates of `language` whose rounded base can reach `minScore`, each with an upper bound of
    /// its score (its exact base, 101 for equal keys), as complete rows.
    func boundedCandidates(language: String, queryKeyIDs: [Int64], minScore: Double) throws -> [(ub: Double, row: CandidateRow)]
}

extension FuzzyRowSource {
    /// The default: the unit's status (``details(variantKey:)``).
    public func details(variantKey: Int64, target: LanguageTag) throws -> CandidateDetails? {
        try details(variantKey: variantKey)
    }
    /// The default: prepared anew at every call.
    public func prepared(variantKey: Int64, content: RichText, locale: LanguageTag) -> PreparedSegment {
        PreparedSegment(content, locale: locale)
    }
}

extension FuzzyIndexBackend {
    /// The default: the ids ``termFrequencies(language:terms:)`` gives.
    public func keyIDs(language: String, keys: [String]) throws -> [String: Int64] {
        try termFrequencies(language: language, terms: keys).mapValues(\.id)
    }
    /// The default: complete rows (``rows(variantKeys:)``).
    public func keyRows(variantKeys: [Int64]) throws -> [CandidateRow] { try rows(variantKeys: variantKeys) }
    /// The default: rows from ``rows(variantKeys:)`` are complete already.
    public func completeLocales(_ rows: [CandidateRow]) throws -> [CandidateRow] { rows }
}

/// Fuzzy retrieval with no false negatives: the candidates an inverted index yields under length, count
/// and prefix filters, scored by ``FuzzyScorer``, return exactly what a brute-force scan with the same
/// scorer returns.
///
/// Filters (`docs/matching.md`, "Retrieval"), for a query of `m` keys, a stored variant of `n` keys,
/// `L = max(m, n)` and a bound `B = minScore − 0.05` (a rounded score reaches `minScore` only if the raw
/// score reaches `B`; penalties only lower a score, so the base must reach `B` too):
/// - **length:** `d ≥ |m − n|` gives `m·B/100 ≤ n ≤ 100·m/B`;
/// - **count:** `d ≥ L − o`, with `o` the multiset overlap of the keys, gives `o ≥ L·B/100 ≥ m·B/100 = τ`;
/// - **prefix** (Bayardo, Ma & Srikant 2007, "Scaling up all pairs similarity search", §4; Xiao, Wang,
///   Lin & Yu 2008, "Efficient similarity joins for near duplicate detection" (PPJoin), §3): a variant
///   sharing at least `τ` of the query's `m` occurrence-numbered terms shares at least one of any
///   `m − τ + 1` of them, so only the postings of the `m − τ + 1` rarest terms are read.
///
/// Each candidate's exact base is then computed from its keys (bit-parallel distance, O(n)), which also
/// applies the count filter (a base that reaches `B` has `o ≥ L·B/100`). Candidates are verified in
/// decreasing order of their rounded base (101 for equal keys), an upper bound of their score; once
/// `limit` matches are held, the k-th best score raises the bar and verification stops when no remaining
/// bound can reach it.
public struct FuzzySearch<Backend: FuzzyRowSource> {
    /// The store's index and rows.
    public let backend: Backend
    let scorer = FuzzyScorer()

    /// A search over `backend`.
    public init(backend: Backend) { self.backend = backend }

    /// What one search computes once: the prepared query, its keys as integers, and per set of unit
    /// locales the variant locales that serve as source and target.
    final class Context {
        let query: MatchQuery
        let prepared: PreparedSegment
        /// The query's keys as term ids; a key the store has never seen gets a negative id of its own.
        let queryKeyIDs: [Int64]
        /// The query's occurrence-numbered terms, and their frequencies and ids when the backend keeps an
        /// inverted index (``FuzzyIndexBackend``; empty otherwise).
        let terms: [String]
        let frequencies: [String: (id: Int64, frequency: Int)]
        var roles: [Int: (source: LanguageTag?, target: LanguageTag?)] = [:]
        /// The query's keys prepared for bit-parallel distance, when there are at most 64.
        let pattern: BitParallelPattern?

        init(_ query: MatchQuery, backend: Backend) throws {
            self.query = query
            prepared = PreparedSegment(query.text, locale: query.source)
            terms = IndexedVariant.terms(prepared.keys)
            let language = query.source.language
            let known: [String: Int64]
            if prepared.keys.isEmpty {
                known = [:]
                frequencies = [:]
            } else if let inverted = backend as? any FuzzyIndexBackend {
                // One look-up gives the key ids and the frequencies the prefix filter needs.
                frequencies = try inverted.termFrequencies(language: language, terms: terms)
                known = frequencies.mapValues(\.id)
            } else {
                frequencies = [:]
                known = try backend.keyIDs(language: language, keys: Array(Set(prepared.keys)))
            }
            var unknown: [String: Int64] = [:]
            queryKeyIDs = prepared.keys.map { k in
                if let id = known[k] { return id }
                if let id = unknown[k] { return id }
                let id = -Int64(unknown.count) - 1
                unknown[k] = id
                return id
            }
            pattern = BitParallelPattern(queryKeyIDs)
        }

        /// The word-level Levenshtein distance between the query's keys and `keyIDs`.
        func distance(_ keyIDs: [Int64]) -> Int {
            pattern?.distance(to: keyIDs) ?? FuzzyScorer.levenshtein(queryKeyIDs, keyIDs)
        }

        func roles(_ row: CandidateRow) -> (source: LanguageTag?, target: LanguageTag?) {
            if let r = roles[row.localeSetID] { return r }
            let r = (query.source.bestMatch(in: row.unitLocales), query.target.bestMatch(in: row.unitLocales))
            roles[row.localeSetID] = r
            return r
        }
    }

    /// Runs `query` with its strategy.
    /// - Throws: whatever the backend throws.
    public func search(_ query: MatchQuery) throws -> [Match] {
        guard query.limit > 0 else { return [] }
        let context = try Context(query, backend: backend)
        let prepared = context.prepared
        let language = query.source.language
        var results: [Scored] = []
        switch query.strategy {
        case .bruteForce:
            results = try bruteForce(context)
        case .index:
            // Exact lookup by hash first: when it fills the limit with distinct pairs scoring 100 or more, it is
            // complete. Every copy of such a pair has the same text, so the same hash: the lookup counts them
            // all, also those a status penalty keeps below 100.
            var exact = FoldedMatches(limit: query.limit)
            for row in try backend.rows(language: language, textHash: IndexedVariant.hash(prepared.text)) {
                if let s = try evaluate(row, context) { exact.add(s) }
            }
            let best = exact.results
            if best.count >= query.limit, best.allSatisfy({ $0.score >= 100 }) {
                results = best
            } else {
                results = try indexSearch(context)
            }
        }
        return try materialise(results, query)
    }

    /// Every variant of the language, its exact base from its keys (no filter), then verification in
    /// decreasing order of base: a base is an upper bound of its score.
    func bruteForce(_ context: Context) throws -> [Scored] {
        let query = context.query
        var bounded: [(ub: Double, row: CandidateRow)] = []
        let m = context.prepared.keys.count
        try backend.forEachRow(language: query.source.language) { row in
            let longest = max(m, row.keyIDs.count)
            let d = longest == 0 ? 0 : context.distance(row.keyIDs)
            let base = longest == 0 ? 100 : 100 * Double(longest - d) / Double(longest)
            guard d == 0 || FuzzyScorer.round(base) >= query.minScore else { return }
            bounded.append((d == 0 ? 101 : base, row))
        }
        return try verify(bounded, context)
    }

    /// Exact and context matches only, by hash.
    public func exactMatches(_ query: MatchQuery) throws -> [Match] {
        guard query.limit > 0 else { return [] }
        let context = try Context(query, backend: backend)
        let prepared = context.prepared
        var found = FoldedMatches(limit: query.limit)
        for row in try backend.rows(language: query.source.language, textHash: IndexedVariant.hash(prepared.text)) {
            if let s = try evaluate(row, context), s.score >= 100 { found.add(s) }
        }
        return try materialise(found.results, query)
    }

    func indexSearch(_ context: Context) throws -> [Scored] {
        let prepared = context.prepared, query = context.query
        let language = query.source.language
        if let memory = backend as? any MemoryIndexedSource {
            return try verify(memory.boundedCandidates(language: language, queryKeyIDs: context.queryKeyIDs, minScore: query.minScore), context)
        }
        guard let backend = backend as? any FuzzyIndexBackend else {
            // No index: every variant is a candidate, as in brute force.
            return try bruteForce(context)
        }
        let m = prepared.keys.count
        // Scores above 100 are context matches of base 100: the filters never need a bound above 100.
        let bound = min(query.minScore - 0.05 - 1e-9, 100)
        var rows: [CandidateRow] = []
        if bound <= 0 {
            // Every variant can reach such a threshold: nothing to filter on.
            try backend.forEachRow(language: language) { rows.append($0) }
        } else if m == 0 {
            // A query without words matches only variants without words (base 100); any other has base 0.
            rows = try backend.rows(language: language, length: 0)
        } else {
            let tau = max(1, Int((Double(m) * bound / 100 - 1e-9).rounded(.up)))
            let lengths = max(1, Int((Double(m) * bound / 100 - 1e-9).rounded(.up)))...Int((100 * Double(m) / bound + 1e-9).rounded(.down))
            let frequencies = context.frequencies
            let ordered = context.terms.sorted { (frequencies[$0]?.frequency ?? 0, $0) < (frequencies[$1]?.frequency ?? 0, $1) }
            let prefix = ordered.prefix(m - tau + 1)
            let ids = prefix.compactMap { frequencies[$0]?.id }
            let variants = try backend.postings(termIDs: ids, lengths: lengths)
            rows = try backend.keyRows(variantKeys: Array(variants))
        }
        // Exact bases. The count filter (`o ≥ L·B/100`) is implied: `d ≥ L − o`, so a base that reaches `B`
        // has enough overlap. The word-level distance costs O(n) word operations per candidate
        // (``BitParallelPattern``), about what counting the overlap cost, and the exact base is a much
        // tighter bound than `100·o/L` for the k-th best bar in ``verify(_:_:)``: a score never exceeds its
        // rounded base, or 101 when the keys are equal.
        var bounded: [(ub: Double, row: CandidateRow)] = []
        bounded.reserveCapacity(rows.count)
        for row in rows {
            let longest = max(m, row.keyIDs.count)
            let d = longest == 0 ? 0 : context.distance(row.keyIDs)
            if d == 0 {
                bounded.append((101, row))
                continue
            }
            let base = 100 * Double(longest - d) / Double(longest)
            guard FuzzyScorer.round(base) >= query.minScore else { continue }
            bounded.append((base, row))
        }
        let complete = try backend.completeLocales(bounded.map(\.row))
        for k in bounded.indices { bounded[k].row = complete[k] }
        return try verify(bounded, context)
    }

    /// Scores candidates in decreasing order of their upper bound and keeps the best `limit` distinct pairs
    /// (``FoldedMatches``); once that many are held, the k-th best score is the bar and verification stops
    /// when no bound can reach it. Every copy of a held pair is verified before the stop: copies have the
    /// same source keys, so the same bound, which is at least the held copy's score and so at least the bar.
    func verify(_ candidates: [(ub: Double, row: CandidateRow)], _ context: Context) throws -> [Scored] {
        let query = context.query
        let bounded = candidates.sorted { ($0.ub, -$0.row.variantKey) > ($1.ub, -$1.row.variantKey) }
        var results = FoldedMatches(limit: query.limit)
        for (ub, row) in bounded {
            if let bar = results.bar, FuzzySearch.roundedBound(ub) < bar { break }
            guard let s = try evaluate(row, context) else { continue }
            results.add(s)
        }
        return results.results
    }

    static func roundedBound(_ ub: Double) -> Double { ub >= 101 ? 101 : FuzzyScorer.round(ub) }

    /// Scores one row against the query; `nil` when it is not the unit's variant for the source locale, the
    /// unit has no target variant, or the rounded score is below the threshold.
    func evaluate(_ row: CandidateRow, _ context: Context) throws -> Scored? {
        let query = context.query, prepared = context.prepared
        let roles = context.roles(row)
        guard roles.source == row.locale, let target = roles.target, target != row.locale else { return nil }
        // The base depends on the keys only and penalties only lower a score: a base whose rounded value
        // misses the threshold decides the outcome without tokenizing the candidate. A base of 100 may
        // still become a context match (101).
        let longest = max(prepared.keys.count, row.keyIDs.count)
        if longest > 0 {
            let d = context.distance(row.keyIDs)
            if d > 0, FuzzyScorer.round(100 * Double(longest - d) / Double(longest)) < query.minScore { return nil }
        }
        guard let stored = try backend.details(variantKey: row.variantKey, target: target) else { return nil }
        let content = stored.content
        let candidate = backend.prepared(variantKey: row.variantKey, content: content, locale: row.locale)
        var result = scorer.score(query: prepared, candidate: candidate, status: stored.status)
        var score = result.score
        var kind: MatchKind = .fuzzy
        if result.identical && stored.status.canBeExact {
            kind = .exact
            score = 100
            if query.hasContext, FuzzySearch.sameContext(query.previous, stored.previous, side: .previous),
               FuzzySearch.sameContext(query.next, stored.next, side: .next) {
                kind = .context
                score = 101
                result.breakdown.context = true
            } else if query.previous != nil, stored.previous != nil, stored.next == nil,
                      FuzzySearch.sameContext(query.previous, stored.previous, side: .previous),
                      try backend.units(keys: [row.unitKey])[row.unitKey]?.contextHasPreviousOnly == true {
                // A tool that records only the previous segment (Trados Studio's default): its unit's next is
                // unknown, so the previous side alone decides (docs/matching.md, "100 and 101").
                kind = .context
                score = 101
                result.breakdown.context = true
            }
        }
        guard score >= query.minScore else { return nil }
        let source = Variant(locale: row.locale, content: content, previous: stored.previous, next: stored.next)
        let targetContent: RichText
        if let known = stored.targetContent {
            targetContent = known
        } else {
            guard let unit = try backend.units(keys: [row.unitKey])[row.unitKey],
                  let variant = unit.variants.first(where: { $0.locale == target }) else { return nil }
            targetContent = variant.content
        }
        // A target that is its source copied in another language (a tool's placeholder for a segment nobody
        // translated) is no translation: never a match, in any store or strategy (`docs/matching.md`,
        // "Copies of the source"; seventeenth trial, finding 15). An article's own version is no tool's
        // placeholder: a unit aligned from the folder whose target nobody flagged is offered as written
        // (nineteenth trial, finding 8: "FAQ: phishing" in the nl-BE version).
        if !(stored.ownedByArticle && SourceCopy.articleTargetIsTranslation(stored.status)),
           SourceCopy.isUntranslatedCopy(source: candidate.text, sourceLocale: row.locale, sourceTokens: candidate.tokens,
                                         target: targetContent.plainText, targetLocale: target) {
            return nil
        }
        let pair = PairKey(source: PairKey.fold(content), sourceLocale: row.locale, target: PairKey.fold(targetContent), targetLocale: target)
        return Scored(row: row, details: stored, source: source, target: target, result: result, score: score, kind: kind, pair: pair)
    }

    /// Which neighbour of a segment a context text is.
    enum Neighbour { case previous, next }

    /// Whether a query's neighbour and a stored one are the same context: equal in NFC once white space is
    /// left out, or one is a run of sentences that begins (for the next neighbour) or ends (for the
    /// previous one) with the other, which must then be whole sentences: the next one ends a sentence, the
    /// previous one starts right after the run's earlier sentences end. Spacing says nothing of which sentence stood
    /// there, and a context stored before 29 November 2026 reads a neighbour's line break as nothing
    /// ("116 000Hotline" where the text now reads "116 000 Hotline"); migrations re-derived the variants' own
    /// text, not these neighbour texts. Runs: an article unit's neighbour is the next sentence, a bundle
    /// XLIFF segment's is the next segment, which joins two or three sentences where a 2:1 match exists
    /// (seventh trial: a reviewed translation returned in a bundle lost the 101 to the article's older one).
    static func sameContext(_ a: String?, _ b: String?, side: Neighbour) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?):
            let p = contextKey(x), q = contextKey(y)
            if p == q { return true }
            let (short, long) = p.unicodeScalars.count < q.unicodeScalars.count ? (p, q) : (q, p)
            switch side {
            case .next:
                return long.hasPrefix(short) && endsSentence(short)
            case .previous:
                guard long.hasSuffix(short) else { return false }
                return endsSentence(String(long.unicodeScalars.dropLast(short.unicodeScalars.count)))
            }
        default: return false
        }
    }

    /// Whether a context key ends a sentence: its last scalar, past closing quotes and brackets, is a
    /// sentence terminator (`.`, `!`, `?`, `…`).
    static func endsSentence(_ key: String) -> Bool {
        for scalar in key.unicodeScalars.reversed() where !sentenceClosers.contains(scalar) {
            return [".", "!", "?", "\u{2026}"].contains(scalar)
        }
        return false
    }

    /// A neighbour text in NFC without its white space (``sameContext(_:_:side:)``).
    static func contextKey(_ text: String) -> String {
        String(String.UnicodeScalarView(ICU.normalize(text, .nfc).unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// Loads the units of the results and builds the matches, adapting placeables where possible.
    func materialise(_ results: [Scored], _ query: MatchQuery) throws -> [Match] {
        let units = try backend.units(keys: results.map(\.row.unitKey))
        return results.compactMap { s in
            guard let unit = units[s.row.unitKey],
                  let source = unit.variants.first(where: { $0.locale == s.row.locale }),
                  let target = unit.variants.first(where: { $0.locale == s.target }) else { return nil }
            var adapted: RichText?
            // Same words (d = 0) pair every placeable; with word edits, adaptation needs the pairing to be complete.
            if !s.result.changedPlaceables.isEmpty && s.result.placeablesPaired {
                adapted = PlaceableAdapter.adapt(target, pairs: s.result.pairedValues)
            }
            // The query's no-break spaces at its placeables, into the target it offers (docs/matching.md,
            // "Spacing only"): after adaptation, which writes the query's values that the carries name.
            if s.result.differsOnlyInSpacing || (adapted != nil && s.result.breakdown.distance == 0),
               let carried = SpacingCarrier.apply(s.result.spacingCarries, to: adapted ?? target.content, locale: target.locale) {
                adapted = carried
            }
            var match = Match(score: s.score, kind: s.kind, unit: unit, source: source, target: target,
                              adaptedTarget: adapted, breakdown: s.result.breakdown, units: s.units)
            match.differsOnlyInSpacing = s.result.differsOnlyInSpacing
            match.whitespaceKindOnly = s.result.whitespaceKindOnly
            return match
        }
    }
}

/// A scored candidate before its unit is loaded.
struct Scored {
    let row: CandidateRow
    let details: CandidateDetails
    let source: Variant
    let target: LanguageTag
    let result: FuzzyScorer.Result
    let score: Double
    let kind: MatchKind
    /// The stored pair, for folding identical pairs (``FoldedMatches``).
    let pair: PairKey
    /// How many units hold this pair among the matches (``Match/units``); set by ``FoldedMatches``.
    var units = 1

    /// The total order of matches: score, then reviewed before translated before aligned
    /// (``UnitStatus/trustRank`` of the target variant's status), then newer before older (last change), then unit id.
    static func ranks(_ a: Scored, _ b: Scored) -> Bool {
        if a.score != b.score { return a.score > b.score }
        let x = a.details, y = b.details
        if x.status.trustRank != y.status.trustRank { return x.status.trustRank > y.status.trustRank }
        let ta = x.changed?.timeIntervalSince1970 ?? -.infinity, tb = y.changed?.timeIntervalSince1970 ?? -.infinity
        if ta != tb { return ta > tb }
        return x.unitID < y.unitID
    }
}

/// A stored pair as a match list compares them: the source and target texts in NFC with each inline code
/// as its kind and type (what the scorer compares of codes; ids and attributes left out), and both locales.
/// Two units with equal keys show the translator the same thing (`docs/matching.md`, "Identical pairs").
struct PairKey: Hashable {
    let source: String
    let sourceLocale: LanguageTag
    let target: String
    let targetLocale: LanguageTag

    /// The text of `content` in NFC, each code written as U+FFFC followed by its kind and type.
    /// - Complexity: O(length of `content`).
    static func fold(_ content: RichText) -> String {
        var out = ""
        for element in content.elements {
            switch element {
            case .text(let text): out += ICU.normalize(text, .nfc)
            case .code(let code): out += "\u{FFFC}\(code.kind.rawValue) \(code.type.rawValue)\u{FFFC}"
            }
        }
        return out
    }
}

/// The best `limit` distinct pairs among the scored candidates, each standing for every candidate that
/// holds the same pair (``PairKey``): the best-ranked copy (``Scored/ranks(_:_:)``) is kept, and
/// ``Scored/units`` counts the copies. A copy found after its pair left the list still counts, so the
/// count does not depend on the order candidates are scored in (the index and the brute-force scan agree).
struct FoldedMatches {
    let limit: Int
    /// Distinct pairs, best first, at most `limit`.
    private var top: [Scored] = []
    /// Every pair seen: its best copy and how many copies.
    private var groups: [PairKey: (best: Scored, units: Int)] = [:]

    init(limit: Int) { self.limit = limit }

    /// The score of the `limit`-th distinct pair once that many are held: no candidate whose bound is below
    /// it can enter the list.
    var bar: Double? { top.count >= limit ? top[limit - 1].score : nil }

    /// Adds a scored candidate: a new pair, or another copy of a pair already seen.
    /// - Complexity: O(limit).
    mutating func add(_ s: Scored) {
        if var group = groups[s.pair] {
            group.units += 1
            if Scored.ranks(s, group.best) {
                let old = group.best.row.variantKey
                if let i = top.firstIndex(where: { $0.row.variantKey == old }) { top.remove(at: i) }
                group.best = s
                insert(s)
            }
            groups[s.pair] = group
        } else {
            groups[s.pair] = (s, 1)
            insert(s)
        }
    }

    private mutating func insert(_ s: Scored) {
        let at = top.firstIndex { Scored.ranks(s, $0) } ?? top.count
        guard at < limit else { return }
        top.insert(s, at: at)
        if top.count > limit { top.removeLast() }
    }

    /// The distinct pairs, best first, each with its count of units.
    var results: [Scored] {
        top.map { s in
            var s = s
            s.units = groups[s.pair]?.units ?? 1
            return s
        }
    }
}

/// Closing quotes and brackets that may follow a sentence terminator (`FuzzySearch.endsSentence(_:)`).
private let sentenceClosers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", "\u{BB}", ")", "]"]
