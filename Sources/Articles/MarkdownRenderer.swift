import Foundation
import TaalgrensCore
import Yams

/// Writes an ``Article`` back to Markdown with YAML front matter.
///
/// - Front matter: `title` (the title block's text), `id` (when it is a valid article id), `date`,
///   `category`, `author`, then the other metadata keys in alphabetical order; written with Yams.
/// - Blocks: headings as `#`…`######`, list items as `-` or `1.` (nested by indentation), quotes as `>`
///   (one quote per block, separated by blank lines), table cells as a pipe table (a row starts at
///   column 1; the first row is the header), image blocks as `![alt](src "title")`, block-level code
///   spans as fenced code, other captions and paragraphs as paragraphs.
/// - Inline codes: links `[text](href "title")`, emphasis `*…*`, strong `**…**`, code spans with enough
///   backticks, line breaks as a backslash before the newline (`<br>` in headings and table cells),
///   images `![alt](src "title")`, strikethrough `~~…~~`, and raw HTML for superscript, subscript,
///   underline, and for emphasis or strong where `*` delimiters could not open or close (CommonMark
///   0.31, section 6.2, "left-flanking" and "right-flanking" delimiter runs). Soft hyphens and zero-width
///   spaces are written as the characters.
/// - Escapes: `\ * [ ] < ~` and backtick always, `_` unless inside a word, `&`
///   before a letter or `#`, `|` in tables, and at a line start `#`, `>`, `=`, `|`, `-`, `+` before a
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

private struct MarkdownWriter {
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
            b.content = typeset(block.content)
            return b
        }
        attached = AttachedAttributes(blocks)
    }

    mutating func render() -> String {
        var chunks: [String] = []
        var index = 0
        let titleIndex = blocks.first?.kind == .title ? 0 : nil
        while index < blocks.count {
            if index == titleIndex || attached.attachedBlocks.contains(index) { index += 1; continue }
            let block = blocks[index]
            switch block.kind {
            case .listItem:
                // One list: the run of list items (attached blocks may sit between them), until a
                // top-level item switches between ordered and unordered.
                var end = index + 1
                while end < blocks.count {
                    if attached.attachedBlocks.contains(end) { end += 1; continue }
                    guard blocks[end].kind == .listItem else { break }
                    if (blocks[end].level ?? 1) <= 1 && blocks[end].ordered != block.ordered { break }
                    end += 1
                }
                chunks.append(list(index..<end))
                index = end
            case .tableCell:
                var end = index
                while end < blocks.count, blocks[end].kind == .tableCell || attached.attachedBlocks.contains(end) { end += 1 }
                chunks.append(table(index..<end))
                index = end
            default:
                chunks.append(single(index))
                index += 1
            }
        }
        return frontMatter() + chunks.joined(separator: "\n\n") + "\n"
    }

    // MARK: Front matter

    func frontMatter() -> String {
        var pairs: [(String, String)] = []
        if let title = blocks.first, title.kind == .title {
            pairs.append(("title", InlineNode.text(InlineNode.tree(title.content))))
        }
        if MarkdownReader.isValidArticleID(article.id) { pairs.append(("id", article.id)) }
        for key in ["date", "category", "author"] { if let value = article.metadata[key] { pairs.append((key, value)) } }
        for key in article.metadata.keys.sorted() where !["date", "category", "author", "title", "id"].contains(key) {
            pairs.append((key, article.metadata[key]!))
        }
        guard !pairs.isEmpty else { return "" }
        let mapping = Node.Mapping(pairs.map { (Node($0.0), Node($0.1)) })
        let yaml = (try? Yams.serialize(node: .mapping(mapping), allowUnicode: true, lineBreak: .ln)) ?? ""
        return "---\n" + yaml + (yaml.hasSuffix("\n") ? "" : "\n") + "---\n\n"
    }

    // MARK: Blocks

    func single(_ index: Int) -> String {
        let block = blocks[index]
        switch block.kind {
        case .title:
            return "# " + protectClosingHashes(inline(index, context: .heading))
        case .heading:
            return String(repeating: "#", count: min(max(block.level ?? 2, 1), 6)) + " " + protectClosingHashes(inline(index, context: .heading))
        case .quote:
            return "> " + inline(index, context: .lines(prefix: "> "))
        case .paragraph, .caption, .listItem, .tableCell:
            if let code = fencedCode(block) { return code }
            return inline(index, context: .lines(prefix: ""))
        }
    }

    /// Escapes the `#` that end a heading's text: Ink 0.6 strips every trailing `#` as a closing sequence.
    func protectClosingHashes(_ text: String) -> String {
        guard text.hasSuffix("#") else { return text }
        let hashes = text.reversed().prefix { $0 == "#" }.count
        return String(text.dropLast(hashes)) + String(repeating: "\\#", count: hashes)
    }

    /// A paragraph that is one block-level code span, as a fenced code block.
    func fencedCode(_ block: Block) -> String? {
        let nodes = InlineNode.tree(block.content)
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

    func list(_ range: Range<Int>) -> String {
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
                numbers.append(1)
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
            lines.append(String(repeating: " ", count: indent) + marker + " " + inline(index, context: .lines(prefix: prefix)))
        }
        return lines.joined(separator: "\n")
    }

    func table(_ range: Range<Int>) -> String {
        var rows: [[String]] = []
        var previousColumn = Int.max
        for index in range where !attached.attachedBlocks.contains(index) {
            let column = blocks[index].level ?? 1
            if rows.isEmpty || column <= previousColumn {
                rows.append([])
            }
            // Empty cells are not blocks: pad up to the cell's column.
            while rows[rows.count - 1].count < column - 1 { rows[rows.count - 1].append("") }
            rows[rows.count - 1].append(inline(index, context: .tableCell))
            previousColumn = column
        }
        let width = rows.map(\.count).max() ?? 1
        func line(_ cells: [String]) -> String {
            "| " + (cells + Array(repeating: "", count: width - cells.count)).joined(separator: " | ") + " |"
        }
        var out = [line(rows[0]), "|" + Array(repeating: " --- |", count: width).joined()]
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

    func inline(_ index: Int, context: Context) -> String {
        let nodes = InlineNode.tree(blocks[index].content)
        var renderer = InlineMarkdown(block: index, attached: attached, context: context,
                                      imageBlock: isImageBlock(blocks[index]), plain: InlineNode.plainCharacters(nodes))
        return renderer.render(nodes)
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
                        if case .single(let c) = nodes[j], c.type == .other, c.attributes["markup"] != nil { alt += c.attributes["markup"]!; j += 1; continue }
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
        case .other:
            if let markup = code.attributes["markup"] { output += markup }
        default:
            break
        }
    }

    private func image(_ code: InlineCode, alt: String) -> String {
        let title = attached.text(block: block, code: code.id, attribute: "title") ?? code.attributes["title"]
        // The alt text is read back as a small document of its own: escape as at a line start.
        return "![" + escape(alt, atLineStart: true) + "](" + destination(code.attributes["src"] ?? "", title: title) + ")"
    }

    private mutating func pair(_ code: InlineCode, _ children: [InlineNode]) {
        let start = offset
        switch code.type {
        case .link:
            // A literal "!" right before the link would make it an image.
            if output.hasSuffix("!") && !output.hasSuffix("\\!") { output.insert("\\", at: output.index(before: output.endIndex)) }
            output += "["
            lineStartPending = false
            let saved = enclosing
            enclosing.insert(.link)
            emit(children)
            enclosing = saved
            let title = attached.text(block: block, code: code.id, attribute: "title") ?? code.attributes["title"]
            output += "](" + destination(code.attributes["href"] ?? "", title: title) + ")"
        case .emphasis, .strong:
            let delimiter = code.type == .emphasis ? "*" : "**"
            var inner = InlineMarkdown(block: block, attached: attached, context: context, imageBlock: false, plain: plain)
            inner.offset = offset
            inner.enclosing = enclosing.union([code.type])
            inner.lineStartPending = false
            inner.output = ""
            inner.emit(children)
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
            let text = InlineNode.text(children)
            offset += InlineNode.plainText(children).count
            var longest = 0, run = 0
            for c in text { if c == "`" { run += 1; longest = max(longest, run) } else { run = 0 } }
            let fence = String(repeating: "`", count: longest + 1)
            let pad = text.hasPrefix("`") || text.hasSuffix("`") || (text.hasPrefix(" ") && text.hasSuffix(" ") && !text.allSatisfy { $0 == " " }) ? " " : ""
            output += fence + pad + text + pad + fence
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
        default:
            emit(children)
        }
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

    private func destination(_ url: String, title: String?) -> String {
        var depth = 0
        var balanced = true
        for c in url {
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1; if depth < 0 { balanced = false } }
        }
        let bare = !url.isEmpty && balanced && depth == 0 && !url.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\\" })
        var out = bare ? url : "<" + url.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "<", with: "\\<").replacingOccurrences(of: ">", with: "\\>") + ">"
        if let title, !title.isEmpty {
            out += " \"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return out
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
            case "_":
                let inWord = (previous?.isLetter == true || previous?.isNumber == true) && (next?.isLetter == true || next?.isNumber == true)
                out += inWord ? "_" : "\\_"
            case "~":
                out += "\\~"
            case "&" where next?.isLetter == true || next == "#":
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
