/// A sentence-sized piece of one block, as the segmenter cut it.
public struct Segment: Hashable, Codable, Sendable {
    /// The index of the block in its article.
    public var block: Int
    /// The position of the segment within its block, from 0.
    public var position: Int
    /// Where the segment lies in the block's plain text: UTF-16 code unit offsets, end exclusive,
    /// trimmed of surrounding whitespace.
    public var start: Int
    /// Where the segment ends: a UTF-16 offset into the block's plain text, exclusive.
    public var end: Int
    /// The segment's content with the inline codes that fall inside it (see ``RichText/slice(utf16:)``).
    public var content: RichText

    /// Creates a segment; offsets are UTF-16 code units into the block's plain text, `end` exclusive.
    public init(block: Int, position: Int, start: Int, end: Int, content: RichText) {
        self.block = block
        self.position = position
        self.start = start
        self.end = end
        self.content = content
    }

    /// The plain text (inline codes removed, a line break counting as a space; ``RichText/plainText``).
    public var text: String { content.plainText }
}

/// An article cut into segments: for each block, its segments in order.
public struct SegmentedArticle: Hashable, Codable, Sendable {
    /// The article that was segmented.
    public var article: Article
    /// `segments[b]` holds the segments of block `b`, in order.
    public var segments: [[Segment]]

    /// Pairs an article with its segments; `segments.count` must equal `article.blocks.count`.
    public init(article: Article, segments: [[Segment]]) {
        self.article = article
        self.segments = segments
    }

    /// All segments in document order; the index in this array is the segment's global index used by
    /// alignment output (`cli-json.md`).
    public var allSegments: [Segment] { segments.flatMap { $0 } }
}
