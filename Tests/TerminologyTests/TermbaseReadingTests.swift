import Foundation
import TaalgrensCore
import Testing
import Terminology

@Suite struct TermbaseReadingTests {
    @Test func readsTBXv3DCA() throws {
        let tb = try tbx(tbx3("""
        <conceptEntry id="c1">
          <descrip type="subjectField">online safety</descrip>
          <note>taalgrens:compound-head</note>
          <note>Used in SIC reports.</note>
          <langSec xml:lang="nl-BE">
            <descrip type="definition">Telefonische hulpdienst.</descrip>
            <termSec><term>hulplijn</term>
              <termNote type="partOfSpeech">noun</termNote>
              <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
            <termSec><term>helplijn</term>
              <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
              <note>taalgrens:match=exact</note></termSec>
          </langSec>
          <langSec xml:lang="en">
            <termSec><term>helpline</term></termSec>
          </langSec>
        </conceptEntry>
        """))
        #expect(tb.entries.count == 1)
        let e = tb.entries[0]
        #expect(e.id == "c1")
        #expect(e.subjectField == "online safety")
        #expect(e.notes == ["Used in SIC reports."])
        #expect(e.properties.compoundHead == true)
        #expect(e.definitions["nl-BE"] == "Telefonische hulpdienst.")
        #expect(e.terms.map(\.text) == ["hulplijn", "helplijn", "helpline"])
        #expect(e.terms.map(\.locale.identifier) == ["nl-BE", "nl-BE", "en"])
        #expect(e.terms.map(\.status) == [.preferred, .deprecated, .preferred])   // no status: preferred
        #expect(e.terms[0].partOfSpeech == "noun")
        #expect(e.terms[1].properties.matchMode == .exact)
        #expect(e.effectiveProperties(of: e.terms[1]).matchMode == .exact)
        #expect(e.effectiveProperties(of: e.terms[0]).matchMode == .inflected)
        #expect(e.effectiveProperties(of: e.terms[0]).compoundHead)
        #expect(e.preferredTerm(for: "nl")?.text == "hulplijn")
    }

    @Test func readsTBXv3DCTStyle() throws {
        let tb = try tbx("""
        <tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
             xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
          <text><body>
            <conceptEntry id="c9">
              <langSec xml:lang="fr-BE">
                <basic:definition>Envoi de messages à caractère sexuel.</basic:definition>
                <termSec><term>sextage</term><min:partOfSpeech>noun</min:partOfSpeech>
                  <basic:administrativeStatus>supersededTerm-admn-sts</basic:administrativeStatus></termSec>
              </langSec>
            </conceptEntry>
          </body></text>
        </tbx>
        """)
        let t = try #require(tb.entries.first?.terms.first)
        #expect(t.text == "sextage" && t.status == .superseded && t.partOfSpeech == "noun" && t.locale == "fr-BE")
        #expect(tb.entries[0].definitions["fr-BE"] == "Envoi de messages à caractère sexuel.")
    }

    @Test func readsTBX2008Martif() throws {
        // The shape OmegaT and Okapi write: termEntry/langSet/tig, and ntig/termGrp.
        let tb = try tbx("""
        <?xml version="1.0"?>
        <martif type="TBX" xml:lang="en">
          <martifHeader><fileDesc><sourceDesc><p>OmegaT</p></sourceDesc></fileDesc></martifHeader>
          <text><body>
            <termEntry id="t1">
              <langSet xml:lang="fr"><tig><term>ligne d'assistance</term>
                <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
              <langSet xml:lang="en"><ntig><termGrp><term>helpline</term>
                <termNote type="normativeAuthorization">forbiddenTerm</termNote></termGrp></ntig></langSet>
            </termEntry>
          </body></text>
        </martif>
        """)
        let e = try #require(tb.entries.first)
        #expect(e.terms.map(\.text) == ["ligne d'assistance", "helpline"])
        #expect(e.terms.map(\.locale) == ["fr", "en"])
        #expect(e.terms[1].status == .deprecated)   // "forbidden" means deprecated
    }

    @Test func languageComesFromXmlLangNotPosition() throws {
        let a = try tbx(tbx3(concept("c1", [("en", "grooming", "preferred"), ("nl-BE", "grooming", "preferred"), ("fr-BE", "pédopiégeage", "preferred")])))
        let b = try tbx(tbx3(concept("c1", [("fr-BE", "pédopiégeage", "preferred"), ("en", "grooming", "preferred"), ("nl-BE", "grooming", "preferred")])))
        for tb in [a, b] {
            #expect(tb.entries[0].terms(for: "fr-BE").map(\.text) == ["pédopiégeage"])
            #expect(tb.entries[0].terms(for: "en").map(\.text) == ["grooming"])
        }
    }

    @Test(arguments: [
        ("<foo/>", 1, "expected a TBX termbase"),
        (tbx3("<conceptEntry id=\"a\"><langSec><termSec><term>x</term></termSec></langSec></conceptEntry>"), 5, "expected an xml:lang attribute"),
        (tbx3("<conceptEntry id=\"a\"><langSec xml:lang=\"english language\"><termSec><term>x</term></termSec></langSec></conceptEntry>"), 5, "BCP 47"),
        (tbx3("<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term> </term></termSec></langSec></conceptEntry>"), 5, "non-empty <term>"),
        (tbx3("<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>x</term><termNote type=\"administrativeStatus\">maybe</termNote></termSec></langSec></conceptEntry>"), 5, "expected a term status"),
        (tbx3("<conceptEntry id=\"a\"><note>taalgrens:dnt-please</note><langSec xml:lang=\"en\"><termSec><term>x</term></termSec></langSec></conceptEntry>"), 5, "unknown Taalgrens note"),
        (tbx3("<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>x</term></termSec></langSec></conceptEntry>\n<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>y</term></termSec></langSec></conceptEntry>"), 6, "used twice"),
        (tbx3("<conceptEntry id=\"a\"><langSec xml:lang=\"en\"><termSec><term>x</term></termSec></langSec>"), 0, "malformed XML"),
    ])
    func malformedTermbaseNamesFileLineAndExpectation(document: String, line: Int, expected: String) throws {
        do {
            _ = try tbx(document, file: "glossary.tbx")
            Issue.record("expected an InputError for \(expected)")
        } catch let error as InputError {
            #expect(error.file == "glossary.tbx")
            if line > 0 { #expect(error.line == line, "\(error)") } else { #expect(error.line != nil) }
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }

    @Test func readsCSVTermRows() throws {
        let csv = """
        id,locale,term,status,partOfSpeech,definition,note,entryNote
        c1,en,helpline,preferred,noun,A telephone service.,,
        c1,nl-BE,hulplijn,preferred,noun,,,
        c1,nl-BE,helplijn,forbidden,,,"taalgrens:match=exact",
        c2,en,Child Focus,preferred,properNoun,,,"taalgrens:dnt
        Belgian foundation."
        """
        let tb = try Termbase.read(Data(csv.utf8), format: .csv, file: "g.csv")
        #expect(tb.entries.map(\.id) == ["c1", "c2"])
        #expect(tb.entries[0].terms.map(\.status) == [.preferred, .preferred, .deprecated])
        #expect(tb.entries[0].terms[2].properties.matchMode == .exact)
        #expect(tb.entries[0].definitions["en"] == "A telephone service.")
        #expect(tb.entries[1].properties.doNotTranslate == true)
        #expect(tb.entries[1].notes == ["Belgian foundation."])
    }

    @Test func readsTSVConceptRows() throws {
        let tsv = "id\ten\tnl-BE\tfr-BE\tnote\nc1\thelpline\thulplijn | !helplijn\tligne d'assistance\t\nc2\tB-BICO\tB-BICO\tB-BICO\ttaalgrens:dnt\n"
        let tb = try Termbase.read(Data(tsv.utf8), format: .tsv, file: "g.tsv")
        #expect(tb.entries[0].terms(for: "nl-BE").map(\.text) == ["hulplijn", "helplijn"])
        #expect(tb.entries[0].terms(for: "nl-BE").map(\.status) == [.preferred, .deprecated])
        #expect(tb.entries[1].properties.doNotTranslate == true)
    }

    @Test(arguments: [
        ("locale,term\nen,x\n", 1, "expected an id column"),
        ("id,locale,term\nc1,en,\"open\n", 2, "closing quote"),
        ("id,locale,term\nc1,english language,x\n", 2, "BCP 47"),
        ("id,locale,term,status\nc1,en,x,perhaps\n", 2, "expected a status"),
        ("id,locale,term\nc1,en,x,extra\n", 2, "at most 3 fields"),
        ("name,value\n1,2\n", 1, "expected a header"),
    ])
    func malformedCSV(text: String, line: Int, expected: String) throws {
        do {
            _ = try Termbase.read(Data(text.utf8), format: .csv, file: "g.csv")
            Issue.record("expected an InputError for \(expected)")
        } catch let error as InputError {
            #expect(error.file == "g.csv")
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }

    @Test func writersRoundTrip() throws {
        let original = try tbx(tbx3("""
        <conceptEntry id="c1"><descrip type="subjectField">safety</descrip><note>taalgrens:case=sensitive</note><note>A "quoted", note</note>
          <langSec xml:lang="en"><descrip type="definition">Phone help.</descrip>
            <termSec><term>helpline</term><termNote type="partOfSpeech">noun</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
          <langSec xml:lang="nl-BE"><termSec><term>helplijn</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><note>taalgrens:match=prefix</note></termSec></langSec>
        </conceptEntry>
        """))
        let viaTBX = try Termbase.read(original.tbx(), format: .tbx, file: "out.tbx")
        let viaCSV = try Termbase.read(Data(original.csv().utf8), format: .csv, file: "out.csv")
        let viaTSV = try Termbase.read(Data(original.csv(separator: "\t").utf8), format: .tsv, file: "out.tsv")
        for copy in [viaTBX, viaCSV, viaTSV] {
            var a = original.entries[0], b = copy.entries[0]
            a.file = nil; b.file = nil
            #expect(a == b)
        }
        let xml = String(decoding: original.tbx(), as: UTF8.self)
        #expect(xml.contains("urn:iso:std:iso:30042:ed-2"))
        #expect(xml.contains("<conceptEntry id=\"c1\">"))
    }

    @Test func loadMergesFilesAndFolders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try tbx3(concept("a", [("en", "sexting", "preferred")])).write(to: dir.appendingPathComponent("a.tbx"), atomically: true, encoding: .utf8)
        try "id,locale,term\nb,en,grooming\n".write(to: dir.appendingPathComponent("b.csv"), atomically: true, encoding: .utf8)
        try "ignored".write(to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let tb = try Termbase.load([dir])
        #expect(tb.entries.map(\.id) == ["a", "b"])
        #expect(throws: InputError.self) { try Termbase.load([dir.appendingPathComponent("missing.tbx")]) }
        let data = DataDirectory(root: dir.deletingLastPathComponent().appendingPathComponent("no-such-\(UUID().uuidString)"))
        #expect(try Termbase.loadDefault(from: data).entries.isEmpty)
    }
}
