import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing
import Terminology

/// Thirteenth trial, finding 6: a team glossary saved from Belgian Excel as "CSV UTF-8" (`;`, BOM, CRLF)
/// wrote synonyms in one cell with `;` ("ambtenaar; overheidspersoneel" was read as one term), and its
/// "Part of speech", "Do not use (NL)" and "Opmerking" columns were left unread.
@Suite struct SpreadsheetGlossaryColumnsTests {
    static let glossary = TestEnvironment.repository.appendingPathComponent("Tests/Fixtures/interop/trial13/glossary-excel.csv")

    private func terms(_ entry: TermEntry?) -> [String] {
        (entry?.terms ?? []).map { "\($0.locale) \($0.text) \($0.status.rawValue)" }
    }

    @Test("the trial's glossary: synonyms split at ; and |, part of speech and do-not-use columns read, the note column read")
    func trialGlossary() throws {
        let tb = try Termbase.read(contentsOf: Self.glossary)
        let byID = Dictionary(uniqueKeysWithValues: tb.entries.map { ($0.id, $0) })
        #expect(terms(byID["r4"]) == ["en civil servant preferred", "nl ambtenaar preferred", "nl overheidspersoneel admitted", "fr fonctionnaire preferred"])
        #expect(terms(byID["r6"]) == ["en identity card preferred", "nl identiteitskaart preferred", "nl eID admitted",
                                      "fr carte d'identité preferred", "fr eID admitted"])
        #expect(terms(byID["r3"]) == ["en deficit preferred", "nl tekort preferred", "nl begrotingstekort admitted",
                                      "fr déficit preferred", "nl deficit deprecated"])
        #expect(terms(byID["r5"]).last == "fr municipalité deprecated")
        #expect(tb.entries.allSatisfy { $0.terms.allSatisfy { $0.partOfSpeech == "noun" } })
        #expect(byID["r5"]?.notes == ["in België: \"gemeente\", niet \"stad\""])
        // Every column is read now: no note about unread columns.
        #expect(tb.notes.isEmpty, "\(tb.notes.map(\.message))")
        // Looking a synonym up finds its entry.
        #expect(tb.entries.contains { $0.terms.contains { $0.text == "overheidspersoneel" } })
    }

    @Test("header names of part of speech, notes and forbidden terms as English, Dutch and French sheets write them", arguments: [
        ("Part-of-speech", "Forbidden (nl-BE)", "Comments"), ("POS", "Niet gebruiken", "Opmerkingen"),
        ("Woordsoort", "Verboden termen (NL)", "Toelichting"), ("Catégorie grammaticale", "Do not use: nl", "Remarque"),
        ("part_of_speech", "Deprecated [Nederlands]", "Notes"), ("Word class", "Te vermijden", "Commentaire"),
    ])
    func headerNames(pos: String, forbidden: String, note: String) throws {
        let csv = "en-GB;nl-BE;fr-BE;\(pos);\(forbidden);\(note)\r\nbudget;begroting;budget;noun;budget;Vlaamse Overheid\r\n"
        let tb = try Termbase.read(Data(csv.utf8), format: .csv, file: "g.csv")
        let entry = try #require(tb.entries.first)
        #expect(terms(entry) == ["en-GB budget preferred", "nl-BE begroting preferred", "fr-BE budget preferred", "nl-BE budget deprecated"])
        #expect(entry.terms.allSatisfy { $0.partOfSpeech == "noun" })
        #expect(entry.notes == ["Vlaamse Overheid"])
        #expect(tb.notes.isEmpty, "\(tb.notes.map(\.message))")
    }

    @Test("a French 'à éviter' column without a language is the French column's; an English one without a language is noted, not guessed")
    func forbiddenWithoutLanguage() throws {
        let french = try Termbase.read(Data("en;fr-BE;À éviter\nmunicipality;commune;municipalité\n".utf8), format: .csv, file: "g.csv")
        #expect(terms(french.entries.first) == ["en municipality preferred", "fr-BE commune preferred", "fr-BE municipalité deprecated"])
        let english = try Termbase.read(Data("en;nl-BE;fr-BE;Do not use\nstrike;staking;grève;strike\n".utf8), format: .csv, file: "g.csv")
        #expect(terms(english.entries.first) == ["en strike preferred", "nl-BE staking preferred", "fr-BE grève preferred"])
        let note = try #require(english.notes.first)
        #expect(note.message.contains("'Do not use' (column 4)") && note.message.contains("'Do not use (nl-BE)'"), "\(note.message)")
        // A language the glossary has no column for is not guessed either.
        let german = try Termbase.read(Data("en;nl-BE;Do not use (DE)\nstrike;staking;Streik\n".utf8), format: .csv, file: "g.csv")
        #expect(german.entries.first?.terms.count == 2)
        #expect(german.notes.first?.message.contains("'Do not use (DE)' (column 3)") == true)
    }

    @Test("a comma does not split a term (titles hold commas); ; and | do, with or without spaces")
    func synonymSeparators() throws {
        let csv = "en;nl-BE\n\"Minister of Justice, in charge of the North Sea\";\"minister van Justitie, belast met de Noordzee\"\nstrike;staking\nfire brigade;\"brandweer;brandweerdienst |  hulpverleningszone\"\n"
        let tb = try Termbase.read(Data(csv.utf8), format: .csv, file: "g.csv")
        #expect(tb.entries.first?.terms.map(\.text) == ["Minister of Justice, in charge of the North Sea", "minister van Justitie, belast met de Noordzee"])
        #expect(tb.entries.last?.terms.map(\.text) == ["fire brigade", "brandweer", "brandweerdienst", "hulpverleningszone"])
    }
}
