import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Trial 4, item 11: XML errors say what was expected in plain words and keep file:line:column. Each
/// input is one a user meets (a file that is not XML, a bare &, a mismatched or unclosed tag, a control
/// character, bytes that are not the declared encoding); each expectation is the message's plain-words
/// part and the position libxml2 reported.
@Suite("XML error wording")
struct XMLErrorWordingTests {
    private static let head = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n"

    private func tmxError(_ bytes: [UInt8], file: String = "bad.tmx") -> InputError? {
        do {
            _ = try TMXReader.read(data: Data(bytes), file: file)
            return nil
        } catch let error as InputError {
            return error
        } catch {
            Issue.record("not an InputError: \(error)")
            return nil
        }
    }

    private func tmxError(_ text: String) -> InputError? { tmxError(Array(text.utf8)) }

    @Test("a file without any XML: expected an XML document, found text (trial 4 repro 9, notxml.xlf)")
    func notXML() throws {
        let e = try #require(throws: InputError.self) { _ = try XLIFFReader.read(Data("not xml at all\n".utf8), file: "notxml.xlf") }
        #expect(e.file == "notxml.xlf")
        #expect(e.line == 1)
        #expect(e.message.hasPrefix("malformed XML: expected an XML document (starting with <), found text"), "\(e.message)")
        #expect(!e.message.contains("malformed XML: Document is empty"))
        // The same for TMX.
        let t = try #require(tmxError("just some words"))
        #expect(t.message.contains("expected an XML document (starting with <), found text"), "\(t.message)")
        // A truly empty file still says it is empty.
        let empty = try #require(tmxError(""))
        #expect(!empty.message.contains("found text"), "\(empty.message)")
    }

    @Test("a bare & says how to write it, with line and column (trial 4 repro 9, amp.tmx)")
    func bareAmpersand() throws {
        let text = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header srclang=\"en\"/>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>Hello & goodbye</seg></tuv>\n<tuv xml:lang=\"nl-BE\"><seg>Hallo</seg></tuv></tu>\n</body></tmx>\n"
        let e = try #require(tmxError(text, file: "amp.tmx"))
        #expect(e.file == "amp.tmx")
        #expect(e.line == 5)
        #expect(e.column == 36)
        #expect(e.message == "malformed XML: an & must start an entity or character reference such as &amp; (write a lone & as &amp;) (libxml2: xmlParseEntityRef: no name)")
        #expect(e.description.contains("amp.tmx:5:36: "), "\(e.description)")
    }

    private func tmxError(_ text: String, file: String) -> InputError? { tmxError(Array(text.utf8), file: file) }

    @Test("common errors in plain words", arguments: [
        (Self.head + "<tu><tuv xml:lang=\"en\"><seg>A &amp B</seg></tuv></tu></body></tmx>", 3,
         "an entity reference must end with ;"),
        (Self.head + "<tu><tuv xml:lang=\"en\"><seg>A</sek></tuv></tu></body></tmx>", 3,
         "the end tag </sek> does not match the open element <seg> (opened on line 3): expected </seg>"),
        (Self.head + "<tu><tuv xml:lang=\"en\"><seg>a < b</seg></tuv></tu></body></tmx>", 3,
         "a < must start a tag with an element name (write a literal < as &lt;)"),
        (Self.head + "<tu><tuv xml:lang=\"en\"><seg>&nbsp;</seg></tuv></tu></body></tmx>", 3,
         "the entity &nbsp; is not defined"),
        (Self.head + "<tu><tuv xml:lang=\"en\"><seg>&#1;</seg></tuv></tu></body></tmx>", 3,
         "the character reference names U+0001, a character XML does not allow"),
        (Self.head + "<tu><tuv xml:lang=\"en\" xml:lang=\"fr\"><seg>a</seg></tuv></tu></body></tmx>", 3,
         "the attribute xml:lang appears twice on the same element"),
        (Self.head + "<tu><tuv xml:lang=en><seg>a</seg></tuv></tu></body></tmx>", 3,
         "an attribute value must be in quotes"),
        ("<?xml version=\"1.0\" encoding=\"bogus-enc\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body></body></tmx>", 1,
         "the XML declaration names the encoding 'bogus-enc', which is not supported"),
        ("  <?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body></body></tmx>", 1,
         "the XML declaration (<?xml …?>) must be the very first thing in the file"),
    ])
    func plainWords(document: String, line: Int, expected: String) throws {
        let e = try #require(tmxError(document))
        #expect(e.file == "bad.tmx")
        #expect(e.line == line, "\(e)")
        #expect(e.message.hasPrefix("malformed XML: " + expected), "\(e.message)")
        #expect(e.message.contains("(libxml2: "), "\(e.message)")
    }

    /// REVIEW5 item 15: the wording is chosen by libxml2's error code and parameters, not its English text.
    /// One input per code (or per construct where one code covers several: a name missing after `&`, after
    /// `<` or among attributes; a character given raw or by reference), with the line libxml2 reports.
    @Test("every worded libxml2 error code, one failing input each", arguments: [
        ("<a x=\"1\"y=\"2\"/>", 1, "malformed attributes: expected name=\"value\" pairs, then > or />"),  // SPACE_REQUIRED
        ("<a \"x\"/>", 1, "malformed attributes: expected name=\"value\" pairs, then > or />"),  // NAME_REQUIRED in a tag
        ("<a x=\"a & b\"/>", 1, "an & must start an entity or character reference"),  // NAME_REQUIRED after &
        ("<a>\nx <1</a>", 2, "a < must start a tag with an element name"),  // NAME_REQUIRED after <
        ("<a x=\"1/>", 1, "an attribute value is not closed: its closing quote is missing"),  // ATTRIBUTE_NOT_FINISHED
        ("<a x/>", 1, "the attribute x has no value: expected x=\"…\""),  // ATTRIBUTE_WITHOUT_VALUE
        ("<a x=\"a<b\"/>", 1, "a < inside an attribute value must be written &lt;"),  // LT_IN_ATTRIBUTE
        ("<a x=\"&nbsp;\"/>", 1, "the entity &nbsp; is not defined"),  // UNDECLARED_ENTITY in an attribute
        ("<a x=\"\u{01}\"/>", 1, "an attribute value holds a character XML does not allow: XML 1.0 allows tab"),  // INVALID_CHAR
        ("<a>\u{FFFF}</a>", 1, "the text holds a character XML does not allow (U+FFFF): XML 1.0 allows tab"),  // INVALID_CHAR
        ("<a>&#xD800;</a>", 1, "the character reference names U+D800, a character XML does not allow"),  // INVALID_CHAR by reference
        ("<a>&#xZZ;</a>", 1, "a malformed character reference: expected &#digits; or &#xhex-digits;"),  // INVALID_HEX_CHARREF
        ("<a>\n<b>\n</c></a>", 3, "the end tag </c> does not match the open element <b> (opened on line 2): expected </b>"),
        ("<p:a/>", 1, "the namespace prefix p (on <a>) is not declared"),  // NS_ERR_UNDEFINED_NAMESPACE
        ("<?xml version=\"1.0\"encoding=\"UTF-8\"?><a/>", 1, "a malformed XML declaration"),  // SPACE_REQUIRED in the declaration
        ("<?xml version=\"1.0\" encoding=?><a/>", 1, "a malformed XML declaration"),  // STRING_NOT_STARTED
        ("<?xml encoding=\"UTF-8\"?><a/>", 1, "a malformed XML declaration"),  // VERSION_MISSING
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"<a/>", 1, "a malformed XML declaration"),  // XMLDECL_NOT_FINISHED
        ("<?xml version=\"1.0\" encoding=\"\"?><a/>", 1, "a malformed XML declaration"),  // ENCODING_NAME
        ("<?xml version=\"2.0\"?><a/>", 1, "a malformed XML declaration"),  // UNKNOWN_VERSION
        ("<a><!-- a -- b --></a>", 1, "a comment must not contain -- before its end -->"),  // HYPHEN_IN_COMMENT
        ("<a>x ]]> y</a>", 1, "]]> must not appear in text: write ]]&gt;"),  // MISPLACED_CDATA_END
        ("<a><? ?></a>", 1, "a malformed processing instruction: expected <?target …?>"),  // PI_NOT_STARTED
    ])
    func wordedByCode(document: String, line: Int, expected: String) throws {
        let e = try #require(tmxError(document))
        #expect(e.line == line, "\(e)")
        #expect(e.message.hasPrefix("malformed XML: " + expected), "\(e.message)")
        #expect(e.message.contains("(libxml2: "), "\(e.message)")
    }

    @Test("a control character and bytes that are not UTF-8 name the character or the bytes")
    func characters() throws {
        let control = try #require(tmxError(Array((Self.head + "<tu><tuv xml:lang=\"en\"><seg>A").utf8) + [0x01] + Array("</seg></tuv></tu></body></tmx>".utf8)))
        #expect(control.line == 3)
        #expect(control.message.contains("a character XML does not allow (U+0001)"), "\(control.message)")
        let latin1 = try #require(tmxError(Array((Self.head + "<tu><tuv xml:lang=\"en\"><seg>caf").utf8) + [0xE9] + Array("</seg></tuv></tu></body></tmx>".utf8)))
        #expect(latin1.line == 3)
        #expect(latin1.column != nil)
        #expect(latin1.message.hasPrefix("malformed XML: the bytes are not valid UTF-8 (Bytes: 0xE9"), "\(latin1.message)")
        #expect(latin1.message.contains("encoding=\"ISO-8859-1\""))
    }

    @Test("an element left open at the end says which, and that the file may be truncated")
    func unclosed() throws {
        let e = try #require(tmxError(Self.head + "<tu><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>\n"))
        #expect(e.line != nil)
        #expect(e.message.contains("<body>"), "\(e.message)")
        #expect(e.message.contains("truncated"), "\(e.message)")
    }
}
