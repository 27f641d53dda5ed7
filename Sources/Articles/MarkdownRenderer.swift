import Foundation
import TaalgrensCore
import Yams

/// Writes an ``Article`` back to Markdown with YAML front matter.
///
/// - Front matter: when the article came from YAML front matter, that front matter with its structure,
///   key order and scalar styles, and the values that changed put in (``FrontMatterYAML``). Else:
///   `title` (the title block's text), `id` (when it is a valid article id), `date`,
///   `category`, `author`, then the other metadata keys in alphabetical order; written with Yams, every
///   character as itself (emoji too, where libyaml would write `\U0001F512`).
///   When the metadata key `title-heading` is `yes` (the source repeated its title as the body's leading H1),
///   the title is also written as the leading `# ` heading; the key itself is never written.
/// - Blocks: headings as `#`…`######`, list items as `-` or `1.` (nested by indentation), the blocks of one
///   quotation (``Block/quote``) as one `>` block (its paragraphs separated by an empty `>` line; quotes
///   without a number as one quote per block, separated by blank lines), a figure (``Block/figure``) as the
///   HTML block ``HTMLRenderer`` writes for it (Markdown has no figure), table cells as a pipe table (a row starts at
///   column 1; the first row is the header; a cell spanning columns or rows is written once and the
///   positions it covers as empty cells; the delimiter row carries the alignment of each column's first aligned cell), image blocks as `![alt](src "title")`, block-level code
///   spans as fenced code, other captions, paragraphs and definition terms and descriptions as paragraphs.
///   A paragraph, heading or quote in another language than the article (``Block/isInAnotherLanguage(than:)``),
///   or a quotation holding one, as the HTML block ``HTMLRenderer`` writes for it (`<p lang="en">`), without
///   typography.
/// - Inline codes: links `[text](href "title")`, emphasis `*…*`, strong `**…**`, code spans with enough
///   backticks, line breaks as a backslash before the newline (`<br>` in headings and table cells),
///   images `![alt](src "title")`, strikethrough `~~…~~`, and raw HTML for superscript, subscript,
///   underline, and for emphasis or strong where `*` delimiters could not open or close (CommonMark
///   0.31, section 6.2, "left-flanking" and "right-flanking" delimiter runs). Soft hyphens and zero-width
///   spaces are written as the characters. Template tags in running text as written. Footnotes as `[^1]` and `[^1]: …`, `abbr` as raw HTML, embeds as
///   their markup, autolinks as `<…>`, reference links as `[text][label]` with their definitions after
///   the last block (see `docs/articles.md`, "Rendering").
/// - Escapes: `\ * [ ] <` and backtick always, `~` next to another `~`, `_` unless inside a word, `&`
///   that would start a character reference (``startsCharacterReference(_:_:)``), `|` in tables, and at a line start `#`, `>`, `=`, `|`, `-`, `+` before a
///   space and the `.` or `)` after digits; a `!` right before a link; `#` at the end of a heading (Ink
///   0.6 strips it as a closing sequence). Emphasis inside emphasis (and strong inside strong) is
///   written as raw HTML, since Ink 0.6 closes at the next `*`.
///
/// Reading the output again with ``ArticleReader`` gives the same blocks (kind, level, ordered, content)
/// for an article read from Markdown.
public enum MarkdownRenderer {
    /// Renders an article as Markdown.
    /// - Parameters:
    ///   - article: the article.
    ///   - typography: the target locale's rules, applied to text runs (`nil`: the text as it is).
    /// - Returns: the Markdown document, ending with a newline.
    /// - Complexity: O(n) in the size of the article.
    public static func render(_ article: Article, typography: Typography? = nil) -> String {
        var writer = MarkdownWriter(article: article, typography: typography)
        return writer.render()
    }
}

struct MarkdownWriter {
    let article: Article
    let typography: Typography?
    let blocks: [Block]
    let attached: AttachedAttributes

    init(article: Article, typography: Typography?) {
        self.article = article
        self.typography = typography
        let typeset: (RichText) -> RichText = { typography?.apply(to: $0) ?? $0 }
        blocks = article.blocks.map { block in
            var b = block
            // A block in another language (an embedded English tweet) keeps its own typography.
            if !block.isInAnotherLanguage(than: article.locale) { b.content = typeset(block.content) }
            return b
        }
        attached = AttachedAttributes(blocks)
        footnotes = Set(blocks.compactMap { $0.kind == .paragraph ? footnoteLabel($0) : nil })
    }

    /// The labels of the footnotes the article defines (paragraphs led by a definition's code).
    let footnotes: Set<String>

    /// Whether the article was read from MDX (``MarkdownReader/dialectKey``): no autolinks, and `{` `}` in
    /// text escaped, since both are JSX there.
    var mdx: Bool { article.metadata[MarkdownReader.dialectKey] == "mdx" }

    mutating func render() -> String {
        var references = ReferenceDefinitions()
        // The title is written in the front matter, and also as the leading `# ` heading when the source had both.
        let titleInBody = blocks.first?.kind == .title && article.metadata[MarkdownReader.titleHeadingKey] == "yes"
        let titleIndex = blocks.first?.kind == .title && !titleInBody ? 0 : nil
        var chunks = self.chunks((titleIndex == nil ? 0 : 1)..<blocks.count, quote: nil, &references)
        if !references.lines.isEmpty { chunks.append(references.lines.joined(separator: "\n")) }
        return frontMatter() + chunks.joined(separator: "\n\n") + "\n"
    }

    /// The Markdown of the blocks of `range`, one chunk per Markdown block (a list, a table, a quotation, a
    /// figure, …), to be separated by blank lines.
    /// - Parameter quote: the number of the quotation these blocks are written inside (``Block/quote``), or
    ///   `nil`.
    func chunks(_ range: Range<Int>, quote: Int?, _ references: inout ReferenceDefinitions) -> [String] {
        var chunks: [String] = []
        var index = range.lowerBound
        let groups = HTMLBlockWriter(blocks: blocks, attached: attached)
        while index < range.upperBound {
            if attached.attachedBlocks.contains(index) { index += 1; continue }
            let block = blocks[index]
            if let group = groups.enclosingGroup(at: index, in: range, quote: quote, figure: nil) {
                if group.kind == .quote, (index..<group.end).contains(where: { blocks[$0].isInAnotherLanguage(than: article.locale) }) {
                    // A quotation in another language (an embedded tweet): Markdown has no `lang`, so it is
                    // written as the HTML block it reads back as, with its blocks' `lang`.
                    chunks.append(htmlBlock(index..<group.end, groups))
                    index = group.end
                    continue
                }
                switch group.kind {
                case .figure:
                    // Markdown has no figure: written as the HTML block it reads back as (CommonMark 0.31,
                    // 4.6, an HTML block of kind 6 ends at a blank line, so it has none).
                    let html = "<figure\(HTMLBlockWriter.attributes(block.attributes, prefix: "figure."))>\n"
                        + groups.render(index..<group.end, figure: block.figure) + "</figure>"
                    chunks.append(html.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n"))
                case .quote:
                    // One quotation: its blocks, every line led by `>` (an empty `>` line between them).
                    let inner = self.chunks(index..<group.end, quote: block.quote, &references).joined(separator: "\n\n")
                    chunks.append(inner.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n"))
                }
                index = group.end
                continue
            }
            if block.isInAnotherLanguage(than: article.locale), block.role == nil, [.paragraph, .heading, .quote].contains(block.kind) {
                // A paragraph, heading or quote in another language: as the HTML block it reads back as (`<p lang="en">`).
                chunks.append(htmlBlock(index..<index + 1, groups))
                index += 1
                continue
            }
            switch block.kind {
            case .listItem:
                // One list: the run of list items (attached blocks may sit between them), until a
                // top-level item switches between ordered and unordered.
                var end = index + 1
                while end < range.upperBound {
                    if attached.attachedBlocks.contains(end) { end += 1; continue }
                    guard blocks[end].kind == .listItem, blocks[end].quote == block.quote, blocks[end].figure == block.figure else { break }
                    if (blocks[end].level ?? 1) <= 1 && blocks[end].ordered != block.ordered { break }
                    end += 1
                }
                chunks.append(list(index..<end, &references))
                index = end
            case .tableCell:
                var end = index
                while end < range.upperBound, attached.attachedBlocks.contains(end)
                        || blocks[end].kind == .tableCell && blocks[end].quote == block.quote && blocks[end].figure == block.figure { end += 1 }
                chunks.append(table(index..<end, &references))
                index = end
            case .paragraph where block.role == .definitionTerm || block.role == .definitionDescription:
                // A definition list (`<dl>`, or Markdown's): `Term` lines, each description `: text` on the next
                // line (continued lines indented), a blank line before a term that follows a description; the
                // syntax of pandoc, PHP Markdown Extra, kramdown and Goldmark (sixteenth trial, finding 1).
                var lines: [String] = []
                var end = index
                var previous: BlockRole?
                while end < range.upperBound {
                    if attached.attachedBlocks.contains(end) { end += 1; continue }
                    let next = blocks[end]
                    guard next.kind == .paragraph, next.quote == block.quote, next.figure == block.figure,
                          let role = next.role, role == .definitionTerm || role == .definitionDescription else { break }
                    if role == .definitionTerm {
                        if previous == .definitionDescription { lines.append("") }
                        lines.append(inline(end, context: .lines(prefix: ""), &references))
                    } else {
                        lines.append(": " + inline(end, context: .lines(prefix: "  "), &references))
                    }
                    previous = role
                    end += 1
                }
                chunks.append(lines.joined(separator: "\n"))
                index = end
            case .quote where quote != nil:
                // A paragraph of the quotation being written (the caller adds the `>`).
                chunks.append(inline(index, context: .lines(prefix: ""), &references))
                index += 1
            default:
                chunks.append(single(index, &references))
                index += 1
            }
        }
        return chunks
    }

    // MARK: Front matter

    func frontMatter() -> String {
        var pairs: [(String, String)] = []
        let titleText = blocks.first.flatMap { $0.kind == .title ? InlineNode.text(InlineNode.tree($0.content)) : nil }
        if let yaml = FrontMatterYAML.render(article.metadata, title: titleText,
                                               id: MarkdownReader.isValidArticleID(article.id) ? article.id : nil) {
            // The source's YAML front matter, structure kept, changed values put in (TRIAL9 finding 3).
            return "---\n" + yaml + (yaml.hasSuffix("\n") ? "" : "\n") + "---\n\n"
        }
        if let toml = TOMLFrontMatter.render(article.metadata, title: titleText,
                                             id: MarkdownReader.isValidArticleID(article.id) ? article.id : nil) {
            // The source's TOML front matter, written back as TOML with changed values put in (ninth trial, finding 3).
            return "+++\n" + toml + "+++\n\n"
        }
        if let titleText { pairs.append(("title", titleText)) }
        if MarkdownReader.isValidArticleID(article.id) { pairs.append(("id", article.id)) }
        for key in ["date", "category", "author"] { if let value = article.metadata[key] { pairs.append((key, value)) } }
        let reserved = ["date", "category", "author", "title", "id", MarkdownReader.titleHeadingKey, MarkdownReader.dialectKey,
                        FrontMatterYAML.structureKey, FrontMatterYAML.targetStructureKey, TOMLFrontMatter.structureKey]
        for key in article.metadata.keys.sorted() where !reserved.contains(key) {
            pairs.append((key, article.metadata[key]!))
        }
        guard !pairs.isEmpty else { return "" }
        let shield = !pairs.contains { $0.0.contains(Self.astralOpen) || $0.1.contains(Self.astralOpen) }
        let mapping = Node.Mapping(pairs.map { shield ? (Node(Self.shieldingAstral($0.0)), Node(Self.shieldingAstral($0.1))) : (Node($0.0), Node($0.1)) })
        let yaml = (try? Yams.serialize(node: .mapping(mapping), allowUnicode: true, lineBreak: .ln)) ?? ""
        return "---\n" + (shield ? Self.restoringAstral(yaml) : yaml) + (yaml.hasSuffix("\n") ? "" : "\n") + "---\n\n"
    }

    /// libyaml 0.2's emitter counts no character beyond U+FFFF as printable and writes it as `\U0001F512`
    /// in a double-quoted scalar, valid YAML but unreadable for an editor (emoji in a title). Such
    /// characters are written as themselves: each is replaced by U+E005, its code point in hex, U+E006
    /// (private-use characters the emitter writes as they are, with no space to fold at) before
    /// serializing, and put back after. When a key or value already holds U+E005, nothing is shielded.
    static let astralOpen: Character = "\u{E005}"
    static let astralClose: Character = "\u{E006}"

    static func shieldingAstral(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0.value > 0xFFFF }) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            if scalar.value > 0xFFFF {
                out.append(astralOpen)
                out += String(scalar.value, radix: 16)
                out.append(astralClose)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func restoringAstral(_ yaml: String) -> String {
        guard yaml.contains(astralOpen) else { return yaml }
        var out = String.UnicodeScalarView()
        var scalars = yaml.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            guard scalar == "\u{E005}", let close = scalars.firstIndex(of: "\u{E006}"),
                  let value = UInt32(String(String.UnicodeScalarView(scalars[..<close])), radix: 16),
                  let restored = Unicode.Scalar(value) else {
                out.append(scalar)
                continue
            }
            out.append(restored)
            scalars = scalars[scalars.index(after: close)...]
        }
        return String(out)
    }

    // MARK: Blocks

    func single(_ index: Int, _ references: inout ReferenceDefinitions) -> String {
        let block = blocks[index]
        if block.role == .embed {
            // A thematic break without attributes is Markdown's own (`***` at the file's start, where `---`
            // would open front matter).
            if block.content.elements.count == 1, case .code(let code) = block.content.elements[0], code.attributes["html"] == "<hr>" {
                return index == 0 ? "***" : "---"
            }
            // Kept as written: a raw HTML block (an embed read from HTML is serialized as one).
            return EmbedMarkup.render(block.content) {
                attached.text(block: index, code: $0.id, attribute: $0.attributes["slot"] ?? "") ?? ""
            }
        }
        switch block.kind {
        case .title:
            return "# " + protectClosingHashes(inline(index, context: .heading, &references)) + headingID(block) + attributeList(block)
        case .heading:
            return String(repeating: "#", count: min(max(block.level ?? 2, 1), 6)) + " "
                + protectClosingHashes(inline(index, context: .heading, &references)) + headingID(block) + attributeList(block)
        case .quote:
            return "> " + inline(index, context: .lines(prefix: "> "), &references)
        case .paragraph, .caption, .listItem, .tableCell:
            if let code = fencedCode(block) { return code }
            return inline(index, context: .lines(prefix: ""), &references) + attributeList(block)
        }
    }

    /// The blocks of `range` as one HTML block (CommonMark 0.31, 4.6: kind 6 ends at a blank line, so it has
    /// none), written by ``HTMLBlockWriter`` without the containers Markdown does not keep.
    func htmlBlock(_ range: Range<Int>, _ groups: HTMLBlockWriter) -> String {
        let html = groups.render(range, depth: blocks[range.lowerBound].containers?.count ?? 0)
        return html.split(separator: "\n", omittingEmptySubsequences: true).joined(separator: "\n")
    }

    /// Escapes the `#` that end a heading's text: Ink 0.6 strips every trailing `#` as a closing sequence.
    /// A heading's id as a header attribute, ` {#contact}` (kramdown, Hugo's Goldmark, pandoc, PHP Markdown
    /// Extra, markdown-it-attrs), so that links to it still lead there once the heading is translated
    /// (fifteenth trial, finding 1); empty for a heading without one, or with one that the attribute syntax
    /// cannot hold (white space, braces, quotes).
    func headingID(_ block: Block) -> String {
        guard block.attributes?[BlockBuilder.markdownAttributesKey] == nil, let id = block.attributes?["id"], !id.isEmpty,
              id.allSatisfy({ $0.isLetter || $0.isNumber || "-_.:".contains($0) }) else { return "" }
        return " {#" + id + "}"
    }

    /// A block attribute list read from the source (`{: .lead}`, `{.lead}`), written back as it was, on the
    /// line after the block (fifteenth trial, finding 2); empty for a block without one.
    func attributeList(_ block: Block) -> String {
        block.attributes?[BlockBuilder.markdownAttributesKey].map { "\n" + $0 } ?? ""
    }

    func protectClosingHashes(_ text: String) -> String {
        guard text.hasSuffix("#") else { return text }
        let hashes = text.reversed().prefix { $0 == "#" }.count
        return String(text.dropLast(hashes)) + String(repeating: "\\#", count: hashes)
    }

    /// A paragraph that is one block-level code span, as a fenced code block.
    func fencedCode(_ block: Block) -> String? {
        let nodes = InlineNode.tree(block.content)
        if nodes.count == 1, case .single(let code) = nodes[0], code.type == .code, code.attributes["display"] == "block" {
            let text = code.attributes["text"] ?? ""
            var fence = "```"
            while text.contains(fence) { fence += "`" }
            return fence + "\n" + text + "\n" + fence
        }
        guard nodes.count == 1, case .pair(let code, let children) = nodes[0], code.type == .code,
              code.attributes["display"] == "block" else { return nil }
        func text(_ nodes: [InlineNode]) -> String {
            nodes.map { node -> String in
                switch node {
                case .single(let c) where c.type == .lineBreak: "\n"
                case .pair(_, let inner): text(inner)
                default: InlineNode.text([node])
                }
            }.joined()
        }
        let text = text(children)
        var fence = "```"
        while text.contains(fence) { fence += "`" }
        return fence + "\n" + text + "\n" + fence
    }

    func list(_ range: Range<Int>, _ references: inout ReferenceDefinitions) -> String {
        var lines: [String] = []
        // The content column of each open level and the next number of ordered levels.
        var columns: [Int] = []
        var numbers: [Int] = []
        for index in range where !attached.attachedBlocks.contains(index) {
            let block = blocks[index]
            let level = max(block.level ?? 1, 1)
            while columns.count > level { columns.removeLast(); numbers.removeLast() }
            if columns.count == level - 1 {
                columns.append(columns.last ?? 0)
                // An ordered list that does not start at 1 (`3.`, `<ol start="3">`) keeps its start (CommonMark 5.3).
                numbers.append(block.attributes?["list.start"].flatMap { Int($0) }.map { max($0, 0) } ?? 1)
            }
            // An item with its own number (`<li value="7">`) sets it, and the items after it go on from it.
            if block.ordered, let value = block.attributes?["value"].flatMap({ Int($0) }), value >= 0, numbers.count >= level {
                numbers[level - 1] = value
            }
            // A level without a parent item (an empty one was dropped) gets an empty parent again.
            while columns.count < level {
                let parentIndent = columns.last ?? 0
                lines.append(String(repeating: " ", count: parentIndent) + "-")
                columns.append(parentIndent + 2)
                numbers.append(1)
            }
            let indent = columns.count >= 2 ? columns[columns.count - 2] : 0
            let marker = block.ordered ? "\(numbers[level - 1])." : "-"
            numbers[level - 1] += 1
            let column = indent + marker.count + 1
            columns[level - 1] = column
            let prefix = String(repeating: " ", count: column)
            lines.append(String(repeating: " ", count: indent) + marker + " " + inline(index, context: .lines(prefix: prefix), &references))
        }
        return lines.joined(separator: "\n")
    }

    func table(_ range: Range<Int>, _ references: inout ReferenceDefinitions) -> String {
        // A pipe table has no spans: a spanning cell is written once, in its first row and column, and the
        // grid positions it covers are empty cells, so that the columns after it stay in place. A cell's
        // `level` counts the columns of its own row's cells only (as HTML's markup does); the columns a
        // `rowspan` from a row above covers are skipped as HTML's table model does (HTML Living Standard,
        // 4.9.12.1).
        var rows: [[String]] = []
        var alignments: [Int: CellAlignment] = [:]  // grid column → the alignment of its first cell that has one
        var previousColumn = Int.max
        var coveredRows: [Int] = []       // grid column (0-based) → rows a rowspan still covers, this one included
        var sourceColumn = 0              // columns of this row's own cells placed so far
        func covered(_ column: Int) -> Bool { column < coveredRows.count && coveredRows[column] > 0 }
        func skipCovered() {
            while covered(rows[rows.count - 1].count) { rows[rows.count - 1].append("") }
        }
        for index in range where !attached.attachedBlocks.contains(index) {
            let column = blocks[index].level ?? 1
            if rows.isEmpty || column <= previousColumn {
                if !rows.isEmpty { coveredRows = coveredRows.map { max($0 - 1, 0) } }
                rows.append([])
                sourceColumn = 0
            }
            // Empty cells are not blocks: pad up to the cell's column.
            while sourceColumn < column - 1 {
                skipCovered()
                rows[rows.count - 1].append("")
                sourceColumn += 1
            }
            skipCovered()
            let gridColumn = rows[rows.count - 1].count
            let columnSpan = max(blocks[index].columnSpan ?? 1, 1)
            if columnSpan == 1, let alignment = blocks[index].alignment, alignments[gridColumn] == nil { alignments[gridColumn] = alignment }
            rows[rows.count - 1].append(inline(index, context: .tableCell, &references))
            rows[rows.count - 1] += Array(repeating: "", count: columnSpan - 1)
            if let rowSpan = blocks[index].rowSpan, rowSpan > 1 {
                if coveredRows.count < gridColumn + columnSpan {
                    coveredRows += Array(repeating: 0, count: gridColumn + columnSpan - coveredRows.count)
                }
                // Counted from this row, which the next row's start takes off.
                for c in gridColumn..<(gridColumn + columnSpan) { coveredRows[c] = rowSpan }
            }
            sourceColumn += columnSpan
            previousColumn = column
        }
        let width = rows.map(\.count).max() ?? 1
        func line(_ cells: [String]) -> String {
            "| " + (cells + Array(repeating: "", count: width - cells.count)).joined(separator: " | ") + " |"
        }
        // The delimiter row carries each column's alignment (GFM spec 0.29, "Tables (extension)").
        let delimiters = (0..<width).map { column -> String in
            switch alignments[column] {
            case .left?: " :-- |"
            case .center?: " :-: |"
            case .right?: " --: |"
            case nil: " --- |"
            }
        }
        var out = [line(rows[0]), "|" + delimiters.joined()]
        out += rows.dropFirst().map(line)
        return out.joined(separator: "\n")
    }

    // MARK: Inline

    enum Context: Equatable {
        /// Running text whose continuation lines (after a hard break) start with `prefix`.
        case lines(prefix: String)
        case heading
        case tableCell
    }

    func inline(_ index: Int, context: Context, _ references: inout ReferenceDefinitions) -> String {
        let nodes = InlineNode.tree(blocks[index].content)
        var renderer = InlineMarkdown(block: index, attached: attached, context: context,
                                      imageBlock: isImageBlock(blocks[index]), plain: InlineNode.plainCharacters(nodes))
        renderer.footnotes = footnotes
        renderer.references = references
        renderer.mdx = mdx
        let out = renderer.render(nodes)
        references = renderer.references
        return out
    }
}

/// The reference definitions (`[label]: destination "title"`) of the links and images that were read as
/// reference links (attribute `ref`), written after the last block. A label is defined once, by its first
/// use; a later use with another destination or title is written inline.
struct ReferenceDefinitions {
    /// Normalised label → (destination, title) as defined.
    private var defined: [String: (destination: String, title: String?)] = [:]
    private(set) var lines: [String] = []

    /// Whether `label` can stand for `destination` and `title`: defines it on first use.
    mutating func use(_ label: String, destination: String, title: String?, definition: () -> String) -> Bool {
        let key = label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !key.isEmpty, !label.contains("]"), !label.contains("["), !label.contains("\\") else { return false }
        if let existing = defined[key] { return existing.destination == destination && existing.title == title }
        defined[key] = (destination, title)
        lines.append("[" + label + "]: " + definition())
        return true
    }
}

/// Renders the inline tree of one block as Markdown.
private struct InlineMarkdown {
    let block: Int
    let attached: AttachedAttributes
    let context: MarkdownWriter.Context
    let imageBlock: Bool
    /// The block's plain text, to see the characters around a delimiter.
    let plain: [Character]
    /// Position in `plain` of the next text to render.
    var offset = 0
    /// The types of the paired codes around the nodes being rendered (Ink 0.6 cannot nest `*` in `*`).
    var enclosing: Set<InlineCode.CodeType> = []
    var output = ""
    /// Reference definitions met so far in the article.
    var references = ReferenceDefinitions()
    /// The labels of the footnotes the article defines.
    var footnotes: Set<String> = []
    /// Whether the article is MDX (``MarkdownWriter/mdx``).
    var mdx = false

    init(block: Int, attached: AttachedAttributes, context: MarkdownWriter.Context, imageBlock: Bool, plain: [Character]) {
        self.block = block
        self.attached = attached
        self.context = context
        self.imageBlock = imageBlock
        self.plain = plain
    }

    mutating func render(_ nodes: [InlineNode]) -> String {
        output = ""
        offset = 0
        emit(nodes)
        return output
    }

    private var atLineStart: Bool {
        context != .tableCell && (output.isEmpty || output.hasSuffix("\n") || lineStartPending)
    }
    private var lineStartPending = false

    private mutating func emit(_ nodes: [InlineNode]) {
        var i = 0
        while i < nodes.count {
            switch nodes[i] {
            case .text(let text):
                output += escape(text, atLineStart: self.atLineStart)
                lineStartPending = false
                offset += text.count
            case .single(let code):
                if code.type == .image, imageBlock, attached.text(block: block, code: code.id, attribute: "alt") == nil {
                    // An image block: the text after the image is its alt text.
                    var alt = ""
                    var j = i + 1
                    while j < nodes.count {
                        if case .text(let t) = nodes[j] { alt += t; offset += t.count; j += 1; continue }
                        if case .single(let c) = nodes[j], c.type == .other, c.attributes["footnote"] == nil, c.attributes["markup"] != nil { alt += c.attributes["markup"]!; j += 1; continue }
                        break
                    }
                    output += image(code, alt: alt)
                    lineStartPending = false
                    i = j
                    continue
                }
                single(code)
            case .pair(let code, let children):
                pair(code, children)
            }
            i += 1
        }
    }

    private mutating func single(_ code: InlineCode) {
        offset += code.plainText.count
        if code.attributes["space-before"] == "yes" { output += " " }
        defer { if code.attributes["space-after"] == "yes" { output += " " } }
        switch code.type {
        case .lineBreak:
            switch context {
            case .lines(let prefix):
                // A backslash break after an escaped backslash would read as "\\" + newline: write that
                // backslash as a character reference instead.
                if output.hasSuffix("\\\\") { output.removeLast(2); output += "&#92;" }
                output += "\\\n" + prefix
                lineStartPending = true
            case .heading, .tableCell:
                output += "<br>"
            }
        case .image:
            output += image(code, alt: attached.text(block: block, code: code.id, attribute: "alt") ?? code.attributes["alt"] ?? "")
            lineStartPending = false
        case .other where code.attributes["html"] != nil:
            output += code.attributes["html"]!
        case .code where code.attributes["element"] != nil:
            // `<kbd>`, `<samp>`: Markdown has no such span; raw HTML, as the reader reads it back.
            output += InlineHTML.render([.single(code)], block: block, attached: attached)
            lineStartPending = false
        case .code:
            output += Self.codeSpan(code.attributes["text"] ?? "")
            lineStartPending = false
        case .other where code.attributes["footnote"] != nil:
            // `[^label]` needs its definition; without one it is written as the page writes it, which reads
            // back as the same reference.
            let label = code.attributes["footnote"]!
            output += footnotes.contains(label) ? "[^\(label)]" : InlineHTML.footnoteReference(label)
        case .other:
            if let markup = code.attributes["markup"] { output += markup }
        default:
            break
        }
    }

    /// Writes a link's text (inside a link: no nested link syntax).
    private mutating func emitLinkText(_ children: [InlineNode]) {
        lineStartPending = false
        let saved = enclosing
        enclosing.insert(.link)
        emit(children)
        enclosing = saved
    }

    private mutating func image(_ code: InlineCode, alt: String) -> String {
        let title = attached.text(block: block, code: code.id, attribute: "title") ?? code.attributes["title"]
            ?? (code.attributes["title-is-text"] == "yes" ? alt : nil)
        let src = code.attributes["src"] ?? ""
        // An Obsidian image embed stays one, `![[sms.png|400]]`, as written (its address is never translated).
        if let embed = code.attributes["wiki"] { return "![[" + embed + "]]" }
        // Markdown's image has no dimensions: an image that has them is written as raw HTML, which reads back the same.
        if code.attributes["width"] != nil || code.attributes["height"] != nil || code.attributes["srcset"] != nil {
            // Markdown's image has no dimensions or candidates: the HTML element.
            return InlineHTML.image(code, alt: alt, title: title)
        }
        // The alt text is read back as a small document of its own: escape as at a line start.
        let text = escape(alt, atLineStart: true)
        if code.attributes["ref"] == "", !text.contains("\n") {
            // `![alt][]`: the alt text is the label.
            let definition = destination(src, title: title)
            if references.use(text, destination: src, title: title, definition: { definition }) { return "![" + text + "][]" }
        }
        return "![" + text + "]" + target(src, title: title, reference: code.attributes["ref"])
    }

    /// `(destination "title")`, or `[label]` for a reference link or image whose label defines (or
    /// already defined) that destination and title.
    private mutating func target(_ url: String, title: String?, reference: String?) -> String {
        let inline = destination(url, title: title)
        if let reference, references.use(reference, destination: url, title: title, definition: { inline }) {
            return "[" + reference + "]"
        }
        return "(" + inline + ")"
    }

    private mutating func pair(_ code: InlineCode, _ children: [InlineNode]) {
        let start = offset
        switch code.type {
        case .link where !mdx && autolink(code, children) != nil:
            // (MDX has no autolinks: `<` opens JSX there, so an MDX article writes the inline form.)
            // An autolink stays one: `<https://…>`, `<name@host>` for a mailto: link showing the address.
            if output.hasSuffix("!") && !output.hasSuffix("\\!") { output.insert("\\", at: output.index(before: output.endIndex)) }
            output += autolink(code, children)!
            offset += InlineNode.plainText(children).count
            lineStartPending = false
        case .link where code.attributes["wiki"] != nil:
            // An Obsidian wiki link stays one: `[[Page]]` when its label is still the page name, else
            // `[[Page|translated label]]` (the page name is never translated).
            let page = code.attributes["wiki"]!
            let labelStart = output.count
            emitLinkText(children)
            let label = String(output.dropFirst(labelStart))
            output = String(output.prefix(labelStart)) + (label == page ? "[[" + page + "]]" : "[[" + page + "|" + label + "]]")
        case .link:
            // A literal "!" right before the link would make it an image.
            if output.hasSuffix("!") && !output.hasSuffix("\\!") { output.insert("\\", at: output.index(before: output.endIndex)) }
            output += "["
            let textStart = output.count
            emitLinkText(children)
            let title = attached.text(block: block, code: code.id, attribute: "title") ?? code.attributes["title"]
                ?? (code.attributes["title-is-text"] == "yes" ? InlineNode.plainText(children) : nil)
            let href = code.attributes["href"] ?? ""
            let text = String(output.dropFirst(textStart))
            let definition = destination(href, title: title)
            if code.attributes["ref"] == "", !text.contains("\n"),
               references.use(text, destination: href, title: title, definition: { definition }) {
                // `[text][]`: the link text is the label.
                output += "][]"
            } else {
                output += "]" + target(href, title: title, reference: code.attributes["ref"])
            }
        case .emphasis, .strong:
            let delimiter = code.type == .emphasis ? "*" : "**"
            var inner = InlineMarkdown(block: block, attached: attached, context: context, imageBlock: false, plain: plain)
            inner.offset = offset
            inner.enclosing = enclosing.union([code.type])
            inner.lineStartPending = false
            inner.output = ""
            inner.references = references
            inner.footnotes = footnotes
            inner.mdx = mdx
            inner.emit(children)
            references = inner.references
            let end = inner.offset
            offset = end
            let before = start > 0 && start - 1 < plain.count ? plain[start - 1] : nil
            let after = end >= 0 && end < plain.count ? plain[end] : nil
            if !enclosing.contains(code.type), canDelimit(inner.output, before: output.last ?? before, after: after) {
                output += delimiter + inner.output + delimiter
            } else {
                let tag = code.type == .emphasis ? "em" : "strong"
                output += "<\(tag)>" + InlineHTML.render(children, block: block, attached: attached) + "</\(tag)>"
            }
            lineStartPending = false
        case .code:
            offset += InlineNode.plainText(children).count
            output += Self.codeSpan(InlineNode.text(children))
            lineStartPending = false
        case .other where code.attributes["element"] == "s":
            output += "~~"
            lineStartPending = false
            emit(children)
            output += "~~"
        case .superscript, .subscript, .underline:
            let tag = code.type == .superscript ? "sup" : code.type == .subscript ? "sub" : "u"
            offset += InlineNode.plainText(children).count
            output += "<\(tag)>" + InlineHTML.render(children, block: block, attached: attached) + "</\(tag)>"
            lineStartPending = false
        case .other where ["abbr", "time", "q", "mark"].contains(code.attributes["element"] ?? "") || code.attributes["lang"] != nil:
            // Markdown has no abbreviation, time, quotation, highlight or language span: raw HTML, as the reader
            // reads it back.
            offset += InlineNode.plainText(children).count
            output += InlineHTML.render([.pair(code, children)], block: block, attached: attached)
            lineStartPending = false
        default:
            emit(children)
        }
    }

    /// A code span holding `text`: a backtick run longer than any inside it, padded with a space when the
    /// text starts or ends with a backtick or is wrapped in spaces (CommonMark 0.31, 6.1).
    static func codeSpan(_ text: String) -> String {
        var longest = 0, run = 0
        for c in text { if c == "`" { run += 1; longest = max(longest, run) } else { run = 0 } }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = text.hasPrefix("`") || text.hasSuffix("`") || (text.hasPrefix(" ") && text.hasSuffix(" ") && !text.allSatisfy { $0 == " " }) ? " " : ""
        return fence + pad + text + pad + fence
    }

    /// Whether `*` delimiters around `inner` can open and close (CommonMark 0.31, 6.2), and do not
    /// touch another `*` (which Ink 0.6 would misread).
    private func canDelimit(_ inner: String, before: Character?, after: Character?) -> Bool {
        guard let first = inner.first, let last = inner.last else { return false }
        if first.isWhitespace || last.isWhitespace || first == "*" || last == "*" || before == "*" || after == "*" { return false }
        func isPunctuation(_ c: Character) -> Bool { c.isPunctuation || c.isSymbol }
        if isPunctuation(first), let before, !(before.isWhitespace || isPunctuation(before)) { return false }
        if isPunctuation(last), let after, !(after.isWhitespace || isPunctuation(after)) { return false }
        return true
    }

    /// The autolink form of a link whose text is exactly its address (`<https://x.be>`; `<a@b.be>` for
    /// `mailto:a@b.be`), when that form reads back as the same link (CommonMark 0.31, 6.5), else `nil`.
    private func autolink(_ code: InlineCode, _ children: [InlineNode]) -> String? {
        guard code.attributes["ref"] == nil, let href = code.attributes["href"],
              attached.text(block: block, code: code.id, attribute: "title") == nil, code.attributes["title"] == nil,
              children.count == 1, case .text(let text) = children[0] else { return nil }
        let shown = href.hasPrefix("mailto:") ? String(href.dropFirst("mailto:".count)) : href
        guard text == shown, !shown.isEmpty,
              !shown.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\\" || $0 == "&" || $0 == "`" || $0.asciiValue.map { $0 < 0x20 } ?? false }) else { return nil }
        let scheme = href.prefix { $0 != ":" }
        guard scheme.count >= 2, scheme.count < href.count, scheme.first!.isASCII, scheme.first!.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-") }) else { return nil }
        if href.hasPrefix("mailto:") {
            let parts = shown.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
                  parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }) else { return nil }
        }
        return "<" + shown + ">"
    }

    private func destination(_ url: String, title: String?) -> String {
        var depth = 0
        var balanced = true
        for c in url {
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1; if depth < 0 { balanced = false } }
        }
        // A template tag's own spaces are the generator's, read before Markdown (`{{ site.url }}/en/`): written as they were.
        let outside = Shortcode.removingTags(url)
        let bare = !url.isEmpty && balanced && depth == 0 && !outside.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\\" })
        var out = bare ? url : "<" + url.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "<", with: "\\<").replacingOccurrences(of: ">", with: "\\>") + ">"
        if let title, !title.isEmpty {
            out += " \"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return out
    }

    /// Whether the `^` or `~` at `i` could open or close pandoc's superscript or subscript when read back:
    /// the same mark comes again before or after it with no white space between.
    static func couldPair(_ chars: [Character], _ i: Int) -> Bool {
        let mark = chars[i]
        var j = i + 1
        while j < chars.count, !chars[j].isWhitespace { if chars[j] == mark { return true }; j += 1 }
        j = i - 1
        while j >= 0, !chars[j].isWhitespace { if chars[j] == mark { return true }; j -= 1 }
        return false
    }

    /// Whether the `&` at `index` starts what CommonMark reads as a character reference (0.31, 2.5): a name
    /// of ASCII letters and digits, `#` and 1–7 decimal digits, or `#x` and 1–6 hexadecimal digits, then `;`.
    /// Only such an `&` needs its backslash: a web address's query ("?utm_source=x&utm_medium=social") is
    /// written as it is, so a Markdown processor that links bare addresses links the right one (session 19).
    /// - Complexity: O(1): at most 33 Characters are read.
    static func startsCharacterReference(_ chars: [Character], _ index: Int) -> Bool {
        var k = index + 1
        guard k < chars.count else { return false }
        if chars[k] == "#" {
            k += 1
            let hex = k < chars.count && (chars[k] == "x" || chars[k] == "X")
            if hex { k += 1 }
            let start = k
            while k < chars.count, k - start < 8, hex ? chars[k].isHexDigit : (chars[k].isASCII && chars[k].isNumber) { k += 1 }
            return k > start && k - start <= (hex ? 6 : 7) && k < chars.count && chars[k] == ";"
        }
        let start = k
        while k < chars.count, k - start < 33, chars[k].isASCII, chars[k].isLetter || chars[k].isNumber { k += 1 }
        return k > start && chars[start].isLetter && k < chars.count && chars[k] == ";"
    }

    /// Escapes text so that Markdown reads it back as the same characters.
    private func escape(_ text: String, atLineStart: Bool) -> String {
        let chars = Array(text)
        var out = ""
        let inTable = context == .tableCell
        for (i, c) in chars.enumerated() {
            let previous: Character? = i > 0 ? chars[i - 1] : output.last
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            switch c {
            case "\\", "`", "*", "[", "]", "<":
                out += "\\" + String(c)
            case "{" where mdx, "}" where mdx:
                out += "\\" + String(c)
            case "_":
                let inWord = (previous?.isLetter == true || previous?.isNumber == true) && (next?.isLetter == true || next?.isNumber == true)
                out += inWord ? "_" : "\\_"
            case "~" where previous == "~" || next == "~" || Self.couldPair(chars, i):
                // Ink 0.6 reads `~~` as strike-through, the reader pandoc's `~sub~` (session 12).
                out += "\\~"
            case "^" where Self.couldPair(chars, i):
                // The reader takes pandoc's `^sup^` (session 12).
                out += "\\^"
            case "&" where Self.startsCharacterReference(chars, i):
                out += "\\&"
            case "|" where inTable:
                out += "\\|"
            default:
                out.append(c)
            }
        }
        guard atLineStart, let first = chars.first else { return out }
        switch first {
        case "#", ">", "=", "|":
            return "\\" + out
        case "-":
            return "\\" + out
        case "+":
            return chars.count == 1 || chars[1] == " " || chars[1] == "\t" ? "\\" + out : out
        case ":", "~" where out.first == first:
            // `: text` and `~ text` start a definition list's description (pandoc, kramdown, Goldmark).
            return chars.count > 1 && (chars[1] == " " || chars[1] == "\t") ? "\\" + out : out
        default:
            if first.isASCII, first.isNumber {
                let digits = chars.prefix { $0.isASCII && $0.isNumber }
                if digits.count < chars.count, chars[digits.count] == "." || chars[digits.count] == ")" {
                    var escaped = out
                    let index = escaped.index(escaped.startIndex, offsetBy: digits.count)
                    escaped.insert("\\", at: index)
                    return escaped
                }
            }
            return out
        }
    }

}
