import TaalgrensCore

// Pages written by word processors rather than a CMS: Google Docs' "Download as HTML" and Microsoft Word's
// "Save as HTML" style paragraphs by class instead of using HTML's elements, and Word writes a list item's
// marker as text. Also the repeated opening some exports have (Medium's subtitle and title again in the body).
extension BlockBuilder {
    /// Gives a `<p>` the kind its word-processor style says, on an HTML page: the title (`class="title"`,
    /// Google Docs; `class=MsoTitle`, Word) when the page has no `<h1>` and no title yet, a list item for
    /// Word's list paragraphs (`MsoListParagraph`, `MsoListParagraphCxSpFirst`, …: level from the `level`
    /// of its `mso-list` style, ordered when its marker is a number or letter followed by `.` or `)`).
    mutating func applyParagraphStyle(of node: HTMLNode, _ context: inout Context) {
        guard keepsStructure, let classes = node.attributes["class"]?.lowercased() else { return }
        let words = Set(classes.split(whereSeparator: \.isWhitespace).map(String.init))
        // Word's Title style is the title even when the document has Heading 1s (every structured Word
        // document has both; fourteenth trial, finding 15); Google Docs' `title` class only without an `<h1>`.
        if titleRule == .firstH1, !titleFound, words.contains("msotitle") || (!pageHasH1 && words.contains("title")) {
            context.kind = .title
            context.level = nil
        } else if context.kind == .paragraph, words.contains(where: { $0.hasPrefix("msolistparagraph") }) || Self.bareWordListMarker(node) != nil {
            let style = (node.attributes["style"] ?? "").lowercased()
            let level = style.firstMatch(of: /level(\d)/).flatMap { Int($0.1) } ?? 1
            context.kind = .listItem
            context.level = min(max(level, 1), 9)
            var marker = Self.wordListMarker(in: node) ?? ""
            if let bare = Self.bareWordListMarker(node) {
                marker = bare.marker
                skippedNodes.formUnion(bare.nodes.map(ObjectIdentifier.init))
            }
            marker = String(marker.filter { !$0.isWhitespace && $0 != "\u{00A0}" })
            context.ordered = marker.last.map { $0 == "." || $0 == ")" } == true && marker.dropLast().allSatisfy { $0.isLetter || $0.isNumber }
        }
    }

    /// Whether `text` (no-break spaces as spaces, collapsed) is a list marker as Word writes one: a bullet
    /// character (`·`, `§`, ``, `o`, `-`), or up to four letters, digits or roman numerals and `.` or `)`
    /// (`1.`, `a)`, `iv.`, `1.2.`).
    static func isWordListMarkerText(_ marker: String) -> Bool {
        guard !marker.isEmpty, marker.count <= 5 else { return false }
        if marker.count == 1 { return !marker.first!.isLetter || marker == "o" }
        guard let last = marker.last, last == "." || last == ")" else { return false }
        return marker.dropLast().allSatisfy { $0.isLetter || $0.isNumber || $0 == "." }
    }

    /// Whether `node` is the spacer Word writes after a list marker: `<span style='font:7.0pt "Times New
    /// Roman"'>` holding only spaces and no-break spaces.
    static func isWordListSpacer(_ node: HTMLNode) -> Bool {
        guard node.kind == .element, node.name == "span",
              let style = node.attributes["style"]?.lowercased().filter({ !$0.isWhitespace }),
              style.contains("font:7.0pt") || style.contains("font:7pt") else { return false }
        return node.textContent.allSatisfy { $0 == "\u{00A0}" || $0.isWhitespace }
    }

    /// A Word list marker written bare at the start of its paragraph ("Web Page, Filtered", when the item's
    /// text has no language or font run of its own): `<p class=MsoListParagraphCxSpFirst>1.<span
    /// style='font:7.0pt "Times New Roman"'>&nbsp;…</span>Text</p>`: the marker and the nodes to skip (its
    /// text and the spacer), or `nil`.
    static func bareWordListMarker(_ node: HTMLNode) -> (marker: String, nodes: [HTMLNode])? {
        guard ["p", "h1", "h2", "h3", "h4", "h5", "h6"].contains(node.name) else { return nil }
        var parent = node
        // A numbered heading wraps its number in its bookmark, `<a name="_Toc…">` (one level looked into).
        if let only = parent.children.first(where: { $0.kind != .comment && !($0.kind == .text && $0.text.allSatisfy(isHTMLSpace)) }),
           only.kind == .element, only.name == "a", only.attributes["href"] == nil {
            parent = only
        }
        guard let first = parent.children.firstIndex(where: { $0.kind != .comment && !($0.kind == .text && $0.text.allSatisfy(isHTMLSpace)) }),
              parent.children[first].kind == .text, first + 1 < parent.children.count,
              isWordListSpacer(parent.children[first + 1]) else { return nil }
        let marker = collapse(parent.children[first].text.replacingOccurrences(of: "\u{00A0}", with: " "))
        return isWordListMarkerText(marker) ? (marker, [parent.children[first], parent.children[first + 1]]) : nil
    }

    /// Whether `node` is a paragraph of Word's table of contents (`MsoToc1` … `MsoToc9`, its heading
    /// `MsoTocHeading`): navigation, as a site's menu is (fourteenth trial, finding 15: its entries and their
    /// hidden page numbers were text).
    static func isWordTableOfContents(_ node: HTMLNode) -> Bool {
        guard node.name == "p", let classes = node.attributes["class"]?.lowercased() else { return false }
        return classes.split(whereSeparator: \.isWhitespace).contains { $0.hasPrefix("msotoc") }
    }

    /// Whether `node` is hidden by its own style (`display:none`, `visibility:hidden`): Word's Hidden text
    /// (a note to self, "[TODO: …]"), a TOC's page numbers, a page's text for no reader. A newsletter's
    /// preheader (a class or id with `preheader` or `preview`, Mailchimp's `mcnPreviewText`) is hidden in
    /// the message but shown by the mail program in the inbox list: it is text.
    static func isHiddenByStyle(_ node: HTMLNode) -> Bool {
        guard let style = node.attributes["style"]?.lowercased().filter({ !$0.isWhitespace }),
              style.contains("display:none") || style.contains("visibility:hidden") else { return false }
        let names = ((node.attributes["class"] ?? "") + " " + (node.attributes["id"] ?? "")).lowercased()
        return !(names.contains("preheader") || names.contains("preview"))
    }

    /// Whether `node` is the marker Word writes before a list item's text: its bullet or number, not text
    /// to translate (the list item keeps its list). "Save as HTML" marks it `<span style='mso-list:Ignore'>·…`;
    /// "Web Page, Filtered" drops that style and keeps only its shape, which both share: a `<span>` whose
    /// text is a marker (a bullet character, or up to four letters, digits or roman numerals and `.` or
    /// `)`) followed by a spacer `<span style='font:7.0pt "Times New Roman"'>` of spaces and no-break spaces.
    static func isWordListMarker(_ node: HTMLNode) -> Bool {
        guard node.name == "span" else { return false }
        if let style = node.attributes["style"], style.lowercased().filter({ !$0.isWhitespace }).contains("mso-list:ignore") { return true }
        guard let spacer = node.children.last(where: { $0.kind == .element }), isWordListSpacer(spacer) else { return false }
        return isWordListMarkerText(collapse(node.textContent.replacingOccurrences(of: "\u{00A0}", with: " ")))
    }

    /// The number of a Word footnote or endnote's way back to its reference (`<a href="#_ftnref1"
    /// name="_ftn1">`, `#_ednref1`): `1`; `nil` for any other element.
    static func wordNoteNumber(backlink node: HTMLNode) -> String? {
        guard node.name == "a", let href = node.attributes["href"],
              let match = href.wholeMatch(of: /#_(?:ftn|edn)ref(\d+)/) else { return nil }
        return String(match.1)
    }

    /// The label of Word's footnote or endnote reference, `<a href="#_ftn1" name="_ftnref1">[1]</a>` → `1`,
    /// `<a href="#_edn1">[i]</a>` → `i`: the label the page shows, without its brackets (the note's number
    /// when it shows none).
    static func wordNoteReferenceLabel(_ node: HTMLNode) -> String? {
        guard node.name == "a", let href = node.attributes["href"],
              let match = href.wholeMatch(of: /#_(?:ftn|edn)(\d+)/) else { return nil }
        let shown = collapse(node.textContent).filter { $0 != "[" && $0 != "]" }
        return !shown.isEmpty && shown.allSatisfy({ $0.isLetter || $0.isNumber }) ? shown : String(match.1)
    }

    /// The label of a Word footnote's or endnote's text: a `<p>` whose first element is the note's way back
    /// to its reference (``wordNoteNumber(backlink:)``), labelled as the reference is
    /// (``wordNoteReferenceLabel(_:)``).
    static func wordNoteDefinitionLabel(_ node: HTMLNode) -> String? {
        guard node.name == "p", let first = node.children.first(where: { $0.kind == .element || !$0.text.allSatisfy(isHTMLSpace) }),
              first.kind == .element, let number = wordNoteNumber(backlink: first) else { return nil }
        let shown = collapse(first.textContent).filter { $0 != "[" && $0 != "]" }
        return !shown.isEmpty && shown.allSatisfy({ $0.isLetter || $0.isNumber }) ? shown : number
    }

    /// The text of the Word list marker inside `node`, if any.
    static func wordListMarker(in node: HTMLNode) -> String? {
        for child in node.children where child.kind == .element {
            if isWordListMarker(child) { return child.textContent }
            if let found = wordListMarker(in: child) { return found }
        }
        return nil
    }

    /// Removes, among the first blocks of the page, a heading or paragraph that repeats the title, or that
    /// repeats an earlier block of another container (``Block/containers``) word for word: Medium's export
    /// repeats its title and its subtitle section at the top of the body section; CMS templates print a
    /// standfirst above the body that starts with it. Only text blocks of two words or more that start
    /// with text (not a footnote's code) are compared, repeats inside one container are content (a chorus,
    /// a repeated table label), and only blocks without attached blocks are removed (attachment owners are
    /// renumbered).
    /// - Complexity: O(k²) in the number of blocks compared (at most ``openingBlocks``).
    mutating func dropRepeatedOpening() {
        var title: String?
        var seen: [String: [BlockContainer]] = [:]
        var index = 0
        var compared = 0
        while index < built.count, compared < Self.openingBlocks {
            let item = built[index]
            guard item.attachment == nil else { index += 1; continue }
            compared += 1
            let kind = item.block.kind
            let text = Self.collapse(item.block.content.plainText)
            guard [.title, .heading, .paragraph].contains(kind), case .text? = item.block.content.elements.first,
                  text.split(separator: " ").count >= 2 else { index += 1; continue }
            if kind == .title { title = text; index += 1; continue }
            let containers = item.block.containers ?? []
            let repeats = text == title || seen[text].map { !$0.isEmpty && !containers.isEmpty && $0 != containers } == true
            if repeats, !built.contains(where: { $0.attachment?.owner == index }) {
                built.remove(at: index)
                for i in built.indices { if let owner = built[i].attachment?.owner, owner > index { built[i].attachment?.owner = owner - 1 } }
                continue
            }
            if seen[text] == nil { seen[text] = containers }
            index += 1
        }
    }

    /// How many blocks from the top ``dropRepeatedOpening()`` looks at.
    static let openingBlocks = 8
}
