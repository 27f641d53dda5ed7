import Foundation
import Testing
import TaalgrensCore
import XMLSupport

@Suite("XMLReader")
struct XMLReaderTests {
    func events(_ xml: String) throws -> [XMLEvent] {
        let reader = try XMLReader(data: Data(xml.utf8), file: "test.xml")
        var out: [XMLEvent] = []
        while let e = try reader.next() { out.append(e) }
        return out
    }

    @Test("elements, attributes, text and empty elements")
    func basics() throws {
        let got = try events(#"<a x="1"><b/>t&amp;u</a>"#)
        #expect(got == [
            .start(name: "a", attributes: [XMLAttribute(name: "x", value: "1")], isEmpty: false),
            .start(name: "b", attributes: [], isEmpty: true), .end(name: "b"),
            .text("t&u"), .end(name: "a"),
        ])
    }

    @Test("an external entity is refused and the file is never read")
    func externalEntity() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <tmx>&secret;</tmx>
        """
        do {
            _ = try events(xml)
            Issue.record("expected the entity to be refused")
        } catch let error as InputError {
            #expect(error.file == "test.xml")
            #expect(error.message.contains("entity"))
            #expect(error.line == 3)
        }
    }

    @Test("a truncated document fails with line and column, naming the unclosed elements")
    func truncated() throws {
        do {
            _ = try events("<tmx>\n<body>\n<tu>")
            Issue.record("expected a parse error")
        } catch let error as InputError {
            #expect(error.message == "the document ends too early (unclosed <tu> in <tmx>/<body>); the file may be truncated")
            #expect(error.line == 3)
            #expect(error.column == 5)
        }
    }

    @Test("UTF-16 with a byte-order mark")
    func utf16() throws {
        var data = Data([0xFF, 0xFE])
        data.append("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>één</a>".data(using: .utf16LittleEndian)!)
        let reader = try XMLReader(data: data, file: "u16.xml")
        var texts: [String] = []
        while let e = try reader.next() { if case .text(let t) = e { texts.append(t) } }
        #expect(texts == ["één"])
    }

    @Test("the tree and the writer round-trip mixed content")
    func roundTrip() throws {
        let writer = XMLWriter(indent: false)
        writer.start("seg", ["xml:space": "preserve"])
        writer.text("a < b & ")
        writer.start("ph", ["id": "1"]); writer.end()
        writer.text("  c")
        writer.end()
        let data = writer.finish()
        let tree = try XMLTree.parse(data, file: "w.xml")
        #expect(tree.name == "seg")
        #expect(tree[attribute: "xml:space"] == "preserve")
        #expect(tree.textContent == "a < b &   c")
        #expect(tree.elements("ph").count == 1)
    }
}
