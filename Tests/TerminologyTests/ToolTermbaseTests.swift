import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Termbases as other tools write them (TRIAL6 findings 3, 11 and 15; fixtures written by us in
/// `Tests/Fixtures/interop/trial6`).
@Suite struct ToolTermbaseTests {
    static func fixture(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/interop/trial6").appendingPathComponent(name)
    }

    @Test("MultiTerm TBX: Usage/Status fields give the status; upper-case tags and a bare lang= are read")
    func multiTermUsage() throws {
        let tb = try Termbase.read(contentsOf: Self.fixture("multiterm-usage.tbx"))
        #expect(tb.entries.map(\.id) == ["m1", "m2"])
        let statuses = tb.entries[0].terms.map { "\($0.text)|\($0.locale)|\($0.status)" }
        #expect(statuses == [
            "speed camera|en-GB|preferred", "flitspaal|nl-BE|preferred", "snelheidsduivel|nl-BE|deprecated",
            "trajectcontrole|nl-BE|preferred", "radar|fr-BE|preferred", "radar automatique|fr-BE|admitted",
            "boîte à sous|fr-BE|preferred",
        ])
        // Dutch field values, and `lang` without the xml: prefix.
        #expect(tb.entries[1].terms.map { "\($0.text)|\($0.locale)|\($0.status)" }
                == ["roadworks|en|preferred", "wegenwerken|nl-BE|deprecated", "werken|nl-BE|admitted"])
    }

    @Test("a status field with an unknown value, and a status word in another field, are reported with their line")
    func statusNotes() throws {
        let tb = try Termbase.read(contentsOf: Self.fixture("multiterm-usage.tbx"))
        #expect(tb.notes.count == 2)
        let usage = try #require(tb.notes.first)
        #expect(usage.line == 15 && usage.file.hasSuffix("multiterm-usage.tbx"))
        #expect(usage.message.contains("Usage") && usage.message.contains("'sometimes'") && usage.message.contains("trajectcontrole"))
        let label = try #require(tb.notes.last)
        #expect(label.line == 20 && label.message.contains("Label") && label.message.contains("deprecated"))
    }

    @Test("two termbases sharing ids: clashing ids are qualified by file, noted, and a TBX export reads back")
    func clashingIDs() throws {
        let tb = try Termbase.load([Self.fixture("clash-newsroom.tbx"), Self.fixture("clash-client.tbx")])
        #expect(tb.entries.map(\.id) == ["clash-newsroom.tbx-c1", "c2", "clash-client.tbx-c1", "c9"])
        #expect(Set(tb.entries.map(\.id)).count == tb.entries.count)
        let note = try #require(tb.notes.first)
        #expect(tb.notes.count == 1 && note.message.contains("'c1'")
                && note.message.contains("clash-newsroom.tbx") && note.message.contains("clash-client.tbx"))
        // Merging the merged termbase again (as the workspace does) notes nothing twice.
        #expect(Termbase().merging(tb).notes.count == 1)
        let back = try Termbase.read(tb.tbx(), format: .tbx, file: "export.tbx")
        #expect(back.entries.map(\.id) == tb.entries.map(\.id))
        #expect(back.entries.map { $0.terms.map(\.text) } == tb.entries.map { $0.terms.map(\.text) })
        // A third file with the same id is qualified too, and the same file loaded alone keeps its ids.
        let three = tb.merging(Termbase(entries: [TermEntry(id: "c1", terms: [Term(text: "hail", locale: "en")], file: "extra.csv")]))
        #expect(three.entries.map(\.id).last == "extra.csv-c1")
        #expect(try Termbase.load([Self.fixture("clash-client.tbx")]).entries.map(\.id) == ["c1", "c9"])
    }

    @Test("a Windows-1252 CSV (Excel's plain CSV) names the line, the byte and how to save it as UTF-8")
    func windows1252CSV() throws {
        let url = Self.fixture("excel-1252-glossary.csv")
        let error = try #require(throws: InputError.self) { try Termbase.read(contentsOf: url) }
        #expect(error.line == 2 && error.column == 10)
        #expect(error.message.contains("0x93") && error.message.contains("CSV UTF-8") && error.message.contains("Windows-1252"))
    }
}
