import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Fourteenth trial, finding 14, and the footnote of finding 6 through TMX: an HTML element code (`<cite>`,
/// `<mark>`, `<small>`) was written as Taalgrens's JSON inside `<bpt>` with an empty `<ept>`; a footnote
/// reference (`footnote: 1`, `markup: [^1]`) came back from a TMX export without its `footnote`, and a
/// closing code with attributes without them. The element is now written as its tag, and the attributes
/// the native text does not carry travel in the `<tuv>`'s `x-taalgrens-code-attributes`.
@Suite("TMX: inline code attributes beyond the native text")
struct CodeAttributesTMXTests {
    static func unit(_ en: RichText, _ nl: RichText) -> TranslationUnit {
        TranslationUnit(id: "u1", variants: [Variant(locale: "en", content: en), Variant(locale: "nl-BE", content: nl)])
    }

    @Test("<cite>…</cite> is written as the element's tags, never as JSON or an empty <ept>, and reads back as the same code",
          arguments: ["cite", "mark", "small", "dfn"])
    func elementCode(element: String) throws {
        let open = InlineCode(id: "1", kind: .opening, type: .other, attributes: ["element": element])
        let close = InlineCode(id: "1", kind: .closing, type: .other)
        let en = RichText([.code(open), .text("Sara Vermeulen, counsellor"), .code(close)])
        let nl = RichText([.code(open), .text("Sara Vermeulen, hulpverlener"), .code(close)])
        let data = try TMXWriter.data(for: [Self.unit(en, nl)])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<bpt i=\"1\" x=\"1\">&lt;\(element)&gt;</bpt>Sara Vermeulen, counsellor<ept i=\"1\">&lt;/\(element)&gt;</ept>"), "\(text)")
        #expect(!text.contains("taalgrens-code\""), "no JSON native text: \(text)")
        let back = try TMXReader.read(data: data, file: "t.tmx").units
        #expect(back.first?.variant(for: "en")?.content == en)
        #expect(back.first?.variant(for: "nl-BE")?.content == nl)
        #expect(try TMXWriter.data(for: back) == data, "the same bytes again")
    }

    @Test("a footnote reference keeps its footnote number; a closing code keeps its attributes")
    func attributesBeyondText() throws {
        let footnote = InlineCode(id: "1", kind: .standalone, type: .other, attributes: ["footnote": "1", "markup": "[^1]"])
        let en = RichText([.text("Children spend 5 hours a day in front of a screen."), .code(footnote)])
        let link = ["href": "https://example.be/guide", "ref": "guide"]
        let nl = RichText([.text("Lees "), .code(InlineCode(id: "2", kind: .opening, type: .link, attributes: link)), .text("de gids"),
                           .code(InlineCode(id: "2", kind: .closing, type: .link, attributes: link)), .text("."), .code(footnote)])
        let data = try TMXWriter.data(for: [Self.unit(en, nl)])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<ph x=\"1\">[^1]</ph>"), "other tools see the footnote's own text: \(text)")
        let back = try TMXReader.read(data: data, file: "t.tmx").units
        #expect(back.first?.variant(for: "en")?.content == en)
        #expect(back.first?.variant(for: "nl-BE")?.content == nl)
        // Another tool's file with the same codes and no such prop reads the native text alone.
        let other = text.replacingOccurrences(of: #"<prop type="x-taalgrens-code-attributes">[^<]*</prop>"#, with: "", options: .regularExpression)
        let plain = try TMXReader.read(data: Data(other.utf8), file: "other.tmx").units
        #expect(plain.first?.variant(for: "en")?.content.codes.first?.attributes == ["markup": "[^1]"])
    }
}
