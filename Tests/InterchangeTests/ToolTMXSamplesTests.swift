import Foundation
import Testing
import TaalgrensCore
@testable import Interchange

/// TMX files shaped as other tools write them (fixtures in `Tests/Fixtures/interop`, written by hand from
/// the tools' documented output and TMX 1.4b): what each import must give.
@Suite struct ToolTMXSamplesTests {
    static func read(_ name: String) throws -> (units: [TranslationUnit], report: TMXReadReport) {
        let reader = try TMXReader(contentsOf: TestSupport.interop(name))
        var units: [TranslationUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        return (units, reader.report)
    }

    static func text(_ unit: TranslationUnit, _ locale: LanguageTag) -> String? {
        unit.variants.first { $0.locale == locale }?.text
    }

    @Test func tradosStudioKeepsPropsDatesAndEmptyPairedCodes() throws {
        let (units, report) = try Self.read("trados-studio.tmx")
        #expect(units.count == 3)
        #expect(report.imported == 3 && report.skipped == 0)
        let first = try #require(units.first)
        #expect(first.variants.map(\.locale) == ["en-GB", "nl-BE"])
        #expect(Self.text(first, "nl-BE") == "De wedstrijd in Gent eindigde gelijk.")
        // <bpt i="1" type="1" x="1"/> … <ept i="1"/>: a pair with Trados's numeric type kept as tmx-type.
        let codes = first.variants[1].content.codes
        #expect(codes.map(\.kind) == [.opening, .closing])
        #expect(codes.map(\.id) == ["1", "1"])
        #expect(codes[0].attributes["tmx-type"] == "1")
        #expect(first.properties["x-ConfirmationLevel"] == "ApprovedSignOff")
        #expect(first.properties["en-GB:x-Context"] == "1822843961, 0")
        #expect(first.created == TMXDate.parse("20240311T090102Z"))
        #expect(first.changed == TMXDate.parse("20240312T101500Z"))
        // <ut> (unknown native code) keeps its RTF text and element.
        let ut = units[2].variants[0].content.codes
        #expect(ut.count == 2 && ut.allSatisfy { $0.kind == .standalone && $0.attributes["tmx-element"] == "ut" })
        #expect(units[2].variants[0].text == "Press Enter to continue.")
    }

    @Test func memoQUpperCaseLanguagesAndContextProps() throws {
        let (units, _) = try Self.read("memoq.tmx")
        #expect(units.count == 2)
        #expect(units[0].variants.map(\.locale) == ["en-GB", "nl-BE"])
        #expect(units[1].variants.map(\.locale) == ["en-GB", "fr-BE"])
        // x-context-pre / x-context-post are the source variant's context; the props stay, so a TMX export
        // writes them back as memoQ wrote them (eleventh trial, finding 7).
        let source0 = units[0].variants[0]
        #expect(source0.previous == nil)
        #expect(source0.next == "The wind reached 110 km/h.")
        #expect(units[0].properties["x-context-post"] == "The wind reached 110 km/h.")
        #expect(units[0].properties["client"] == "De Krant")
        #expect(units[1].variants[0].previous == "A storm hit the coast on Monday.")
        #expect(units[1].variants[1].previous == nil)
    }

    @Test func omegaTDoctypeNotesAndTuvDates() throws {
        let (units, report) = try Self.read("omegat.tmx")
        #expect(units.count == 2 && report.skipped == 0)
        #expect(units[0].variants.map(\.locale) == ["en", "nl-BE"])
        #expect(units[0].variants[1].text == "De gemeenteraad stemde dinsdag.")
        #expect(units[0].variants[1].content.codes.map(\.id) == ["0", "1"])
        #expect(units[0].created == TMXDate.parse("20240117T093015Z"))
        #expect(units[1].properties["file"] == "artikels/raad.odt")
        #expect(units[1].notes == ["Formeler in dit artikel."])
    }

    @Test func okapiPairedIsolatedAndSubCodes() throws {
        let (units, _) = try Self.read("okapi-rainbow.tmx")
        #expect(units.map(\.id) == ["artikel.html_tu3", "artikel.html_tu4"])
        let fr = units[0].variants.first { $0.locale == "fr-BE" }!
        #expect(fr.text == "Le rapport a été publié aujourd'hui.")
        #expect(fr.content.codes.map(\.kind) == [.opening, .closing, .opening])
        #expect(fr.content.codes[0].type == .link)
        #expect(fr.content.codes[2].id == "2")
        // <sub> text inside <bpt> is kept with the code, not in the segment text.
        let en = units[1].variants[0]
        #expect(en.text == "See the map.")
        #expect(en.content.codes[0].attributes["tmx-inner"]?.contains("<sub>Map of Brussels</sub>") == true)
    }

    @Test func wordfastPhraseMatecatAndPo2tmx() throws {
        let wordfast = try Self.read("wordfast-pro.tmx").units
        #expect(wordfast.count == 1 && wordfast[0].variants[1].text == "Het is druk op de E40.")
        // Phrase writes fr_BE: read as fr-BE; a three-language unit stays one unit.
        let phrase = try Self.read("phrase-memsource.tmx").units
        #expect(phrase.count == 1)
        #expect(phrase[0].variants.map(\.locale) == ["en", "fr-BE", "nl-BE"])
        #expect(phrase[0].changed == TMXDate.parse("20240221T111111Z"))
        // MateCat escapes its own tags as text: they are text in TMX, and stay text.
        let matecat = try Self.read("matecat.tmx").units
        #expect(matecat.map(\.id) == ["8841203"])
        #expect(matecat[0].variants[1].text == "<g id=\"1\">Doelpunt</g> in de 89e minuut.")
        // po2tmx puts <note> after the <tuv>s.
        let po = try Self.read("po2tmx.tmx").units
        #expect(po.map(\.notes) == [["menu.weather"], ["Plural form 1"]])
    }

    @Test func legacyTMX11WithLangAndLatin1() throws {
        let (units, _) = try Self.read("tmx11-legacy.tmx")
        #expect(units.count == 1)
        #expect(units[0].variants.map(\.locale) == ["en-US", "fr-BE"])
        #expect(units[0].variants[1].text == "Le pain coûte trois euros.")
    }

    @Test func utf16CRLFIndentedSegmentsAreTrimmedButPreservedSpaceStays() throws {
        let (units, _) = try Self.read("microsoft-utf16le-crlf.tmx")
        #expect(units.count == 3)
        #expect(units[0].variants.map(\.text) == ["Schools reopen on Monday.", "De scholen gaan maandag weer open."])
        #expect(units[1].variants.map(\.text) == ["  Indented quote.", "  Ingesprongen citaat."])
        // A trailing space without a line break is content, not indentation.
        #expect(units[2].variants.map(\.text) == ["Price: 5 euro ", "Prijs: 5 euro "])
    }

    @Test func emptyMissingAndSingleLanguageVariants() throws {
        let (units, report) = try Self.read("edge-cases.tmx")
        #expect(units.map(\.id) == ["three-languages", "sub-in-bpt", "hi"])
        #expect(report.read == 6 && report.skipped == 3)
        #expect(report.counts[.emptySegment] == 2)
        #expect(report.counts[.fewerThanTwoLanguages] == 3)
        #expect(units[0].variants.count == 3)
        let hi = units[2].variants[0].content.codes
        #expect(hi.map(\.kind) == [.opening, .closing] && hi[0].attributes["tmx-type"] == "x-term")
    }

    @Test func indentationTrimOnlyTouchesRunsWithLineBreaks() {
        let trimmed = TMXReader.trimmingIndentation([.text("\n   A "), .code(InlineCode(id: "1", kind: .standalone, type: .lineBreak)), .text(" b\r\n  ")])
        #expect(trimmed == [.text("A "), .code(InlineCode(id: "1", kind: .standalone, type: .lineBreak)), .text(" b")])
        #expect(TMXReader.trimmingIndentation([.text(" a ")]) == [.text(" a ")])
        #expect(TMXReader.trimmingIndentation([.text("\n  ")]) == [])
    }

    @Test func utf8BytesLabelledUTF16AreReadAsUTF8() throws {
        // .NET exporters write encoding="utf-16" into UTF-8 files; the bytes decide (XML 1.0 Appendix F).
        let (units, _) = try Self.read("dotnet-utf8-labelled-utf16.tmx")
        #expect(units.map(\.id) == ["weer-1"])
        #expect(units.first?.variants.map(\.text) == ["Tomorrow: sunny, 21 °C.", "Demain : ensoleillé, 21 °C."])
        // The same from memory, without the byte-order mark.
        var data = try Data(contentsOf: TestSupport.interop("dotnet-utf8-labelled-utf16.tmx"))
        data.removeFirst(3)
        #expect(try TMXReader.read(data: data, file: "m.tmx").units.count == 1)
        // A real UTF-16 file keeps working.
        let utf16 = Data([0xFF, 0xFE]) + String(decoding: data, as: UTF8.self).data(using: .utf16LittleEndian)!
        #expect(try TMXReader.read(data: utf16, file: "u.tmx").units.first?.variants.first?.text == "Tomorrow: sunny, 21 °C.")
    }

    @Test func version14bIsTMX14ButOtherVersionsAreNot() throws {
        func document(_ version: String) -> Data {
            Data(#"<tmx version="\#(version)"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Yes</seg></tuv><tuv xml:lang="nl-BE"><seg>Ja</seg></tuv></tu></body></tmx>"#.utf8)
        }
        #expect(try TMXReader.read(data: document("1.4b"), file: "b.tmx").units.count == 1)
        let error = #expect(throws: InputError.self) { _ = try TMXReader.read(data: document("2.0"), file: "v2.tmx") }
        #expect(error?.message.contains("unsupported TMX version 2.0") == true)
        #expect(error?.line == 1)
    }

    @Test func malformedTMXFromAToolNamesLineAndColumn() throws {
        let data = Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header srclang="en"/><body>
        <tu><tuv xml:lang="en"><seg>One</seg></tuv>
        <tuv xml:lang="nl-BE"><seg>Een</tuv></tu>
        </body></tmx>
        """.utf8)
        let error = #expect(throws: InputError.self) { _ = try TMXReader.read(data: data, file: "broken.tmx") }
        #expect(error?.file == "broken.tmx")
        #expect(error?.line == 4)
        #expect(error?.column != nil)
    }
}
