import Foundation
import Interchange
import TaalgrensCore
import Testing

/// TRIAL5 items 15, 16, 17 and 21: what the readers say besides the units, in the file's own terms and order.
@Suite("Read details: translate=\"no\", state wording, dropped codes, note order")
struct ReadDetailsTests {
    private func read(_ name: String) throws -> (XLIFFDocument, XLIFFReadDetails) {
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(try Data(contentsOf: TestSupport.interop("trial5/" + name)), file: name, details: &details)
        return (document, details)
    }

    @Test("XLIFF 1.2: translate=\"no\" trans-units are left out with a note, also inherited from a <group>; translate=\"yes\" overrides it")
    func translateNo12() throws {
        let (document, details) = try read("okapi-translate-no-1.2.xlf")
        #expect(document.units.map(\.id) == ["tu1", "tu4", "tu5"])
        #expect(details.notes.map(\.unit) == ["tu2", "tu3"])
        #expect(details.notes.map(\.line) == [10, 13])
        #expect(details.notes.allSatisfy { $0.skipped })
        #expect(details.notes[0].message == "translate=\"no\": not for translation, not imported")
        #expect(details.notes[1].message == "translate=\"no\" (from its <group>): not for translation, not imported")
    }

    @Test("XLIFF 1.2: a draft's state is reported as the file says it (needs-review-translation), with 1.2's way to confirm it")
    func stateWording12() throws {
        let (document, details) = try read("okapi-translate-no-1.2.xlf")
        #expect(document.unit(id: "tu5")?.segments.first?.state == .initial)
        let segment = try #require(details.segment(unit: "tu5", segment: "1"))
        #expect(segment.line == 16)
        #expect(segment.state == "state=\"needs-review-translation\"")
        #expect(segment.confirm == "set state=\"translated\" or \"final\" (or approved=\"yes\")")
    }

    @Test("XLIFF 2.0: translate=\"no\" on a unit and inherited from a group; a target that drops the bold pair is warned about, with its line")
    func xliff2() throws {
        let (document, details) = try read("translate-no-2.0.xlf")
        #expect(document.units.map(\.id) == ["u1", "u4"])
        let skipped = details.notes.filter(\.skipped)
        #expect(skipped.map(\.unit) == ["u2", "u3"])
        #expect(skipped.map(\.line) == [12, 16])
        let warnings = details.notes.filter { !$0.skipped }
        #expect(warnings.count == 1)
        #expect(warnings.first?.unit == "u1")
        #expect(warnings.first?.line == 7)
        #expect(warnings.first?.message.hasPrefix("segment s1: the target has 1 of the source's 2 paired inline codes: ") == true)
        #expect(warnings.first?.message.contains("(id 1) dropped") == true)
        #expect(details.segment(unit: "u4", segment: "s1")?.state == "state=\"translated\"")
    }

    @Test("a target that keeps its codes, or has none to keep, is not warned about")
    func noFalseWarning() throws {
        let (_, details) = try read("okapi-translate-no-1.2.xlf")
        #expect(details.notes.allSatisfy { $0.skipped })
    }

    @Test("TMX: the <tu>'s own note (line 9) comes before the note on its empty <tuv> (line 11)")
    func tmxNoteOrder() throws {
        let reader = try TMXReader(contentsOf: TestSupport.interop("trial5/smartcat-empty-target.tmx"))
        while try reader.next() != nil {}
        #expect(reader.report.entries.map(\.line) == [9, 11])
        #expect(reader.report.entries.map(\.reason) == [.fewerThanTwoLanguages, .emptySegment])
    }
}

/// TRIAL5 item 20: an empty document and an entity expansion said as what they are, at the right line.
@Suite("XML errors: empty document, entity expansion")
struct EmptyAndExpansionTests {
    private func error(_ name: String) throws -> InputError {
        let data = try Data(contentsOf: TestSupport.interop("trial5/" + name))
        return try #require(throws: InputError.self) { _ = try XLIFFReader.read(data, file: name) }
    }

    @Test("a file holding only a UTF-8 byte-order mark is empty, not 'extra content after the root element'")
    func bomOnly() throws {
        let e = try error("bom-only.xlf")
        #expect(e.line == 1)
        #expect(e.message.hasPrefix("the document is empty"), "\(e.message)")
        #expect(!e.message.contains("Extra content"))
        // Streamed from the file (TMX), the same.
        let streamed = try #require(throws: InputError.self) {
            let reader = try TMXReader(contentsOf: TestSupport.interop("trial5/bom-only.xlf"))
            while try reader.next() != nil {}
        }
        #expect(streamed.message.hasPrefix("the document is empty"), "\(streamed.message)")
        // A UTF-16 byte-order mark and line breaks: empty too.
        let utf16 = try #require(throws: InputError.self) { _ = try XLIFFReader.read(Data([0xFF, 0xFE, 0x0A, 0x00]), file: "bom16.xlf") }
        #expect(utf16.message.hasPrefix("the document is empty"), "\(utf16.message)")
    }

    @Test("nested entities (billion laughs) are refused as an expansion, at the line of the reference (4), not 1:4 inside the entity")
    func entityExpansion() throws {
        let e = try error("entity-expansion.xlf")
        #expect(e.line == 4)
        #expect(e.column == nil)
        #expect(e.message.contains("an entity reference expands into other entities again and again"), "\(e.message)")
    }

    /// Ninth trial, finding 11: Translate Toolkit's po2xliff writes the PO header as the first trans-unit
    /// (source = target = "Project-Id-Version: …"), which was stored as a translation unit.
    @Test("XLIFF 1.2 from po2xliff: the gettext header trans-unit is left out with a note naming its line")
    func gettextHeader() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
              <file original="helpline.po" source-language="en" target-language="nl-BE" datatype="po">
                <body>
                  <trans-unit xml:space="preserve" id="1" approved="no" restype="x-gettext-domain-header">
                    <source>Project-Id-Version: helpline 1.0
            Content-Type: text/plain; charset=UTF-8
            </source>
                    <target state="translated">Project-Id-Version: helpline 1.0
            Content-Type: text/plain; charset=UTF-8
            </target>
                  </trans-unit>
                  <trans-unit xml:space="preserve" id="2" approved="yes">
                    <source>Call the helpline.</source>
                    <target state="translated">Bel de hulplijn.</target>
                  </trans-unit>
                </body>
              </file>
            </xliff>
            """
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Data(text.utf8), file: "helpline.xlf", details: &details)
        #expect(document.units.map(\.id) == ["2"])
        #expect(details.notes.map(\.line) == [5])
        #expect(details.notes.first?.skipped == true)
        #expect(details.notes.first?.message == "restype=\"x-gettext-domain-header\": the PO file's header (Project-Id-Version, …), not a sentence; not imported")
    }
}

/// Fourteenth trial, finding 6: how a lost standalone code is named (``XLIFFReadDetails``), per kind.
@Suite("Read details: lost standalone codes are named by what they stand for")
struct LostStandaloneCodeTests {
    @Test("an image by its alt text, a line break, a placeholder by its native text; a target keeping its codes under other ids is not reported")
    func named() throws {
        let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="nl-BE">
          <file id="f1">
            <unit id="u1">
              <originalData><data id="d1">&lt;img src="poster.png" alt="The poster"/&gt;</data><data id="d2">&lt;br/&gt;</data><data id="d3">{count}</data></originalData>
              <segment id="s1" state="translated">
                <source>See <ph id="1" dataRef="d1"/> the poster,<ph id="2" dataRef="d2"/> with <ph id="3" dataRef="d3"/> names.</source>
                <target>Zie de affiche, met namen.</target>
              </segment>
            </unit>
            <unit id="u2">
              <originalData><data id="d1">{count}</data></originalData>
              <segment id="s1" state="translated">
                <source>Only <ph id="1" dataRef="d1"/> left.</source>
                <target>Nog <ph id="7" dataRef="d1"/> over.</target>
              </segment>
            </unit>
          </file>
        </xliff>
        """
        var details = XLIFFReadDetails()
        _ = try XLIFFReader.read(Data(xliff.utf8), file: "t.xlf", details: &details)
        #expect(details.notes.count == 1, "\(details.notes.map(\.message))")
        #expect(details.notes.first?.unit == "u1")
        #expect(details.notes.first?.message.hasPrefix("segment s1: the target has 0 of the source's 3 standalone inline codes: "
            + "image The poster (id 1), line break (id 2), other {count} (id 3) dropped") == true, "\(details.notes.first?.message ?? "")")
    }
}
