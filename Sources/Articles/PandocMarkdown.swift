import TaalgrensCore

/// What pandoc's Markdown writes that CommonMark and Ink 0.6 do not read (session 12): a Word file
/// converted with `pandoc -t markdown` comes with simple and grid tables, header attributes and table
/// captions (`docs/articles.md`, "Pandoc's Markdown"). This pass rewrites those lines before the
/// ``MarkdownPreprocessor`` sees them, outside fenced code; the inline forms (bracketed spans
/// `[text]{.underline}`, attributes after an image, `^superscript^`, `~subscript~`) are the inline pass's.
///
/// - Simple tables (pandoc manual, "Tables": a header line over a line of dash groups, rows up to a blank
///   line; or a dash line, rows and a closing dash line) and grid tables (`+---+---+` borders, `+===+`
///   under the header, `|` between cells, a cell's lines joined) become pipe tables. The columns are the
///   dash groups' (simple) or the `+` positions' (grid) spans. A table without a header row gets an empty
///   one (a pipe table must have one).
/// - A table caption, a paragraph right after a table starting with `:` or `Table:`, becomes a paragraph
///   of its text.
/// - Header attributes at the end of an ATX heading (`## Result {#result .unnumbered}`, also Hugo's and
///   kramdown's `{#id}`) are removed, but a written id stays the heading's `id` (a bookmark the block
///   builder reads), so that links to `#result` still lead there; the renderers write it back.
enum PandocMarkdown {
    /// Rewrites the pandoc forms above in a Markdown body (front matter removed, LF line endings).
    /// - Complexity: O(n) in the length of the text.
    static func rewrite(_ markdown: String) -> String {
        guard markdown.contains("---") || markdown.contains("+-") || markdown.contains("{") else { return markdown }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let smart = isPandoc(markdown)
        var out: [String] = []
        var fence: String?
        var afterTable = false
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                out.append(line)
                if trimmed.hasPrefix(open), trimmed.allSatisfy({ $0 == open.first }) { fence = nil }
                i += 1
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix { $0 == trimmed.first })
                out.append(line)
                i += 1
                continue
            }
            let blankBefore = out.last.map { $0.trimmingCharacters(in: .whitespaces).isEmpty } ?? true
            if blankBefore, let (rows, header, next) = gridTable(lines, i) ?? simpleTable(lines, i) {
                out += pipeTable(smart ? rows.map { $0.map(dashes) } : rows, header: header)
                i = next
                afterTable = true
                continue
            }
            if afterTable, !trimmed.isEmpty {
                afterTable = false
                if trimmed.hasPrefix(": ") || trimmed.hasPrefix("Table: ") {
                    out.append(String(trimmed.drop { $0 != " " }.dropFirst()))
                    i += 1
                    continue
                }
            }
            if let previous = out.last, isAttributeList(trimmed), attachesAttributes(to: previous) {
                // A block attribute list on the line after a paragraph or heading (kramdown's `{: .lead}`,
                // Goldmark's `{.lead}`; fifteenth trial, finding 2): the block's attributes, not text. It
                // travels to the block builder as an empty anchor at the block's end.
                out[out.count - 1] = previous + "<a data-taalgrens-ial=\"" + MarkupEscaping.attribute(trimmed) + "\"></a>"
                i += 1
                continue
            }
            if trimmed.hasPrefix("#"), let attributes = line.firstMatch(of: /\s+\{:?\s*[#.-][^{}]*\}\s*$/) {
                var heading = String(line[..<attributes.range.lowerBound])
                heading = smart ? dashes(heading) : heading
                // A written id is the target of links from this page and others (fifteenth trial, finding 1): it
                // stays, as a bookmark the block builder makes the heading's `id`.
                if let id = headingID(String(line[attributes.range])), let marks = heading.firstRange(of: /^\s{0,3}#{1,6}\s+/) {
                    heading.insert(contentsOf: "<a id=\"\(id)\"></a>", at: marks.upperBound)
                }
                out.append(heading)
                i += 1
                continue
            }
            let isRule = !trimmed.isEmpty && trimmed.allSatisfy { $0 == "-" || $0 == " " || $0 == "*" || $0 == "_" }
            out.append(smart && !isRule && !trimmed.hasPrefix("|") ? dashes(line) : line)
            i += 1
        }
        return out.joined(separator: "\n")
    }

    /// Whether a trimmed line is a block attribute list: `{` (kramdown: `{:`), then one or more of `.class`,
    /// `#id` and `key="value"` (or `key='value'`, `key=value`), then `}` (kramdown, "Block Inline Attribute
    /// Lists"; Hugo's Goldmark, "Markdown attributes"; pandoc, "Extension: attributes").
    static func isAttributeList(_ line: String) -> Bool {
        line.wholeMatch(of: /\{:?\s*(?:(?:[.#][A-Za-z0-9_][\w.:-]*|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|[^\s"'}]+))\s*)+\}/) != nil
    }

    /// Whether a block attribute list on the next line belongs to the block that `line` ends: a paragraph's or
    /// an ATX heading's last line (not blank, not a table row, a fence, a list item, a quotation or raw HTML,
    /// whose attributes a renderer could not write back in place).
    static func attachesAttributes(to line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard let first = t.first, !t.hasPrefix("```"), !t.hasPrefix("~~~") else { return false }
        if "|><".contains(first) { return false }
        if t.wholeMatch(of: /(?:[-*+]|\d{1,9}[.)])(?:\s.*)?/) != nil { return false }
        return !isAttributeList(t)
    }

    /// The id of a header attribute block (`{#sandbags}`, `{#result .unnumbered}`, `{: #contact}`): the word
    /// after its `#`, when it is a valid id (letters, digits, `-`, `_`, `.`, `:`; no quote or `<`).
    static func headingID(_ attributes: String) -> String? {
        guard let match = attributes.firstMatch(of: /(?:^|[\s{:])#([A-Za-z0-9_][A-Za-z0-9_.:\-]*)/) else { return nil }
        return String(match.1)
    }

    /// Whether `markdown` is pandoc's Markdown: it holds a form only pandoc writes (a bracketed span or
    /// attributes after a link or image, `]{.underline}`, `){width=…}`; header attributes `{#id}`; a grid
    /// table's border; a simple table's dash groups under a header line). Pandoc's Markdown reads `--` and
    /// `---` as dashes (its `smart` extension, on by default, with which its writer writes them).
    static func isPandoc(_ markdown: String) -> Bool {
        markdown.contains(/\]\{[#.a-z]|\)\{[#.a-z]|\{#[A-Za-z_][^}\n]*\}\s*$/.anchorsMatchLineEndings())
            || markdown.contains(/^\+(?:[-=:]+\+){2,}\s*$/.anchorsMatchLineEndings())
            || markdown.contains(/^\s*-{2,}(?: +-{2,})+\s*$/.anchorsMatchLineEndings())
    }

    /// `text` with pandoc's smart dashes as characters, outside code spans: `---` is an em dash, `--` an en
    /// dash ("24--26" → "24–26"); longer runs of hyphens stay.
    static func dashes(_ text: String) -> String {
        guard text.contains("--") else { return text }
        var out = ""
        var inCode = false
        let s = Array(text)
        var i = 0
        while i < s.count {
            if s[i] == "`" { inCode.toggle(); out.append(s[i]); i += 1; continue }
            if !inCode, s[i] == "-" {
                var j = i
                while j < s.count, s[j] == "-" { j += 1 }
                let run = j - i
                // An HTML comment's `<!--` and `-->` stay.
                let comment = (i >= 2 && s[i - 1] == "!" && s[i - 2] == "<") || (j < s.count && s[j] == ">")
                out += comment ? String(s[i..<j]) : run == 3 ? "\u{2014}" : run == 2 ? "\u{2013}" : String(s[i..<j])
                i = j
                continue
            }
            out.append(s[i])
            i += 1
        }
        return out
    }

    /// A pipe table's lines for `rows` (cells as text); the first row is the header when `header`, else an
    /// empty header row comes first.
    static func pipeTable(_ rows: [[String]], header: Bool) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        func row(_ cells: [String]) -> String {
            "| " + (0..<columns).map { $0 < cells.count ? cells[$0].replacingOccurrences(of: "|", with: "\\|") : "" }.joined(separator: " | ") + " |"
        }
        var out: [String] = [row(header ? rows[0] : [])]
        out.append("|" + String(repeating: " --- |", count: columns))
        for cells in rows.dropFirst(header ? 1 : 0) { out.append(row(cells)) }
        out.append("")
        return out
    }

    /// Column spans `(start, end)` (character offsets, `end` exclusive) of the dash groups of `line` when it
    /// is a line of at least two groups of two or more `-` separated by spaces (`---- -------`), or of one
    /// group when `single` allows it.
    static func dashGroups(_ line: String, single: Bool = false) -> [(Int, Int)]? {
        let s = Array(line)
        guard !s.isEmpty, s.allSatisfy({ $0 == "-" || $0 == " " }) else { return nil }
        var groups: [(Int, Int)] = []
        var i = 0
        while i < s.count {
            if s[i] == "-" {
                let start = i
                while i < s.count, s[i] == "-" { i += 1 }
                guard i - start >= 2 else { return nil }
                groups.append((start, i))
            } else {
                i += 1
            }
        }
        return groups.count >= (single ? 1 : 2) ? groups : nil
    }

    /// The text of `line` in each column: the characters from a column's start to the next column's start
    /// (the last to the line's end), trimmed.
    static func slice(_ line: String, _ starts: [Int]) -> [String] {
        let s = Array(line)
        return starts.indices.map { k in
            let from = min(starts[k], s.count)
            let to = k + 1 < starts.count ? min(starts[k + 1], s.count) : s.count
            return String(s[from..<max(from, to)]).trimmingCharacters(in: .whitespaces)
        }
    }

    /// A simple table starting at line `i`: its rows, whether the first is a header, and the line after it.
    static func simpleTable(_ lines: [String], _ i: Int) -> ([[String]], Bool, Int)? {
        guard i + 1 < lines.count else { return nil }
        let first = lines[i]
        if !first.trimmingCharacters(in: .whitespaces).isEmpty, dashGroups(first) == nil, let groups = dashGroups(lines[i + 1]) {
            // Header, dash groups, rows up to a blank line.
            let starts = groups.map(\.0).enumerated().map { $0.offset == 0 ? 0 : $0.element }
            var rows = [slice(first, starts)]
            var j = i + 2
            while j < lines.count, !lines[j].trimmingCharacters(in: .whitespaces).isEmpty {
                if dashGroups(lines[j], single: true) == nil { rows.append(slice(lines[j], starts)) }
                j += 1
            }
            return rows.count >= 2 ? (rows, true, j) : nil
        }
        if let groups = dashGroups(first) {
            // Headerless: a dash line, rows, a closing dash line.
            let starts = groups.map(\.0).enumerated().map { $0.offset == 0 ? 0 : $0.element }
            var rows: [[String]] = []
            var j = i + 1
            while j < lines.count, !lines[j].trimmingCharacters(in: .whitespaces).isEmpty {
                if dashGroups(lines[j]) != nil { return rows.isEmpty ? nil : (rows, false, j + 1) }
                rows.append(slice(lines[j], starts))
                j += 1
            }
        }
        return nil
    }

    /// A grid table starting at line `i`: its rows (a cell's lines joined with a space), whether it has a
    /// header (a `+===+` line), and the line after it.
    static func gridTable(_ lines: [String], _ i: Int) -> ([[String]], Bool, Int)? {
        func isBorder(_ line: String) -> Bool {
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.count >= 3 && t.first == "+" && t.last == "+" && t.allSatisfy { "+-=:".contains($0) } && t.contains(where: { $0 == "-" || $0 == "=" })
        }
        guard isBorder(lines[i]) else { return nil }
        let border = Array(lines[i])
        let pluses = border.indices.filter { border[$0] == "+" }
        guard pluses.count >= 2 else { return nil }
        var rows: [[String]] = []
        var current: [[String]] = Array(repeating: [], count: pluses.count - 1)
        var header = false
        var j = i + 1
        while j < lines.count {
            let line = lines[j]
            if isBorder(line) {
                if current.contains(where: { !$0.isEmpty }) { rows.append(current.map { $0.joined(separator: " ") }) }
                current = Array(repeating: [], count: pluses.count - 1)
                if line.contains("=") && rows.count == 1 { header = true }
                j += 1
                if j >= lines.count || !lines[j].trimmingCharacters(in: .whitespaces).hasPrefix("|") { break }
                continue
            }
            let s = Array(line)
            guard line.trimmingCharacters(in: .whitespaces).hasPrefix("|") else { return nil }
            for k in 0..<(pluses.count - 1) {
                let from = min(pluses[k] + 1, s.count), to = min(pluses[k + 1], s.count)
                let text = String(s[from..<max(from, to)]).trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { current[k].append(text) }
            }
            j += 1
        }
        return rows.isEmpty ? nil : (rows, header, j)
    }
}
