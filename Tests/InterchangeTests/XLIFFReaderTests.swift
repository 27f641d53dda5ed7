import Foundation
import Interchange
import TaalgrensCore
import Testing

@Suite("XLIFF readers: returned files and other tools' shapes")
struct XLIFFReaderTests {
    private func read(_ fixture: String) throws -> XLIFFDocument {
        try XLIFFReader.read(TestSupport.fixtureData(fixture), file: fixture)
    }

    private func segment(_ doc: XLIFFDocument, _ unit: String, _ segment: String) throws -> XLIFFSegment {
        try #require(doc.unit(id: unit)?.segment(id: segment), "no \(unit)/\(segment)")
    }

    @Test("a translator's filled-in XLIFF 2.1 returns its targets and states, with no discrepancy")
    func filled21() throws {
        let returned = try read("returned-2.1-filled.xlf")
        let exported = SampleDocuments.forTranslator
        #expect(exported.compare(returned: returned) == [])
        for (key, target) in SampleDocuments.frenchTargets {
            let parts = key.split(separator: "/").map(String.init)
            #expect(try segment(returned, parts[0], parts[1]).target == target, "\(key)")
        }
        #expect(try segment(returned, "u1", "s1").state == .final)
        #expect(try segment(returned, "u2", "s1").state == .translated)
        #expect(try segment(returned, "u2", "s2").state == .reviewed)
        #expect(try segment(returned, "u3", "s1").state == .initial)
        #expect(returned.unit(id: "u2")?.kind == "paragraph")
        // The sources are exactly what was exported.
        for unit in exported.units {
            for s in unit.segments { #expect(try segment(returned, unit.id, s.id).source == s.source) }
        }
    }

    @Test("a returned file with problems is reported unit by unit and segment by segment")
    func problems() throws {
        let found = SampleDocuments.forTranslator.compare(returned: try read("returned-2.1-problems.xlf"))
        #expect(found.map(\.kind) == [.missingUnit, .changedSource, .brokenInlineCodes, .brokenInlineCodes, .unexpectedSegment, .unexpectedUnit])
        #expect(found.map { [$0.unit ?? "-", $0.segment ?? "-"] } == [["u1", "-"], ["u2", "s1"], ["u2", "s2"], ["u3", "s1"], ["u3", "s2"], ["u9", "-"]])
        #expect(found[1].message == "the source was changed: expected «Read the new report on online safety.», found «Read the new report about online safety.»")
        #expect(found[2].message == "the target's inline codes do not match the source: missing end of 2")
        #expect(found[3].message == "the target's inline codes do not match the source: unexpected or repeated 3")
    }

    @Test("a closing code moved before its opening, a changed code, and another target language are reported")
    func orderAndLanguage() throws {
        var returned = SampleDocuments.forTranslator
        returned.targetLocale = "nl-BE"
        returned.units[1].segments[0].target = RichText([.text("Lisez le rapport sur la sécurité."),
                                                         SampleDocuments.code("1", .opening, .emphasis), SampleDocuments.code("1", .closing, .emphasis)])
        returned.units[1].segments[1].target = RichText([SampleDocuments.link("2", .closing), .text("Il traite du grooming."),
                                                         SampleDocuments.link("2", .opening)])
        returned.units[2].segments[0].source = RichText([.text("Call 116 000."), SampleDocuments.code("4", .standalone, .lineBreak)])
        let found = SampleDocuments.forTranslator.compare(returned: returned)
        #expect(found.map(\.kind) == [.languageChanged, .brokenInlineCodes, .brokenInlineCodes, .brokenInlineCodes, .changedSource])
        #expect(found.map(\.description) == [
            "the target language is nl-BE, expected fr-BE",
            "u2/s1: the target's inline codes do not match the source: missing start of 2",
            "u2/s2: the target's inline codes do not match the source: unexpected or repeated start of 2",
            "u2/s2: the inline code 2 closes before it opens",
            "u3/s1: the source's inline codes were changed: expected 3, found 4",
        ])
    }

    @Test("OmegaT's XLIFF 1.2 output of our export: targets, states, a needs-translation copy of the source is no target")
    func omegat12() throws {
        let returned = try read("returned-omegat-1.2.xlf")
        #expect(SampleDocuments.forTranslator.compare(returned: returned) == [])
        #expect(try segment(returned, "u1", "s1").target == SampleDocuments.frenchTargets["u1/s1"])
        #expect(try segment(returned, "u2", "s1").target == SampleDocuments.frenchTargets["u2/s1"])
        #expect(try segment(returned, "u2", "s2").target == SampleDocuments.frenchTargets["u2/s2"])
        #expect(try segment(returned, "u2", "s1").state == .translated)
        #expect(try segment(returned, "u2", "s2").state == .reviewed)  // translated + approved="yes"
        #expect(try segment(returned, "u3", "s1").state == .initial)
        // The copy of the source OmegaT writes for an untranslated segment is not a translation: importing it
        // would put English text in the French side of the memory.
        // `<x ctype="lb"/>` closes the segment: a line break, one space of plain text (RichText.plainText).
        #expect(try segment(returned, "u3", "s1").source.plainText == "Call 116 000. ")
        #expect(try segment(returned, "u3", "s1").source.codes.map(\.type) == [.lineBreak])
        #expect(try segment(returned, "u3", "s1").target == nil)
        #expect(returned.targetLocale == "fr-BE" && returned.original == "helplines/en.md")
    }

    @Test("Okapi Tikal's XLIFF 1.2: seg-source segments by mid, native bpt/ept/ph codes, alt-trans by mid, no state means translated")
    func okapi12() throws {
        let doc = try read("okapi-tikal-1.2.xlf")
        #expect(doc.units.map(\.id) == ["tu1", "tu2", "tu3"])
        #expect(doc.units.map(\.kind) == ["h1", "p", "p"])
        #expect(doc.sourceLocale == "en" && doc.targetLocale == "nl-BE")
        let title = try segment(doc, "tu1", "0")
        #expect(title.target == "Dag van het Veilig Internet")
        #expect(title.state == .translated)
        #expect(title.matches.count == 1)
        #expect(title.matches.first?.similarity == 100)
        #expect(title.matches.first?.origin == "project-tm")
        #expect(title.matches.first?.metadata == ["matchType": "EXACT"])
        let bold = RichText([.text("Call "), SampleDocuments.code("1", .opening, .strong, ["markup": "<b>"]), .text("116 000"),
                             SampleDocuments.code("1", .closing, .strong, ["markup": "</b>"]), .text(".")])
        #expect(try segment(doc, "tu2", "0").source == bold)
        #expect(try segment(doc, "tu2", "0").target?.plainText == "Bel 116 000.")
        let help = try segment(doc, "tu2", "1")
        #expect(help.source == "Help is there.")
        #expect(help.target == "Er is hulp.")
        #expect(help.matches.map(\.similarity) == [86])
        #expect(help.matches.first?.source == "Help is here.")
        #expect(try segment(doc, "tu2", "0").matches.isEmpty)
        let image = try segment(doc, "tu3", "0")
        #expect(image.source == RichText([.text("See "), SampleDocuments.code("1", .standalone, .image, ["src": "logo.png"]), .text(" for details.")]))
        #expect(image.target == nil && image.state == .initial)
    }

    @Test("Okapi's XLIFF 2.0: groups, typeless codes from originalData, ignorables left out, annotations dropped, default white space normalised")
    func okapi20() throws {
        let doc = try read("okapi-2.0.xlf")
        #expect(doc.units.map(\.id) == ["tu1", "tu2"])
        let call = try segment(doc, "tu1", "s1")
        #expect(call.target == RichText([.text("Appelez le "), SampleDocuments.code("1", .opening, .strong, ["markup": "<b>"]), .text("116 000"),
                                         SampleDocuments.code("1", .closing, .strong, ["markup": "</b>"]), .text(".")]))
        #expect(call.state == .translated)
        let help = try segment(doc, "tu1", "s2")
        #expect(help.source == RichText([.text("Help is there."), SampleDocuments.code("2", .standalone, .lineBreak)]))
        #expect(help.target?.plainText == "Il y a de l’aide. ")  // the trailing line break is a space
        #expect(help.state == .initial)
        #expect(try segment(doc, "tu2", "s1").source == "Spread over lines")
    }

    @Test("not XLIFF, a missing target language, an unknown state and malformed XML fail with the file and line")
    func badInput() throws {
        let notXLIFF = try #require(throws: InputError.self) { try XLIFFReader.read(Data("<tmx version=\"1.4\"/>".utf8), file: "a.xlf") }
        #expect(notXLIFF.message.contains("<xliff>"))
        let noTarget = try #require(throws: InputError.self) {
            try XLIFFReader.read(Data(#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>"#.utf8), file: "b.xlf")
        }
        #expect(noTarget.message.contains("trgLang"))
        let state = try #require(throws: InputError.self) {
            try XLIFFReader.read(Data("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"nl\">\n<file id=\"f\"><unit id=\"u\">\n<segment state=\"done\"><source>a</source></segment></unit></file></xliff>".utf8), file: "c.xlf")
        }
        #expect(state.line == 3)
        #expect(state.file == "c.xlf")
        let truncated = try #require(throws: InputError.self) {
            try XLIFFReader.read(Data("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"nl\">\n<file id=\"f\">".utf8), file: "d.xlf")
        }
        #expect(truncated.line != nil)
        let entity = try #require(throws: InputError.self) {
            try XLIFFReader.read(Data("<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xliff version=\"1.2\"><file original=\"a\" source-language=\"en\" target-language=\"nl\" datatype=\"plaintext\"><body><trans-unit id=\"1\"><source>&x;</source></trans-unit></body></file></xliff>".utf8), file: "e.xlf")
        }
        #expect(entity.message.contains("entity"))
    }
}
