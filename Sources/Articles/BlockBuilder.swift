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
///   `headerCell` (with `colspan`/`rowspan` as ``Block/columnSpan``/``Block/rowSpan``), `<caption>` role
///   `tableCaption`, `<dt>`/`<dd>` paragraphs roles `definitionTerm`/`definitionDescription`; `abbr[title]` is a paired `other` code
///   (`element=abbr`) whose title is attached. Footnote references (`[^1]`, `a[role=doc-noteref]`) are
///   standalone `other` codes; a footnote's text is a paragraph led by one.
/// - Whitespace collapses as in HTML (outside `pre`); U+00A0 is kept. Whitespace at the inner edge of a
///   paired code moves outside it, empty pairs are dropped, line breaks at a block's edges are dropped; a
///   space next to a code without text that would double a space is recorded on the code instead.
/// - Soft hyphens (U+00AD), zero-width spaces (U+200B), word joiners (U+2060) and U+FEFF are removed from
///   the text (``InvisibleFormat`` gives the reasons per character). Text runs are normalised to NFC.
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
        /// For a template tag inside a paragraph of text (``TemplateTagScanner/tagEnd(at:limit:)``): the tag as written.
        var template: String?
        /// For Markdown syntax that is markup, not text (a task list item's `[x] `, a callout's `[!note]`): the
        /// attributes of its standalone `other` code, `markup` the syntax as written (``MarkdownPreprocessor``).
        var code: [String: String]?
        /// For an Obsidian wiki link `[[Page|label]]`: the page it names, as written; for an image embed
        /// `![[sms.png|400]]`, what is inside the brackets, written back as is.
        var wikiPage: String?
        /// For an Obsidian image embed with a size (`|400`, `|640x480`): its width and height in CSS pixels.
        var width: String?
        var height: String?
    }

    var titleRule: TitleRule
    /// Skip site chrome (`nav`, `footer`, `aside`, site-level `header`, ARIA landmarks of chrome).
    var skipsChrome: Bool
    /// Keep the structure of an HTML page around and on its blocks (``Block/containers``,
    /// ``Block/attributes``, `<summary>`, a quotation's `<footer>`, `<hr>`, table row groups): on for
    /// HTML pages, off for Markdown read through Ink, whose renderer writes none of it.
    var keepsStructure = false
    /// Keep a thematic break (`<hr>`) as an embed block even when ``keepsStructure`` is off: on for Markdown,
    /// whose `---` between posts or parts of an article (a newsletter's list of posts) is written back to
    /// `article.md` and `article.html` (session 19).
    var keepsThematicBreaks = false
    /// Whether the page has an `<h1>` anywhere: when not, a paragraph styled as the title (Google Docs'
    /// `<p class="title">`, Word's `<p class=MsoTitle>`) is the title.
    var pageHasH1 = false
    /// Whether U+00A0 in text is read as a space (Google Docs exports, see ``HTMLReader``).
    var noBreakSpaceIsSpace = false
    /// WordPress block footnotes (`<sup data-fn="7b2c…">1</sup>`, `<li id="7b2c…">`): note id → the number the
    /// page shows, so a note's label is its number, not its id (``wordPressFootnoteNumbers(under:)``).
    var footnoteNumbers: [String: String] = [:]
    /// Class name → the run styles its style-sheet rule gives, on a Google Docs page (``runStyles(css:)``);
    /// empty elsewhere.
    var classStyles: [String: Set<RunStyle>] = [:]
    /// Token → destination, for Markdown read through Ink (see ``MarkdownPreprocessor``).
    var linkTargets: [String: LinkTarget] = [:]
    /// Placeholder number → raw HTML block without text, for Markdown read through Ink (see
    /// ``MarkdownPreprocessor``): each becomes an embed block kept as written.
    var rawBlocks: [String: String] = [:]
    /// Whether the page has an `<article>` or `<main>` element outside site chrome: then text outside
    /// those is site chrome, and so is a `<header>` outside them.
    var pageHasMainContent = false
    /// Whether the page's `<main>` or `<article>` holds an `<h1>`; when not, the first `<h1>` outside them
    /// is still read as the title.
    var mainContentHasH1 = false
    /// On a page without `<main>` or `<article>`: the element standing for them (``contentLandmark(of:)``) and
    /// the path to it (it and its ancestors).
    var contentLandmark: ObjectIdentifier?
    var contentLandmarkPath: Set<ObjectIdentifier> = []
    /// The article's language (the locale it is read as): a block started inside an element whose `lang`
    /// names another language (``LanguageTag/isAnotherLanguage(than:)``) carries that tag as its
    /// ``Block/attributes`` key `lang` and is kept as written (``Block/isInAnotherLanguage(than:)``); an
    /// inline element declaring this language is not a passage in another one. `nil`: no such marking.
    var pageLanguage: LanguageTag?

    /// `datetime` values of `<time>` elements met in content that may be the article's date, in document
    /// order: those of a theme's post data, and those of a block of at most ``HTMLRenderer/datelineWords``
    /// words (a dateline "Published <time>…</time>.", a meta line). A `<time>` inside a longer block is a
    /// date the text is about ("On <time>10 February 2026</time> the new number went live"), not the
    /// page's (session 14's left-over, fourteenth trial finding 17).
    var timeValues: [String] = []
    /// `datetime` values of the `<time>` elements of the block being built; ``flush()`` keeps them in
    /// ``timeValues`` when the block is a dateline's length.
    var blockTimeValues: [String] = []

    // MARK: Output

    /// A block before the final assembly: an attached block knows its owner by local index.
    struct Built {
        var block: Block
        var attachment: (owner: Int, codeID: String, attribute: String)?
    }

    var built: [Built] = []
    var titleFound = false

    // MARK: Quotations and figures

    /// The `<blockquote>` and `<figure>` being walked (their serial numbers), recorded on every block built
    /// inside them; ``assemble(prefix:)`` renumbers them by runs (``Block/quote``, ``Block/figure``).
    var currentQuote: Int?
    var currentFigure: Int?
    /// Serial numbers handed out so far.
    var quoteSerial = 0
    var figureSerial = 0
    /// The serials of figures that hold figures (``numberRuns(_:from:galleries:)``).
    var galleryFigures: Set<Int> = []
    /// The serial of the last `<blockquote>` left, which a Markdown quote continuing it (after an empty `>`
    /// line, ``MarkdownPreprocessor``) takes again.
    var lastQuote: Int?

    // MARK: Structure kept around blocks

    /// The structural elements being walked that are kept around blocks (``Block/containers``), outermost
    /// first. Inside a quotation or a figure none is added (their blocks are written inside that element).
    var currentContainers: [BlockContainer] = []
    /// Serial numbers of containers handed out so far.
    var containerSerial = 0
    /// Elements whose attributes a block already took (an element cut into two blocks by `<br><br>` gives
    /// its `id` to the first only).
    var usedAttributeOwners: Set<ObjectIdentifier> = []
    /// Headings and paragraphs that label the share box after them (``shareBoxLabels(under:)``): chrome
    /// like the box.
    var shareBoxLabels: Set<ObjectIdentifier> = []

    /// Appends a built block, recording the quotation, figure and containers it sits in.
    mutating func record(_ item: Built) {
        var item = item
        item.block.quote = currentQuote
        item.block.figure = currentFigure
        item.block.containers = currentContainers.isEmpty ? nil : currentContainers
        built.append(item)
    }

    init(titleRule: TitleRule, skipsChrome: Bool, titleAlreadyKnown: Bool = false) {
        self.titleRule = titleRule
        self.skipsChrome = skipsChrome
        self.titleFound = titleAlreadyKnown
    }

    // MARK: Walk state

    enum Piece {
        case text(String)
        case open(key: Int, type: InlineCode.CodeType, attributes: [String: String])
        case close(key: Int)
        case standalone(type: InlineCode.CodeType, attributes: [String: String])
    }

    struct OpenCode {
        /// Identifies the element for ``closeCode(_:)``.
        var key: Int
        /// The key of the opening piece in the current block (a code re-opened after a block boundary
        /// gets a new one).
        var pieceKey: Int
        var type: InlineCode.CodeType
        var attributes: [String: String]
        var materialized: Bool
    }

    struct Context {
        var kind: BlockKind = .paragraph
        var level: Int?
        var ordered = false
        var listDepth = 0
        var insideMain = false
        var preformatted = false
        /// The role of the blocks started inside this element (a header cell, a table caption).
        var role: BlockRole?
        /// A table cell's `colspan` and `rowspan` when above 1 (``Block/columnSpan``, ``Block/rowSpan``).
        var columnSpan: Int?
        var rowSpan: Int?
        /// A table cell's alignment (``Block/alignment``).
        var alignment: CellAlignment?
        /// Inside a list of footnotes (`role="doc-endnotes"`, `class="footnotes"`).
        var inEndnotes = false
        /// The line of the block element being entered, for the first block that starts inside it.
        var line: Int?
        var lineOwner: ObjectIdentifier?
        /// The kept attributes (``Block/attributes``) of the block element being entered and the element
        /// that gives them, for the first block that starts inside it.
        var attributes: [String: String] = [:]
        var attributesOwner: ObjectIdentifier?
        /// Attributes every block started inside this element carries (`quote.cite`, `table.section`).
        var inherited: [String: String] = [:]
        /// The kept attributes of the list being walked and the list element, for its first item.
        var listAttributes: [String: String] = [:]
        var listOwner: ObjectIdentifier?
        /// How many `<article>` elements enclose this one: a nested one (a live-blog post) is a container.
        var articleDepth = 0
        /// The language the enclosing block elements declare (`lang`), if any: an inline element declaring
        /// the same one is not a passage in another language (Word puts `lang` on every run).
        var language: String?
        /// Directly inside a list item (no other block element between): a paragraph or `<div>` here goes on
        /// with the item after a line break instead of starting an item of its own.
        var itemFlow = false
        /// Inside a layout table's rows and cells (``isLayoutTable(_:)``): they are not table cells.
        var layoutTable = false
    }

    var pieces: [Piece] = []
    var begun = false
    /// Whether the walk is between Ghost's `<!--kg-card-begin: html-->` and `<!--kg-card-end: html-->`, before
    /// the card's first `<div>`.
    var ghostHTMLCardOpen = false
    var blockKind: BlockKind = .paragraph
    var blockLevel: Int?
    var blockOrdered = false
    var blockLine: Int?
    var blockPreformatted = false
    var blockRole: BlockRole?
    var blockColumnSpan: Int?
    var blockAlignment: CellAlignment?
    var blockRowSpan: Int?
    var blockAttributes: [String: String] = [:]
    /// The name of a bookmark (`<a name>` or `<a id>` without `href`) met before the block that it marks
    /// began: the next block takes it as its `id` (``bookmark(_:)``).
    var pendingBookmark: String?
    /// The label of a footnote definition whose block starts with the next content.
    var pendingFootnote: String?
    var openCodes: [OpenCode] = []
    /// Nodes that are markup written as text, skipped by the walk (a bare Word list marker and its spacer).
    var skippedNodes: Set<ObjectIdentifier> = []
    var nextKey = 1
    var columnStack: [Int] = []
    var usedLineOwners: Set<ObjectIdentifier> = []

    // MARK: Entry

    /// Walks `node`'s children (normally `<body>`) and collects blocks into ``built``.
    mutating func walk(children node: HTMLNode, language: String? = nil) {
        var context = Context()
        // The article's own language is the reference: a page's `<html lang>` or Word's `<body lang>` (the
        // author's default, not the text's) may name another one.
        context.language = pageLanguage?.identifier ?? Self.language(of: node) ?? language
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
            // The title is written in the page's header, outside any container.
            if block.kind == .title { block.containers = nil }
            if let attachment = built[local].attachment, let owner = finalIndex[attachment.owner] {
                let lead = InlineCode(id: "1", kind: .standalone, type: .other,
                                      attributes: ["attribute": attachment.attribute, "owner": "\(owner):\(attachment.codeID)"])
                block.content = RichText([.code(lead)] + block.content.elements)
            }
            blocks.append(block)
        }
        Self.numberRuns(&blocks, from: prefix.count, galleries: galleryFigures)
        Self.unmarkWholeArticleLanguage(&blocks)
        return blocks
    }

    /// Drops the `lang` marking (``pageLanguage``) when it covers every block with text: a `lang` around the
    /// whole article (`<main lang="en">` in a file read as nl-BE, a CMS's default language) declares the
    /// page's language, rightly or not, and is no passage in another one. The text is then read as the
    /// article's language, and the language checks (`wrong-language`) judge it.
    /// - Complexity: O(n) in the size of the blocks.
    static func unmarkWholeArticleLanguage(_ blocks: inout [Block]) {
        let withText = blocks.indices.filter { blocks[$0].content.plainText.contains { $0.isLetter || $0.isNumber } }
        guard !withText.isEmpty, withText.allSatisfy({ blocks[$0].attributes?["lang"] != nil }) else { return }
        for i in blocks.indices where blocks[i].attributes?["lang"] != nil {
            blocks[i].attributes?["lang"] = nil
            if blocks[i].attributes?.isEmpty == true { blocks[i].attributes = nil }
        }
    }

    /// Renumbers ``Block/quote`` and ``Block/figure`` from 1 by runs: consecutive blocks (from `start`) with
    /// the same serial are one run. A figure of only an image and its captions gets no number (see below). The part of an outer quotation after a nested one is a run of its own,
    /// so that numbers follow the order a renderer writes the quotations in, and reading its output back
    /// gives the same numbers. Attached blocks take their owner's numbers.
    /// - Complexity: O(n) in the number of blocks.
    /// - Parameter galleries: the serials of figures that hold figures (a WordPress Gallery block): such a
    ///   figure keeps its number even with captions only, so that its own caption is not taken for the
    ///   last image's (fourteenth trial, finding 8).
    static func numberRuns(_ blocks: inout [Block], from start: Int, galleries: Set<Int> = []) {
        func owner(_ block: Block) -> Int? {
            guard case .code(let lead)? = block.content.elements.first, lead.attributes["attribute"] != nil,
                  let owner = lead.attributes["owner"]?.split(separator: ":").first.flatMap({ Int($0) }) else { return nil }
            return owner
        }
        // A figure that holds only an image and its captions (or only captions) is left unnumbered: the
        // renderers write such blocks as that figure anyway, and Markdown keeps no number for them.
        var first = start
        while first < blocks.count {
            guard let serial = blocks[first].figure, owner(blocks[first]) == nil else { first += 1; continue }
            var end = first + 1
            while end < blocks.count, blocks[end].figure == serial { end += 1 }
            let members = (first..<end).filter { owner(blocks[$0]) == nil }
            let plain = members.allSatisfy { blocks[$0].kind == .caption && blocks[$0].role == nil && blocks[$0].quote == blocks[first].quote }
                && members.dropFirst().allSatisfy { !isImageBlock(blocks[$0]) }
            if plain, !galleries.contains(serial) { for i in first..<end { blocks[i].figure = nil } }
            first = end
        }
        for path in [\Block.quote, \Block.figure] {
            var count = 0
            var previous: Int?
            for i in blocks.indices where i >= start {
                if let o = owner(blocks[i]), o < i {
                    blocks[i][keyPath: path] = blocks[o][keyPath: path]
                    continue
                }
                guard let serial = blocks[i][keyPath: path] else { previous = nil; continue }
                if serial != previous { count += 1; previous = serial }
                blocks[i][keyPath: path] = count
            }
        }
    }

    // MARK: Walking

    static let skippedAlways: Set<String> = [
        "head", "script", "style", "noscript", "template",
        "form", "button", "input", "select", "textarea", "option", "map", "title", "meta", "link",
    ]
    static let chromeLandmarks: Set<String> = ["navigation", "banner", "contentinfo", "search", "complementary"]
    static let containers: Set<String> = [
        "html", "body", "div", "section", "article", "main", "header", "figure", "address", "center", "details",
        "summary", "fieldset", "legend", "hgroup", "dl", "dialog", "menu", "search", "nav", "footer", "aside",
    ]

    /// Elements that end the block being collected wherever they appear.
    static let blockLevel: Set<String> = containers.union([
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "table", "tr", "td", "th", "pre", "hr", "dt", "dd",
        "figcaption", "caption", "form", "head",
    ])

    func isChrome(_ node: HTMLNode, _ context: Context) -> Bool {
        guard skipsChrome else { return false }
        if shareBoxLabels.contains(ObjectIdentifier(node)) { return true }
        if node.attributes["hidden"] != nil || node.attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if Self.isHiddenByStyle(node) || Self.isWordTableOfContents(node) { return true }
        if let role = node.attributes["role"]?.lowercased(), Self.chromeLandmarks.contains(role) { return true }
        if Self.isChromeByMarkup(node) { return true }
        switch node.name {
        case "footer" where keepsStructure && currentQuote != nil:
            // A quotation's source, not the page's footer.
            return false
        case "aside" where keepsStructure && context.insideMain:
            // Inside the article an aside is its fact box or pull quote (HTML: content tangentially related
            // to the article around it), unless it names itself a teaser or an advertisement.
            return !Self.markupWords(node).isDisjoint(with: Self.teaserWords)
        case "nav", "footer", "aside": return true
        case "header":
            if context.insideMain { return false }
            return pageHasMainContent || node.firstElement(named: "nav") != nil
        default: return false
        }
    }

    mutating func walk(_ node: HTMLNode, _ outer: Context) {
        if !skippedNodes.isEmpty, skippedNodes.contains(ObjectIdentifier(node)) { return }
        switch node.kind {
        case .comment:
            // Ghost's HTML card is marked by comments: `<!--kg-card-begin: html-->` … `<!--kg-card-end: html-->`;
            // the `<div>` the author wrote right inside is kept as a container (``keepsContainer(_:_:)``).
            let words = node.text.lowercased().split(whereSeparator: { Self.isHTMLSpace($0) || $0 == ":" })
            if words.first == "kg-card-begin" { ghostHTMLCardOpen = true } else if words.first == "kg-card-end" { ghostHTMLCardOpen = false }
            return
        case .text:
            // On a page with a <main> or <article>, text outside them is site chrome.
            if skipsChrome && pageHasMainContent && !outer.insideMain { return }
            if node.text.unicodeScalars.contains(where: { Self.lineSeparators[$0] != nil }) {
                addSeparatedLines(node.text, outer, line: node.line)
            } else {
                addTextNode(node.text, outer, line: node.line)
            }
            return
        case .element: break
        }
        var context = outer
        if contentLandmark == ObjectIdentifier(node) { context.insideMain = true }
        if Self.blockLevel.contains(node.name), let lang = Self.language(of: node) { context.language = lang }
        if context.itemFlow, Self.blockLevel.contains(node.name), !["p", "div"].contains(node.name) { context.itemFlow = false }
        if walkSpecial(node, &context) || walkBlock(node, context) { return }
        walkInline(node, context)
    }

    /// The emoji an `<img>` draws in place of the character (sixteenth trial, finding 12): WordPress's
    /// `wp-emoji` script, on by default, saves every emoji of a post as `<img role="img" class="emoji"
    /// alt="📦" src="…/emoji/15.0.3/svg/1f4e6.svg">`, and Twemoji as `<img class="emoji" draggable="false"
    /// alt="📦">`; both write the character itself in `alt`. An `<img>` whose `class` has the word `emoji`, or
    /// whose `src` lies in an `emoji` folder, and whose `alt` is one to four characters without a letter or
    /// digit, is that text (a `:name:` alt stays an image); `nil` for any other element.
    static func emojiImageText(_ node: HTMLNode) -> String? {
        guard node.name == "img", let alt = node.attributes["alt"]?.trimmingCharacters(in: .whitespaces), !alt.isEmpty,
              alt.count <= 4, !alt.contains(where: { $0.isLetter || $0.isNumber || $0.isWhitespace }) else { return nil }
        let source = (node.attributes["src"] ?? "").lowercased()
        guard markupWords(node).contains("emoji") || source.contains("/emoji/") || source.contains("/twemoji/") else { return nil }
        return alt
    }

    /// Whether an element's content is not to be translated: `translate="no"` (HTML Living Standard, "The
    /// translate attribute"; any case, surrounding space ignored) or the class `notranslate` (Google Translate's
    /// and most CMS translation plugins' convention). Not on `<html>`, `<body>`, `<main>` or `<article>`, where
    /// sites set it to keep browsers from machine-translating the page, not to mark text as untranslatable;
    /// not when an element inside sets `translate="yes"` again (that text is then read as usual, and the
    /// element's own text with it).
    static func isNotTranslated(_ node: HTMLNode) -> Bool {
        guard node.kind == .element, !["html", "body", "main", "article"].contains(node.name) else { return false }
        let value = { (n: HTMLNode) in n.attributes["translate"]?.trimmingCharacters(in: .whitespaces).lowercased() }
        let classes = (node.attributes["class"] ?? "").lowercased().split(whereSeparator: { isHTMLSpace($0) })
        guard value(node) == "no" || classes.contains("notranslate") else { return false }
        func reenabled(_ n: HTMLNode) -> Bool { n.children.contains { $0.kind == .element && (value($0) == "yes" || value($0) == "" || reenabled($0)) } }
        return !reenabled(node)
    }

    /// The elements that are not translated text of their own or need more than their name to place:
    /// skipped elements and site chrome (a skipped block-level element still ends the block being
    /// collected), embeds, raw HTML blocks of the Markdown source, footnote definitions and references.
    /// Marks `context` inside the main content or the endnotes where the element says so.
    /// - Returns: whether `node` was handled (or skipped) here.
    mutating func walkSpecial(_ node: HTMLNode, _ context: inout Context) -> Bool {
        if let character = Self.emojiImageText(node) {
            // An emoji drawn as an image (WordPress's wp-emoji, Twemoji) is a character of the sentence.
            addText(character, context, line: node.line)
            return true
        }
        if node.name == "button", keepsStructure, currentContainers.last.map({ $0.attributes["class"]?.contains("kg-") == true }) == true, Self.isGhostCard(node) {
            // The button of a Ghost card (a toggle's `kg-toggle-card-icon`): markup of the card, its
            // `aria-label` translated.
            addEmbed(EmbedMarkup.serialize(node), line: node.line)
            return true
        }
        if Self.skippedAlways.contains(node.name) || isChrome(node, context) || Self.isWordListMarker(node)
            || Self.isDocsCommentAnchor(node) || Self.isDocsCommentThread(node) {
            // A skipped block-level element still ends the paragraph around it (HTML5 closes an open
            // <p> at <nav>, <footer>, <aside>, <header> and <form>; libxml2's HTML4 parser does not).
            // A theme's post data ("Posted on … by …") is not text, but its <time datetime> is the date.
            if Self.isPostMeta(node, words: Self.markupWords(node)) || Self.isDateStamp(node) {
                timeValues += node.elements(named: "time").compactMap { $0.attributes["datetime"] }
            }
            if Self.blockLevel.contains(node.name) { flush() }
            return true
        }
        if skipsChrome, pageHasMainContent, !context.insideMain, node.name != "main", node.name != "article",
           node.firstElement(named: "main") == nil, node.firstElement(named: "article") == nil,
           !contentLandmarkPath.contains(ObjectIdentifier(node)) {
            // Outside the page's <main> and <article>: site chrome (a cookie banner, a site header), except
            // the title when they hold no <h1>.
            let titleAllowed = !mainContentHasH1 && titleRule == .firstH1 && !titleFound
            if titleAllowed && node.name == "h1" {
                context.insideMain = true
            } else if !(titleAllowed && node.firstElement(named: "h1") != nil) {
                if Self.blockLevel.contains(node.name) { flush() }
                return true
            }
        }
        if EmbedMarkup.elements.contains(node.name) {
            addEmbed(EmbedMarkup.serialize(node), line: node.line)
            return true
        }
        if EmbedMarkup.isCustomElement(node.name), node.textContent.allSatisfy(Self.isHTMLSpace) {
            // A custom element without text (seventeenth trial, finding 3: Drupal's `<drupal-media
            // data-caption="…">`, the article's image, was dropped): markup of the page the reader cannot know,
            // written back as it was, its `alt`, `title` and `data-caption` translated, as an `<iframe>`'s.
            addEmbed(EmbedMarkup.serialize(node), line: node.line)
            return true
        }
        if let number = node.attributes["data-taalgrens-embed"], let raw = rawBlocks[number] {
            // A raw HTML block of the Markdown source stands at its top level (the pre-processor only keeps
            // those): in no quotation or figure, even where Ink 0.6 carried a quote on past it.
            let (quote, figure) = (currentQuote, currentFigure)
            (currentQuote, currentFigure) = (nil, nil)
            if number.hasPrefix("m") {
                addEmbed(MDX.pieces(raw), line: node.line, shortcode: true)  // MDX statements or code alone (``MDX``)
            } else if number.hasPrefix("s"), let pieces = Shortcode.pieces(raw) {
                addEmbed(pieces, line: node.line, shortcode: true)  // template tags (``Shortcode``)
            } else {
                addEmbed(raw, line: node.line)
            }
            (currentQuote, currentFigure) = (quote, figure)
            return true
        }
        if Self.isNotTranslated(node) {
            // HTML's `translate="no"` and the `notranslate` class: written back as it is, nothing offered for
            // translation; a block as an embed block, a phrase as a standalone code holding its markup (a
            // placeholder a CAT tool shows locked, its original data the markup).
            let markup = EmbedMarkup.serialize(node)
            if Self.blockLevel.contains(node.name) || Self.blockLevel.contains(where: { node.firstElement(named: $0) != nil }) {
                addEmbed([.markup(markup)], line: node.line)
            } else {
                addPiece(.standalone(type: .other, attributes: ["markup": markup, "html": markup, "translate": "no"]), context, line: node.line)
            }
            return true
        }
        let role = node.attributes["role"]?.lowercased()
        let classes = Set((node.attributes["class"] ?? "").lowercased().split(separator: " ").map(String.init))
        if role == "doc-backlink" { return true }
        if node.name == "a", Self.isFootnoteBacklink(node, classes: classes, inEndnotes: context.inEndnotes) { return true }
        if node.name == "sup", node.children.contains(where: Self.isDocsCommentAnchor),
           node.children.allSatisfy({ Self.isDocsCommentAnchor($0) || ($0.kind == .text && $0.text.allSatisfy(Self.isHTMLSpace)) }) {
            return true  // a Google Docs comment's mark in the text: `<sup><a href="#cmnt1">[a]</a></sup>`
        }
        if node.name == "a", (node.attributes["href"] ?? "").hasPrefix("#ftnt_ref") || Self.wordNoteNumber(backlink: node) != nil {
            return true  // a Docs or Word note's way back to its reference
        }
        if node.name == "p", let label = Self.docsFootnoteDefinitionLabel(node) ?? Self.wordNoteDefinitionLabel(node) {
            // A Google Docs footnote's text (`<p><a href="#ftnt_ref1" id="ftnt1">[1]</a> The note.</p>`), a
            // Word footnote's or endnote's (`<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> …`).
            walkFootnoteText(node, label: label, context)
            return true
        }
        if node.name == "a", let label = Self.wordNoteReferenceLabel(node) {
            // Word's footnote or endnote reference, `<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]…`.
            addPiece(.standalone(type: .other, attributes: Self.footnoteReference(label)), context, line: node.line)
            return true
        }
        if node.name == "sup", let label = Self.footnoteReferenceLabel(inSup: node) ?? Self.docsFootnoteReferenceLabel(inSup: node)
            ?? node.attributes["data-fn"].map({ footnoteNumbers[$0] ?? $0 }) {
            // `<sup id="fnref1"><a href="#fn1">1</a></sup>` (WordPress, Hugo): a footnote reference.
            addPiece(.standalone(type: .other, attributes: Self.footnoteReference(label)), context, line: node.line)
            return true
        }
        // `footnotes` (WordPress, Hugo, Pandoc), `footnote` on a div or section (Python-Markdown, Ghost).
        if role == "doc-endnotes" || classes.contains("footnotes") || classes.contains("wp-block-footnotes")
            || (classes.contains("footnote") && ["div", "section"].contains(node.name)) {
            context.inEndnotes = true
        }
        if role == "doc-footnote" || role == "doc-endnote" || (context.inEndnotes && node.name == "li"),
           let label = Self.footnoteLabel(id: node.attributes["id"]).map({ footnoteNumbers[$0] ?? $0 }) {
            walkFootnoteText(node, label: label, context)
            return true
        }
        if node.name == "a", role == "doc-noteref" || classes.contains("footnote-ref") {
            let label = Self.footnoteLabel(id: node.attributes["href"].map { String($0.drop { $0 == "#" }) })
                ?? BlockBuilder.collapse(node.textContent)
            if !label.isEmpty { addPiece(.standalone(type: .other, attributes: Self.footnoteReference(label)), context, line: node.line) }
            return true
        }
        return false
    }

    /// Block-level elements: headings (the title), paragraphs, quotations, lists and their items, tables,
    /// rows and cells, captions and definition lists, code blocks, rules, figures and other containers.
    /// Each ends the block being collected and starts its own.
    /// - Returns: whether `node` is one of them (and was walked).
    mutating func walkBlock(_ node: HTMLNode, _ enclosing: Context) -> Bool {
        var context = enclosing
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
            if let bare = Self.bareWordListMarker(node) {
                // Word's heading number (`<h1><a name="_Toc…">1.<span style='font:7.0pt …'>…</span>Title</a></h1>`).
                skippedNodes.formUnion(bare.nodes.map(ObjectIdentifier.init))
            }
            takeAttributes(of: node, &context)
            walkChildren(node, context)
            flush()
        case "p" where context.itemFlow, "div" where context.itemFlow:
            // A paragraph inside a list item is the item's (thirteenth trial, finding 4: a live feed's
            // `<li id="post-3"><time>11 h 45</time> <p>À Knokke, …</p></li>` was two items, the post's text in a
            // new item without its id; a loose list's item of two paragraphs was two items): the item goes on
            // after a line break, which reads as a space and renders as `<br>` (HTML: `li` holds flow content).
            if pieces.contains(where: { if case .text(let t) = $0 { !t.allSatisfy(Self.isHTMLSpace) } else { true } }),
               !lastMeaningfulPieceIsLineBreak() {
                addPiece(.standalone(type: .lineBreak, attributes: [:]), context, line: node.line)
            }
            walkChildren(node, context)
        case "p":
            flush()
            if let role = Self.definitionRole(of: node) { context.role = role }
            applyParagraphStyle(of: node, &context)
            takeAttributes(of: node, &context)
            walkChildren(node, context)
            flush()
        case "blockquote":
            flush()
            context.kind = .quote
            context.level = nil
            let outer = currentQuote
            if node.textContent.first(where: { !Self.isHTMLSpace($0) }) == Self.quoteContinuation, let last = lastQuote {
                currentQuote = last
            } else {
                quoteSerial += 1
                currentQuote = quoteSerial
            }
            for (key, value) in Self.keptAttributes(of: node) where key == "cite" || key == "class" || key == "id" {
                context.inherited["quote." + key] = value
            }
            walkChildren(node, context)
            flush()
            lastQuote = currentQuote
            currentQuote = outer
        case "ul", "ol":
            flush()
            context.listDepth = Self.docsListLevel(node) ?? context.listDepth + 1
            context.ordered = node.name == "ol"
            context.listAttributes = Self.keptAttributes(of: node)
            context.listOwner = ObjectIdentifier(node)
            walkChildren(node, context)
            flush()
        case "li":
            flush()
            context.itemFlow = true
            context.kind = .listItem
            context.level = max(context.listDepth, 1)
            takeAttributes(of: node, &context)
            if keepsStructure, let list = context.listOwner, !usedAttributeOwners.contains(list), !context.listAttributes.isEmpty {
                // The first item carries its list's attributes (`start`, `reversed`, `type`).
                usedAttributeOwners.insert(list)
                if context.attributesOwner != ObjectIdentifier(node) { context.attributes = [:] }
                for (key, value) in context.listAttributes { context.attributes["list." + key] = value }
                context.attributesOwner = ObjectIdentifier(node)
            } else if !keepsStructure, context.ordered, let list = context.listOwner, !usedAttributeOwners.contains(list),
                      let start = context.listAttributes["start"] {
                // A Markdown list's start number (CommonMark 5.3: the first item's number; Ink writes it as
                // `<ol start>`), the one attribute a Markdown list has (fifteenth trial, finding 17: steps 3–4
                // after an image came back as 1–2).
                usedAttributeOwners.insert(list)
                context.attributes = ["list.start": start]
                context.attributesOwner = ObjectIdentifier(node)
            }
            walkChildren(node, context)
            flush()
        case "table" where Self.isLayoutTable(node):
            // A table that lays the page out (an e-mail template, a one-cell box): its cells are the page's
            // flow, not table cells.
            flush()
            context.layoutTable = true
            walkChildren(node, context)
            flush()
        case _ where context.layoutTable && ["tr", "td", "th", "thead", "tbody", "tfoot"].contains(node.name):
            flush()
            walkChildren(node, context)
            flush()
        case "table":
            flush()
            context.layoutTable = false
            if keepsStructure {
                for (key, value) in Self.keptAttributes(of: node) { context.inherited["table." + key] = value }
            }
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
            let columnSpan = Self.cellSpan(node.attributes["colspan"], maximum: 1000)
            context.kind = .tableCell
            context.level = columnStack[columnStack.count - 1] + 1
            columnStack[columnStack.count - 1] += columnSpan ?? 1
            context.role = node.name == "th" ? .headerCell : nil
            context.columnSpan = columnSpan
            context.rowSpan = Self.cellSpan(node.attributes["rowspan"], maximum: 65534)
            context.alignment = Self.cellAlignment(node)
            takeAttributes(of: node, &context)
            walkChildren(node, context)
            flush()
        case "caption", "figcaption", "dt", "dd":
            // Captions are `caption` blocks (a table's with its role); a definition list's terms and
            // descriptions are paragraphs with theirs.
            flush()
            context.kind = node.name.hasSuffix("caption") ? .caption : .paragraph
            context.level = nil
            context.role = ["caption": .tableCaption, "dt": .definitionTerm, "dd": .definitionDescription][node.name]
            takeAttributes(of: node, &context)
            walkChildren(node, context)
            flush()
        case "pre" where context.kind == .paragraph && openCodes.isEmpty:
            // A code block is never translated: one standalone `code` code holding the code as written.
            flush()
            var text = Self.preformattedText(node)
            while text.first == "\n" { text.removeFirst() }
            while text.last == "\n" { text.removeLast() }
            guard !text.isEmpty else { return true }
            let code = InlineCode(id: "1", kind: .standalone, type: .code, attributes: ["display": "block", "text": ICU.normalize(text, .nfc)])
            record(Built(block: Block(kind: .paragraph, content: RichText([.code(code)]), line: node.line)))
        case "pre":
            // Inside a list, quote or table (Markdown cannot write a fenced block there): as before, a
            // block-level code span whose text is the code.
            flush()
            context.preformatted = true
            let key = openCode(.code, ["display": "block"])
            walkChildren(node, context)
            closeCode(key)
            flush()
        case "hr" where (keepsStructure || keepsThematicBreaks) && !context.inEndnotes:
            // A thematic break between parts of the article is kept (an embed: markup, no text).
            let attributes = Self.keptAttributes(of: node).sorted { $0.key < $1.key }
            addEmbed("<hr" + attributes.map { " \($0.key)=\"\(MarkupEscaping.attribute($0.value))\"" }.joined() + ">", line: node.line)
        case "hr":
            flush()
        case _ where keepsStructure && ["thead", "tbody", "tfoot"].contains(node.name):
            flush()
            context.inherited["row.group"] = node.name
            walkChildren(node, context)
            flush()
        case "summary" where keepsStructure:
            // The label of a <details> box: its paragraph or heading is written inside <summary>.
            flush()
            context.role = .summary
            takeAttributes(of: node, &context)
            walkChildren(node, context)
            flush()
        case "footer" where keepsStructure && currentQuote != nil:
            // A quotation's source ("— Name, <cite>Paper</cite>"), part of the quotation.
            flush()
            context.role = .attribution
            takeAttributes(of: node, &context)
            walkChildren(node, context)
            flush()
        case "figure":
            flush()
            let outer = currentFigure
            figureSerial += 1
            currentFigure = figureSerial
            if node.children.contains(where: { $0.kind == .element && ($0.name == "figure" || $0.firstElement(named: "figure") != nil) }) {
                galleryFigures.insert(figureSerial)
            }
            if keepsStructure {
                // The figure's own `id` and `class` (seventeenth trial, finding 3: CKEditor 5 writes a table as
                // `<figure class="table">`, an aligned image as `<figure class="image image-style-align-left">`;
                // the site's style hangs on them). An inner figure's replace an outer one's for its blocks.
                for key in ["figure.id", "figure.class"] { context.inherited[key] = nil }
                for (key, value) in Self.keptAttributes(of: node) where key == "class" || key == "id" {
                    context.inherited["figure." + key] = value
                }
            }
            walkChildren(node, context)
            flush()
            currentFigure = outer
        case _ where Self.containers.contains(node.name):
            flush()
            let kept = keepsContainer(node, context)
            if node.name == "article" || node.name == "main" { context.insideMain = true }
            if node.name == "article" { context.articleDepth += 1 }
            if kept {
                containerSerial += 1
                currentContainers.append(BlockContainer(element: node.name, attributes: Self.keptAttributes(of: node), serial: containerSerial))
            }
            let htmlCard = ghostHTMLCardOpen
            if node.name == "div" { ghostHTMLCardOpen = false }  // only the card's outer `<div>`
            walkChildren(node, context)
            if node.name == "div", htmlCard { ghostHTMLCardOpen = true }
            flush()
            if kept { currentContainers.removeLast() }
        default:
            return false
        }
        return true
    }

    /// Inline elements: line breaks, images, links, emphasis, code spans, superscripts and footnote
    /// references, abbreviations, other phrasing markup kept as inline codes; any other element is
    /// transparent (its children are walked).
    mutating func walkInline(_ node: HTMLNode, _ context: Context) {
        switch node.name {
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
                if let code = target.code {
                    addPiece(.standalone(type: .other, attributes: code), context, line: node.line)
                    return
                }
                if let tag = target.template {
                    // A template tag in running text (`Call {{< phone >}} today.`): markup, kept byte for byte.
                    addPiece(.standalone(type: .other, attributes: Shortcode.inlineCodeAttributes(tag)), context, line: node.line)
                    return
                }
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
                if let page = target.wikiPage { attributes["wiki"] = page }
                if let width = target.width { attributes["width"] = width }
                if let height = target.height { attributes["height"] = height }
            }
            attributes["src"] = source
            if let alt, !alt.isEmpty { attributes["alt"] = alt }
            if let title, !title.isEmpty { attributes["title"] = title }
            // Intrinsic dimensions reserve the image's room while it loads (TRIAL7 finding 10): kept when they
            // are valid non-negative integers (HTML Living Standard 4.8.4.4, "dimension attributes").
            for key in ["width", "height"] {
                if let value = node.attributes[key].map({ String($0.filter { !Self.isHTMLSpace($0) }) }),
                   !value.isEmpty, value.count <= 6, value.allSatisfy(\.isASCII), value.allSatisfy(\.isNumber) {
                    attributes[key] = value
                }
            }
            // Responsive candidates (`srcset`, with its `sizes`): kept when every candidate's address is safe,
            // so that a bundle copies the local ones as it does a `<picture>`'s `<source srcset>`.
            if let candidates = Self.pictureSource(node)?["srcset"] {
                attributes["srcset"] = candidates
                if let sizes = node.attributes["sizes"].map(Self.collapse), !sizes.isEmpty { attributes["sizes"] = sizes }
            }
            addPiece(.standalone(type: .image, attributes: attributes), context, line: node.line)
        case "a":
            guard var href = node.attributes["href"] else {
                if let list = node.attributes["data-taalgrens-ial"] {
                    blockAttributeList(list)
                    return
                }
                if let name = node.attributes["name"] ?? node.attributes["id"] { bookmark(name) }
                walkChildren(node, context)
                return
            }
            var title = node.attributes["title"]
            var attributes: [String: String] = [:]
            if let target = linkTargets[href] {
                href = target.destination
                title = target.title
                if let reference = target.reference { attributes["ref"] = reference }
                if let page = target.wikiPage { attributes["wiki"] = page }
            }
            // A link a tool wrapped in its redirector (Google Docs, Outlook Safe Links) goes where it says.
            attributes["href"] = LinkRedirect.target(of: href)
            if let title, !title.isEmpty { attributes["title"] = title }
            // `download` (HTML 4.6.5): the link saves its target, under the name given when there is one.
            if let download = node.attributes["download"] { attributes["download"] = download }
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
                    // `<kbd>` (a key) and `<samp>` (a program's output) keep their element (fourteenth trial,
                    // finding 17: keys came back as `<code>`); `<code>` and `<tt>` are code.
                    let element = node.name == "kbd" || node.name == "samp" ? node.name : "code"
                    var attributes = ["text": text, "markup": "<\(element)>" + MarkupEscaping.text(text) + "</\(element)>"]
                    if element != "code" { attributes["element"] = element }
                    addPiece(.standalone(type: .code, attributes: attributes), context, line: node.line)
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
            // The machine-readable value is kept on a paired code (TRIAL7 finding 9); the shown text is translated.
            if let datetime = node.attributes["datetime"], !datetime.allSatisfy(Self.isHTMLSpace) {
                blockTimeValues.append(datetime)
                inline(.other, Self.withLanguage(["element": "time", "datetime": datetime], node), node, context)
            } else {
                walkChildren(node, context)
            }
        case "wbr":
            return
        case _ where (keepsStructure && ["cite", "mark", "small", "dfn", "q"].contains(node.name)) || ["mark", "q"].contains(node.name):
            // Phrasing elements a page's layout relies on (a quotation's <cite>, a highlight): kept as paired
            // `other` codes with `element`, their text translated.
            inline(.other, Self.withLanguage(["element": node.name], node), node, context)
        case "picture" where keepsStructure:
            // Art direction (HTML 4.8.1): the <picture> and its <source> candidates are kept around the image.
            inline(.other, ["element": "picture"], node, context)
        case "source" where keepsStructure:
            if let attributes = Self.pictureSource(node) { addPiece(.standalone(type: .other, attributes: attributes), context, line: node.line) }
            // libxml2's HTML4 parser does not know <source> is void and nests what follows inside it.
            walkChildren(node, context)
        case "span" where !spanStyles(node, context).isEmpty:
            // A Google Docs run styled by its class (`<span class="c3">`, `.c3{font-weight:700}`).
            walkStyledSpan(node, spanStyles(node, context), context)
        default:
            if let lang = Self.language(of: node), !Self.sameLanguage(lang, context.language) {
                // `<span lang="fr">« Restez prudents »</span>` (TRIAL7 finding 10): a passage in another language
                // keeps its tag (WCAG 2.1, success criterion 3.1.2), as a paired code rendered `<span lang>`.
                inline(.other, ["lang": lang], node, context)
            } else {
                walkChildren(node, context)
            }
        }
    }

    /// The language an element declares (`lang`, else `xml:lang`), when it is a well-formed BCP 47 tag.
    static func language(of node: HTMLNode) -> String? {
        guard let value = node.attributes["lang"] ?? node.attributes["xml:lang"] else { return nil }
        let tag = String(value.filter { !isHTMLSpace($0) })
        return LanguageTag(tag).map(\.identifier)
    }

    /// Whether the tag `lang` names the language of `enclosing` (same primary language subtag: `en-GB` in an
    /// `en` block is not another language); `false` when nothing encloses it.
    static func sameLanguage(_ lang: String, _ enclosing: String?) -> Bool {
        guard let enclosing, let a = LanguageTag(lang), let b = LanguageTag(enclosing) else { return false }
        return !a.isAnotherLanguage(than: b)
    }

    /// `attributes` plus the element's `lang` (``language(of:)``) when it declares one.
    static func withLanguage(_ attributes: [String: String], _ node: HTMLNode) -> [String: String] {
        var out = attributes
        if let lang = language(of: node) { out["lang"] = lang }
        return out
    }

    /// A cell's alignment: the `text-align` of its `style` attribute (CSS Text 3 §7.1; `start`/`end` are read as
    /// left and right, the languages here being left-to-right), else its obsolete `align` attribute (what Ink writes
    /// for a pipe table's `:--`, `:-:`, `--:`); `justify` and unknown values are the default (`nil`).
    static func cellAlignment(_ node: HTMLNode) -> CellAlignment? {
        func trimmed(_ text: Substring) -> String {
            String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()).lowercased()
        }
        func parse(_ value: Substring) -> CellAlignment? {
            switch trimmed(value.split(separator: "!").first ?? "") {
            case "left", "start": .left
            case "center", "middle": .center
            case "right", "end": .right
            default: nil
            }
        }
        if let style = node.attributes["style"] {
            for declaration in style.split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1)
                if parts.count == 2, trimmed(parts[0]) == "text-align", let alignment = parse(parts[1]) { return alignment }
            }
        }
        return node.attributes["align"].flatMap { parse($0[...]) }
    }

    /// A cell's `colspan` or `rowspan` value when it is a valid span above 1, else `nil` (1). As in HTML's
    /// table processing model (HTML Living Standard, 4.9.12), a value that is not a non-negative integer
    /// counts as 1 (`nil`) and a larger one is clamped to `maximum` (1000 columns, 65534 rows); `rowspan="0"`
    /// ("to the end of the row group") is kept as 1, since blocks carry no row groups.
    static func cellSpan(_ value: String?, maximum: Int) -> Int? {
        // HTML's rules for parsing non-negative integers: leading white space skipped, then the digits
        // ("2px" is 2).
        guard let digits = value.map({ String($0.drop(while: \.isWhitespace).prefix(while: \.isASCII).prefix(while: \.isNumber)) }),
              !digits.isEmpty else { return nil }
        guard let number = Int(digits.prefix(7)), number > 1 else { return nil }
        return min(number, maximum)
    }

    /// The role a finished block keeps: header cells and captions for table cells and captions, definition
    /// terms and descriptions for paragraphs (a list item or heading inside a `<dd>` is just that).
    static func keepsRole(_ role: BlockRole?, kind: BlockKind) -> BlockRole? {
        switch role {
        case .headerCell?, .tableCaption?: kind == .tableCell || kind == .caption ? role : nil
        case .definitionTerm?, .definitionDescription?: kind == .paragraph ? role : nil
        case .summary?: role
        case .attribution?: kind == .quote ? role : nil
        default: kind == .tableCell || kind == .caption ? role : nil
        }
    }

    /// Whether a link is shown as a control of its own: it saves its target (`download`) or its class names
    /// it a button (`button`, `btn` in a class word: `wp-block-file__button`, `btn-primary`).
    static func isLinkControl(_ node: HTMLNode) -> Bool {
        node.attributes["download"] != nil || (node.attributes["class"] ?? "").lowercased()
            .split(whereSeparator: \.isWhitespace).contains { $0.contains("button") || $0.contains("btn") }
    }

    mutating func walkChildren(_ node: HTMLNode, _ context: Context) {
        var inner = context
        if Self.blockLevel.contains(node.name) {
            inner.line = node.line
            inner.lineOwner = ObjectIdentifier(node)
        }
        var previous: HTMLNode?
        for child in node.children {
            if child.kind == .element, child.name == "a", let before = previous, before.kind == .element, before.name == "a",
               Self.isLinkControl(before) || Self.isLinkControl(child),
               let last = before.textContent.last, !last.isWhitespace, child.textContent.first.map({ !$0.isWhitespace }) == true {
                // Two links with nothing between them, one of them a control the page shows apart (a WordPress
                // File block's Download button): a space keeps their words apart (fourteenth trial, finding 8:
                // "…(PDF, 2.4 MB)Download"). Two plain links side by side stay as written.
                addText(" ", inner, line: child.line)
            } else if child.kind == .element, let before = previous, before.kind == .element,
                      !Self.blockLevel.contains(child.name), !Self.blockLevel.contains(before.name),
                      Self.isGhostCard(before), Self.isGhostCard(child),
                      let last = before.textContent.last, !last.isWhitespace, child.textContent.first.map({ !$0.isWhitespace }) == true {
                // Two parts of a Ghost card side by side that Ghost's style sheet shows apart (a bookmark card's
                // `kg-bookmark-author` and `kg-bookmark-publisher`, "Safeonweb • CCB"): a space keeps their words
                // apart (seventeenth trial, finding 5: one glued segment "SafeonwebCCB").
                addText(" ", inner, line: child.line)
            }
            walk(child, inner)
            previous = child
        }
    }

    mutating func inline(_ type: InlineCode.CodeType, _ attributes: [String: String], _ node: HTMLNode, _ context: Context) {
        let key = openCode(type, attributes)
        walkChildren(node, context)
        closeCode(key)
    }

    mutating func openCode(_ type: InlineCode.CodeType, _ attributes: [String: String]) -> Int {
        let key = nextKey
        nextKey += 1
        openCodes.append(OpenCode(key: key, pieceKey: key, type: type, attributes: attributes, materialized: false))
        return key
    }

    mutating func closeCode(_ key: Int) {
        guard let index = openCodes.lastIndex(where: { $0.key == key }) else { return }
        // Close codes opened after this one first (mis-nested markup as libxml2 repaired it).
        while openCodes.count > index {
            let code = openCodes.removeLast()
            if code.materialized { pieces.append(.close(key: code.pieceKey)) }
        }
    }

    mutating func begin(_ context: Context, line: Int?) {
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
        blockColumnSpan = context.kind == .tableCell ? context.columnSpan : nil
        blockAlignment = context.kind == .tableCell ? context.alignment : nil
        blockRowSpan = context.kind == .tableCell ? context.rowSpan : nil
        blockAttributes = context.inherited
        if let owner = context.attributesOwner, !usedAttributeOwners.contains(owner) {
            usedAttributeOwners.insert(owner)
            blockAttributes.merge(context.attributes) { _, own in own }
        }
        if let page = pageLanguage, let lang = context.language.flatMap(LanguageTag.init), lang.isAnotherLanguage(than: page) {
            blockAttributes["lang"] = lang.identifier
        }
        if let name = pendingBookmark {
            pendingBookmark = nil
            if blockAttributes["id"] == nil { blockAttributes["id"] = name }
        }
        if blockKind == .title { titleFound = true }
        if let label = pendingFootnote {
            pendingFootnote = nil
            pieces.append(.standalone(type: .other, attributes: Self.footnoteDefinition(label)))
        }
    }

    /// Emits the opening piece of every open inline element that has none in the current block yet
    /// (elements opened since the last piece, or closed by a block boundary and continuing after it).
    mutating func materializeOpenCodes() {
        for i in openCodes.indices where !openCodes[i].materialized {
            let key = nextKey
            nextKey += 1
            openCodes[i].pieceKey = key
            openCodes[i].materialized = true
            pieces.append(.open(key: key, type: openCodes[i].type, attributes: openCodes[i].attributes))
        }
    }

    mutating func addText(_ text: String, _ context: Context, line: Int?) {
        if !begun {
            let meaningful = context.preformatted ? !text.isEmpty : text.contains { !Self.isHTMLSpace($0) }
            guard meaningful else { return }
        }
        begin(context, line: line)
        materializeOpenCodes()
        // Invisible format characters go before white space is collapsed, so none leaves a space at a block's edge.
        var visible = InvisibleFormat.removing(from: text)
        if noBreakSpaceIsSpace && visible.contains("\u{00A0}") { visible = String(visible.map { $0 == "\u{00A0}" ? " " : $0 }) }
        let reserved = visible.contains { Self.markCharacters.contains($0) }
        pieces.append(.text(reserved ? visible.filter { !Self.markCharacters.contains($0) } : visible))
    }

    /// Adds the text of a page's text node, each template tag in it (`[caption id="…"]`, `{{< phone >}}`,
    /// `{% include form.html %}`; ``TemplateTagScanner/tagEnd(at:limit:)``) as one standalone `other` code kept
    /// byte for byte (``Shortcode/inlineCodeAttributes(_:)``), as in Markdown (session 11: a WordPress
    /// export's `[caption]` in a `<p>` was text to translate).
    /// - Complexity: O(n log n) in the text's length (``TemplateTagScanner``).
    mutating func addTextWithTemplateTags(_ text: String, _ context: Context, line: Int?) {
        let characters = Array(text)
        let tags = TemplateTagScanner(characters)
        var start = 0
        var i = 0
        while i < characters.count {
            guard characters[i] == "{" || characters[i] == "[" || characters[i] == "*",
                  let end = tags.tagEnd(at: i, limit: characters.count) else {
                i += 1
                continue
            }
            if start < i { addText(String(characters[start..<i]), context, line: line) }
            addPiece(.standalone(type: .other, attributes: Shortcode.inlineCodeAttributes(String(characters[i..<end]))), context, line: line)
            i = end
            start = end
        }
        if start < characters.count { addText(String(characters[start...]), context, line: line) }
    }

    /// Adds a text node's text: with its template tags as codes (``addTextWithTemplateTags(_:_:line:)``) on a
    /// page whose chrome is skipped, else as text.
    mutating func addTextNode(_ text: String, _ context: Context, line: Int?) {
        if skipsChrome, !context.preformatted, text.contains(where: { $0 == "{" || $0 == "[" || $0 == "*" }) {
            addTextWithTemplateTags(text, context, line: line)
        } else {
            addText(text, context, line: line)
        }
    }

    /// The characters Unicode makes mandatory breaks (UAX #14, classes BK and NL) that HTML does not read
    /// as white space, by what they break: Word's manual line break U+000B (Shift+Enter, as Word's plain
    /// text and clipboard give it), U+0085 NEXT LINE and U+2028 LINE SEPARATOR (InDesign's forced line
    /// break, JavaScript editors) end a line; U+2029 PARAGRAPH SEPARATOR ends a paragraph. (U+000C is HTML
    /// white space, CommonMark's too.)
    static let lineSeparators: [Unicode.Scalar: Bool] = ["\u{0B}": false, "\u{85}": false, "\u{2028}": false, "\u{2029}": true]

    /// Adds a text node holding ``lineSeparators`` (seventeenth trial, finding 8: a contact block pasted from
    /// Word was one heading full of U+000B, written raw into `article.html`): each line break is a line-break
    /// code, as `<br>` is; a paragraph separator ends the block, as a blank line does; in preformatted text
    /// each is a line feed.
    mutating func addSeparatedLines(_ text: String, _ context: Context, line: Int?) {
        var run = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let endsParagraph = Self.lineSeparators[scalar] else { run.append(scalar); continue }
            if context.preformatted { run.append("\n"); continue }
            if !run.isEmpty { addTextNode(String(run), context, line: line) }
            run = String.UnicodeScalarView()
            if endsParagraph {
                flush()
            } else if begun {
                addPiece(.standalone(type: .lineBreak, attributes: [:]), context, line: line)
            }
        }
        if !run.isEmpty { addTextNode(String(run), context, line: line) }
    }

    mutating func addPiece(_ piece: Piece, _ context: Context, line: Int?) {
        begin(context, line: line)
        materializeOpenCodes()
        pieces.append(piece)
    }

    /// A bookmark, an anchor without `href` that links point to (`<a name="_Toc123456">` around a Word
    /// heading, `<a name="_Ref…">`, an old page's `<a name="contact">`, a Google Docs `<a id>`): the block it
    /// stands in (or the next one to begin) takes its name as its `id` when it has none, so that a link
    /// to `#name` (a Word table of contents, a cross-reference, another page) still leads there in the
    /// rendered article (session 14's left-over, fourteenth trial finding 15). A Markdown heading's written
    /// id (`## Contact {#contact}`) comes as such a bookmark too (``PandocMarkdown``). A name with white
    /// space, which no `id` can hold, is left out.
    mutating func bookmark(_ name: String) {
        let name = Self.collapse(name)
        guard !name.isEmpty, !name.contains(" ") else { return }
        if begun {
            if blockAttributes["id"] == nil { blockAttributes["id"] = name }
        } else if pendingBookmark == nil {
            pendingBookmark = name
        }
    }

    /// A Markdown block attribute list (`{: .lead}`, `{.lead #intro}`; ``PandocMarkdown``) for the block
    /// being built: its classes become the block's `class`, its id the block's `id` (unless the block has
    /// one), `data-*` values are kept, and the list as written is kept under `markdown.attributes` for the
    /// Markdown renderer to write back on its own line (fifteenth trial, finding 2).
    mutating func blockAttributeList(_ list: String) {
        guard begun else { return }
        var classes: [String] = []
        for match in list.matches(of: /([.#])([A-Za-z0-9_][\w.:-]*)|([A-Za-z_][\w-]*)=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/) {
            if let mark = match.1, let name = match.2 {
                if mark == "." { classes.append(String(name)) } else if blockAttributes["id"] == nil { blockAttributes["id"] = String(name) }
            } else if let key = match.3, key.hasPrefix("data-") {
                blockAttributes[String(key)] = String(match.4 ?? match.5 ?? match.6 ?? "")
            }
        }
        if !classes.isEmpty {
            blockAttributes["class"] = ((blockAttributes["class"].map { [$0] } ?? []) + classes).joined(separator: " ")
        }
        blockAttributes[Self.markdownAttributesKey] = list
    }

    /// The block attribute key under which a Markdown block attribute list is kept as written.
    static let markdownAttributesKey = "markdown.attributes"

    func lastMeaningfulPieceIsLineBreak() -> Bool {
        for piece in pieces.reversed() {
            switch piece {
            case .text(let t) where t.allSatisfy(Self.isHTMLSpace): continue
            case .standalone(type: .lineBreak, _): return true
            default: return false
            }
        }
        return false
    }

    mutating func removeLastLineBreak() {
        if let index = pieces.lastIndex(where: { if case .standalone(type: .lineBreak, _) = $0 { true } else { false } }) {
            pieces.remove(at: index)
        }
    }

    /// The private-use marks the Markdown pre-processor leaves in text for the block builder, removed from
    /// text: ``reservedCharacter``, ``quoteContinuation`` and the definition list's marks.
    static let markCharacters: Set<Character> = [reservedCharacter, quoteContinuation,
                                                 MarkdownPreprocessor.definitionTermMark, MarkdownPreprocessor.definitionDescriptionMark]

    /// The role of a Markdown paragraph the pre-processor marked as a definition list's term or description
    /// (``MarkdownPreprocessor/definitionListItems(_:)``: its text starts with the mark), or `nil`.
    static func definitionRole(of node: HTMLNode) -> BlockRole? {
        switch node.textContent.first(where: { !isHTMLSpace($0) }) {
        case MarkdownPreprocessor.definitionTermMark?: .definitionTerm
        case MarkdownPreprocessor.definitionDescriptionMark?: .definitionDescription
        default: nil
        }
    }

    /// U+E001, which the Markdown pre-processor uses to keep Ink from cutting a paragraph; removed from text.
    static let reservedCharacter: Character = "\u{E001}"
    /// U+E004, which the Markdown pre-processor puts at the start of a quote that continues the one before
    /// it (after an empty `>` line): the block builder gives it the same quotation and removes the character.
    static let quoteContinuation: Character = "\u{E004}"

    static func isHTMLSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c == "\r\n"
    }
}
