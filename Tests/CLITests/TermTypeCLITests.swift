import Foundation
import Testing

/// Eighteenth trial, finding 8: IATE's term types (`<termNote type="termType">abbreviation</termNote>`) were
/// dropped: a deprecated abbreviation got the five-word full form as its fix though the entry had an admitted
/// abbreviation, and `terms lookup` and `terms export` lost them. The kind: TBX `termType` (TBX-Basic) and a
/// glossary's term-type column, through lookups, exports and the forbidden-term fix.
@Suite("termbase: a term's type is kept, and a deprecated abbreviation's fix is an abbreviation (process)")
struct TermTypeCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/terminology/termtype18")

    @Test("check suggests AVG for the deprecated GDPR and the full form for the deprecated full form; lookup and export keep the type")
    func termType() throws {
        let termbase = Self.folder.appendingPathComponent("iate-gdpr.tbx").path
        let check = try CLI.run(["check", Self.folder.appendingPathComponent("gdpr.tmx").path, "--termbase", termbase,
                                 "--no-default-termbase", "--format", "json"])
        let forbidden = (try check.json()["findings"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == "forbidden-term" }
        let fixes = forbidden.map { "\($0["text"] ?? "") -> \($0["suggestion"] ?? "")" }.sorted()
        #expect(fixes == ["GDPR -> AVG", "privacyverordening -> algemene verordening gegevensbescherming"], "\(forbidden)")
        let lookup = try CLI.run(["terms", "lookup", "GDPR", "-l", "en", "--termbase", termbase, "--no-default-termbase", "--format", "json"]).json()
        let types = ((lookup["entries"] as? [[String: Any]])?.first?["terms"] as? [[String: Any]] ?? []).map { "\($0["text"] ?? "") \($0["termType"] ?? "-")" }
        #expect(types.contains("AVG abbreviation") && types.contains("General Data Protection Regulation fullForm"), "\(types)")
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out.tbx")
        let export = try CLI.run(["terms", "export", "--format", "tbx", "--termbase", termbase, "--no-default-termbase", "-o", out.path], in: scratch)
        #expect(export.status == 0, "\(export.stderr)")
        let tbx = try String(contentsOf: out, encoding: .utf8)
        #expect(tbx.components(separatedBy: #"<termNote type="termType">"#).count - 1 == 6, "\(tbx)")
    }
}
