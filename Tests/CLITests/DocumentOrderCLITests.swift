import Foundation
import Testing

/// Sixteenth trial, finding 6 (session 19): a project memory whose units name their document (memoQ's
/// `x-document`) or an aligner's TMX is a text in order; imported, its units give context matches (101) to a
/// query with the same neighbours, and the import says which documents gave their order.
@Suite("import and query: context matches from the order of a TMX's units (process)")
struct DocumentOrderCLITests {
    static func fixture(_ name: String) -> URL {
        CLI.repository.appendingPathComponent("Tests/Fixtures/interop").appendingPathComponent(name)
    }

    static func score(_ arguments: [String], target: String, memory: URL, in scratch: URL) throws -> Double? {
        let result = try CLI.run(["query"] + arguments + ["--from", "en-GB", "--to", target, "--format", "json"], in: scratch, memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        return (try result.json()["matches"] as? [[String: Any]])?.first?["score"] as? Double
    }

    @Test("memoQ's project memory: 101 for the same neighbours in the same document, 100 elsewhere; the import's note and JSON")
    func memoQProject() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let file = Self.fixture("order19/memoq-project.tmx").path

        let json = try CLI.run(["import", file, "--format", "json"], in: scratch, memory: memory)
        #expect(json.status == 0, "\(json.stderr)")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?.first)
        let ordered = try #require(summary["contextFromOrder"] as? [String: Any], "\(json.stdout)")
        #expect(ordered["units"] as? Int == 6)
        #expect(ordered["documents"] as? [String] == ["bank-helpdesk-scam.docx", "parcel-scam.docx"])

        let text = try CLI.run(["import", file], in: scratch, memory: memory)
        #expect(text.status == 0)
        #expect(text.stdout.contains("note: 6 units took their context (for 101 % matches) from the order of the file, as the sentences of 2 documents bank-helpdesk-scam.docx, parcel-scam.docx in turn"), "\(text.stdout)")
        // Importing it again changes nothing.
        #expect(text.stdout.contains("0 added, 0 updated, 7 unchanged"), "\(text.stdout)")

        let sentence = "Forward the message to 3680 and delete it."
        #expect(try Self.score([sentence, "--prev", "Do not click the link."], target: "nl-BE", memory: memory, in: scratch) == 101)
        #expect(try Self.score([sentence, "--prev", "Do not click the link.", "--next", "Stay alert."], target: "nl-BE", memory: memory, in: scratch) == 100)
        let middle = "Your bank never asks for your card reader codes."
        #expect(try Self.score([middle, "--prev", "Do not click the link.", "--next", "Call Card Stop at 078 170 170."],
                               target: "nl-BE", memory: memory, in: scratch) == 101)
        #expect(try Self.score([middle], target: "nl-BE", memory: memory, in: scratch) == 100)
    }

    @Test("an aligner's TMX (LF Aligner): the first sentence of the text is 101 at the start of a document with the same next sentence")
    func alignerFile() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let imported = try CLI.run(["import", Self.fixture("order19/lf-aligner.tmx").path], in: scratch, memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("note: 3 units took their context (for 101 % matches) from the order of the file, as the sentences of the document lf-aligner.tmx in turn"), "\(imported.stdout)")
        #expect(try Self.score(["Sextortion is blackmail with intimate images.", "--next", "Do not pay and stop all contact."],
                               target: "fr-BE", memory: memory, in: scratch) == 101)
        #expect(try Self.score(["Do not pay and stop all contact.", "--prev", "Sextortion is blackmail with intimate images.",
                                "--next", "Keep the evidence."], target: "fr-BE", memory: memory, in: scratch) == 101)
    }
}
