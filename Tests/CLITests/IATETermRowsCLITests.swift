import Foundation
import Testing

/// Eighteenth trial, finding 4: an IATE-style glossary of one row per term (`ID;Domain;Language code;Term;Term
/// type;Reliability;Evaluation`, as IATE's export and import templates lay it out) was refused with advice for
/// the concept-row layout. The kind: term rows whose columns carry the names people and tools give them.
@Suite("termbase: term rows headed as IATE and spreadsheets head them (process)")
struct IATETermRowsCLITests {
    static let file = CLI.repository.appendingPathComponent("Tests/Fixtures/terminology/iate18/iate-lez.csv").path

    @Test("Language code, Evaluation, Domain, Term type and Reliability are read; Obsolete is superseded")
    func iateRows() throws {
        let text = try CLI.run(["terms", "lookup", "LEZ", "-l", "en", "--termbase", Self.file, "--no-default-termbase"])
        #expect(text.status == 0, "\(text.stderr)")
        // Term type is read (TermTypeCLITests), and IATE's Reliability since session 19 (ReliabilityTests): no column is left unread.
        #expect(!text.stderr.contains("left unread"), "\(text.stderr)")
        #expect(text.stdout.contains("zone à faibles émissions (fr, superseded, reliability 2)"), "\(text.stdout)")
        let json = try CLI.run(["terms", "lookup", "low emission zone", "-l", "en", "--termbase", Self.file,
                                "--no-default-termbase", "--format", "json"]).json()
        let entry = (json["entries"] as? [[String: Any]])?.first
        #expect(entry?["id"] as? String == "3541207", "\(json)")
        let terms = (entry?["terms"] as? [[String: Any]] ?? []).map { "\($0["locale"] ?? "") \($0["text"] ?? "") \($0["status"] ?? "") \($0["termType"] ?? "")" }
        #expect(terms == ["en low emission zone preferred Term", "en LEZ admitted Abbreviation", "nl lage-emissiezone preferred Term",
                          "nl LEZ admitted Abbreviation", "fr zone de basses émissions preferred Term",
                          "fr zone à faibles émissions superseded Term"], "\(terms)")
        let dust = try CLI.run(["terms", "lookup", "particulate matter", "-l", "en", "--termbase", Self.file,
                                "--no-default-termbase", "--format", "json"]).json()
        let dustTerms = ((dust["entries"] as? [[String: Any]])?.first?["terms"] as? [[String: Any]] ?? []).map { "\($0["text"] ?? "") \($0["status"] ?? "")" }
        #expect(dustTerms.contains("stofdeeltjes deprecated"), "\(dustTerms)")
        let reliabilities = ((dust["entries"] as? [[String: Any]])?.first?["terms"] as? [[String: Any]] ?? []).map { $0["reliability"] as? Int }
        #expect(reliabilities == [4, 4, 2], "\(dust)")
    }
}
