import TaalgrensCore

/// Writes a range of an article's blocks as HTML body markup: ``HTMLRenderer``'s block rules (see there),
/// also used by ``MarkdownRenderer`` for a figure, which Markdown cannot write otherwise.
///
/// A quotation (``Block/quote``) and a figure (``Block/figure``) are the runs of consecutive blocks with
/// the same number; each becomes one `<blockquote>` or `<figure>` holding its blocks written by the same
/// rules. When a run of one starts where a run of the other starts, the longer run is the outer element
/// (a figure holding a quotation and its caption; a quotation holding an image and its caption), the
/// figure on a tie.
struct HTMLBlockWriter {
    /// The article's blocks, typography applied.
    let blocks: [Block]
    let attached: AttachedAttributes

    enum GroupKind { case quote, figure }

    /// Whether block `i` belongs to the same quotation and figure as `block`.
    func sameGroup(_ i: Int, as block: Block) -> Bool {
        blocks[i].quote == block.quote && blocks[i].figure == block.figure
    }

    /// The end of the run from `start` (inside `range`) of blocks whose `path` number is `number`;
    /// attached blocks do not end it.
    func runEnd(from start: Int, in range: Range<Int>, _ path: KeyPath<Block, Int?>, _ number: Int) -> Int {
        var end = start
        while end < range.upperBound, attached.attachedBlocks.contains(end) || blocks[end][keyPath: path] == number { end += 1 }
        // Attached blocks after the run belong to its last block, or to the block after it: keep only those
        // whose owner is inside.
        while end > start + 1, attached.attachedBlocks.contains(end - 1), blocks[end - 1][keyPath: path] != number { end -= 1 }
        return end
    }

    /// The quotation or figure that starts at block `index` and is not the one being written (`quote`,
    /// `figure`), with the end of its run; `nil` when the block starts none.
    func enclosingGroup(at index: Int, in range: Range<Int>, quote: Int?, figure: Int?) -> (kind: GroupKind, end: Int)? {
        let block = blocks[index]
        let figureEnd = block.figure.flatMap { $0 == figure ? nil : runEnd(from: index, in: range, \.figure, $0) }
        let quoteEnd = block.quote.flatMap { $0 == quote ? nil : runEnd(from: index, in: range, \.quote, $0) }
        switch (figureEnd, quoteEnd) {
        case let (f?, q?): return f >= q ? (.figure, f) : (.quote, q)
        case let (f?, nil): return (.figure, f)
        case let (nil, q?): return (.quote, q)
        case (nil, nil): return nil
        }
    }

    /// Writes the blocks of `range` (attached blocks are skipped: they fill their owners' attributes).
    /// - Parameters:
    ///   - range: block indices.
    ///   - quote: the number of the quotation being written around these blocks, or `nil`.
    ///   - figure: the number of the figure being written around these blocks, or `nil`.
    ///   - depth: how many of the blocks' containers (``Block/containers``) are open around these blocks.
    /// - Complexity: O(n) in the size of the blocks, times the nesting depth of containers, quotations and figures.
    func render(_ range: Range<Int>, quote: Int? = nil, figure: Int? = nil, depth: Int = 0) -> String {
        var body = ""
        var index = range.lowerBound
        while index < range.upperBound {
            if attached.attachedBlocks.contains(index) { index += 1; continue }
            let block = blocks[index]
            if let chain = block.containers, chain.count > depth {
                // A container starts here (a section, a post, a details box): the run of blocks inside it.
                let container = chain[depth]
                var end = index + 1
                while end < range.upperBound, let other = blocks[end].containers, other.count > depth, other[depth] == container { end += 1 }
                body += "<\(container.element)\(Self.attributes(container.attributes))>\n"
                    + render(index..<end, quote: quote, figure: figure, depth: depth + 1) + "</\(container.element)>\n"
                index = end
                continue
            }
            if let group = enclosingGroup(at: index, in: range, quote: quote, figure: figure) {
                // A quotation or figure starts here: its blocks inside their element.
                switch group.kind {
                case .figure:
                    body += "<figure\(Self.attributes(block.attributes, prefix: "figure."))>\n"
                        + render(index..<group.end, quote: quote, figure: block.figure, depth: depth) + "</figure>\n"
                case .quote:
                    body += "<blockquote\(Self.attributes(block.attributes, prefix: "quote."))>\n"
                        + render(index..<group.end, quote: block.quote, figure: figure, depth: depth) + "</blockquote>\n"
                }
                index = group.end
                continue
            }
            body += renderElement(at: &index, in: range, quote: quote, figure: figure)
        }
        return body
    }

    /// The element that starts at block `index`: one block, or the run of blocks that forms one element
    /// (a definition list, a list, a table, a figure of captions), after which `index` points.
    func renderElement(at index: inout Int, in range: Range<Int>, quote: Int?, figure: Int?) -> String {
        let block = blocks[index]
        let own = Self.attributes(block.attributes)
        if block.role == .summary {
            // The label of a details box: its text, or its heading, inside <summary>.
            index += 1
            if block.kind == .heading {
                let level = min(max(block.level ?? 2, 1), 6)
                return "<summary><h\(level)>\(inline(index - 1))</h\(level)></summary>\n"
            }
            return "<summary\(own)>\(inline(index - 1))</summary>\n"
        }
        switch block.kind {
        case .title:
            index += 1
            return "<h1\(own)>\(inline(index - 1))</h1>\n"
        case .heading:
            let level = min(max(block.level ?? 2, 1), 6)
            index += 1
            return "<h\(level)\(own)>\(inline(index - 1))</h\(level)>\n"
        case .paragraph where block.role == .embed:
            index += 1
            return embed(index - 1) + "\n"
        case .paragraph where isDefinitionListItem(block):
            return renderDefinitionList(at: &index, in: range)
        case .paragraph:
            index += 1
            return renderParagraph(index - 1)
        case .quote where quote != nil:
            // A paragraph of the quotation being written, or its source (<footer>).
            index += 1
            let element = block.role == .attribution ? "footer" : "p"
            return "<\(element)\(own)>\(inline(index - 1))</\(element)>\n"
        case .quote:
            return renderUnnumberedQuote(at: &index, in: range)
        case .listItem:
            return renderList(at: &index, in: range)
        case .caption where block.role == .tableCaption, .tableCell:
            return renderTable(at: &index, in: range)
        case .caption where figure != nil:
            // Inside the figure being written: an image as it is, a caption as its `<figcaption>`.
            index += 1
            return isImageBlock(block) ? inline(index - 1) + "\n" : "<figcaption\(Self.attributes(block.attributes))>\(inline(index - 1))</figcaption>\n"
        case .caption:
            return renderFigure(at: &index, in: range)
        }
    }

    /// A paragraph: a footnote's text, a code block (`<pre>`: a block-level code alone) or a `<p>`.
    func renderParagraph(_ index: Int) -> String {
        let block = blocks[index]
        let nodes = InlineNode.tree(block.content)
        if let label = footnoteLabel(block) {
            return "<p\(InlineHTML.footnoteAttributes(label))>\(inline(index))</p>\n"
        } else if nodes.count == 1, case .single(let code) = nodes[0], code.type == .code, code.attributes["display"] == "block" {
            return "<pre>\(inline(index))</pre>\n"
        } else if nodes.count == 1, case .pair(let code, _) = nodes[0], code.type == .code, code.attributes["display"] == "block" {
            return "<pre>\(inline(index))</pre>\n"
        }
        // A paragraph of Obsidian comments alone shows nothing: no empty `<p>` either.
        if !block.content.elements.isEmpty, block.content.elements.allSatisfy({ element in
            if case .code(let code) = element { code.attributes["comment"] != nil } else { false }
        }) { return "" }
        return "<p\(Self.attributes(block.attributes))>\(inline(index))</p>\n"
    }

    /// Consecutive terms and descriptions: one definition list.
    func renderDefinitionList(at index: inout Int, in range: Range<Int>) -> String {
        let block = blocks[index]
        return renderRun(at: &index, in: range, container: "dl",
                         while: { isDefinitionListItem(blocks[$0]) && sameGroup($0, as: block) },
                         element: { $0.role == .definitionTerm ? "dt" : "dd" })
    }

    /// Quotes without a number (read before quotations were numbered): consecutive ones are one.
    func renderUnnumberedQuote(at index: inout Int, in range: Range<Int>) -> String {
        renderRun(at: &index, in: range, container: "blockquote",
                  while: { blocks[$0].kind == .quote && blocks[$0].quote == nil },
                  element: { $0.role == .attribution ? "footer" : "p" })
    }

    /// The blocks from `index` on, while `continues` holds for them, each as its own element (with its kept
    /// attributes) inside one `container` element; attached blocks (an image's or link's `alt` and `title`
    /// texts, rendered inside their owner) ride along without an element of their own. Leaves `index` after
    /// the run.
    private func renderRun(at index: inout Int, in range: Range<Int>, container: String,
                           while continues: (Int) -> Bool, element: (Block) -> String) -> String {
        var body = "<\(container)>\n"
        while index < range.upperBound, attached.attachedBlocks.contains(index) || continues(index) {
            if !attached.attachedBlocks.contains(index) {
                let name = element(blocks[index])
                body += "<\(name)\(Self.attributes(blocks[index].attributes))>\(inline(index))</\(name)>\n"
            }
            index += 1
        }
        return body + "</\(container)>\n"
    }

    /// Consecutive list items: nested `<ul>`/`<ol>` by their levels.
    func renderList(at index: inout Int, in range: Range<Int>) -> String {
        let block = blocks[index]
        var body = ""
        var open: [(ordered: Bool, level: Int)] = []
        while index < range.upperBound, attached.attachedBlocks.contains(index) || blocks[index].kind == .listItem && sameGroup(index, as: block) {
            if attached.attachedBlocks.contains(index) { index += 1; continue }
            let item = blocks[index]
            let level = max(item.level ?? 1, 1)
            while let last = open.last, last.level > level || (last.level == level && last.ordered != item.ordered) {
                body += "</li>\n</\(last.ordered ? "ol" : "ul")>\n"
                open.removeLast()
            }
            if let last = open.last, last.level == level {
                body += "</li>\n"
            } else {
                while (open.last?.level ?? 0) < level {
                    // The list the item opens takes the attributes its first item carries (`start`, `reversed`, `type`).
                    let listAttributes = (open.last?.level ?? 0) + 1 == level ? Self.attributes(item.attributes, prefix: "list.") : ""
                    body += "<\(item.ordered ? "ol" : "ul")\(listAttributes)>\n"
                    open.append((item.ordered, (open.last?.level ?? 0) + 1))
                }
            }
            body += "<li\(Self.attributes(item.attributes))>\(inline(index))"
            index += 1
        }
        while let last = open.popLast() { body += "</li>\n</\(last.ordered ? "ol" : "ul")>\n" }
        return body
    }

    /// A table's caption and consecutive cells: rows start where the column number does not grow.
    func renderTable(at index: inout Int, in range: Range<Int>) -> String {
        let block = blocks[index]
        var body = "<table\(Self.attributes(block.attributes, prefix: "table."))>\n"
        if block.kind == .caption {
            body += "<caption\(Self.attributes(block.attributes))>\(inline(index))</caption>\n"
            index += 1
        }
        var previousColumn = Int.max
        var rowOpen = false
        var cellsInRow = 0
        var rowGroup: String?
        while index < range.upperBound, attached.attachedBlocks.contains(index) || blocks[index].kind == .tableCell && sameGroup(index, as: block) {
            if attached.attachedBlocks.contains(index) { index += 1; continue }
            let column = blocks[index].level ?? 1
            // A row group (`<thead>`, `<tbody>`, `<tfoot>`) starts with the first cell of its first row.
            let group = blocks[index].attributes?["row.group"].flatMap { Self.rowGroups.contains($0) ? $0 : nil }
            if column <= previousColumn || group != rowGroup {
                if rowOpen { body += "</tr>\n" }
                if group != rowGroup {
                    if let rowGroup { body += "</\(rowGroup)>\n" }
                    if let group { body += "<\(group)>\n" }
                    rowGroup = group
                }
                body += "<tr>"
                rowOpen = true
                cellsInRow = 0
            }
            let cell = blocks[index].role == .headerCell ? "th" : "td"
            let columnSpan = max(blocks[index].columnSpan ?? 1, 1)
            var spans = Self.attributes(blocks[index].attributes)
            if columnSpan > 1 { spans += " colspan=\"\(columnSpan)\"" }
            if let rowSpan = blocks[index].rowSpan, rowSpan > 1 { spans += " rowspan=\"\(rowSpan)\"" }
            if let alignment = blocks[index].alignment { spans += " style=\"text-align: \(alignment.rawValue)\"" }
            body += String(repeating: "<td></td>", count: max(column - 1 - cellsInRow, 0)) + "<\(cell)\(spans)>\(inline(index))</\(cell)>"
            cellsInRow = max(column, cellsInRow + 1) + columnSpan - 1
            previousColumn = column
            index += 1
        }
        if rowOpen { body += "</tr>\n" }
        if let rowGroup { body += "</\(rowGroup)>\n" }
        body += "</table>\n"
        return body
    }

    /// An image and its plain captions, outside a numbered figure: one `<figure>`.
    func renderFigure(at index: inout Int, in range: Range<Int>) -> String {
        let block = blocks[index]
        var body = "<figure\(Self.attributes(block.attributes, prefix: "figure."))>\n"
        if isImageBlock(block) {
            body += inline(index) + "\n"
            index += 1
        }
        while index < range.upperBound, attached.attachedBlocks.contains(index) || isPlainCaption(index) && sameGroup(index, as: block) {
            if !attached.attachedBlocks.contains(index) { body += "<figcaption\(Self.attributes(blocks[index].attributes))>\(inline(index))</figcaption>\n" }
            index += 1
        }
        body += "</figure>\n"
        return body
    }

    /// Block `i`'s content as inline HTML.
    func inline(_ i: Int) -> String {
        InlineHTML.render(InlineNode.tree(blocks[i].content), block: i, attached: attached, imageBlock: isImageBlock(blocks[i]))
    }

    /// Whether block `i` is a figure caption of its own (not a table's, not an image, not attached).
    func isPlainCaption(_ i: Int) -> Bool {
        blocks[i].kind == .caption && blocks[i].role == nil && !isImageBlock(blocks[i]) && !attached.attachedBlocks.contains(i)
    }

    /// Whether `block` is a definition list's term or description.
    func isDefinitionListItem(_ block: Block) -> Bool {
        block.kind == .paragraph && (block.role == .definitionTerm || block.role == .definitionDescription)
    }

    /// Block `i`, an embed, as its markup with its attached texts filled in.
    /// Template tags (``Shortcode``) mean nothing to a browser: they are shown as code
    /// (`<pre class="shortcode"><code>…</code></pre>`), translated attribute values in place.
    func embed(_ i: Int) -> String {
        let markup = EmbedMarkup.render(blocks[i].content) { attached.text(block: i, code: $0.id, attribute: $0.attributes["slot"] ?? "") ?? "" }
        guard blocks[i].content.codes.first?.attributes["shortcode"] == "yes" else { return markup }
        // A template's comment (`{% comment %}…{% endcomment %}`, `{# … #}`) is never shown.
        if Shortcode.isOnlyComments(markup) { return "" }
        return "<pre class=\"shortcode\"><code>" + MarkupEscaping.text(markup) + "</code></pre>"
    }

    /// The row-group elements a table cell's `row.group` may name.
    static let rowGroups: Set<String> = ["thead", "tbody", "tfoot"]

    /// Kept attributes (``Block/attributes``, ``BlockContainer/attributes``) as HTML: those whose name has
    /// `prefix` (the prefix removed), or with no prefix those whose name has no `.`; sorted by name, values
    /// escaped, an empty value written as the bare name (`open`, `reversed`).
    static func attributes(_ attributes: [String: String]?, prefix: String = "") -> String {
        guard let attributes else { return "" }
        var out = ""
        for key in attributes.keys.sorted() {
            let name: Substring
            if prefix.isEmpty {
                guard !key.contains(".") else { continue }
                name = key[...]
            } else {
                guard key.hasPrefix(prefix) else { continue }
                name = key.dropFirst(prefix.count)
            }
            // Only plain attribute names are written (a name is never escaped).
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { continue }
            let value = attributes[key] ?? ""
            out += value.isEmpty ? " \(name)" : " \(name)=\"\(MarkupEscaping.attribute(value))\""
        }
        return out
    }
}
