import CXML
import Foundation
import TaalgrensCore

/// One event of a streaming XML parse.
public enum XMLEvent: Hashable, Sendable {
    /// An element starts. `attributes` keep document order; `isEmpty` is true for `<x/>`, which is
    /// followed by no `.end` event of its own… except that ``XMLReader`` always emits the matching
    /// `.end` so callers can treat both forms alike.
    case start(name: String, attributes: [XMLAttribute], isEmpty: Bool)
    /// An element ends.
    case end(name: String)
    /// Character data: text, CDATA, or whitespace (character and predefined entity references resolved).
    case text(String)
}

/// An attribute, by its qualified name as written (`xml:lang`, `type`).
public struct XMLAttribute: Hashable, Sendable {
    /// The attribute's qualified name as written (`xml:lang`).
    public var name: String
    /// The attribute's value, with character and predefined entity references resolved.
    public var value: String
    /// Creates an attribute from its qualified name and its value.
    public init(name: String, value: String) { self.name = name; self.value = value }
}

/// A safe, streaming XML reader over libxml2's `xmlTextReader`.
///
/// - It never loads a DTD, never resolves an entity, never touches the network: a document that uses an
///   entity other than the five predefined ones and character references fails with an ``InputError``
///   ("entity … is not allowed"), so external entities (XXE) and entity expansion attacks cannot work.
/// - Malformed or truncated XML fails with an ``InputError`` naming the file, line and column (columns
///   count bytes, as libxml2 does). A document that ends inside an element says so and names the open
///   elements; an empty document says it is empty.
/// - Encoding comes from the byte-order mark and the XML declaration: UTF-8 and UTF-16, with or without BOM;
///   UTF-16 with neither a BOM nor a declaration is told by its first bytes (ASCII markup with zero bytes).
///   A document whose bytes are 8-bit (UTF-8 BOM, or `<?xml` in single bytes) but whose declaration says
///   `utf-16` (as .NET exporters write) is read as UTF-8: the bytes decide (XML 1.0 Appendix F). A run of
///   byte-order marks at the start is read as one; a BOM before the root element elsewhere is named, with
///   its line, in the error (``ByteOrderMarks``).
///
/// Memory: constant in the document's size when reading a file by path; the bytes when reading `Data`.
public final class XMLReader {
    private let reader: OpaquePointer
    private let file: String
    private var pendingEnd: String?
    /// The bytes of a reader over `Data` (not copied), to tell an empty document apart in ``parseError()``.
    private var bytes: Data?

    /// Opens a reader over in-memory bytes.
    /// - Parameters:
    ///   - data: the document.
    ///   - file: the name used in error messages.
    /// - Throws: ``InputError`` when libxml2 cannot start on the input.
    public init(data: Data, file: String) throws {
        self.file = file
        // Copies of the byte-order mark after the first (``ByteOrderMarks``) are dropped.
        let extra = ByteOrderMarks.extraLeadingBytes(data)
        let data = extra > 0 ? data.subdata(in: data.startIndex.advanced(by: extra)..<data.endIndex) : data
        let r: OpaquePointer? = data.withUnsafeBytes { raw in
            cxml_reader_open(raw.bindMemory(to: CChar.self).baseAddress, Int32(raw.count), file)
        }
        guard let r else { throw InputError(file: file, "cannot start an XML parser on this input") }
        reader = r
        bytes = data
    }

    /// Opens a reader that streams the file at `url`.
    /// - Throws: ``InputError`` when the file cannot be opened.
    /// A file that starts with more than one byte-order mark (``ByteOrderMarks``) is read into memory
    /// without the extra marks.
    public init(contentsOf url: URL) throws {
        file = url.path
        if let head = FileHandle(forReadingAtPath: url.path).flatMap({ h in defer { try? h.close() }; return try? h.read(upToCount: 64) }),
           ByteOrderMarks.extraLeadingBytes(head) > 0 {
            guard let whole = try? Data(contentsOf: url) else { throw InputError(file: url.path, "the file does not exist or cannot be read") }
            let data = whole.subdata(in: ByteOrderMarks.extraLeadingBytes(whole)..<whole.count)
            let r: OpaquePointer? = data.withUnsafeBytes { raw in
                cxml_reader_open(raw.bindMemory(to: CChar.self).baseAddress, Int32(raw.count), url.path)
            }
            guard let r else { throw InputError(file: url.path, "cannot start an XML parser on this input") }
            reader = r
            bytes = data
            return
        }
        guard FileManager.default.isReadableFile(atPath: url.path), let r = cxml_reader_open_file(url.path) else {
            throw InputError(file: url.path, "the file does not exist or cannot be read")
        }
        reader = r
    }

    deinit { cxml_reader_free(reader) }

    /// The 1-based line of the current node.
    public var line: Int { Int(cxml_reader_line(reader)) }
    /// The 1-based column (bytes) near the current node, or 0 when unknown (the parser has read past the
    /// node's line).
    public var column: Int { Int(cxml_reader_column(reader)) }

    /// An ``InputError`` at the reader's current position, for callers' own validation messages.
    public func error(_ message: String) -> InputError {
        let column = self.column
        return InputError(file: file, line: line, column: column > 0 ? column : nil, message)
    }

    /// The next event, or `nil` at the end of the document.
    /// Comments, processing instructions and the document type declaration are skipped.
    /// - Throws: ``InputError`` for malformed XML, a truncated document, or a disallowed entity.
    public func next() throws -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while true {
            let rc = cxml_reader_read(reader)
            if rc < 0 { throw parseError() }
            if rc == 0 { return nil }
            switch Int(cxml_reader_node_type(reader)) {
            case Int(CXML_NODE_ELEMENT):
                let name = string(cxml_reader_name(reader))
                let isEmpty = cxml_reader_is_empty(reader) != 0
                var attributes: [XMLAttribute] = []
                let count = Int(cxml_reader_attribute_count(reader))
                for i in 0..<count where cxml_reader_move_to_attribute(reader, Int32(i)) != 0 {
                    attributes.append(XMLAttribute(name: string(cxml_reader_name(reader)), value: string(cxml_reader_value(reader))))
                }
                if count > 0 { _ = cxml_reader_move_to_element(reader) }
                if isEmpty { pendingEnd = name }
                return .start(name: name, attributes: attributes, isEmpty: isEmpty)
            case Int(CXML_NODE_END_ELEMENT):
                return .end(name: string(cxml_reader_name(reader)))
            case Int(CXML_NODE_TEXT), Int(CXML_NODE_CDATA), Int(CXML_NODE_WHITESPACE), Int(CXML_NODE_SIGNIFICANT_WHITESPACE):
                return .text(string(cxml_reader_value(reader)))
            case Int(CXML_NODE_ENTITY_REFERENCE):
                throw error("entity '&\(string(cxml_reader_name(reader)));' is not allowed: Taalgrens never resolves entities other than &amp; &lt; &gt; &quot; &apos;")
            default:
                continue
            }
        }
    }

    /// The first error libxml2 reported, in words: a file in another format than XML (an HTML page, CSV
    /// text, a ZIP archive; ``MisnamedFormat``) says what it is, at line 1; a document that ends inside an
    /// element, an empty document and content after the root element get their own messages (libxml2
    /// calls the first two "Extra content at the end of the document"); any other error is said in plain
    /// words (``XMLErrorWording``), libxml2's message following in parentheses.
    private func parseError() -> InputError {
        let failure = LibXMLError(
            message: cxml_reader_error_message(reader).map { String(cString: $0) } ?? "malformed XML",
            code: Int(cxml_reader_error_code(reader)), domain: Int(cxml_reader_error_domain(reader)),
            int1: Int(cxml_reader_error_int1(reader)), str1: cxml_reader_error_str1(reader).map { String(cString: $0) },
            str2: cxml_reader_error_str2(reader).map { String(cString: $0) },
            context: string(cxml_reader_error_context(reader)),
            inDeclaration: cxml_reader_error_in_declaration(reader) != 0)
        var line = Int(cxml_reader_error_line(reader)), column = Int(cxml_reader_error_column(reader))
        // A stopped entity expansion is located inside the entity's text: name the document's line instead.
        if failure.isEntityExpansion { (line, column) = (self.line, 0) }
        let elements = cxml_reader_error_elements(reader).map { String(cString: $0).split(separator: " ").map { "<\($0)>" } } ?? []
        let text: String
        let kind = Int(cxml_reader_error_kind(reader))
        // libxml2 takes a lone byte-order mark for content ("Extra content at the end of the document").
        let empty = kind == Int(CXML_ERROR_OTHER) && XMLErrorWording.holdsNoMarkup(bytes ?? XMLErrorWording.prefix(ofFile: file))
        // A byte-order mark after the start and before the root element: libxml2 calls the document empty or
        // finds text; name the invisible character where it stands (thirteenth trial, finding 9).
        if let head = bytes.map({ Data($0.prefix(MisnamedFormat.headLength)) }) ?? MisnamedFormat.head(ofFile: file),
           let bom = ByteOrderMarks.stray(in: head) {
            return InputError(file: file, line: bom.line, column: bom.column, ByteOrderMarks.strayMessage)
        }
        // A file in another format than its extension says (an HTML page saved as .xliff, CSV as .tbx):
        // say what it is rather than where the XML broke.
        if !empty, let head = bytes.map({ Data($0.prefix(MisnamedFormat.headLength)) }) ?? MisnamedFormat.head(ofFile: file),
           let what = MisnamedFormat.describe(head, file: file) {
            return InputError(file: file, line: 1, column: nil, what)
        }
        switch empty ? Int(CXML_ERROR_EMPTY) : kind {
        case Int(CXML_ERROR_TRUNCATED) where !elements.isEmpty:
            let inside = elements.dropLast().joined(separator: "/")
            text = "the document ends too early (unclosed \(elements.last!)\(inside.isEmpty ? "" : " in " + inside)); the file may be truncated"
        case Int(CXML_ERROR_EMPTY):
            text = "the document is empty: expected an XML document with a root element"
        case Int(CXML_ERROR_EXTRA_CONTENT) where !elements.isEmpty:
            text = "unexpected content after the root element \(elements[0]) ended; expected only comments or whitespace there"
        default:
            text = "malformed XML: \(XMLErrorWording.describe(failure))"
        }
        return InputError(file: file, line: line > 0 ? line : self.line, column: column > 0 ? column : nil, text)
    }

    private func string(_ p: UnsafePointer<CChar>?) -> String { p.map { String(cString: $0) } ?? "" }
}
