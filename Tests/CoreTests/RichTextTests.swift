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
}
