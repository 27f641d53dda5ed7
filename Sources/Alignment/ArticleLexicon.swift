import Tokenization

/// A small translation lexicon learned from the article at hand: pairs of words that occur together in
/// the confident 1-1 beads of a first alignment and (almost) never apart, such as en "online" and fr-BE
/// "ligne", nl-BE "vrijwilligers" and fr-BE "bénévoles". In the second alignment each pair is an anchor of
/// kind ``AnchorKind/lexicon``, so that a sentence whose only link to its translation is a word seen
/// translated elsewhere in the article is no longer a coin flip.
///
/// This is the idea of Moore (2002, "Fast and accurate sentence alignment of bilingual corpora", AMTA,
/// section 3): align by length first, learn word correspondences from the most probable beads, align
/// again with them. Instead of Moore's IBM Model 1 (which needs far more text than a news article has)
/// the pairs are chosen by their Dice coefficient over the training beads, keeping for each word only its
/// best-associated partners (the mutual-best idea behind competitive linking: Melamed 2000, "Models of
/// translational equivalence among words", Computational Linguistics 26(2), section 4.1).
struct ArticleLexicon: Sendable {
    /// One learned pair: folded words (``TextFolding/words(_:)``) of the source and the target version.
    struct Entry: Hashable, Sendable {
        var source: String
        var target: String
    }

    /// The pairs, sorted by source word, then target word.
    var entries: [Entry] = []

    static let empty = ArticleLexicon()

    /// The posterior a 1-1 bead needs to be used for learning (the same as for re-estimating the length model).
    static let trainingPosterior = 0.9
    /// How many training beads must hold both words of a pair: one shared bead is chance.
    static let minimumCooccurrence = 2
    /// The lowest Dice coefficient `2·c / (nS + nT)` of a pair over the training beads (c beads with both
    /// words, nS and nT beads with each).
    static let minimumDice = 0.8
    /// A word in more than this share of the training beads (and more than ``frequentFloor`` of them) is
    /// not learned: frequent words pair with frequent words by chance, and their anchors would weigh
    /// little anyway (``PairAnchors/weight(_:_:_:)``).
    static let frequentShare = 0.1
    static let frequentFloor = 4

    /// Learns the lexicon from the confident 1-1 beads of `beads` (posterior ≥ ``trainingPosterior``).
    ///
    /// Words are the folded words of three letters or more without digits (numbers are anchors already);
    /// pairs whose words share their first four letters are left out (they are cognates already).
    /// - Complexity: O(Σ wS·wT) over the training beads for wS, wT candidate words per bead, plus
    ///   O(p log p) for p candidate pairs.
    static func learn(from beads: [PairBead], source: AlignmentSide, target: AlignmentSide) -> ArticleLexicon {
        let training = beads.filter {
            $0.source.count == 1 && $0.target.count == 1 && $0.posterior >= trainingPosterior
        }
        guard training.count >= minimumCooccurrence else { return .empty }
        var sourceIDs: [String: Int32] = [:], targetIDs: [String: Int32] = [:]
        var sourceWords: [String] = [], targetWords: [String] = []
        func ids(_ words: [String], _ table: inout [String: Int32], _ list: inout [String]) -> [Int32] {
            words.map { word in
                if let id = table[word] { return id }
                let id = Int32(list.count)
                table[word] = id
                list.append(word)
                return id
            }
        }
        var beadWords: [([Int32], [Int32])] = []
        beadWords.reserveCapacity(training.count)
        for bead in training {
            beadWords.append((ids(source.lexiconWords[bead.source.lowerBound], &sourceIDs, &sourceWords),
                              ids(target.lexiconWords[bead.target.lowerBound], &targetIDs, &targetWords)))
        }
        var sourceCount = [Int32](repeating: 0, count: sourceWords.count)
        var targetCount = [Int32](repeating: 0, count: targetWords.count)
        for (s, t) in beadWords {
            for x in s { sourceCount[Int(x)] += 1 }
            for y in t { targetCount[Int(y)] += 1 }
        }
        let cap = Int32(max(frequentFloor, Int(Double(training.count) * frequentShare)))
        func candidate(_ n: Int32) -> Bool { n >= Int32(minimumCooccurrence) && n <= cap }
        var pairCount: [Int64: Int32] = [:]
        for (s, t) in beadWords {
            let cs = s.filter { candidate(sourceCount[Int($0)]) }, ct = t.filter { candidate(targetCount[Int($0)]) }
            for x in cs {
                for y in ct { pairCount[Int64(x) << 32 | Int64(y), default: 0] += 1 }
            }
        }
        var scored: [(x: Int32, y: Int32, c: Int32, dice: Double)] = []
        for (key, c) in pairCount where c >= Int32(minimumCooccurrence) {
            let x = Int32(key >> 32), y = Int32(key & 0xFFFF_FFFF)
            let dice = 2 * Double(c) / Double(sourceCount[Int(x)] + targetCount[Int(y)])
            guard dice >= minimumDice else { continue }
            let a = sourceWords[Int(x)], b = targetWords[Int(y)]
            if a.prefix(AnchorExtractor.cognatePrefix) == b.prefix(AnchorExtractor.cognatePrefix) { continue }
            scored.append((x, y, c, dice))
        }
        // Mutual best partners: a pair is kept when no other pair of either word has a higher Dice
        // coefficient. Ties are all kept: in a short article several words share the same few beads, and
        // nothing in the counts says which of them translate each other.
        var bestSource: [Int32: Double] = [:], bestTarget: [Int32: Double] = [:]
        for p in scored {
            bestSource[p.x] = max(bestSource[p.x] ?? 0, p.dice)
            bestTarget[p.y] = max(bestTarget[p.y] ?? 0, p.dice)
        }
        let kept = scored.filter { $0.dice == bestSource[$0.x] && $0.dice == bestTarget[$0.y] }
            .map { Entry(source: sourceWords[Int($0.x)], target: targetWords[Int($0.y)]) }
        let entries = kept.sorted { $0.source != $1.source ? $0.source < $1.source : $0.target < $1.target }
        return ArticleLexicon(entries: entries)
    }

    /// For each segment of `side`, the keys of the entries whose word (source word when `isSource`, else
    /// target word) it holds, once per entry.
    func anchors(of side: AlignmentSide, isSource: Bool) -> [[RawAnchor]] {
        guard !entries.isEmpty else { return Array(repeating: [], count: side.count) }
        var byWord: [String: [Int]] = [:]
        for (k, e) in entries.enumerated() { byWord[isSource ? e.source : e.target, default: []].append(k) }
        return side.lexiconWords.map { words in
            words.flatMap { byWord[$0] ?? [] }.map { RawAnchor(kind: .lexicon, key: String($0)) }
        }
    }
}
