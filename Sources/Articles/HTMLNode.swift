import CHTML
import TaalgrensCore

/// A node of the light DOM the readers build from libxml2's HTML tree (through the `CHTML` bridge).
///
/// Element and attribute names are lower case (libxml2's HTML parser lowercases them). Text holds
/// characters with every character and entity reference resolved (`&nbsp;` is U+00A0).
final class HTMLNode {
    enum Kind { case element, text, comment }

    let kind: Kind
    /// The element name (lower case); empty for text and comments.
    let name: String
    /// The element's attributes by lower-case name; empty for text and comments.
    let attributes: [String: String]
    /// The content of a text or comment node; empty for elements.
    let text: String
    /// The 1-based source line libxml2 reports for the node, or `nil` when unknown.
    let line: Int?
    private(set) var children: [HTMLNode] = []

    init(kind: Kind, name: String = "", attributes: [String: String] = [:], text: String = "", line: Int?) {
        self.kind = kind
        self.name = name
        self.attributes = attributes
        self.text = text
        self.line = line
    }

    /// The first descendant element (depth first, document order) named `name`, or `nil`.
    func firstElement(named name: String) -> HTMLNode? {
        for child in children where child.kind == .element {
            if child.name == name { return child }
            if let found = child.firstElement(named: name) { return found }
        }
        return nil
    }

    /// Every descendant element named `name`, in document order.
    func elements(named name: String) -> [HTMLNode] {
        var found: [HTMLNode] = []
        for child in children where child.kind == .element {
            if child.name == name { found.append(child) }
            found += child.elements(named: name)
        }
        return found
    }

    /// The concatenated text of every descendant text node, in document order.
    var textContent: String {
        switch kind {
        case .text: return text
        case .comment: return ""
        case .element: return children.map(\.textContent).joined()
        }
    }

    /// Parses UTF-8 HTML with libxml2's HTML parser and returns the root element.
    ///
    /// libxml2 recovers from malformed markup the way browsers of the HTML4 era did, so this fails only
    /// when no document can be built at all.
    /// - Parameters:
    ///   - html: the page (already decoded: the bytes handed to libxml2 are always UTF-8).
    ///   - file: the file name for error messages.
    /// - Throws: ``InputError`` when libxml2 builds no document, the document has no element, or libxml2
    ///   stopped before the end of the page (elements nested more than 256 deep), naming the line.
    /// - Complexity: O(n) in the size of the page.
    static func parse(_ html: String, file: String) throws -> HTMLNode {
        var source = html
        var stoppedLine = 0
        var message = [CChar](repeating: 0, count: 256)
        let document: OpaquePointer? = source.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                chtml_parse($0, bytes.count, file, &stoppedLine, &message, message.count)
            }
        }
        guard let document else {
            throw InputError(file: file, line: 1, "expected an HTML document, found no markup libxml2 could parse")
        }
        defer { chtml_free(document) }
        if stoppedLine > 0 {
            throw stopped(file: file, line: stoppedLine, libxmlMessage: String(cString: message))
        }
        guard let root = chtml_root(document) else {
            throw InputError(file: file, line: 1, "expected an HTML document with at least one element")
        }
        return build(root)
    }

    /// The error for a page libxml2 stopped reading before its end: elements nested deeper than its
    /// limit of 256 (a page builder's wrappers, or a damaged export) or another error it does not recover
    /// from. Reading on would lose the rest of the page without a word, so the page is refused.
    private static func stopped(file: String, line: Int, libxmlMessage: String) -> InputError {
        if libxmlMessage.hasPrefix("Excessive depth") {
            return InputError(file: file, line: line, """
                expected elements nested at most 256 deep (libxml2's limit), found deeper nesting here: \
                libxml2 reads no further, so the rest of the page would be lost; remove the extra wrapper \
                elements or save the article's body alone
                """)
        }
        let detail = libxmlMessage.isEmpty ? "" : " (\(libxmlMessage))"
        return InputError(file: file, line: line, """
            expected HTML libxml2 can read to the end, but it stopped here\(detail), so the rest of the \
            page would be lost
            """)
    }

    private static func build(_ pointer: OpaquePointer) -> HTMLNode {
        let line = chtml_line(pointer)
        let lineNumber = line > 0 ? Int(line) : nil
        switch chtml_type(pointer) {
        case CHTML_ELEMENT:
            var attributes: [String: String] = [:]
            var attribute = chtml_first_attribute(pointer)
            while let a = attribute {
                if let namePointer = chtml_attribute_name(a) {
                    let name = String(cString: namePointer)
                    if let value = chtml_attribute_value(a) {
                        attributes[name] = String(cString: value)
                        chtml_string_free(value)
                    } else {
                        attributes[name] = ""
                    }
                }
                attribute = chtml_next_attribute(a)
            }
            let name = chtml_name(pointer).map { String(cString: $0) } ?? ""
            // A lazy image's real address is in a `data-` attribute its script copies into `src`.
            let node = HTMLNode(kind: .element, name: name, attributes: LazyLoading.loaded(name, attributes), line: lineNumber)
            var child = chtml_first_child(pointer)
            while let c = child {
                switch chtml_type(c) {
                case CHTML_ELEMENT, CHTML_TEXT, CHTML_CDATA, CHTML_COMMENT: node.children.append(build(c))
                default: break
                }
                child = chtml_next_sibling(c)
            }
            return node
        case CHTML_COMMENT:
            return HTMLNode(kind: .comment, text: chtml_content(pointer).map { String(cString: $0) } ?? "", line: lineNumber)
        default:
            return HTMLNode(kind: .text, text: chtml_content(pointer).map { String(cString: $0) } ?? "", line: lineNumber)
        }
    }
}
