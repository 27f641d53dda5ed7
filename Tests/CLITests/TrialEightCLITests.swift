import Foundation
import TaalgrensTestSupport
import Testing

/// Eighth trial (a newsroom's first week): paths and files as a newsroom has them. Each test keeps the
/// trial's input: a `~` in the memory's path, a returned bundle folder given to `check`, another
/// memory given to `import`, a `Thumbs.db` beside the article folders, a query file saved in
/// Windows-1252, `terms export -o`, and paths printed relative to the working directory.
@Suite("eighth trial: a newsroom's paths and files (process)")
struct TrialEightCLITests {
    static let english = "# Phishing alert\n\nDelete the message and report it to the helpline.\n"
    static let dutch = "# Phishingalarm\n\nVerwijder het bericht en meld het bij de hulplijn.\n"

    /// An article folder with an English and a Dutch version under `folder`.
    static func article(_ folder: URL, dutch: Bool = true) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(english.utf8).write(to: folder.appendingPathComponent("en.md"))
        if dutch { try Data(Self.dutch.utf8).write(to: folder.appendingPathComponent("nl-BE.md")) }
    }

    @Test("--tm '~/…' and TAALGRENS_TM='~/…' name the memory in the home folder")
    func homeInMemoryPath() throws {
        let home = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: home) }
        try Self.article(home.appendingPathComponent("a"))
        let created = try CLI.run(["import", "a", "--tm", "~/team.tm"], in: home, environment: ["HOME": home.path])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("team.tm").path))
        let option = try CLI.run(["tm", "stats", "--tm", "~/team.tm"], in: home, environment: ["HOME": home.path])
        #expect(option.status == 0 && option.stdout.contains("2 units from 1 article"), "\(option.stdout)\(option.stderr)")
        let variable = try CLI.run(["tm", "stats"], in: home, environment: ["HOME": home.path, "TAALGRENS_TM": "~/team.tm"])
        #expect(variable.status == 0 && variable.stdout.contains("2 units from 1 article"), "\(variable.stdout)\(variable.stderr)")
    }

    @Test("check reads a returned bundle folder as its article.xlf, as import does")
    func checkBundleFolder() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.article(scratch.appendingPathComponent("alert"))
        let memory = scratch.appendingPathComponent("m.tm")
        #expect(try CLI.run(["publish", "alert", "--to", "nl-BE", "--out", "out", "-q"], in: scratch, memory: memory).status == 0)
        let check = try CLI.run(["check", "out/alert/nl-BE", "--format", "json"], in: scratch, memory: memory)
        #expect(check.status == 0, "\(check.stderr)")
        let summary = try check.json()["summary"] as? [String: Any]
        #expect(summary?["units"] as? Int == 2, "\(check.stdout)")
        let parent = try CLI.run(["check", "out/alert"], in: scratch, memory: memory)
        #expect(parent.status == 0 && parent.stdout.hasPrefix("2 units checked"), "\(parent.stdout)\(parent.stderr)")
    }

    @Test("import of another memory's .tm file says how to merge it")
    func importAMemoryFile() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try CLI.createMemory(scratch.appendingPathComponent("second.tm"))
        let result = try CLI.run(["import", "second.tm"], in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(result.status == 2)
        #expect(result.stderr.contains("`taalgrens tm export --format tmx --tm second.tm -o second.tmx`"), "\(result.stderr)")
    }

    @Test("publish arts/* skips the Thumbs.db, desktop.ini and ~$ files beside the article folders, with a note")
    func systemFilesBesideArticles() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let arts = scratch.appendingPathComponent("arts")
        try Self.article(arts.appendingPathComponent("alert"))
        for name in ["Thumbs.db", "desktop.ini", "~$notes.docx"] { try Data("x".utf8).write(to: arts.appendingPathComponent(name)) }
        let result = try CLI.run(["publish", "arts/Thumbs.db", "arts/alert", "arts/desktop.ini", "arts/~$notes.docx", "--to", "nl-BE", "--out", "out"],
                                 in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("note: skipped arts/Thumbs.db: a file the operating system"), "\(result.stderr)")
        #expect(result.stdout.contains("wrote out/alert/nl-BE"), "\(result.stdout)")
        // Only system files: nothing to check, said as such (not a check of the whole memory).
        let only = try CLI.run(["check", "arts/Thumbs.db"], in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(only.status == 2, "\(only.stdout)")
    }

    @Test("a query file in Windows-1252 is refused naming its line and byte")
    func queryFileNotUTF8() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try CLI.createMemory(scratch.appendingPathComponent("m.tm"))
        // "Caf\xe9 owners" on line 2, as a spreadsheet saves it.
        var bytes = Data("What to do\nCaf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: " owners warn\n".utf8)
        try bytes.write(to: scratch.appendingPathComponent("q.txt"))
        let result = try CLI.run(["query", "--file", "q.txt", "--from", "en", "--to", "nl-BE"], in: scratch,
                                 memory: scratch.appendingPathComponent("m.tm"))
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: q.txt:2:4: expected UTF-8 text with one query per line, found the byte 0xE9 (byte 4 of the line)"), "\(result.stderr)")
    }

    @Test("terms export -o writes the termbase to a file")
    func termsExportToFile() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CLI.run(["terms", "export", "--format", "csv", "-o", "glossary.csv"], in: scratch)
        #expect(result.status == 0 && result.stdout.isEmpty, "\(result.stderr)")
        let csv = try String(contentsOf: scratch.appendingPathComponent("glossary.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("id,locale,term,status") && csv.contains("c14,nl,jongerenambassadrice,preferred"), "\(csv.prefix(200))")
    }

    @Test("publish and check name a source-only folder relative to the working directory")
    func relativePaths() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.article(scratch.appendingPathComponent("new"), dutch: false)
        let publish = try CLI.run(["publish", "new", "--to", "nl-BE", "--out", "out"], in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(publish.status == 0)
        #expect((publish.stdout + publish.stderr).contains("exported only new: it holds one language version"), "\(publish.stdout)\(publish.stderr)")
        #expect(!(publish.stdout + publish.stderr).contains(scratch.path))
    }

    /// An XLIFF 2.1 bundle-like file whose one target uses the deprecated Dutch "hotline" (Glossary c11).
    static let hotlineXLIFF = """
    <?xml version="1.0" encoding="UTF-8"?>
    <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="nl-BE">
      <file id="f1" original="alert.md">
        <unit id="b7"><segment id="b7.s0" state="translated"><source>Delete the message and report it to the hotline.</source><target>Verwijder het bericht en meld het bij de hotline.</target></segment></unit>
      </file>
    </xliff>

    """

    @Test("findings of several returned bundles name their file and the segment's line; one file's findings too (fourteenth trial, finding 5)")
    func checkSeveralFiles() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        for name in ["a", "b"] { try Data(Self.hotlineXLIFF.utf8).write(to: scratch.appendingPathComponent("\(name).xlf")) }
        let json = try CLI.run(["check", "a.xlf", "b.xlf", "--format", "json"], in: scratch)
        #expect(json.status == 1)
        let findings = try json.json()["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { $0["file"] as? String ?? "-" } == ["a", "b"].map { scratch.appendingPathComponent("\($0).xlf").path })
        let text = try CLI.run(["check", "a.xlf", "b.xlf"], in: scratch)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(text.stdout)")
        #expect(lines.first?.hasPrefix("a.xlf:4: error forbidden-term nl-BE b7:b7.s0: ") == true, "\(text.stdout)")
        #expect(lines.dropFirst().first?.hasPrefix("b.xlf:4: error forbidden-term nl-BE b7:b7.s0: ") == true, "\(text.stdout)")
        let one = try CLI.run(["check", "a.xlf"], in: scratch)
        #expect(one.stdout.hasPrefix("a.xlf:4: error forbidden-term nl-BE b7:b7.s0: "), "\(one.stdout)")
    }

    @Test("a new article with only its source version is checked as a source")
    func checkSourceOnlyArticle() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("prog")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("# The Safer Internet Programme ends\n\nThe Safer Internet Programme was replaced by Better Internet for Kids.\n".utf8)
            .write(to: folder.appendingPathComponent("en.md"))
        let result = try CLI.run(["check", "prog", "--format", "json"], in: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try result.json()
        let findings = object["findings"] as? [[String: Any]] ?? []
        #expect(findings.map { "\($0["rule"] as? String ?? "") \($0["locale"] as? String ?? "") \($0["unit"] as? String ?? "")" }
                == ["forbidden-term en prog:0:0", "forbidden-term en prog:1:0"], "\(result.stdout)")
        #expect((object["summary"] as? [String: Any])?["units"] as? Int == 2)
    }
}


/// Eighth trial, finding 2: a publish that fails part-way says which folders it had already imported.
@Suite("eighth trial: a publish that stops part-way (process)")
struct TrialEightPartialPublishCLITests {
    @Test("the folders imported before the failure are named, and nothing is exported")
    func partialPublish() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try TrialEightCLITests.article(scratch.appendingPathComponent("good"))
        let bad = scratch.appendingPathComponent("bad")
        try TrialEightCLITests.article(bad)
        try Data().write(to: bad.appendingPathComponent("nl-BE.md"))   // an empty version: bad input at its import
        let result = try CLI.run(["publish", "good", "bad", "--to", "nl-BE", "--out", "out"], in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(result.status == 2)
        #expect(result.stderr.contains("note: publish stopped: good was imported before the failure and stays in the memory; no bundle was written"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("out/good").path))
    }
}
