import Foundation

/// Rewrites Markdown before Ink 0.6 sees it, so that Ink's HTML means what CommonMark (0.31) says the
/// Markdown means. Each rewrite answers a defect of Ink 0.6 (see `docs/articles.md`, "Markdown"):
///
/// | Ink 0.6 defect | rewrite |
/// |---|---|
/// | `snake_case_word` becomes emphasis | an `_` between two letters or digits becomes `&#95;` |
/// | `<https://…>` autolinks pass through raw | `[https://…](token)`; `<a@b.be>` → `mailto:` |
/// | link titles `[t](url "title")` break the `href` | every inline, reference and autolink destination (and its title) is replaced by a token (`taalgrens-link:N`) that the block builder resolves; this also keeps `&`, `_` and quotes in URLs intact |
/// | no setext headings (`Title` / `=====`) | the paragraph becomes `# Title` (`##` for `-----`) |
/// | backslash escapes do not stop emphasis | `\*` and every other escaped ASCII punctuation character becomes a numeric character reference (`&#42;`), which Ink passes through and libxml2 decodes |
/// | a line starting with `#`, `<`, `` ` `` or `-` inside a paragraph starts a new block | soft-wrapped paragraph lines are joined with a space (hard breaks kept) |
/// | an image or inline HTML at the start of a paragraph is cut out of it | such a line is prefixed with `&#xE001;` (a private-use character the block builder removes), so Ink starts a paragraph |
/// | `> p1` / `>` / `> p2` is glued into one paragraph | the empty quote line becomes a blank line (two quotes for Ink) and the second quote starts with U+E004, which makes the block builder keep both paragraphs in one quotation |
/// | `~~~` fences are not recognised; a fence's info string goes unescaped into a `class` attribute | they become backtick fences without info string |
/// | `<br>` without a slash swallows the rest of the document | void elements get their slash: `<br/>` |
/// | a list or quote right under a paragraph line (no blank line) is read as more of the paragraph | a blank line is put before a list item or quote that interrupts a paragraph (CommonMark 0.31, 5.2: a list may interrupt a paragraph) |
/// | an item after a nested list joins the nested list | every line of a list is shifted one space right, so the nested list ends where the indentation drops (two levels; deeper nesting keeps Ink's behaviour) |
/// | code spans of two or more backticks are not recognised | they become one-backtick spans (or `<code>` when the code holds a backtick) |
///
/// The pre-processor is a small scanner over lines and characters that knows fenced code, code spans,
/// raw HTML, links and escapes; it never changes text inside code or raw HTML blocks.
struct MarkdownPreprocessor {
    /// The rewritten Markdown and the destinations its tokens stand for.
    struct Result {
        var markdown: String
        var targets: [String: BlockBuilder.LinkTarget]
        /// Placeholder number → raw HTML block kept as written (``BlockBuilder/rawBlocks``).
        var rawBlocks: [String: String] = [:]
    }

    /// The prefix of destination tokens.
    static let tokenPrefix = "taalgrens-link:"

    var targets: [String: BlockBuilder.LinkTarget] = [:]
    var definitions: [String: (destination: String, title: String?)] = [:]
    /// Normalised labels of the footnote definitions (`[^label]: …`).
    var footnotes: Set<String> = []
    var rawBlocks: [String: String] = [:]
    /// The partners of the code spans and brackets of the text the inline pass reads (``Marks``).
    var marks = Marks([])
    /// The template tags of the text the inline pass reads (``TemplateTagScanner``).
    var templateTags = TemplateTagScanner([])
    /// The ends of the raw HTML of the text the inline pass reads (``RawHTMLScanner``).
    var rawHTML = RawHTMLScanner([])
    /// Plain text of an image's alt Markdown; injected so that alt text can go through Ink and libxml2.
    let altText: (String) -> String
    /// Whether a raw HTML block is to be kept as written (it has no text to translate); injected.
    let keepsRawBlock: (String) -> Bool
    /// Whether the text is MDX (``MDX``): `import`/`export` statements, JSX tags, expressions and directive
    /// fences are code.
    let mdx: Bool

    private init(altText: @escaping (String) -> String, keepsRawBlock: @escaping (String) -> Bool, mdx: Bool) {
        self.altText = altText
        self.keepsRawBlock = keepsRawBlock
        self.mdx = mdx
    }

    /// Rewrites a Markdown body (front matter already removed, LF line endings).
    /// - Parameters:
    ///   - altText: turns the Markdown of an image description into plain text.
    ///   - keepsRawBlock: whether a raw HTML block (its lines as written) is kept as written, as an embed
    ///     block: it is replaced by a placeholder `<div data-taalgrens-embed="N">` (``Result/rawBlocks``).
    ///   - mdx: read the text as MDX (``MDX``): a block of statements or of code alone is kept as written
    ///     under a placeholder `mN`, and each JSX tag, expression and directive fence in text is a template tag.
    /// - Complexity: O(n log n) in the length of the text: every mark's partner (code span, bracket,
    ///   template tag, raw HTML element) is found once for the whole text, so unmatched marks cost no more
    ///   than matched ones (``Marks``).
    static func process(_ markdown: String, altText: @escaping (String) -> String,
                        keepsRawBlock: @escaping (String) -> Bool = { _ in false }, mdx: Bool = false) -> Result {
        var processor = MarkdownPreprocessor(altText: altText, keepsRawBlock: keepsRawBlock, mdx: mdx)
        let lines = processor.blockPass(markdown)
        var output: [String] = []
        var run: [String] = []
        func flushRun() {
            if !run.isEmpty {
                output.append(resolveParagraphStarts(processor.inline(Array(run.joined(separator: "\n")))))
                run = []
            }
        }
        for line in lines {
            if line.verbatim { flushRun(); output.append(line.text) } else { run.append(line.text) }
        }
        flushRun()
        return Result(markdown: output.joined(separator: "\n"), targets: processor.targets, rawBlocks: processor.rawBlocks)
    }

    // MARK: Block pass

    struct Line {
        var text: String
        var verbatim: Bool
    }

    enum Mode { case none, paragraph, container, html, table, statements }

    mutating func blockPass(_ markdown: String) -> [Line] {
        let source = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [Line] = []
        var mode = Mode.none
        var paragraph: [String] = []
        /// The line in `out` of the last plain paragraph written (a loose definition list's term).
        var lastParagraphLine: Int?
        var fence: (marker: Character, count: Int)?
        var listShift = ""
        var quoteContainer = false
        /// After an empty `>` line: the next quote line continues the same quote.
        var quoteContinues = false
        var htmlStart = 0
        /// The rows of the pipe table being read so far.
        var tableRows = 0
        /// The lines of MDX `import`/`export` statements being read.
        var statements: [String] = []
        /// After a callout's first line: the next quote line starts the callout's body.
        var calloutTitle = false

        func keepCode(_ raw: String) {
            let number = "m" + String(rawBlocks.count + 1)
            rawBlocks[number] = raw
            out.append(Line(text: "<div data-taalgrens-embed=\"\(number)\"></div>", verbatim: true))
        }

        func finishStatements() {
            guard !statements.isEmpty else { return }
            keepCode(statements.joined(separator: "\n"))
            statements = []
        }

        func finishHTMLBlock() {
            guard mode == .html, htmlStart < out.count else { return }
            let raw = out[htmlStart...].map(\.text).joined(separator: "\n")
            guard keepsRawBlock(raw) else {
                // Its text is read: a template tag in it is a code, as in a paragraph of Markdown.
                if raw.contains("{") {
                    let tokenized = tokenizingTemplateTags(inHTML: raw)
                    if tokenized != raw {
                        out.removeSubrange(htmlStart...)
                        out += tokenized.split(separator: "\n", omittingEmptySubsequences: false).map { Line(text: String($0), verbatim: true) }
                    }
                }
                return
            }
            let number = String(rawBlocks.count + 1)
            rawBlocks[number] = raw
            out.removeSubrange(htmlStart...)
            out.append(Line(text: "<div data-taalgrens-embed=\"\(number)\"></div>", verbatim: true))
        }

        /// A comment block ends at the line holding `-->` (CommonMark 0.31, 4.6, HTML block type 2), whatever
        /// follows; Ink 0.6 ran it on to the next blank line, so a heading or list right under
        /// `<!--kg-card-begin: markdown-->` or `<!--more-->` became text of one paragraph (seventeenth trial,
        /// finding 13). A blank line written after it ends it for Ink too.
        func endCommentBlock() {
            finishHTMLBlock()
            out.append(Line(text: "", verbatim: false))
            mode = .none
        }

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            // A paragraph of template tags only (Hugo, Liquid, WordPress shortcodes) is kept as written.
            let written = paragraph.joined(separator: "\n")
            if mdx, MDX.isOnlyCode(written) {
                // MDX: a component alone, an expression or a comment alone is code kept as written.
                keepCode(written)
                paragraph = []
                return
            }
            if Shortcode.startsBlock(Self.trimLeading(paragraph[0])), Shortcode.pieces(written) != nil {
                let number = "s" + String(rawBlocks.count + 1)
                rawBlocks[number] = written
                out.append(Line(text: "<div data-taalgrens-embed=\"\(number)\"></div>", verbatim: true))
                paragraph = []
                return
            }
            // A definition list (pandoc, PHP Markdown Extra, kramdown, Goldmark): its terms and descriptions
            // are paragraphs of their own, each led by a mark the block builder turns into its role.
            var items = Self.definitionListItems(paragraph)
            let lastLine = out.lastIndex { !$0.text.isEmpty }
            if items == nil, paragraph[0].first != Self.footnoteOpen, Self.definitionMarker(paragraph[0]) != nil,
               let previous = lastParagraphLine, previous == lastLine {
                // The loose form: the term is the one-line paragraph before, a blank line between (`Term`, ``, `: text`).
                if out[previous].text.first != Self.definitionDescriptionMark, out[previous].text.first != Self.definitionTermMark {
                    out[previous].text = String(Self.definitionTermMark) + out[previous].text
                }
                items = Self.definitionListItems(["-"] + paragraph).map { Array($0.dropFirst()) }
            }
            if let items {
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(Line(text: "", verbatim: false)) }
                    let mark = item.isTerm ? Self.definitionTermMark : Self.definitionDescriptionMark
                    out.append(Line(text: String(mark) + Self.guardParagraphStart(item.text), verbatim: false))
                }
                lastParagraphLine = out.count - 1
                paragraph = []
                return
            }
            var joined = ""
            for (i, line) in paragraph.enumerated() {
                let trimmed = Self.trimLeading(line)
                if i == 0 {
                    joined = Self.guardParagraphStart(trimmed)
                } else {
                    let previous = paragraph[i - 1]
                    let hardBreak = previous.hasSuffix("  ") || (previous.hasSuffix("\\") && !previous.hasSuffix("\\\\"))
                    if mdx, MDX.isCodeLine(previous) || MDX.isCodeLine(line) {
                        // A JSX tag or directive fence on a line of its own keeps its line break (in its code).
                        joined += String(MDX.lineBreak) + trimmed
                    } else if hardBreak {
                        joined += "\n" + trimmed
                    } else {
                        joined = Self.trimTrailing(joined) + " " + trimmed
                    }
                }
            }
            out.append(Line(text: joined, verbatim: false))
            // A term is one line (pandoc): a paragraph of several lines is no loose list's term.
            lastParagraphLine = paragraph[0].first == Self.footnoteOpen || paragraph.count > 1 ? nil : out.count - 1
            paragraph = []
        }

        /// Inside an Obsidian block comment (`%%` on a line, up to the next `%%`): its lines as written.
        var comment: [String]?
        for line in source {
            if var lines = comment {
                lines.append(line)
                if line.contains("%%") {
                    // The comment ends here: one paragraph for the inline pass, its line breaks as U+E00A.
                    paragraph.append(lines.joined(separator: String(Self.commentLineBreak)))
                    mode = .paragraph
                    comment = nil
                } else {
                    comment = lines
                }
                continue
            }
            if fence == nil, mode != .html, Self.opensBlockComment(line) {
                finishStatements()
                finishHTMLBlock()
                flushParagraph()
                if mode != .none { out.append(Line(text: "", verbatim: false)) }
                comment = [line]
                continue
            }
            if let open = fence {
                let trimmed = Self.trimLeading(line)
                let run = trimmed.prefix { $0 == open.marker }
                if run.count >= open.count && trimmed.dropFirst(run.count).allSatisfy({ $0 == " " || $0 == "\t" }) && Self.indent(line) < 4 {
                    out.append(Line(text: String(repeating: "`", count: max(open.count, 3)), verbatim: true))
                    fence = nil
                } else {
                    out.append(Line(text: line, verbatim: true))
                }
                continue
            }
            let trimmed = Self.trimLeading(line)
            let isBlank = trimmed.allSatisfy { $0 == " " || $0 == "\t" }
            if isBlank {
                quoteContinues = false
                calloutTitle = false
                finishStatements()
                finishHTMLBlock()
                flushParagraph()
                out.append(Line(text: "", verbatim: false))
                mode = .none
                continue
            }
            let indent = Self.indent(line)
            if indent < 4, let marker = trimmed.first, marker == "`" || marker == "~" {
                let run = trimmed.prefix { $0 == marker }
                if run.count >= 3 && !(marker == "`" && trimmed.dropFirst(run.count).contains("`")) {
                    flushParagraph()
                    fence = (marker, run.count)
                    // The info string is dropped: Ink 0.6 writes it unescaped into a class attribute.
                    out.append(Line(text: String(repeating: "`", count: max(run.count, 3)), verbatim: true))
                    mode = .none
                    continue
                }
            }
            if mode == .paragraph, indent < 4, let level = Self.setextLevel(trimmed),
               paragraph.first?.first != Self.footnoteOpen {
                let text = paragraph.map { Self.trimLeading($0) }.map(Self.trimTrailing).joined(separator: " ")
                paragraph = []
                out.append(Line(text: String(repeating: "#", count: level) + " " + text, verbatim: false))
                mode = .none
                continue
            }
            if mode == .container, trimmed.first == ">", trimmed.dropFirst().allSatisfy({ $0 == " " || $0 == "\t" }) {
                // An empty line inside a quote separates its paragraphs: make them two quotes for Ink, the
                // second marked as continuing the first (the block builder joins them again).
                out.append(Line(text: "", verbatim: false))
                quoteContinues = quoteContainer
                continue
            }
            switch mode {
            case .statements:
                statements.append(line)
                continue
            case .html:
                out.append(Line(text: line, verbatim: true))
                if htmlStart < out.count, Self.trimLeading(out[htmlStart].text).hasPrefix("<!--"), line.contains("-->") { endCommentBlock() }
                continue
            case .container, .table:
                if calloutTitle {
                    calloutTitle = false
                    if trimmed.first == ">" {
                        out.append(Line(text: "", verbatim: false))
                        quoteContinues = true
                    }
                }
                var text = line
                if mode == .table, tableRows == 1, Self.isDelimiterRow(trimmed), let header = out.last {
                    // GFM reads no table when the header and delimiter rows have different numbers of cells,
                    // and Ink then took the delimiter row for a row of "---" cells. The author meant a table:
                    // the shorter row gets empty cells (REALARTICLES10, class 4).
                    let (headerCells, delimiterCells) = (Self.pipeCells(header.text), Self.pipeCells(trimmed))
                    if headerCells < delimiterCells {
                        out[out.count - 1].text = Self.padRow(header.text, cells: delimiterCells - headerCells, with: " ")
                    } else if delimiterCells < headerCells {
                        text = Self.padRow(trimmed, cells: headerCells - delimiterCells, with: " --- ")
                    }
                }
                if mode == .table { tableRows += 1 }
                if quoteContinues {
                    quoteContinues = false
                    let rest = trimmed.dropFirst().drop { $0 == " " || $0 == "\t" }
                    if trimmed.first == ">", rest.first != ">" {
                        text = "> " + String(BlockBuilder.quoteContinuation) + rest
                    }
                }
                if mode == .container, quoteContainer, let last = out.last {
                    // Ink 0.6 keeps reading a quote line that ends in a hard break into the next line,
                    // `>` included, and loses a two-space break: make it a backslash break and drop the
                    // next line's `>`.
                    let trailingSpaces = last.text.reversed().prefix { $0 == " " }.count
                    let backslash = last.text.hasSuffix("\\") && !last.text.hasSuffix("\\\\")
                    if trailingSpaces >= 2 || backslash {
                        if trailingSpaces >= 2 { out[out.count - 1].text = Self.trimTrailing(last.text) + "\\" }
                        if trimmed.first == ">" {
                            text = String(trimmed.dropFirst())
                            if text.first == " " { text.removeFirst() }
                        }
                    }
                }
                out.append(Line(text: (mode == .container ? listShift + Self.markingTask(text) : text), verbatim: false))
                continue
            case .paragraph:
                if Self.interruptsParagraph(trimmed, indent: indent) {
                    flushParagraph()
                    // Ink 0.6 reads a list (or quote) right under a paragraph line as more of the
                    // paragraph ("Intro. - one - two"), where CommonMark 0.31 (5.2, 5.3) starts the list:
                    // a blank line makes the list or quote start where CommonMark starts it. (Tables,
                    // headings and HTML blocks already start there.)
                    if trimmed.first == ">" || Self.listMarkerLength(trimmed) != nil {
                        out.append(Line(text: "", verbatim: false))
                    }
                    mode = .none
                } else {
                    paragraph.append(line)
                    continue
                }
            case .none:
                break
            }
            // A new block starts here.
            if mdx, paragraph.isEmpty, Self.indent(line) == 0, MDX.startsStatement(line) {
                // MDX `import`/`export`: code up to the next blank line (MDX 2, "ESM").
                statements = [line]
                mode = .statements
                continue
            }
            if indent < 4, paragraph.isEmpty, let footnote = Self.parseFootnoteDefinition(trimmed) {
                // `[^label]: text`: a paragraph led by a marker the inline pass turns into a token.
                footnotes.insert(Self.normalizeLabel(footnote.label))
                paragraph.append(String(Self.footnoteOpen) + footnote.label + String(Self.footnoteClose) + footnote.text)
                mode = .paragraph
                continue
            }
            if indent < 4, paragraph.isEmpty, let definition = Self.parseDefinition(trimmed) {
                if definitions[definition.label] == nil {
                    definitions[definition.label] = (definition.destination, definition.title)
                }
                continue
            }
            if indent < 4, Self.startsHTMLBlock(trimmed) {
                htmlStart = out.count
                out.append(Line(text: line, verbatim: true))
                mode = .html
                if trimmed.hasPrefix("<!--"), trimmed.dropFirst(4).contains("-->") { endCommentBlock() }
            } else if indent < 4, trimmed.first == "|" {
                out.append(Line(text: trimmed, verbatim: false))
                mode = .table
                tableRows = 1
            } else if indent < 4, Self.isATXHeading(trimmed) {
                // Ink 0.6 cuts an image (or a template tag's token) at a heading's start out of the heading, as
                // at a paragraph's start: the same guard (`# {frontmatter.title}` of an MDX page was lost).
                let marks = trimmed.prefix { $0 == "#" }
                let rest = trimmed.dropFirst(marks.count)
                let space = rest.prefix { $0 == " " || $0 == "\t" }
                out.append(Line(text: String(marks) + space + String(Self.paragraphSentinel) + rest.dropFirst(space.count), verbatim: false))
                mode = .none
            } else if indent < 4, Self.isThematicBreak(trimmed) {
                // A rule has no inline content (its `* * *` are no emphasis to read). Ink 0.6 knows only the
                // unspaced forms: `- - -` was an empty list item and `* * *`, `_ _ _` nothing (session 19: a
                // list of posts lost its breaks), so a rule after a blank line is written `***`, which it
                // reads. After a paragraph line it stays as written (`---` there is a setext underline).
                let afterBlank = out.last.map { $0.text.trimmingCharacters(in: .whitespaces).isEmpty } ?? true
                out.append(Line(text: afterBlank ? "***" : line, verbatim: true))
                mode = .none
            } else if indent < 4, trimmed.first == ">" || Self.listMarkerLength(trimmed) != nil {
                // Ink 0.6 only leaves a nested list when the next item is indented less than the nested
                // one but still indented: shift every line of a list one space to the right.
                listShift = trimmed.first == ">" ? "" : " "
                quoteContainer = trimmed.first == ">"
                out.append(Line(text: listShift + Self.markingTask(line), verbatim: false))
                mode = .container
                // A callout's first line (`> [!note] Title`) is its own paragraph of the quote: the title is not
                // joined to the body's first sentence, and `article.md` writes it back on a line of its own.
                calloutTitle = quoteContainer && Self.startsCallout(trimmed)
            } else {
                paragraph.append(line)
                mode = .paragraph
            }
        }
        if let lines = comment { paragraph.append(lines.joined(separator: String(Self.commentLineBreak))) }
        finishStatements()
        finishHTMLBlock()
        flushParagraph()
        return out
    }

    /// Stands for a line break inside an Obsidian comment in the inline pass (``opensBlockComment(_:)``).
    static let commentLineBreak: Character = "\u{E00A}"

    /// Whether a line opens an Obsidian comment that goes on over the next lines: it starts with `%%`
    /// (after up to three spaces) and holds no other `%%` (help.obsidian.md, "Comments").
    static func opensBlockComment(_ line: String) -> Bool {
        let trimmed = trimLeading(line)
        guard indent(line) < 4, trimmed.hasPrefix("%%") else { return false }
        return !trimmed.dropFirst(2).contains("%%")
    }

    /// Stand for a task list item's box (`[ ]`, `[x]`) in the inline pass, put there by ``markingTask(_:)``.
    static let openTask: Character = "\u{E009}"
    static let doneTask: Character = "\u{E008}"

    /// A list line (as written) whose item starts with a task box, `- [ ] text` or `1. [x] text` (GFM 0.29,
    /// "Task list items": the box, then a space), with the box replaced by ``openTask`` or ``doneTask``;
    /// any other line unchanged. Only the block pass knows a line starts a list item, so it marks the box.
    static func markingTask(_ line: String) -> String {
        let indent = line.prefix { $0 == " " || $0 == "\t" }
        let rest = line.dropFirst(indent.count)
        guard let marker = listMarkerLength(String(rest.prefix(14))) else { return line }
        let afterMarker = rest.dropFirst(marker)
        let spaces = afterMarker.prefix { $0 == " " || $0 == "\t" }
        let box = afterMarker.dropFirst(spaces.count)
        // One space after the list marker, as every tool writes it (Ink 0.6 reads `1.  [x]` after a hard break
        // as more of the paragraph, so the box would be marked in text).
        guard spaces.count == 1, box.count >= 4, box.hasPrefix("["), box.dropFirst(2).hasPrefix("] ") || box.dropFirst(2).hasPrefix("]\t"),
              let state = box.dropFirst().first, state == " " || state == "x" || state == "X" else { return line }
        return String(indent) + rest.prefix(marker) + spaces + String(state == " " ? openTask : doneTask) + String(state) + box.dropFirst(3)
    }

    /// Whether a quote line (leading white space removed) opens an Obsidian callout or a GitHub alert:
    /// `>`, spaces, then `[!type]` (``calloutMarkerEnd(_:_:_:)``).
    static func startsCallout(_ trimmed: String) -> Bool {
        let content = Array(trimmed.dropFirst().drop { $0 == " " || $0 == "\t" })
        return calloutMarkerEnd(content, 0, 0) != nil
    }

    /// Whether a line (leading white space removed) is a pipe table's delimiter row (GFM 0.29, "Tables"):
    /// cells of `-` with an optional `:` at either end, separated by `|`, at least one cell.
    static func isDelimiterRow(_ trimmed: String) -> Bool {
        guard trimmed.contains("-"), trimmed.contains("|") || trimmed.hasPrefix("-") || trimmed.hasPrefix(":") else { return false }
        var cells = trimTrailing(trimmed).split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        return !cells.isEmpty && cells.allSatisfy { cell in
            let core = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            return !core.isEmpty && core.allSatisfy { $0 == "-" } && cell.filter({ $0 == ":" }).count <= 2
        }
    }

    /// The number of cells of a pipe table row: its `|` separators that are not escaped (`\\|`; GFM 0.29
    /// splits at a pipe inside a code span too), less a leading and a trailing one. O(n) in the row's length.
    static func pipeCells(_ row: String) -> Int {
        let text = trimTrailing(trimLeading(row))
        var pipes = 0
        var escaped = false
        for c in text {
            if escaped {
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "|" {
                pipes += 1
            }
        }
        let edges = (text.hasPrefix("|") ? 1 : 0) + (text.hasSuffix("|") && text.count > 1 && !text.hasSuffix("\\|") ? 1 : 0)
        return pipes - edges + 1
    }

    /// `row` with `cells` more cells of `content` at its end (and its closing `|`).
    static func padRow(_ row: String, cells: Int, with content: String) -> String {
        var text = trimTrailing(row)
        if !text.hasSuffix("|") || text.hasSuffix("\\|") { text += " |" }
        return text + String(repeating: content + "|", count: cells)
    }

    /// Marks the start and end of a footnote definition's label in a paragraph (private-use characters).
    static let footnoteOpen: Character = "\u{E002}"
    static let footnoteClose: Character = "\u{E003}"

    /// `[^label]: text` (GitHub Flavored Markdown footnotes): the label (no white space or brackets) and
    /// the text after the colon and its spaces.
    static func parseFootnoteDefinition(_ trimmed: String) -> (label: String, text: String)? {
        guard trimmed.hasPrefix("[^"), let close = trimmed.firstIndex(of: "]") else { return nil }
        let label = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close]
        guard !label.isEmpty, !label.contains(where: { $0.isWhitespace || $0 == "[" || $0 == "^" }),
              trimmed[trimmed.index(after: close)...].hasPrefix(":") else { return nil }
        let rest = trimmed[trimmed.index(close, offsetBy: 2)...].drop { $0 == " " || $0 == "\t" }
        return (String(label), String(rest))
    }

    static func indent(_ line: String) -> Int {
        var n = 0
        for c in line {
            if c == " " { n += 1 } else if c == "\t" { n += 4 - n % 4 } else { break }
        }
        return n
    }

    static func trimLeading(_ s: String) -> String { String(s.drop { $0 == " " || $0 == "\t" }) }
    static func trimTrailing(_ s: String) -> String {
        var t = Substring(s)
        while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
        return String(t)
    }

    static func setextLevel(_ trimmed: String) -> Int? {
        let body = trimTrailing(trimmed)
        guard let first = body.first, first == "=" || first == "-", body.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    static func isATXHeading(_ trimmed: String) -> Bool {
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return false }
        let rest = trimmed.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " || rest.first == "\t"
    }

    static func isThematicBreak(_ trimmed: String) -> Bool {
        let marks = trimmed.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The length of a list marker with its following space (`- `, `12. `), or `nil`.
    static func listMarkerLength(_ trimmed: String) -> Int? {
        let chars = Array(trimmed.prefix(12))
        guard let first = chars.first else { return nil }
        if "-*+".contains(first) {
            return chars.count == 1 || chars[1] == " " || chars[1] == "\t" ? 1 : nil
        }
        var i = 0
        while i < chars.count, i < 9, chars[i].isASCII, chars[i].isNumber { i += 1 }
        guard i > 0, i < chars.count, chars[i] == "." || chars[i] == ")" else { return nil }
        return i + 1 == chars.count || chars[i + 1] == " " || chars[i + 1] == "\t" ? i + 1 : nil
    }

    static func interruptsParagraph(_ trimmed: String, indent: Int) -> Bool {
        guard indent < 4 else { return false }
        if isATXHeading(trimmed) || isThematicBreak(trimmed) || trimmed.first == ">" || trimmed.first == "|" { return true }
        if startsHTMLBlock(trimmed) { return true }
        if let first = trimmed.first, "-*+".contains(first), listMarkerLength(trimmed) != nil {
            return trimmed.count > 2   // an empty bullet cannot interrupt a paragraph
        }
        if listMarkerLength(trimmed) != nil { return trimmed.hasPrefix("1.") || trimmed.hasPrefix("1)") }
        return false
    }

    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hr", "html", "iframe", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "script", "section",
        "style", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    static func tagName(_ s: Substring) -> String? {
        var rest = s
        guard rest.first == "<" else { return nil }
        rest = rest.dropFirst()
        if rest.first == "/" { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !name.isEmpty, name.first!.isLetter else { return nil }
        let after = rest.dropFirst(name.count).first
        guard after == nil || after == " " || after == ">" || after == "/" || after == "\t" else { return nil }
        return name.lowercased()
    }

    static func startsHTMLBlock(_ trimmed: String) -> Bool {
        if trimmed.hasPrefix("<!--") { return true }
        guard let name = tagName(Substring(trimmed)) else { return false }
        return blockTags.contains(name)
    }

    /// Protects a paragraph whose first line Ink would cut out of it (an image or inline HTML first).
    /// The line gets a sentinel that ``resolveParagraphStarts(_:)`` turns into `&#xE001;` when, after the
    /// inline pass, the paragraph starts with `!` or `<`, and removes otherwise. Ink starts a paragraph at
    /// the `&`, libxml2 decodes the reference to U+E001, and the block builder removes that character.
    static func guardParagraphStart(_ line: String) -> String {
        String(paragraphSentinel) + line
    }

    static let paragraphSentinel: Character = "\u{E000}"

    /// A raw HTML block of Markdown with each Hugo, Liquid or Nunjucks tag of its text (`{{ … }}`,
    /// `{{< … >}}`, `{% … %}`, `{# … #}`; ``TemplateTagScanner``) replaced by an `<img>` whose `src` is a
    /// token standing for the tag, which the block builder reads as the tag's standalone code, as it reads one
    /// in a paragraph (fifteenth trial, finding 9: `<p class="lead">… {{ "a lottery" | emphasize }} decides.</p>`
    /// gave the tag to the translator as text). Tags inside an element's markup (`<a href="{{ site.url }}">`)
    /// stay as written.
    /// - Complexity: O(n log n) in the block's length.
    mutating func tokenizingTemplateTags(inHTML raw: String) -> String {
        let s = Array(raw)
        let tags = TemplateTagScanner(s)
        var out = ""
        var i = 0
        var inMarkup = false
        var quote: Character?
        while i < s.count {
            let c = s[i]
            if inMarkup {
                out.append(c)
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == ">" {
                    inMarkup = false
                }
                i += 1
                continue
            }
            if c == "<", i + 1 < s.count, s[i + 1].isLetter || s[i + 1] == "/" || s[i + 1] == "!" {
                inMarkup = true
                out.append(c)
                i += 1
                continue
            }
            if c == "{", let end = tags.tagEnd(at: i, limit: s.count) {
                out += "<img src=\"" + token(BlockBuilder.LinkTarget(destination: "", template: String(s[i..<end]))) + "\">"
                i = end
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    /// U+E005 and U+E006: the marks that lead a definition list's term and description paragraphs for the
    /// block builder (``BlockBuilder/definitionRole(of:)``), which gives them their role and removes the mark.
    static let definitionTermMark: Character = "\u{E005}"
    static let definitionDescriptionMark: Character = "\u{E006}"

    /// The text after a definition's marker (up to three spaces, `:` or `~`, then a space or tab: pandoc's
    /// "Definition lists", PHP Markdown Extra, kramdown, Goldmark's extension), or `nil` for another line.
    static func definitionMarker(_ line: String) -> String? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        guard let mark = rest.first, mark == ":" || mark == "~", rest.count > 2,
              rest.dropFirst().first == " " || rest.dropFirst().first == "\t" else { return nil }
        let text = rest.dropFirst(2).trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    /// The terms and descriptions of a paragraph written as a definition list: one or more term lines, then
    /// definitions, each from its marker line (``definitionMarker(_:)``) up to the next, later lines joined to
    /// it with a space; `nil` when the paragraph is not one (no term line before the first marker, a
    /// footnote, one line).
    /// - Complexity: O(n) in the paragraph's length.
    static func definitionListItems(_ lines: [String]) -> [(isTerm: Bool, text: String)]? {
        guard lines.count >= 2, lines[0].first != footnoteOpen, definitionMarker(lines[0]) == nil,
              let first = lines.firstIndex(where: { definitionMarker($0) != nil }) else { return nil }
        var items: [(isTerm: Bool, text: String)] = lines[..<first].map { (true, $0.trimmingCharacters(in: .whitespaces)) }
        for line in lines[first...] {
            if let text = definitionMarker(line) {
                items.append((false, text))
            } else {
                items[items.count - 1].text += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        return items
    }

    static func resolveParagraphStarts(_ text: String) -> String {
        guard text.contains(paragraphSentinel) else { return text }
        var out = ""
        var iterator = text.makeIterator()
        var pending = false
        while let c = iterator.next() {
            if c == paragraphSentinel { pending = true; continue }
            if pending {
                if c == "!" || c == "<" { out += "&#xE001;" }
                pending = false
            }
            out.append(c)
        }
        return out
    }

    /// `[label]: destination "title"` on one line.
    static func parseDefinition(_ trimmed: String) -> (label: String, destination: String, title: String?)? {
        let s = Array(trimmed)
        guard s.first == "[" else { return nil }
        var i = 1
        var label = ""
        while i < s.count, s[i] != "]" {
            if s[i] == "[" { return nil }
            if s[i] == "\\", i + 1 < s.count { label.append(s[i]); label.append(s[i + 1]); i += 2; continue }
            label.append(s[i]); i += 1
        }
        guard i + 1 < s.count, s[i] == "]", s[i + 1] == ":", !label.allSatisfy(\.isWhitespace) else { return nil }
        i += 2
        while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 }
        guard let (destination, title, end) = parseDestinationAndTitle(s, from: i, closing: nil) else { return nil }
        guard s[end...].allSatisfy({ $0 == " " || $0 == "\t" }), !destination.isEmpty || (i < s.count && s[i] == "<") else { return nil }
        return (normalizeLabel(label), destination, title)
    }

    static func normalizeLabel(_ label: String) -> String {
        label.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// Parses a link destination and optional title starting at `from`; when `closing` is given, expects
    /// that character after them. Returns the unescaped destination and title and the index after.
    static func parseDestinationAndTitle(_ s: [Character], from start: Int, closing: Character?) -> (String, String?, Int)? {
        parseDestinationAndTitle(s, from: start, end: s.count, closing: closing)
    }

    /// - Parameter destinationEnd: where a destination not in `<…>` starting at `start` stops, when the caller
    ///   knows it (``Marks/destinationEnd(afterParenthesisAt:before:)``), or -1 when it knows the destination's
    ///   parentheses never balance; `nil` to scan for it here.
    static func parseDestinationAndTitle(_ s: [Character], from start: Int, end limit: Int, closing: Character?,
                                         destinationEnd: Int? = nil) -> (String, String?, Int)? {
        let count = limit
        var i = start
        func skipSpaces(allowNewline: Bool) {
            var newlines = 0
            while i < count, s[i] == " " || s[i] == "\t" || (allowNewline && s[i] == "\n" && newlines == 0) {
                if s[i] == "\n" { newlines += 1 }
                i += 1
            }
        }
        skipSpaces(allowNewline: closing != nil)
        var destination = ""
        if i < count, s[i] == "<" {
            i += 1
            while i < count, s[i] != ">" {
                if s[i] == "\n" || s[i] == "<" { return nil }
                if s[i] == "\\", i + 1 < count, isASCIIPunctuation(s[i + 1]) { destination.append(s[i + 1]); i += 2; continue }
                destination.append(s[i]); i += 1
            }
            guard i < count else { return nil }
            i += 1
        } else if let known = destinationEnd, i == start {
            guard known >= 0 else { return nil }
            while i < known {
                if s[i] == "\\", i + 1 < known, isASCIIPunctuation(s[i + 1]) { destination.append(s[i + 1]); i += 2; continue }
                destination.append(s[i]); i += 1
            }
        } else {
            var depth = 0
            while i < count, !s[i].isWhitespace, !(s[i].isASCII && s[i].asciiValue! < 0x20) {
                if s[i] == "\\", i + 1 < count, isASCIIPunctuation(s[i + 1]) { destination.append(s[i + 1]); i += 2; continue }
                if s[i] == "(" { depth += 1 }
                if s[i] == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                destination.append(s[i]); i += 1
            }
            guard depth == 0 else { return nil }
        }
        let afterDestination = i
        skipSpaces(allowNewline: true)
        var title: String?
        if i < count, i > afterDestination, let open = s[i] as Character?, open == "\"" || open == "'" || open == "(" {
            let close: Character = open == "(" ? ")" : open
            var j = i + 1
            var text = ""
            var closed = false
            while j < count {
                if s[j] == "\\", j + 1 < count, isASCIIPunctuation(s[j + 1]) { text.append(s[j + 1]); j += 2; continue }
                if s[j] == close { closed = true; break }
                if s[j] == "\n", j + 1 < count, s[j + 1] == "\n" { break }  // a title holds no blank line (CommonMark 0.31, 6.3)
                if open == "(" && s[j] == "(" { break }
                text.append(s[j]); j += 1
            }
            if closed {
                title = text
                i = j + 1
                skipSpaces(allowNewline: false)
            } else {
                i = afterDestination
            }
        } else {
            i = afterDestination
            if closing != nil { skipSpaces(allowNewline: true) }
        }
        if let closing {
            guard i < count, s[i] == closing else { return nil }
            i += 1
        }
        return (destination, title, i)
    }

    static func isASCIIPunctuation(_ c: Character) -> Bool {
        guard let v = c.asciiValue else { return false }
        return (0x21...0x2F).contains(v) || (0x3A...0x40).contains(v) || (0x5B...0x60).contains(v) || (0x7B...0x7E).contains(v)
    }
}
