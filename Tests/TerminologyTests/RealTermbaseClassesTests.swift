import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Termbases as other tools write them, found in the second round of real files (REALFILES8): entries
/// without ids (Translate Toolkit, Weblate, XTM), XTM's status words, TBX-Min's first form. Fixtures are
/// written by us in `Tests/Fixtures/interop/realfiles8`, with the tools' structure and our own terms.
@Suite struct RealTermbaseClassesTests {
    static func fixture(_ name: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/interop/realfiles8").appendingPathComponent(name)
    }

    @Test("TBX 2008 entries without an id get one from their line, unique against the file's own ids, and a note says so")
    func entriesWithoutID() throws {
        let tb = try Termbase.read(contentsOf: Self.fixture("tbx2008-entries-without-id.tbx"))
        // The entry on line 32 would be `line32`, which the second entry already uses.
        #expect(tb.entries.map(\.id) == ["line13", "line32", "line32-2"])
        #expect(tb.entries.map { $0.terms.map { "\($0.text)|\($0.locale)" } } == [
            ["polling station|en", "stembureau|nl-BE"], ["ballot paper|en"], ["turnout|en", "taux de participation|fr-BE"],
        ])
        let note = try #require(tb.notes.first)
        #expect(tb.notes.count == 1 && note.file.hasSuffix("tbx2008-entries-without-id.tbx"))
        #expect(note.message.contains("2 of 3 entries have no id") && note.message.contains("'line13'"))
    }

    @Test("XTM's export: ntig without ids, and its status field says VALID or FORBIDDEN")
    func xtmStatus() throws {
        let tb = try Termbase.read(contentsOf: Self.fixture("xtm-ntig-status-without-id.tbx"))
        #expect(tb.entries.map(\.id) == ["line3", "line13"])
        #expect(tb.entries[0].terms.map { "\($0.text)|\($0.locale)|\($0.status)" }
                == ["level crossing|en-GB|preferred", "spoorwegovergang|nl-BE|preferred", "overweg|nl-BE|deprecated"])
        // VALID is a status word now, so no note says it is unknown; only the missing ids are noted.
        #expect(tb.notes.count == 1 && tb.notes[0].message.contains("2 of 2 entries have no id"))
    }

    @Test("TBX-Min's first form: <TBX dialect=\"TBX-Min\">, langGroup/termGroup, termStatus and partOfSpeech as elements")
    func tbxMin2014() throws {
        let tb = try Termbase.read(contentsOf: Self.fixture("tbx-min-2014.tbx"))
        #expect(tb.entries.map(\.id) == ["C101", "C102"])
        let judge = tb.entries[0]
        #expect(judge.subjectField == "justice")
        #expect(judge.terms.map { "\($0.text)|\($0.locale)|\($0.status)" } == [
            "investigating judge|en|preferred", "onderzoeksrechter|nl-BE|preferred", "rechter-commissaris|nl-BE|deprecated",
        ])
        #expect(judge.terms[0].partOfSpeech == "noun")
        #expect(judge.terms[1].notes == ["Belgian usage"])
        #expect(tb.entries[1].terms.map(\.status) == [.admitted])
        #expect(tb.notes.isEmpty)
    }

    @Test("a TBX root without the TBX-Min dialect is still refused with what was expected")
    func unknownUpperCaseRoot() throws {
        let document = "<TBX dialect=\"TBX-Whatever\"><body/></TBX>"
        do {
            _ = try Termbase.read(Data(document.utf8), format: .tbx, file: "odd.tbx")
            Issue.record("expected an InputError")
        } catch let error as InputError {
            #expect(error.file == "odd.tbx" && error.line == 1)
            #expect(error.message.contains("TBX-Min") && error.message.contains("found <TBX>"))
        }
    }

    @Test("memoQ's CSV export: Entry_ fields, language names as columns, repeated term columns, Term_Info's Forbidden")
    func memoQExport() throws {
        let tb = try Termbase.read(contentsOf: Self.fixture("memoq-termbase-export.csv"))
        #expect(tb.entries.map(\.id) == ["0", "1"])
        let minister = tb.entries[0]
        #expect(minister.subjectField == "Politics" && minister.notes == ["Belgian federal level"])
        #expect(minister.definitions["en-GB" as LanguageTag] == "A member of the federal government")
        #expect(minister.terms.map { "\($0.text)|\($0.locale)|\($0.status)" } == [
            "federal minister|en-GB|preferred", "federaal minister|nl-BE|preferred",
            "bondsminister|nl-BE|deprecated", "ministre fédéral|fr-BE|preferred",
        ])
        // No subject: the domain stands in; an empty second Dutch term column adds no term.
        #expect(tb.entries[1].subjectField == "Weather")
        #expect(tb.entries[1].terms.map { "\($0.text)|\($0.locale)" } == ["heatwave|en-GB", "hittegolf|nl-BE", "vague de chaleur|fr-BE"])
        let note = try #require(tb.notes.first)
        #expect(tb.notes.count == 1 && note.line == 1)
        #expect(note.message.contains("Entry_ClientID") && note.message.contains("Term_Example") && !note.message.contains("Term_Info"))
    }

    @Test("memoQ language names resolve through CLDR's English names, and memoQ's Windows names such as Chinese_PRC")
    func memoQLanguageNames() throws {
        let csv = "Entry_ID,English_United_States,Term_Info,Chinese_PRC,French,Dutch_Netherlands_Def,Dutch_Netherlands\n7,power,CasePermissive,力量,puissance,The ability to act,vermogen\n"
        let tb = try Termbase.read(Data(csv.utf8), format: .csv, file: "memoq.csv")
        #expect(tb.entries.first?.terms.map { "\($0.text)|\($0.locale)" } == ["power|en-US", "力量|zh-CN", "puissance|fr", "vermogen|nl-NL"])
        #expect(tb.entries.first?.definitions["nl-NL" as LanguageTag] == "The ability to act")
    }

    @Test(arguments: [
        ("Entry_ID,English,Klingon_Empire\n1,fine,x\n", 3, "found 'Klingon_Empire'"),
        ("Entry_ID,Term_Info,English\n1,x,fine\n", 2, "after a term column"),
        ("Entry_ID,English\n1,a\n1,b\n", nil, "used twice"),
        ("Entry_ID,English,French\n1,,\n", nil, "at least one term"),
    ] as [(String, Int?, String)])
    func memoQMalformed(csv: String, column: Int?, expected: String) throws {
        do {
            _ = try Termbase.read(Data(csv.utf8), format: .csv, file: "memoq.csv")
            Issue.record("expected an InputError for \(expected)")
        } catch let error as InputError {
            #expect(error.file == "memoq.csv" && error.line != nil)
            if let column { #expect(error.line == 1 && error.column == column, "\(error)") }
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }
}
