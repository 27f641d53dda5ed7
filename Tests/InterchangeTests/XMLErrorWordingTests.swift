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
