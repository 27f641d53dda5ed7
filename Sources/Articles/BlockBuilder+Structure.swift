import TaalgrensCore

// The structure of an HTML page kept around and on blocks: containers (`<section>`, nested `<article>`,
// `<details>`, `<aside>`, a post's `<header>`), the attributes of block elements that carry no text, and
// which teaser boxes inside an article are still chrome.
extension BlockBuilder {
    /// Words of an `<aside>`'s `class` or `id` that make it chrome inside an article: a teaser of other
    /// articles, an advertisement, a promotion (``linkBarWords`` too: "related", "share", …).
    static let teaserWords: Set<String> = linkBarWords.union([
        "ad", "ads", "advert", "advertisement", "sponsored", "promo", "teaser", "teasers", "recommended",
        "readmore", "more", "popular", "trending", "widget", "sidebar",
    ])

    /// Attribute names kept on blocks and containers: identifiers that in-page links point to, classes,
    /// text direction, and the attributes of lists, cells, quotations, `<details>` and `<time>` that say
    /// how the element behaves. Text a reader sees (`title`, `alt`, `aria-label`) is translated elsewhere
    /// or not kept, `lang` would be wrong in a translation, `style` belongs to the source site's design,
    /// and event handlers (`on…`) run script.
    static let keptAttributeNames: Set<String> = [
        "id", "class", "dir", "open", "cite", "datetime", "scope", "headers", "start", "reversed", "type", "value",
    ]

    /// The attributes of `node` kept for the renderers (``keptAttributeNames`` and `data-*`), white space
    /// at their edges removed; a `cite` address that could run script (``LinkSafety``) is dropped.
    static func keptAttributes(of node: HTMLNode) -> [String: String] {
        var kept: [String: String] = [:]
        for (name, value) in node.attributes where keptAttributeNames.contains(name) || name.hasPrefix("data-") {
            if name == "data-taalgrens-embed" { continue }
            if name == "type" && node.name != "ol" && node.name != "li" { continue }
            if (name == "start" || name == "reversed") && node.name != "ol" { continue }
            // An item's own number (`<li value="3">`, HTML 4.4.8), which the numbering goes on from.
            if name == "value" && node.name != "li" { continue }
            if (name == "start" || name == "value"), Int(value.trimmingCharacters(in: .whitespaces)) == nil { continue }
            let trimmed = String(value.drop(while: isHTMLSpace).reversed().drop(while: isHTMLSpace).reversed())
            if name == "cite" && !LinkSafety.isSafeLink(trimmed) { continue }
            if trimmed.isEmpty && name != "open" && name != "reversed" { continue }
            kept[name] = trimmed
        }
        return kept
    }

    /// Records `node`'s kept attributes in `context` for the first block that starts inside it, when it has
    /// any (else an enclosing element's still wait for it: `<li id="a"><p>…`).
    mutating func takeAttributes(of node: HTMLNode, _ context: inout Context) {
        guard keepsStructure else { return }
        let kept = Self.keptAttributes(of: node)
        guard !kept.isEmpty else { return }
        context.attributes = kept
        context.attributesOwner = ObjectIdentifier(node)
    }

    /// Whether a container element is kept around its blocks (``Block/containers``): a `<section>`,
    /// `<details>` or `<aside>` of the article, an `<article>` inside another (a live blog's post), and a
    /// `<header>` or `<footer>` inside a kept container; never inside a quotation or figure (written as
    /// that element) and never for the page-level `<main>`, `<div>` and the like.
    func keepsContainer(_ node: HTMLNode, _ context: Context) -> Bool {
        guard keepsStructure, currentQuote == nil, currentFigure == nil else { return false }
        switch node.name {
        case "section", "details", "aside": return true
        case "article": return context.articleDepth > 0
        case "header", "footer": return !currentContainers.isEmpty
        case "div": return Self.isGhostCard(node) || ghostHTMLCardOpen
        default: return false
        }
    }

    /// Whether `node` is part of a Ghost card's markup (Ghost's Koenig editor: a `class` word starting with
    /// `kg-`, as `kg-card kg-toggle-card`, `kg-toggle-heading`, `kg-toggle-content`): kept as a container
    /// around its blocks, so that a translated FAQ still folds (seventeenth trial, finding 5; Ghost's script
    /// and style sheet find the card by these classes and its `data-kg-toggle-state`).
    static func isGhostCard(_ node: HTMLNode) -> Bool {
        (node.attributes["class"] ?? "").lowercased().split(whereSeparator: { isHTMLSpace($0) }).contains { $0.hasPrefix("kg-") }
    }

    /// A `<picture>`'s `<source>` as the attributes of a standalone `other` code (`element` = `source`):
    /// its `srcset`, `media`, `type`, `sizes`, `width` and `height`; `nil` when it has no `srcset` or one of
    /// its candidate addresses could run script (``LinkSafety/isSafeImageSource(_:)``).
    static func pictureSource(_ node: HTMLNode) -> [String: String]? {
        guard let srcset = node.attributes["srcset"].map(collapse), !srcset.isEmpty else { return nil }
        // A candidate is an address, then optionally a width or density descriptor (HTML 4.8.4.2.1).
        let addresses = srcset.split(separator: ",").compactMap { $0.split(separator: " ").first.map(String.init) }
        guard addresses.allSatisfy(LinkSafety.isSafeImageSource) else { return nil }
        var attributes = ["element": "source", "srcset": srcset]
        for key in ["media", "type", "sizes", "width", "height"] {
            if let value = node.attributes[key].map(collapse), !value.isEmpty { attributes[key] = value }
        }
        return attributes
    }
}
