import Foundation
import Testing

/// Thirteenth trial, finding 14: a vendor's XLIFF whose target says `xml:lang="de-DE"` in a fr-BE file, or
/// whose target is English, was stored as a `translated` fr-BE translation and served as a 100 % exact
/// match. Such targets are kept as needing review, each with its line; French targets stay exact.
@Suite("import: XLIFF targets in another language than the file's (process)")
struct ForeignTargetLanguageCLITests {
    static let file = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/language13/vendor-mixed-targets.xlf")

    static func top(_ sentence: String, memory: URL, in scratch: URL) throws -> [String: Any]? {
        let result = try CLI.run(["query", sentence, "--from", "nl-BE", "--to", "fr-BE", "--format", "json"], in: scratch, memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        return (try result.json()["matches"] as? [[String: Any]])?.first
    }

    @Test("German (xml:lang) and English targets need review and are never 100; French ones, fr-FR included, stay exact")
    func foreignTargets() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let imported = try CLI.run(["import", Self.file.path], in: scratch, memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let said = imported.stdout + imported.stderr
        #expect(said.contains("line 5: warning: unit 1 segment 1: the <target> says xml:lang=\"de-DE\""), "\(said)")
        #expect(said.contains("line 7: warning: unit 3 segment 1: the target reads as English"), "\(said)")
        #expect(said.contains("line 9: warning: unit 5 segment 1: the target is a copy of the source"), "\(said)")
        #expect(said.contains("3 need review"), "\(said)")
        // The copy of the source no longer makes the file read as Dutch.
        #expect(!said.contains("read as Dutch"), "\(said)")

        for (sentence, score) in [("Waar kan ik gaan stemmen?", 95.0), ("Het stembureau sluit om 14 uur.", 95),
                                  ("Breng uw oproepingsbrief en uw identiteitskaart mee.", 100), ("Stemmen is verplicht in België.", 100)] {
            let match = try Self.top(sentence, memory: memory, in: scratch)
            #expect(match?["score"] as? Double == score, "\(sentence): \(match ?? [:])")
        }
        // The copy of the source is kept but never offered: it was a 95 % match pre-filling Dutch as the French
        // (seventeenth trial, finding 15).
        let copy = try Self.top("Wie niet kan gaan stemmen, kan een volmacht geven.", memory: memory, in: scratch)
        #expect(copy == nil, "\(copy ?? [:])")
        #expect(said.contains("never offered as a match for fr-BE"), "\(said)")
    }
}
