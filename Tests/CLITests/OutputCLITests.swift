import Foundation
import Testing

/// What the commands print: import counts that add up, query files as text or JSON Lines, paths relative
/// to the working directory, one error prefix, plurals, the TMX header version, XML errors in words.
@Suite("taalgrens output (process)")
struct OutputCLITests {
    /// `taalgrens --version`, the one version constant.
    static func version() throws -> String {
        try CLI.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("import counts add up to the units read: a paragraph inserted at the top moves the later units")
    func importCountsAddUp() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let folder = scratch.appendingPathComponent("friend-zone-escape-game")
        try FileManager.default.copyItem(at: CLI.example("friend-zone-escape-game"), to: folder)
        let first = try CLI.run(["import", folder.path], memory: memory)
        #expect(first.status == 0, "\(first.stderr)")
        // 16 aligned beads, the front matter's category (docs/bundles.md, "Front-matter fields"), and two
        // en–fr-BE units at the sentence for a bead where nl-BE joins two sentences (docs/alignment.md, "Finer pairs").
        #expect(first.stdout == "friend-zone-escape-game: 19 units read: 19 added, 0 updated, 0 unchanged (article)\n")

        // One new sentence after the front matter, in every language: the blocks after it shift.
        let added = ["en": "The game was first shown to teachers in Brussels.",
                     "nl-BE": "Het spel werd eerst aan leerkrachten in Brussel getoond.",
                     "fr-BE": "Le jeu a d'abord été présenté à des enseignants à Bruxelles."]
        for (locale, sentence) in added {
            let url = folder.appendingPathComponent("\(locale).md")
            var text = try String(contentsOf: url, encoding: .utf8)
            let frontMatterEnd = try #require(text.range(of: "---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex))
            text.insert(contentsOf: "\n\(sentence)\n", at: frontMatterEnd.upperBound)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let revised = try CLI.run(["import", folder.path, "--format", "json"], memory: memory)
        #expect(revised.status == 0, "\(revised.stderr)")
        let counts = try #require((try JSONSerialization.jsonObject(with: Data(revised.stdout.utf8)) as? [[String: Any]])?.first)
        let number = { (key: String) in counts[key] as? Int ?? -1 }
        #expect(number("read") == 20)
        #expect(number("added") == 1)
        #expect(number("moved") == 17)
        #expect(number("unchanged") == 2)   // the title and the category
        #expect(number("added") + number("updated") + number("unchanged") + number("moved") + number("merged") + number("skipped") == number("read"))

        // The same import again, as text: every unit is now unchanged.
        let again = try CLI.run(["import", folder.path], memory: memory)
        #expect(again.stdout == "friend-zone-escape-game: 20 units read: 0 added, 0 updated, 20 unchanged (article)\n")
    }

    @Test("the moved count shows in the text output")
    func movedInText() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let folder = scratch.appendingPathComponent("youth-pledge-2020")
        try FileManager.default.copyItem(at: CLI.example("youth-pledge-2020"), to: folder)
        #expect(try CLI.run(["import", folder.path], memory: memory).status == 0)
        for locale in ["en", "nl-BE", "fr-BE"] {
            let url = folder.appendingPathComponent("\(locale).md")
            var text = try String(contentsOf: url, encoding: .utf8)
            let frontMatterEnd = try #require(text.range(of: "---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex))
            text.insert(contentsOf: "\nBrussels, 2020.\n", at: frontMatterEnd.upperBound)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let revised = try CLI.run(["import", folder.path], memory: memory)
        #expect(revised.status == 0, "\(revised.stderr)")
        #expect(revised.stdout.contains(" moved"), "\(revised.stdout)")
        let numbers = revised.stdout.split(separator: ":")[1].split(separator: " ").compactMap { Int($0) }
        // "N units read: a added, u updated, c unchanged, m moved" — a + u + c + m == N.
        let read = try #require(Int(revised.stdout.split(separator: " ")[1]))
        #expect(numbers.reduce(0, +) == read, "\(revised.stdout)")
    }

    @Test("query --file prints text by default and JSON Lines with --format json")
    func queryFile() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", "Examples/articles/safer-internet-day-2020"], memory: memory).status == 0)
        let queries = scratch.appendingPathComponent("queries.txt")
        try "Safer Internet Day is a worldwide event initiated by the European Commission and organised every year in February, with the aim of making the internet a fun, creative, satisfying and safe place for everyone.\n\nNothing like this sentence is stored anywhere.\n"
            .write(to: queries, atomically: true, encoding: .utf8)
        let text = try CLI.run(["query", "--file", queries.path, "--from", "en", "--to", "nl-BE"], memory: memory)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "query 1: Safer Internet Day is a worldwide event initiated by the European Commission and organised every year in February, with the aim of making the internet a fun, creative, satisfying and safe place for everyone.")
        #expect(lines.dropFirst().first?.hasPrefix("1. ") == true)
        #expect(text.stdout.contains("\n\nquery 2: Nothing like this sentence is stored anywhere.\nno match for \"Nothing like this sentence is stored anywhere.\" (en → nl-BE)\n"))
        #expect(!text.stdout.contains("{"))

        let json = try CLI.run(["query", "--file", queries.path, "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory)
        #expect(json.status == 0, "\(json.stderr)")
        let objects = try json.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(objects.count == 2)
        #expect(objects.first??["query"] as? String == "Safer Internet Day is a worldwide event initiated by the European Commission and organised every year in February, with the aim of making the internet a fun, creative, satisfying and safe place for everyone.")
        #expect((objects.first??["matches"] as? [Any])?.isEmpty == false)
        #expect((objects.last??["matches"] as? [Any])?.isEmpty == true)
    }

    @Test("paths under the working directory print relative to it, others absolute; errors too")
    func relativePaths() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        try CLI.createMemory(memory)  // only import, publish and tm migrate create one
        let article = CLI.example("youth-pledge-2020").path
        let export = try CLI.run(["export", article, "--to", "nl-BE", "--out", "bundles", "--zip"], in: scratch, memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        // 13 sentences and the category.
        #expect(export.stdout.hasPrefix("bundles/youth-pledge-2020/nl-BE: 14 segments, "), "\(export.stdout)")
        #expect(export.stdout.contains("\n  zip: bundles/youth-pledge-2020-nl-BE.zip\n"))
        let json = try CLI.run(["export", article, "--to", "nl-BE", "--out", "bundles", "--force", "--format", "json"], in: scratch, memory: memory)
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])?.first)
        #expect((summary["path"] as? String)?.hasPrefix("/") == true, "JSON keeps absolute paths")

        let again = try CLI.run(["export", article, "--to", "nl-BE", "--out", "bundles"], in: scratch, memory: memory)
        #expect(again.status == 2)
        #expect(again.stderr == "error: bundles/youth-pledge-2020/nl-BE: a bundle already exists here; pass --force to replace it\n")

        let outside = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: outside) }
        let elsewhere = try CLI.run(["export", article, "--to", "fr-BE", "--out", outside.path], in: scratch, memory: memory)
        #expect(elsewhere.stdout.hasPrefix(outside.path + "/youth-pledge-2020/fr-BE: "), "\(elsewhere.stdout)")

        let stats = try CLI.run(["tm", "stats", "--tm", "tm.sqlite"], in: scratch)
        #expect(stats.stdout.contains(" at tm.sqlite\n0 units from 0 articles\n"), "\(stats.stdout)")
    }

    @Test("a file that is not a memory: the error says it once")
    func oneErrorPrefix() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let notAMemory = scratch.appendingPathComponent("notes.tm")
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: notAMemory)
        let result = try CLI.run(["tm", "stats", "--tm", "notes.tm"], in: scratch)
        #expect(result.status == 2)
        #expect(result.stderr == "error: notes.tm: is not a translation memory (expected a SQLite file written by taalgrens import or taalgrens tm migrate)\n")
    }

    @Test("TMX headers carry the version that --version prints")
    func tmxVersion() throws {
        let version = try Self.version()
        #expect(version.split(separator: ".").count == 3, "\(version)")
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", "Examples/articles/youth-pledge-2020"], memory: memory).status == 0)
        let export = try CLI.run(["tm", "export"], memory: memory)
        #expect(export.stdout.contains("creationtoolversion=\"\(version)\""), "\(export.stdout.prefix(400))")
        let align = try CLI.run(["align", "Examples/articles/youth-pledge-2020", "--format", "tmx"])
        #expect(align.stdout.contains("creationtoolversion=\"\(version)\""))
    }

    @Test("counts agree with their nouns: 1 article, 1 unit")
    func plurals() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", "Examples/articles/youth-pledge-2020"], memory: memory).status == 0)
        let stats = try CLI.run(["tm", "stats"], memory: memory)
        // 12 aligned beads, the category, and two finer en–nl-BE or en–fr-BE units (docs/alignment.md, "Finer pairs").
        #expect(stats.stdout.contains("\n15 units from 1 article\n"), "\(stats.stdout)")
        // A one-unit TMX: "1 unit read".
        let tmx = scratch.appendingPathComponent("one.tmx")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
        <body><tu tuid="1"><tuv xml:lang="en"><seg>One warning.</seg></tuv><tuv xml:lang="nl-BE"><seg>Eén waarschuwing.</seg></tuv></tu></body></tmx>
        """.write(to: tmx, atomically: true, encoding: .utf8)
        let one = try CLI.run(["import", tmx.path], memory: memory)
        #expect(one.status == 0, "\(one.stderr)")
        // The line names the file as passed (TRIAL5 item 14).
        #expect(one.stdout.hasPrefix(tmx.path + ": 1 unit read: 1 added, "), "\(one.stdout)")
    }

    @Test("a truncated or empty TMX file: exit 2 and a message that says so")
    func truncatedTMX() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", "Examples/articles/safer-internet-day-2020"], memory: memory).status == 0)
        let full = try CLI.run(["tm", "export"], memory: memory).stdout
        let body = try #require(full.range(of: "<tu ")?.lowerBound)
        let cut = full[..<full.index(body, offsetBy: 900)]
        try String(cut).write(to: scratch.appendingPathComponent("cut.tmx"), atomically: true, encoding: .utf8)
        try Data().write(to: scratch.appendingPathComponent("empty.tmx"))

        let truncated = try CLI.run(["import", "cut.tmx"], in: scratch, memory: memory)
        #expect(truncated.status == 2)
        let lastLine = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(truncated.stderr.hasPrefix("error: cut.tmx:\(lastLine):"), "\(truncated.stderr)")
        #expect(truncated.stderr.contains(": the document ends too early (unclosed <"), "\(truncated.stderr)")
        #expect(truncated.stderr.hasSuffix("; the file may be truncated\n"))
        #expect(!truncated.stderr.contains("Extra content"))

        let empty = try CLI.run(["import", "empty.tmx"], in: scratch, memory: memory)
        #expect(empty.status == 2)
        #expect(empty.stderr == "error: empty.tmx:1:1: the document is empty: expected an XML document with a root element\n")
    }
}
