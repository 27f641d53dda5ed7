import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Segments written not for translation (``XLIFFSegment/translatable`` `false`, session 16): XLIFF 2.1
/// `translate="no"` on a `<unit>` whose every segment is so, a `<mrk translate="no">` around the content of
/// one segment among others, XLIFF 1.2 `translate="no"` on the `<trans-unit>`; valid against the schemas,
/// and left out (with a note) when read back, so a CAT tool's return never stores the copy.
@Suite struct UntranslatableWriterTests {
    private static var document: XLIFFDocument {
        var handles = XLIFFSegment(id: "b3.s0", source: RichText(plain: "@KMI_IRM @belga2024"), target: RichText(plain: "@KMI_IRM @belga2024"), state: .translated)
        handles.translatable = false
        var arrow = XLIFFSegment(id: "b4.s1", source: RichText([.text("→ "), .code(InlineCode(id: "1", kind: .standalone, type: .image, attributes: ["src": "a.png"]))]),
                                 target: RichText([.text("→ "), .code(InlineCode(id: "1", kind: .standalone, type: .image, attributes: ["src": "a.png"]))]),
                                 state: .translated)
        arrow.translatable = false
        let sentence = XLIFFSegment(id: "b4.s0", source: RichText(plain: "Stay safe online."), target: RichText(plain: "Blijf veilig online."), state: .translated)
        return XLIFFDocument(sourceLocale: "en", targetLocale: "nl-BE", units: [
            XLIFFUnit(id: "b3", segments: [handles]), XLIFFUnit(id: "b4", segments: [sentence, arrow])])
    }

    @Test("XLIFF 2.1 and 1.2 write translate=\"no\"; reading back leaves those segments out with a note; both are valid")
    func written() throws {
        let v21 = String(decoding: try XLIFFWriter.write(Self.document, version: .v21), as: UTF8.self)
        #expect(v21.contains("<unit id=\"b3\" translate=\"no\">"), "\(v21)")
        #expect(v21.contains("<source><mrk id=\"b4.s1-nt\" translate=\"no\">→ <ph id=\"1\""), "\(v21)")
        #expect(v21.contains("<target><mrk id=\"b4.s1-nt\" translate=\"no\">→ <ph id=\"1\""), "\(v21)")
        let v12 = String(decoding: try XLIFFWriter.write(Self.document, version: .v12), as: UTF8.self)
        #expect(v12.components(separatedBy: "translate=\"no\"").count == 3, "\(v12)")
        for version in XLIFFVersion.allCases {
            var details = XLIFFReadDetails()
            let back = try XLIFFReader.read(XLIFFWriter.write(Self.document, version: version), file: "t.xlf", details: &details)
            #expect(back.units.map { "\($0.id):\($0.segments.map(\.id))" } == ["b4:[\"b4.s0\"]"], "\(version)")
            #expect(details.notes.filter(\.skipped).count == 2 && details.notes.allSatisfy(\.notForTranslation), "\(version): \(details.notes)")
        }
        guard let xmllint = TestSupport.xmllint(), let schema = TestSupport.schema("xliff2/xliff_with_modules.xsd"),
              let schema12 = TestSupport.schema("xliff12/xliff-core-1.2-transitional.xsd") else { return }
        #expect(try TestSupport.validate(try XLIFFWriter.write(Self.document, version: .v21), xmllint: xmllint, schema: schema) == nil)
        #expect(try TestSupport.validate(try XLIFFWriter.write(Self.document, version: .v12), xmllint: xmllint, schema: schema12) == nil)
    }
}
