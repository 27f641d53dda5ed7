import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Session 18's leftover (interop18): IATE's reliability code (TBX `reliabilityCode` on ISO 12620's scale of 1 to
/// 10, as IATE's export writes it, `9` for a reliable term; a CSV's `Reliability` column on IATE's 4 levels) was
/// not read, so a term IATE marks "reliability not verified" failed a check as hard as a very reliable one. The
/// kind: a term of IATE's levels 1 or 2, in TBX or CSV, by code, digit, name or both.
@Suite("termbase: IATE's reliability code read, and a term of low reliability gives warnings")
struct ReliabilityTests {
    /// A TBX v3 entry whose terms carry `reliabilityCode` values (`nil`: none).
    static func termbase(_ terms: [(String, String, String, String?)]) throws -> Termbase {
        var entry = "<conceptEntry id=\"iate-1\">"
        for locale in ["en", "nl", "fr"] {
            let own = terms.filter { $0.0 == locale }
            guard !own.isEmpty else { continue }
            entry += "<langSec xml:lang=\"\(locale)\">"
            for (_, text, status, code) in own {
                entry += "<termSec><term>\(text)</term><termNote type=\"administrativeStatus\">\(status)Term-admn-sts</termNote>"
                if let code { entry += "<descrip type=\"reliabilityCode\">\(code)</descrip>" }
                entry += "</termSec>"
            }
            entry += "</langSec>"
        }
        return try tbx(tbx3(entry + "</conceptEntry>"))
    }

    @Test("the code is read by digit, by IATE's name, or both as IATE's CSV writes them")
    func parsing() {
        #expect(Term.reliability(from: "1") == 1)
        #expect(Term.reliability(from: " 4 ") == 4)
        #expect(Term.reliability(from: "Minimum reliability") == 2)
        #expect(Term.reliability(from: "reliability NOT verified") == 1)
        #expect(Term.reliability(from: "3 - Reliable") == 3)
        #expect(Term.reliability(from: "2 - Minimum reliability") == 2)
        for bad in ["0", "5", "12", "3 - Very reliable", "high", ""] { #expect(Term.reliability(from: bad) == nil, "\(bad)") }
    }

    @Test("TBX reliabilityCode (ISO's 1–10) and IATE's CSV Reliability column are the terms' reliability; a code that is none is a note")
    func reading() throws {
        let base = try Self.termbase([("en", "particulate matter", "preferred", "10"), ("nl", "stofdeeltjes", "preferred", "1"),
                                      ("nl", "fijnstof", "preferred", "9"), ("nl", "zwevende deeltjes", "admitted", "6"),
                                      ("fr", "particules", "preferred", "maybe"), ("fr", "particules fines", "preferred", "11")])
        let terms = base.entries[0].terms
        #expect(terms.map(\.reliability) == [4, 1, 3, 2, nil, nil])
        #expect(terms.map(\.hasLowReliability) == [false, true, false, true, false, false])
        #expect(base.notes.contains { $0.message.contains("'maybe', which is no reliability code (1 to 10)") }, "\(base.notes)")
        #expect(base.notes.contains { $0.message.contains("'11', which is no reliability code (1 to 10)") }, "\(base.notes)")
        #expect((1...10).map { Term.reliability(fromTBXCode: String($0)) } == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4])
        #expect(Term.reliability(fromTBXCode: "Very reliable") == 4)

        let csv = try Termbase.read(Data(contentsOf: fixtures.appendingPathComponent("iate18/iate-lez.csv")), format: .csv, file: "iate-lez.csv")
        let lez = try #require(csv.entries.first { $0.id == "3541207" })
        #expect(lez.terms.map(\.reliability) == [3, 3, 3, 3, 3, 2])
        #expect(!csv.notes.contains { $0.message.contains("Reliability") }, "\(csv.notes)")
        // A value the column cannot hold fails the file at its line.
        let bad = "ID;Language code;Term;Reliability\n1;en;helpline;7 - Excellent\n"
        #expect(throws: InputError.self) { try Termbase.read(Data(bad.utf8), format: .csv, file: "bad.csv") }
        do { _ = try Termbase.read(Data(bad.utf8), format: .csv, file: "bad.csv") } catch let error as InputError {
            #expect(error.line == 2 && error.message.contains("found '7 - Excellent'"), "\(error)")
        }
    }

    @Test("a TBX written from the termbase keeps the code")
    func writtenBack() throws {
        let base = try Self.termbase([("en", "particulate matter", "preferred", "10"), ("nl", "stofdeeltjes", "preferred", "5")])
        let written = String(decoding: base.tbx(), as: UTF8.self)
        #expect(written.contains("<descrip type=\"reliabilityCode\">6</descrip>"), "\(written)")
        let back = try Termbase.read(Data(written.utf8), format: .tbx, file: "back.tbx")
        #expect(back.entries[0].terms.map(\.reliability) == [4, 2])
    }

    @Test("missing-term: an error when an approved target term is reliable, a warning that says why when all are of low reliability")
    func missingTerm() throws {
        let sentence = unit("u1", en: "Particulate matter harms the lungs.", nl: "Fijn stof schaadt de longen.")
        for (code, level, severity) in [("10", 4, Severity.error), ("9", 3, .error), ("6", 2, .warning), ("1", 1, .warning)] {
            let base = try Self.termbase([("en", "particulate matter", "preferred", "9"), ("nl", "stofdeeltjes", "preferred", code)])
            let found = try checker(base).check([sentence]).filter { $0.rule == CheckRule.missingTerm.id }
            #expect(found.map(\.severity) == [severity], "code \(code)")
            let says = found.first?.message.contains("The termbase rates “stofdeeltjes” \(level) of 4 for reliability") ?? false
            #expect(says == (severity == .warning), "\(found.first?.message ?? "")")
        }
        // One reliable approved term among unreliable ones keeps the error.
        let mixed = try Self.termbase([("en", "particulate matter", "preferred", nil), ("nl", "stofdeeltjes", "preferred", "1"),
                                       ("nl", "zwevende deeltjes", "admitted", "9")])
        #expect(try checker(mixed).check([sentence]).filter { $0.rule == CheckRule.missingTerm.id }.map(\.severity) == [.error])
    }

    @Test("forbidden-term: a deprecated target term of low reliability is a warning, a reliable one an error")
    func forbiddenTerm() throws {
        let sentence = unit("u1", en: "Particulate matter harms the lungs.", nl: "Stofdeeltjes schaden de longen.")
        for (code, severity) in [("9", Severity.error), ("6", .warning)] {
            let base = try Self.termbase([("en", "particulate matter", "preferred", "10"), ("nl", "fijnstof", "preferred", "10"),
                                          ("nl", "stofdeeltjes", "deprecated", code)])
            let found = try checker(base).check([sentence]).filter { $0.rule == CheckRule.forbiddenTerm.id }
            #expect(found.map(\.severity) == [severity], "code \(code): \(found)")
        }
    }
}
