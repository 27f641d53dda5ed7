import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Seventeenth trial, finding 16: the blocks of a unit that holds a document fragment (Drupal TMGMT's
/// `<bpt>&lt;p&gt;</bpt>`, XLIFF 1.2 `<g ctype="x-html-p">`, a double line break), through the public API.
@Suite("EmbeddedBlocks: the blocks of a unit that holds several paragraphs")
struct EmbeddedBlocksTests {
    static func open(_ id: String, _ markup: String) -> InlineElement {
        .code(InlineCode(id: id, kind: .opening, type: .other, attributes: ["markup": markup]))
    }
    static func close(_ id: String, _ markup: String) -> InlineElement {
        .code(InlineCode(id: id, kind: .closing, type: .other, attributes: ["markup": markup]))
    }
    static let lineBreak = InlineElement.code(InlineCode(id: "b", kind: .standalone, type: .lineBreak))

    @Test("escaped HTML block tags in native codes: one piece per block, the element named, inline codes kept")
    func nativeTags() {
        let bold = InlineCode(id: "9", kind: .opening, type: .strong)
        let text = RichText([Self.open("1", "<p>"), .text("First one. Second."), Self.close("2", "</p>"),
                             Self.open("3", "<h2 class=\"x\">"), .text("Heading"), Self.close("4", "</h2>"),
                             Self.open("5", "<ul>"), Self.open("6", "<li>"), .text(" Item "), .code(bold), .text("bold"),
                             .code(InlineCode(id: "9", kind: .closing, type: .strong)), Self.close("7", "</li>"), Self.close("8", "</ul>")])
        let blocks = EmbeddedBlocks.blocks(of: text)
        #expect(blocks?.map(\.element) == ["p", "h2", "li"])
        #expect(blocks?.map(\.content.plainText) == ["First one. Second.", "Heading", "Item bold"])
        #expect(blocks?.last?.content.codes.map(\.type) == [.strong, .strong])
        // Never glued when kept whole.
        #expect(EmbeddedBlocks.unglued(text).plainText == "First one. Second. Heading Item bold")
    }

    @Test("a <g> that names its element by ctype closes by its id; text after a closing tag belongs to the open element")
    func elementAttribute() {
        let text = RichText([.code(InlineCode(id: "1", kind: .opening, type: .other, attributes: ["element": "div"])),
                             .code(InlineCode(id: "2", kind: .opening, type: .other, attributes: ["element": "p"])), .text("Inside."),
                             .code(InlineCode(id: "2", kind: .closing, type: .other)), .text("Tail."),
                             .code(InlineCode(id: "1", kind: .closing, type: .other))])
        #expect(EmbeddedBlocks.blocks(of: text)?.map(\.element) == ["p", "div"])
        #expect(EmbeddedBlocks.blocks(of: text)?.map(\.content.plainText) == ["Inside.", "Tail."])
    }

    @Test("two line breaks in a row end a block, one does not; a text without block codes has no blocks")
    func lineBreaks() {
        let double = RichText([.text("One."), Self.lineBreak, .text(" "), Self.lineBreak, .text("Two."), Self.lineBreak, .text("Still two.")])
        #expect(EmbeddedBlocks.blocks(of: double)?.map(\.element) == ["", "br"])
        #expect(EmbeddedBlocks.blocks(of: double)?.map(\.content.plainText) == ["One.", "Two. Still two."])
        let single = RichText([.text("One."), Self.lineBreak, .text("Two.")])
        #expect(EmbeddedBlocks.blocks(of: single) == nil)
        #expect(EmbeddedBlocks.blocks(of: RichText([Self.open("1", "<b>"), .text("x"), Self.close("1", "</b>")])) == nil)
        #expect(EmbeddedBlocks.blocks(of: "Plain text.") == nil)
    }

    @Test("an empty block and a block of white space are left out")
    func emptyBlocks() {
        let text = RichText([Self.open("1", "<p>"), Self.close("2", "</p>"), .text("\n "), Self.open("3", "<p>"), .text("Only."), Self.close("4", "</p>")])
        #expect(EmbeddedBlocks.blocks(of: text) == [EmbeddedBlocks.Piece(element: "p", content: "Only.")])
    }

    @Test("XLIFF 1.2: <g ctype=\"x-html-p\"> names its element, and its blocks are found")
    func xliff12GroupType() throws {
        let xliff = """
        <?xml version="1.0"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.html" source-language="en" target-language="fr-BE" datatype="html"><body>
        <trans-unit id="1"><source><g id="1" ctype="x-html-p">One.</g><g id="2" ctype="x-html-h2">Two</g></source><target><g id="1" ctype="x-html-p">Un.</g><g id="2" ctype="x-html-h2">Deux</g></target></trans-unit>
        </body></file></xliff>
        """
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Data(xliff.utf8), file: "g.xlf", details: &details)
        let source = try #require(document.units.first?.segments.first?.source)
        #expect(EmbeddedBlocks.blocks(of: source)?.map(\.element) == ["p", "h2"])
        #expect(EmbeddedBlocks.blocks(of: source)?.map(\.content.plainText) == ["One.", "Two"])
    }
}
