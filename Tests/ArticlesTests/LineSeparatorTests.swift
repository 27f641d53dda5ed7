import Foundation
import Testing
import Articles
import TaalgrensCore

/// Seventeenth trial, finding 8: Word's manual line break (U+000B, Shift+Enter) and U+2028 LINE SEPARATOR in
/// pasted text were no line breaks: a press contact block in a `.txt` became one heading holding the control
/// characters (written raw into `article.html`), in `.md` one sentence, in `.html` a segment cut at the first
/// one. Each reader reads them as the line break it already knows, and U+2029 as a paragraph's end.
@Suite("Unicode line and paragraph separators in article text")
struct LineSeparatorTests {
    static let contact = ["Els Peeters", "Spokesperson FPS Economy", "els.peeters@example.be", "+32 2 277 11 11"]

    /// Kinds and contents, which must not depend on how a line was broken (source lines may).
    static func shape(_ article: Article) -> [String] { outline(article) }

    @Test("plain text: U+000B, U+0085 and U+2028 are line feeds, U+2029 and U+000C end a paragraph", arguments: ["\u{0B}", "\u{85}", "\u{2028}"])
    func plainTextSeparators(separator: String) throws {
        let lines = Self.contact.joined(separator: "\n")
        let expected = try plainText("Contact for the press\n\n\(lines)\n\nThe campaign starts today.\n")
        let pasted = try plainText("Contact for the press\n\n\(Self.contact.joined(separator: separator))\n\nThe campaign starts today.\n")
        #expect(Self.shape(pasted) == Self.shape(expected))
        #expect(pasted.blocks[1].kind == .paragraph, "\(outline(pasted))")
        #expect(pasted.blocks.allSatisfy { !$0.content.plainText.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{2028}" } })
        for paragraphEnd in ["\u{2029}", "\u{0C}"] {
            let two = try plainText("First paragraph here.\(paragraphEnd)Second paragraph here.\n")
            #expect(outline(two) == ["paragraph: First paragraph here.", "paragraph: Second paragraph here."], "\(outline(two))")
        }
    }

    @Test("Markdown: U+2028 and U+000B are hard breaks, as a backslash at the line's end is", arguments: ["\u{0B}", "\u{2028}"])
    func markdownBreaks(separator: String) throws {
        let expected = try markdown("# Contact\n\n\(Self.contact.joined(separator: "\\\n"))\n\nText here.\n")
        let pasted = try markdown("# Contact\n\n\(Self.contact.joined(separator: separator))\n\nText here.\n")
        #expect(Self.shape(pasted) == Self.shape(expected), "\(outline(pasted))")
        #expect(pasted.blocks[1].content.codes.filter { $0.type == .lineBreak }.count == 3)
    }

    @Test("HTML: U+2028 and U+000B are <br>, U+2029 ends the paragraph; article.html holds none of them", arguments: ["\u{0B}", "\u{2028}"])
    func htmlBreaks(separator: String) throws {
        let expected = try html("<h1>Contact</h1><p>\(Self.contact.joined(separator: "<br>"))</p><p>Text.</p>")
        let pasted = try html("<h1>Contact</h1><p>\(Self.contact.joined(separator: separator))</p><p>Text.</p>")
        #expect(Self.shape(pasted) == Self.shape(expected), "\(outline(pasted))")
        let page = HTMLRenderer.render(pasted, typography: nil)
        #expect(page.contains("Els Peeters<br>Spokesperson FPS Economy<br>"), "\(page)")
        #expect(!page.unicodeScalars.contains { $0 == "\u{0B}" || $0 == "\u{2028}" })
        let split = try html("<h1>Contact</h1><p>First paragraph.\u{2029}Second paragraph.</p>")
        #expect(outline(split) == ["title: Contact", "paragraph: First paragraph.", "paragraph: Second paragraph."], "\(outline(split))")
        // In preformatted text a separator is a line feed of the code.
        let code = try html("<h1>Code</h1><pre>line one\u{2028}line two</pre>")
        #expect(code.blocks[1].content.codes.first?.attributes["text"] == "line one\nline two")
    }
}
