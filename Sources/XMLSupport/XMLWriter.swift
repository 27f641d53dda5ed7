import CXML
import Foundation

/// Writes well-formed UTF-8 XML through libxml2's `xmlTextWriter`, which does the escaping.
///
/// Use `indent: true` only for documents without mixed content: libxml2 (2.9.14, verified) writes a line
/// break and indentation before a child element even inside mixed content, so
/// `<source>Hello <ph/></source>` comes out as `<source>Hello \n    <ph/>\n  </source>` and the segment's
/// text changes. Documents with inline codes are written with `indent: false` (Interchange writes its own
/// line breaks between elements only).
public final class XMLWriter {
    private let writer: OpaquePointer

    /// Starts a document with the XML declaration.
    /// - Parameter indent: indent element-only content by two spaces.
    public init(indent: Bool = true) {
        guard let w = cxml_writer_new(indent ? 1 : 0) else { preconditionFailure("libxml2 could not allocate a writer") }
        writer = w
    }

    deinit { cxml_writer_free(writer) }

    /// Writes `<!DOCTYPE name SYSTEM "systemID">`; call before the root element.
    public func doctype(_ name: String, systemID: String) { cxml_writer_doctype(writer, name, systemID) }

    /// Opens an element with attributes (written in the given order).
    public func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        cxml_writer_start_element(writer, name)
        for (key, value) in attributes { cxml_writer_attribute(writer, key, value) }
    }

    /// Opens an element with attributes from an array (for computed attribute lists).
    public func start(_ name: String, attributes: [(String, String)]) {
        cxml_writer_start_element(writer, name)
        for (key, value) in attributes { cxml_writer_attribute(writer, key, value) }
    }

    /// Adds an attribute to the element just opened.
    public func attribute(_ name: String, _ value: String) { cxml_writer_attribute(writer, name, value) }

    /// Writes escaped character data.
    public func text(_ text: String) { cxml_writer_text(writer, text) }

    /// Closes the innermost open element (`<x/>` when it has no content).
    public func end() { cxml_writer_end_element(writer) }

    /// Writes `<name attrs>text</name>`.
    public func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        start(name, attributes)
        self.text(text)
        end()
    }

    /// Writes a comment.
    public func comment(_ text: String) { cxml_writer_comment(writer, text) }

    /// Returns the bytes written since the previous `drain()` (or since the start) and forgets them, so a
    /// large document can be streamed to a file in constant memory. ``finish()`` then returns only the rest.
    public func drain() -> Data {
        var length: Int32 = 0
        guard let bytes = cxml_writer_take(writer, &length), length > 0 else { return Data() }
        return Data(bytes: bytes, count: Int(length))
    }

    /// Closes every open element and returns the document, UTF-8, ending with a newline.
    public func finish() -> Data {
        var length: Int32 = 0
        guard let bytes = cxml_writer_finish(writer, &length) else { return Data() }
        return Data(bytes: bytes, count: Int(length))
    }
}
