import TaalgrensCore

/// The kind of a match, as in `cli-json.md`.
public enum MatchKind: String, Hashable, Sendable, Codable {
    /// 101: an exact match whose previous and next source segments match the query's.
    case context
    /// 100: identical text with identical inline codes, from a unit that may be leveraged as exact.
    case exact
    /// Anything below 100.
    case fuzzy
}

/// Why points were taken off a match, as named in the breakdown (`docs/matching.md`, "Penalties").
public enum PenaltyReason: String, Hashable, Sendable, Codable, CaseIterable {
    /// A number of the same position with another value (2 points each).
    case number
    /// A date with another value (2 points each).
    case date
    /// A URL with another value (2 points each).
    case url
    /// An e-mail address with another value (2 points each).
    case email
    /// A time of day with another value (2 points each).
    case time
    /// A hashtag with other digits ("#SID2024" for "#SID2025"; 2 points each).
    case hashtag
    /// A handle with other digits (2 points each).
    case handle
    /// A placeable with the same value written another way ("3,000" and "3000"; 1 point each).
    case format
    /// A word that differs in case only (1 point each).
    case `case`
    /// A word that differs in accents only (1 point each).
    case accents
    /// A punctuation mark or an emoji added, removed or changed, an apostrophe written another way (1 point
    /// each).
    case punctuation
    /// Different spacing between two matching tokens (1 point each).
    case whitespace
    /// An inline code added, removed, changed or moved (1 point each).
    case code
    /// The unit needs review (5 points) or comes from an untrusted origin (10 points).
    case status
}

/// Points taken off for one reason.
public struct Penalty: Hashable, Sendable, Codable {
    /// Why.
    public var reason: PenaltyReason
    /// Points subtracted in total for this reason (positive).
    public var points: Double
    /// How many occurrences gave these points.
    public var count: Int

    /// A penalty of `points` in total for `count` occurrences of `reason`.
    public init(reason: PenaltyReason, points: Double, count: Int) {
        self.reason = reason
        self.points = points
        self.count = count
    }
}

/// Why a match scores what it scores: `score = max(0, base − Σ penalties)`, 101 for a context match.
public struct ScoreBreakdown: Hashable, Sendable, Codable {
    /// `100 − 100·d / max(|a|, |b|)` with `d` the word-level edit distance on keys, rounded to one decimal.
    public var base: Double
    /// The word-level edit distance `d` (insertions, deletions and substitutions of tokens).
    public var distance: Int
    /// Word-level tokens in the query (punctuation excluded): `|a|`.
    public var queryTokens: Int
    /// Word-level tokens in the stored source (punctuation excluded): `|b|`.
    public var matchTokens: Int
    /// Penalties in the order of ``PenaltyReason``.
    public var penalties: [Penalty]
    /// Whether the previous and next segments matched too (the +1 of a context match).
    public var context: Bool

    /// A breakdown as the scorer computed it.
    public init(base: Double, distance: Int, queryTokens: Int, matchTokens: Int, penalties: [Penalty], context: Bool) {
        self.base = base
        self.distance = distance
        self.queryTokens = queryTokens
        self.matchTokens = matchTokens
        self.penalties = penalties
        self.context = context
    }

    /// The sum of all penalty points.
    public var totalPenalty: Double { penalties.reduce(0) { $0 + $1.points } }
}

/// A stored unit returned for a query, with its score and the reasons for it.
public struct Match: Hashable, Sendable {
    /// The score rounded to one decimal: 101, 100 or below.
    public var score: Double
    /// Context (101), exact (100) or fuzzy.
    public var kind: MatchKind
    /// The whole stored unit.
    public var unit: TranslationUnit
    /// The unit's variant that was compared with the query.
    public var source: Variant
    /// The unit's variant in the target locale, as stored.
    public var target: Variant
    /// The target with the query's placeable values written the target locale's way, when some placeable
    /// of the match has another value than the query's, every placeable of either side has its counterpart
    /// of the same type, and every changed value was found in the target (`docs/matching.md`, "Adapted
    /// placeables"). A match with word edits can be adapted too: its numbers are then right and its words
    /// still need the translator (``differsOnlyInPlaceables`` tells the two apart).
    public var adaptedTarget: RichText?
    /// Why the match scores what it scores.
    public var breakdown: ScoreBreakdown
    /// How many units among the matches hold this very pair (the same source and target text with the same
    /// inline codes, in the same locales): 1 for a pair stored once. A search lists an identical pair once,
    /// as the best-ranked of its units (``unit``), and counts the others here: an article's unit and the
    /// unit of its returned bundle, or one sentence imported twice (`docs/matching.md`, "Identical pairs").
    public var units: Int
    /// Whether the stored source reads as the query and differs from it only in the kind of white space or in
    /// invisible format characters, with the same inline codes (`docs/matching.md`, "Spacing only"): a CMS
    /// re-saved "10 minutes" as "10&nbsp;minutes". Its score keeps the −1 per difference, but its target
    /// (``translation``, with the query's no-break spaces carried to its placeables) translates this very
    /// sentence, as an adapted match does.
    public var differsOnlyInSpacing = false
    /// Whether each `whitespace` penalty of the breakdown is another kind of white space where both texts have
    /// some, never a space added or removed: with it, an adapted match (``differsOnlyInPlaceables``) is still a
    /// translation of this very sentence.
    public var whitespaceKindOnly = true

    /// A match as the search builds it; `units` is the number of units holding the same pair (at least 1).
    public init(score: Double, kind: MatchKind, unit: TranslationUnit, source: Variant, target: Variant,
                adaptedTarget: RichText?, breakdown: ScoreBreakdown, units: Int = 1) {
        self.score = score
        self.kind = kind
        self.unit = unit
        self.source = source
        self.target = target
        self.adaptedTarget = adaptedTarget
        self.breakdown = breakdown
        self.units = units
    }

    /// Whether the target was adapted (Okapi's "repaired fuzzy match").
    public var adapted: Bool { adaptedTarget != nil }
    /// Whether the match has the query's words in the query's order (word distance 0) and its target was
    /// adapted: a translation of this very sentence once the values are written in, which a bundle may show
    /// in the rendered article. An adapted match with word edits is still a fuzzy match to edit.
    public var differsOnlyInPlaceables: Bool { adapted && breakdown.distance == 0 }
    /// The text to use for pre-translation: the adapted target when there is one, else the stored target.
    public var translation: RichText { adaptedTarget ?? target.content }
}
