import Foundation
import Testing

/// Seventeenth trial, finding 16: Drupal's TMGMT XLIFF puts a whole body field in one `<trans-unit>`, its
/// paragraphs as `<bpt>&lt;p&gt;</bpt>…<ept>&lt;/p&gt;</ept>`; it was stored as one unit with the paragraphs
/// glued ("12 March 2026.What changes for you?…"), so no sentence of it was ever a match. The kind: a unit of
/// another tool's XLIFF 1.2, XLIFF 2 or TMX that holds several blocks (escaped HTML block tags in native
/// codes, `<g ctype="x-html-p">`, `<pc>` of block elements, a double line break).
@Suite("import: a unit holding several blocks of HTML is stored block by block and sentence by sentence (process)")
struct EmbeddedBlocksCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/blocks18")

    /// The exact match for `sentence` (en → `target`), or `nil`.
    static func exact(_ sentence: String, to target: String, memory: URL, in scratch: URL) throws -> String? {
        let query = try CLI.run(["query", sentence, "--from", "en", "--to", target, "--format", "json"], in: scratch, memory: memory)
        let matches = try query.json()["matches"] as? [[String: Any]] ?? []
        guard let best = matches.first, (best["score"] as? Double ?? 0) >= 100 else { return nil }
        return best["target"] as? String
    }

    /// The texts of the concordance hits of `phrase` in `locale`.
    static func hits(_ phrase: String, locale: String, memory: URL, in scratch: URL) throws -> [String] {
        let result = try CLI.run(["concordance", phrase, "--locale", locale, "--format", "json"], in: scratch, memory: memory).json()
        return (result["hits"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    @Test("TMGMT XLIFF 1.2: paragraphs, a heading and list items become units; sentences pair when both sides have as many")
    func drupalBody() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let run = try CLI.run(["import", Self.folder.appendingPathComponent("tmgmt-job-7.xlf").path], in: scratch, memory: memory)
        #expect(run.status == 0, "\(run.stderr)")
        // Title 1 + body 8 (2 sentences, heading, a paragraph of 2 sentences against 1, 2 list items, 2 sentences) + summary 1.
        #expect(run.stdout.contains("10 units read: 10 added"), "\(run.stdout)")
        // TMGMT's original names the schema, not the document: the job file names the scope.
        #expect(run.stdout.contains("10 added, 0 updated, 0 unchanged (xliff)"), "\(run.stdout)")
        #expect(run.stdout.contains("6 blocks (p, h2, p, li, li, p) of HTML in one segment: stored as 8 units"), "\(run.stdout)")
        #expect(run.stdout.contains("the variants hold different blocks of HTML (en 2 blocks (p, p), nl-BE 1 block (p))"), "\(run.stdout)")
        #expect(try Self.exact("From 3 March the city library opens at 9 o'clock.", to: "nl-BE", memory: memory, in: scratch)
                == "Vanaf 3 maart opent de stadsbibliotheek om 9 uur.")
        #expect(try Self.exact("It closes at 18 o'clock on weekdays.", to: "nl-BE", memory: memory, in: scratch)
                == "Op weekdagen sluit ze om 18 uur.")
        #expect(try Self.exact("Where can you return books?", to: "nl-BE", memory: memory, in: scratch) == "Waar kunt u boeken terugbrengen?")
        #expect(try Self.exact("Ask at the desk.", to: "nl-BE", memory: memory, in: scratch) == "Stel ze aan de balie.")
        // A list item with its bold kept (a code the typed query lacks, so not 100).
        let item = try CLI.run(["query", "Games, but not puzzles", "--from", "en", "--to", "nl-BE", "--format", "json"], in: scratch, memory: memory)
        #expect((try item.json()["matches"] as? [[String: Any]])?.first?["target"] as? String == "Spellen, maar geen puzzels", "\(item.stdout)")
        // Two English sentences against one Dutch one: the paragraph is one unit, never glued to the heading.
        #expect(try Self.hits("inleverbus", locale: "nl-BE", memory: memory, in: scratch)
                == ["Gebruik de inleverbus naast de ingang, die het personeel elke ochtend leegmaakt.",
                    "Nieuwe uren vanaf maart. De inleverbus blijft open."])
        #expect(try Self.hits("drop box", locale: "en", memory: memory, in: scratch).sorted()
                == ["New hours from March. The drop box stays open.",
                    "Use the drop box next to the entrance. Staff empty it every morning."])
        // Importing the same file again changes nothing.
        let again = try CLI.run(["import", Self.folder.appendingPathComponent("tmgmt-job-7.xlf").path], in: scratch, memory: memory)
        #expect(again.stdout.contains("10 units read: 0 added, 0 updated, 10 unchanged"), "\(again.stdout)")
    }

    @Test("XLIFF 1.2 <g ctype=\"x-html-p\">, a double <x ctype=\"lb\"/>, XLIFF 2 <pc> of block elements, TMX <bpt>&lt;p&gt;")
    func otherShapes() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        for file in ["okapi-g-blocks.xlf", "pc-blocks.xlf", "cms-export.tmx"] {
            let run = try CLI.run(["import", Self.folder.appendingPathComponent(file).path], in: scratch, memory: memory)
            #expect(run.status == 0, "\(file): \(run.stderr)")
        }
        let pairs: [(String, String, String)] = [
            ("Swimming lessons start on 5 May.", "fr-BE", "Les cours de natation commencent le 5 mai."),
            ("Register before 20 April.", "fr-BE", "Inscrivez-vous avant le 20 avril."),
            ("Bring a towel.", "fr-BE", "Apportez une serviette."),
            ("Lockers cost one euro.", "fr-BE", "Les casiers coûtent un euro."),
            ("Parking at the station", "nl-BE", "Parkeren aan het station"),
            ("It has room for 400 cars.", "nl-BE", "Er is plaats voor 400 auto's."),
            ("Cyclists can use the ferry.", "fr-BE", "Les cyclistes peuvent prendre le bac."),
        ]
        for (source, locale, target) in pairs {
            #expect(try Self.exact(source, to: locale, memory: memory, in: scratch) == target, "\(source)")
        }
    }
}
