import Foundation

/// Aligns the sentences of two versions by dynamic programming over sentence beads 1-1, 1-0, 0-1, 1-2,
/// 2-1, 2-2, 1-3 and 3-1, inside the block groups found by ``BlockAligner``.
///
/// A sentence bead costs its shape's prior, the Gale & Church length cost, the anchor cost, and three
/// structural costs: one per block group boundary that the bead crosses (a sentence may move to the
/// neighbouring group, as a quote moved to the next paragraph does, but pays for it), one per block
/// boundary inside one side of a multi-sentence bead, and one when a side opening with a heading meets a
/// side opening inside a paragraph (``opensInsideText(_:_:against:_:)``). Sentences may only pair with sentences of their own
/// block group or the groups next to it: that band keeps the search near-linear. Without block groups the
/// band follows the diagonal (``DiagonalBand``).
struct SentenceAligner {
    var source: AlignmentSide
    var target: AlignmentSide
    var anchors: PairAnchors
    var model: LengthModel
    /// Beads the path must contain (the confident beads of an earlier alignment): a bead that holds one
    /// of their segments without being one of them costs infinity.
    var fixed: FixedBeads = .none

    /// The cost of crossing one block group boundary inside a bead (nats).
    static let groupCrossingCost = 4.0
    /// The cost of one block boundary inside one side of a bead (nats).
    static let blockCrossingCost = 2.0
    /// The extra cost when one side of a bead joins a title, heading or caption with another block (nats).
    static let headingCrossingCost = 3.0
    /// What a semicolon on the single side of a 2-1, 1-2, 3-1 or 1-3 bead takes off its cost (nats): two
    /// sentences joined by a semicolon are a common way to merge them in translation.
    static let semicolonMergeBonus = 1.5

    /// The extra cost of a bead of several sentences of one block on one side when the sentence that ends the
    /// block, or the one that opens it, holds figures (numbers, dates, URLs, e-mail addresses; at least one) none
    /// of which has a partner on the other side (nats; ``AnchorScore/figuresWithoutPartner(_:in:)``). A
    /// translator who merges two sentences keeps the figures of both; a last (or first) sentence of a paragraph
    /// whose figures are all missing from the merged sentence was left out, or added, at the paragraph's edge.
    /// Under Gale & Church's priors a 2-1 bead (3.1 nats) is cheaper than a 1-0 bead (5.3 nats), so it was taken
    /// into its neighbour's bead, its numbers' penalty (1.5 nats each) notwithstanding (blind set 14,
    /// `online-shopping-statistics-brief`: "Only 3% filed a complaint.", which fr-BE leaves out, joined 2-1 to the
    /// sentence before it). Only at a block's edge: inside a paragraph, and across blocks, the cost moved beads
    /// far from an edit in the damage tests (blind set 3, `rental-bias-appeal`).
    static let unsupportedMergeCost = 2.0

    /// The extra cost of a bead one side of which opens with a title, heading or caption while the other opens
    /// inside a block of text, after its first sentence (nats); see ``opensInsideText(_:_:against:_:)``.
    static let headingInsideTextCost = 3.0

    /// Whether `range` of `side` opens inside a block of text (not at the block's first segment, and the block
    /// is no title, heading or caption) while `otherRange` of `other` opens with a title, heading or caption.
    /// A translated heading stays a heading, becomes a block of its own (a plain-text version) or the
    /// opening of the text it introduces; it does not land in the middle of a paragraph. Such a pairing is
    /// the alignment filling the gap of a heading that one version left out (blind set 12,
    /// `brussels-night-mayor-interview`: nl-BE drops the question "And the residents?" and runs its answer
    /// on in the answer before; en–nl paired the question with the second Dutch sentence of that answer).
    /// - Complexity: O(1).
    static func opensInsideText(_ side: AlignmentSide, _ range: Range<Int>, against other: AlignmentSide, _ otherRange: Range<Int>) -> Bool {
        guard let first = range.first, let otherFirst = otherRange.first else { return false }
        let block = side.blocks[side.blockOfSegment[first]]
        return block.segments.lowerBound != first && !BlockAligner.standsAlone(block.kind)
            && BlockAligner.standsAlone(other.blocks[other.blockOfSegment[otherFirst]].kind)
    }

    /// −log of the prior probability of each sentence bead shape: Gale & Church (1993), table 5, with the
    /// mass of 1-0/0-1 and 2-1/1-2 split evenly between the two directions, and 1-3/3-1 added.
    static func prior(_ shape: BeadShape) -> Double {
        switch (shape.source, shape.target) {
        case (1, 1): -log(0.89)
        case (1, 0), (0, 1): -log(0.0099 / 2)
        case (1, 2), (2, 1): -log(0.089 / 2)
        case (2, 2): -log(0.011)
        default: -log(0.002)
        }
    }

    /// Aligns all sentences. `groups` nil or unreliable: a diagonal band over the whole article.
    /// - Parameter around: an earlier alignment's beads to centre the band on (the lexical pass), or nil.
    func align(groups: [BlockGroup]?, around: [PairBead]? = nil) -> LatticePath? {
        let n = source.count, m = target.count
        var sourceGroup = [Int](repeating: 0, count: n)
        var targetGroup = [Int](repeating: 0, count: m)
        var band: Band?
        var corners: [(Int, Int)] = []
        // Sentences of blocks that have no partner in the other version.
        var sourceAlone = [Bool](repeating: false, count: n)
        var targetAlone = [Bool](repeating: false, count: m)
        if let groups, !groups.isEmpty {
            let g = groups.count
            var starts: [(Int, Int)] = []
            for (index, group) in groups.enumerated() {
                let s = source.segmentRange(ofBlocks: group.source), t = target.segmentRange(ofBlocks: group.target)
                starts.append((s.lowerBound, t.lowerBound))
                for k in s { sourceGroup[k] = index; sourceAlone[k] = t.isEmpty }
                for k in t { targetGroup[k] = index; targetAlone[k] = s.isEmpty }
            }
            starts.append((n, m))
            var lower = [Int](repeating: 0, count: n + 1), upper = [Int](repeating: m, count: n + 1)
            var first = 0
            for i in 0...n {
                while first < g && starts[first + 1].0 < i { first += 1 }
                var last = first
                while last + 1 < g && starts[last + 1].0 <= i { last += 1 }
                lower[i] = starts[max(first - 1, 0)].1
                upper[i] = starts[min(last + 2, g)].1
            }
            band = Band(lower: lower, upper: upper, m: m)
            corners = starts.filter { $0.0 <= n && $0.1 <= m }
        }
        let fixed = self.fixed
        let cost = { (i: Int, j: Int, shape: BeadShape) -> Double in
            let s = i..<(i + shape.source), t = j..<(j + shape.target)
            if !fixed.allows(s, t) { return .infinity }
            var c = Self.prior(shape)
            if !shape.isOneSided {
                // Parallel items against one sentence may say their shared words once (AlignmentSide.lengthCost).
                c += source.lengthCost(s, target, t, model: model)
                // Groups are non-decreasing along each side, so the extremes are at the ends.
                let low = min(sourceGroup[s.lowerBound], targetGroup[t.lowerBound])
                let high = max(sourceGroup[s.upperBound - 1], targetGroup[t.upperBound - 1])
                // A group boundary right after a sentence that introduces the next block with a colon is no
                // crossing: the translation wrote the introduction and what it introduces as one.
                let introduced = Self.introducedGroupBoundaries(source, s, sourceGroup) + Self.introducedGroupBoundaries(target, t, targetGroup)
                c += Self.groupCrossingCost * Double(max(high - low - introduced, 0))
            }
            if !shape.isOneSided && (Self.opensInsideText(source, s, against: target, t) || Self.opensInsideText(target, t, against: source, s)) {
                c += Self.headingInsideTextCost
            }
            if s.count > 1 { c += Self.crossingCost(source, s) }
            if t.count > 1 { c += Self.crossingCost(target, t) }
            if (s.count == 1 && t.count > 1 && source.hasSemicolon[s.lowerBound])
                || (t.count == 1 && s.count > 1 && target.hasSemicolon[t.lowerBound]) {
                c -= Self.semicolonMergeBonus
            }
            if !shape.isOneSided && (s.count > 1 || t.count > 1) {
                c += Self.unsupportedMergeCost * Double(Self.unsupportedEdgeSentences(source, s, anchors.source, t, anchors.target)
                                                        + Self.unsupportedEdgeSentences(target, t, anchors.target, s, anchors.source))
            }
            if shape.isOneSided {
                // A sentence of a block that the block alignment left without a partner: the omission was
                // priced once, for the whole block.
                let k = s.isEmpty ? t.lowerBound : s.lowerBound
                if s.isEmpty ? targetAlone[k] : sourceAlone[k] { c = Self.prior(BeadShape(1, 1)) }
            } else {
                c += AnchorScore.cost(source: AnchorScore.merged(anchors.source[s]), target: AnchorScore.merged(anchors.target[t]))
            }
            return c
        }
        // Inside the block groups (a hard limit), the search follows the expected path through the group
        // corners and the anchor points, widening only where it must: a huge group (a version without
        // structure on both sides) does not make the search quadratic.
        return DiagonalBand.solve(sourcePrefix: source.prefixLengths, targetPrefix: target.prefixLengths,
                                  sourceAnchors: anchors.source, targetAnchors: anchors.target,
                                  limit: band, corners: corners,
                                  around: around.map { beads in
                                      let steps = beads.map { LatticeStep(i: $0.source.lowerBound, j: $0.target.lowerBound,
                                                                          shape: BeadShape($0.source.count, $0.target.count), cost: 0, posterior: 0) }
                                      return DiagonalBand.columns(of: LatticePath(steps: steps, totalCost: 0), n: n)
                                  },
                                  cost: cost)
    }

    /// How many of the two end sentences of `range` (two or more sentences of one block of `side`) end or open
    /// that block and have figures that all lack a partner in `other` (``unsupportedMergeCost``).
    /// - Complexity: O(anchors of both sides).
    static func unsupportedEdgeSentences(_ side: AlignmentSide, _ range: Range<Int>, _ anchors: [[Anchor]], _ other: Range<Int>,
                                         _ otherAnchors: [[Anchor]]) -> Int {
        guard range.count > 1 else { return 0 }
        let block = side.blocks[side.blockOfSegment[range.lowerBound]]
        guard side.blockOfSegment[range.upperBound - 1] == side.blockOfSegment[range.lowerBound] else { return 0 }
        let merged = AnchorScore.merged(otherAnchors[other])
        var count = 0
        if range.upperBound == block.segments.upperBound, AnchorScore.figuresWithoutPartner(anchors[range.upperBound - 1], in: merged) { count += 1 }
        if range.lowerBound == block.segments.lowerBound, AnchorScore.figuresWithoutPartner(anchors[range.lowerBound], in: merged) { count += 1 }
        return count
    }

    /// The number of block group boundaries inside `range` of `side` that follow a sentence introducing the
    /// next block with a colon (``AlignmentSide/introducesNextBlock(_:)``); `group` is each segment's group.
    static func introducedGroupBoundaries(_ side: AlignmentSide, _ range: Range<Int>, _ group: [Int]) -> Int {
        guard range.count > 1, group[range.lowerBound] != group[range.upperBound - 1] else { return 0 }
        return range.dropLast().filter { group[$0] != group[$0 + 1] && side.introducesNextBlock($0) }.count
    }

    /// The structural cost of the block boundaries inside one side of a multi-sentence bead. A boundary
    /// right after a sentence that introduces the next block with a colon
    /// (``AlignmentSide/introducesNextBlock(_:)``) costs nothing: "… the following measures:" and the list
    /// items after it are one thought, which a translation may write as one sentence.
    static func crossingCost(_ side: AlignmentSide, _ range: Range<Int>) -> Double {
        let first = side.blockOfSegment[range.lowerBound], last = side.blockOfSegment[range.upperBound - 1]
        guard first != last else { return 0 }
        let introduced = range.dropLast().filter(side.introducesNextBlock).count
        var c = blockCrossingCost * Double(last - first - introduced)
        let kinds = side.blocks[first...last].map(\.kind)
        if kinds.contains(where: BlockAligner.standsAlone), !BlockAligner.leadsIntoText(kinds) { c += headingCrossingCost }
        return c
    }
}
