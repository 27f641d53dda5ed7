import TaalgrensCore

/// A fuzzy-match query: a source segment, the language pair, its context and the limits.
public struct MatchQuery: Hashable, Sendable {
    /// How candidates are found. Both return the same matches; the brute-force scan exists to prove it
    /// (tests, `taalgrens-bench --check`).
    public enum Strategy: Hashable, Sendable {
        /// The inverted index with length, count and prefix filters (`docs/matching.md`, "Retrieval").
        case index
        /// Score every stored variant of the source language.
        case bruteForce
    }

    /// The source segment with its inline codes.
    public var text: RichText
    /// The query's locale: stored variants of its language are compared (region fallback, `cli-json.md`).
    public var source: LanguageTag
    /// The locale of the translations wanted; units without a variant of its language are skipped.
    public var target: LanguageTag
    /// The plain text of the segments before and after the query in its document, for context (101)
    /// matches. Leave both `nil` when unknown: then no match is a context match.
    public var previous: String?
    /// The plain text of the segment after the query (see ``previous``).
    public var next: String?
    /// The lowest score returned, in per cent; tested against the score rounded to one decimal.
    public var minScore: Double
    /// The most matches returned (at least 1).
    public var limit: Int
    /// Index (default) or brute-force scan; both give the same matches.
    public var strategy: Strategy

    /// A query; `minScore` in per cent (default 70), `limit` matches at most (default 5).
    public init(text: RichText, source: LanguageTag, target: LanguageTag, previous: String? = nil, next: String? = nil,
                minScore: Double = 70, limit: Int = 5, strategy: Strategy = .index) {
        self.text = text
        self.source = source
        self.target = target
        self.previous = previous
        self.next = next
        self.minScore = minScore
        self.limit = limit
        self.strategy = strategy
    }

    /// Whether the query carries context, so a context (101) match is possible.
    public var hasContext: Bool { previous != nil || next != nil }
}
