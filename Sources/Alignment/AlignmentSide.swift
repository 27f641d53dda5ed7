import TaalgrensCore

/// One version of an article, prepared for alignment: its segments in document order with their
/// lengths, and its non-empty blocks.
struct AlignmentSide: Sendable {
    /// A block that holds at least one segment.
    struct SideBlock: Sendable {
        /// The index of the block in the article (`Segment.block`).
        var articleIndex: Int
        var kind: BlockKind
        /// The global indices of its segments.
        var segments: Range<Int>
    }

    var locale: LanguageTag
    /// The segments in document order: `SegmentedArticle.allSegments`.
    var segments: [Segment]
    /// The plain text of each segment.
    var texts: [String]
    /// The length of each segment in Characters (extended grapheme clusters), whitespace runs counted as one.
    var lengths: [Double]
    /// `prefixLengths[i]` = total length of segments `0..<i`.
    var prefixLengths: [Double]
    /// The blocks that hold segments, in document order.
    var blocks: [SideBlock]
    /// For each segment, the index in ``blocks`` of its block.
    var blockOfSegment: [Int]
    /// For each segment, whether it holds a semicolon (a sign that it may join two sentences).
    var hasSemicolon: [Bool]
    /// For each segment, the anchors found in it, independent of the other side (see ``AnchorExtractor``).
    var rawAnchors: [[RawAnchor]]
    /// For each segment, its distinct folded words of three letters or more without digits, in order of
    /// first appearance: the words an ``ArticleLexicon`` learns from and looks for.
    var lexiconWords: [[String]]

    init(_ article: SegmentedArticle) {
        locale = article.article.locale
        var segments: [Segment] = []
        var blocks: [SideBlock] = []
        var blockOfSegment: [Int] = []
        for (b, blockSegments) in article.segments.enumerated() where !blockSegments.isEmpty {
            let kind = b < article.article.blocks.count ? article.article.blocks[b].kind : .paragraph
            blocks.append(SideBlock(articleIndex: b, kind: kind, segments: segments.count..<(segments.count + blockSegments.count)))
            for segment in blockSegments {
                segments.append(segment)
                blockOfSegment.append(blocks.count - 1)
            }
        }
        self.segments = segments
        self.blocks = blocks
        self.blockOfSegment = blockOfSegment
        texts = segments.map(\.text)
        hasSemicolon = texts.map { $0.contains(";") }
        lengths = texts.map(Self.length)
        var prefix = [0.0]
        prefix.reserveCapacity(lengths.count + 1)
        for l in lengths { prefix.append(prefix[prefix.count - 1] + l) }
        prefixLengths = prefix
        let extractor = AnchorExtractor(locale: locale)
        rawAnchors = texts.map { extractor.anchors(in: $0) }
        lexiconWords = texts.map { text in
            var seen = Set<String>()
            return TextFolding.words(text).filter { word in
                word.count >= 3 && !word.contains(where: \.isNumber) && seen.insert(word).inserted
            }
        }
    }

    var count: Int { segments.count }

    /// The total length of segments `range`.
    func length(_ range: Range<Int>) -> Double { prefixLengths[range.upperBound] - prefixLengths[range.lowerBound] }

    /// The total length of blocks `range` (indices into ``blocks``).
    func blockLength(_ range: Range<Int>) -> Double {
        guard !range.isEmpty else { return 0 }
        return length(blocks[range.lowerBound].segments.lowerBound..<blocks[range.upperBound - 1].segments.upperBound)
    }

    /// The segment range covered by blocks `range`.
    func segmentRange(ofBlocks range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < blocks.count ? blocks[range.lowerBound].segments.lowerBound : count
            return at..<at
        }
        return blocks[range.lowerBound].segments.lowerBound..<blocks[range.upperBound - 1].segments.upperBound
    }

    /// A segment's length for the length model: Characters, with each run of whitespace counted once.
    static func length(_ text: String) -> Double {
        var n = 0, inSpace = false
        for c in text {
            if c.isWhitespace {
                if !inSpace { n += 1 }
                inSpace = true
            } else {
                n += 1
                inSpace = false
            }
        }
        return Double(n)
    }
}
