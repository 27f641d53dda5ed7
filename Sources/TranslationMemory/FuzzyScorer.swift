import Foundation
import TaalgrensCore
import Tokenization

/// Scores a stored source segment against a query: the explainable score of `docs/matching.md`.
///
/// `score = max(0, base − Σ penalties)`, rounded to one decimal, where
/// `base = 100 − 100·d / max(|a|, |b|)` and `d` is the word-level Levenshtein distance between the two
/// sequences of match keys (Levenshtein 1966; punctuation excluded, placeables compared by type).
/// Penalties are taken on the real forms, one per occurrence: 2 points for a placeable of the same type
/// with another value (number, date, time, URL, e-mail address, hashtag or handle); 1 point for a placeable
/// written another way, a word or tag that differs in case only or accents only, each punctuation or emoji edit, each spacing difference between matching tokens and each inline
/// code edit; 5 points for a unit that needs review, 10 for an untrusted one. Only identical text with
/// identical codes from a unit that may be leveraged scores 100.
public struct FuzzyScorer: Sendable {
    /// Points for a unit with status `needsReview`.
    public static let needsReviewPenalty = 5.0
    /// Points for a unit with status `untrusted`.
    public static let untrustedPenalty = 10.0

    /// A scorer with the documented penalties.
    public init() {}

    /// The result of comparing two segments.
    public struct Result: Sendable {
        /// The score rounded to one decimal (at most 100; the caller adds the context point).
        public var score: Double
        /// Base, distance and penalties.
        public var breakdown: ScoreBreakdown
        /// Whether the texts and codes are identical (base 100, no penalty except status).
        public var identical: Bool
        /// Placeables of the stored segment and the query's values in their place, where they differ.
        public var changedPlaceables: [(stored: Placeable, query: Placeable)]
        /// Every placeable of the stored segment that the alignment pairs with a query placeable of its type,
        /// with that query value (changed or not), in the order of the stored segment: adaptation pairs a
        /// repeated stored value with the target's occurrences by position ("3 of 3" → "3 of 5" changes the
        /// second 3 only, `docs/matching.md`, "Adapted placeables").
        public var pairedValues: [(stored: Placeable, query: Placeable)]
        /// Whether the two segments have the same words in the same order (word distance 0, placeables
        /// compared by type) but are not identical, so the stored target can carry the query's placeable
        /// values (Okapi's "repaired fuzzy match"). The other differences this allows (spacing, punctuation,
        /// case, accents, a placeable's written form, inline codes) are ones the target copy does not depend
        /// on: it has its own spacing, punctuation, spelling and codes, which adaptation keeps.
        public var onlyPlaceablesDiffer: Bool
        /// Whether every placeable of the query and every placeable of the stored segment stand in a pair of
        /// the alignment with a placeable of the same type (so both have as many numbers, dates, URLs and
        /// e-mail addresses, in the same order). Then each changed value has exactly one counterpart, also
        /// when words differ around it, and a match with word edits can carry the query's values too
        /// (`docs/matching.md`, "Adapted placeables"). A time of day is one placeable ("18:30", "18.30 uur"),
        /// so a changed time is written whole into the target. `false` too when the two sides do not have the
        /// same per-cent and per-mille signs (``unitSigns(_:)``): adaptation writes values, not units, so
        /// "22.3%" adapted from "212" lost its sign (sixteenth trial, finding 4).
        public var placeablesPaired: Bool
        /// Whether the two segments read the same and differ only in the kind of white space or in invisible
        /// format characters (``SourceCopy/spacingKey(_:)`` equal, the same inline codes) without being
        /// identical: "10\u{00A0}minutes" for a stored "10 minutes" (a CMS's `&nbsp;`), "078\u{00A0}170\u{00A0}170"
        /// for "078 170 170", a soft hyphen. The score is as ever (−1 whitespace, −1 format); the stored target
        /// translates this very sentence (`docs/matching.md`, "Spacing only").
        public var differsOnlyInSpacing = false
        /// Whether every `whitespace` penalty is another kind of white space where both sides have some (not a
        /// space added or removed): a difference no translation depends on.
        public var whitespaceKindOnly = true
        /// Where the query writes a no-break space (or a placeable's inner spaces) that the stored source writes
        /// as a breakable one, next to or inside a placeable: carried into the target by ``SpacingCarrier``.
        var spacingCarries: [SpacingCarrier.Carry] = []
    }

    /// Rounds a score to one decimal, halves away from zero (`cli-json.md`).
    public static func round(_ x: Double) -> Double { (x * 10).rounded(.toNearestOrAwayFromZero) / 10 }

    /// Compares `candidate` (a stored source segment) with `query`.
    /// - Parameter status: the stored unit's status; `needsReview` and `untrusted` cost points.
    /// - Complexity: O(|a|·|b|) time and space in the token counts (the alignment table).
    public func score(query: PreparedSegment, candidate: PreparedSegment, status: UnitStatus) -> Result {
        let alignment = Alignment(query, candidate)
        var counts: [PenaltyReason: Int] = [:]
        var changed: [(Placeable, Placeable)] = []
        var paired: [(Placeable, Placeable)] = []
        var pairedPlaceables = 0
        var carries: [SpacingCarrier.Carry] = []
        // Forms of matching words and placeables.
        for op in alignment.ops {
            guard case .pair(let i, let j) = op, query.isWord[i], query.compareKeys[i] == candidate.compareKeys[j] else { continue }
            let a = query.tokens[i], b = candidate.tokens[j]
            if a.kind.isPlaceable {
                pairedPlaceables += 1
                if let qv = a.value, let sv = b.value { paired.append((sv, qv)) }
                if a.key != b.key {
                    counts[PenaltyReason(rawValue: a.kind.rawValue)!, default: 0] += 1
                    if let qv = a.value, let sv = b.value { changed.append((sv, qv)) }
                } else if a.kind == .hashtag || a.kind == .handle {
                    // Same tag up to case (its key is case-folded): a difference of case, as for a word.
                    for reason in FuzzyScorer.formDifferences(a.text, b.text) { counts[reason, default: 0] += 1 }
                } else if ICU.normalize(a.text, .nfc) != ICU.normalize(b.text, .nfc) {
                    counts[.format, default: 0] += 1
                    if let qv = a.value, SourceCopy.spacingKey(a.text) == SourceCopy.spacingKey(b.text) {
                        carries.append(SpacingCarrier.Carry(value: qv, storedText: b.text, queryText: a.text))
                    }
                }
            } else {
                for reason in FuzzyScorer.formDifferences(a.text, b.text) { counts[reason, default: 0] += 1 }
            }
        }
        if alignment.punctuationEdits > 0 { counts[.punctuation, default: 0] += alignment.punctuationEdits }
        // Spacing between consecutive tokens that match on both sides.
        var previous: (Int, Int)?
        var kindOnly = true
        for op in alignment.ops {
            if case .pair(let i, let j) = op, query.compareKeys[i] == candidate.compareKeys[j] {
                if let (pi, pj) = previous, pi == i - 1, pj == j - 1, query.gaps[pi] != candidate.gaps[pj] {
                    counts[.whitespace, default: 0] += 1
                    let qg = query.gaps[pi], cg = candidate.gaps[pj]
                    if SourceCopy.spacingKey("a" + qg + "a") != SourceCopy.spacingKey("a" + cg + "a") {
                        kindOnly = false
                    } else if let carry = SpacingCarrier.carry(gap: qg, storedGap: cg, after: query.tokens[pi], query.tokens[i],
                                                               stored: candidate.tokens[pj], candidate.tokens[j]) {
                        carries.append(carry)
                    }
                }
                previous = (i, j)
            } else {
                previous = nil
            }
        }
        let codeEdits = FuzzyScorer.codeEdits(query, candidate)
        if codeEdits > 0 { counts[.code, default: 0] += codeEdits }

        var penalties: [Penalty] = []
        for reason in PenaltyReason.allCases where reason != .status {
            guard let n = counts[reason], n > 0 else { continue }
            let each: Double = [.number, .date, .time, .url, .email, .hashtag, .handle].contains(reason) ? 2 : 1
            penalties.append(Penalty(reason: reason, points: each * Double(n), count: n))
        }
        // Adaptation needs the same words in the same order; no penalty stops it. Every penalty left when
        // d = 0 is a difference of form the target has its own version of: a U+00A0 the query typed as a
        // space, a colon for a period, a capital, an accent, inline codes (the adapted target keeps its own,
        // so a number between a `<bpt>`/`<ept>` pair is adapted when the query has no codes). Keeping the
        // stored value for such a match would offer a stale number at 97 %.
        // A per-cent or per-mille sign is punctuation to the tokenizer but a number's unit: a query "22.3%"
        // against a stored "212" is no repaired match (sixteenth trial, finding 4: the draft "22,3" dropped the
        // sign and the bundle published it). Only the same signs, in number, allow adaptation.
        let sameUnitSigns = FuzzyScorer.unitSigns(query) == FuzzyScorer.unitSigns(candidate)
        let onlyPlaceables = alignment.wordEdits == 0 && sameUnitSigns
        let identical = alignment.wordEdits == 0 && penalties.isEmpty
        switch status {
        case .needsReview: penalties.append(Penalty(reason: .status, points: FuzzyScorer.needsReviewPenalty, count: 1))
        case .untrusted: penalties.append(Penalty(reason: .status, points: FuzzyScorer.untrustedPenalty, count: 1))
        default: break
        }
        let m = query.keys.count, n = candidate.keys.count
        let longest = max(m, n)
        let base = longest == 0 ? 100 : 100 * Double(longest - alignment.wordEdits) / Double(longest)
        let total = penalties.reduce(0) { $0 + $1.points }
        var score = FuzzyScorer.round(max(0, base - total))
        if !identical || !status.canBeExact { score = min(score, 99.9) }
        let breakdown = ScoreBreakdown(base: FuzzyScorer.round(base), distance: alignment.wordEdits, queryTokens: m,
                                       matchTokens: n, penalties: penalties, context: false)
        let placeablesPaired = pairedPlaceables == query.tokens.count(where: \.kind.isPlaceable)
            && pairedPlaceables == candidate.tokens.count(where: \.kind.isPlaceable) && sameUnitSigns
        var result = Result(score: score, breakdown: breakdown, identical: identical, changedPlaceables: changed, pairedValues: paired,
                            onlyPlaceablesDiffer: onlyPlaceables && !identical, placeablesPaired: placeablesPaired)
        result.whitespaceKindOnly = kindOnly
        result.differsOnlyInSpacing = !identical && codeEdits == 0 && SourceCopy.spacingKey(query.nfc) == SourceCopy.spacingKey(candidate.nfc)
        result.spacingCarries = carries
        return result
    }

    /// The signs a number's unit is written with that the tokenizer reads as punctuation (`%`, `‰`, `‱`,
    /// and the full-width `％`), each with its count in the segment: a segment's units of measure that
    /// adaptation cannot write, since it rewrites placeables only.
    /// - Complexity: O(tokens).
    static func unitSigns(_ segment: PreparedSegment) -> [String: Int] {
        var out: [String: Int] = [:]
        for token in segment.tokens where token.kind == .punctuation {
            for c in token.text where c == "%" || c == "‰" || c == "‱" || c == "％" { out[String(c), default: 0] += 1 }
        }
        return out
    }

    /// The word-level Levenshtein distance between two key sequences (Levenshtein 1966), equal to the
    /// ``ScoreBreakdown/distance`` the full scorer finds.
    /// - Complexity: O(|a|·|b|) time, O(|b|) space.
    public static func keyDistance(_ a: [String], _ b: [String]) -> Int {
        var ids: [String: Int64] = [:]
        let x = a.map { k in ids[k] ?? { let v = Int64(ids.count); ids[k] = v; return v }() }
        let pattern = BitParallelPattern(x)
        return pattern.map { $0.distance(to: b.map { ids[$0] ?? -1 }) } ?? levenshtein(x, b.map { ids[$0] ?? -1 })
    }

    /// Levenshtein distance between two integer sequences (unit costs) by dynamic programming
    /// (Wagner & Fischer 1974), two rows of memory: the fallback for patterns longer than 64 keys.
    /// - Complexity: O(|x|·|y|) time, O(|y|) space.
    static func levenshtein(_ x: [Int64], _ y: [Int64]) -> Int {
        let n = x.count, m = y.count
        if n == 0 { return m }
        if m == 0 { return n }
        var row = [Int](repeating: 0, count: m + 1)
        return x.withUnsafeBufferPointer { x in
            y.withUnsafeBufferPointer { y in
                row.withUnsafeMutableBufferPointer { row in
                    var j = 0
                    while j <= m { row[j] = j; j += 1 }
                    var i = 1
                    while i <= n {
                        var diagonal = row[0]
                        row[0] = i
                        let xi = x[i - 1]
                        j = 1
                        while j <= m {
                            let up = row[j]
                            var best = diagonal + (xi == y[j - 1] ? 0 : 1)
                            if up + 1 < best { best = up + 1 }
                            if row[j - 1] + 1 < best { best = row[j - 1] + 1 }
                            row[j] = best
                            diagonal = up
                            j += 1
                        }
                        i += 1
                    }
                    return row[m]
                }
            }
        }
    }

    /// The differences between two words whose match keys are equal: an apostrophe written another way
    /// (punctuation), case, accents. One of each at most.
    static func formDifferences(_ x: String, _ y: String) -> [PenaltyReason] {
        if x == y { return [] }
        let a = ICU.normalize(x, .nfc), b = ICU.normalize(y, .nfc)
        if a == b { return [] }
        var out: [PenaltyReason] = []
        let apostrophes: (String) -> [Unicode.Scalar] = { $0.unicodeScalars.filter { $0 == "'" || $0 == "\u{2019}" || $0 == "\u{02BC}" } }
        if apostrophes(a) != apostrophes(b) { out.append(.punctuation) }
        let a2 = a.replacingApostrophesForScoring(), b2 = b.replacingApostrophesForScoring()
        if stripDiacritics(a2) != stripDiacritics(b2) { out.append(.case) }
        if ICU.foldCase(a2) != ICU.foldCase(b2) { out.append(.accents) }
        return out
    }

    static func stripDiacritics(_ s: String) -> String {
        var scalars = String.UnicodeScalarView()
        for c in ICU.normalize(s, .nfd).unicodeScalars where c.properties.generalCategory != .nonspacingMark { scalars.append(c) }
        return ICU.normalize(String(scalars), .nfc)
    }

    /// Edits between the two sequences of inline codes, compared by kind and type; when the plain texts are
    /// identical, a code at another offset is an edit too.
    static func codeEdits(_ a: PreparedSegment, _ b: PreparedSegment) -> Int {
        let x = a.codes, y = b.codes
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        let sameText = a.nfc == b.nfc
        func equal(_ p: (offset: Int, code: InlineCode), _ q: (offset: Int, code: InlineCode)) -> Bool {
            p.code.kind == q.code.kind && p.code.type == q.code.type && (!sameText || p.offset == q.offset)
        }
        var row = Array(0...y.count)
        for i in 1...x.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...y.count {
                let up = row[j]
                row[j] = min(up + 1, row[j - 1] + 1, diagonal + (equal(x[i - 1], y[j - 1]) ? 0 : 1))
                diagonal = up
            }
        }
        return row[y.count]
    }
}

extension String {
    func replacingApostrophesForScoring() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0 }))
    }
}
