import Foundation
import Testing
import TaalgrensCore
@testable import Interchange

/// Trial 4, item 7: OmegaT's `project_save.tmx` keeps its short tags as text (`&lt;b0&gt;…&lt;/b0&gt;`,
/// `&lt;x1/&gt;`). They are inline codes, paired or standalone, in a TMX whose header names OmegaT, and
/// only in their exact shape.
@Suite struct OmegaTTagsTests {
    private static func omegaT(_ segEN: String, _ segNL: String, tool: String = "OmegaT") throws -> TranslationUnit {
        let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.1"><header creationtool="\(tool)" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0.0" segtype="sentence" srclang="EN-GB"/>
        <body><tu><tuv lang="EN-GB"><seg>\(segEN)</seg></tuv><tuv lang="NL-BE"><seg>\(segNL)</seg></tuv></tu></body></tmx>
        """
        return try #require(try TMXReader.read(data: Data(tmx.utf8), file: "project_save.tmx").units.first)
    }

    @Test("the trial's project_save.tmx: <b0>…</b0> is a pair of codes around the words, ids shared by both languages")
    func trialFile() throws {
        let units = try TMXReader.read(data: Data(contentsOf: TestSupport.interop("trial4-omegat-project_save.tmx")), file: "project_save.tmx").units
        let week = try #require(units.first { $0.variant(for: "en")?.text == "Workers can ask for a four-day week." })
        let en = try #require(week.variant(for: "en"))
        #expect(en.content.elements == [
            .text("Workers can ask for a "),
            .code(en.content.codes[0]), .text("four-day week"), .code(en.content.codes[1]), .text("."),
        ])
        #expect(en.content.codes.map(\.kind) == [.opening, .closing])
        #expect(en.content.codes.map(\.id) == ["0", "0"])
        #expect(en.content.codes.map(\.type) == [.strong, .strong])
        #expect(en.content.codes.map { NativeMarkup.text(for: $0) } == ["<b0>", "</b0>"])
        let nl = try #require(week.variant(for: "nl-BE"))
        #expect(nl.text == "Werknemers kunnen een vierdagenweek aanvragen.")
        #expect(nl.content.codes.map(\.id) == ["0", "0"])
    }

    @Test("standalone <x1/>, other letters, and a tag whose partner is in another segment")
    func shapes() throws {
        let unit = try Self.omegaT("See the chart&lt;x1/&gt; on &lt;a2&gt;page 4&lt;/a2&gt; &lt;g3&gt;now",
                                   "Zie de grafiek&lt;x1/&gt; op &lt;a2&gt;blz. 4&lt;/a2&gt; &lt;g3&gt;nu")
        let en = try #require(unit.variant(for: "en-GB"))
        #expect(en.text == "See the chart on page 4 now")
        #expect(en.content.codes.map(\.kind) == [.standalone, .opening, .closing, .opening])
        #expect(en.content.codes.map(\.id) == ["1", "2", "2", "3"])
        #expect(en.content.codes.map(\.type) == [.other, .link, .link, .other])
    }

    @Test("text that merely contains < stays text", arguments: [
        "a &lt; b and c &gt; d", "&lt;b&gt;bold&lt;/b&gt;", "&lt;b0 class=\"x\"&gt;", "&lt;0b&gt;", "&lt;/x1/&gt;", "&lt;b0", "x &lt;&lt;b&gt;&gt;",
    ])
    func notTags(text: String) throws {
        let unit = try Self.omegaT(text, "tekst")
        let en = try #require(unit.variant(for: "en-GB"))
        #expect(en.content.codes.isEmpty, "\(en.content.elements)")
        #expect(en.content.isPlain)
    }

    @Test("another tool's TMX keeps <b0> as text (only OmegaT writes its tags so)")
    func otherTool() throws {
        let unit = try Self.omegaT("Ask for a &lt;b0&gt;four-day week&lt;/b0&gt;.", "Vraag een &lt;b0&gt;vierdagenweek&lt;/b0&gt;.", tool: "MateCat")
        #expect(unit.variant(for: "en-GB")?.text == "Ask for a <b0>four-day week</b0>.")
    }

    @Test("exported as TMX, the tags come back as the same codes, and the file validates")
    func roundTrip() throws {
        let units = try TMXReader.read(data: Data(contentsOf: TestSupport.interop("trial4-omegat-project_save.tmx")), file: "project_save.tmx").units
        let data = TMXWriter.data(for: units)
        #expect(String(decoding: data, as: UTF8.self).contains("<bpt i=\"1\" x=\"0\" type=\"bold\">&lt;b0&gt;</bpt>four-day week<ept i=\"1\">&lt;/b0&gt;</ept>"))
        #expect(try TMXReader.read(data: data, file: "again.tmx").units == units)
        if let xmllint = TestSupport.xmllint(), let dtd = TestSupport.schema("tmx/tmx14.dtd") {
            #expect(try TestSupport.validate(data, xmllint: xmllint, dtd: dtd) == nil)
        }
    }
}
