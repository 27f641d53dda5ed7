import Foundation
import Interchange
import TaalgrensCore
import Testing

@Suite("XLIFF round trips")
struct XLIFFRoundTripTests {
    @Test("XLIFF 2.1: write then read gives the same document (codes, candidates, metadata, states, white space), a control character as the code of its <cp>")
    func roundTrip21() throws {
        let doc = SampleDocuments.article
        let back = try XLIFFReader.read(try XLIFFWriter.write(doc, version: .v21), file: "article.xlf")
        // The bell, which XML cannot hold, is written as <cp hex="0007"/> and read back as a code in its place
        // (fifteenth trial, finding 11: a <cp> is a code, so TMX and XLIFF 1.2 exports keep it).
        var expected = doc
        expected.units[2].segments[0].source = RichText(doc.units[2].segments[0].source.elements.flatMap { element -> [InlineElement] in
            guard case .text(let t) = element, let bell = t.firstIndex(of: "\u{7}") else { return [element] }
            return [.text(String(t[..<bell])),
                    .code(InlineCode(id: "cp0007", kind: .standalone, type: .other, attributes: ["markup": "<cp hex=\"0007\"/>"])),
                    .text(String(t[t.index(after: bell)...]))]
        })
        #expect(back == expected)
    }

    @Test("XLIFF 1.2: write then read gives the same document, except the control character 1.2 cannot carry")
    func roundTrip12() throws {
        let doc = SampleDocuments.article
        let back = try XLIFFReader.read(try XLIFFWriter.write(doc, version: .v12), file: "article.xlf")
        var expected = doc
        expected.units[2].segments[0].source = RichText(doc.units[2].segments[0].source.elements.map {
            if case .text(let t) = $0 { .text(t.replacingOccurrences(of: "\u{7}", with: "")) } else { $0 }
        })
        #expect(back == expected)
    }

    @Test("codes read from TMX (tmx-* attributes, markup, sub) survive XLIFF 2.1 and 1.2")
    func tmxCodesThroughXLIFF() throws {
        let units = try TMXReader.read(data: TestSupport.fixtureData("multilingual-utf8-bom.tmx"), file: "m.tmx").units
        var segments: [XLIFFSegment] = []
        for (i, unit) in units.enumerated() {
            guard let en = unit.variant(for: "en") else { continue }
            let target = unit.variant(for: "nl-BE")?.content ?? unit.variant(for: "fr-BE")?.content
            segments.append(XLIFFSegment(id: "s\(i + 1)", source: en.content, target: target, state: .translated))
        }
        let doc = XLIFFDocument(sourceLocale: "en", targetLocale: "nl-BE", units: segments.map { XLIFFUnit(id: "u-" + $0.id, segments: [$0]) })
        for version in XLIFFVersion.allCases {
            let data = try XLIFFWriter.write(doc, version: version)
            let back = try XLIFFReader.read(data, file: "t.xlf")
            #expect(back == doc, "XLIFF \(version.rawValue): \(differences(doc, back))")
        }
        guard let xmllint = TestSupport.xmllint(), let schema = TestSupport.schema("xliff2/xliff_with_modules.xsd"),
              let schema12 = TestSupport.schema("xliff12/xliff-core-1.2-transitional.xsd") else { return }
        #expect(try TestSupport.validate(try XLIFFWriter.write(doc, version: .v21), xmllint: xmllint, schema: schema) == nil)
        #expect(try TestSupport.validate(try XLIFFWriter.write(doc, version: .v12), xmllint: xmllint, schema: schema12) == nil)
    }

    @Test("a code id that needed renaming comes back with its own id")
    func renamedCodeID() throws {
        let source = RichText([.text("a"), .code(InlineCode(id: "s1", kind: .opening, type: .strong)), .text("b"),
                               .code(InlineCode(id: "s1", kind: .closing, type: .strong)), .text(" c"),
                               .code(InlineCode(id: "x y", kind: .standalone, type: .image, attributes: ["src": "a.png", "alt": "A"]))])
        let doc = XLIFFDocument(sourceLocale: "en", targetLocale: "fr-BE", units: [
            XLIFFUnit(id: "u1", segments: [XLIFFSegment(id: "s1", source: source, target: source, state: .final)]),
        ])
        #expect(try XLIFFReader.read(try XLIFFWriter.write(doc), file: "r.xlf") == doc)
        let back12 = try XLIFFReader.read(try XLIFFWriter.write(doc, version: .v12), file: "r.xlf")
        #expect(back12 == doc, "\(differences(doc, back12))")
    }
}
