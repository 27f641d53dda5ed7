import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Session 18's leftover (interop18): IATE's reliability code (TBX `reliabilityCode`, a CSV's `Reliability`
/// column) was not read, so a term IATE marks "reliability not verified" failed a check as hard as a very
/// reliable one. The kind: a term rated 1 or 2 of IATE's 4 levels, in TBX or CSV, by digit, name or both.
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

    @Test("TBX reliabilityCode and IATE's CSV Reliability column are the terms' reliability; a code that is none is a note")
    func reading() throws {
        let base = try Self.termbase([("en", "particulate matter", "preferred", "4"), ("nl", "stofdeeltjes", "preferred", "1"),
                                      ("fr", "particules", "preferred", "maybe")])
        let terms = base.entries[0].terms
        #expect(terms.map(\.reliability) == [4, 1, nil])
        #expect(terms.map(\.hasLowReliability) == [false, true, false])
        #expect(base.notes.contains { $0.message.contains("'maybe', which is no IATE reliability code (1 to 4)") }, "\(base.notes)")

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
        let base = try Self.termbase([("en", "particulate matter", "preferred", "4"), ("nl", "stofdeeltjes", "preferred", "2")])
        let written = String(decoding: base.tbx(), as: UTF8.self)
        #expect(written.contains("<descrip type=\"reliabilityCode\">2</descrip>"), "\(written)")
        let back = try Termbase.read(Data(written.utf8), format: .tbx, file: "back.tbx")
        #expect(back.entries[0].terms.map(\.reliability) == [4, 2])
    }

    @Test("missing-term: an error when an approved target term is reliable, a warning that says why when all are of low reliability")
    func missingTerm() throws {
        let sentence = unit("u1", en: "Particulate matter harms the lungs.", nl: "Fijn stof schaadt de longen.")
        for (code, severity) in [("4", Severity.error), ("3", .error), ("2", .warning), ("1", .warning)] {
            let base = try Self.termbase([("en", "particulate matter", "preferred", "4"), ("nl", "stofdeeltjes", "preferred", code)])
            let found = try checker(base).check([sentence]).filter { $0.rule == CheckRule.missingTerm.id }
            #expect(found.map(\.severity) == [severity], "code \(code)")
            let says = found.first?.message.contains("The termbase rates “stofdeeltjes” \(code) of 4 for reliability") ?? false
            #expect(says == (severity == .warning), "\(found.first?.message ?? "")")
        }
        // One reliable approved term among unreliable ones keeps the error.
        let mixed = try Self.termbase([("en", "particulate matter", "preferred", nil), ("nl", "stofdeeltjes", "preferred", "1"),
                                       ("nl", "zwevende deeltjes", "admitted", "3")])
        #expect(try checker(mixed).check([sentence]).filter { $0.rule == CheckRule.missingTerm.id }.map(\.severity) == [.error])
    }

    @Test("forbidden-term: a deprecated target term of low reliability is a warning, a reliable one an error")
    func forbiddenTerm() throws {
        let sentence = unit("u1", en: "Particulate matter harms the lungs.", nl: "Stofdeeltjes schaden de longen.")
        for (code, severity) in [("3", Severity.error), ("2", .warning)] {
            let base = try Self.termbase([("en", "particulate matter", "preferred", "4"), ("nl", "fijnstof", "preferred", "4"),
                                          ("nl", "stofdeeltjes", "deprecated", code)])
            let found = try checker(base).check([sentence]).filter { $0.rule == CheckRule.forbiddenTerm.id }
            #expect(found.map(\.severity) == [severity], "code \(code): \(found)")
        }
    }
}
