import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Fifteenth trial, finding 6: a spreadsheet glossary whose source column is headed `term` beside language
/// columns (Lokalise's layout: `term;description;casesensitive;translatable;forbidden;tags;nl_BE;…`) lost
/// every source term without a word, so `check` found nothing. The trial's file is in
/// `Fixtures/terminology/trial15`.
@Suite struct SourceTermColumnTests {
    static var lokalise: Data {
        get throws {
            try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/terminology/trial15/lokalise-glossary.csv"))
        }
    }

    @Test("the term column is the glossary's source language, a translatable=no row a do-not-translate entry")
    func lokaliseLayout() throws {
        let tb = try Termbase.read(try Self.lokalise, format: .csv, file: "lokalise-glossary.csv",
                                   languages: GlossaryLanguages(source: "en", target: "nl-BE"))
        #expect(tb.entries.map { $0.terms.map { "\($0.locale) \($0.text)" } } == [
            ["en alderman", "nl-BE schepen", "fr-BE échevin"],
            ["en municipal council", "nl-BE gemeenteraad", "fr-BE conseil communal"],
            ["en Safeonweb"],
            ["en cycle path", "nl-BE fietspad", "fr-BE piste cyclable"],
        ])
        let brand = tb.entries[2]
        #expect(brand.properties.doNotTranslate == true && brand.properties.caseSensitive == true)
        #expect(tb.entries[0].properties.doNotTranslate == nil && tb.entries[0].properties.caseSensitive == false)
        let notes = tb.notes.map(\.message)
        // The `forbidden` flags (all "no" here) are read since session 16 (sixteenth trial, finding 14): no note, every term allowed.
        #expect(!notes.contains { $0.contains("'forbidden'") }, "\(notes)")
        #expect(tb.entries.allSatisfy { $0.terms.allSatisfy { $0.status != .deprecated } })
        #expect(notes.contains { $0.contains("'nl_BE_description' (column 8)") && !$0.contains("'translatable'") && !$0.contains("'casesensitive'") }, "\(notes)")
    }

    @Test("without the glossary's languages the term column is refused, naming it and the way out")
    func withoutLanguages() throws {
        do {
            _ = try Termbase.read(try Self.lokalise, format: .csv, file: "lokalise-glossary.csv")
            Issue.record("the term column was read without a language")
        } catch let error as InputError {
            let message = "\(error)"
            #expect(message.contains("lokalise-glossary.csv:1:") && message.contains("column 'term' (column 1) holds the source terms but names no language")
                    && message.contains("--termbase-languages en,nl-BE"), "\(message)")
        }
    }
}

/// Sixteenth trial, finding 14: Matecat's glossary layout (column A `Forbidden` TRUE/FALSE, then per locale the
/// term, its `Notes` and an `Example of use`; `Tests/Fixtures/interop/trial16/matecat-glossary.csv`, the
/// trial's file). The flag was left unread, so the forbidden "hotline" was a **preferred** French term, and
/// each locale's notes were lost but the first.
@Suite struct ForbiddenFlagColumnTests {
    @Test("a TRUE in the Forbidden column makes the row's terms deprecated; each locale's Notes column is a note on its terms")
    func matecatLayout() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/interop/trial16/matecat-glossary.csv")
        let tb = try Termbase.read(try Data(contentsOf: url), format: .csv, file: "matecat-glossary.csv")
        let terms = tb.entries.flatMap(\.terms)
        let hotline = try #require(terms.first { $0.text == "hotline" })
        #expect(hotline.locale == "fr-BE" && hotline.status == .deprecated && hotline.notes == ["Anglicism, do not use"])
        #expect(terms.first { $0.text == "ligne d’aide" }?.status == .preferred)
        #expect(terms.first { $0.text == "sextorsion" }?.notes == ["Not \"sextortion\""])
        #expect(terms.first { $0.text == "sextortion" && $0.locale == "en-US" }?.notes == [])
        #expect(!tb.notes.map(\.message).contains { $0.contains("'Forbidden'") }, "\(tb.notes)")
        #expect(tb.entries.allSatisfy { $0.notes.isEmpty })
    }

    @Test("Excel's Dutch and French booleans are yes/no flags", arguments: [("WAAR", true), ("onwaar", false), ("VRAI", true), ("Faux", false)])
    func localisedBooleans(cell: String, forbidden: Bool) throws {
        let csv = "en;nl-BE;Forbidden\ndoor;deur;\(cell)\n"
        let tb = try Termbase.read(Data(csv.utf8), format: .csv, file: "g.csv")
        #expect(tb.entries[0].terms.allSatisfy { ($0.status == .deprecated) == forbidden }, "\(tb.entries)")
    }
}
