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

    /// Thirteenth trial, finding 18: a file declared ISO-8859-1 that holds the Windows code page's bytes
    /// 0x80–0x9F (€ ’ “ ” –, as older Windows tools write) was read as C1 control characters. Every label the
    /// WHATWG Encoding Standard reads as windows-1252 is read so, by memory and by path; a byte windows-1252
    /// lacks keeps ISO-8859-1 for the whole file.
    @Test("ISO-8859-1, latin1 and US-ASCII labels are read as windows-1252", arguments: [
        ("ISO-8859-1", [0x80, 0x20, 0x92, 0x93, 0x94, 0x96, 0xE9] as [UInt8], "€ ’“”–é"),
        ("iso-8859-1", [0x85, 0x20, 0xE8], "… è"),
        ("latin1", [0x80, 0x20, 0xFF], "€ ÿ"),
        ("US-ASCII", [0x91, 0x41, 0x92], "‘A’"),
        ("windows-1252", [0x80], "€"),
        ("ISO-8859-1", [0x81, 0x20, 0x80, 0x20, 0xE9], "\u{81} \u{80} é"),
        ("ISO-8859-15", [0xA4], "€"),
    ])
    func latin1AsWindows1252(label: String, bytes: [UInt8], expected: String) throws {
        var data = Data("<?xml version=\"1.0\" encoding=\"\(label)\"?>\n<seg>".utf8)
        data.append(contentsOf: bytes)
        data.append(contentsOf: Data("</seg>".utf8))
        func texts(_ reader: XMLReader) throws -> String {
            var out = ""
            while let e = try reader.next() { if case .text(let t) = e { out += t } }
            return out
        }
        #expect(try texts(XMLReader(data: data, file: "legacy.tmx")) == expected)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).tmx")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try texts(XMLReader(contentsOf: url)) == expected)
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
