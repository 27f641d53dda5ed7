import Foundation
import Testing
import TaalgrensCore
import Interchange

/// Classes of input found in the third round of real files (REALFILES9). Fixtures in
/// `Tests/Fixtures/interop/realfiles9/`: the tools' structure, our own sentences.
@Suite struct RealFileClasses9Tests {
    private static func data(_ name: String) throws -> Data {
        try Data(contentsOf: TestSupport.interop("realfiles9/" + name))
    }

    @Test("XLIFF 2.2 (core namespace urn:oasis:names:tc:xliff:document:2.2) reads like 2.1: segments, states, notes, modules")
    func xliff22() throws {
        var details = XLIFFReadDetails()
        // Before: "unsupported XLIFF namespace urn:oasis:names:tc:xliff:document:2.2 (expected XLIFF 2.0/2.1 or 1.2)".
        let document = try XLIFFReader.read(Self.data("xliff22-ctr-matches.xlf"), file: "tram.xlf", details: &details)
        #expect(document.sourceLocale.identifier == "en" && document.targetLocale.identifier == "nl-BE")
        let unit = try #require(document.units.first)
        #expect(document.units.count == 1)
        #expect(unit.segments.map(\.source.plainText) == ["The tram to the station runs again on Monday.", "Works on the bridge are finished."])
        // The unit's own targets, never the candidate's (mtc:match) nor the change-tracking history.
        #expect(unit.segments.map { $0.target?.plainText } == ["De tram naar het station rijdt maandag opnieuw.", "De werken aan de brug zijn klaar."])
        #expect(unit.segments.map(\.state) == [.reviewed, .translated])
        #expect(unit.notes == ["Line 4 is meant."])
        let match = try #require(unit.segments[0].matches.first)
        #expect(match.target.plainText == "De tram naar het station rijdt opnieuw.")
        #expect(match.matchQuality == 84)
    }

    @Test("the XLIFF 2.2 namespace with a version of another generation is refused with the line and the versions expected")
    func xliff22WrongVersion() throws {
        let text = """
        <?xml version="1.0"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.2" version="1.2" srcLang="en" trgLang="fr-BE">
        <file id="f"><unit id="u"><segment><source>Rain.</source><target>Pluie.</target></segment></unit></file></xliff>
        """
        var details = XLIFFReadDetails()
        let error = try #require(throws: InputError.self) { try XLIFFReader.read(Data(text.utf8), file: "v.xlf", details: &details) }
        #expect(error.line == 2)
        #expect(error.message.contains("'1.2'") && error.message.contains("2.2"))
    }

    @Test("Angular xlf2 without original data: the disp, dispStart and dispEnd texts are the codes' native text")
    func angularDisplayTexts() throws {
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Self.data("angular-disp.xlf"), file: "messages.nl-BE.xlf", details: &details)
        let segment = try #require(document.units.first?.segments.first)
        // Before: codes without text (`<ph x="1"></ph>`, `<bpt></bpt>` in a TMX export).
        #expect(segment.source.codes.map { $0.attributes["markup"] } == ["{{ readers }}", "<b>", "</b>"])
        #expect(segment.source.codes.map(\.kind) == [.standalone, .opening, .closing])
        #expect(segment.target?.codes.map { $0.attributes["markup"] } == ["{{ readers }}", "<b>", "</b>"])
        #expect(segment.source.plainText == " readers followed the live blog.")
    }

    @Test("Angular xlf 1.2: an <x> with only equiv-text keeps that text as its native text")
    func angularEquivText() throws {
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Self.data("angular-equiv-text.xlf"), file: "messages.fr-BE.xlf", details: &details)
        let segment = try #require(document.units.first?.segments.first)
        #expect(segment.source.codes.map { $0.attributes["markup"] } == ["{{ readers }}"])
        #expect(segment.target?.codes.map { $0.attributes["markup"] } == ["{{ readers }}"])
        #expect(segment.target?.plainText == " lecteurs ont suivi le direct.")
    }
}

