import Foundation
import Testing
import TaalgrensCore
@testable import Interchange

/// Known issue of the eleventh trial: OmegaT's level-2 TMX writes its short tags as the native text of
/// real codes (`<bpt i="0" x="0">&lt;b0&gt;</bpt>`), and these were stored as `other`, so an article's
/// bold or link never matched them. The shortcut letters now give the type, as they do for the same
/// tags written as text in `project_save.tmx`.
@Suite struct OmegaTLevel2Tests {
    static let level2 = TestSupport.interop("omegat13/flooding-level2.tmx")
    static let projectSave = TestSupport.interop("omegat13/flooding-project_save.tmx")

    static func units(_ url: URL) throws -> [TranslationUnit] {
        try TMXReader.read(data: Data(contentsOf: url), file: url.lastPathComponent).units
    }

    @Test("each shortcut letter of a level-2 code gives its type; f, s and a letter of the wrong kind stay other")
    func types() throws {
        let units = try Self.units(Self.level2)
        #expect(units.count == 4)
        let types = units.map { $0.variant(for: "en-GB")?.content.codes.map(\.type) ?? [] }
        #expect(types == [
            [.strong, .strong, .emphasis, .emphasis],
            [.link, .link, .lineBreak],
            [.underline, .underline, .image, .other, .other],
            [.other, .other, .emphasis, .emphasis],
        ])
        let nl = try #require(units[2].variant(for: "nl-BE"))
        #expect(nl.content.codes.map(\.type) == [.other, .other, .underline, .underline, .image])
        #expect(nl.content.codes.map(\.id) == ["2", "2", "0", "0", "1"])
    }

    @Test("the level-2 file and OmegaT's project_save.tmx of the same project give the same content")
    func sameAsProjectSave() throws {
        let level2 = try Self.units(Self.level2), save = try Self.units(Self.projectSave)
        #expect(level2.count == save.count)
        for (a, b) in zip(level2, save) {
            for locale: LanguageTag in ["en-GB", "nl-BE"] {
                #expect(a.variant(for: locale)?.content == b.variant(for: locale)?.content)
            }
        }
    }

    @Test("exported as TMX, each code keeps OmegaT's tag as its native text and reads back equal")
    func exportKeepsTheTags() throws {
        let units = try Self.units(Self.level2)
        let data = TMXWriter.data(for: units)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"<bpt i="1" x="0" type="bold">&lt;b0&gt;</bpt>Yser<ept i="1">&lt;/b0&gt;</ept>"#), "\(text)")
        #expect(text.contains(#"<ph x="1" type="lb">&lt;br1/&gt;</ph>"#), "\(text)")
        #expect(text.contains(#"&lt;f2&gt;</bpt>Tuesday"#), "\(text)")
        #expect(try TMXReader.read(data: data, file: "again.tmx").units.map(\.variants) == units.map(\.variants))
    }

    @Test("a native text that is not exactly one short tag of the element's kind keeps the type other", arguments: [
        #"<bpt i="0" x="0">&lt;b0 class="x"&gt;</bpt>Yser<ept i="0">&lt;/b0&gt;</ept>"#,
        #"<ph x="0">&lt;b0&gt;</ph>Yser<ph x="1">&lt;/b0&gt;</ph>"#,
        #"<bpt i="0" x="0">&lt;b0&gt;&lt;i1&gt;</bpt>Yser<ept i="0">&lt;/i1&gt;&lt;/b0&gt;</ept>"#,
        #"<bpt i="0" x="0">&lt;b0/&gt;</bpt>Yser<ept i="0">&lt;/b&gt;</ept>"#,
    ])
    func notShortTags(seg: String) throws {
        let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0.1" segtype="sentence" srclang="en-GB"/>
        <body><tu><tuv xml:lang="en-GB"><seg>The \(seg) flooded.</seg></tuv><tuv xml:lang="nl-BE"><seg>De IJzer trad buiten haar oevers.</seg></tuv></tu></body></tmx>
        """
        let unit = try #require(try TMXReader.read(data: Data(tmx.utf8), file: "x.tmx").units.first)
        let codes = try #require(unit.variant(for: "en-GB")).content.codes
        #expect(codes.count == 2)
        #expect(codes.allSatisfy { $0.type == .other }, "\(codes)")
    }

    @Test("XLIFF 1.2 codes holding OmegaT's short tags take the same types")
    func xliff12() throws {
        let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
         <file original="flooding.html" source-language="en-GB" target-language="nl-BE" datatype="html">
          <body>
           <trans-unit id="1">
            <source>The <bpt id="0">&lt;b0&gt;</bpt>Yser<ept id="0">&lt;/b0&gt;</ept> rose<ph id="1">&lt;br1/&gt;</ph>again.</source>
            <target state="translated">De <bpt id="0">&lt;b0&gt;</bpt>IJzer<ept id="0">&lt;/b0&gt;</ept> steeg<ph id="1">&lt;br1/&gt;</ph>opnieuw.</target>
           </trans-unit>
          </body>
         </file>
        </xliff>
        """
        let document = try XLIFFReader.read(Data(xliff.utf8), file: "flooding.xlf")
        let segment = try #require(document.units.first?.segments.first)
        #expect(segment.source.codes.map(\.type) == [.strong, .strong, .lineBreak])
        #expect(segment.target?.codes.map(\.type) == [.strong, .strong, .lineBreak])
    }
}
