import TaalgrensCore

// The inline pass of ``MarkdownPreprocessor``: code spans, escapes, raw HTML, autolinks and link
// destinations inside one block's text (docs/articles.md, "Markdown").
extension MarkdownPreprocessor {
    mutating func token(_ target: BlockBuilder.LinkTarget) -> String {
        let key = Self.tokenPrefix + String(targets.count + 1)
        targets[key] = target
        return key
    }

    /// Index after the code span opening at `i`, or `nil` when the backtick run has no closing run.
    static func codeSpanEnd(_ s: [Character], _ i: Int) -> (contentStart: Int, contentEnd: Int, end: Int)? {
        var run = 0
        while i + run < s.count, s[i + run] == "`" { run += 1 }
        var j = i + run
        while j < s.count {
            // Paragraph lines are joined before the inline pass, so a line end here is a hard break or
            // the edge of a list or quote line: Ink 0.6 cannot continue a code span across it.
            if s[j] == "\n" { return nil }
            if s[j] == "`" {
                var other = 0
                while j + other < s.count, s[j + other] == "`" { other += 1 }
                if other == run { return (i + run, j, j + run) }
                j += other
                continue
            }
            j += 1
        }
        return nil
    }

    /// Text that must reach Ink as literal characters (a URL shown as link text).
    static func literal(_ s: String) -> String {
        var out = ""
        for c in s {
            if isASCIIPunctuation(c), c != "/", c != ":", c != ".", c != "-", c != "@", c != "?", c != "=", c != "#" {
                out += "&#\(c.asciiValue!);"
            } else {
                out.append(c)
            }
        }
        return out
    }

    static func isAlphanumeric(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }

    mutating func inline(_ s: [Character]) -> String {
        inline(s, 0, s.count)
    }

    mutating func inline(_ s: [Character], _ start: Int, _ end: Int) -> String {
        var out = ""
        var i = start
        while i < end {
            let c = s[i]
            switch c {
            case "<" where mdx && MDX.codeEnd(s, i, end) != nil, "{" where mdx && MDX.codeEnd(s, i, end) != nil,
                 ":" where mdx && MDX.codeEnd(s, i, end) != nil,
                 MDX.lineBreak where mdx && i + 1 < end && MDX.codeEnd(s, i + 1, end) != nil:
                // MDX code in text (``MDX``): a JSX tag, an expression, a directive fence; a tag on a line of its
                // own takes its line breaks with it, so `article.md` writes the lines as they were.
                let codeStart = s[i] == MDX.lineBreak ? i + 1 : i
                var codeEnd = MDX.codeEnd(s, codeStart, end)!
                if codeEnd < end, s[codeEnd] == MDX.lineBreak { codeEnd += 1 }
                let tag = String(s[i..<codeEnd].map { $0 == MDX.lineBreak ? "\n" : $0 })
                out += "![](" + token(BlockBuilder.LinkTarget(destination: "", template: tag)) + ")"
                i = codeEnd
            case MDX.lineBreak:
                out += " "
                i += 1
            case "[" where Self.bracketedSpan(s, i, end) != nil:
                // Pandoc's bracketed span, `[text]{.underline}`, `[]{#_Toc1 .anchor}` (``PandocMarkdown``).
                let span = Self.bracketedSpan(s, i, end)!
                let inner = inline(s, i + 1, span.textEnd)
                let attributes = String(s[(span.textEnd + 2)..<(span.end - 1)])
                let words = attributes.split(whereSeparator: \.isWhitespace)
                if let lang = words.lazy.compactMap({ $0.wholeMatch(of: /lang="?([A-Za-z0-9-]+)"?/)?.1 }).first {
                    out += "<span lang=\"" + lang + "\">" + inner + "</span>"
                } else if words.contains(".underline") {
                    out += "<u>" + inner + "</u>"
                } else if words.contains(".mark") {
                    out += "<mark>" + inner + "</mark>"
                } else {
                    out += inner
                }
                i = span.end
            case "^" where Self.pandocScriptEnd(s, i, end) != nil, "~" where Self.pandocScriptEnd(s, i, end) != nil:
                // Pandoc's `^superscript^` and `~subscript~` (`CO~2~`, `XIX^e^`).
                let close = Self.pandocScriptEnd(s, i, end)!
                let element = c == "^" ? "sup" : "sub"
                out += "<" + element + ">" + inline(s, i + 1, close) + "</" + element + ">"
                i = close + 1
            case "`":
                if let span = Self.codeSpanEnd(s, i), span.end <= end {
                    let run = span.contentStart - i
                    var content = String(s[span.contentStart..<span.contentEnd])
                    if run == 1 {
                        out += "`" + content + "`"
                    } else {
                        content = content.replacingOccurrences(of: "\n", with: " ")
                        if content.count >= 2, content.first == " ", content.last == " ", !content.allSatisfy({ $0 == " " }) {
                            content = String(content.dropFirst().dropLast())
                        }
                        out += content.contains("`") ? "<code>" + MarkupEscaping.text(content) + "</code>" : "`" + content + "`"
                    }
                    i = span.end
                } else {
                    var run = 0
                    while i + run < end, s[i + run] == "`" { run += 1 }
                    out += String(repeating: "&#96;", count: run)
                    i += run
                }
            case "\\":
                if i + 1 < end, Self.isASCIIPunctuation(s[i + 1]) {
                    out += "&#\(s[i + 1].asciiValue!);"
                    i += 2
                } else {
                    out.append(c)
                    i += 1
                }
            case "<":
                if let (text, end2) = autolink(s, i, end) {
                    out += text
                    i = end2
                } else if let rawEnd = Self.rawHTMLEnd(s, i, end) {
                    out += Self.closingVoidElement(String(s[i..<rawEnd]))
                    i = rawEnd
                } else {
                    out += "&lt;"
                    i += 1
                }
            case "!" where i + 1 < end && s[i + 1] == "[":
                if let link = parseLink(s, i + 1, end) {
                    let alt = altText(String(s[link.textStart..<link.textEnd]))
                    let key = token(BlockBuilder.LinkTarget(destination: link.destination, title: link.title, alt: alt, reference: link.reference))
                    out += "![](" + key + ")"
                    i = link.end
                    i = Self.attributeBlockEnd(s, i, end) ?? i  // pandoc's `{width="6in"}` after an image
                } else {
                    out.append(c)
                    i += 1
                }
            case "{" where Shortcode.inlineTagEnd(s, i, end) != nil, "[" where Shortcode.inlineTagEnd(s, i, end) != nil,
                 "*" where Shortcode.inlineTagEnd(s, i, end) != nil:
                // A template tag inside a paragraph of text (Hugo, Liquid, WordPress): one standalone code.
                let tagEnd = Shortcode.inlineTagEnd(s, i, end)!
                let key = token(BlockBuilder.LinkTarget(destination: "", template: String(s[i..<tagEnd])))
                out += "![](" + key + ")"
                i = tagEnd
            case Self.footnoteOpen:
                var j = i + 1
                while j < end, s[j] != Self.footnoteClose { j += 1 }
                guard j < end else { i += 1; continue }
                let key = token(BlockBuilder.LinkTarget(destination: "", footnote: String(s[(i + 1)..<j]), footnoteDefinition: true))
                out += "![](" + key + ")"
                i = j + 1
            case "[" where i + 1 < end && s[i + 1] == "^":
                // A footnote reference `[^label]` whose label has a definition.
                var j = i + 2
                while j < end, s[j] != "]", !s[j].isWhitespace, s[j] != "[" { j += 1 }
                if j < end, s[j] == "]", j > i + 2, footnotes.contains(Self.normalizeLabel(String(s[(i + 2)..<j]))) {
                    let key = token(BlockBuilder.LinkTarget(destination: "", footnote: String(s[(i + 2)..<j])))
                    out += "![](" + key + ")"
                    i = j + 1
                } else {
                    out += "&#91;"
                    i += 1
                }
            case "[":
                if let link = parseLink(s, i, end) {
                    let key = token(BlockBuilder.LinkTarget(destination: link.destination, title: link.title, alt: nil, reference: link.reference))
                    out += "[" + inline(s, link.textStart, link.textEnd) + "](" + key + ")"
                    i = link.end
                    i = Self.attributeBlockEnd(s, i, end) ?? i
                } else {
                    out += "&#91;"
                    i += 1
                }
            case "]":
                out += "&#93;"
                i += 1
            case "&":
                // Ink 0.6 passes everything from `&` to the next `;` through raw when it holds no
                // whitespace ("&*x*;" would swallow the emphasis): keep only real references.
                if let length = Self.characterReferenceLength(s, i, end) {
                    out += String(s[i..<(i + length)])
                    i += length
                } else {
                    out += "&amp;"
                    i += 1
                }
            case "_":
                if Self.isAlphanumeric(i > start ? s[i - 1] : nil) && Self.isAlphanumeric(i + 1 < end ? s[i + 1] : nil) {
                    out += "&#95;"
                } else {
                    out.append(c)
                }
                i += 1
            default:
                out.append(c)
                i += 1
            }
        }
        return out
    }

    /// The end (exclusive) of a pandoc attribute block `{#id .class key="value"}` starting at `i` (after an
    /// image, a link or a bracketed span), or `nil`: the braces hold no brace and no blank line, and start
    /// with `#`, `.` or a `key=` (pandoc's manual, "Extension: attributes").
    static func attributeBlockEnd(_ s: [Character], _ i: Int, _ end: Int) -> Int? {
        guard i < end, s[i] == "{" else { return nil }
        var j = i + 1
        while j < end, s[j] == " " { j += 1 }
        guard j < end, s[j] == "#" || s[j] == "." || s[j].isLetter else { return nil }
        var sawEquals = s[j] == "#" || s[j] == "."
        var quote: Character?
        while j < end, j - i < 1000 {
            let c = s[j]
            if let q = quote { if c == q { quote = nil } } else if c == "\"" { quote = c } else if c == "=" { sawEquals = true } else if c == "}" {
                return sawEquals ? j + 1 : nil
            } else if c == "{" || (c == "\n" && j + 1 < end && s[j + 1] == "\n") { return nil }
            j += 1
        }
        return nil
    }

    /// A pandoc bracketed span `[text]{attributes}` starting at `i`: the index of its `]` and its end, or `nil`.
    static func bracketedSpan(_ s: [Character], _ i: Int, _ end: Int) -> (textEnd: Int, end: Int)? {
        var j = i + 1
        var depth = 1
        while j < end {
            if s[j] == "\\" { j += 2; continue }
            if s[j] == "\n", j + 1 < end, s[j + 1] == "\n" { return nil }
            if s[j] == "[" { depth += 1 }
            if s[j] == "]" { depth -= 1; if depth == 0 { break } }
            j += 1
        }
        guard j + 1 < end, s[j + 1] == "{", let after = attributeBlockEnd(s, j + 1, end) else { return nil }
        return (j, after)
    }

    /// The index of the closing mark of a pandoc superscript `^text^` or subscript `~text~` opening at `i`,
    /// or `nil`: text of 1 to 30 characters without white space or the mark; a subscript's `~` follows a
    /// letter or digit and is not part of `~~` (GFM strike-through), so `CO~2~` and `XIX^e^` are read and
    /// `~ 5 km` or `a ~~b~~` are not.
    static func pandocScriptEnd(_ s: [Character], _ i: Int, _ end: Int) -> Int? {
        let mark = s[i]
        if mark == "~" {
            guard i > 0, s[i - 1].isLetter || s[i - 1].isNumber, i + 1 < end, s[i + 1] != "~" else { return nil }
        }
        var j = i + 1
        while j < end, j - i <= 31 {
            let c = s[j]
            if c == mark {
                guard j > i + 1, !(mark == "~" && j + 1 < end && s[j + 1] == "~") else { return nil }
                return j
            }
            if c.isWhitespace || c == "\\" || c == "[" || c == "<" { return nil }
            j += 1
        }
        return nil
    }

    /// `<br>` → `<br/>`: Ink 0.6 takes a void element without the slash for the start of an element and
    /// swallows everything up to its (never coming) end tag.
    static func closingVoidElement(_ tag: String) -> String {
        guard tag.hasSuffix(">"), !tag.hasSuffix("/>"), let name = tagName(Substring(tag)), voidElements.contains(name),
              !tag.hasPrefix("</") else { return tag }
        return String(tag.dropLast()) + "/>"
    }

    static let voidElements: Set<String> = ["br", "img", "hr", "wbr", "input", "meta", "link", "source", "area", "col", "embed"]

    /// The length of a character reference (`&name;`, `&#123;`, `&#x1F;`) starting at `i`, or `nil`.
    static func characterReferenceLength(_ s: [Character], _ i: Int, _ end: Int) -> Int? {
        var j = i + 1
        if j < end, s[j] == "#" {
            j += 1
            let hex = j < end && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            let start = j
            while j < end, j - start < 7, s[j].isASCII, hex ? s[j].isHexDigit : s[j].isNumber { j += 1 }
            guard j > start, j < end, s[j] == ";" else { return nil }
            return j + 1 - i
        }
        let start = j
        while j < end, j - start < 32, s[j].isASCII, s[j].isLetter || s[j].isNumber { j += 1 }
        guard j > start, s[start].isLetter, j < end, s[j] == ";" else { return nil }
        return j + 1 - i
    }

    /// `<scheme:…>` or `<address@host>` starting at `i`, rewritten as a tokenised link.
    mutating func autolink(_ s: [Character], _ i: Int, _ end: Int) -> (String, Int)? {
        var j = i + 1
        var body = ""
        while j < end, s[j] != ">" {
            if s[j] == "<" || s[j].isWhitespace { return nil }
            body.append(s[j]); j += 1
        }
        guard j < end else { return nil }
        let scheme = body.prefix { $0 != ":" }
        let isURI = scheme.count >= 2 && scheme.count <= 32 && scheme.first!.isASCII && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-") }
            && body.count > scheme.count
        let parts = body.split(separator: "@", omittingEmptySubsequences: false)
        let isEmail = !isURI && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
            && parts[0].allSatisfy { $0.isASCII && !$0.isWhitespace }
        guard isURI || isEmail else { return nil }
        let key = token(BlockBuilder.LinkTarget(destination: isEmail ? "mailto:" + body : body, title: nil, alt: nil))
        return ("[" + Self.literal(body) + "](" + key + ")", j + 1)
    }

    /// The end of a raw HTML construct starting at `i`: a comment, or a tag; for an inline element that is
    /// not void, everything up to its matching end tag (Ink passes that whole range through raw).
    static func rawHTMLEnd(_ s: [Character], _ i: Int, _ end: Int) -> Int? {
        if i + 3 < end, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
            var j = i + 4
            while j + 2 < end {
                if s[j] == "-", s[j + 1] == "-", s[j + 2] == ">" { return j + 3 }
                j += 1
            }
            return nil
        }
        func tagEnd(_ k: Int) -> Int? {
            var j = k + 1
            var quote: Character?
            while j < end {
                if let q = quote { if s[j] == q { quote = nil } } else if s[j] == "\"" || s[j] == "'" { quote = s[j] } else if s[j] == ">" { return j + 1 }
                j += 1
            }
            return nil
        }
        guard let name = tagName(Substring(String(s[i..<min(end, i + 40)]))), let firstEnd = tagEnd(i) else { return nil }
        let closing = s[i + 1] == "/"
        let selfClosing = s[firstEnd - 2] == "/"
        if closing || selfClosing || voidElements.contains(name) { return firstEnd }
        // Find the matching end tag, counting nested elements of the same name, within the paragraph
        // (inline HTML never continues past a blank line; CommonMark 0.31, 6.6).
        var depth = 1
        var j = firstEnd
        while j < end {
            if s[j] == "\n", j + 1 < end, s[j + 1] == "\n" { break }
            if s[j] == "<", let other = tagName(Substring(String(s[j..<min(end, j + 40)]))), other == name, let e = tagEnd(j) {
                if s[j + 1] == "/" { depth -= 1 } else if s[e - 2] != "/" { depth += 1 }
                j = e
                if depth == 0 { return j }
                continue
            }
            j += 1
        }
        return firstEnd
    }

    struct ParsedLink {
        var textStart: Int
        var textEnd: Int
        var destination: String
        var title: String?
        var end: Int
        /// For a reference link: its label as written (empty for `[text][]` and `[text]`, whose label is the text).
        var reference: String?
    }

    /// A link `[text](dest "title")`, `[text][label]`, `[text][]` or `[label]` whose `[` is at `i`.
    func parseLink(_ s: [Character], _ i: Int, _ end: Int) -> ParsedLink? {
        var j = i + 1
        var depth = 1
        while j < end {
            let c = s[j]
            if c == "\\" { j += 2; continue }
            if c == "`", let span = Self.codeSpanEnd(s, j), span.end <= end { j = span.end; continue }
            if c == "\n", j + 1 < end, s[j + 1] == "\n" { return nil }
            if c == "[" { depth += 1 }
            if c == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            j += 1
        }
        guard j < end else { return nil }
        let textStart = i + 1, textEnd = j
        let k = j + 1
        if k < end, s[k] == "(" {
            if let (destination, title, after) = Self.parseDestinationAndTitle(s, from: k + 1, end: end, closing: ")") {
                return ParsedLink(textStart: textStart, textEnd: textEnd, destination: destination, title: title, end: after)
            }
        }
        var labelEnd = k
        var label = String(s[textStart..<textEnd])
        var written = ""
        if k + 1 < end, s[k] == "[" {
            var m = k + 1
            while m < end, s[m] != "]", s[m] != "[" { m += 1 }
            if m < end, s[m] == "]" {
                let explicit = String(s[(k + 1)..<m])
                if !explicit.allSatisfy(\.isWhitespace) { label = explicit; written = explicit }
                labelEnd = m + 1
            }
        }
        guard let definition = definitions[Self.normalizeLabel(label)] else { return nil }
        return ParsedLink(textStart: textStart, textEnd: textEnd, destination: definition.destination,
                          title: definition.title, end: labelEnd, reference: written)
    }
}
