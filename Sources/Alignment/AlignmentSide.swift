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
    /// For each segment, whether its text ends with a colon (trailing whitespace ignored): a sentence that
    /// announces what follows ("Schools must then take the following measures:"), see
    /// ``introducesNextBlock(_:)``.
    var endsWithColon: [Bool]
    /// For each segment, the Characters (as counted by ``length(_:)``) of the words it repeats from the
    /// segment before it at its opening and at its ending, each counted only when it is a run of at least
    /// two words ("Turn on two-step verification for your e-mail." after "… for your banking app." repeats
    /// 39): see ``mergedLength(_:)``.
    var repeatedWithPrevious: [Double]
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
        endsWithColon = texts.map(Self.endsWithColon)
        lengths = texts.map(Self.length)
        let texts = self.texts
        repeatedWithPrevious = texts.indices.map { $0 == 0 ? 0 : Self.repeatedLength(texts[$0 - 1], texts[$0]) }
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

    /// Whether segment `index` ends its block with a colon and another block follows: the sentence
    /// introduces the next block (a list, a quote), and a translation may write the two as one sentence
    /// ("Concrètement, le sport … passent au matin, et …" for "… the following measures:" and the first two
    /// items of a list; blind set 7). The aligner charges no block or group crossing for that boundary.
    /// - Complexity: O(1).
    func introducesNextBlock(_ index: Int) -> Bool {
        index + 1 < count && endsWithColon[index] && blockOfSegment[index] != blockOfSegment[index + 1]
    }

    /// Whether `text` ends with a colon, trailing whitespace ignored.
    static func endsWithColon(_ text: String) -> Bool {
        text.last(where: { !$0.isWhitespace }) == ":"
    }

    /// The total length of segments `range`.
    func length(_ range: Range<Int>) -> Double { prefixLengths[range.upperBound] - prefixLengths[range.lowerBound] }

    /// The length of segments `range` as one sentence would say them when they are parallel items: their
    /// total length less what each repeats of the one before it at its opening and ending
    /// (``repeatedWithPrevious``), or nil when some segment after the first repeats nothing (the segments
    /// are not parallel). A translator who turns parallel list items ("Turn on two-step verification for
    /// your e-mail." / "… for your social media." / "… for your banking app.") into one sentence may say
    /// their shared opening once; the length model, which expects the sum of the lengths, would reject that
    /// merge as three times too long. Callers take the better of both readings (the translator may also
    /// have repeated the shared words).
    func mergedLength(_ range: Range<Int>) -> Double? {
        guard range.count > 1 else { return nil }
        var l = length(range)
        for k in range.dropFirst() {
            guard repeatedWithPrevious[k] > 0 else { return nil }
            l -= repeatedWithPrevious[k]
        }
        return l
    }

    /// The length cost of a bead joining segments `s` of this side with segments `t` of `other`: the
    /// model's cost of their total lengths, or, when one side is a single segment and the other a run of
    /// parallel items (``mergedLength(_:)``), the lower of that and the cost of the items' merged length.
    func lengthCost(_ s: Range<Int>, _ other: AlignmentSide, _ t: Range<Int>, model: LengthModel) -> Double {
        let plain = model.cost(length(s), other.length(t))
        if t.count == 1, let merged = mergedLength(s) { return min(plain, model.cost(merged, other.length(t))) }
        if s.count == 1, let merged = other.mergedLength(t) { return min(plain, model.cost(length(s), merged)) }
        return plain
    }

    /// The Characters of the words `b` repeats from `a` at its opening and at its ending (whole words,
    /// compared with case folded; each run counts only from two words on; the two runs never overlap).
    static func repeatedLength(_ a: String, _ b: String) -> Double {
        let x = a.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        let y = b.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        let limit = min(x.count, y.count) - 1
        guard limit >= 2 else { return 0 }
        var p = 0
        while p < limit && x[p] == y[p] { p += 1 }
        var q = 0
        while p + q < limit && x[x.count - 1 - q] == y[y.count - 1 - q] { q += 1 }
        var total = 0.0
        if p >= 2 { total += y[..<p].reduce(0) { $0 + Double($1.count) + 1 } }
        if q >= 2 { total += y[(y.count - q)...].reduce(0) { $0 + Double($1.count) + 1 } }
        return total
    }

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
