import TaalgrensCore

// Google Docs' "Download as HTML" (session 12): bold, italic, underline, strike-through, superscript and
// subscript are not elements but classes of a run's `<span>` (`<span class="c3">`), defined in the page's one
// `<style>` element (`.c3{…;font-weight:700;…}`); footnote references are `<sup><a href="#ftnt1"
// id="ftnt_ref1">[1]</a></sup>` with the note `<div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a>…</p></div>`
// at the end; comments are `<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>` with the thread
// `<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a>…</p>…</div>` after the notes (`docs/articles.md`,
// "Word processors and CMS exports").
extension BlockBuilder {
    /// An inline style a class of a Google Docs page gives its runs, in the order the codes open.
    enum RunStyle: CaseIterable {
        case strong, emphasis, underline, strike, superscript, `subscript`

        var code: (type: InlineCode.CodeType, attributes: [String: String]) {
            switch self {
            case .strong: (.strong, [:])
            case .emphasis: (.emphasis, [:])
            case .underline: (.underline, [:])
            case .strike: (.other, ["element": "s"])
            case .superscript: (.superscript, [:])
            case .subscript: (.subscript, [:])
            }
        }
    }

    /// The run styles of the single-class rules (`.c3{…}`) of a style sheet: `font-weight` 600 or more (or
    /// `bold`), `font-style: italic`, `text-decoration` `underline` or `line-through`, `vertical-align` `super`
    /// or `sub`. A class whose rule says `font-weight:400` or `font-style:normal` gives none of those.
    /// - Parameter css: the text of the page's `<style>` elements.
    /// - Complexity: O(n) in the length of `css`.
    static func runStyles(css: String) -> [String: Set<RunStyle>] {
        var styles: [String: Set<RunStyle>] = [:]
        for match in css.matches(of: /\.([A-Za-z_][A-Za-z0-9_-]*)\{([^{}]*)\}/) {
            let set = runStyles(declarations: match.2)
            if !set.isEmpty { styles[String(match.1), default: []].formUnion(set) }
        }
        return styles
    }

    /// The run styles of a list of CSS declarations (a class rule's body or a `style` attribute):
    /// `font-weight` 600 or more (or `bold`), `font-style: italic`, `text-decoration` `underline` or
    /// `line-through`, `vertical-align` `super` or `sub`. O(n) in the length of `declarations`.
    static func runStyles(declarations: Substring) -> Set<RunStyle> {
        var set: Set<RunStyle> = []
        for declaration in declarations.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let property = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
            var value = parts[1].trimmingCharacters(in: .whitespaces).lowercased()
            if value.hasSuffix("!important") { value = value.dropLast("!important".count).trimmingCharacters(in: .whitespaces) }
            switch property {
            case "font-weight":
                if value == "bold" || value == "bolder" || (Int(value).map { $0 >= 600 } ?? false) { set.insert(.strong) }
            case "font-style":
                if value == "italic" || value == "oblique" { set.insert(.emphasis) }
            case "text-decoration", "text-decoration-line":
                if value.contains("underline") { set.insert(.underline) }
                if value.contains("line-through") { set.insert(.strike) }
            case "vertical-align":
                if value == "super" { set.insert(.superscript) }
                if value == "sub" { set.insert(.subscript) }
            default: break
            }
        }
        return set
    }

    /// Whether `root` is a Google Docs export: its `<body>` has the class `doc-content`.
    static func isGoogleDocsPage(_ root: HTMLNode) -> Bool {
        (root.firstElement(named: "body")?.attributes["class"] ?? "").split(separator: " ").contains("doc-content")
    }

    /// The run styles a Google Docs `<span>` carries by its classes (``runStyles``), less what its place
    /// already says: bold in a title or heading (the heading style is bold), underline on a link's text (the
    /// link's own look), a superscript holding a footnote reference.
    ///
    /// On any page, a `<span>`'s own `style` attribute gives run styles too (session 14): Google Docs' copied
    /// HTML, and text pasted from it or from Word into a CMS, keep bold and italic only as
    /// `<span style="font-weight:700">`, `<span style="font-style:italic">`; a `font-weight:400` span (the
    /// paste's plain runs) gives none.
    func spanStyles(_ node: HTMLNode, _ context: Context) -> [RunStyle] {
        var set: Set<RunStyle> = []
        if let style = node.attributes["style"], style.contains(":") { set = Self.runStyles(declarations: Substring(style)) }
        if !classStyles.isEmpty, let classes = node.attributes["class"] {
            for name in classes.split(whereSeparator: \.isWhitespace) { set.formUnion(classStyles[String(name)] ?? []) }
        }
        guard !set.isEmpty else { return [] }
        if context.kind == .title || context.kind == .heading { set.remove(.strong) }
        if openCodes.contains(where: { $0.type == .link }) || node.firstElement(named: "a") != nil { set.remove(.underline) }
        // A style the enclosing element already gives (`<b><span style="font-weight:bold">`) opens no second code.
        set = set.filter { style in !openCodes.contains { $0.type == style.code.type && $0.attributes == style.code.attributes } }
        return RunStyle.allCases.filter(set.contains)
    }

    /// Walks a Google Docs `<span>` inside the codes of its run styles.
    mutating func walkStyledSpan(_ node: HTMLNode, _ styles: [RunStyle], _ context: Context) {
        let keys = styles.map { openCode($0.code.type, $0.code.attributes) }
        walkChildren(node, context)
        for key in keys.reversed() { closeCode(key) }
    }

    /// The level of a Google Docs list: Docs writes every level of a nested list as a `<ul>` or `<ol>` of its
    /// own after the one above, not inside its item, and says the level in a class `lst-kix_<list>-<n>`
    /// (n = 0 for the top level): level n + 1. `nil` for any other list.
    static func docsListLevel(_ node: HTMLNode) -> Int? {
        for word in (node.attributes["class"] ?? "").split(whereSeparator: \.isWhitespace) where word.hasPrefix("lst-kix_") {
            if let match = word.wholeMatch(of: /lst-kix_[A-Za-z0-9_]+-(\d)/), let n = Int(match.1) { return n + 1 }
        }
        return nil
    }

    /// Whether `node` is a Google Docs comment anchor (`<a href="#cmnt1" id="cmnt_ref1">[a]</a>` in the text,
    /// `<a href="#cmnt_ref1" id="cmnt1">` before the comment): a reviewer's note, never article text.
    static func isDocsCommentAnchor(_ node: HTMLNode) -> Bool {
        guard node.name == "a" else { return false }
        let href = node.attributes["href"] ?? "", id = node.attributes["id"] ?? ""
        return (href.hasPrefix("#cmnt") && id.hasPrefix("cmnt")) 
    }

    /// Whether `node` holds a Google Docs comment thread: a `<div>` whose first paragraph starts with the
    /// comment's anchor back to the text (`<a href="#cmnt_ref1" id="cmnt1">`).
    static func isDocsCommentThread(_ node: HTMLNode) -> Bool {
        guard node.name == "div", let first = node.children.first(where: { $0.kind == .element }),
              let anchor = first.children.first(where: { $0.kind == .element }) else { return false }
        return isDocsCommentAnchor(anchor) && (anchor.attributes["href"] ?? "").hasPrefix("#cmnt_ref")
    }

    /// The label of a Google Docs footnote reference, `<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>` → `1`.
    static func docsFootnoteReferenceLabel(inSup node: HTMLNode) -> String? {
        let elements = node.children.filter { $0.kind == .element }
        guard elements.count == 1, let link = elements.first, link.name == "a",
              let href = link.attributes["href"], href.hasPrefix("#ftnt"), !href.hasPrefix("#ftnt_ref") else { return nil }
        let label = String(href.dropFirst("#ftnt".count))
        return label.isEmpty ? nil : label
    }

    /// The label of a Google Docs footnote's text: a `<p>` whose first element is the note's anchor back to
    /// its reference, `<a href="#ftnt_ref1" id="ftnt1">[1]</a>` → `1`.
    static func docsFootnoteDefinitionLabel(_ node: HTMLNode) -> String? {
        guard node.name == "p", let first = node.children.first(where: { $0.kind == .element || !$0.text.allSatisfy(isHTMLSpace) }),
              first.kind == .element, first.name == "a", let href = first.attributes["href"], href.hasPrefix("#ftnt_ref"),
              let id = first.attributes["id"], id.hasPrefix("ftnt") else { return nil }
        let label = String(id.dropFirst("ftnt".count))
        return label.isEmpty ? nil : label
    }
}
