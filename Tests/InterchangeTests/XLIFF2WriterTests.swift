import Foundation
import Interchange
import TaalgrensCore
import Testing

@Suite("XLIFF 2.1 writer")
struct XLIFF2WriterTests {
    @Test("the output validates against the XLIFF 2 core schema with the mtc and mda modules")
    func validatesAgainstSchema() throws {
        let data = try XLIFFWriter.write(SampleDocuments.article, version: .v21)
        guard let xmllint = TestSupport.xmllint(), let schema = TestSupport.schema("xliff2/xliff_with_modules.xsd") else { return }
        let problems = try TestSupport.validate(data, xmllint: xmllint, schema: schema)
        #expect(problems == nil, "\(problems ?? "")\n\(String(decoding: data, as: UTF8.self))")
    }
}


@Suite("XLIFF 2.1 writer details")
struct XLIFF2WriterDetailTests {
    private func xml(_ doc: XLIFFDocument) throws -> String { String(decoding: try XLIFFWriter.write(doc, version: .v21), as: UTF8.self) }

    @Test("a link spanning two sentences is <sc> in one segment and <ec startRef> in the next, not isolated")
    func spanningLink() throws {
        let out = try xml(SampleDocuments.article)
        #expect(out.contains(#"report on <sc id="1" type="link" dataRef="d3"/>online safety.</source>"#))
        #expect(out.contains(#"grooming<ec startRef="1" type="link" dataRef="d6"/> and sexting.</source>"#))
    }

    @Test("an opening whose closing segment has no target is isolated in the target only")
    func isolatedOnlyWhereRequired() throws {
        let out = try xml(SampleDocuments.article)
        #expect(out.contains(#"rapport over <sc id="1" isolated="yes" type="link" dataRef="d4"/>online veiligheid.</target>"#))
        #expect(!out.contains(#"<sc id="1" isolated="yes" type="link" dataRef="d3"/>"#))
    }

    @Test("crossing pairs: the one that cannot nest becomes <sc>/<ec>, the other stays <pc>")
    func crossingPairs() throws {
        let out = try xml(SampleDocuments.article)
        #expect(out.contains(#"<source><sc id="5" type="fmt" subType="xlf:b" dataRef="d1"/>bold <pc id="6" type="fmt" subType="xlf:i" dataRefStart="d2" dataRefEnd="d3">both<ec startRef="5" type="fmt" subType="xlf:b" dataRef="d4"/> italic</pc></source>"#))
    }

    @Test("white space: xml:space=preserve only where a normalising reader would change the text, and never indentation inside content")
    func whiteSpace() throws {
        let out = try xml(SampleDocuments.article)
        #expect(out.contains("<source xml:space=\"preserve\">  Two  spaces,\ta tab <ph id=\"4\" dataRef=\"d1\"/> and a bell <cp hex=\"0007\"/>. </source>"))
        #expect(out.contains("<source>Safer Internet Day 2020</source>"))
        #expect(!out.contains("\n <pc") && !out.contains("\n<pc"))
    }

    @Test("a code only the target has is an added code: canCopy=no, canDelete=yes, valid, and read back as written")
    func addedCode() throws {
        let sup = { (kind: InlineCode.Kind) in InlineElement.code(InlineCode(id: "s1-t1", kind: kind, type: .superscript)) }
        let br = InlineElement.code(InlineCode(id: "1", kind: .standalone, type: .lineBreak))
        let target = RichText([.text("Le 1"), sup(.opening), .text("er"), sup(.closing), .text(" mars,"), br, .text("il pleut.")])
        let doc = XLIFFDocument(sourceLocale: "en", targetLocale: "fr-BE", units: [
            XLIFFUnit(id: "u1", segments: [XLIFFSegment(id: "s1", source: RichText([.text("On 1 March,"), br, .text("it rains.")]),
                                                        target: target, state: .translated)])])
        let data = try XLIFFWriter.write(doc, version: .v21)
        let out = String(decoding: data, as: UTF8.self)
        #expect(out.contains(#"<target>Le 1<pc id="s1-t1" canCopy="no" canDelete="yes" type="fmt" dataRefStart="d2" dataRefEnd="d3">er</pc> mars,<ph id="1" type="fmt" subType="xlf:lb" dataRef="d1"/>il pleut.</target>"#), "\(out)")
        // The line break is in the source too: no hints on it, nor on anything in the source.
        #expect(out.components(separatedBy: "canCopy").count == 2)
        #expect(try XLIFFReader.read(data, file: "added.xlf").units.first?.segments.first?.target == target)
        guard let xmllint = TestSupport.xmllint(), let schema = TestSupport.schema("xliff2/xliff_with_modules.xsd") else { return }
        let problems = try TestSupport.validate(data, xmllint: xmllint, schema: schema)
        #expect(problems == nil, "\(problems ?? "")")
    }

    @Test("a context match is written with similarity 100, type icm, and its real score in metadata")
    func contextMatch() throws {
        let out = try xml(SampleDocuments.article)
        #expect(out.contains(##"<mtc:match ref="#s1" similarity="100" origin="memory" type="icm">"##))
        #expect(out.contains(#"<mda:meta type="similarity">101</mda:meta>"#))
    }

    @Test("a code id equal to a segment id is renamed (XLIFF 2 shares one id space per unit), the segment id is kept")
    func idCollision() throws {
        let doc = XLIFFDocument(sourceLocale: "en", targetLocale: "fr-BE", units: [
            XLIFFUnit(id: "u1", segments: [XLIFFSegment(id: "1", source: RichText([.text("a"), .code(InlineCode(id: "1", kind: .standalone, type: .lineBreak)), .text("b")]))]),
        ])
        let out = try xml(doc)
        #expect(out.contains(#"<segment id="1" state="initial">"#))
        #expect(out.contains(#"<ph id="c1" type="fmt" subType="xlf:lb" dataRef="d1"/>"#))
        #expect(out.contains(#"<mda:meta type="code-id">1</mda:meta>"#))
    }

    @Test("the same document always gives the same bytes")
    func deterministic() throws {
        #expect(try XLIFFWriter.write(SampleDocuments.article) == XLIFFWriter.write(SampleDocuments.article))
    }
}
