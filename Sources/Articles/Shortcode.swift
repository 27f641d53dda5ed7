import Foundation
/// Template tags of static-site generators and CMSes written in Markdown (TRIAL9 finding 2): Hugo
/// shortcodes `{{< name … >}}` and `{{% name … %}}`, Jekyll/Liquid tags `{% … %}` and output `{{ … }}`,
/// WordPress shortcodes `[name …]`, `[/name]` (a lower-case name of letters, digits, `_` or `-`, not a
/// Markdown link: no `(`, `[` or `:` right after the `]`; with an attribute `=`, or closed by `[/name]`
/// later: `[gallery]` alone reads as Markdown text).
///
/// Decision (`docs/articles.md`, "Shortcodes and template tags"): a paragraph made only of such tags (and
/// of HTML markup and text between a WordPress opening and closing tag) is markup, kept byte for byte as an
/// embed block (``BlockRole/embed``): no typography, no escaping, no segment of its own. The values of its
/// human-readable attributes `alt`, `caption`, `title` and `credit` (double-quoted), and the text a
/// WordPress block shortcode encloses (`[caption …]<img …> The caption.[/caption]`), are attached blocks
/// translated like an image's `alt`; everything else (`src`, ids, names) stays. A tag inside a paragraph
/// of text (`Call {{< phone >}} today.`, the tags of a paired shortcode around Markdown text) is one
/// standalone `other` code (``inlineCodeAttributes(_:)``): kept byte for byte, protected in XLIFF, the text
/// around it translated; its attribute values are not offered for translation.
enum Shortcode {
    /// The attributes of the standalone `other` code of a template tag in running text: `template` and
    /// `markup` (its native text in XLIFF and TMX), both the tag as written.
    /// `text` without its Hugo, Liquid and Nunjucks tags (`{{ … }}`, `{{< … >}}`, `{% … %}`, `{# … #}`):
    /// what a Markdown reader sees of a link destination once the generator has replaced them.
    /// - Complexity: O(n log n) in the length (``TemplateTagScanner``).
    static func removingTags(_ text: String) -> String {
        guard text.contains("{") else { return text }
        let chars = Array(text)
        let tags = TemplateTagScanner(chars)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "{", let end = tags.tagEnd(at: i, limit: chars.count) { i = end; continue }
            out.append(chars[i])
            i += 1
        }
        return out
    }

    static func inlineCodeAttributes(_ tag: String) -> [String: String] {
        ["template": tag, "markup": tag]
    }

    /// Whether a template tag is a comment (`{% comment %}…{% endcomment %}`, `{# … #}`): kept in the
    /// Markdown, never shown in `article.html`.
    static func isComment(_ tag: String) -> Bool {
        if tag.hasPrefix("{#") { return true }
        guard tag.hasPrefix("{%"), let end = tag.range(of: "%}") else { return false }
        let inner = tag[tag.index(tag.startIndex, offsetBy: 2)..<end.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: "- \t\n"))
        return inner == "comment"
    }

    /// Whether `markup` (a paragraph of template tags) is only template comments and white space.
    static func isOnlyComments(_ markup: String) -> Bool {
        let scalars = Array(markup.unicodeScalars)
        var i = 0
        var found = false
        while i < scalars.count {
            if scalars[i].properties.isWhitespace { i += 1; continue }
            guard let end = tagEnd(scalars, i), isComment(String(String.UnicodeScalarView(scalars[i..<end]))) else { return false }
            found = true
            i = end
        }
        return found
    }

    /// Attributes whose values are offered for translation.
    static let translatableAttributes: Set<String> = ["alt", "caption", "title", "credit"]

    /// The slot attribute name of the text a WordPress block shortcode encloses.
    static let enclosedText = "text"

    /// The pieces of a paragraph made only of template tags (see the type), or `nil` when it holds anything
    /// else (text outside a WordPress block shortcode, an unclosed tag). Markup pieces are the source's
    /// bytes; a slot's value is the attribute's value or the enclosed text as written (trimmed; the white
    /// space around it is markup).
    /// - Parameter text: the paragraph as written (its lines joined with `\n`).
    /// - Complexity: O(n) in the length of `text`.
    static func pieces(_ text: String) -> [EmbedMarkup.Piece]? {
        let s = Array(text.unicodeScalars)
        var pieces: [EmbedMarkup.Piece] = []
        var markup = String.UnicodeScalarView()
        var found = false
        var openWordPress: [String] = []
        var i = 0
        func flush() {
            if !markup.isEmpty { pieces.append(.markup(String(markup))); markup = String.UnicodeScalarView() }
        }
        func append(_ range: Range<Int>) { markup.append(contentsOf: s[range]) }
        while i < s.count {
            if let end = tagEnd(s, i) {
                found = true
                attributes(s, i..<end, into: &pieces, markup: &markup)
                if s[i] == "[" {
                    let name = String(String.UnicodeScalarView(s[(i + 1)..<end].prefix { $0 != " " && $0 != "]" }))
                    if name.hasPrefix("/") { if openWordPress.last == String(name.dropFirst()) { openWordPress.removeLast() } }
                    else if text.contains("[/\(name)]") { openWordPress.append(name) }
                }
                i = end
            } else if s[i] == "<", let close = s[i...].firstIndex(of: ">"), !openWordPress.isEmpty {
                // HTML inside a WordPress block shortcode: kept, with its own translatable attributes.
                flush()
                for piece in EmbedMarkup.pieces(String(String.UnicodeScalarView(s[i...close]))) {
                    if case .markup(let m) = piece { markup.append(contentsOf: m.unicodeScalars) } else { flush(); pieces.append(piece) }
                }
                i = close + 1
            } else if s[i].properties.isWhitespace {
                markup.append(s[i]); i += 1
            } else if !openWordPress.isEmpty {
                // Text enclosed by a WordPress block shortcode, up to the next tag or HTML element.
                var j = i
                while j < s.count, tagEnd(s, j) == nil, s[j] != "<" { j += 1 }
                var k = j
                while k > i, s[k - 1].properties.isWhitespace { k -= 1 }
                flush()
                pieces.append(.slot(attribute: enclosedText, value: String(String.UnicodeScalarView(s[i..<k]))))
                append(k..<j)
                i = j
            } else {
                return nil
            }
        }
        flush()
        return found && openWordPress.isEmpty ? pieces : nil
    }

    /// Whether a paragraph (its first line trimmed) may be template tags only: it starts with one.
    static func startsBlock(_ trimmed: String) -> Bool {
        let s = Array(trimmed.unicodeScalars)
        return tagEnd(s, 0) != nil
    }

    /// The end (exclusive, in Unicode scalars) of a template tag starting at `i`, or `nil`.
    static func tagEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        func has(_ p: String, at k: Int) -> Bool {
            let q = Array(p.unicodeScalars)
            return k + q.count <= s.count && Array(s[k..<(k + q.count)]) == q
        }
        func find(_ close: String, from k: Int) -> Int? {
            var j = k
            while j < s.count {
                if has(close, at: j) { return j + close.unicodeScalars.count }
                if s[j] == "\n", j + 1 < s.count, s[j + 1] == "\n" { return nil }
                j += 1
            }
            return nil
        }
        guard i < s.count else { return nil }
        if has("*|", at: i) { return mergeTagEnd(s, i) }
        if has("{{<", at: i) { return find(">}}", from: i + 3) }
        if has("{{%", at: i) { return find("%}}", from: i + 3) }
        if has("{%", at: i) {
            // A Liquid comment is one tag from `{% comment %}` to `{% endcomment %}` (also with `{%-` and `-%}`):
            // its body is never shown (fifteenth trial, finding 9).
            guard let end = find("%}", from: i + 2) else { return nil }
            let inner = String(String.UnicodeScalarView(s[(i + 2)..<(end - 2)])).trimmingCharacters(in: CharacterSet(charactersIn: "- \t\n"))
            guard inner == "comment", let close = find("endcomment", from: end) else { return end }
            return find("%}", from: close)
        }
        if has("{#", at: i), let end = find("#}", from: i + 2) {
            // A Nunjucks, Jinja or Twig comment `{# … #}` (fifteenth trial, finding 9). A pandoc or kramdown
            // attribute block `{#id}` has no `#}` and is not one.
            return end
        }
        if has("{{", at: i) { return find("}}", from: i + 2) }
        if s[i] == "[" {
            var j = i + 1
            if j < s.count, s[j] == "/" { j += 1 }
            let nameStart = j
            while j < s.count, s[j].properties.isLowercase || ("0"..."9").contains(s[j]) || s[j] == "_" || s[j] == "-" { j += 1 }
            guard j > nameStart, j < s.count, s[j] == " " || s[j] == "]" else { return nil }
            guard let close = s[j...].firstIndex(of: "]"), !s[j..<close].contains("\n"), !s[j..<close].contains("[") else { return nil }
            if close + 1 < s.count, s[close + 1] == "(" || s[close + 1] == "[" || s[close + 1] == ":" { return nil }
            // `[name]` alone is a Markdown reference or text; a shortcode has an attribute (`=`), is a
            // closing tag, or has its closing tag `[/name]` further on.
            let name = String(String.UnicodeScalarView(s[nameStart..<j]))
            let rest = String(String.UnicodeScalarView(s[close...]))
            guard s[j..<close].contains("=") || s[i + 1] == "/" || rest.contains("[/\(name)]") else { return nil }
            return close + 1
        }
        return nil
    }

    /// The end (exclusive) of a Mailchimp merge tag starting at `i` (session 12): `*|` and an upper-case
    /// ASCII letter, then anything but `|`, `*` and a line break, up to `|*`, at most 200 scalars in all:
    /// `*|FNAME|*`, `*|IF:REWARDS|*`, `*|HTML:LIST_ADDRESS_HTML|*`, `*|DATE:d/m/y|*`. The newsletter
    /// service puts the reader's name or a link in its place when it sends the mail, so it is markup, like
    /// a template's `{{ first_name }}`.
    static func mergeTagEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard i + 2 < s.count, s[i] == "*", s[i + 1] == "|", ("A"..."Z").contains(s[i + 2]) else { return nil }
        var j = i + 3
        while j < s.count, j - i < 200 {
            switch s[j] {
            case "|": return j + 1 < s.count && s[j + 1] == "*" ? j + 2 : nil
            case "*", "\n", "\r": return nil
            default: j += 1
            }
        }
        return nil
    }

    /// Appends the tag `s[range]` to `markup`, cutting out a slot for each translatable double-quoted
    /// attribute value (`name="value"`, `\"` inside the value kept as written).
    private static func attributes(_ s: [Unicode.Scalar], _ range: Range<Int>, into pieces: inout [EmbedMarkup.Piece],
                                   markup: inout String.UnicodeScalarView) {
        var i = range.lowerBound
        while i < range.upperBound {
            if s[i] == "=", i + 1 < range.upperBound, s[i + 1] == "\"" {
                var n = i
                while n > range.lowerBound, s[n - 1].properties.isAlphabetic || s[n - 1] == "_" || s[n - 1] == "-" { n -= 1 }
                let name = String(String.UnicodeScalarView(s[n..<i])).lowercased()
                var j = i + 2
                while j < range.upperBound, s[j] != "\"" { j += s[j] == "\\" ? 2 : 1 }
                if translatableAttributes.contains(name), j < range.upperBound, j > i + 2,
                   s[(i + 2)..<j].contains(where: { !$0.properties.isWhitespace }) {
                    markup.append(contentsOf: s[i...(i + 1)])
                    pieces.append(.markup(String(markup)))
                    markup = String.UnicodeScalarView()
                    let raw = String(String.UnicodeScalarView(s[(i + 2)..<j]))
                    pieces.append(.slot(attribute: name, value: raw.replacingOccurrences(of: "\\\"", with: "\"")))
                    i = j
                    continue
                }
            }
            markup.append(s[i])
            i += 1
        }
    }

    /// A slot's value as the template language writes it between double quotes (`"` as `\"`), or, for the
    /// enclosed text of a WordPress shortcode, as HTML text (`&`, `<` escaped).
    static func escaped(_ value: String, attribute: String) -> String {
        if attribute == enclosedText {
            return value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        return value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
