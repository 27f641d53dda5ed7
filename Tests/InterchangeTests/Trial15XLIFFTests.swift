import Foundation
import Testing
import TaalgrensCore
@testable import Interchange

/// XLIFF files of the fifteenth trial: a `<cp>` of a character XML cannot hold (finding 11), codes described
/// by the Format Style module instead of `<originalData>` (finding 11), and an XLIFF 1.2 target that is not
/// segmented as its `<seg-source>` is (finding 18). The files are the trial's, in `Fixtures/interop/trial15`.
@Suite("XLIFF of the fifteenth trial: <cp>, Format Style, unsegmented targets")
struct Trial15XLIFFTests {
    static func read(_ name: String, details: inout XLIFFReadDetails) throws -> XLIFFDocument {
        try XLIFFReader.read(Data(contentsOf: TestSupport.interop("trial15/" + name)), file: name, details: &details)
    }

    @Test("<cp hex=\"000B\"/> is a line-break code in its place on both sides, its native text the <cp> itself")
    func codePointIsACode() throws {
        var details = XLIFFReadDetails()
        let document = try Self.read("okapi-x2-edge.xlf", details: &details)
        let segment = try #require(document.units.first { $0.id == "tu2" }?.segments.first)
        #expect(segment.source.plainText == "Press  to search the archive.")
        #expect(segment.target?.plainText == "Appuyez sur  pour chercher dans les archives.")
        let vt = try #require(segment.source.codes.last)
        #expect(vt == InlineCode(id: "cp000B", kind: .standalone, type: .lineBreak, attributes: ["markup": "<cp hex=\"000B\"/>"]))
        #expect(segment.target?.codes.last == vt)
    }

    @Test("every <cp> of a character XML cannot hold keeps its place, numbered; one XML can hold is text")
    func everyCodePoint() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="nl-BE">
             <file id="f1"><unit id="u1"><segment state="translated">
              <source xml:space="preserve">A<cp hex="B"/>b<cp hex="000b"/>c<cp hex="0001"/>d<cp hex="FFFF"/>e<cp hex="0009"/>f<cp hex="000C"/>g</source>
              <target xml:space="preserve">A<cp hex="000B"/>b<cp hex="000B"/>c<cp hex="0001"/>d<cp hex="FFFF"/>e<cp hex="0009"/>f<cp hex="000C"/>g</target>
             </segment></unit></file></xliff>
            """
        let document = try XLIFFReader.read(Data(xliff.utf8), file: "cp.xlf")
        let segment = try #require(document.units.first?.segments.first)
        #expect(segment.source.codes.map(\.id) == ["cp000B", "cp000B-2", "cp0001", "cpFFFF", "cp000C"])
        #expect(segment.source.codes.map(\.type) == [.lineBreak, .lineBreak, .other, .other, .lineBreak])
        #expect(segment.source.plainText == "A b cde\tf g")
        #expect(segment.target?.codes == segment.source.codes)
    }

    @Test("Format Style: fs:fs and fs:subFs give the code's HTML tag, type and attributes")
    func formatStyle() throws {
        var details = XLIFFReadDetails()
        let document = try Self.read("okapi-x2-fs.xlf", details: &details)
        let segment = try #require(document.units.first?.segments.first)
        #expect(segment.source.codes.map(\.type) == [.link, .link, .strong, .strong])
        #expect(segment.source.codes.first?.attributes == ["href": "mailto:suspicious@safeonweb.be"])
        #expect(segment.target?.codes.first?.attributes == ["href": "mailto:verdacht@safeonweb.be"])
        #expect(segment.source.codes[2].attributes["markup"] == "<b>" && segment.source.codes[3].attributes["markup"] == "</b>")
        #expect(FormatStyle.attributes(#"href,a\,b\\c\title,x"#).map { "\($0.0)=\($0.1)" } == [#"href=a,b\c"#, "title=x"])
        #expect(FormatStyle.native(element: "br", subFs: nil, kind: .standalone) == "<br/>")
        #expect(FormatStyle.native(element: "a b", subFs: nil, kind: .opening) == nil)
    }

    @Test("XLIFF 1.2: a target without the <seg-source>'s <mrk mtype=\"seg\"> is stored with its source as one unit, with a warning")
    func unsegmentedTarget() throws {
        var details = XLIFFReadDetails()
        let document = try Self.read("okapi-unsegmented-target.xlf", details: &details)
        let unit = try #require(document.units.first { $0.id == "tu2" })
        #expect(unit.segments.count == 1 && unit.segments[0].id == "0")
        #expect(unit.segments[0].source.plainText == "The reform starts on 1 September 2027. Pupils in the first grade get two extra hours of Dutch per week.")
        #expect(unit.segments[0].target?.plainText == "La réforme entre en vigueur le 1er septembre 2027. Les élèves du premier degré reçoivent deux heures de néerlandais en plus par semaine.")
        #expect(details.notes.contains { $0.line == 17 && $0.unit == "tu2" && !$0.skipped && $0.message.contains("not segmented as the <seg-source>") })
        // The segmented ones are read as before.
        #expect(document.units.first { $0.id == "tu1" }?.segments.map(\.id) == ["0"])
        #expect(document.units.first { $0.id == "tu1" }?.segments.first?.target?.plainText == "Réforme scolaire\u{A0}: ce qui change en septembre")
    }
}
