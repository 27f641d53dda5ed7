import Foundation
import TaalgrensCore

/// A memory lookup as the planner needs it, independent of the store's own query type.
struct LookupRequest: Hashable, Sendable {
    /// The source text with its inline codes.
    var text: RichText
    /// The plain text of the source segments before and after it in the article, for context matches.
    var previous: String?
    var next: String?
    /// Lowest score to return (0–101).
    var minScore: Double
    var limit: Int
}

/// A memory match as the planner needs it.
struct FoundMatch: Hashable, Sendable {
    enum Kind: String, Hashable, Sendable { case context, exact, fuzzy }
    /// 0–101, rounded to one decimal.
    var score: Double
    var kind: Kind
    /// The translation unit's id.
    var unit: String
    /// The unit's source variant and target variant (the target adapted to the query's placeables when the
    /// store did so).
    var source: RichText
    var target: RichText
    /// The unit's target variant as stored, before any adaptation: what an XLIFF candidate shows beside the
    /// stored ``source`` (tenth trial, finding 6: a candidate paired the old source with the adapted target,
    /// a pair the memory never held).
    var storedTarget: RichText
    /// Where the unit came from, for the XLIFF candidate's `origin` (`article:block:position`).
    var origin: String?
    /// Whether the store adapted placeables (numbers, dates) of the target to the query.
    var adapted: Bool
    /// Whether the target was adapted and the match has the query's words in their order: a translation of
    /// this very sentence once its values are written in (`Match.differsOnlyInPlaceables`).
    var differsOnlyInPlaceables: Bool
    /// Whether the match's source reads as the query's and differs only in the kind of white space or in
    /// invisible characters, from a unit whose status allows an exact match (`Match.differsOnlyInSpacing`):
    /// its target translates this very sentence.
    var differsOnlyInSpacing = false
    /// The unit's trust (``UnitStatus/trustRank``: reviewed 4, translated 3, aligned 2, …).
    var trust: Int = UnitStatus.aligned.trustRank
    /// When the unit last changed, if the memory knows.
    var changed: Date?

    /// Context and exact matches pre-translate (state `translated`).
    var isExact: Bool { kind != .fuzzy && score >= 100 }

    /// Whether this unit's translation supersedes `other`'s: it is more trusted (a person's translation over
    /// an aligned one), or as trusted and strictly newer. A unit without a date is never newer.
    func supersedes(_ other: FoundMatch) -> Bool {
        if trust != other.trust { return trust > other.trust }
        guard let changed, let otherChanged = other.changed else { return false }
        return changed > otherChanged
    }
}

/// One XLIFF segment to be: a source sentence, or a run of two or three consecutive sentences of a block.
struct LeveragePiece: Hashable, Sendable {
    var block: Int
    /// The sentence positions in the block, consecutive.
    var positions: Range<Int>
    /// The source text with its inline codes: the block's content from the first sentence's start to the
    /// last one's end (the original spacing between sentences is kept).
    var source: RichText
    /// UTF-16 offsets of the piece in the block's plain text.
    var start: Int
    var end: Int
    /// For a run: UTF-16 offsets into ``source``'s plain text where each sentence after the first starts
    /// (as `Variant.sentenceStarts`); empty for a single sentence.
    var sentenceStarts: [Int]
    /// Matches, best first (at most the lookup limit).
    var matches: [FoundMatch]
    /// The source words (sum over the sentences).
    var words: Int
    /// For a run: whether its best match supersedes the best match of each of its sentences (a returned join
    /// over older translations of the single sentences; ``FoundMatch/supersedes(_:)``).
    var supersedesSentences: Bool = false

    var best: FoundMatch? { matches.first }
    var isRun: Bool { positions.count > 1 }
}

/// Chooses, block by block, which sentences become XLIFF segments on their own and which are merged into a
/// run, and looks each one up in the memory.
///
/// Every sentence is looked up with its context (the plain text of the source segments before and after it
/// in the article, across block boundaries, as the memory stores it), giving context (101), exact (100) or
/// fuzzy matches. Runs of two and three consecutive sentences inside a block are looked up as well, with the
/// context around the run, and only for matches of 100 or more: a unit stored from a 2-1 or 3-1 bead holds the
/// sentences as one source variant with their original spacing, so only the run finds it.
///
/// The choice is a dynamic programme over each block (a segmentation into pieces of one to three sentences,
/// runs only where they match exactly) maximising, in this order: the number of source words covered by
/// exact or context matches; then the number of words in runs whose match *supersedes* the best match of each
/// of its sentences (``FoundMatch/supersedes(_:)``: a translator's join of two sentences, returned in a
/// bundle, over the article's older aligned translations of each); then the number of pieces (the finest
/// segmentation wins the remaining ties, so a run is taken only when it is exact and its single sentences are
/// not all exact, or when it supersedes them). The result is deterministic.
///
/// - Complexity: at most 3 lookups per sentence, plus O(n) work per block of n sentences.
struct LeveragePlanner {
    var article: SegmentedArticle
    var sourceLocale: LanguageTag
    /// Fuzzy matches below this still appear as candidates, down to ``candidateFloor``.
    var candidateFloor: Double = 50
    /// How many candidates are kept per segment.
    var candidateLimit: Int = 3
    /// The longest run looked up, in sentences.
    var maximumRun: Int = 3
    /// Blocks looked up without context, and never the context of another sentence (the front-matter
    /// fields a bundle appends after the article's blocks).
    var contextFreeBlocks: Set<Int> = []
    var lookup: (LookupRequest) throws -> [FoundMatch]

    func plan() throws -> [LeveragePiece] {
        let all = article.allSegments.filter { !contextFreeBlocks.contains($0.block) }
        var globalIndex: [Int: Int] = [:]   // key block*1_000_000+position → index in `all`
        for (i, s) in all.enumerated() { globalIndex[key(s.block, s.position)] = i }
        func contextText(_ index: Int) -> String? { all.indices.contains(index) ? all[index].text : nil }

        var pieces: [LeveragePiece] = []
        for (blockIndex, segments) in article.segments.enumerated() where !segments.isEmpty {
            let content = article.article.blocks[blockIndex].content
            let words = segments.map { WordCount.count($0.text, locale: sourceLocale) }
            let n = segments.count
            // candidates[i][k-1]: the piece starting at i with k sentences, when it may be used.
            var options: [[LeveragePiece?]] = Array(repeating: Array(repeating: nil, count: maximumRun), count: n)
            // Single sentences first: a run is weighed against the matches of its sentences.
            for k in 1...maximumRun {
                for i in 0..<n where i + k <= n {
                    let first = segments[i], last = segments[i + k - 1]
                    let g = globalIndex[key(first.block, first.position)]
                    let source = k == 1 ? first.content : content.slice(utf16: first.start..<last.end)
                    let request = LookupRequest(text: source, previous: g.flatMap { contextText($0 - 1) }, next: g.flatMap { contextText($0 + k) },
                                                minScore: k == 1 ? candidateFloor : 100, limit: candidateLimit)
                    let matches = try lookup(request)
                    if k > 1 && !(matches.first?.isExact ?? false) { continue }
                    let supersedes = k > 1 && (i..<(i + k)).allSatisfy { j in
                        guard let single = options[j][0]?.best else { return true }
                        return matches[0].supersedes(single)
                    }
                    options[i][k - 1] = LeveragePiece(block: blockIndex, positions: i..<(i + k), source: source,
                                                      start: first.start, end: last.end,
                                                      sentenceStarts: segments[(i + 1)..<(i + k)].map { $0.start - first.start },
                                                      matches: matches,
                                                      words: words[i..<(i + k)].reduce(0, +),
                                                      supersedesSentences: supersedes)
                }
            }
            // best[i]: the best (exactWords, supersedingWords, pieces) for sentences i..<n, and the first
            // piece's length.
            var best: [(exactWords: Int, supersedingWords: Int, pieces: Int, take: Int)] = Array(repeating: (0, 0, 0, 0), count: n + 1)
            for i in stride(from: n - 1, through: 0, by: -1) {
                var choice: (exactWords: Int, supersedingWords: Int, pieces: Int, take: Int)?
                for k in 1...maximumRun where i + k <= n {
                    guard let piece = options[i][k - 1] else { continue }
                    let rest = best[i + k]
                    let candidate = (exactWords: rest.exactWords + ((piece.best?.isExact ?? false) ? piece.words : 0),
                                     supersedingWords: rest.supersedingWords + (piece.supersedesSentences ? piece.words : 0),
                                     pieces: rest.pieces + 1, take: k)
                    if let c = choice, (c.exactWords, c.supersedingWords, c.pieces) >= (candidate.exactWords, candidate.supersedingWords, candidate.pieces) { continue }
                    choice = candidate
                }
                best[i] = choice!
            }
            var i = 0
            while i < n {
                let k = best[i].take
                pieces.append(options[i][k - 1]!)
                i += k
            }
        }
        return pieces
    }

    private func key(_ block: Int, _ position: Int) -> Int { block * 1_000_000 + position }
}
