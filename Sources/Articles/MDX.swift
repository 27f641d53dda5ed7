/// MDX (`.mdx`, MDX 2/3 as Docusaurus, Next.js and Astro read it): Markdown with JSX and ECMAScript modules
/// (session 12; `docs/articles.md`, "MDX").
///
/// *Decision: what is text and what is code.* Text is what the page shows as prose: paragraphs, headings,
/// list items, quotes and table cells, the Markdown inside a JSX element (`<Callout type="warning">` … text
/// … `</Callout>`) and inside a directive (`:::tip` … `:::`). Code is everything a JavaScript build reads:
/// - `import` and `export` statements (at a line start outside any block, up to the next blank line): one
///   block of code, never a segment;
/// - JSX tags, opening and closing, of components (`<Callout …>`, `</Callout>`, `<StationMap … />`,
///   fragments `<>`) and of HTML elements with an expression attribute (`<img src={…} />`): each one
///   standalone `other` code kept byte for byte (its line break with it when the tag is a line of its own),
///   so the text between is segmented and translated and the tags are protected in XLIFF;
/// - expressions `{frontmatter.title}`, `{updated}` and comments `{/* … */}`: the same kind of code;
/// - directive fences of remark-directive and Docusaurus admonitions (`:::tip[Good to know]`, `:::`): codes,
///   their label with them (a known limit: the label is not offered for translation).
/// A paragraph made only of such code (a component alone, an expression alone) is one code block kept as
/// written, shown as code in `article.html`; the values of its tags' `title`, `alt`, `caption` and `label`
/// attributes (double-quoted) are offered for translation, as a shortcode's are.
/// HTML elements without expressions (`<details>`, `<a href>`) are read as in Markdown.
enum MDX {
    /// The end (exclusive, in characters) of a JSX tag starting at `i` in `s[..<end]`, or `nil`: `<` then an
    /// optional `/`, then `>` (a fragment) or a name (letters, digits, `.`, `_`, `-`, `:`) starting with an
    /// upper-case letter, or with a lower-case one when the tag holds an expression attribute (`{`); then
    /// attributes, with quoted strings and balanced braces skipped, up to `>`. At most 4,000 characters.
    /// - Complexity: O(n) in the length of the tag.
    static func tagEnd(_ s: [Character], _ i: Int, _ end: Int) -> Int? {
        guard i + 1 < end, s[i] == "<" else { return nil }
        var j = i + 1
        if s[j] == "/" { j += 1 }
        guard j < end else { return nil }
        if s[j] == ">" { return j + 1 }  // a fragment, <> or </>
        guard s[j].isASCII, s[j].isLetter else { return nil }
        let upper = s[j].isUppercase
        while j < end, s[j].isASCII, s[j].isLetter || s[j].isNumber || s[j] == "." || s[j] == "_" || s[j] == "-" || s[j] == ":" { j += 1 }
        guard j < end, s[j] == ">" || s[j] == "/" || s[j].isWhitespace else { return nil }
        var braces = 0
        var quote: Character?
        var sawExpression = false
        while j < end, j - i < 4000 {
            let c = s[j]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" || (c == "`" && braces > 0) {
                quote = c
            } else if c == "{" {
                braces += 1
                sawExpression = true
            } else if c == "}" {
                braces -= 1
                if braces < 0 { return nil }
            } else if c == ">", braces == 0 {
                return upper || sawExpression ? j + 1 : nil
            } else if c == "<", braces == 0 {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The end (exclusive) of an expression `{…}` starting at `i` (braces balanced; quoted strings, template
    /// literals and comments `/* … */` skipped, so an apostrophe in a comment opens no string), or `nil` when
    /// it does not close before `end` or within 4,000 characters.
    static func expressionEnd(_ s: [Character], _ i: Int, _ end: Int) -> Int? {
        guard i < end, s[i] == "{" else { return nil }
        var braces = 0
        var quote: Character?
        var j = i
        while j < end, j - i < 4000 {
            let c = s[j]
            if let q = quote {
                if c == "\\" { j += 2; continue }
                if c == q { quote = nil }
            } else if c == "/", j + 1 < end, s[j + 1] == "*" {
                j += 2
                while j + 1 < end, !(s[j] == "*" && s[j + 1] == "/") { j += 1 }
                j += 2
                continue
            } else if c == "\"" || c == "'" || c == "`" {
                quote = c
            } else if c == "{" {
                braces += 1
            } else if c == "}" {
                braces -= 1
                if braces == 0 { return j + 1 }
            }
            j += 1
        }
        return nil
    }

    /// The end (exclusive) of a directive fence starting at `i` at a line start: three or more `:`, then
    /// an optional name, `[label]` and `{attributes}`, up to the line's end (`:::tip[Good to know]`,
    /// `:::note{.info}`, `:::`), or `nil`.
    static func directiveEnd(_ s: [Character], _ i: Int, _ end: Int) -> Int? {
        guard i == 0 || s[i - 1] == "\n" || s[i - 1] == lineBreak || s[i - 1] == MarkdownPreprocessor.paragraphSentinel else { return nil }
        var j = i
        while j < end, s[j] == ":" { j += 1 }
        guard j - i >= 3 else { return nil }
        var k = j
        while k < end, s[k] != "\n", s[k] != lineBreak { k += 1 }
        let rest = String(s[j..<k]).trimmingCharacters(in: .whitespaces)
        guard rest.isEmpty || rest.first!.isLetter || rest.first == "[" || rest.first == "{" else { return nil }
        return k
    }

    /// The end (exclusive) of the MDX code starting at `i`: a JSX tag, an expression or a directive fence.
    static func codeEnd(_ s: [Character], _ i: Int, _ end: Int) -> Int? {
        switch s[i] {
        case "<": tagEnd(s, i, end)
        case "{": expressionEnd(s, i, end)
        case ":": directiveEnd(s, i, end)
        default: nil
        }
    }

    /// Whether `text` (a paragraph as written) is only MDX code and white space.
    static func isOnlyCode(_ text: String) -> Bool {
        let s = Array(text)
        var i = 0
        var found = false
        while i < s.count {
            if s[i].isWhitespace { i += 1; continue }
            guard let end = codeEnd(s, i, s.count) else { return false }
            found = true
            i = end
        }
        return found
    }

    /// Whether `line` (as written) is only MDX code: a line of its own for a tag or a directive fence, whose
    /// line break belongs to the code.
    static func isCodeLine(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return (trimmed.first == "<" || trimmed.first == ":") && isOnlyCode(trimmed)
    }

    /// Whether `line` starts an ECMAScript module statement of MDX: `import` or `export` at column 0,
    /// followed by a space or `{` (MDX 2, "ESM").
    static func startsStatement(_ line: String) -> Bool {
        for keyword in ["import", "export"] where line.hasPrefix(keyword) {
            let next = line.dropFirst(keyword.count).first
            if next == " " || next == "{" || next == "*" { return true }
        }
        return false
    }

    /// Stands, in a paragraph's joined lines, for the line break next to a JSX tag or directive fence on a
    /// line of its own (a private-use character; the inline pass puts the break into the tag's code).
    static let lineBreak: Character = "\u{E007}"

    /// Attributes of a JSX tag whose double-quoted values are offered for translation.
    static let translatableAttributes: Set<String> = ["alt", "caption", "title", "label"]

    /// The pieces of a code block (a paragraph of MDX code, or `import`/`export` statements): the source's
    /// characters as markup, with a slot for each translatable double-quoted attribute value of a JSX tag.
    static func pieces(_ raw: String) -> [EmbedMarkup.Piece] {
        let s = Array(raw)
        var pieces: [EmbedMarkup.Piece] = []
        var markup = ""
        var i = 0
        func flush() { if !markup.isEmpty { pieces.append(.markup(markup)); markup = "" } }
        while i < s.count {
            guard s[i] == "<", let end = tagEnd(s, i, s.count) else { markup.append(s[i]); i += 1; continue }
            let tag = String(s[i..<end])
            var rest = Substring(tag)
            while let match = rest.firstMatch(of: /(\s)([A-Za-z][A-Za-z0-9_-]*)="([^"]*)"/) {
                let name = String(match.2)
                markup += rest[..<match.range.lowerBound]
                if translatableAttributes.contains(name), !match.3.isEmpty {
                    markup += String(match.1) + name + "=\""
                    flush()
                    pieces.append(.slot(attribute: name, value: String(match.3)))
                    markup = "\""
                } else {
                    markup += rest[match.range]
                }
                rest = rest[match.range.upperBound...]
            }
            markup += rest
            i = end
        }
        flush()
        return pieces
    }
}
