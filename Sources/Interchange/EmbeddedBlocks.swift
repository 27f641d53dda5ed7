import Foundation
import TaalgrensCore

/// The blocks of a document fragment stored as one segment of an interchange file: a translation unit of
/// another tool whose text holds block-level HTML as inline codes, so that one `<trans-unit>` or `<tu>` is
/// several paragraphs, headings or list items (Drupal's TMGMT XLIFF puts a whole body field in one unit:
/// `<bpt>&lt;p&gt;</bpt>…<ept>&lt;/p&gt;</ept><bpt>&lt;h2&gt;</bpt>…`; seventeenth trial, finding 16).
///
/// A **block code** is an inline code that stands for an HTML block element (``blockElements``): its native
/// text (`attributes["markup"]`: `<p>`, `</h2>`, `<li class="x">`, as a `<bpt>`/`<ept>`/`<ph>`, an XLIFF 2
/// `<pc>` with `<originalData>` or `fs:fs` gives it), or the element it names (`attributes["element"]`: XLIFF
/// 1.2 `<g ctype="x-html-p">`). Two or more line-break codes in a row (`<br/><br/>`, with only white space
/// between them) are a block boundary too, as a paragraph break typed in a rich-text field.
///
/// The source of the rule: HTML Living Standard §3.2.5.2 (flow content and the elements that form
/// paragraphs) for the element list; the rest is this project's decision (`docs/interchange.md`, "Units
/// holding several blocks").
public enum EmbeddedBlocks {
    /// One block of a fragment: the block element it belongs to (lower case, `br` for a block after a
    /// double line break, empty for text before any block code) and its content without the block codes,
    /// trimmed of white space at both ends.
    public struct Piece: Hashable, Sendable {
        /// The HTML element of the block: `p`, `h2`, `li`, …; `br` after a double line break; empty for
        /// text that no block code opened.
        public var element: String
        /// The block's text with its inline codes (a link, bold), without the block codes.
        public var content: RichText

        /// Creates a piece; each parameter sets the property of the same name.
        public init(element: String, content: RichText) {
            self.element = element
            self.content = content
        }
    }

    /// The HTML elements taken for blocks (HTML Living Standard: elements of flow content that are not
    /// phrasing content, plus the table parts and `li`/`dt`/`dd`, which hold a paragraph of their own).
    public static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    /// The block element a code stands for, lower case, or `nil` for an inline code (a link, bold, a line
    /// break, a placeholder) and for a code whose native text is more than one tag.
    /// - Complexity: O(length of the code's native text).
    public static func blockElement(of code: InlineCode) -> String? {
        var name: String?
        if let markup = code.attributes["markup"] {
            name = NativeMarkup.parseTag(markup.trimmingCharacters(in: .whitespacesAndNewlines))?.name
        } else if let element = code.attributes["element"] {
            name = element
        }
        guard let lowered = name?.lowercased(), blockElements.contains(lowered) else { return nil }
        return lowered
    }

    /// The block element of each element of `text` (``blockElement(of:)``), `nil` for text and inline codes;
    /// a closing code without a name of its own closes the block opening with the same id (XLIFF 1.2
    /// `<g ctype="x-html-p">` names its element on the opening only).
    /// - Complexity: O(n) in the elements.
    static func blockNames(in text: RichText) -> [String?] {
        var opened: [String: String] = [:]
        return text.elements.map { element in
            guard case .code(let code) = element else { return nil }
            let name = blockElement(of: code)
            switch code.kind {
            case .opening: if let name { opened[code.id] = name }
            case .closing: if name == nil, let own = opened[code.id] { return own }
            case .standalone: break
            }
            return name
        }
    }

    /// Whether `text` holds a block boundary: a block code or a double line break.
    /// - Complexity: O(n) in the elements.
    public static func hasBlockStructure(_ text: RichText) -> Bool {
        var breaks = 0
        let names = blockNames(in: text)
        for (index, element) in text.elements.enumerated() {
            switch element {
            case .text(let t):
                if !isBlank(t) { breaks = 0 }
            case .code(let code):
                if names[index] != nil { return true }
                if code.kind == .standalone && code.type == .lineBreak {
                    breaks += 1
                    if breaks >= 2 { return true }
                } else {
                    breaks = 0
                }
            }
        }
        return false
    }

    /// The blocks of `text`, in order, or `nil` when it holds no block boundary (``hasBlockStructure(_:)``).
    ///
    /// Each block code ends the block before it and is dropped; the text after an opening code belongs to
    /// that element, the text after a closing code to the element still open around it (`<div><p>a</p>b</div>`
    /// gives `p` "a" and `div` "b"). A run of two or more line breaks ends a block the same way (the next
    /// block's element is `br`); one line break stays inside its block. Blocks with no letter and no digit
    /// (an empty `<p></p>`, a lone image, white space between `</p>` and `<h2>`) are left out: they hold
    /// nothing to translate. Inline codes of a block are kept; a pair cut by a block boundary (a `<b>`
    /// opened in one paragraph and closed in the next) keeps its halves in their blocks.
    /// - Complexity: O(n) in the elements and characters.
    public static func blocks(of text: RichText) -> [Piece]? {
        guard hasBlockStructure(text) else { return nil }
        var pieces: [Piece] = []
        var open: [String] = []
        var element = ""
        var current: [InlineElement] = []
        var pendingBreaks: [InlineElement] = []  // line breaks (and the blank text between them) not yet decided
        var breakCount = 0
        func settleBreaks() {
            current += pendingBreaks
            pendingBreaks = []
            breakCount = 0
        }
        func flush(next: String) {
            let content = trimmed(RichText(current))
            if content.plainText.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
                pieces.append(Piece(element: element, content: content))
            }
            current = []
            element = next
        }
        /// Adds text or an inline code to the block: after two or more line breaks to a new `br` block, else
        /// after the pending line breaks, which then stay inside the block.
        func take(_ item: InlineElement) {
            if breakCount >= 2 {
                pendingBreaks = []
                breakCount = 0
                flush(next: "br")
            } else {
                settleBreaks()
            }
            current.append(item)
        }
        let names = blockNames(in: text)
        for (index, item) in text.elements.enumerated() {
            switch item {
            case .text(let t):
                if breakCount > 0 && isBlank(t) {
                    pendingBreaks.append(item)
                    continue
                }
                take(item)
            case .code(let code):
                if code.kind == .standalone && code.type == .lineBreak {
                    pendingBreaks.append(item)
                    breakCount += 1
                    continue
                }
                if let name = names[index] {
                    pendingBreaks = []  // line breaks at a block's edge are part of neither block
                    breakCount = 0
                    switch code.kind {
                    case .opening:
                        open.append(name)
                        flush(next: name)
                    case .closing:
                        if let index = open.lastIndex(of: name) { open.removeSubrange(index...) }
                        flush(next: open.last ?? "")
                    case .standalone:
                        flush(next: open.last ?? "")
                    }
                    continue
                }
                take(item)
            }
        }
        pendingBreaks = []  // line breaks ending the text end its last block
        flush(next: "")
        return pieces
    }

    /// `text` with one space (U+0020) put between two blocks that nothing separates, so that its plain text
    /// never glues the last word of one paragraph to the first of the next ("2026.What changes"): after a
    /// closing block code or before an opening one, when neither side is white space already. Codes are kept
    /// as they are; a text without block codes is returned unchanged.
    /// - Complexity: O(n) in the elements.
    public static func unglued(_ text: RichText) -> RichText {
        var out: [InlineElement] = []
        var afterBlock = false  // a block ended or began since the last text
        var textBefore = false  // the last text run did not end in white space
        let names = blockNames(in: text)
        for (index, item) in text.elements.enumerated() {
            switch item {
            case .text(let t):
                if afterBlock && textBefore, let first = t.unicodeScalars.first, !first.properties.isWhitespace {
                    out.append(.text(" "))
                }
                out.append(item)
                afterBlock = false
                textBefore = t.unicodeScalars.last.map { !$0.properties.isWhitespace } ?? textBefore
            case .code(let code):
                if names[index] != nil { afterBlock = true }
                if code.kind == .standalone && code.type == .lineBreak { textBefore = false }
                out.append(item)
            }
        }
        return RichText(out)
    }

    /// Whether a text run is only white space.
    private static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// `text` without white space at its start and end (the text runs there are trimmed; codes stay).
    static func trimmed(_ text: RichText) -> RichText {
        var elements = text.elements
        if let index = elements.firstIndex(where: { if case .text = $0 { true } else { false } }),
           !elements[..<index].contains(where: { if case .code(let c) = $0 { !c.plainText.isEmpty } else { false } }),
           case .text(let t) = elements[index] {
            elements[index] = .text(String(t.drop(while: { $0.isWhitespace })))
        }
        if let index = elements.lastIndex(where: { if case .text = $0 { true } else { false } }),
           !elements[(index + 1)...].contains(where: { if case .code(let c) = $0 { !c.plainText.isEmpty } else { false } }),
           case .text(let t) = elements[index] {
            var s = t
            while let last = s.last, last.isWhitespace { s.removeLast() }
            elements[index] = .text(s)
        }
        return RichText(elements)
    }
}
