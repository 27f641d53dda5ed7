import Foundation

/// Aligns the sentences of two versions by dynamic programming over sentence beads 1-1, 1-0, 0-1, 1-2,
/// 2-1, 2-2, 1-3 and 3-1, inside the block groups found by ``BlockAligner``.
///
/// A sentence bead costs its shape's prior, the Gale & Church length cost, the anchor cost, and two
/// structural costs: one per block group boundary that the bead crosses (a sentence may move to the
/// neighbouring group, as a quote moved to the next paragraph does, but pays for it), and one per block
/// boundary inside one side of a multi-sentence bead. Sentences may only pair with sentences of their own
/// block group or the groups next to it: that band keeps the search near-linear. Without block groups the
/// band follows the diagonal (``DiagonalBand``).
struct SentenceAligner {
    var source: AlignmentSide
    var target: AlignmentSide
    var anchors: PairAnchors
    var model: LengthModel

    /// The cost of crossing one block group boundary inside a bead (nats).
    static let groupCrossingCost = 4.0
    /// The cost of one block boundary inside one side of a bead (nats).
    static let blockCrossingCost = 2.0

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
    func align(groups: [BlockGroup]?) -> LatticePath? {
        let n = source.count, m = target.count
        var sourceGroup = [Int](repeating: 0, count: n)
        var targetGroup = [Int](repeating: 0, count: m)
        var band: Band?
        if let groups, !groups.isEmpty {
            let g = groups.count
            var starts: [(Int, Int)] = []
            for (index, group) in groups.enumerated() {
                let s = source.segmentRange(ofBlocks: group.source), t = target.segmentRange(ofBlocks: group.target)
                starts.append((s.lowerBound, t.lowerBound))
                for k in s { sourceGroup[k] = index }
                for k in t { targetGroup[k] = index }
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
        }
        let cost = { (i: Int, j: Int, shape: BeadShape) -> Double in
            let s = i..<(i + shape.source), t = j..<(j + shape.target)
            var c = Self.prior(shape)
            if !shape.isOneSided {
                c += model.cost(source.length(s), target.length(t))
                let groupsInBead = s.map { sourceGroup[$0] } + t.map { targetGroup[$0] }
                c += Self.groupCrossingCost * Double(groupsInBead.max()! - groupsInBead.min()!)
            }
            if s.count > 1 { c += Self.blockCrossingCost * Double(source.blockOfSegment[s.upperBound - 1] - source.blockOfSegment[s.lowerBound]) }
            if t.count > 1 { c += Self.blockCrossingCost * Double(target.blockOfSegment[t.upperBound - 1] - target.blockOfSegment[t.lowerBound]) }
            c += AnchorScore.cost(source: AnchorScore.merged(anchors.source[s]), target: AnchorScore.merged(anchors.target[t]))
            return c
        }
        if let band {
            return Lattice(n: n, m: m, shapes: BeadShape.all, band: band).solve(cost: cost)
        }
        return DiagonalBand.solve(sourcePrefix: source.prefixLengths, targetPrefix: target.prefixLengths, cost: cost)
    }
}
