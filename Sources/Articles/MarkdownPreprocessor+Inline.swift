import Foundation
import TaalgrensCore

// The inline pass of ``MarkdownPreprocessor``: code spans, escapes, raw HTML, autolinks and link
// destinations inside one block's text (docs/articles.md, "Markdown").
extension MarkdownPreprocessor {
    mutating func token(_ target: BlockBuilder.LinkTarget) -> String {
        let key = Self.tokenPrefix + String(targets.count + 1)
        targets[key] = target
        return key
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
        marks = Marks(s)
        templateTags = TemplateTagScanner(s)
        rawHTML = RawHTMLScanner(s)
        return inline(s, 0, s.count)
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
            case "[" where bracketedSpan(s, i, end) != nil:
                // Pandoc's bracketed span, `[text]{.underline}`, `[]{#_Toc1 .anchor}` (``PandocMarkdown``).
                let span = bracketedSpan(s, i, end)!
                let inner = inline(s, i + 1, span.textEnd)
                let attributes = String(s[(span.textEnd + 2)..<(span.end - 1)])
                let words = attributes.split(whereSeparator: \.isWhitespace)
                if let lang = words.lazy.compactMap({ $0.wholeMatch(of: /lang="?([A-Za-z0-9-]+)"?/)?.1 }).first {
                    out += "<span lang=\"" + lang + "\">" + inner + "</span>"
                } else if words.contains(".underline") {
                    out += "<u>" + inner + "</u>"
                } else if words.contains(".mark") {
                    out += "<mark>" + inner + "</mark>"
                } else if inner.isEmpty, let id = PandocMarkdown.headingID(attributes) {
                    // An empty span with an id is a bookmark (Word's `[]{#_Toc1 .anchor}` through pandoc): its
                    // block's id, as an HTML page's `<a name>` is (``BlockBuilder/bookmark(_:)``).
                    out += "<a id=\"" + id + "\"></a>"
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
                if let span = marks.codeSpan(at: i), span.end <= end {
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
                } else if let rawEnd = rawHTML.end(at: i, limit: end) {
                    out += Self.closingVoidElement(String(s[i..<rawEnd]))
                    i = rawEnd
                } else {
                    out += "&lt;"
                    i += 1
                }
            case "!" where i + 2 < end && s[i + 1] == "[" && s[i + 2] == "[" && Self.wikiLinkEnd(s, i + 1, end) != nil:
                // An Obsidian embed, `![[poster.png]]`: an image when it names an image file (its size after
                // `|`), kept as written otherwise (another note's content).
                let close = Self.wikiLinkEnd(s, i + 1, end)!
                let inner = String(s[(i + 3)..<(close - 2)])
                if let embed = Self.imageEmbed(inner) {
                    var target = BlockBuilder.LinkTarget(destination: embed.file, wikiPage: inner)
                    target.width = embed.width
                    target.height = embed.height
                    out += "![](" + token(target) + ")"
                } else {
                    out += "![](" + token(BlockBuilder.LinkTarget(destination: "", template: String(s[i..<close]))) + ")"
                }
                i = close
            case "^" where Self.blockIDEnd(s, i, start, end) != nil:
                // An Obsidian block id at a paragraph's or line's end, ` ^sms1`: markup, kept as written.
                let idEnd = Self.blockIDEnd(s, i, start, end)!
                out += "![](" + token(BlockBuilder.LinkTarget(destination: "", code: ["block-id": String(s[(i + 1)..<idEnd]), "markup": String(s[i..<idEnd])])) + ")"
                i = idEnd
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
            case "{" where templateTags.tagEnd(at: i, limit: end) != nil, "[" where templateTags.tagEnd(at: i, limit: end) != nil,
                 "*" where templateTags.tagEnd(at: i, limit: end) != nil:
                // A template tag inside a paragraph of text (Hugo, Liquid, WordPress): one standalone code.
                let tagEnd = templateTags.tagEnd(at: i, limit: end)!
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
            case Self.openTask where i + 1 < end, Self.doneTask where i + 1 < end:
                // A GFM task list item's `[ ]` / `[x]` (GFM 0.29, "Task list items"; marked by the block pass,
                // ``markingTask(_:)``): markup, not text. The box's state letter and the space after it follow.
                var markerEnd = i + 2
                while markerEnd < end, s[markerEnd] == " " || s[markerEnd] == "\t" { markerEnd += 1 }
                let markup = "[" + String(s[i + 1]) + "]" + String(s[(i + 2)..<markerEnd])
                out += "![](" + token(BlockBuilder.LinkTarget(destination: "", code: ["task": c == Self.doneTask ? "done" : "open", "markup": markup])) + ")"
                i = markerEnd
            case "%" where i + 1 < end && s[i + 1] == "%" && marks.pairEnd("%%", at: i, before: end) != nil:
                // An Obsidian comment, `%% note to self %%` (help.obsidian.md, "Comments"): Obsidian never shows
                // it, so it is no text: a code kept as written in `article.md`, absent from `article.html`.
                let close = marks.pairEnd("%%", at: i, before: end)!
                let raw = String(s[i..<close].map { $0 == Self.commentLineBreak ? "\n" : $0 })
                let lead = i == start || s[i - 1] == "\n" ? "&#xE001;" : ""
                out += lead + "![](" + token(BlockBuilder.LinkTarget(destination: "", code: ["comment": "obsidian", "markup": raw])) + ")"
                i = close
            case "=" where i + 2 < end && s[i + 1] == "=" && s[i + 2] != "=" && !s[i + 2].isWhitespace
                && (i == start || s[i - 1] != "=") && marks.pairEnd("==", at: i, before: end) != nil:
                // An Obsidian highlight, `==text==`: `<mark>` (its text translated).
                let close = marks.pairEnd("==", at: i, before: end)!
                out += "<mark>" + inline(s, i + 2, close - 2) + "</mark>"
                i = close
            case "[" where Self.calloutMarkerEnd(s, i, start) != nil:
                // An Obsidian callout's or GitHub alert's type, `> [!note] Title`: markup, not text.
                let markerEnd = Self.calloutMarkerEnd(s, i, start)!
                let type = String(s[(i + 2)..<markerEnd].prefix { $0 != "]" }).lowercased()
                // (Led by U+E001, which the block builder removes: Ink 0.6 cuts an image that starts a paragraph
                // out of it, and the token is one.)
                out += "&#xE001;![](" + token(BlockBuilder.LinkTarget(destination: "", code: ["callout": type, "markup": String(s[i..<markerEnd])])) + ")"
                i = markerEnd
            case "[" where i + 1 < end && s[i + 1] == "[" && Self.wikiLinkEnd(s, i, end) != nil:
                // An Obsidian wiki link, `[[Page]]` or `[[Page|label]]`: a link whose label is translated and
                // whose page name is kept (written back as a wiki link by the Markdown renderer).
                let close = Self.wikiLinkEnd(s, i, end)!
                let inner = Array(s[(i + 2)..<(close - 2)])
                let bar = inner.firstIndex(of: "|")
                let page = String(bar.map { inner[..<$0] } ?? inner[...])
                let labelStart = bar.map { i + 2 + $0 + 1 } ?? i + 2
                out += "[" + inline(s, labelStart, close - 2) + "](" + token(BlockBuilder.LinkTarget(destination: page, wikiPage: page)) + ")"
                i = close
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
            case "*" where i == start || s[i - 1] != "*",
                 "_" where (i == start || s[i - 1] != "_") && ((i + 1 < end && s[i + 1] == "_") || !Self.canDelimit(s, i, start, end)):
                // A run of `*` or `_` (read whole, once) with white space or the text's edge on both sides opens
                // and closes no emphasis (CommonMark 0.31, 6.2: neither left- nor right-flanking); Ink 0.6 paired
                // it with the next one ("Open * a * a" lost its stars): each of its characters reaches Ink as a
                // reference. A single `_` that may delimit goes on to the intraword rule below.
                // A `*` run at a line's start followed by a space is a list marker or part of a rule, for Ink.
                let lineMarker = c == "*" && (i + 1 >= end || s[i + 1] == " " || s[i + 1] == "\t" || s[i + 1] == "*")
                    && Self.onlyBefore(s, i, start, allowed: { $0 == " " || $0 == "\t" || $0 == ">" })
                let delimits = lineMarker || Self.canDelimit(s, i, start, end)
                var j = i
                while j < end, s[j] == c { out += delimits ? String(c) : (c == "*" ? "&#42;" : "&#95;"); j += 1 }
                i = j
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

    /// Whether the run of `*` or `_` that contains `i` is left- or right-flanking (CommonMark 0.31, 6.2), that
    /// is, may open or close emphasis. A run has white space or the text's edge before or after it when it
    /// is neither. O(length of the run).
    static func canDelimit(_ s: [Character], _ i: Int, _ start: Int, _ end: Int) -> Bool {
        let mark = s[i]
        var first = i, last = i
        while first > start, s[first - 1] == mark { first -= 1 }
        while last + 1 < end, s[last + 1] == mark { last += 1 }
        let before: Character? = first > start ? s[first - 1] : nil
        let after: Character? = last + 1 < end ? s[last + 1] : nil
        func isSpace(_ c: Character?) -> Bool { c == nil || c!.isWhitespace || c == MDX.lineBreak }
        func isPunctuation(_ c: Character?) -> Bool { c.map { $0.isPunctuation || $0.isSymbol } ?? false }
        let left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before))
        let right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after))
        return left || right
    }

    /// Whether only a line's start, spaces and the marks in `allowed` come before `i` (looking back at
    /// most 16 characters).
    static func onlyBefore(_ s: [Character], _ i: Int, _ start: Int, allowed: (Character) -> Bool) -> Bool {
        var j = i - 1
        while j >= start, s[j] != "\n", s[j] != MDX.lineBreak {
            guard i - j <= 16, allowed(s[j]) else { return false }
            j -= 1
        }
        return true
    }

    /// The end of a callout's type marker at `i`: `[!type]` (letters, digits, `-`; Obsidian's folding `+` or
    /// `-` after it included) as the first thing of a quote line (`> [!note] Title`, GitHub's `> [!WARNING]`);
    /// `nil` otherwise.
    static func calloutMarkerEnd(_ s: [Character], _ i: Int, _ start: Int) -> Int? {
        guard i + 3 < s.count, s[i] == "[", s[i + 1] == "!" else { return nil }
        var j = i + 2
        while j < s.count, j - i < 40, s[j].isLetter || s[j].isNumber || s[j] == "-" { j += 1 }
        guard j > i + 2, j < s.count, s[j] == "]" else { return nil }
        var end = j + 1
        if end < s.count, s[end] == "+" || s[end] == "-" { end += 1 }
        guard end == s.count || s[end] == " " || s[end] == "\t" || s[end] == "\n" else { return nil }
        // Ink has already split the quote's `>` off only in later stages: here the line still starts with it,
        // or, in a paragraph that is the quote's own, nothing comes before the marker.
        guard onlyBefore(s, i, start, allowed: { $0 == " " || $0 == "\t" || $0 == ">" || $0 == MarkdownPreprocessor.paragraphSentinel }) else { return nil }
        return end
    }

    /// The image file and size of an Obsidian embed's inside (`sms.png|400`, `map.webp|640x480`,
    /// help.obsidian.md, "Embed files"): a file name with an image extension, then nothing or one size; `nil`
    /// for any other embed (a note, a heading, a size-less option such as an alias).
    static func imageEmbed(_ inner: String) -> (file: String, width: String?, height: String?)? {
        let parts = inner.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        guard let file = parts.first?.trimmingCharacters(in: .whitespaces), !file.isEmpty, parts.count <= 2,
              imageExtensions.contains((file as NSString).pathExtension.lowercased()) else { return nil }
        guard parts.count == 2 else { return (file, nil, nil) }
        let size = parts[1].trimmingCharacters(in: .whitespaces).split(separator: "x", omittingEmptySubsequences: false)
        guard (1...2).contains(size.count), size.allSatisfy({ !$0.isEmpty && $0.count <= 5 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        return (file, String(size[0]), size.count == 2 ? String(size[1]) : nil)
    }

    static let imageExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "bmp"]

    /// The end (exclusive) of an Obsidian block id whose `^` is at `i` (help.obsidian.md, "Link to a block"):
    /// after a space, `^` then letters, digits and `-`, then the line's or the text's end; `nil` otherwise.
    static func blockIDEnd(_ s: [Character], _ i: Int, _ start: Int, _ end: Int) -> Int? {
        guard i > start, s[i - 1] == " " || s[i - 1] == "\t" else { return nil }
        var j = i + 1
        while j < end, j - i <= 64, s[j].isASCII, s[j].isLetter || s[j].isNumber || s[j] == "-" { j += 1 }
        guard j > i + 1, j == end || s[j] == "\n" || (s[j] == " " && (j + 1 == end || s[j + 1] == "\n")) else { return nil }
        return j
    }

    /// The end (exclusive, after `]]`) of an Obsidian wiki link `[[…]]` whose `[[` is at `i`: a page name
    /// (and `|label`) with no bracket or line feed before `]]`; `nil` otherwise. The scan stops at the next
    /// bracket, so the candidates of a text read it about once together.
    static func wikiLinkEnd(_ s: [Character], _ i: Int, _ end: Int) -> Int? {
        guard i + 1 < end, s[i] == "[", s[i + 1] == "[" else { return nil }
        var j = i + 2
        while j < end, s[j] != "]", s[j] != "[", s[j] != "\n" { j += 1 }
        guard j > i + 2, j + 1 < end, s[j] == "]", s[j + 1] == "]", s[i + 2] != "|", s[j - 1] != "|" else { return nil }
        return j + 2
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
    /// - Complexity: O(1) to find the `]` (``Marks``), then the attribute block's length.
    func bracketedSpan(_ s: [Character], _ i: Int, _ end: Int) -> (textEnd: Int, end: Int)? {
        guard let j = marks.closingBracket(of: i, before: end) else { return nil }
        guard j + 1 < end, s[j + 1] == "{", let after = Self.attributeBlockEnd(s, j + 1, end) else { return nil }
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

    struct ParsedLink {
        var textStart: Int
        var textEnd: Int
        var destination: String
        var title: String?
        var end: Int
        /// For a reference link: its label as written (empty for `[text][]` and `[text]`, whose label is the text).
        var reference: String?
    }

    /// A link destination that holds a template tag, `({{ site.url }}/en/live/)`, `({{< relref "maps" >}} "Map")`,
    /// `({% link news/a.md %})`, starting after the `(` at `start`: the tags' spaces are no end of the destination
    /// (the generator replaces each tag by an address before any Markdown is read: Jekyll's Liquid, Hugo's
    /// shortcodes). Outside the tags the destination follows CommonMark (no white space, balanced parentheses),
    /// then an optional title and the `)`. Returns the destination as written, the title and the end (after
    /// the `)`), or `nil` when the destination holds no tag or is not closed.
    /// - Complexity: O(length of the destination and title), each tag found in O(log n) (``TemplateTagScanner``).
    func templateDestination(_ s: [Character], from start: Int, end: Int) -> (String, String?, Int)? {
        var i = start
        while i < end, s[i] == " " || s[i] == "\t" { i += 1 }
        var destination = ""
        var depth = 0
        var sawTag = false
        while i < end {
            if s[i] == "{", let tagEnd = templateTags.tagEnd(at: i, limit: end) {
                destination += String(s[i..<tagEnd])
                i = tagEnd
                sawTag = true
                continue
            }
            let c = s[i]
            if c.isWhitespace || c == "<" { break }
            if c == "(" { depth += 1 }
            if c == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            destination.append(c)
            i += 1
        }
        guard sawTag, depth == 0 else { return nil }
        var title: String?
        var j = i
        while j < end, s[j] == " " || s[j] == "\t" || s[j] == "\n" { j += 1 }
        if j > i, j < end, s[j] == "\"" || s[j] == "'" {
            let close = s[j]
            var text = ""
            var k = j + 1
            while k < end, s[k] != close {
                if s[k] == "\\", k + 1 < end, Self.isASCIIPunctuation(s[k + 1]) { text.append(s[k + 1]); k += 2; continue }
                if s[k] == "\n", k + 1 < end, s[k + 1] == "\n" { return nil }
                text.append(s[k]); k += 1
            }
            guard k < end else { return nil }
            title = text
            j = k + 1
            while j < end, s[j] == " " || s[j] == "\t" { j += 1 }
        }
        guard j < end, s[j] == ")" else { return nil }
        return (destination, title, j + 1)
    }

    /// A link `[text](dest "title")`, `[text][label]`, `[text][]` or `[label]` whose `[` is at `i`.
    /// - Complexity: O(1) to find the text's `]` (``Marks``), then the length of the destination and title.
    func parseLink(_ s: [Character], _ i: Int, _ end: Int) -> ParsedLink? {
        guard let j = marks.closingBracket(of: i, before: end) else { return nil }
        let textStart = i + 1, textEnd = j
        let k = j + 1
        if k < end, s[k] == "(" {
            if let (destination, title, after) = Self.parseDestinationAndTitle(s, from: k + 1, end: end, closing: ")",
                                                                              destinationEnd: marks.destinationEnd(afterParenthesisAt: k, before: end)) {
                return ParsedLink(textStart: textStart, textEnd: textEnd, destination: destination, title: title, end: after)
            }
            if let (destination, title, after) = templateDestination(s, from: k + 1, end: end) {
                return ParsedLink(textStart: textStart, textEnd: textEnd, destination: destination, title: title, end: after)
            }
        }
        var labelEnd = k
        // A link label is at most 999 characters (CommonMark 0.31, 4.7): longer link text names no reference
        // (and copying it for each of thousands of nested brackets was quadratic).
        guard textEnd - textStart <= 999 else { return nil }
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
