import Foundation
import Testing
import TaalgrensCore
import XMLSupport
@testable import Interchange

/// Known issue of the fourth to sixth trials: text inside an XLIFF 1.2 `<sub>` (an `alt` or `title` text in
/// a `<ph>` or `<bpt>`, as Okapi writes it) was only part of the code's native text, so `concordance` never
/// found it. It is now the code's sub-flow text, as a TMX `<sub>` is, and stays out of the sentence.
@Suite struct XLIFF12SubFlowTests {
    static let file = TestSupport.interop("sub13/flooding-okapi-1.2.xlf")

    static func segments() throws -> [XLIFFSegment] {
        try XLIFFReader.read(Data(contentsOf: file), file: file.lastPathComponent).units.flatMap(\.segments)
    }

    @Test("the <sub> texts of a <ph> and a <bpt> are the codes' sub-flow texts; the sentence and the native text are as before")
    func subFlowTexts() throws {
        let segments = try Self.segments()
        #expect(segments.count == 2)
        let image = segments[0]
        #expect(image.source.plainText == "The Yser burst its banks near Diksmuide on Sunday night.")
        #expect(image.source.subFlowTexts.map(\.text) == ["Flooded street in Diksmuide on Monday morning"])
        #expect(image.source.subFlowTexts.map(\.codeID) == ["1"])
        #expect(image.target?.subFlowTexts.map(\.text) == ["Ondergelopen straat in Diksmuide op maandagochtend"])
        #expect(image.source.codes.first.map { NativeMarkup.text(for: $0) }
                == #"<img src="yser.jpg" alt="Flooded street in Diksmuide on Monday morning"/>"#)
        #expect(image.source.codes.first?.type == .image)
        // A <g> inside the <sub> is text of the sub-flow; the <ept> has none.
        let link = segments[1]
        #expect(link.source.plainText == "Read the flood map before you travel.")
        #expect(link.source.subFlowTexts.map(\.text) == ["Flemish Environment Agency"])
        #expect(link.target?.subFlowTexts.map(\.text) == ["Vlaamse Milieumaatschappij"])
        #expect(link.source.codes.map(\.type) == [.link, .link])
    }

    @Test("a code without <sub> carries no sub-flow structure")
    func noSub() throws {
        let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.html" source-language="en" target-language="fr-BE" datatype="html"><body>
        <trans-unit id="1"><source>Go <ph id="1">&lt;br/&gt;</ph>now.</source></trans-unit></body></file></xliff>
        """
        let segment = try #require(try XLIFFReader.read(Data(xliff.utf8), file: "a.xlf").units.first?.segments.first)
        #expect(segment.source.codes.first?.attributes[InlineCode.tmxInnerAttribute] == nil)
    }

    @Test("a TMX export writes each <sub> as TMX's (a <g> as <hi>) and reads back the same content; the file validates")
    func throughTMX() throws {
        let segments = try Self.segments()
        let units = segments.enumerated().map { i, s in
            TranslationUnit(id: "u\(i)", variants: [Variant(locale: "en-GB", content: s.source), Variant(locale: "nl-BE", content: s.target ?? RichText([]))])
        }
        let data = TMXWriter.data(for: units)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<sub>Flooded street in Diksmuide on Monday morning</sub>"), "\(text)")
        #expect(text.contains("<sub>Flemish <hi>Environment</hi> Agency</sub>"), "\(text)")
        let back = try TMXReader.read(data: data, file: "back.tmx").units
        #expect(back.map { $0.variant(for: "en-GB")?.content } == units.map { $0.variant(for: "en-GB")?.content })
        #expect(back.map { $0.variant(for: "nl-BE")?.content } == units.map { $0.variant(for: "nl-BE")?.content })
        if let xmllint = TestSupport.xmllint(), let dtd = TestSupport.schema("tmx/tmx14.dtd") {
            #expect(try TestSupport.validate(data, xmllint: xmllint, dtd: dtd) == nil)
        }
    }
}
