import Foundation
import XMLSupport

/// Writes XML through ``XMLWriter`` with indentation in element-only content and none inside mixed
/// content.
///
/// libxml2's own indentation (`XMLWriter(indent: true)`) inserts a line break and spaces before a child
/// element even inside mixed content (`<source>Hello <ph/></source>` becomes
/// `<source>Hello\n    <ph/></source>`), which changes segment text. This writer therefore runs
/// libxml2 without indentation and writes the line breaks itself, only between elements whose parent
/// was opened as element-only.
struct IndentingWriter {
    private let writer: XMLWriter
    /// For each open element: whether its content is mixed (text and inline elements, never indented),
    /// and whether an element child was written (so its end tag goes on a line of its own).
    private var stack: [(mixed: Bool, hasChild: Bool)] = []

    init() { writer = XMLWriter(indent: false) }

    /// Writes `<!DOCTYPE name SYSTEM "systemID">` before the root element.
    func doctype(_ name: String, systemID: String) { writer.doctype(name, systemID: systemID) }

    /// Opens an element. `mixed` marks an element whose content is text with inline elements; every
    /// element opened inside it is mixed too and no whitespace is added around it.
    mutating func open(_ name: String, _ attributes: [(String, String)] = [], mixed: Bool = false) {
        let insideMixed = stack.last?.mixed ?? false
        if !insideMixed {
            if !stack.isEmpty {
                stack[stack.count - 1].hasChild = true
                writer.text("\n" + String(repeating: "  ", count: stack.count))
            }
        }
        writer.start(name, attributes: attributes)
        stack.append((mixed: mixed || insideMixed, hasChild: false))
    }

    /// Writes character data (escaped by libxml2). Only meaningful inside mixed or text-only elements.
    func text(_ text: String) { writer.text(text) }

    /// Closes the innermost element (`<x/>` when it is empty).
    mutating func close() {
        let top = stack.removeLast()
        let parentMixed = stack.last?.mixed ?? false
        if !top.mixed && top.hasChild && !parentMixed {
            writer.text("\n" + String(repeating: "  ", count: stack.count))
        }
        writer.end()
    }

    /// Writes `<name attributes>text</name>` as one element.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes, mixed: true)
        self.text(text)
        close()
    }

    /// The bytes written since the previous drain, for streaming to a file (``XMLWriter/drain()``).
    func drain() -> Data { writer.drain() }

    /// Closes every open element and returns the document (UTF-8, ending with a newline).
    func finish() -> Data { writer.finish() }
}
