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
        #expect(notes.contains { $0.contains("'forbidden' (column 5) holds yes/no flags, not terms") }, "\(notes)")
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
