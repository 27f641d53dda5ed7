import Testing
import TaalgrensCore

@Suite("RichText")
struct RichTextTests {
    let open = InlineCode(id: "1", kind: .opening, type: .link, attributes: ["href": "https://example.be"])
    let close = InlineCode(id: "1", kind: .closing, type: .link)

    /// "Visit [our site. It is new](…) today." — a link that spans a sentence boundary.
    var spanning: RichText {
        RichText([.text("Visit "), .code(open), .text("our site. It is new"), .code(close), .text(" today.")])
    }

    @Test("plain text and code offsets count UTF-16 units")
    func offsets() {
        let text = RichText([.text("Café "), .code(open), .text("😀"), .code(close)])
        #expect(text.plainText == "Café 😀")
        #expect(text.positionedCodes.map(\.offset) == [5, 7])
    }

    @Test("adjacent text runs merge and empty runs vanish")
    func merging() {
        let text = RichText([.text("a"), .text(""), .text("b"), .code(open), .text("")])
        #expect(text.elements == [.text("ab"), .code(open)])
    }

    @Test("slicing at a sentence boundary splits a spanning link into unpaired halves")
    func sliceAcrossBoundary() {
        let first = spanning.slice(utf16: 0..<15)   // "Visit our site."
        let second = spanning.slice(utf16: 16..<37) // "It is new today."
        #expect(first.plainText == "Visit our site.")
        #expect(second.plainText == "It is new today.")
        #expect(first.codes == [open])
        #expect(second.codes == [close])
        #expect(first.unpairedCodes == [open])
        #expect(second.unpairedCodes == [close])
        #expect(spanning.unpairedCodes.isEmpty)
    }

    @Test("codes on a slice's edges go to the side they touch")
    func edges() {
        let text = RichText([.code(open), .text("link"), .code(close), .text(" after")])
        let link = text.slice(utf16: 0..<4)
        #expect(link.elements == [.code(open), .text("link"), .code(close)])
        let after = text.slice(utf16: 4..<10)
        #expect(after.elements == [.text(" after")])
    }

    // MARK: Line breaks (docs/known-issues.md, fixed): a line break counts as one space in the plain text.

    let lineBreak = InlineCode(id: "2", kind: .standalone, type: .lineBreak)

    @Test("a line break stands for one space in the plain text: `Line one<br>line two.`")
    func lineBreakIsASpace() {
        let text = RichText([.text("Line one"), .code(lineBreak), .text("line two.")])
        #expect(text.plainText == "Line one line two.")
        #expect(text.description == "Line one line two.")
        #expect(lineBreak.plainText == " ")
        #expect(open.plainText == "" && close.plainText == "")
        // Only a standalone line break stands for text; other standalone codes stay empty.
        #expect(InlineCode(id: "3", kind: .standalone, type: .image).plainText == "")
    }

    @Test("codes after a line break lie one UTF-16 unit further on; the break sits at its space")
    func offsetsAfterLineBreak() {
        // "Line one<br>[line two](…)." → plain "Line one line two."
        let text = RichText([.text("Line one"), .code(lineBreak), .code(open), .text("line two"), .code(close), .text(".")])
        #expect(text.plainText == "Line one line two.")
        #expect(text.positionedCodes.map(\.offset) == [8, 9, 17])
        // Every code's offset indexes the plain text: the link's text starts at 9.
        let units = Array(text.plainText.utf16)
        #expect(String(decoding: units[9..<17], as: UTF16.self) == "line two")
    }

    @Test("a line break inside a slice is kept; at a sentence boundary it falls in the gap between sentences")
    func sliceWithLineBreak() {
        // "Line one.<br>Line two, still<br>two." — plain "Line one. Line two, still two."
        let second = InlineCode(id: "3", kind: .standalone, type: .lineBreak)
        let text = RichText([.text("Line one."), .code(lineBreak), .text("Line two, still"), .code(second), .text("two.")])
        #expect(text.plainText == "Line one. Line two, still two.")
        let first = text.slice(utf16: 0..<9), gap = text.slice(utf16: 9..<10), rest = text.slice(utf16: 10..<30)
        #expect(first.elements == [.text("Line one.")])
        #expect(gap.elements == [.code(lineBreak)])
        #expect(rest.elements == [.text("Line two, still"), .code(second), .text("two.")])
        #expect(rest.plainText == "Line two, still two.")
        // Tiling slices give the text back: each break lands in exactly one of them.
        #expect(first + gap + rest == text)
        #expect(text.slice(utf16: 0..<30) == text)
        // An empty range at the break holds nothing.
        #expect(text.slice(utf16: 9..<9).elements.isEmpty)
        // A slice's plain text is the matching part of the whole plain text.
        let whole = Array(text.plainText.utf16)
        for (a, b) in [(0, 9), (5, 12), (9, 10), (10, 30), (24, 28)] {
            #expect(text.slice(utf16: a..<b).plainText == String(decoding: whole[a..<b], as: UTF16.self))
        }
    }

    // MARK: Codes that stand for no text at a boundary (trial 4, item 2)

    @Test("a standalone code without text belongs to the text before it when white space or the end follows it")
    func zeroWidthAtBoundary() {
        let footnote = InlineCode(id: "1", kind: .standalone, type: .other, attributes: ["footnote": "1"])
        // "stock.[^1] She has." → plain "stock. She has."
        let text = RichText([.text("stock."), .code(footnote), .text(" She has.")])
        let first = text.slice(utf16: 0..<6), gap = text.slice(utf16: 6..<7), second = text.slice(utf16: 7..<15)
        #expect(first.elements == [.text("stock."), .code(footnote)])
        #expect(gap.elements == [.text(" ")])
        #expect(second.elements == [.text("She has.")])
        #expect(first + gap + second == text)
        // At the end of the text: the last sentence keeps it, the empty tail holds nothing.
        let ending = RichText([.text("Led."), .code(footnote)])
        #expect(ending.slice(utf16: 0..<4).elements == [.text("Led."), .code(footnote)])
        #expect(ending.slice(utf16: 4..<4).elements.isEmpty)
        // Followed by a letter, it starts the next slice (an image that leads a caption).
        let image = InlineCode(id: "2", kind: .standalone, type: .image, attributes: ["src": "a.png"])
        let caption = RichText([.text("One."), .code(image), .text("Two.")])
        #expect(caption.slice(utf16: 0..<4).elements == [.text("One.")])
        #expect(caption.slice(utf16: 4..<8).elements == [.code(image), .text("Two.")])
        // At offset 0 it always belongs to the text after it.
        let leading = RichText([.code(image), .text(" Text.")])
        #expect(leading.slice(utf16: 0..<1).elements == [.code(image), .text(" ")])
        #expect(leading.slice(utf16: 1..<6).elements == [.text("Text.")])
    }
}
