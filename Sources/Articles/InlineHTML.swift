import TaalgrensCore

/// Renders inline trees as HTML: the inline part of ``HTMLRenderer``, also used by ``MarkdownRenderer``
/// for raw HTML spans (superscript, subscript, underline, and emphasis `*` cannot delimit).
enum InlineHTML {
    /// Renders inline nodes of block `block`.
    /// - Parameters:
    ///   - imageBlock: whether the text after an image (without an attached `alt`) is its alt text.
    ///   - preformatted: whether line breaks are written as newlines (inside `<pre>`).
    static func render(_ nodes: [InlineNode], block: Int, attached: AttachedAttributes, imageBlock: Bool = false,
                       preformatted: Bool = false) -> String {
        var out = ""
        var i = 0
        while i < nodes.count {
            switch nodes[i] {
            case .text(let text):
                out += MarkupEscaping.text(text)
            case .single(let code):
                if code.attributes["space-before"] == "yes" { out += " " }
                defer { if code.attributes["space-after"] == "yes" { out += " " } }
                switch code.type {
                case .lineBreak:
                    out += preformatted ? "\n" : "<br>"
                case .image:
                    var alt = attached.text(block: block, code: code.id, attribute: "alt") ?? code.attributes["alt"]
                    if alt == nil, imageBlock {
                        var text = ""
                        var j = i + 1
                        while j < nodes.count {
                            if case .text(let t) = nodes[j] { text += t; j += 1; continue }
                            if case .single(let c) = nodes[j], c.type == .other, c.attributes["footnote"] == nil, let markup = c.attributes["markup"] { text += markup; j += 1; continue }
                            break
                        }
                        alt = text
                        i = j - 1
                    }
                    out += image(code, alt: alt ?? "", title: attached.text(block: block, code: code.id, attribute: "title") ?? code.attributes["title"]
                                 ?? (code.attributes["title-is-text"] == "yes" ? alt : nil))
                case .code:
                    let element = code.attributes["element"] ?? "code"  // `kbd`, `samp` kept
                    out += "<\(element)>" + MarkupEscaping.text(code.attributes["text"] ?? "") + "</\(element)>"
                case .other where code.attributes["footnote"] != nil:
                    out += footnoteReference(code.attributes["footnote"]!)
                case .other where code.attributes["footnote-definition"] != nil:
                    let label = code.attributes["footnote-definition"]!
                    out += "<a href=\"#fnref-\(MarkupEscaping.attribute(label))\" role=\"doc-backlink\">\(MarkupEscaping.text(label))</a> "
                case .other where code.attributes["comment"] != nil:
                    break  // an Obsidian comment is never shown
                case .other where code.attributes["task"] != nil:
                    // A task list item's box, as GitHub renders one.
                    out += "<input type=\"checkbox\" disabled" + (code.attributes["task"] == "done" ? " checked" : "") + "> "
                case .other where code.attributes["callout"] != nil:
                    // A callout's type: its quote's look, no text (the reader's language has its own word).
                    out += "<span class=\"callout\" data-callout=\"" + MarkupEscaping.attribute(code.attributes["callout"]!) + "\"></span>"
                case .other where code.attributes["template"].map(Shortcode.isComment) == true:
                    break  // a template's comment is never shown
                case .other where code.attributes["template"] != nil:
                    // A template tag means nothing to a browser: shown as code, as the block-level ones are.
                    out += "<code class=\"shortcode\">" + MarkupEscaping.text(code.attributes["template"]!) + "</code>"
                case .other where code.attributes["element"] == "source":
                    out += "<source"
                    for key in ["srcset", "media", "type", "sizes", "width", "height"] {
                        if let value = code.attributes[key] { out += " \(key)=\"\(MarkupEscaping.attribute(value))\"" }
                    }
                    out += ">"
                case .other where code.attributes["block-id"] != nil:
                    break  // an Obsidian block id is an anchor for links inside the vault, never shown
                case .other where code.attributes["html"] != nil:
                    out += code.attributes["html"]!  // an element not for translation (`translate="no"`), as it was
                case .other:
                    if let markup = code.attributes["markup"] {
                        out += markup == "\u{00AD}" ? "&shy;" : markup.unicodeScalars.map { "&#x\(String($0.value, radix: 16, uppercase: true));" }.joined()
                    }
                default:
                    break
                }
            case .pair(let code, let children):
                let inner = render(children, block: block, attached: attached, imageBlock: imageBlock && code.attributes["element"] == "picture",
                                   preformatted: preformatted || (code.type == .code && code.attributes["display"] == "block"))
                switch code.type {
                case .link:
                    // A script-capable target (javascript:, vbscript:, data:) is never written: the text stays, unlinked.
                    guard LinkSafety.isSafeLink(code.attributes["href"] ?? "") else { out += inner; break }
                    var attributes = " href=\"\(MarkupEscaping.attribute(code.attributes["href"] ?? ""))\""
                    if let title = attached.text(block: block, code: code.id, attribute: "title") ?? code.attributes["title"]
                        ?? (code.attributes["title-is-text"] == "yes" ? InlineNode.plainText(children) : nil) {
                        attributes += " title=\"\(MarkupEscaping.attribute(title))\""
                    }
                    if let download = code.attributes["download"] {
                        attributes += download.isEmpty ? " download" : " download=\"\(MarkupEscaping.attribute(download))\""
                    }
                    out += "<a\(attributes)>\(inner)</a>"
                case .emphasis: out += "<em>\(inner)</em>"
                case .strong: out += "<strong>\(inner)</strong>"
                case .code: out += "<code>\(inner)</code>"
                case .superscript: out += "<sup>\(inner)</sup>"
                case .subscript: out += "<sub>\(inner)</sub>"
                case .underline: out += "<u>\(inner)</u>"
                case .other where code.attributes["element"] == "s": out += "<s>\(inner)</s>"
                case .other where code.attributes["element"] == "picture": out += "<picture>\(inner)</picture>"
                case .other where ["cite", "mark", "small", "dfn", "q"].contains(code.attributes["element"] ?? ""):
                    let element = code.attributes["element"]!
                    let lang = code.attributes["lang"].map { " lang=\"\(MarkupEscaping.attribute($0))\"" } ?? ""
                    out += "<\(element)\(lang)>\(inner)</\(element)>"
                case .other where code.attributes["element"] == "abbr":
                    if let title = attached.text(block: block, code: code.id, attribute: "title") ?? code.attributes["title"] {
                        out += "<abbr title=\"\(MarkupEscaping.attribute(title))\">\(inner)</abbr>"
                    } else {
                        out += "<abbr>\(inner)</abbr>"
                    }
                case .other where code.attributes["element"] == "time":
                    var attributes = " datetime=\"\(MarkupEscaping.attribute(code.attributes["datetime"] ?? ""))\""
                    if let lang = code.attributes["lang"] { attributes += " lang=\"\(MarkupEscaping.attribute(lang))\"" }
                    out += "<time\(attributes)>\(inner)</time>"
                case .other where code.attributes["lang"] != nil:
                    // A passage in another language than the page (WCAG 2.1, success criterion 3.1.2).
                    out += "<span lang=\"\(MarkupEscaping.attribute(code.attributes["lang"]!))\">\(inner)</span>"
                default: out += inner
                }
            }
            i += 1
        }
        return out
    }

    /// A footnote reference (DPUB-ARIA 1.0 role `doc-noteref`): `<sup><a href="#fn-1" id="fnref-1"
    /// role="doc-noteref">1</a></sup>`, pointing at the footnote's paragraph (``footnoteAttributes(_:)``).
    static func footnoteReference(_ label: String) -> String {
        let l = MarkupEscaping.attribute(label)
        return "<sup><a href=\"#fn-\(l)\" id=\"fnref-\(l)\" role=\"doc-noteref\">\(MarkupEscaping.text(label))</a></sup>"
    }

    /// The attributes of a footnote's paragraph (DPUB-ARIA 1.0 role `doc-footnote`): ` id="fn-1" role="doc-footnote"`.
    static func footnoteAttributes(_ label: String) -> String {
        " id=\"fn-\(MarkupEscaping.attribute(label))\" role=\"doc-footnote\""
    }

    /// An `<img>` with its `width` and `height` when the code has them; a script-capable source (``LinkSafety/isSafeImageSource(_:)``) is left out, keeping the
    /// alternative text.
    static func image(_ code: InlineCode, alt: String, title: String?) -> String {
        let src = code.attributes["src"] ?? ""
        var out = LinkSafety.isSafeImageSource(src) ? "<img src=\"\(MarkupEscaping.attribute(src))\" alt=\"\(MarkupEscaping.attribute(alt))\"" : "<img alt=\"\(MarkupEscaping.attribute(alt))\""
        if let title, !title.isEmpty { out += " title=\"\(MarkupEscaping.attribute(title))\"" }
        for key in ["width", "height"] {
            if let value = code.attributes[key], !value.isEmpty, value.allSatisfy({ $0.isASCII && $0.isNumber }) { out += " \(key)=\"\(value)\"" }
        }
        // Responsive candidates (HTML 4.8.4.3), kept by the reader only when every address is safe.
        for key in ["srcset", "sizes"] {
            if let value = code.attributes[key], !value.isEmpty { out += " \(key)=\"\(MarkupEscaping.attribute(value))\"" }
        }
        return out + ">"
    }
}
