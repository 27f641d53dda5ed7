import Foundation
import TaalgrensCore
import Testing
import TranslationMemory

/// The direct JSON paths of `VariantCodec` must write exactly what `JSONEncoder` writes (the stored
/// columns and the content hash depend on it) and read back what it wrote.
@Suite struct VariantCodecTests {
    static let texts: [String] = [
        "", "Plain text.", "Zone de sélection numérique Transparence", "a/b c\\d", "say \"hi\"", "tab\there",
        "line\nbreak", "bell\u{7}", "del\u{7F}", "sep\u{2028}par\u{2029}", "emoji 🎉 and 𝔘", "nbsp\u{A0}x\u{202F}y",
        "<b>not a code</b> & ' ", "{\"elements\":[]}", "\"}}]}",
        // Quotation marks and backslashes only (the direct path escapes them), beside non-ASCII text.
        "Choose \"Tools - Options\" in C:\\Program Files\\", "\\", "\"", "\"café\" — 🎉 \\n not a newline",
        // Quotation marks with a character that takes the JSONEncoder path.
        "\"tab\"\there", "\"sep\"\u{2028}",
    ]

    @Test("content JSON: the direct path equals JSONEncoder's output", arguments: texts)
    func contentMatchesJSONEncoder(_ text: String) throws {
        let content = RichText(plain: text)
        #expect(try VariantCodec.encodeContent(content) == VariantCodec.encode(content))
        #expect(try VariantCodec.decodeContent(VariantCodec.encodeContent(content)) == content)
    }

    @Test("content JSON with codes, and a decoded run that the direct path must not take")
    func contentWithCodes() throws {
        let content = RichText([.text("Click "), .code(InlineCode(id: "1", kind: .opening, type: .strong)), .text("OK"),
                                .code(InlineCode(id: "1", kind: .closing, type: .strong)), .text(".")])
        let json = try VariantCodec.encodeContent(content)
        #expect(json == (try VariantCodec.encode(content)))
        #expect(try VariantCodec.decodeContent(json) == content)
        // An escaped quotation mark inside one run: the JSON decoder reads it.
        let quoted = RichText(plain: "a \"b\" c")
        #expect(try VariantCodec.decodeContent(VariantCodec.encode(quoted)) == quoted)
    }

    @Test("lists and objects: the direct path equals JSONEncoder's output")
    func listsMatchJSONEncoder() throws {
        for starts in [[], [0], [0, 17, 120]] { #expect(try VariantCodec.encodeStarts(starts) == VariantCodec.encode(starts)) }
        for properties in [[:], ["a": "b", "x-y": "z/w"]] {
            #expect(try VariantCodec.encodeProperties(properties) == VariantCodec.encode(properties))
        }
        for notes in [[], ["one", "two \"quoted\""]] { #expect(try VariantCodec.encodeNotes(notes) == VariantCodec.encode(notes)) }
    }
}
