import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Eleventh trial, finding 14: an Excel glossary whose header names its languages in words ("English (United
/// Kingdom);Dutch (Belgium);French (Belgium)", what a press office's sheet has) was refused, and the hint
/// offered a two-language option for a sheet of three columns.
@Suite struct LanguageNameHeaderTests {
    @Test("a header of English language names reads as the languages' tags")
    func englishNames() throws {
        let csv = "\u{FEFF}English (United Kingdom);Dutch (Belgium);French (Belgium)\r\ndeadline;uiterste datum;date limite\r\nheat pump;warmtepomp;pompe à chaleur\r\n"
        let tb = try Termbase.read(Data(csv.utf8), format: .csv, file: "glossary.csv")
        #expect(tb.entries.count == 2)
        let pump = try #require(tb.entries.last)
        #expect(pump.terms.map { "\($0.locale) \($0.text)" } == ["en-GB heat pump", "nl-BE warmtepomp", "fr-BE pompe à chaleur"])
    }

    @Test("a header of the languages' own names, with or without region")
    func nativeNames() throws {
        let csv = "Nederlands (België),Français,English\nwarmtepomp,pompe à chaleur,heat pump\n"
        let tb = try Termbase.read(Data(csv.utf8), format: .csv, file: "eigen.csv")
        #expect(tb.entries.first?.terms.map { "\($0.locale) \($0.text)" } == ["nl-BE warmtepomp", "fr pompe à chaleur", "en heat pump"])
    }

    @Test("a three-column header that names no language: the hint asks for tags in the header, not two languages")
    func hintForThreeColumns() throws {
        let csv = "Term in English;Term in Dutch;Term in French\ndeadline;uiterste datum;date limite\n"
        do {
            _ = try Termbase.read(Data(csv.utf8), format: .csv, file: "glossary.csv")
            Issue.record("a header naming no language was accepted")
        } catch let error as InputError {
            let message = "\(error)"
            #expect(message.contains("glossary.csv"), "\(message)")
            #expect(message.contains("a glossary of 3 columns: write its languages as tags in its header row (en-GB;nl-BE;fr-BE)"), "\(message)")
            #expect(!message.contains("--termbase-languages"), "\(message)")
        }
    }

    /// Twelfth trial, finding 15: a Flemish editor's header in Dutch, a Walloon one's in French, kept only the
    /// column named in its own language; the English and the third column were dropped without a word.
    @Test("a header naming the languages in Dutch, French or German reads as their tags", arguments: [
        "Engels;Nederlands;Frans", "Anglais;Néerlandais;Français", "Englisch;Niederländisch;Französisch",
        "Engels (Verenigd Koninkrijk);Nederlands (België);Frans (België)",
    ])
    func dutchAndFrenchNames(header: String) throws {
        let csv = header + "\nschool trip;schooluitstap;excursion scolaire\n"
        let tb = try Termbase.read(Data(csv.utf8), format: .csv, file: "glossary.csv")
        let terms = try #require(tb.entries.first).terms
        #expect(terms.map(\.text) == ["school trip", "schooluitstap", "excursion scolaire"])
        #expect(terms.map(\.locale.language) == ["en", "nl", "fr"])
    }

    /// A column named like no language and no field is left unread with a note naming it and its column, not
    /// dropped without a word (finding 15) and not a refusal either: a sheet's own columns ("Klant", a
    /// client) are common in the glossaries newsrooms keep ("Domain" and "Opmerking" are read as fields since
    /// the thirteenth trial, `SpreadsheetGlossaryColumnsTests`).
    @Test("a header column that names neither a language nor a field is left unread with a note naming it")
    func unknownColumnNoted() throws {
        let csv = "English;Dutch;Fransk;Klant\nschool trip;schooluitstap;excursion scolaire;VRT\n"
        let tb = try Termbase.read(Data(csv.utf8), format: .csv, file: "glossary.csv")
        let terms = try #require(tb.entries.first).terms
        #expect(terms.map(\.text) == ["school trip", "schooluitstap"])
        let note = try #require(tb.notes.first)
        #expect(tb.notes.count == 1)
        #expect(note.file == "glossary.csv" && note.line == 1)
        #expect(note.message.contains("'Fransk' (column 3), 'Klant' (column 4)"), "\(note.message)")
    }
}
