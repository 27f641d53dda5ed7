import Foundation
import Interchange
import TaalgrensCore
import Testing

@Suite("XLIFF file metadata and documents without units")
struct XLIFFFileMetadataTests {
    /// A bundle-shaped document: the article id in the file metadata differs from the path-safe file id.
    static let document = XLIFFDocument(
        sourceLocale: "en", targetLocale: "nl-BE", fileID: "Kinderrechten-in-Belgie", original: "Kinderrechten-in-Belgie/en.md",
        units: [XLIFFUnit(id: "b0", kind: "title", segments: [
            XLIFFSegment(id: "b0.s0", source: "Children's rights in Belgium", target: "Kinderrechten in België", state: .translated),
        ], metadata: ["block": "0"])],
        metadata: ["article": "Kinderrechten-in-België"])

    @Test("file metadata round-trips through XLIFF 2.1 (mda on <file>) and 1.2 (<header><prop-group name=\"file\">)")
    func roundTrip() throws {
        for version in XLIFFVersion.allCases {
            let data = try XLIFFWriter.write(Self.document, version: version)
            let back = try XLIFFReader.read(data, file: "article.xlf")
            #expect(back.metadata == ["article": "Kinderrechten-in-België"], "XLIFF \(version.rawValue)")
            #expect(back == Self.document, "XLIFF \(version.rawValue)")
        }
        let xml21 = String(decoding: try XLIFFWriter.write(Self.document), as: UTF8.self)
        #expect(xml21.contains(#"<mda:metaGroup category="file">"#))
        let xml12 = String(decoding: try XLIFFWriter.write(Self.document, version: .v12), as: UTF8.self)
        #expect(xml12.contains(#"<header>"#) && xml12.contains(#"<prop-group name="file">"#))
    }

    @Test("with file metadata both versions still validate against their schemas")
    func validates() throws {
        guard let xmllint = TestSupport.xmllint(), let schema = TestSupport.schema("xliff2/xliff_with_modules.xsd"),
              let schema12 = TestSupport.schema("xliff12/xliff-core-1.2-transitional.xsd") else { return }
        #expect(try TestSupport.validate(try XLIFFWriter.write(Self.document), xmllint: xmllint, schema: schema) == nil)
        #expect(try TestSupport.validate(try XLIFFWriter.write(Self.document, version: .v12), xmllint: xmllint, schema: schema12) == nil)
    }

    /// Trial item 5: an empty article was exported as `<file id="…"/>` without `<unit>`, which XLIFF 2.1
    /// (section 4.2.2.2) forbids. No writer path may produce it.
    @Test("a document without any segment is refused in both versions, naming the document")
    func noUnits() throws {
        let empty = XLIFFDocument(sourceLocale: "en", targetLocale: "fr-BE", fileID: "empty", original: "empty/en.md")
        var onlyEmptyUnits = empty
        onlyEmptyUnits.units = [XLIFFUnit(id: "b0"), XLIFFUnit(id: "b1", kind: "paragraph")]
        for doc in [empty, onlyEmptyUnits] {
            for version in XLIFFVersion.allCases {
                let error = #expect(throws: InputError.self) { try XLIFFWriter.write(doc, version: version) }
                #expect(error?.file == "empty/en.md")
                #expect(error?.message.contains("at least one <unit>") == true)
            }
        }
        let unnamed = XLIFFDocument(sourceLocale: "en", targetLocale: "fr-BE", fileID: "f9")
        #expect(throws: InputError(file: "XLIFF file f9", "nothing to translate: no unit has a segment, and an XLIFF <file> needs at least one <unit> (XLIFF 2.1 section 4.2.2.2)")) {
            try XLIFFWriter.write(unnamed)
        }
    }
}
