/// The kind of a block, as listed in `cli-json.md`.
public enum BlockKind: String, Hashable, Codable, Sendable, CaseIterable {
    case title, heading, paragraph, listItem, quote, tableCell, caption
}

/// A unit of article structure: the title, a heading, a paragraph, a list item, a quote, a table cell or
/// a caption (including translatable attributes such as an image's `alt`). Blocks are segmented into
/// sentences independently of each other.
public struct Block: Hashable, Codable, Sendable {
    public var kind: BlockKind
    /// The block's text with inline codes. Its ``RichText/plainText`` is what offsets count into.
    public var content: RichText
    /// Heading level (1–6), list nesting depth (1 = top level) or a table cell's column (1 = first);
    /// `nil` where it has no meaning.
    public var level: Int?
    /// For list items: whether the list is ordered.
    public var ordered: Bool
    /// The 1-based line in the source file where the block starts, when the reader knows it.
    public var line: Int?

    public init(kind: BlockKind, content: RichText, level: Int? = nil, ordered: Bool = false, line: Int? = nil) {
        self.kind = kind
        self.content = content
        self.level = level
        self.ordered = ordered
        self.line = line
    }
}
