import TaalgrensCore

/// Markup kept as it is in an article: embeds (`<iframe>`, `<video>`, …) and raw HTML blocks without
/// text, which become blocks of role ``BlockRole/embed``. Their content is made of standalone `other`
/// codes: `html` pieces (the markup itself) and `slot` codes where a translatable attribute's value goes
/// (its text is an attached block, translated like an image's `alt`).
///
/// Translatable attributes (decision): `alt`, `title` and `aria-label` — the texts a reader sees or hears
/// (a tooltip, an image's replacement, a screen reader's label). Everything else (`src`, `class`, text
/// inside `<script>`, `<svg>` drawing code) is markup and stays as it is.
enum EmbedMarkup {
    /// Elements that are embedded content (HTML Living Standard, 3.2.5.2.6, less `img` and `picture`,
    /// which are images): read as embed blocks wherever they appear.
    static let elements: Set<String> = ["iframe", "object", "embed", "video", "audio", "svg", "math", "canvas"]

    /// Attributes whose values are offered for translation: the three above, and `data-caption`, the caption
    /// a CMS renders under an embedded medium (Drupal's `<drupal-media data-caption>` and `<img data-caption>`,
    /// CKEditor 5's caption of a media embed).
    static let translatableAttributes: Set<String> = ["alt", "title", "aria-label", "data-caption"]

    /// Names the HTML Living Standard reserves though they hold a hyphen (4.13.2, "valid custom element name").
    static let reservedHyphenNames: Set<String> = [
        "annotation-xml", "color-profile", "font-face", "font-face-src", "font-face-uri", "font-face-format",
        "font-face-name", "missing-glyph",
    ]

    /// Whether `name` (lower case, as the HTML parser gives it) is a custom element's: it starts with a
    /// letter a–z, holds a hyphen and is not reserved (HTML Living Standard 4.13.2). A CMS writes its own
    /// elements so (Drupal's `<drupal-media>`, `<drupal-entity>`; web components in a Ghost HTML card).
    static func isCustomElement(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first), name.contains("-") else { return false }
        return !reservedHyphenNames.contains(name)
    }

    /// One piece of an embed: markup, or the value of a translatable attribute.
    enum Piece: Equatable, Sendable {
        case markup(String)
        case slot(attribute: String, value: String)
    }

    /// Cuts markup into pieces, with a slot for the value of every translatable attribute that holds more
    /// than white space. The markup around a slot ends with `name="` and goes on with `"`: the value is
    /// written back between double quotes (escaped by the renderer), whatever quotes the source used.
    /// Comments and the content of `<script>` and `<style>` are never searched.
    /// - Parameter html: the markup (a serialized element, or a raw HTML block as written).
    /// - Returns: the pieces in order; their markup and values, joined, give `html` back apart from the
    ///   quoting of the slotted attributes and their character references (values are decoded).
    /// - Complexity: O(n) in the length of `html`.
    static func pieces(_ html: String) -> [Piece] {
        let s = Array(html.unicodeScalars)
        var out: [Piece] = []
        var markup = String.UnicodeScalarView()
        var i = 0
        func flushMarkup() {
            if !markup.isEmpty { out.append(.markup(String(markup))); markup = String.UnicodeScalarView() }
        }
        func isNameScalar(_ c: Unicode.Scalar) -> Bool {
            !(c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" || c == "/" || c == ">" || c == "=" || c == "\"" || c == "'" || c == "<")
        }
        func hasPrefix(_ p: String, at k: Int) -> Bool {
            let scalars = Array(p.unicodeScalars)
            guard k + scalars.count <= s.count else { return false }
            for (n, c) in scalars.enumerated() where String(s[k + n]).lowercased() != String(c) { return false }
            return true
        }
        while i < s.count {
            if hasPrefix("<!--", at: i) {
                var j = i + 4
                while j < s.count && !hasPrefix("-->", at: j) { j += 1 }
                j = min(j + 3, s.count)
                markup.append(contentsOf: s[i..<j])
                i = j
                continue
            }
            guard s[i] == "<", i + 1 < s.count, s[i + 1].properties.isAlphabetic else {
                markup.append(s[i]); i += 1; continue
            }
            // A start tag: its name, then attributes up to `>`.
            var j = i + 1
            while j < s.count && isNameScalar(s[j]) { j += 1 }
            let name = String(String.UnicodeScalarView(s[(i + 1)..<j])).lowercased()
            markup.append(contentsOf: s[i..<j])
            while j < s.count && s[j] != ">" {
                if !isNameScalar(s[j]) || s[j] == "=" { markup.append(s[j]); j += 1; continue }
                let nameStart = j
                while j < s.count && isNameScalar(s[j]) { j += 1 }
                let attribute = String(String.UnicodeScalarView(s[nameStart..<j])).lowercased()
                var k = j
                while k < s.count && (s[k] == " " || s[k] == "\t" || s[k] == "\n") { k += 1 }
                guard k < s.count, s[k] == "=" else {
                    markup.append(contentsOf: s[nameStart..<j]); continue
                }
                k += 1
                while k < s.count && (s[k] == " " || s[k] == "\t" || s[k] == "\n") { k += 1 }
                var valueStart = k, valueEnd = k, after = k
                if k < s.count, s[k] == "\"" || s[k] == "'" {
                    let quote = s[k]
                    valueStart = k + 1
                    valueEnd = valueStart
                    while valueEnd < s.count && s[valueEnd] != quote { valueEnd += 1 }
                    after = min(valueEnd + 1, s.count)
                } else {
                    while valueEnd < s.count && !(s[valueEnd] == " " || s[valueEnd] == "\t" || s[valueEnd] == "\n" || s[valueEnd] == ">") { valueEnd += 1 }
                    after = valueEnd
                }
                let value = decode(String(String.UnicodeScalarView(s[valueStart..<valueEnd])))
                if translatableAttributes.contains(attribute), !value.allSatisfy(\.isWhitespace) {
                    markup.append(contentsOf: s[nameStart..<j])
                    markup.append(contentsOf: "=\"".unicodeScalars)
                    flushMarkup()
                    out.append(.slot(attribute: attribute, value: value))
                    markup.append("\"")
                } else {
                    markup.append(contentsOf: s[nameStart..<after])
                }
                j = after
            }
            if j < s.count { markup.append(s[j]); j += 1 }
            i = j
            if name == "script" || name == "style" {
                // Raw text up to the end tag.
                while j < s.count && !hasPrefix("</" + name, at: j) { j += 1 }
                markup.append(contentsOf: s[i..<j])
                i = j
            }
        }
        flushMarkup()
        return out
    }

    /// Decodes the character references of an attribute value: `&amp; &lt; &gt; &quot; &apos; &#39;
    /// &nbsp;` and numeric references; others stay as written.
    static func decode(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var out = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[amp...]
            guard let semicolon = tail.prefix(12).firstIndex(of: ";") else { out += "&"; rest = tail.dropFirst(); continue }
            let name = tail[tail.index(after: amp)..<semicolon]
            var decoded: String?
            switch name {
            case "amp": decoded = "&"
            case "lt": decoded = "<"
            case "gt": decoded = ">"
            case "quot": decoded = "\""
            case "apos": decoded = "'"
            case "nbsp": decoded = "\u{00A0}"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) {
                    decoded = String(Character(u))
                } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) {
                    decoded = String(Character(u))
                }
            }
            if let decoded {
                out += decoded
                rest = tail[tail.index(after: semicolon)...]
            } else {
                out += "&"
                rest = tail.dropFirst()
            }
        }
        return out + rest
    }

    /// Serializes an element of the light DOM as HTML: attributes sorted by name and double-quoted, void
    /// elements without an end tag, text escaped (`script` and `style` content as is), comments kept. Lines
    /// holding only white space are dropped, so the markup can stand as one Markdown HTML block.
    /// - Complexity: O(n) in the size of the subtree.
    static func serialize(_ node: HTMLNode) -> String {
        var out = ""
        write(node, into: &out, raw: false)
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
    }

    private static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]

    private static func write(_ node: HTMLNode, into out: inout String, raw: Bool) {
        switch node.kind {
        case .text:
            out += raw ? node.text : MarkupEscaping.text(node.text)
        case .comment:
            out += "<!--" + node.text + "-->"
        case .element:
            out += "<" + node.name
            for key in node.attributes.keys.sorted() {
                out += " " + key + "=\"" + MarkupEscaping.attribute(node.attributes[key] ?? "") + "\""
            }
            out += ">"
            guard !voidElements.contains(node.name) else { return }
            let rawChildren = node.name == "script" || node.name == "style"
            for child in node.children { write(child, into: &out, raw: rawChildren) }
            out += "</" + node.name + ">"
        }
    }

    /// The markup of an embed block with its attribute values filled in: `html` pieces as they are, each
    /// `slot` code replaced by `value(code)` escaped for a double-quoted attribute (a template tag's the
    /// template's way, ``Shortcode/escaped(_:attribute:)``).
    static func render(_ content: RichText, value: (InlineCode) -> String) -> String {
        var out = ""
        for code in content.codes where code.kind == .standalone {
            if let html = code.attributes["html"] {
                out += html
            } else if let slot = code.attributes["slot"] {
                out += code.attributes["shortcode"] == "yes" ? Shortcode.escaped(value(code), attribute: slot) : MarkupEscaping.attribute(value(code))
            }
        }
        return out
    }
}
