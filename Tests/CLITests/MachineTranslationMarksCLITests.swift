import Foundation
import Testing

/// Eighteenth trial, finding 1: machine translation marked the XLIFF 2 or ITS way (eTranslation, DeepL: an
/// `<mtc:match type="mt">` equal to the target, `its:mtConfidence`, ITS provenance naming a tool) was stored
/// as a translator's sentence and served as a 100 % exact match. The kind: every such mark in XLIFF 2.x and
/// 1.2, with what a translator's own work looks like beside it (a post-edited target, a person named, a
/// final state, a memory's candidate).
@Suite("import: machine translation marked by ITS or a candidate of type mt is stored as needing review (process)")
struct MachineTranslationMarksCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/mt18")

    /// The best match's score and status for `sentence` (en → `target`).
    static func best(_ sentence: String, to target: String, memory: URL, in scratch: URL) throws -> (score: Double, status: String)? {
        let query = try CLI.run(["query", sentence, "--from", "en", "--to", target, "--format", "json"], in: scratch, memory: memory)
        guard let first = (try query.json()["matches"] as? [[String: Any]])?.first else { return nil }
        return (first["score"] as? Double ?? 0, (first["origin"] as? [String: Any])?["status"] as? String ?? "")
    }

    @Test("XLIFF 2.1: mtConfidence, a candidate of type mt equal to the target and a tool's provenance need review; a post-edit, a person and a final state do not")
    func xliff2() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let run = try CLI.run(["import", Self.folder.appendingPathComponent("mt-marks.nl-BE.xlf").path], in: scratch, memory: memory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("6 units read: 6 added, 0 updated, 0 unchanged (xliff, scope permits.html, 3 need review)"), "\(run.stdout)")
        #expect(run.stdout.contains(#"unit confidence segment s1: machine translation (its:mtConfidence="0.77" from https://mt.example.eu/engine, ITS MT Confidence)"#), "\(run.stdout)")
        #expect(run.stdout.contains("unit candidate segment s2: machine translation (a candidate of type mt from DeepL holds this very target)"), "\(run.stdout)")
        #expect(run.stdout.contains(#"unit tool segment s4: machine translation (its:tool="Example MT API", ITS Provenance"#), "\(run.stdout)")
        for sentence in ["Apply for a parking permit online.", "The permit costs 20 euros a year.", "The permit is valid for one street."] {
            let match = try Self.best(sentence, to: "nl-BE", memory: memory, in: scratch)
            #expect(match?.status == "needsReview", "\(sentence)")
            #expect((match?.score ?? 100) < 100, "\(sentence)")
        }
        #expect(try Self.best("Residents get a discount.", to: "nl-BE", memory: memory, in: scratch)?.status == "translated")
        #expect(try Self.best("Visitors pay at the meter.", to: "nl-BE", memory: memory, in: scratch)?.status == "translated")
        #expect(try Self.best("Questions? Call the city office.", to: "nl-BE", memory: memory, in: scratch)?.status == "reviewed")
    }

    @Test("XLIFF 1.2: its:mtConfidence on the target and an <alt-trans> of an engine equal to it need review; a memory's candidate does not")
    func xliff12() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let run = try CLI.run(["import", Self.folder.appendingPathComponent("mt-marks.fr-BE.xlf").path], in: scratch, memory: memory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("(xliff, scope permits.html, 2 need review)"), "\(run.stdout)")
        #expect(run.stdout.contains("a candidate from Google Translate, a machine translation engine, holds this very target"), "\(run.stdout)")
        #expect(try Self.best("Apply for a parking permit online.", to: "fr-BE", memory: memory, in: scratch)?.status == "needsReview")
        #expect(try Self.best("The permit costs 20 euros a year.", to: "fr-BE", memory: memory, in: scratch)?.status == "needsReview")
        #expect(try Self.best("Residents get a discount.", to: "fr-BE", memory: memory, in: scratch)?.status == "translated")
    }
}
