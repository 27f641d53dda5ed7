import Foundation
import Testing
import TaalgrensCore
import Interchange

/// HTML written as text (in CDATA) in XLIFF 1.2 units whose `datatype` is HTML, as TYPO3's `locallang.xlf`
/// and Symfony's `messages.*.xlf` keep it, becomes inline codes with the tags as native text; text without
/// tags, and units of another datatype, stay text. Fixtures: `interop/session10/`, our own sentences.
@Suite struct HTMLTextCodesTests {
    static func document(_ name: String) throws -> XLIFFDocument {
        try XLIFFReader.read(Data(contentsOf: TestSupport.interop("session10/" + name)), file: name)
    }

    /// Each code as `kind id type native` (native: the markup kept, else the canonical tag's attributes).
    static func codes(_ text: RichText?) -> [String] {
        (text?.codes ?? []).map { code in
            let native = code.attributes["markup"] ?? code.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            return "\(code.kind) \(code.id) \(code.type) \(native)"
        }
    }

    @Test("TYPO3: tags in CDATA are codes with their exact text; ids shared by source and target; text-only CDATA stays text")
    func typo3() throws {
        let doc = try Self.document("typo3-locallang-cdata.nl-BE.xlf")
        let segments = doc.units.map { $0.segments[0] }
        #expect(segments.map(\.source.plainText) == [
            "Read the full FAQ before you call.", "The helpline is open on weekdays from nine to five.",
            "Terms & conditions apply when the total is < 5 euro.", "Fields marked optional may stay empty.",
        ])
        #expect(segments.map { $0.target?.plainText } == [
            "Lees de volledige FAQ voor je belt.", "De hulplijn is op weekdagen open van negen tot vijf.",
            "De voorwaarden gelden als het totaal < 5 euro is.", "Velden met leeg mogen optioneel blijven.",
        ])
        #expect(Self.codes(segments[0].source) == [#"opening 1 link <a href="/faq" class="internal-link">"#, "closing 1 link "])
        #expect(Self.codes(segments[0].target) == Self.codes(segments[0].source))
        #expect(Self.codes(segments[1].source) == ["opening 1 strong ", "closing 1 strong ", "standalone 2 lineBreak <br />"])
        #expect(Self.codes(segments[1].target) == Self.codes(segments[1].source))
        #expect(segments[2].source.isPlain && segments[2].target?.isPlain == true)
        // The target reorders the tags: each keeps the id of the source's tag with the same text.
        #expect(Self.codes(segments[3].source) == ["opening 1 emphasis ", "closing 1 emphasis ", "opening 2 strong <b>", "closing 2 strong </b>"])
        #expect(Self.codes(segments[3].target) == ["opening 2 strong <b>", "closing 2 strong </b>", "opening 1 emphasis ", "closing 1 emphasis "])
    }

    @Test("Symfony: the unit's own datatype=\"html\" decides; stray and unclosed tags and comments are codes too")
    func symfony() throws {
        let doc = try Self.document("symfony-messages-cdata.fr-BE.xlf")
        let segments = doc.units.map { $0.segments[0] }
        // A canonical tag (attributes in name order) is kept as attributes, and written back the same.
        #expect(Self.codes(segments[0].source) == ["opening 1 link href={{ url }},target=_blank", "closing 1 link "])
        #expect(segments[0].target?.plainText == "Merci ! Consultez votre boîte de réception et confirmez votre adresse.")
        // datatype="plaintext" (the file's): the tags are text, as the file says.
        #expect(segments[1].source.isPlain && segments[1].source.plainText == "You can <b>unsubscribe</b> at any time.")
        #expect(Self.codes(segments[2].source) == ["standalone 1 other <!-- teaser -->", "opening 2 emphasis <i>", "closing 2 emphasis </i>", "closing 3 emphasis "])
        #expect(segments[2].source.plainText == "Open the weekly letter now.")
        #expect(Self.codes(segments[2].target) == ["opening 2 emphasis <i>", "closing 2 emphasis </i>", "closing 3 emphasis "])
    }

    @Test("the tags go back byte for byte: TMX export and XLIFF 1.2 export read back to the same codes")
    func roundTrip() throws {
        let doc = try Self.document("typo3-locallang-cdata.nl-BE.xlf")
        let units = doc.units.map { unit in
            TranslationUnit(id: unit.id, variants: [Variant(locale: doc.sourceLocale, content: unit.segments[0].source),
                                                    Variant(locale: doc.targetLocale, content: unit.segments[0].target ?? RichText([]))])
        }
        let tmx = String(decoding: TMXWriter.data(for: units), as: UTF8.self)
        // libxml2 escapes the quotation marks of the native text; the text read back is the tag as written.
        #expect(tmx.contains(#"<bpt i="1" x="1" type="link">&lt;a href=&quot;/faq&quot; class=&quot;internal-link&quot;&gt;</bpt>"#), "\(tmx)")
        #expect(tmx.contains(#"<ph x="2" type="lb">&lt;br /&gt;</ph>"#), "\(tmx)")
        let reader = try TMXReader(data: Data(tmx.utf8), file: "back.tmx")
        var back: [TranslationUnit] = []
        while let unit = try reader.next() { back.append(unit) }
        #expect(back.map { $0.variants.map(\.content) } == units.map { $0.variants.map(\.content) })

        let xliff = try XLIFFWriter.write(doc, version: .v12)
        let again = try XLIFFReader.read(xliff, file: "again.xlf")
        #expect(again.units.map { $0.segments.map(\.source) } == doc.units.map { $0.segments.map(\.source) })
        #expect(again.units.map { $0.segments.map(\.target) } == doc.units.map { $0.segments.map(\.target) })
    }

    @Test("XLIFF 2: CDATA without <data> stays text (no datatype says it is HTML)")
    func xliff2CDATA() throws {
        let text = """
        <?xml version="1.0"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="nl-BE">
        <file id="f"><unit id="u"><segment><source><![CDATA[Press <b>Start</b>.]]></source><target><![CDATA[Druk op <b>Start</b>.]]></target></segment></unit></file></xliff>
        """
        let doc = try XLIFFReader.read(Data(text.utf8), file: "cdata2.xlf")
        let segment = try #require(doc.units.first?.segments.first)
        #expect(segment.source.isPlain && segment.source.plainText == "Press <b>Start</b>.")
        #expect(segment.target?.plainText == "Druk op <b>Start</b>.")
    }
}
