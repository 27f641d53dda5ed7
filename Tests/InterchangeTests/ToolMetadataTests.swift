import Foundation
import Testing
import TaalgrensCore
@testable import Interchange

/// Trial 4, item 6: metadata other tools write (who created and changed a translation, how often it was
/// used, which tool made it, notes, where a translation came from) is kept on import and written back by
/// the TMX export, which still validates and reads back identically. Fixtures: the trial's own files
/// (`Tests/Fixtures/interop/trial4-*`).
@Suite struct ToolMetadataTests {
    private static func tmx(_ name: String) throws -> [TranslationUnit] {
        try TMXReader.read(data: Data(contentsOf: TestSupport.interop(name)), file: name).units
    }

    private static func xliff(_ name: String) throws -> XLIFFDocument {
        try XLIFFReader.read(Data(contentsOf: TestSupport.interop(name)), file: name)
    }

    @Test("Trados TMX: creationid, changeid, usagecount, lastusagedate and the header's tool are kept")
    func tradosAttributes() throws {
        let units = try Self.tmx("trial4-trados.tmx")
        #expect(units.count == 2)
        let first = units[0]
        #expect(first.properties["tmx:creationid"] == "NEWSROOM\\anne")
        #expect(first.properties["tmx:changeid"] == "NEWSROOM\\anne")
        #expect(first.properties["tmx:usagecount"] == "3")
        #expect(first.properties["tmx:lastusagedate"] == "20220209T080000Z")
        #expect(first.properties["tmx:creationtool"] == "SDL Language Platform")
        #expect(first.properties["tmx:creationtoolversion"] == "8.1")
        #expect(first.properties["x-ConfirmationLevel"] == "ApprovedSignOff")
        #expect(first.created == TMXDate.parse("20220208T101500Z"))
        #expect(first.changed == TMXDate.parse("20220208T102000Z"))
        #expect(units[1].properties["tmx:usagecount"] == nil)
        let header = try TMXReader(contentsOf: TestSupport.interop("trial4-trados.tmx"))
        _ = try header.next()
        #expect(header.header?.creationID == "NEWSROOM\\anne")
    }

    @Test("OmegaT: <tuv> creationid/changeid stay on that variant; a unit with only a change date is created then")
    func omegaTVariantAttributesAndDates() throws {
        let units = try Self.tmx("trial4-omegat-project_save.tmx")
        let pension = try #require(units.first { $0.variant(for: "nl-BE")?.text == "Het minimumpensioen stijgt tot 1.580 euro per maand." })
        #expect(pension.properties["nl-BE:tmx:creationid"] == "jan")
        #expect(pension.properties["nl-BE:tmx:changeid"] == "jan")
        #expect(pension.properties["tmx:creationtool"] == "OmegaT")
        // Only <tuv changedate="20211010T081600Z">: the creation date is the change date, not the import time.
        let week = try #require(units.first { $0.variant(for: "en")?.text == "Workers can ask for a four-day week." })
        let changed = try #require(TMXDate.parse("20211010T081600Z"))
        #expect(week.changed == changed)
        #expect(week.created == changed)
        // No date at all: unknown, not now.
        let alternative = try #require(units.first { $0.variant(for: "nl-BE")?.text == "Het minimumpensioen wordt opgetrokken tot 1.580 euro per maand." })
        #expect(alternative.created == nil && alternative.changed == nil)
    }

    @Test("TMX export writes the kept metadata as attributes; the output validates and reads back identically",
          arguments: ["trial4-trados.tmx", "trial4-omegat-project_save.tmx", "trados-studio.tmx", "omegat.tmx", "memoq.tmx", "okapi-rainbow.tmx"])
    func roundTrip(name: String) throws {
        let units = try Self.tmx(name)
        let data = TMXWriter.data(for: units)
        let text = String(decoding: data, as: UTF8.self)
        if name == "trial4-trados.tmx" {
            #expect(text.contains("creationid=\"NEWSROOM\\anne\""), "\(text)")
            #expect(text.contains("changeid=\"NEWSROOM\\anne\""))
            #expect(text.contains("usagecount=\"3\""))
            #expect(text.contains("lastusagedate=\"20220209T080000Z\""))
            #expect(text.contains("creationtool=\"SDL Language Platform\""))
            #expect(!text.contains("type=\"tmx:"), "kept attributes are not written as props")
        }
        if name == "trial4-omegat-project_save.tmx" {
            #expect(text.contains("<tuv xml:lang=\"nl-BE\" changedate=\"20211010T081500Z\" changeid=\"jan\" creationdate=\"20211010T081500Z\" creationid=\"jan\">"), "\(text)")
            #expect(text.contains("creationdate=\"20211010T081600Z\" changedate=\"20211010T081600Z\""))
        }
        let again = try TMXReader.read(data: data, file: "again.tmx").units
        #expect(again == units)
        #expect(TMXWriter.data(for: again) == data)
        if let xmllint = TestSupport.xmllint(), let dtd = TestSupport.schema("tmx/tmx14.dtd") {
            let problems = try TestSupport.validate(data, xmllint: xmllint, dtd: dtd)
            #expect(problems == nil, "\(problems ?? "")")
        }
    }

    @Test("a segtype outside the DTD's list is written as a prop, so the export stays valid")
    func invalidSegmentType() throws {
        let tmx = """
        <tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
        <body><tu segtype="clause"><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="nl-BE"><seg>b</seg></tuv></tu></body></tmx>
        """
        let units = try TMXReader.read(data: Data(tmx.utf8), file: "s.tmx").units
        #expect(units[0].properties["tmx:segtype"] == "clause")
        let data = TMXWriter.data(for: units)
        #expect(String(decoding: data, as: UTF8.self).contains("<prop type=\"tmx:segtype\">clause</prop>"))
        #expect(try TMXReader.read(data: data, file: "again.tmx").units == units)
    }

    @Test("XLIFF 1.2 <note> (Okapi) and XLIFF 2 <notes> (file and unit level) become the units' notes")
    func xliffNotes() throws {
        let okapi = try Self.xliff("trial4-okapi-1.2.xlf")
        let tu2 = try #require(okapi.unit(id: "tu2"))
        #expect(tu2.notes == ["Checked with the ministry's press release."])
        let metadata = okapi.toolMetadata(unit: tu2, segment: tu2.segments[0])
        #expect(metadata.notes == ["Checked with the ministry's press release."])
        #expect(metadata.created == nil && metadata.changed == nil, "XLIFF without tool dates: unknown")

        let v2 = try Self.xliff("trial4-notes-2.0.xlf")
        #expect(v2.notes == ["Use Belgian Dutch."])
        let u1 = try #require(v2.unit(id: "u1"))
        #expect(v2.toolMetadata(unit: u1, segment: u1.segments[0]).notes == ["Use Belgian Dutch."])
        let grouped = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr-BE"><file id="f">
        <group id="g"><notes><note>Headlines: keep them short.</note></notes>
        <unit id="u"><notes><note category="context">Front page</note><note> </note></notes>
        <segment><source>Floods</source><target>Inondations</target></segment></unit></group></file></xliff>
        """
        let g = try XLIFFReader.read(Data(grouped.utf8), file: "g.xlf")
        #expect(g.units[0].notes == ["Headlines: keep them short.", "Front page"])
    }

    @Test("memoQ: the last editor and timestamp become changeid and the change date (creation: the same date)")
    func memoQ() throws {
        let document = try Self.xliff("trial4-memoq.mqxliff.xlf")
        let first = try #require(document.unit(id: "1"))
        #expect(first.segments[0].metadata["mq:lastchangingusername"] == "sophie")
        let metadata = document.toolMetadata(unit: first, segment: first.segments[0])
        #expect(metadata.properties["tmx:changeid"] == "sophie")
        let date = try #require(ISO8601DateFormatter().date(from: "2022-03-01T12:05:00Z"))
        #expect(metadata.changed == date)
        #expect(metadata.created == date)
        let second = try #require(document.unit(id: "2"))
        let none = document.toolMetadata(unit: second, segment: second.segments[0])
        #expect(none.changed == nil && none.created == nil && none.properties.isEmpty)
    }

    @Test("Trados Studio SDLXLIFF: each segment's origin (interactive, tm with its percentage, mt with its engine)")
    func tradosOrigin() throws {
        let document = try Self.xliff("trados-studio.sdlxliff.xlf")
        let unit = try #require(document.unit(id: "a1b2c3d4-0002"))
        let one = document.toolMetadata(unit: unit, segment: try #require(unit.segment(id: "1")))
        #expect(one.properties["x-sdl-origin"] == "interactive")
        let two = document.toolMetadata(unit: unit, segment: try #require(unit.segment(id: "2")))
        #expect(two.properties["x-sdl-origin"] == "tm")
        #expect(two.properties["x-sdl-percent"] == "75")
        let mtUnit = try #require(document.unit(id: "a1b2c3d4-0003"))
        let mt = document.toolMetadata(unit: mtUnit, segment: mtUnit.segments[0])
        #expect(mt.properties["x-sdl-origin"] == "mt")
        #expect(mt.properties["x-sdl-origin-system"] == "Neural")
    }

    @Test("Trados Studio's sdl:value entries give the translator, the last editor and both dates")
    func tradosValues() throws {
        let xlf = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" version="1.2">
        <file original="a.docx" source-language="en-GB" target-language="nl-BE" datatype="x-sdlfilterframework2"><body>
        <trans-unit id="t1"><source>Hello.</source><seg-source><mrk mtype="seg" mid="1">Hello.</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">Hallo.</mrk></target>
        <sdl:seg-defs><sdl:seg id="1" conf="Translated" origin="interactive">
        <sdl:value key="created_by">NEWSROOM\\anne</sdl:value><sdl:value key="created_on">2/8/2022 10:15:00</sdl:value>
        <sdl:value key="modified_by">NEWSROOM\\piet</sdl:value><sdl:value key="modified_on">2/9/2022 08:00:00</sdl:value>
        </sdl:seg></sdl:seg-defs></trans-unit></body></file></xliff>
        """
        let document = try XLIFFReader.read(Data(xlf.utf8), file: "a.sdlxliff")
        let unit = document.units[0]
        let metadata = document.toolMetadata(unit: unit, segment: unit.segments[0])
        #expect(metadata.properties["tmx:creationid"] == "NEWSROOM\\anne")
        #expect(metadata.properties["tmx:changeid"] == "NEWSROOM\\piet")
        #expect(metadata.created == TMXDate.parse("20220208T101500Z"))
        #expect(metadata.changed == TMXDate.parse("20220209T080000Z"))
    }
}
