import Foundation
import Ink
import TaalgrensCore
import Yams

/// Reads Markdown with YAML front matter: front matter through Yams, the body through
/// ``MarkdownPreprocessor`` → Ink → libxml2 → ``BlockBuilder``.
enum MarkdownReader {
    /// The front matter of a Markdown file.
    struct FrontMatter {
        var title: String?
        var titleLine: Int?
        var id: String?
        var metadata: [String: String] = [:]
        /// The 1-based line of each key's value in the file, when YAML reported it.
        var lines: [String: Int] = [:]
        /// The body after the closing fence.
        var body: String
        /// The 1-based line of the file where the body starts.
        var bodyLine: Int
    }

    /// Splits off and reads the front matter (`---` … `---` or `...` at the very top of the file).
    ///
    /// Every value is taken as the text YAML wrote (no type resolution: `2020-03-30` stays that text);
    /// a sequence of scalars becomes its items joined by ", "; any other structure is kept as YAML flow
    /// text. The whole YAML front matter is also kept, as Yams writes it, under
    /// ``FrontMatterYAML/structureKey``, so that ``MarkdownRenderer`` writes its structure back. Keys: `title`, `id` (an article id: no `/`, `\` or control characters, not `.` or `..`),
    /// `date` (ISO 8601 `yyyy-MM-dd`), anything else goes to the metadata as is.
    /// - Throws: ``InputError`` for an unclosed front matter, malformed YAML (with its line), a front
    ///   matter that is not a mapping, or a malformed `id` or `date`.
    static func frontMatter(of text: String, file: String) throws -> FrontMatter {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "+++" {
            // TOML front matter (Hugo, Zola).
            guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "+++" }) else {
                throw InputError(file: file, line: 1, column: 1, "front matter opened with +++ on line 1 is never closed: expected a line holding only +++ after the last key")
            }
            var result = FrontMatter(body: lines[(close + 1)...].joined(separator: "\n"), bodyLine: close + 2)
            for entry in try TOMLFrontMatter.parse(Array(lines[1..<close]), firstLine: 2, file: file) {
                guard ![TOMLFrontMatter.structureKey, FrontMatterYAML.structureKey, FrontMatterYAML.targetStructureKey].contains(entry.key) else { continue }
                try record(entry.key, entry.value, line: entry.line, into: &result, file: file)
            }
            // The lines as written, for the renderer to write the TOML back as TOML (ninth trial, finding 3).
            result.metadata[TOMLFrontMatter.structureKey] = lines[1..<close].joined(separator: "\n")
            return result
        }
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            return FrontMatter(body: text, bodyLine: 1)
        }
        guard let close = lines.dropFirst().firstIndex(where: {
            let t = $0.trimmingCharacters(in: .whitespaces)
            return t == "---" || t == "..."
        }) else {
            throw InputError(file: file, line: 1, column: 1, "front matter opened with --- on line 1 is never closed: expected a line holding only --- after the last key")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        var result = FrontMatter(body: body, bodyLine: close + 2)
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, Resolver.basic)
        } catch let error as YamlError {
            throw inputError(error, file: file, yaml: yaml)
        }
        guard let node else { return result }
        guard let mapping = node.mapping else {
            throw InputError(file: file, line: 2, column: 1, "expected the front matter to be YAML keys and values (a mapping), found \(kindName(node))")
        }
        // The structure (lists, maps, styles, the date-time as written) for the renderer (TRIAL9 finding 3).
        if let structure = FrontMatterYAML.canonical(node, yaml: yaml) { result.metadata[FrontMatterYAML.structureKey] = structure }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string, key != FrontMatterYAML.structureKey, key != FrontMatterYAML.targetStructureKey,
                  key != TOMLFrontMatter.structureKey else { continue }
            let line = (value.mark?.line ?? keyNode.mark?.line).map { $0 + 1 }
            let text = try string(of: value, key: key, file: file, line: line)
            try record(key, text, line: line, into: &result, file: file)
        }
        return result
    }

    /// Records one front-matter key (YAML or TOML) in `result`: `title`, `id`, `date` (a date-time keeps its
    /// date in `date` and the whole value in `dateTime`), anything else as metadata.
    /// - Throws: ``InputError`` for a malformed `id` or `date`.
    static func record(_ key: String, _ text: String, line: Int?, into result: inout FrontMatter, file: String) throws {
        if let line { result.lines[key] = line }
        switch key {
        case "title":
            result.title = text
            result.titleLine = line
        case "id":
            guard isValidArticleID(text) else {
                throw InputError(file: file, line: line, "expected an article id for `id` (letters, digits, '-', '_' or '.', no path separators), found \"\(text)\"")
            }
            result.id = text
        case "date":
            if isISODate(text) {
                result.metadata[key] = text
            } else if isDateTime(text) {
                // Hugo writes `date: 2026-11-02T16:10:00+01:00` (RFC 3339): the date is the article's, the
                // whole value is kept so that the rendered front matter still has the time.
                result.metadata[key] = String(text.prefix(10))
                result.metadata["dateTime"] = text
            } else if let iso = WrittenDate.iso(text) {
                // A date in words (pandoc's `date: 27 November 2026` from a Word file, session 12).
                result.metadata[key] = iso
            } else {
                throw InputError(file: file, line: line, "expected an ISO 8601 date (yyyy-MM-dd, for example 2020-03-30), a date-time (2020-03-30T08:00:00+01:00) or a date in words (27 November 2026, 27 novembre 2026) for `date`, found \"\(text)\"")
            }
        default:
            result.metadata[key] = text
        }
    }

    /// Whether `text` is an RFC 3339 date-time (also with a space for `T`, without seconds or offset, as
    /// TOML's local date-times): a valid date, then the time of day.
    static func isDateTime(_ text: String) -> Bool {
        guard text.count > 10, isISODate(String(text.prefix(10))) else { return false }
        return text.dropFirst(10).wholeMatch(of: /[Tt ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)?/) != nil
    }

    /// Reads a Markdown article.
    static func read(_ text: String, locale: LanguageTag, articleID: String?, file: String, defaultID: String) throws -> Article {
        var front = try frontMatter(of: text, file: file)
        var prefix: [Block] = []
        if let title = front.title {
            let content = titleContent(title)
            if !BlockBuilder.isBlank(content) {
                prefix.append(Block(kind: .title, content: content, line: front.titleLine))
            }
        }
        var metadata = front.metadata
        if let properties = pageProperties(in: front.body) {
            front.body = properties.body
            for (key, value) in properties.properties where metadata[key] == nil { metadata[key] = value }
        }
        var blocks: [Block]
        if let title = prefix.first,
           case let headed = try bodyBlocks(front.body, locale: locale, file: file, titleFromFirstHeading: true, bodyLine: front.bodyLine, prefix: []),
           headed.first?.kind == .title, headed.first?.content.plainText == title.content.plainText {
            // The body's leading H1 repeats the front matter's title (Hugo and Jekyll exports, TRIAL7 finding 19):
            // it is the title, read once; the renderer writes it back in both places.
            blocks = headed
            metadata[titleHeadingKey] = "yes"
        } else {
            blocks = try bodyBlocks(front.body, locale: locale, file: file, titleFromFirstHeading: prefix.isEmpty, bodyLine: front.bodyLine, prefix: prefix)
        }
        if isMDX(file) { metadata[dialectKey] = "mdx" }
        return Article(id: articleID ?? front.id ?? defaultID, locale: locale, format: .markdown,
                       metadata: metadata, blocks: blocks)
    }

    /// A Notion page's properties (session 14, fourteenth trial finding 3): Notion's Markdown export writes
    /// them right under the page's `# Title`, one a line, `Name: value` (`Created: 3 November 2026 10:12`,
    /// `Tags: phishing, teens`, `Status: Ready for translation`). They are the page's metadata, as YAML front
    /// matter is, not a paragraph to translate and publish. Read as such when the body starts with an ATX
    /// heading, then, after a blank line, a paragraph of two or more lines that are all `Name: value`: a name
    /// of one to four words starting with a capital letter, a colon and a space, a value that does not end
    /// as a sentence does (`.`, `!`, `?`). The lines are blanked in the body (line numbers stay right).
    /// - Returns: the body without them and the properties in order, or `nil` when the body has none.
    static func pageProperties(in body: String) -> (body: String, properties: [(String, String)])? {
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        while i < lines.count, lines[i].allSatisfy({ $0 == " " || $0 == "\t" }) { i += 1 }
        guard i < lines.count, lines[i].hasPrefix("# ") else { return nil }
        i += 1
        guard i < lines.count, lines[i].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        while i < lines.count, lines[i].allSatisfy({ $0 == " " || $0 == "\t" }) { i += 1 }
        var properties: [(String, String)] = []
        var j = i
        while j < lines.count, !lines[j].allSatisfy({ $0 == " " || $0 == "\t" }) {
            guard let match = lines[j].wholeMatch(of: /([A-Z][\w-]*(?: [\w-]+){0,3}): (\S.*)/),
                  let last = match.2.last, !".!?".contains(last) else { return nil }
            properties.append((String(match.1), String(match.2).trimmingCharacters(in: .whitespaces)))
            j += 1
        }
        guard properties.count >= 2 else { return nil }
        for k in i..<j { lines[k] = "" }
        return (lines.joined(separator: "\n"), properties)
    }

    /// The metadata key set to `yes` when the front matter's `title` and the body's leading H1 (ATX or setext)
    /// have the same plain text: the article has one title block (the H1, with its inline codes), and
    /// ``MarkdownRenderer`` writes it as the front matter's `title` and as the leading `# ` heading.
    static let titleHeadingKey = "title-heading"

    /// The metadata key set to `mdx` for an article read from an `.mdx` file (``MDX``): the renderer then
    /// writes what MDX reads (no autolinks, braces escaped). Never written as a key.
    static let dialectKey = "markdown-dialect"

    /// The title from the front matter as a block's content (plain text; invisible format characters removed, ``InvisibleFormat``).
    private static func titleContent(_ title: String) -> RichText {
        BlockBuilder.plainContent(title)
    }

    /// Unicode's other line breaks in a Markdown body, outside fenced code blocks, as CommonMark's: U+000B
    /// (Word's manual line break), U+0085 and U+2028 become a hard break (a backslash at the line's end;
    /// none at a paragraph's end, where CommonMark has none), U+2029 a blank line (seventeenth trial, finding
    /// 8: Ink read them as soft breaks, so a pasted contact block was one sentence). Inside a fence each is a
    /// line feed of the code.
    /// - Complexity: O(n) in the body's length.
    static func hardBreaks(_ body: String) -> String {
        guard body.unicodeScalars.contains(where: { BlockBuilder.lineSeparators[$0] != nil }) else { return body }
        var out: [String] = []
        var fence: String?
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
            }
            var parts: [String] = [""]
            var separators: [Bool] = []
            for scalar in line.unicodeScalars {
                if let endsParagraph = BlockBuilder.lineSeparators[scalar] {
                    separators.append(endsParagraph)
                    parts.append("")
                } else {
                    parts[parts.count - 1].unicodeScalars.append(scalar)
                }
            }
            guard !separators.isEmpty else { out.append(String(line)); continue }
            var joined = parts[0]
            for (index, endsParagraph) in separators.enumerated() {
                let next = parts[index + 1]
                if fence != nil { joined += "\n" } else if endsParagraph { joined += "\n\n" } else if !next.isEmpty && !joined.isEmpty { joined += "\\\n" } else { joined += "\n" }
                joined += next
            }
            out.append(joined)
        }
        return out.joined(separator: "\n")
    }

    /// Whether `file` names an MDX file (`.mdx`, any case): its JSX, expressions and statements are code (``MDX``).
    static func isMDX(_ file: String) -> Bool {
        file.lowercased().hasSuffix(".mdx")
    }

    /// Markdown body → blocks.
    static func bodyBlocks(_ body: String, locale: LanguageTag? = nil, file: String, titleFromFirstHeading: Bool, bodyLine: Int, prefix: [Block]) throws -> [Block] {
        let body = hardBreaks(body)
        let processed = MarkdownPreprocessor.process(PandocMarkdown.rewrite(body), altText: { alt in
            (try? inlinePlainText(alt, file: file)) ?? alt
        }, keepsRawBlock: { raw in
            (try? keepsAsWritten(raw, file: file)) ?? false
        }, mdx: isMDX(file))
        let html = MarkdownParser().html(from: processed.markdown)
        guard !html.isEmpty else { return prefix }
        let root = try HTMLNode.parse("<!DOCTYPE html><html><body>" + html + "</body></html>", file: file)
        var builder = BlockBuilder(titleRule: titleFromFirstHeading ? .leadingH1 : .none, skipsChrome: false)
        builder.linkTargets = processed.targets
        builder.rawBlocks = processed.rawBlocks
        builder.pageLanguage = locale
        builder.keepsThematicBreaks = true
        builder.walk(children: root.firstElement(named: "body") ?? root)
        var blocks = builder.assemble(prefix: prefix)
        locateLines(&blocks, from: prefix.count, in: body, bodyLine: bodyLine)
        return blocks
    }

    /// Whether a raw HTML block is kept as written, as an embed block: it holds at least one element or
    /// comment, no image and no text a reader sees (text inside `script`, `style`, `template`, `noscript`
    /// and embedded content such as `iframe`, `video` or `svg` does not count). A block with text is read
    /// like a page: its text becomes blocks (the wrapping markup is not kept) and its embeds become embed
    /// blocks. A block of comments alone is kept: a site generator's summary divider `<!--more-->` (Hugo,
    /// Jekyll, WordPress) or page break `<!--nextpage-->` is markup the site needs, and Ink 0.6 read the
    /// paragraphs after a comment written without inner spaces as one paragraph (thirteenth trial,
    /// finding 19).
    private static func keepsAsWritten(_ raw: String, file: String) throws -> Bool {
        let root = try HTMLNode.parse("<!DOCTYPE html><html><body>" + raw + "</body></html>", file: file)
        let hidden: Set<String> = EmbedMarkup.elements.union(["script", "style", "template", "noscript"])
        var elements = 0
        func visible(_ node: HTMLNode) -> Bool {
            switch node.kind {
            case .comment:
                elements += 1
                return false
            case .text: return !node.text.allSatisfy(BlockBuilder.isHTMLSpace)
            case .element:
                if node.name == "img" { return true }
                elements += 1
                if hidden.contains(node.name) { return false }
                return node.children.contains(where: visible)
            }
        }
        let body = root.firstElement(named: "body") ?? root
        return !body.children.contains(where: visible) && elements > 0
    }

    /// The plain text of a piece of inline Markdown (an image description), through the same pipeline.
    private static func inlinePlainText(_ markdown: String, file: String) throws -> String {
        let processed = MarkdownPreprocessor.process(markdown, altText: { $0 })
        let html = MarkdownParser().html(from: processed.markdown)
        guard !html.isEmpty else { return "" }
        let root = try HTMLNode.parse("<html><body>" + html + "</body></html>", file: file)
        return BlockBuilder.collapse(root.textContent)
    }

    /// Best-effort source lines for blocks (Ink's HTML carries none): the first word of each block is
    /// looked up at the start of a later source line, after markup and punctuation (list, quote and
    /// heading markers, quotation marks, a footnote definition's `[^label]:`); table cells may share a line,
    /// attached blocks take their owner's line. A footnote definition, which the reader may place elsewhere
    /// than its source (written mid-text, listed at the end), whose word is not found after the previous
    /// block's line is looked up from the file's start (sixteenth trial, finding 16: a finding in a footnote
    /// had no line). Blocks whose first word is not found keep `line == nil`.
    private static func locateLines(_ blocks: inout [Block], from start: Int, in body: String, bodyLine: Int) {
        func firstWord(_ text: String) -> String {
            let rest = text.drop { !($0.isLetter || $0.isNumber) }
            return String(rest.prefix { $0.isLetter || $0.isNumber })
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            var rest = line.drop { $0 == " " || $0 == "\t" }
            if rest.hasPrefix("[^"), let close = rest.range(of: "]:") { rest = rest[close.upperBound...] }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, let marker = rest.dropFirst(digits.count).first, marker == "." || marker == ")" {
                rest = rest.dropFirst(digits.count + 1)
            }
            return rest.drop { !($0.isLetter || $0.isNumber) }
        }
        var cursor = -1
        var previousKind: BlockKind?
        for index in blocks.indices.dropFirst(start) {
            blocks[index].line = nil
            let isAttached = blocks[index].content.codes.first.map { $0.type == .other && $0.attributes["owner"] != nil } ?? false
            if isAttached, index > 0 {
                blocks[index].line = blocks[index - 1].line
                continue
            }
            let word = firstWord(blocks[index].content.plainText)
            guard !word.isEmpty else { continue }
            let sameLineAllowed = blocks[index].kind == .tableCell && previousKind == .tableCell
            var i = max(sameLineAllowed ? cursor : cursor + 1, 0)
            while i < lines.count {
                let found = sameLineAllowed ? lines[i].contains(word) : lines[i].hasPrefix(word)
                if found {
                    blocks[index].line = bodyLine + i
                    cursor = i
                    break
                }
                i += 1
            }
            if blocks[index].line == nil, blocks[index].content.codes.first?.attributes["footnote-definition"] != nil,
               let earlier = lines.firstIndex(where: { $0.hasPrefix(word) }) {
                // Out of its place: its line, the cursor left where it was for the blocks after it.
                blocks[index].line = bodyLine + earlier
            }
            previousKind = blocks[index].kind
        }
    }

    private static func string(of node: Node, key: String, file: String, line: Int?) throws -> String {
        switch node {
        case .scalar(let scalar):
            return scalar.string
        case .sequence(let sequence):
            let items = sequence.compactMap { $0.scalar?.string }
            if items.count == sequence.count { return items.joined(separator: ", ") }
            fallthrough
        default:
            do {
                return try Yams.serialize(node: node).trimmingCharacters(in: .whitespacesAndNewlines)
            } catch {
                throw InputError(file: file, line: line, "could not read the value of front matter key `\(key)`")
            }
        }
    }

    private static func kindName(_ node: Node) -> String {
        switch node {
        case .scalar: "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    /// The error for YAML the parser refused, at its line and column in the file, with the way out for the
    /// most common mistake: an unquoted value holding ": " (`title: Safe to school: a guide`), which YAML
    /// reads as a second mapping on one line (tenth trial, finding 11).
    private static func inputError(_ error: YamlError, file: String, yaml: String) -> InputError {
        // Yams marks are 1-based within the YAML text, which starts on line 2 of the file.
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            if problem.contains("mapping values are not allowed") {
                let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
                let index = mark.line - 1
                if lines.indices.contains(index), let colon = lines[index].range(of: ": ") {
                    let key = lines[index][..<colon.lowerBound]
                    let value = lines[index][colon.upperBound...].trimmingCharacters(in: .whitespaces)
                    let quoted = "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
                    what += "; a value that holds \": \" must be quoted: \(key): \(quoted)"
                } else {
                    what += "; a value that holds \": \" must be quoted (key: \"…: …\")"
                }
            }
            return InputError(file: file, line: mark.line + 1, column: mark.column, "malformed YAML front matter: \(what)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return InputError(file: file, line: context.mark.line + 1, column: context.mark.column,
                              "malformed YAML front matter: the key(s) \(duplicates.joined(separator: ", ")) appear more than once")
        default:
            return InputError(file: file, line: 2, "malformed YAML front matter: \(error)")
        }
    }

    /// Whether `text` is a usable article id: non-empty, at most 200 characters, not `.` or `..`, made of
    /// letters, digits, `-`, `_` and `.`.
    static func isValidArticleID(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 200, text != ".", text != ".." else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }

    /// Whether `text` is an ISO 8601 calendar date `yyyy-MM-dd` that exists (2020-02-30 does not).
    static func isISODate(_ text: String) -> Bool {
        ISODate(text) != nil
    }
}

/// A calendar date written `yyyy-MM-dd` (ISO 8601 extended format, proleptic Gregorian calendar).
struct ISODate: Hashable, Sendable {
    var year: Int, month: Int, day: Int

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard (1...days).contains(d) else { return nil }
        year = y; month = m; day = d
    }
}
