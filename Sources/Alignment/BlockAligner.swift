import Foundation
import TaalgrensCore

/// A group of aligned blocks: source blocks and target blocks (indices into ``AlignmentSide/blocks``)
/// that translate each other. Either side may be empty (a block only in one version).
struct BlockGroup: Hashable, Sendable {
    var source: Range<Int>
    var target: Range<Int>
    /// The posterior probability of this block bead (forward–backward over the block lattice).
    var posterior: Double = 1
}

/// Aligns the blocks of two versions (title, headings, paragraphs, list items, quotes) by dynamic
/// programming over block beads 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3 and 3-1, and up to 12-1 and 1-12 for a
/// list flattened into one block (``listShapes``).
///
/// A block bead costs its shape's prior, the Gale & Church length cost of the blocks' total lengths, a
/// kind cost (a heading against a paragraph costs more than a paragraph against a paragraph) and the
/// anchor cost of all the blocks' anchors. See `docs/alignment.md`, "Blocks".
struct BlockAligner {
    var source: AlignmentSide
    var target: AlignmentSide
    var anchors: PairAnchors
    var model: LengthModel
    /// Block beads the path must contain (the confident block groups of an earlier alignment).
    var fixed: FixedBeads = .none

    /// −log of the prior probability of each block bead shape.
    static func prior(_ shape: BeadShape) -> Double {
        switch (shape.source, shape.target) {
        case (1, 1): -log(0.85)
        case (1, 0), (0, 1): -log(0.02)
        case (1, 2), (2, 1): -log(0.04)
        case (2, 2): -log(0.005)
        default: -log(0.01)
        }
    }

    /// The cost of aligning a block of kind `a` with one of kind `b`.
    static func kindCost(_ a: BlockKind, _ b: BlockKind) -> Double {
        if a == b { return 0 }
        func pair(_ x: BlockKind, _ y: BlockKind) -> Bool { (a == x && b == y) || (a == y && b == x) }
        if pair(.title, .heading) { return 1.0 }
        if pair(.heading, .paragraph) || pair(.paragraph, .listItem) || pair(.paragraph, .caption) { return 1.5 }
        if pair(.paragraph, .quote) { return 0.5 }
        if pair(.title, .paragraph) { return 2.5 }
        return 3.0
    }

    /// The kind cost of a bead holding the kinds `a` and `b`: each kind is charged against its closest
    /// kind on the other side, and the sum is halved (so a 1-1 bead costs ``kindCost(_:_:)``).
    static func kindCost(_ a: [BlockKind], _ b: [BlockKind]) -> Double {
        if a.isEmpty || b.isEmpty {
            // A title left out is unusual; any other block may be a translator's omission or addition.
            return (a + b).contains(.title) ? 3 : 0
        }
        var total = 0.0
        for x in a { total += b.map { kindCost(x, $0) }.min()! }
        for y in b { total += a.map { kindCost($0, y) }.min()! }
        total /= 2
        // A title, heading or caption stands alone: translators do not merge it with the text around it
        // (they drop a caption, or keep it as a caption).
        for side in [a, b] where side.count > 1 && side.contains(where: standsAlone) && !leadsIntoText(side) {
            total += headingMergeCost
        }
        return total
    }

    /// Whether the kinds of one bead side are a heading followed by the block it introduces (and nothing
    /// else that stands alone): a translator may fold a heading into the sentence after it ("Turnout" and
    /// "Turnout fell to 87.4%" become "Côté participation, le taux est tombé à 87,4 %"), but does not glue
    /// it to the text before it, and does not do this with a title or a caption.
    static func leadsIntoText(_ kinds: [BlockKind]) -> Bool {
        kinds.count == 2 && kinds[0] == .heading && !standsAlone(kinds[1])
    }

    /// Whether a bead side of kinds `side` joins a title, heading or caption with other blocks (not a heading
    /// leading into the block after it) while the other side, `other`, holds none: the bead merges across
    /// the structure of one version only, which ``align()`` counts as structure that does not correspond.
    static func gluesAcross(_ side: [BlockKind], _ other: [BlockKind]) -> Bool {
        side.count > 1 && side.contains(where: standsAlone) && !leadsIntoText(side)
            && !other.isEmpty && !other.contains(where: standsAlone)
    }

    /// The cost of a bead side that joins a title, heading or caption with other blocks (nats).
    static let headingMergeCost = 2.5

    /// Whether blocks of this kind stand alone: a title, a heading or a caption, which translators keep as
    /// such or leave out, but do not merge with the text around them.
    static func standsAlone(_ kind: BlockKind) -> Bool { kind == .title || kind == .heading || kind == .caption }

    /// The shapes of a list flattened into one block, beyond what ``BeadShape/all`` holds: 4-1 to 12-1 and
    /// 1-4 to 1-12. A translator who turns a list (with the paragraph that introduces it) into a paragraph
    /// joins more blocks than a 3-1 bead holds; without these shapes, the blocks left over fall outside the
    /// paragraph's group, and their sentences cannot join it. Public-service pages list seven conditions or
    /// more (blind set 13); twelve bounds the work per lattice cell (each shape is one cost evaluation,
    /// O(blocks in the bead)), not the lists: a longer flattened list gets no block bead.
    static let listShapes: [BeadShape] = (4...12).flatMap { [BeadShape($0, 1), BeadShape(1, $0)] }

    /// Whether `blocks` (of one side) may be the many side of a ``listShapes`` bead: list items, after at
    /// most one block of another kind (the paragraph that introduces the list), with no title, heading or
    /// caption.
    static func isFlattenedList(_ kinds: [BlockKind]) -> Bool {
        kinds.dropFirst().allSatisfy { $0 == .listItem } && !standsAlone(kinds[0])
    }

    /// The cost of the block bead of `shape` starting after `i` source blocks and `j` target blocks.
    func cost(_ i: Int, _ j: Int, _ shape: BeadShape) -> Double {
        let s = i..<(i + shape.source), t = j..<(j + shape.target)
        if !fixed.allows(s, t) { return .infinity }
        if max(shape.source, shape.target) > 3 {
            let many = shape.source > 3 ? s.map { source.blocks[$0].kind } : t.map { target.blocks[$0].kind }
            guard Self.isFlattenedList(many) else { return .infinity }
        }
        var c = Self.prior(shape)
        if shape.source == 1 && shape.target == 1 {
            c += Self.kindCost(source.blocks[i].kind, target.blocks[j].kind)
        } else {
            c += Self.kindCost(s.map { source.blocks[$0].kind }, t.map { target.blocks[$0].kind })
        }
        if !shape.isOneSided {
            // Parallel list items against one block may say their shared words once (AlignmentSide.lengthCost).
            c += source.lengthCost(source.segmentRange(ofBlocks: s), target, target.segmentRange(ofBlocks: t), model: model)
            c += AnchorScore.cost(source: AnchorScore.merged(anchors.sourceBlocks[s]),
                                  target: AnchorScore.merged(anchors.targetBlocks[t]))
        }
        return c
    }

    /// A block bead whose lengths differ by more than this many standard deviations (|δ|) does not really
    /// pair its blocks: a version merged paragraphs beyond what a bead can hold.
    static let mismatchDelta = 2.5

    /// The block beads of the best alignment, and whether the block structures correspond well enough to
    /// be used: when more than 35% of the text (in Characters, both sides together) lies in blocks that
    /// found no partner, whose partner differs wildly in length (|δ| > ``mismatchDelta``), or that were
    /// merged across a title, heading or caption of one version only (``gluesAcross(_:_:)``), the structures
    /// disagree (merged paragraphs, a plain-text version, a version that explains much more) and the caller
    /// aligns sentences without them.
    /// - Complexity: O(b · w · 8) for b blocks and a band of half-width w (widened when the best path
    ///   touches it).
    func align() -> (groups: [BlockGroup], reliable: Bool) {
        let n = source.blocks.count, m = target.blocks.count
        guard n > 0, m > 0 else {
            var groups: [BlockGroup] = []
            for b in 0..<n { groups.append(BlockGroup(source: b..<(b + 1), target: 0..<0)) }
            for b in 0..<m { groups.append(BlockGroup(source: n..<n, target: b..<(b + 1))) }
            return (groups, n + m == 0)
        }
        let sourcePrefix = (0...n).map { source.blockLength(0..<$0) }
        let targetPrefix = (0...m).map { target.blockLength(0..<$0) }
        guard let path = DiagonalBand.solve(sourcePrefix: sourcePrefix, targetPrefix: targetPrefix,
                                            sourceAnchors: anchors.sourceBlocks, targetAnchors: anchors.targetBlocks,
                                            shapes: BeadShape.all + Self.listShapes, cost: cost) else {
            return ([], false)
        }
        var groups: [BlockGroup] = []
        var unmatched = 0.0
        for step in path.steps {
            let g = BlockGroup(source: step.i..<(step.i + step.shape.source), target: step.j..<(step.j + step.shape.target),
                               posterior: step.posterior)
            groups.append(g)
            let l1 = source.blockLength(g.source), l2 = target.blockLength(g.target)
            // A title, heading or caption glued to other blocks (not a heading leading into the block after
            // it) against text with none on the other side is no translation's shape: the lengths were fitted
            // by merging across the structure (blind set 9: an English paragraph, a heading and the next
            // paragraph against one Dutch paragraph that explains more). A bead with one on each side (a
            // boundary drawn elsewhere around two headings) is not counted.
            let kinds = (g.source.map { source.blocks[$0].kind }, g.target.map { target.blocks[$0].kind })
            let glued = Self.gluesAcross(kinds.0, kinds.1) || Self.gluesAcross(kinds.1, kinds.0)
            if step.shape.isOneSided || abs(model.delta(l1, l2)) > Self.mismatchDelta || glued {
                unmatched += l1 + l2
            }
        }
        let total = sourcePrefix[n] + targetPrefix[m]
        return (groups, total == 0 || unmatched / total <= 0.35)
    }
}
