import Foundation
import Testing

/// Twelfth trial, finding 8: a translator corrected a bundle's fuzzy draft in a tool that left the segment's
/// state as it found it (`state="initial"`, 1.2 `needs-review-translation`); `import` of the bundle said "a
/// draft nobody confirmed: not imported" and the correction was lost.
@Suite("import of a bundle: an edited draft whose state stayed initial is kept, as needing review (process)")
struct EditedDraftCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial12/edited-draft")
    static let draft = "De link leidt naar een kopie van de aanmeldpagina van een bank, bijv. die van een bekende Belgische bank."
    static let edited = "De link leidt naar een nagemaakte aanmeldpagina van een bank, bijv. die van een bekende Belgische bank."

    @Test("the edit is stored as needing review and found by query; an untouched draft is still skipped", arguments: ["2.1", "2.0", "1.2"])
    func editedDraft(version: String) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let old = try CLI.run(["import", Self.folder.appendingPathComponent("phishing-parents").path], in: scratch, memory: memory)
        #expect(old.status == 0, "\(old.stderr)")
        let out = scratch.appendingPathComponent("b")
        let export = try CLI.run(["export", Self.folder.appendingPathComponent("phishing-update").path, "--to", "nl-BE",
                                  "--out", out.path, "--xliff", version], in: scratch, memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        let bundle = out.appendingPathComponent("phishing-update/nl-BE")
        let file = bundle.appendingPathComponent("article.xlf")
        var xliff = try String(contentsOf: file, encoding: .utf8)
        // The translator's tool rewrites the draft of the segment (not a candidate's) and keeps its state.
        let segment = try #require(xliff.range(of: version != "1.2" ? "<segment id=\"b2.s0\"" : "tg:segment=\"b2.s0\""))
        let target = try #require(xliff.range(of: Self.draft, range: segment.upperBound..<xliff.endIndex), "\(xliff)")
        xliff.replaceSubrange(target, with: Self.edited)
        try xliff.write(to: file, atomically: true, encoding: .utf8)

        let imported = try CLI.run(["import", bundle.path], in: scratch, memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let state = version != "1.2" ? "state=\"initial\"" : "state=\"needs-review-translation\""
        #expect(imported.stdout.contains("warning: unit b2 segment b2.s0: \(state), but the target was edited since the export: stored as needing review"),
                "\(imported.stdout)")
        #expect(!imported.stdout.contains("b2.s0: \(state) (a draft nobody confirmed)"), "\(imported.stdout)")

        let query = try CLI.run(["query", "The link leads to a copy of a bank's login page, e.g. that of a well-known Belgian bank.",
                                 "--from", "en", "--to", "nl-BE", "--format", "json"], in: scratch, memory: memory)
        let matches = try query.json()["matches"] as? [[String: Any]] ?? []
        let kept = try #require(matches.first { $0["target"] as? String == Self.edited }, "\(query.stdout)")
        // Needing review: never a 100 % match.
        #expect((kept["score"] as? Double ?? 100) < 100)
    }
}
