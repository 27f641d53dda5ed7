/// The kind of a block, as listed in `cli-json.md`.
public enum BlockKind: String, Hashable, Codable, Sendable, CaseIterable {
    case title, heading, paragraph, listItem, quote, tableCell, caption
}

/// What a block stands for beyond its ``BlockKind``, where the renderers need it to write the block back as
/// it was. Most blocks have none (`nil`).
public enum BlockRole: String, Hashable, Codable, Sendable, CaseIterable {
    /// A table header cell: HTML `<th>`, a cell of a pipe table's header row (kind `tableCell`).
    case headerCell
    /// The caption of the table that follows it, HTML `<caption>` (kind `caption`), not a figure's caption.
    case tableCaption
    /// Content kept as it is and never translated: an embed (`<iframe>`, `<video>`, …) or a raw HTML block
    /// without text. Its content holds only inline codes (its plain text is empty, so it has no segments);
    /// its translatable attributes (`title`, `alt`, `aria-label`) are attached blocks, as an image's `alt`.
    case embed
    /// The term of a definition list, HTML `<dt>` (kind `paragraph`); consecutive terms and definitions
    /// form one `<dl>`.
    case definitionTerm
    /// The description of a definition list's term, HTML `<dd>` (kind `paragraph`).
    case definitionDescription
    /// The visible label of a `<details>` box, HTML `<summary>` (a paragraph or heading written inside it).
    case summary
    /// The source of a quotation given inside it, HTML `<footer>` in a `<blockquote>` ("— Jan Jambon,
    /// <cite>De Standaard</cite>"; kind `quote`).
    case attribution
}

/// The horizontal alignment of a table cell's text, as the source set it (TRIAL7 finding 19).
public enum CellAlignment: String, Hashable, Codable, Sendable, CaseIterable {
    case left, center, right
}

/// A unit of article structure: the title, a heading, a paragraph, a list item, a quote, a table cell or
/// a caption (including translatable attributes such as an image's `alt`). Blocks are segmented into
/// sentences independently of each other.
public struct Block: Hashable, Codable, Sendable {
    /// What the block is in the article's structure (title, heading, paragraph, list item, …).
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
    /// What the block stands for beyond its kind (a header cell, a table's caption, an embed), or `nil`.
    /// Encoded only when set, so JSON written before it existed reads back unchanged.
    public var role: BlockRole?
    /// For table cells: how many columns the cell spans (HTML `colspan`), when more than one; `nil` means 1.
    /// Encoded only when set.
    public var columnSpan: Int?
    /// For table cells: how many rows the cell spans (HTML `rowspan`), when more than one; `nil` means 1.
    /// Encoded only when set.
    public var rowSpan: Int?
    /// The source quotation (HTML `<blockquote>`, Markdown `>`) the block belongs to, numbered from 1 in
    /// reading order: consecutive blocks with the same number are one quotation, whatever their kind (the
    /// paragraphs of a quote, a list inside it); `nil` outside any. Encoded only when set.
    public var quote: Int?
    /// The figure (HTML `<figure>`) the block belongs to, numbered from 1 in reading order: consecutive
    /// blocks with the same number are one figure (its image or embed, a quotation, its `<figcaption>`);
    /// `nil` outside any. Encoded only when set.
    public var figure: Int?
    /// For table cells: the text's horizontal alignment when the source set one (HTML `text-align` or the
    /// obsolete `align`, a pipe table's delimiter row `:--`, `:-:`, `--:`); `nil` means the default.
    /// Encoded only when set.
    public var alignment: CellAlignment?
    /// The structural elements around the block that hold no text (``BlockContainer``), outermost first;
    /// `nil` when none. Encoded only when set.
    public var containers: [BlockContainer]?
    /// Attributes of the markup the block is written with that carry no text, kept for the renderers: the
    /// block's own element (`id`, that in-page links point to, `class`, a header cell's `scope`), and, under
    /// a prefix, those of the element around it: `list.start`, `list.reversed`, `list.type` (the list of a
    /// list item whose list it opens), `quote.cite` (a quotation's source address), `table.class` (its table's), `row.group`
    /// (`thead`, `tbody`, `tfoot`: a table cell's row group); `lang` on a block written in another language
    /// than its article (``Block/language``: kept as written, never segmented). `nil` when none. Encoded only
    /// when set.
    public var attributes: [String: String]?

    /// Creates a block; every parameter sets the property of the same name.
    public init(kind: BlockKind, content: RichText, level: Int? = nil, ordered: Bool = false, line: Int? = nil,
                role: BlockRole? = nil, columnSpan: Int? = nil, rowSpan: Int? = nil, quote: Int? = nil, figure: Int? = nil,
                alignment: CellAlignment? = nil, containers: [BlockContainer]? = nil, attributes: [String: String]? = nil) {
        self.kind = kind
        self.content = content
        self.level = level
        self.ordered = ordered
        self.line = line
        self.role = role
        self.columnSpan = columnSpan
        self.rowSpan = rowSpan
        self.quote = quote
        self.figure = figure
        self.alignment = alignment
        self.containers = containers
        self.attributes = attributes
    }
}
