import TaalgrensCore

// Footnote codes, preformatted text and embedded content for ``BlockBuilder`` (docs/articles.md).
extension BlockBuilder {
    /// The attributes of a footnote reference's code: its label, and `markup` = `[^label]` (what Markdown
    /// writes, and the code's native text in TMX and XLIFF).
    static func footnoteReference(_ label: String) -> [String: String] {
        ["footnote": label, "markup": "[^\(label)]"]
    }

    /// The attributes of the code that leads a footnote's text: its label, and `markup` = `[^label]: `.
    static func footnoteDefinition(_ label: String) -> [String: String] {
        ["footnote-definition": label, "markup": "[^\(label)]: "]
    }

    /// A footnote's label from an element id or a fragment (`fn-1`, `fn:1`, `fn1` → `1`); `nil` when empty.
    static func footnoteLabel(id: String?) -> String? {
        guard var label = id?.trimmingCharacters(in: .whitespaces), !label.isEmpty else { return nil }
        for prefix in ["fn-", "fn:", "fn"] where label.hasPrefix(prefix) && label.count > prefix.count {
            label.removeFirst(prefix.count)
            break
        }
        return label
    }

    /// Whether a link is a footnote's way back to its reference (TRIAL9 finding 5), which the renderers write
    /// themselves: role `doc-backlink` is handled by the caller; here class `footnote-back`,
    /// `footnote-backref` or `reversefootnote` (Pandoc, Hugo/Goldmark, Python-Markdown), or, inside a
    /// footnotes section, a link to `#fnref…` (WordPress and hand-written notes: `<a href="#fnref1">↩</a>`).
    static func isFootnoteBacklink(_ node: HTMLNode, classes: Set<String>, inEndnotes: Bool) -> Bool {
        if !classes.isDisjoint(with: ["footnote-back", "footnote-backref", "reversefootnote"]) { return true }
        guard inEndnotes, let href = node.attributes["href"], href.hasPrefix("#") else { return false }
        let target = href.dropFirst().lowercased()
        // In a notes list, an in-page link showing no letter or digit ("↩︎", "^") is the way back too
        // (WordPress's block footnotes link to `#<id>-link`, session 12).
        return target.hasPrefix("fnref") || !node.textContent.contains(where: { $0.isLetter || $0.isNumber })
    }

    /// The label of a footnote reference written as a superscript link to a note, `<sup><a href="#fn1">1</a></sup>`
    /// (the `sup` holds only that link, its target `#fn…` but not `#fnref…`), or `nil`.
    static func footnoteReferenceLabel(inSup node: HTMLNode) -> String? {
        let elements = node.children.filter { $0.kind == .element }
        let text = node.children.filter { $0.kind == .text }.map(\.text).joined()
        guard elements.count == 1, let link = elements.first, link.name == "a", text.allSatisfy(BlockBuilder.isHTMLSpace),
              let href = link.attributes["href"], href.hasPrefix("#fn"), !href.lowercased().hasPrefix("#fnref") else { return nil }
        return footnoteLabel(id: String(href.dropFirst()))
    }

    /// Walks a footnote's text: a paragraph led by the definition's code for `label`.
    mutating func walkFootnoteText(_ node: HTMLNode, label: String, _ enclosing: Context) {
        var context = enclosing
        flush()
        context.kind = .paragraph
        context.level = nil
        context.role = nil
        pendingFootnote = label
        walkChildren(node, context)
        flush()
        pendingFootnote = nil
    }

    /// The numbers WordPress's block footnotes show, by note id: each `<sup data-fn="id">` → its text
    /// ("1"), so the note's reference and text get the label the page shows (session 12).
    static func wordPressFootnoteNumbers(under root: HTMLNode) -> [String: String] {
        var numbers: [String: String] = [:]
        for sup in root.elements(named: "sup") {
            guard let id = sup.attributes["data-fn"], !id.isEmpty else { continue }
            let shown = collapse(sup.textContent)
            if !shown.isEmpty, shown.allSatisfy({ $0.isLetter || $0.isNumber }), numbers[id] == nil { numbers[id] = shown }
        }
        return numbers
    }

    /// The text of a `<pre>` as written: text nodes, `<br>` as a line feed.
    static func preformattedText(_ node: HTMLNode) -> String {
        switch node.kind {
        case .text:
            // Unicode's other line breaks (``lineSeparators``) are line feeds of the code.
            guard node.text.unicodeScalars.contains(where: { lineSeparators[$0] != nil }) else { return node.text }
            return String(String.UnicodeScalarView(node.text.unicodeScalars.map { lineSeparators[$0] != nil ? "\n" : $0 }))
        case .comment: return ""
        case .element: return node.name == "br" ? "\n" : node.children.map(preformattedText).joined()
        }
    }

    /// Adds an embed block (role ``BlockRole/embed``, kind `paragraph`) for `html`, kept as written, and an
    /// attached `caption` block for each translatable attribute value (``EmbedMarkup``).
    mutating func addEmbed(_ html: String, line: Int?) {
        addEmbed(EmbedMarkup.pieces(html), line: line)
    }

    /// Adds an embed block made of `pieces`; `shortcode` marks template tags (``Shortcode``): each code
    /// carries `shortcode=yes`, so that the renderers escape slot values the template's way and
    /// `article.html` shows the tags as code.
    mutating func addEmbed(_ pieces: [EmbedMarkup.Piece], line: Int?, shortcode: Bool = false) {
        flush()
        var elements: [InlineElement] = []
        var slots: [(id: String, attribute: String, value: String)] = []
        let mark: [String: String] = shortcode ? ["shortcode": "yes"] : [:]
        for piece in pieces {
            let id = String(elements.count + 1)
            switch piece {
            case .markup(let markup):
                elements.append(.code(InlineCode(id: id, kind: .standalone, type: .other, attributes: ["html": markup].merging(mark) { a, _ in a })))
            case .slot(let attribute, let value):
                elements.append(.code(InlineCode(id: id, kind: .standalone, type: .other, attributes: ["slot": attribute].merging(mark) { a, _ in a })))
                slots.append((id, attribute, value))
            }
        }
        guard !elements.isEmpty else { return }
        let owner = built.count
        record(Built(block: Block(kind: .paragraph, content: RichText(elements), line: line, role: .embed)))
        for slot in slots {
            let (text, _) = Self.finish([Work(.text(Self.collapse(slot.value)))], firstID: 2)
            record(Built(block: Block(kind: .caption, content: text, line: line), attachment: (owner, slot.id, slot.attribute)))
        }
    }
}
