import TaalgrensCore

extension AlignmentSide {
    /// The same version with only the segments `kept` (global indices, increasing): blocks that keep no
    /// segment disappear, and what depends on a segment's neighbour (``repeatedWithPrevious``) is computed
    /// again for the new neighbours. Used to align the rest of two versions without the text that one of
    /// them moved (``MovedText``), and the moved text on its own.
    /// - Parameter kept: global segment indices of this side, strictly increasing.
    /// - Complexity: O(k) for k kept segments (plus the words of each new neighbour pair).
    func keeping(_ kept: [Int]) -> AlignmentSide {
        var out = self
        out.segments = kept.map { segments[$0] }
        out.texts = kept.map { texts[$0] }
        out.lengths = kept.map { lengths[$0] }
        out.hasSemicolon = kept.map { hasSemicolon[$0] }
        out.endsWithColon = kept.map { endsWithColon[$0] }
        out.rawAnchors = kept.map { rawAnchors[$0] }
        out.lexiconWords = kept.map { lexiconWords[$0] }
        out.repeatedWithPrevious = kept.indices.map { k in
            k == 0 ? 0 : (kept[k - 1] == kept[k] - 1 ? repeatedWithPrevious[kept[k]] : Self.repeatedLength(texts[kept[k - 1]], texts[kept[k]]))
        }
        var blocks: [SideBlock] = []
        var blockOfSegment: [Int] = []
        for (k, index) in kept.enumerated() {
            let original = self.blocks[self.blockOfSegment[index]]
            if blocks.last?.articleIndex == original.articleIndex {
                blocks[blocks.count - 1].segments = blocks[blocks.count - 1].segments.lowerBound..<(k + 1)
            } else {
                blocks.append(SideBlock(articleIndex: original.articleIndex, kind: original.kind, segments: k..<(k + 1)))
            }
            blockOfSegment.append(blocks.count - 1)
        }
        out.blocks = blocks
        out.blockOfSegment = blockOfSegment
        var prefix = [0.0]
        for l in out.lengths { prefix.append(prefix[prefix.count - 1] + l) }
        out.prefixLengths = prefix
        return out
    }
}
