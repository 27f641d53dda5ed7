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
        if titleRule == .firstH1, !titleFound, !pageHasH1, !words.isDisjoint(with: ["title", "msotitle"]) {
            context.kind = .title
            context.level = nil
        } else if words.contains(where: { $0.hasPrefix("msolistparagraph") }), context.kind == .paragraph {
            let style = (node.attributes["style"] ?? "").lowercased()
            let level = style.firstMatch(of: /level(\d)/).flatMap { Int($0.1) } ?? 1
            context.kind = .listItem
            context.level = min(max(level, 1), 9)
            let marker = String((Self.wordListMarker(in: node) ?? "").filter { !$0.isWhitespace })
            context.ordered = marker.last.map { $0 == "." || $0 == ")" } == true && marker.dropLast().allSatisfy { $0.isLetter || $0.isNumber }
        }
    }

    /// Whether `node` is the marker Word writes before a list item's text (`<span style='mso-list:Ignore'>·…`):
    /// its bullet or number, not text to translate (the list item keeps its list).
    static func isWordListMarker(_ node: HTMLNode) -> Bool {
        guard node.name == "span", let style = node.attributes["style"] else { return false }
        return style.lowercased().filter { !$0.isWhitespace }.contains("mso-list:ignore")
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
