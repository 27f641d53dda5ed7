import Foundation
import Testing

/// The newsroom's daily case from the sixth fresh-user trial: a new English article waits for its first
/// translation and is published together with articles that already have their translations.
@Suite("taalgrens publish and export: a new article with only its source version")
struct NewArticleCLITests {
    /// A folder holding only the English version of an example article.
    static func newArticle(in scratch: URL) throws -> URL {
        let folder = scratch.appendingPathComponent("new-article")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.example("youth-pledge-2020").appendingPathComponent("en.md"),
                                        to: folder.appendingPathComponent("en.md"))
        return folder
    }

    @Test("publish imports the full folder, exports the source-only one, and says so (was: exit 2 after a silent import)")
    func publishExportsASourceOnlyFolder() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let new = try Self.newArticle(in: scratch)
        let full = CLI.example("safer-internet-day-2020").path
        let memory = scratch.appendingPathComponent("m.tm")
        let result = try CLI.run(["publish", full, new.path, "--to", "nl-BE", "--out", scratch.appendingPathComponent("out").path,
                                  "--tm", memory.path], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        // Shown relative to the working directory, like every path in text output (eighth trial, polish 13).
        #expect(result.stdout.contains("exported only \(new.lastPathComponent): it holds one language version"), "\(result.stdout)")
        #expect(result.stdout.contains("imported safer-internet-day-2020"), "\(result.stdout)")
        let bundle = scratch.appendingPathComponent("out/new-article/nl-BE/article.xlf")
        #expect(FileManager.default.fileExists(atPath: bundle.path))
        // Nothing untranslated is counted twice: every segment of the new article is to review because it
        // has no translation, and the line says so once.
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("new-article/nl-BE") })
        #expect(line.contains("to review (all shown in the source language)") || line.contains("of them shown in the source language"), "\(line)")
        #expect(!line.contains(", 0 untranslated"), "\(line)")
    }

    @Test("a wrong path among the folders stops publish before anything is imported")
    func wrongPathStopsBeforeImport() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let result = try CLI.run(["publish", CLI.example("safer-internet-day-2020").path, scratch.appendingPathComponent("typo").path,
                                  "--to", "nl-BE", "--out", scratch.appendingPathComponent("out").path, "--tm", memory.path], in: scratch)
        #expect(result.status == 2)
        #expect(result.stderr.contains("typo: no such file or folder"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: memory.path), "the memory was created although the run stopped")
    }

    @Test("align on a source-only folder names the file it found and points to export")
    func alignNamesTheFileAndTheCommand() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let new = try Self.newArticle(in: scratch)
        let result = try CLI.run(["align", new.path], in: scratch)
        #expect(result.status == 2)
        #expect(result.stderr.contains("found 1 (en.md)"), "\(result.stderr)")
        #expect(result.stderr.contains("taalgrens export"), "\(result.stderr)")
    }

    @Test("query --file on a file without queries says so on standard error and exits 0")
    func emptyQueryFile() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        try CLI.createMemory(memory)
        let file = scratch.appendingPathComponent("empty.txt")
        try Data("\n  \n".utf8).write(to: file)
        let result = try CLI.run(["query", "--file", file.path, "--from", "en", "--to", "nl-BE", "--format", "json", "--tm", memory.path], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("holds no query"), "\(result.stderr)")
    }
}

/// A translator sends back the whole bundle folder rather than its `article.xlf` (TRIAL6 finding 11: the
/// folder was read as an article folder and refused for its file names).
@Suite("taalgrens import of a returned bundle folder")
struct BundleFolderImportCLITests {
    @Test("import of a bundle folder, or of the article's folder of bundles, imports their article.xlf files")
    func bundleFoldersImportTheirXLIFF() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let article = CLI.example("youth-pledge-2020").path
        let out = scratch.appendingPathComponent("out")
        let published = try CLI.run(["publish", article, "--to", "nl-BE,fr-BE", "--out", out.path, "--tm", memory.path], in: scratch)
        try #require(published.status == 0, "\(published.stderr)")

        let one = try CLI.run(["import", out.appendingPathComponent("youth-pledge-2020/nl-BE").path, "--tm", memory.path], in: scratch)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.contains("youth-pledge-2020/nl-BE/article.xlf:"), "\(one.stdout)")

        let both = try CLI.run(["import", out.appendingPathComponent("youth-pledge-2020").path, "--tm", memory.path], in: scratch)
        #expect(both.status == 0, "\(both.stderr)")
        let lines = both.stdout.split(separator: "\n").filter { $0.contains("article.xlf:") }
        #expect(lines.count == 2, "\(both.stdout)")
        #expect(lines.first?.contains("fr-BE/article.xlf") == true && lines.last?.contains("nl-BE/article.xlf") == true, "\(both.stdout)")
    }
}

/// A query pasted as two sentences (TRIAL6: "no match" although both sentences were in the memory).
@Suite("taalgrens query of several sentences")
struct MultiSentenceQueryCLITests {
    @Test("the report says the query holds two sentences and how to look them up; one sentence gets no such note")
    func twoSentencesAreNamed() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let imported = try CLI.run(["import", CLI.example("safer-internet-day-2020").path, "--tm", memory.path], in: scratch)
        try #require(imported.status == 0, "\(imported.stderr)")
        let two = "Safer Internet Day is a worldwide event initiated by the European Commission. This campaign is accessible online."
        let result = try CLI.run(["query", two, "--from", "en", "--to", "nl-BE", "--format", "json", "--tm", memory.path], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        let notes = try result.json()["notes"] as? [String] ?? []
        #expect(notes.contains { $0.contains("the query holds 2 sentences") }, "\(result.stdout)")
        let one = try CLI.run(["query", "This campaign is accessible online.", "--from", "en", "--to", "nl-BE", "--format", "json", "--tm", memory.path], in: scratch)
        #expect(!(try one.json()["notes"] as? [String] ?? []).contains { $0.contains("sentences") }, "\(one.stdout)")
        // Seventh trial: the note stood above a 100 % match of both sentences (a unit holding two sentences).
        let tmx = scratch.appendingPathComponent("two.tmx")
        try #"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body><tu tuid="two"><tuv xml:lang="en"><seg>\#(two)</seg></tuv><tuv xml:lang="nl-BE"><seg>Safer Internet Day is een wereldwijd evenement van de Europese Commissie. Deze campagne is online toegankelijk.</seg></tuv></tu></body></tmx>"#
            .write(to: tmx, atomically: true, encoding: .utf8)
        try #require(try CLI.run(["import", tmx.path, "--tm", memory.path], in: scratch).status == 0)
        let whole = try CLI.run(["query", two, "--from", "en", "--to", "nl-BE", "--format", "json", "--tm", memory.path], in: scratch)
        let wholeJSON = try whole.json()
        #expect((wholeJSON["matches"] as? [[String: Any]])?.first?["score"] as? Double == 100, "\(whole.stdout)")
        #expect(!(wholeJSON["notes"] as? [String] ?? []).contains { $0.contains("sentences") }, "\(whole.stdout)")
    }
}
