import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Termbases found in the third round of real files (REALFILES9): SDL/RWS MultiTerm's XML export. Fixtures are
/// written by us in `Tests/Fixtures/interop/realfiles9`, with the tool's structure and our own terms.
@Suite struct RealTermbaseClasses9Tests {
    static func fixture(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/interop/realfiles9").appendingPathComponent(name)
    }

    @Test("MultiTerm XML (<mtf>, UTF-16 with a byte-order mark): concepts, several languages and terms, status and other fields")
    func multiTermXML() throws {
        // Before: "expected a TBX termbase (root element <tbx> …), found <mtf>".
        let tb = try Termbase.read(contentsOf: Self.fixture("multiterm-export.xml"))
        #expect(tb.entries.map(\.id) == ["12", "13"])
        #expect(tb.entries[0].terms.map { "\($0.text)|\($0.locale)|\($0.status)" }
                == ["tram|en-GB|preferred", "tram|nl-BE|preferred", "tramrijtuig|nl-BE|deprecated", "tram|fr|preferred"])
        #expect(tb.entries[0].terms[0].partOfSpeech == "noun")
        #expect(tb.entries[0].terms[2].notes == ["Only in older reports."])
        #expect(tb.entries[0].subjectField == "transport")
        #expect(tb.entries[0].definitions["en-GB"] == "A vehicle that runs on rails in the street.")
        #expect(tb.entries[1].terms.map(\.text) == ["level crossing", "overweg"])
        // A status value Taalgrens does not know is said, never dropped in silence.
        #expect(tb.notes.count == 1)
        #expect(tb.notes.first?.message.contains("'approuvé sans réserve'") == true)
        #expect(tb.notes.first?.line == 32)
    }

    @Test("TBX data categories named in another case (translate5's `Definition`) are read as the standard's names")
    func categoryCase() throws {
        let tb = try Termbase.read(contentsOf: Self.fixture("translate5-tbx-basic-definition-case.tbx"))
        let entry = try #require(tb.entries.first)
        // Before: the nl-BE definition and the subject field were dropped, the en part of speech too.
        #expect(entry.definitions["nl-BE"] == "Een zone waar enkel voetgangers mogen komen.")
        #expect(entry.definitions["en"] == "An area only pedestrians may enter.")
        #expect(entry.subjectField == "mobility")
        #expect(entry.terms.map { "\($0.text)|\($0.status)|\($0.partOfSpeech ?? "-")" }
                == ["voetgangerszone|preferred|-", "wandelzone|deprecated|-", "pedestrian zone|preferred|noun"])
        #expect(tb.notes.isEmpty)
    }

    @Test("MultiTerm XML without a language code, or a concept without terms, is refused with the line")
    func multiTermErrors() throws {
        let noLanguage = #"<?xml version="1.0"?><mtf><conceptGrp><concept>1</concept><languageGrp><termGrp><term>bus</term></termGrp></languageGrp></conceptGrp></mtf>"#
        let error = try #require(throws: InputError.self) { try Termbase.read(Data(noLanguage.utf8), format: .tbx, file: "mt.xml") }
        #expect(error.line == 1 && error.message.contains("<language lang="))
        let noTerm = "<?xml version=\"1.0\"?>\n<mtf>\n<conceptGrp><concept>1</concept></conceptGrp></mtf>"
        let second = try #require(throws: InputError.self) { try Termbase.read(Data(noTerm.utf8), format: .tbx, file: "mt.xml") }
        #expect(second.line == 3 && second.message.contains("concept '1'"))
    }
}

/// Bilingual glossaries that do not name their languages (OmegaT's `glossary.txt`, Weblate's `source,target`
/// CSV): read with the languages given, refused with a message saying how to give them otherwise.
@Suite struct GlossaryWithoutLanguagesTests {
    static let languages = GlossaryLanguages(source: "en", target: "nl-BE")

    @Test("OmegaT glossary.txt: tab-separated, a comment line, a third column as the entry's comment")
    func omegaTGlossary() throws {
        let tb = try Termbase.read(contentsOf: RealTermbaseClasses9Tests.fixture("omegat-glossary.txt"), languages: Self.languages)
        #expect(tb.entries.map { $0.terms.map { "\($0.text)|\($0.locale)|\($0.status)" } } == [
            ["level crossing|en|preferred", "overweg|nl-BE|preferred"],
            ["bridge works|en|preferred", "werken aan de brug|nl-BE|preferred"],
            ["tram stop|en|preferred", "tramhalte|nl-BE|preferred"],
        ])
        #expect(tb.entries.map(\.id) == ["r2", "r3", "r5"])
        #expect(tb.entries[1].notes == ["Only for the ring road bridge."])
    }

    @Test("Weblate's CSV glossary: a byte-order mark, a source,target header, quoted commas")
    func weblateGlossary() throws {
        let tb = try Termbase.read(contentsOf: RealTermbaseClasses9Tests.fixture("weblate-source-target.csv"), languages: Self.languages)
        #expect(tb.entries.map { $0.terms.map(\.text) } == [
            ["Mayor, acting", "waarnemend burgemeester"], ["turnout", "opkomst"], ["flood barrier", "stormvloedkering, kering"],
        ])
        #expect(tb.entries.allSatisfy { $0.terms.map(\.locale) == ["en", "nl-BE"] })
    }

    @Test("without languages, both are refused with the file, the line and how to give the languages")
    func refusedWithoutLanguages() throws {
        for name in ["omegat-glossary.txt", "weblate-source-target.csv"] {
            let error = try #require(throws: InputError.self) { try Termbase.read(contentsOf: RealTermbaseClasses9Tests.fixture(name)) }
            #expect(error.line == 1)
            #expect(error.message.contains("--termbase-languages en,nl-BE"), "\(error.message)")
        }
        // A file that names its languages ignores the given ones.
        let named = try Termbase.read(Data("en,fr-BE\nbridge,pont\n".utf8), format: .csv, file: "named.csv", languages: Self.languages)
        #expect(named.entries[0].terms.map(\.locale) == ["en", "fr-BE"])
    }

    @Test("a row of one field is refused with its line; the --termbase-languages form is two different tags")
    func malformed() throws {
        let error = try #require(throws: InputError.self) {
            try Termbase.read(Data("source,target\nturnout,opkomst\nbridge\n".utf8), format: .csv, file: "g.csv", languages: Self.languages)
        }
        #expect(error.line == 3 && error.message.contains("found one"))
        #expect(GlossaryLanguages("en, nl-BE") == Self.languages)
        #expect(GlossaryLanguages("en") == nil && GlossaryLanguages("en,en") == nil && GlossaryLanguages("en,nl-BE,fr-BE") == nil)
    }
}
