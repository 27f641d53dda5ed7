import Foundation
import Testing
import TaalgrensCore
@testable import Interchange

/// XLIFF 1.2 and 2.x files shaped as other tools write them (fixtures in `Tests/Fixtures/interop`, written
/// by hand from the tools' documented output and the XLIFF 1.2 / 2.1 standards): which units, segments,
/// targets, states and inline codes each import must give.
@Suite struct ToolXLIFFSamplesTests {
    static func read(_ name: String) throws -> XLIFFDocument {
        try XLIFFReader.read(Data(contentsOf: TestSupport.interop(name)), file: name)
    }

    @Test func tradosSDLXLIFFSegmentsByMrkWithConfirmationLevels() throws {
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Data(contentsOf: TestSupport.interop("trados-studio.sdlxliff.xlf")),
                                            file: "trados-studio.sdlxliff.xlf", details: &details)
        #expect(document.sourceLocale == "en-GB" && document.targetLocale == "nl-BE")
        #expect(document.original == "C:\\Nieuws\\brand-antwerpen.docx")
        // The translate="no" structure unit is left out, with a note (TRIAL5 item 16).
        #expect(document.units.map(\.id) == ["a1b2c3d4-0002", "a1b2c3d4-0003", "a1b2c3d4-0004"])
        #expect(details.notes.map(\.unit) == ["a1b2c3d4-0001"] && details.notes.first?.skipped == true)
        try #require(document.units.count == 3)
        let fire = document.units[0]
        #expect(fire.segments.map(\.id) == ["1", "2"])
        #expect(fire.segments[0].target?.plainText == "In Antwerpen brak vannacht brand uit.")
        #expect(fire.segments[0].target?.codes.map(\.kind) == [.opening, .closing])
        // sdl:seg conf: ApprovedSignOff → final, Draft → initial, Translated → translated, none → initial.
        #expect(fire.segments.map(\.state) == [.final, .initial])
        #expect(document.units[1].segments.map(\.state) == [.translated])
        // Track changes: deleted text is left out, added text kept.
        #expect(document.units[1].segments[0].target?.plainText == "De brandweer was erg snel ter plaatse.")
        #expect(document.units[2].segments[0].state == .initial)
        #expect(document.units[2].segments[0].target?.plainText ?? "" == "")
        // The Draft segment's state as Trados Studio words it.
        #expect(details.segment(unit: "a1b2c3d4-0002", segment: "2")?.state == "Trados Studio conf=\"Draft\"")
    }

    @Test func memoQStatusGivesTheState() throws {
        let document = try Self.read("memoq.mqxliff.xlf")
        #expect(document.sourceLocale == "en-GB" && document.targetLocale == "fr-BE")
        let states = document.units.map { $0.segments[0].state }
        // ManuallyConfirmed, PartiallyEdited, Proofread, NotStarted.
        #expect(states == [.translated, .initial, .reviewed, .initial])
        let codes = document.units[0].segments[0].target?.codes ?? []
        #expect(codes.map(\.kind) == [.opening, .closing] && codes.allSatisfy { $0.id == "1" })
        #expect(document.units[1].segments[0].target?.plainText == "Attendez-vous à des retards")
    }

    @Test func okapiInlineCodesAltTransAndStates() throws {
        let document = try Self.read("okapi-1.2-codes.xlf")
        let title = document.units[0].segments[0]
        // `stegen<x ctype="lb"/>fors.`: the line break is one space of plain text (RichText.plainText).
        #expect(title.target?.plainText == "Aandelen Bekaert stegen fors.")
        #expect(title.target?.codes.map(\.kind) == [.opening, .closing, .standalone])
        #expect(title.target?.codes[2].type == .lineBreak)
        #expect(title.state == .translated)
        #expect(title.matches.count == 1)
        #expect(title.matches.first?.similarity == 92 && title.matches.first?.origin == "beurs-tm.tmx")
        let index = document.units[1].segments[0]
        #expect(index.state == .initial)  // needs-review-translation: a draft, kept
        #expect(index.target?.plainText == "De index sloot op 4.012 punten.")
        // <ex/> has no ctype: it takes the type of the <bx/> it closes (rid).
        let codes = index.source.codes
        #expect(codes.prefix(2).map(\.type) == [.strong, .strong])
        #expect(codes.prefix(2).map(\.id) == ["1", "1"])
        // The translate="no" trans-unit (tu3) is left out (TRIAL5 item 16).
        #expect(document.units.map(\.id) == ["NFDBB2FA9-tu1", "NFDBB2FA9-tu2"])
    }

    @Test func translateToolkitApprovedAndFuzzy() throws {
        let document = try Self.read("po2xliff.xlf")
        #expect(document.units.map(\.id) == ["1", "2", "3", "4[0]", "4[1]"])
        #expect(document.units.map { $0.segments[0].state } == [.reviewed, .initial, .initial, .reviewed, .reviewed])
        #expect(document.units[2].segments[0].target == nil)
        #expect(document.units[4].segments[0].target?.plainText == "%d artikels")
    }

    @Test func omegaTSourceCopiesAreNotTranslations() throws {
        let document = try Self.read("omegat-1.2-untranslated.xlf")
        #expect(document.sourceLocale == "en" && document.targetLocale == "nl-BE")
        #expect(document.units[0].segments[0].target?.plainText == "Het festival opent vrijdag.")
        // state="needs-translation" with the source copied: no target.
        #expect(document.units[1].segments[0].target == nil)
        #expect(document.units[1].segments[0].state == .initial)
        let codes = document.units[2].segments[0].target?.codes ?? []
        #expect(codes.map(\.kind) == [.opening, .closing])
    }

    @Test func placeholderRuleKeepsDraftsAndRealCopies() {
        let source: RichText = "BEL20"
        #expect(XLIFF12Reader.dropPlaceholder(source, source: source, state: "needs-translation") == nil)
        #expect(XLIFF12Reader.dropPlaceholder(source, source: source, state: "new") == nil)
        #expect(XLIFF12Reader.dropPlaceholder(source, source: source, state: "translated") == source)
        #expect(XLIFF12Reader.dropPlaceholder(source, source: source, state: "needs-review-translation") == source)
        #expect(XLIFF12Reader.dropPlaceholder("Beurs", source: source, state: "needs-translation") == "Beurs")
    }

    @Test func okapiXLIFF2FilesGroupsIgnorablesAndCodes() throws {
        let document = try Self.read("okapi-2.0.xlf")
        #expect(document.sourceLocale == "en-GB" && document.targetLocale == "fr-BE")
        #expect(document.units.map(\.id) == ["tu1", "tu2", "tu3"])  // both <file>s, nested <group>s
        let tu1 = document.units[0]
        #expect(tu1.segments.map(\.id) == ["s1", "s2"])  // the <ignorable> is not a segment
        #expect(tu1.segments.map(\.state) == [.final, .translated])
        let chamber = try #require(tu1.segments[0].target)
        #expect(chamber.plainText == "La Chambre a voté.")
        #expect(chamber.codes.map(\.type) == [.link, .link])
        #expect(tu1.segments[1].target?.codes.first?.type == .lineBreak)
        let live = document.units[1].segments[0]
        #expect(live.state == .initial && live.target?.codes.map(\.kind) == [.opening, .closing])
        #expect(document.units[2].segments[0].target == nil)
    }

    @Test func matecatXLIFF21StatesAndWhiteSpace() throws {
        let document = try Self.read("matecat-2.1.xlf")
        #expect(document.sourceLocale == "en-US" && document.targetLocale == "nl-BE")
        #expect(document.units.map { $0.segments[0].id } == ["s1", "s1"])
        #expect(document.units[0].segments[0].state == .reviewed)
        #expect(document.units[0].segments[0].target?.codes.map(\.kind) == [.standalone])
        #expect(document.units[1].segments[0].source.plainText == "Unemployment stayed stable.")
    }

    @Test func twoLanguagePairsInOneXLIFF12AreAnError() throws {
        let data = Data("""
        <?xml version="1.0"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
         <file source-language="en" target-language="nl-BE" original="a.docx" datatype="plaintext"><body>
          <trans-unit id="1"><source>Yes</source><target>Ja</target></trans-unit></body></file>
         <file source-language="en" target-language="fr-BE" original="a.docx" datatype="plaintext"><body>
          <trans-unit id="1"><source>Yes</source><target>Oui</target></trans-unit></body></file>
        </xliff>
        """.utf8)
        let error = #expect(throws: InputError.self) { _ = try XLIFFReader.read(data, file: "pairs.xlf") }
        #expect(error?.line == 5)
        #expect(error?.message.contains("target-language fr-BE") == true)
        // The same pair written in another case is one pair.
        let same = Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "fr-BE", with: "NL-be").utf8)
        #expect(try XLIFFReader.read(same, file: "pairs.xlf").units.count == 2)
    }

    @Test func malformedXLIFFFromAToolNamesTheLine() throws {
        let badState = Data("""
        <?xml version="1.0"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="nl-BE">
         <file id="f1"><unit id="u1">
          <segment state="approved"><source>A</source><target>B</target></segment>
         </unit></file>
        </xliff>
        """.utf8)
        let state = #expect(throws: InputError.self) { _ = try XLIFFReader.read(badState, file: "bad-state.xlf") }
        #expect(state?.line == 4)
        #expect(state?.message.contains("initial, translated, reviewed, final") == true)

        let unclosed = Data("""
        <?xml version="1.0"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
         <file source-language="en" target-language="nl-BE" original="a" datatype="plaintext"><body>
          <trans-unit id="1"><source>A <g id="1">b</source></trans-unit>
         </body></file>
        </xliff>
        """.utf8)
        let xml = #expect(throws: InputError.self) { _ = try XLIFFReader.read(unclosed, file: "unclosed.xlf") }
        #expect(xml?.file == "unclosed.xlf")
        #expect(xml?.line == 4)
        #expect(xml?.column != nil)
    }
}
