import Foundation
import Testing
import TaalgrensCore
@testable import Interchange

/// Session 18's leftover (interop18): Drupal's TMGMT numbers every `<bpt>`/`<ept>` of a field in turn and
/// writes no `rid`, so the `<strong>` inside a list item was an opening `11` and a closing `12`: two unpaired
/// codes, written to TMX as two `<it>`s. The kind: an XLIFF 1.2 `<bpt>`/`<ept>` whose ids differ, with
/// native HTML tags; they pair by the element their native text names.
@Suite("XLIFF 1.2: <bpt>/<ept> of different ids and no rid pair by their element")
struct UnpairedNativeCodesTests {
    static func segments(_ name: String) throws -> [XLIFFSegment] {
        try XLIFFReader.read(Data(contentsOf: TestSupport.interop(name)), file: name).units.flatMap(\.segments)
    }

    @Test("TMGMT's body field: every closing takes its opening's id, in source and target alike")
    func tmgmtBody() throws {
        let body = try #require(try Self.segments("blocks18/tmgmt-job-7.xlf").first { $0.source.plainText.contains("puzzles") })
        for text in [body.source, try #require(body.target)] {
            let codes = text.codes
            // Each opening id is closed once, by the code that closes its element.
            let openings = codes.filter { $0.kind == .opening }
            let closings = codes.filter { $0.kind == .closing }
            #expect(openings.count == 8 && closings.count == 8)
            #expect(Set(openings.map(\.id)) == Set(closings.map(\.id)))
            let strong = try #require(openings.first { $0.type == .strong })
            #expect(strong.id == "11")
            #expect(closings.first { $0.type == .strong }?.id == "11")
            // The nested list: <ul> 7 … <li> 8 … </li> 8, <li> 10 … </li> 10, </ul> 7.
            let listIDs = codes.filter { ["<ul>", "</ul>", "<li>", "</li>"].contains(NativeMarkup.text(for: $0)) }.map(\.id)
            #expect(listIDs == ["7", "8", "8", "10", "10", "7"])
        }
    }

    @Test("a TMX export of the paired unit writes <bpt>/<ept>, not <it>")
    func tmxExport() throws {
        let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
         <file original="job.xlf" source-language="en" target-language="nl-BE" datatype="plaintext"><body>
          <trans-unit id="1"><source>Games, but not <bpt id="11">&lt;strong&gt;</bpt>puzzles<ept id="12">&lt;/strong&gt;</ept>.</source>
           <target>Spellen, maar geen <bpt id="11">&lt;strong&gt;</bpt>puzzels<ept id="12">&lt;/strong&gt;</ept>.</target></trans-unit>
         </body></file></xliff>
        """
        let segment = try #require(try XLIFFReader.read(Data(xliff.utf8), file: "job.xlf").units.first?.segments.first)
        let unit = TranslationUnit(id: "1", variants: [Variant(locale: "en", content: segment.source),
                                                      Variant(locale: "nl-BE", content: try #require(segment.target))])
        let tmx = String(decoding: TMXWriter.data(for: [unit]), as: UTF8.self)
        #expect(!tmx.contains("<it"), "\(tmx)")
        #expect(tmx.contains("<bpt i=\"1\""), "\(tmx)")
        #expect(tmx.contains("<ept i=\"1\">"), "\(tmx)")
    }

    @Test("codes that are paired already, a closing with no opening of its element, and a self-closing tag stay as they are")
    func leftAlone() {
        let native = { (id: String, kind: InlineCode.Kind, text: String) in
            InlineElement.code(NativeMarkup.code(id: id, kind: kind, type: nil, native: text))
        }
        let paired: [InlineElement] = [native("1", .opening, "<b>"), .text("a"), native("1", .closing, "</b>")]
        #expect(NativeMarkup.pairingByElement(paired) == paired)
        let stray: [InlineElement] = [native("1", .opening, "<i>"), .text("a"), native("2", .closing, "</b>"),
                                      native("3", .opening, "<br/>"), native("4", .closing, "</br>")]
        #expect(NativeMarkup.pairingByElement(stray) == stray)
    }
}
