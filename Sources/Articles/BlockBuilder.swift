import TaalgrensCore

/// Turns a light HTML DOM (from a CMS page, or from Ink's rendering of Markdown) into blocks with inline
/// codes. The rules are listed in `docs/articles.md`; in short:
///
/// - Block elements (`p`, `h1`–`h6`, `li`, `blockquote`, `td`/`th`, `figcaption`/`caption`, `pre`, and the
///   containers `div`, `section`, `article`, `figure`, …) end the block being collected. Because a block
///   element ends the block *wherever* it sits, HTML5 elements that libxml2 2.9.14's HTML4 parser leaves
///   nested inside an open `<p>` (`<nav>`, `<section>`, `<figure>`, `<footer>`) still split the paragraph.
/// - Inline elements become inline codes: `a[href]` → link (attribute `href`, possibly empty), `em`/`i` → emphasis,
///   `strong`/`b` → strong, `code`/`kbd`/`samp`/`tt` → code, `sup`, `sub`, `u`, `s`/`del`/`strike` →
///   `other` with attribute `element` = `s`, `br` → standalone line break, `img` → standalone image
///   (attribute `src`). Other inline elements (`span`, `abbr`, `time`, …) are transparent.
/// - Two `<br>` in a row end the paragraph (CMS editors write paragraphs that way); line breaks with only
///   inline tags between them count as one.
/// - Translatable attributes become blocks: an image alone in its block becomes a `caption` block whose
///   text is the `alt` text (led by the image code); the `alt` of an image inside running text and the
///   `title` of images and links become *attached* `caption` blocks right after their block, led by a
///   standalone `other` code whose attributes `attribute` (`alt` or `title`) and `owner`
///   (`"<block index>:<code id>"`) say where the text belongs.
/// - An image without alt text is an image block without text (kept for rendering). Embedded content
///   (`iframe`, `video`, …, ``EmbedMarkup``) and raw HTML blocks without text become blocks of role
///   `embed` whose `alt`, `title` and `aria-label` values are attached blocks. `<th>` cells have role
///   `headerCell`, `<caption>` role `tableCaption`; `abbr[title]` is a paired `other` code
///   (`element=abbr`) whose title is attached. Footnote references (`[^1]`, `a[role=doc-noteref]`) are
///   standalone `other` codes; a footnote's text is a paragraph led by one.
/// - Whitespace collapses as in HTML (outside `pre`); U+00A0 is kept. Whitespace at the inner edge of a
///   paired code moves outside it, empty pairs are dropped, line breaks at a block's edges are dropped; a
///   space next to a code without text that would double a space is recorded on the code instead.
/// - Soft hyphens (U+00AD) and zero-width spaces (U+200B) become standalone `other` codes with attribute
///   `markup` holding the character: out of the plain text that segmentation and matching see, kept for
///   rendering. Text runs are normalised to NFC.
struct BlockBuilder {
    /// Which `<h1>` becomes the article's title block.
    enum TitleRule {
        /// The first `<h1>` anywhere (HTML pages); it is moved to block 0.
        case firstH1
        /// An `<h1>` only when it is the first block (Markdown without a front-matter title).
        case leadingH1
        /// Never (Markdown with a front-matter title: every `#` heading is a heading).
        case none
    }

    /// A Markdown link or image destination the pre-processor replaced with a token.
    struct LinkTarget {
        var destination: String
        var title: String?
        /// For images: the alt text as plain text.
        var alt: String?
        /// The label of a reference link or image (`[text][label]`), as written.
        var reference: String?
        /// For a footnote reference (`[^label]`) or definition (`[^label]: …`): its label.
        var footnote: String?
        /// Whether ``footnote`` is a definition's label rather than a reference's.
        var footnoteDefinition = false
    }

    var titleRule: TitleRule
    /// Skip site chrome (`nav`, `footer`, `aside`, site-level `header`, ARIA landmarks of chrome).
    var skipsChrome: Bool
    /// Token → destination, for Markdown read through Ink (see ``MarkdownPreprocessor``).
    var linkTargets: [String: LinkTarget] = [:]
    /// Placeholder number → raw HTML block without text, for Markdown read through Ink (see
    /// ``MarkdownPreprocessor``): each becomes an embed block kept as written.
    var rawBlocks: [String: String] = [:]
    /// Whether the page has an `<article>` or `<main>` element (decides which `<header>` is site chrome).
    var pageHasMainContent = false

    /// `datetime` values of `<time>` elements met in content, in document order.
    private(set) var timeValues: [String] = []

    // MARK: Output

    /// A block before the final assembly: an attached block knows its owner by local index.
    struct Built {
        var block: Block
        var attachment: (owner: Int, codeID: String, attribute: String)?
    }

    private(set) var built: [Built] = []
    private var titleFound = false

    init(titleRule: TitleRule, skipsChrome: Bool, titleAlreadyKnown: Bool = false) {
        self.titleRule = titleRule
        self.skipsChrome = skipsChrome
        self.titleFound = titleAlreadyKnown
    }

    // MARK: Walk state

    private enum Piece {
        case text(String)
        case open(key: Int, type: InlineCode.CodeType, attributes: [String: String])
        case close(key: Int)
        case standalone(type: InlineCode.CodeType, attributes: [String: String])
    }

    private struct OpenCode {
        /// Identifies the element for ``closeCode(_:)``.
        var key: Int
        /// The key of the opening piece in the current block (a code re-opened after a block boundary
        /// gets a new one).
        var pieceKey: Int
        var type: InlineCode.CodeType
        var attributes: [String: String]
        var materialized: Bool
    }

    private struct Context {
        var kind: BlockKind = .paragraph
        var level: Int?
        var ordered = false
        var listDepth = 0
        var insideMain = false
        var preformatted = false
        /// The role of the blocks started inside this element (a header cell, a table caption).
        var role: BlockRole?
        /// Inside a list of footnotes (`role="doc-endnotes"`, `class="footnotes"`).
        var inEndnotes = false
        /// The line of the block element being entered, for the first block that starts inside it.
        var line: Int?
        var lineOwner: ObjectIdentifier?
    }

    private var pieces: [Piece] = []
    private var begun = false
    private var blockKind: BlockKind = .paragraph
    private var blockLevel: Int?
    private var blockOrdered = false
    private var blockLine: Int?
    private var blockPreformatted = false
    private var blockRole: BlockRole?
    /// The label of a footnote definition whose block starts with the next content.
    private var pendingFootnote: String?
    private var openCodes: [OpenCode] = []
    private var nextKey = 1
    private var columnStack: [Int] = []
    private var usedLineOwners: Set<ObjectIdentifier> = []

    // MARK: Entry

    /// Walks `node`'s children (normally `<body>`) and collects blocks into ``built``.
    mutating func walk(children node: HTMLNode) {
        let context = Context()
        for child in node.children { walk(child, context) }
        flush()
    }

    /// The final blocks: the title moved to index 0 (with its attached blocks) and each attached block
    /// led by its `other` code naming its owner's final index.
    func assemble(prefix: [Block] = []) -> [Block] {
        var order = Array(built.indices)
        if let titleIndex = built.firstIndex(where: { $0.block.kind == .title && $0.attachment == nil }), titleIndex > 0 {
            let group = [titleIndex] + built.indices.filter { built[$0].attachment?.owner == titleIndex }
            order = group + order.filter { !group.contains($0) }
        }
        var finalIndex: [Int: Int] = [:]
        for (position, local) in order.enumerated() { finalIndex[local] = prefix.count + position }
        var blocks = prefix
        for local in order {
            var block = built[local].block
            if let attachment = built[local].attachment, let owner = finalIndex[attachment.owner] {
                let lead = InlineCode(id: "1", kind: .standalone, type: .other,
                                      attributes: ["attribute": attachment.attribute, "owner": "\(owner):\(attachment.codeID)"])
                block.content = RichText([.code(lead)] + block.content.elements)
            }
            blocks.append(block)
        }
        return blocks
    }

    // MARK: Walking

    private static let skippedAlways: Set<String> = [
        "head", "script", "style", "noscript", "template",
        "form", "button", "input", "select", "textarea", "option", "map", "title", "meta", "link",
    ]
    private static let chromeLandmarks: Set<String> = ["navigation", "banner", "contentinfo", "search", "complementary"]
    private static let containers: Set<String> = [
        "html", "body", "div", "section", "article", "main", "header", "figure", "address", "center", "details",
        "summary", "fieldset", "legend", "hgroup", "dl", "dt", "dd", "dialog", "menu", "search", "nav", "footer", "aside",
    ]

    /// Elements that end the block being collected wherever they appear.
    private static let blockLevel: Set<String> = containers.union([
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "tr", "td", "th", "pre", "hr",
        "figcaption", "caption", "form", "head",
    ])

    private func isChrome(_ node: HTMLNode, _ context: Context) -> Bool {
        guard skipsChrome else { return false }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = node.attributes["role"]?.lowercased(), Self.chromeLandmarks.contains(role) { return true }
        switch node.name {
        case "nav", "footer", "aside": return true
        case "header":
            if context.insideMain { return false }
            return pageHasMainContent || node.firstElement(named: "nav") != nil
        default: return false
        }
    }

    private mutating func walk(_ node: HTMLNode, _ outer: Context) {
        switch node.kind {
        case .comment: return
        case .text:
            addText(node.text, outer, line: node.line)
            return
        case .element: break
        }
        if Self.skippedAlways.contains(node.name) || isChrome(node, outer) {
            // A skipped block-level element still ends the paragraph around it (HTML5 closes an open
            // <p> at <nav>, <footer>, <aside>, <header> and <form>; libxml2's HTML4 parser does not).
            if Self.blockLevel.contains(node.name) { flush() }
            return
        }
        var context = outer
        if EmbedMarkup.elements.contains(node.name) {
            addEmbed(EmbedMarkup.serialize(node), line: node.line)
            return
        }
        if let number = node.attributes["data-taalgrens-embed"], let raw = rawBlocks[number] {
            addEmbed(raw, line: node.line)
            return
        }
        let role = node.attributes["role"]?.lowercased()
        if role == "doc-backlink" { return }
        if role == "doc-endnotes" || (node.attributes["class"] ?? "").split(separator: " ").contains("footnotes") {
            context.inEndnotes = true
        }
        if role == "doc-footnote" || role == "doc-endnote" || (context.inEndnotes && node.name == "li"),
           let label = Self.footnoteLabel(id: node.attributes["id"]) {
            // A footnote's text: a paragraph led by the definition's code.
            flush()
            context.kind = .paragraph
            context.level = nil
            context.role = nil
            pendingFootnote = label
            walkChildren(node, context)
            flush()
            pendingFootnote = nil
            return
        }
        if node.name == "a", role == "doc-noteref" {
            let label = Self.footnoteLabel(id: node.attributes["href"].map { String($0.drop { $0 == "#" }) })
                ?? BlockBuilder.collapse(node.textContent)
            if !label.isEmpty { addPiece(.standalone(type: .other, attributes: Self.footnoteReference(label)), context, line: node.line) }
            return
        }
        switch node.name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = Int(String(node.name.last!))!
            flush()
            let makesTitle: Bool
            switch titleRule {
            case .firstH1: makesTitle = level == 1 && !titleFound
            case .leadingH1: makesTitle = level == 1 && !titleFound && built.isEmpty
            case .none: makesTitle = false
            }
            context.kind = makesTitle ? .title : .heading
            context.level = makesTitle ? nil : level
            walkChildren(node, context)
            flush()
        case "p":
            flush()
            walkChildren(node, context)
            flush()
        case "blockquote":
            flush()
            context.kind = .quote
            context.level = nil
            walkChildren(node, context)
            flush()
        case "ul", "ol":
            flush()
            context.listDepth += 1
            context.ordered = node.name == "ol"
            walkChildren(node, context)
            flush()
        case "li":
            flush()
            context.kind = .listItem
            context.level = max(context.listDepth, 1)
            walkChildren(node, context)
            flush()
        case "table":
            flush()
            columnStack.append(0)
            walkChildren(node, context)
            flush()
            columnStack.removeLast()
        case "tr":
            flush()
            if columnStack.isEmpty { columnStack.append(0) }
            columnStack[columnStack.count - 1] = 0
            walkChildren(node, context)
            flush()
        case "td", "th":
            flush()
            if columnStack.isEmpty { columnStack.append(0) }
            columnStack[columnStack.count - 1] += 1
            context.kind = .tableCell
            context.level = columnStack[columnStack.count - 1]
            context.role = node.name == "th" ? .headerCell : nil
            walkChildren(node, context)
            flush()
        case "caption", "figcaption":
            flush()
            context.kind = .caption
            context.level = nil
            context.role = node.name == "caption" ? .tableCaption : nil
            walkChildren(node, context)
            flush()
        case "pre" where context.kind == .paragraph && openCodes.isEmpty:
            // A code block is never translated: one standalone `code` code holding the code as written.
            flush()
            var text = Self.preformattedText(node)
            while text.first == "\n" { text.removeFirst() }
            while text.last == "\n" { text.removeLast() }
            guard !text.isEmpty else { return }
            let code = InlineCode(id: "1", kind: .standalone, type: .code, attributes: ["display": "block", "text": ICU.normalize(text, .nfc)])
            built.append(Built(block: Block(kind: .paragraph, content: RichText([.code(code)]), line: node.line)))
        case "pre":
            // Inside a list, quote or table (Markdown cannot write a fenced block there): as before, a
            // block-level code span whose text is the code.
            flush()
            context.preformatted = true
            let key = openCode(.code, ["display": "block"])
            walkChildren(node, context)
            closeCode(key)
            flush()
        case "hr":
            flush()
        case "br":
            if lastMeaningfulPieceIsLineBreak() {
                removeLastLineBreak()
                flush()
            } else {
                addPiece(.standalone(type: .lineBreak, attributes: [:]), context, line: node.line)
            }
        case "img":
            var attributes: [String: String] = [:]
            var source = node.attributes["src"] ?? ""
            var alt = node.attributes["alt"]
            var title = node.attributes["title"]
            if let target = linkTargets[source] {
                if let label = target.footnote {
                    if target.footnoteDefinition && (context.kind != .paragraph || context.listDepth > 0) {
                        // Ink put the definition inside another block (a list it did not end): its text.
                        addText("[^\(label)]: ", context, line: node.line)
                    } else if target.footnoteDefinition {
                        flush()
                        pendingFootnote = label
                        begin(context, line: node.line)
                        pendingFootnote = nil
                    } else {
                        addPiece(.standalone(type: .other, attributes: Self.footnoteReference(label)), context, line: node.line)
                    }
                    return
                }
                source = target.destination
                alt = target.alt ?? alt
                title = target.title
                if let reference = target.reference { attributes["ref"] = reference }
            }
            attributes["src"] = source
            if let alt, !alt.isEmpty { attributes["alt"] = alt }
            if let title, !title.isEmpty { attributes["title"] = title }
            addPiece(.standalone(type: .image, attributes: attributes), context, line: node.line)
        case "a":
            guard var href = node.attributes["href"] else {
                walkChildren(node, context)
                return
            }
            var title = node.attributes["title"]
            var attributes: [String: String] = [:]
            if let target = linkTargets[href] {
                href = target.destination
                title = target.title
                if let reference = target.reference { attributes["ref"] = reference }
            }
            attributes["href"] = href
            if let title, !title.isEmpty { attributes["title"] = title }
            inline(.link, attributes, node, context)
        case "em", "i": inline(.emphasis, [:], node, context)
        case "strong", "b": inline(.strong, [:], node, context)
        case "code", "kbd", "samp", "tt":
            if context.preformatted {
                walkChildren(node, context)
            } else {
                // A code span is never translated: a standalone code holding its text (HTML white space
                // collapsed), as CAT tools protect code; `markup` is its native text in XLIFF and TMX.
                let text = ICU.normalize(Self.collapse(node.textContent), .nfc)
                if !text.isEmpty {
                    addPiece(.standalone(type: .code, attributes: ["text": text, "markup": "<code>" + InlineHTML.escape(text) + "</code>"]),
                             context, line: node.line)
                }
            }
        case "sup":
            // `<sup><a role="doc-noteref">1</a></sup>`: the footnote reference is the code.
            let elements = node.children.filter { $0.kind == .element }
            if elements.count == 1, elements[0].attributes["role"]?.lowercased() == "doc-noteref",
               node.children.allSatisfy({ $0.kind != .text || $0.text.allSatisfy(Self.isHTMLSpace) }) {
                walkChildren(node, context)
            } else {
                inline(.superscript, [:], node, context)
            }
        case "abbr":
            // The element and its title are kept; the title is translated as an attached block.
            if let title = node.attributes["title"], !title.allSatisfy(Self.isHTMLSpace) {
                inline(.other, ["element": "abbr", "title": title], node, context)
            } else {
                walkChildren(node, context)
            }
        case "sub": inline(.subscript, [:], node, context)
        case "u": inline(.underline, [:], node, context)
        case "s", "del", "strike": inline(.other, ["element": "s"], node, context)
        case "time":
            if let datetime = node.attributes["datetime"], !datetime.isEmpty { timeValues.append(datetime) }
            walkChildren(node, context)
        case "wbr":
            return
        default:
            if Self.containers.contains(node.name) {
                flush()
                if node.name == "article" || node.name == "main" { context.insideMain = true }
                walkChildren(node, context)
                flush()
            } else {
                walkChildren(node, context)
            }
        }
    }

    private mutating func walkChildren(_ node: HTMLNode, _ context: Context) {
        var inner = context
        if Self.blockLevel.contains(node.name) {
            inner.line = node.line
            inner.lineOwner = ObjectIdentifier(node)
        }
        for child in node.children { walk(child, inner) }
    }

    private mutating func inline(_ type: InlineCode.CodeType, _ attributes: [String: String], _ node: HTMLNode, _ context: Context) {
        let key = openCode(type, attributes)
        walkChildren(node, context)
        closeCode(key)
    }

    private mutating func openCode(_ type: InlineCode.CodeType, _ attributes: [String: String]) -> Int {
        let key = nextKey
        nextKey += 1
        openCodes.append(OpenCode(key: key, pieceKey: key, type: type, attributes: attributes, materialized: false))
        return key
    }

    private mutating func closeCode(_ key: Int) {
        guard let index = openCodes.lastIndex(where: { $0.key == key }) else { return }
        // Close codes opened after this one first (mis-nested markup as libxml2 repaired it).
        while openCodes.count > index {
            let code = openCodes.removeLast()
            if code.materialized { pieces.append(.close(key: code.pieceKey)) }
        }
    }

    private mutating func begin(_ context: Context, line: Int?) {
        guard !begun else {
            if blockLine == nil { blockLine = line }
            return
        }
        begun = true
        blockKind = context.kind
        blockLevel = context.level
        blockOrdered = context.kind == .listItem && context.ordered
        if let owner = context.lineOwner, !usedLineOwners.contains(owner) {
            usedLineOwners.insert(owner)
            blockLine = context.line ?? line
        } else {
            blockLine = line
        }
        blockPreformatted = context.preformatted
        blockRole = context.role
        if blockKind == .title { titleFound = true }
        if let label = pendingFootnote {
            pendingFootnote = nil
            pieces.append(.standalone(type: .other, attributes: Self.footnoteDefinition(label)))
        }
    }

    // MARK: Footnotes and embeds

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

    /// The text of a `<pre>` as written: text nodes, `<br>` as a line feed.
    static func preformattedText(_ node: HTMLNode) -> String {
        switch node.kind {
        case .text: return node.text
        case .comment: return ""
        case .element: return node.name == "br" ? "\n" : node.children.map(preformattedText).joined()
        }
    }

    /// Adds an embed block (role ``BlockRole/embed``, kind `paragraph`) for `html`, kept as written, and an
    /// attached `caption` block for each translatable attribute value (``EmbedMarkup``).
    private mutating func addEmbed(_ html: String, line: Int?) {
        flush()
        var elements: [InlineElement] = []
        var slots: [(id: String, attribute: String, value: String)] = []
        for piece in EmbedMarkup.pieces(html) {
            let id = String(elements.count + 1)
            switch piece {
            case .markup(let markup):
                elements.append(.code(InlineCode(id: id, kind: .standalone, type: .other, attributes: ["html": markup])))
            case .slot(let attribute, let value):
                elements.append(.code(InlineCode(id: id, kind: .standalone, type: .other, attributes: ["slot": attribute])))
                slots.append((id, attribute, value))
            }
        }
        guard !elements.isEmpty else { return }
        let owner = built.count
        built.append(Built(block: Block(kind: .paragraph, content: RichText(elements), line: line, role: .embed)))
        for slot in slots {
            let (text, _) = Self.finish([Work(.text(Self.collapse(slot.value)))], firstID: 2)
            built.append(Built(block: Block(kind: .caption, content: text, line: line), attachment: (owner, slot.id, slot.attribute)))
        }
    }

    /// Emits the opening piece of every open inline element that has none in the current block yet
    /// (elements opened since the last piece, or closed by a block boundary and continuing after it).
    private mutating func materializeOpenCodes() {
        for i in openCodes.indices where !openCodes[i].materialized {
            let key = nextKey
            nextKey += 1
            openCodes[i].pieceKey = key
            openCodes[i].materialized = true
            pieces.append(.open(key: key, type: openCodes[i].type, attributes: openCodes[i].attributes))
        }
    }

    private mutating func addText(_ text: String, _ context: Context, line: Int?) {
        if !begun {
            let meaningful = context.preformatted ? !text.isEmpty : text.contains { !Self.isHTMLSpace($0) }
            guard meaningful else { return }
        }
        begin(context, line: line)
        materializeOpenCodes()
        pieces.append(.text(text.contains(Self.reservedCharacter) ? text.filter { $0 != Self.reservedCharacter } : text))
    }

    private mutating func addPiece(_ piece: Piece, _ context: Context, line: Int?) {
        begin(context, line: line)
        materializeOpenCodes()
        pieces.append(piece)
    }

    private func lastMeaningfulPieceIsLineBreak() -> Bool {
        for piece in pieces.reversed() {
            switch piece {
            case .text(let t) where t.allSatisfy(Self.isHTMLSpace): continue
            case .standalone(type: .lineBreak, _): return true
            default: return false
            }
        }
        return false
    }

    private mutating func removeLastLineBreak() {
        if let index = pieces.lastIndex(where: { if case .standalone(type: .lineBreak, _) = $0 { true } else { false } }) {
            pieces.remove(at: index)
        }
    }

    /// U+E001, which the Markdown pre-processor uses to keep Ink from cutting a paragraph; removed from text.
    static let reservedCharacter: Character = "\u{E001}"

    static func isHTMLSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c == "\r\n"
    }

    // MARK: Flushing

    private mutating func flush() {
        defer {
            pieces = []
            begun = false
            blockLine = nil
        }
        guard begun else { return }
        for i in openCodes.indices.reversed() where openCodes[i].materialized {
            pieces.append(.close(key: openCodes[i].pieceKey))
            openCodes[i].materialized = false
        }
        var elements = Self.normalize(pieces, preformatted: blockPreformatted)
        guard !elements.isEmpty else {
            if blockKind == .title { titleFound = false }
            return
        }
        var kind = blockKind
        var level = blockLevel
        var ordered = blockOrdered
        if kind == .title && built.contains(where: { $0.block.kind == .title }) {
            kind = .heading
            level = 1
        }
        // Translatable attributes.
        let text = elements.reduce(into: "") { if case .text(let t) = $1.element { $0 += t } }
        // Only white space (`<p>&nbsp;</p>`, a no-break space is not collapsed as HTML space) is no text:
        // such a block is dropped like an empty one, unless it holds an image.
        let plain = text.allSatisfy(\.isWhitespace) ? "" : text
        let imageIndices = elements.indices.filter { if case .code(_, .standalone, .image, _) = elements[$0].element { true } else { false } }
        var attached: [(codeIndex: Int, attribute: String, text: String)] = []
        if plain.isEmpty && imageIndices.count > 1 {
            // Several images and no text: one caption block per image (wrapping links are dropped).
            let line = blockLine
            for index in imageIndices {
                guard case .code(_, _, _, var attributes) = elements[index].element else { continue }
                attributes["space-after"] = nil
                attributes["space-before"] = nil
                pieces = [.standalone(type: .image, attributes: attributes)]
                begun = true
                blockLine = line
                blockKind = kind == .title ? .title : .caption
                flush()
            }
            return
        }
        let keepsCode = elements.contains { if case .code(_, .standalone, .code, _) = $0.element { true } else { false } }
        if plain.isEmpty && imageIndices.isEmpty && keepsCode {
            // Only code: kept as it is, nothing to translate.
            if kind == .title { titleFound = false; kind = .heading; level = 1 }
        } else if plain.isEmpty {
            guard imageIndices.count == 1 else {
                if blockKind == .title { titleFound = false }
                return
            }
            let index = imageIndices[0]
            guard case .code(let key, _, _, var attributes) = elements[index].element else { return }
            // An image alone in its block has no text to keep apart from.
            attributes["space-after"] = nil
            attributes["space-before"] = nil
            elements[index].element = .code(key: key, kind: .standalone, type: .image, attributes: attributes)
            if let alt = attributes["alt"].map(Self.collapse), !alt.isEmpty {
                attributes["alt"] = nil
                elements[index].element = .code(key: key, kind: .standalone, type: .image, attributes: attributes)
                elements.insert(Work(.text(alt)), at: index + 1)
                if kind != .title && kind != .heading && kind != .tableCell { kind = .caption; level = nil; ordered = false }
            } else {
                // An image without alt text (decorative, or a chart the author did not describe): kept as an
                // image block with no text, so that it is rendered and copied; nothing to translate.
                if kind == .title { titleFound = false }
                if kind != .tableCell { kind = .caption; level = nil; ordered = false }
            }
        }
        for index in elements.indices {
            guard case .code(let key, let codeKind, let type, var attributes) = elements[index].element,
                  codeKind != .closing, type == .image || type == .link || (type == .other && attributes["element"] == "abbr") else { continue }
            if type == .image, let alt = attributes["alt"] {
                attributes["alt"] = nil
                let text = Self.collapse(alt)
                if !text.isEmpty { attached.append((index, "alt", text)) }
            }
            if let title = attributes["title"] {
                attributes["title"] = nil
                let text = Self.collapse(title)
                if !text.isEmpty { attached.append((index, "title", text)) }
            }
            elements[index].element = .code(key: key, kind: codeKind, type: type, attributes: attributes)
        }
        let (content, idsByIndex) = Self.finish(elements, firstID: 1)
        let owner = built.count
        built.append(Built(block: Block(kind: kind, content: content, level: level, ordered: ordered, line: blockLine,
                                        role: kind == .tableCell || kind == .caption ? blockRole : nil)))
        for item in attached {
            let (text, _) = Self.finish([Work(.text(item.text))], firstID: 2)
            built.append(Built(block: Block(kind: .caption, content: text, line: blockLine),
                               attachment: (owner, idsByIndex[item.codeIndex] ?? "1", item.attribute)))
        }
    }

    /// A piece on its way to an inline element.
    private struct Work {
        enum Element {
            case text(String)
            case code(key: Int, kind: InlineCode.Kind, type: InlineCode.CodeType, attributes: [String: String])
        }
        var element: Element
        init(_ element: Element) { self.element = element }
    }

    /// Whether a block's content has nothing to show: its plain text is only white space (Unicode
    /// White_Space, so no-break spaces too) and it holds no image. Readers drop such blocks.
    static func isBlank(_ content: RichText) -> Bool {
        content.plainText.allSatisfy(\.isWhitespace) && !content.codes.contains { $0.type == .image }
    }

    /// A block's content from plain text: whitespace collapsed and trimmed, soft hyphens and zero-width
    /// spaces as standalone `other` codes, NFC.
    static func plainContent(_ text: String, firstID: Int = 1) -> RichText {
        finish([Work(.text(collapse(text)))], firstID: firstID).0
    }

    /// Collapses whitespace as HTML does and trims it.
    static func collapse(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for c in text {
            if isHTMLSpace(c) { pendingSpace = !out.isEmpty; continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(c)
        }
        return out
    }

    private static func normalize(_ pieces: [Piece], preformatted: Bool) -> [Work] {
        var work: [Work] = []
        var unitKey = -1
        for piece in pieces {
            switch piece {
            case .text(let t):
                if preformatted {
                    let lines = t.split(separator: "\n", omittingEmptySubsequences: false)
                    for (i, line) in lines.enumerated() {
                        if i > 0 {
                            work.append(Work(.code(key: unitKey, kind: .standalone, type: .lineBreak, attributes: [:])))
                            unitKey -= 1
                        }
                        if !line.isEmpty { work.append(Work(.text(String(line)))) }
                    }
                } else {
                    work.append(Work(.text(t)))
                }
            case .open(let key, let type, let attributes):
                work.append(Work(.code(key: key, kind: .opening, type: type, attributes: attributes)))
            case .close(let key):
                work.append(Work(.code(key: key, kind: .closing, type: .other, attributes: [:])))
            case .standalone(let type, let attributes):
                work.append(Work(.code(key: unitKey, kind: .standalone, type: type, attributes: attributes)))
                unitKey -= 1
            }
        }
        if !preformatted {
            // Collapse whitespace across runs.
            var previousWasSpace = true
            for i in work.indices {
                guard case .text(let t) = work[i].element else {
                    if case .code(_, .standalone, let type, _) = work[i].element { previousWasSpace = type == .lineBreak }
                    continue
                }
                var out = ""
                for c in t {
                    if isHTMLSpace(c) {
                        if !previousWasSpace { out.append(" ") }
                        previousWasSpace = true
                    } else {
                        out.append(c)
                        previousWasSpace = false
                    }
                }
                work[i].element = .text(out)
            }
        }
        // Moving spaces out of a pair can empty a pair, and dropping an empty pair can put a space at
        // the edge of the pair around it: repeat until nothing changes (a few rounds at most).
        var rounds = 0
        while rounds < 8 {
            rounds += 1
            let before = work.count
            let beforeTexts = work.map { if case .text(let t) = $0.element { t } else { "\u{0}" } }
            if !preformatted {
                work = moveEdgeSpacesOutward(work)
                work = collapseLineBreaks(work)
            }
            work = trimAroundLineBreaks(work, preformatted: preformatted)
            work = dropEmptyPairs(work)
            work = trimEdges(work, preformatted: preformatted)
            work = dropEmptyPairs(work)
            if work.count == before && work.map({ if case .text(let t) = $0.element { t } else { "\u{0}" } }) == beforeTexts { break }
        }
        work = work.filter { if case .text(let t) = $0.element { !t.isEmpty } else { true } }
        if !preformatted { work = spaceAroundZeroWidthCodes(work) }
        let hasText = work.contains { if case .text(let t) = $0.element { !t.isEmpty } else { false } }
        let hasImage = work.contains { if case .code(_, _, .image, _) = $0.element { true } else { false } }
        let hasCode = work.contains { if case .code(_, .standalone, .code, _) = $0.element { true } else { false } }
        // A footnote without text is kept: its label is still referenced.
        let isFootnote = work.first.map { if case .code(_, _, .other, let a) = $0.element { a["footnote-definition"] != nil } else { false } } ?? false
        return hasText || hasImage || isFootnote || hasCode ? work : []
    }

    /// Keeps one space where a code that stands for no text (an image, a footnote reference) sits between
    /// two spaces, or between a space and the block's edge: the plain text would otherwise hold two spaces
    /// ("See the  chart") or start or end with one. The space dropped is recorded on the code
    /// (`space-after` or `space-before` = `yes`) and written back by the renderers. Spaces after the code
    /// that leads a footnote's text are dropped (it renders as `[^1]: `).
    private static func spaceAroundZeroWidthCodes(_ input: [Work]) -> [Work] {
        var work = input
        enum Neighbour { case edge, lineBreak, code(spaceAfter: Bool), text(index: Int, text: String) }
        /// The nearest element on one side that is not an empty text or a paired code.
        func neighbour(_ i: Int, _ step: Int) -> Neighbour {
            var j = i + step
            while j >= 0 && j < work.count {
                switch work[j].element {
                case .text(let t) where t.isEmpty: j += step
                case .text(let t): return .text(index: j, text: t)
                case .code(_, .standalone, .lineBreak, _): return .lineBreak
                case .code(_, .standalone, _, let attributes): return .code(spaceAfter: attributes["space-after"] == "yes")
                case .code(_, .opening, _, _), .code(_, .closing, _, _): j += step
                }
            }
            return .edge
        }
        for i in work.indices {
            guard case .code(let key, .standalone, let type, var attributes) = work[i].element, type != .lineBreak else { continue }
            let after = neighbour(i, 1), before = neighbour(i, -1)
            if attributes["footnote-definition"] != nil {
                if case .text(let index, let text) = after { work[index].element = .text(String(text.drop { $0 == " " })) }
                continue
            }
            let spaceBefore: Bool
            switch before {
            case .edge, .lineBreak: spaceBefore = true
            case .code(let spaceAfter): spaceBefore = spaceAfter
            case .text(_, let text): spaceBefore = text.hasSuffix(" ")
            }
            if case .text(let index, let text) = after, text.hasPrefix(" "), spaceBefore {
                work[index].element = .text(String(text.dropFirst()))
                attributes["space-after"] = "yes"
            } else if case .edge = after, case .text(let index, let text) = before, text.hasSuffix(" ") {
                work[index].element = .text(String(text.dropLast()))
                attributes["space-before"] = "yes"
            } else {
                continue
            }
            work[i].element = .code(key: key, kind: .standalone, type: type, attributes: attributes)
        }
        return work.filter { if case .text(let t) = $0.element { !t.isEmpty } else { true } }
    }

    private static func moveEdgeSpacesOutward(_ input: [Work]) -> [Work] {
        var work = input
        var changed = true
        while changed {
            changed = false
            var i = 0
            while i < work.count {
                if case .code(_, .opening, _, _) = work[i].element, i + 1 < work.count,
                   case .text(let t) = work[i + 1].element, t.first == " " {
                    work[i + 1].element = .text(String(t.dropFirst()))
                    if i > 0, case .text(let before) = work[i - 1].element {
                        if before.last != " " { work[i - 1].element = .text(before + " ") }
                    } else {
                        work.insert(Work(.text(" ")), at: i)
                        i += 1
                    }
                    changed = true
                }
                if case .code(_, .closing, _, _) = work[i].element, i > 0,
                   case .text(let t) = work[i - 1].element, t.last == " " {
                    work[i - 1].element = .text(String(t.dropLast()))
                    if i + 1 < work.count, case .text(let after) = work[i + 1].element {
                        if after.first != " " { work[i + 1].element = .text(" " + after) }
                    } else {
                        work.insert(Work(.text(" ")), at: i + 1)
                    }
                    changed = true
                }
                i += 1
            }
        }
        // Two spaces may meet where a space moved out next to one already there.
        var previousWasSpace = false
        for i in work.indices {
            guard case .text(let t) = work[i].element else {
                if case .code(_, .standalone, let type, _) = work[i].element { previousWasSpace = type == .lineBreak }
                continue
            }
            var out = ""
            for c in t {
                if c == " " && previousWasSpace { continue }
                out.append(c)
                previousWasSpace = c == " "
            }
            work[i].element = .text(out)
        }
        return work
    }

    /// Line breaks with nothing but paired codes between them count as one (two `<br>` in a row already
    /// ended the paragraph during the walk).
    private static func collapseLineBreaks(_ input: [Work]) -> [Work] {
        var work: [Work] = []
        var lastWasBreak = false
        for w in input {
            switch w.element {
            case .code(_, .standalone, .lineBreak, _):
                if lastWasBreak { continue }
                lastWasBreak = true
            case .code(_, .opening, _, _), .code(_, .closing, _, _):
                break
            case .text(let t) where t.isEmpty:
                break
            default:
                lastWasBreak = false
            }
            work.append(w)
        }
        return work
    }

    private static func trimAroundLineBreaks(_ input: [Work], preformatted: Bool) -> [Work] {
        var work = input
        for i in work.indices {
            guard case .code(_, .standalone, .lineBreak, _) = work[i].element, !preformatted else { continue }
            var j = i - 1
            while j >= 0 {
                if case .text(let t) = work[j].element {
                    work[j].element = .text(String(t.reversed().drop(while: { $0 == " " }).reversed()))
                    if case .text(let u) = work[j].element, u.isEmpty { j -= 1; continue }
                    break
                }
                if case .code(_, .closing, _, _) = work[j].element { j -= 1; continue }
                break
            }
            var k = i + 1
            while k < work.count {
                if case .text(let t) = work[k].element {
                    work[k].element = .text(String(t.drop(while: { $0 == " " })))
                    if case .text(let u) = work[k].element, u.isEmpty { k += 1; continue }
                    break
                }
                if case .code(_, .opening, _, _) = work[k].element { k += 1; continue }
                break
            }
        }
        return work
    }

    private static func dropEmptyPairs(_ input: [Work]) -> [Work] {
        var work = input.filter { if case .text(let t) = $0.element { !t.isEmpty } else { true } }
        var changed = true
        while changed {
            changed = false
            var i = 0
            while i + 1 < work.count {
                if case .code(let a, .opening, _, _) = work[i].element, case .code(let b, .closing, _, _) = work[i + 1].element, a == b {
                    work.removeSubrange(i...i + 1)
                    changed = true
                    continue
                }
                i += 1
            }
        }
        return work
    }

    /// Trims spaces and line breaks at the block's edges (looking through codes).
    private static func trimEdges(_ input: [Work], preformatted: Bool) -> [Work] {
        var work = input
        func isBreak(_ w: Work) -> Bool { if case .code(_, .standalone, .lineBreak, _) = w.element { true } else { false } }
        // Leading.
        var i = 0
        while i < work.count {
            if case .text(let t) = work[i].element {
                let trimmed = preformatted ? t : String(t.drop(while: { $0 == " " }))
                work[i].element = .text(trimmed)
                if trimmed.isEmpty { i += 1; continue }
                break
            }
            if isBreak(work[i]) { work.remove(at: i); continue }
            if case .code(_, .opening, _, _) = work[i].element { i += 1; continue }
            break
        }
        // Trailing.
        var j = work.count - 1
        while j >= 0 {
            if case .text(let t) = work[j].element {
                let trimmed = preformatted ? t : String(t.reversed().drop(while: { $0 == " " }).reversed())
                work[j].element = .text(trimmed)
                if trimmed.isEmpty { j -= 1; continue }
                break
            }
            if isBreak(work[j]) { work.remove(at: j); j -= 1; continue }
            if case .code(_, .closing, _, _) = work[j].element { j -= 1; continue }
            break
        }
        return work
    }

    /// Splits out invisible characters, normalises text to NFC and numbers the codes.
    /// - Returns: the rich text, and for each index of `work` that holds a code, the id it received.
    private static func finish(_ work: [Work], firstID: Int) -> (RichText, [Int: String]) {
        var elements: [InlineElement] = []
        var next = firstID
        var idsByKey: [Int: String] = [:]
        var idsByIndex: [Int: String] = [:]
        var typesByKey: [Int: InlineCode.CodeType] = [:]
        var attributesByKey: [Int: [String: String]] = [:]
        func newID() -> String { defer { next += 1 }; return String(next) }
        for (index, w) in work.enumerated() {
            switch w.element {
            case .text(let t):
                var run = ""
                for scalar in t.unicodeScalars {
                    if scalar == "\u{00AD}" || scalar == "\u{200B}" {
                        if !run.isEmpty { elements.append(.text(ICU.normalize(run, .nfc))); run = "" }
                        elements.append(.code(InlineCode(id: newID(), kind: .standalone, type: .other,
                                                         attributes: ["markup": String(scalar)])))
                    } else {
                        run.unicodeScalars.append(scalar)
                    }
                }
                if !run.isEmpty { elements.append(.text(ICU.normalize(run, .nfc))) }
            case .code(let key, let kind, let type, let attributes):
                switch kind {
                case .opening:
                    let id = newID()
                    idsByKey[key] = id
                    typesByKey[key] = type
                    attributesByKey[key] = attributes
                    idsByIndex[index] = id
                    elements.append(.code(InlineCode(id: id, kind: .opening, type: type, attributes: attributes)))
                case .closing:
                    let id = idsByKey[key] ?? newID()
                    idsByIndex[index] = id
                    elements.append(.code(InlineCode(id: id, kind: .closing, type: typesByKey[key] ?? type)))
                case .standalone:
                    let id = newID()
                    idsByIndex[index] = id
                    elements.append(.code(InlineCode(id: id, kind: .standalone, type: type, attributes: attributes)))
                }
            }
        }
        return (RichText(elements), idsByIndex)
    }
}
