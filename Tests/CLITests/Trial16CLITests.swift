import Foundation
import Testing

/// The sixteenth fresh-user trial's command-line findings that are interop16's (`/work/wt/TRIAL16.md`).
@Suite struct Trial16CLITests {
    /// Finding 10: `tm stats` and `tm migrate --format json` gave a relative `--tm`/`$TAALGRENS_TM` as typed
    /// (`"taalgrens.tm"`), though `docs/cli.md` promises absolute paths in JSON.
    @Test("tm migrate and tm stats give the memory's absolute path in JSON for a relative --tm and $TAALGRENS_TM; text stays short")
    func absoluteMemoryPath() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let expected = dir.appendingPathComponent("m.tm").standardizedFileURL.path
        let migrate = try CLI.run(["tm", "migrate", "--tm", "m.tm", "--format", "json"], in: dir)
        #expect(migrate.status == 0, "\(migrate.stderr)")
        #expect(try migrate.json()["path"] as? String == expected, "\(migrate.stdout)")
        let stats = try CLI.run(["tm", "stats", "--tm", "./m.tm", "--format", "json"], in: dir)
        #expect(try stats.json()["path"] as? String == expected, "\(stats.stdout)")
        let fromEnvironment = try CLI.run(["tm", "stats", "--format", "json"], in: dir, environment: ["TAALGRENS_TM": "m.tm"])
        #expect(try fromEnvironment.json()["path"] as? String == expected, "\(fromEnvironment.stdout)")
        let text = try CLI.run(["tm", "migrate", "--tm", "m.tm"], in: dir)
        #expect(text.stdout.contains(" at m.tm (sqlite)"), "\(text.stdout)")
    }

    /// Finding 15: a returned bundle folder holding Trados Studio's `article.xlf.sdlxliff` beside our untranslated
    /// `article.xlf`: `import FOLDER` read only `article.xlf`, skipped every segment, never named the
    /// `.sdlxliff`, and exited 0 as if something had been imported.
    @Test("import of a bundle folder reads the CAT tool's file made from article.xlf too, and warns when a file imported nothing")
    func bundleFolderWithToolFile() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fixtures = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial16")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("faq-new"), to: dir.appendingPathComponent("faq-new"))
        let memory = dir.appendingPathComponent("m.tm")
        let publish = try CLI.run(["publish", "faq-new", "--to", "nl-BE", "--xliff", "1.2", "--out", "out", "-q"], in: dir, memory: memory)
        #expect(publish.status == 0, "\(publish.stderr)")
        let bundle = dir.appendingPathComponent("out/faq-new/nl-BE")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("article.xlf.sdlxliff"), to: bundle.appendingPathComponent("article.xlf.sdlxliff"))
        let result = try CLI.run(["import", "out/faq-new/nl-BE", "--format", "json"], in: dir, memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        let summaries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(summaries.count == 2, "\(result.stdout)")
        // Since session 17 the Trados file is read as the bundle's return (ToolFileOfBundleCLITests), and the
        // untranslated article.xlf says where its translations are instead of warning.
        let ours = summaries.first { ($0["path"] as? String)?.hasSuffix("/article.xlf") == true }
        #expect((ours?["reasons"] as? [String]) == ["no segment of article.xlf itself is translated: the translations are read from article.xlf.sdlxliff beside it"],
                "\(result.stdout)")
        let trados = summaries.first { ($0["path"] as? String)?.hasSuffix("/article.xlf.sdlxliff") == true }
        #expect((trados?["added"] as? Int ?? 0) > 0 && trados?["origin"] as? String == "faq-new", "\(result.stdout)")
    }

    /// Finding 9: a Wordfast TXML file was refused by its extension without a word of what it is, and the
    /// same file named `.xml` too; an `.xml` holding TMX or XLIFF is now read by its root element, and since
    /// session 18 a TXML is read (WordfastTXMLCLITests).
    @Test("a .txml file, or one named .xml, is read as Wordfast's TXML; an .xml TMX is read")
    func wordfastTXML() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let txml = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial16/sextortion-guide.html.txml")
        try FileManager.default.copyItem(at: txml, to: dir.appendingPathComponent("guide.xml"))
        for (n, name) in [txml.path, "guide.xml"].enumerated() {
            let result = try CLI.run(["import", name], in: dir, memory: dir.appendingPathComponent("m\(n).tm"))
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.contains("3 units read: 3 added"), "\(result.stdout)")
        }
        try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial16/nld.tmx"), to: dir.appendingPathComponent("memory.xml"))
        let tmx = try CLI.run(["import", "memory.xml"], in: dir, memory: dir.appendingPathComponent("m.tm"))
        #expect(tmx.status == 0 && tmx.stdout.contains("memory.xml: 1 unit read: 1 added"), "\(tmx.stdout)\(tmx.stderr)")
    }

    /// Finding 14's rest: a glossary's per-language notes ("Anglicism, do not use") were nowhere to be seen in
    /// `terms lookup` and `terms list`.
    @Test("terms lookup shows a term's notes, in text and JSON, and the forbidden flag's deprecated status")
    func termNotes() throws {
        let glossary = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial16/matecat-glossary.csv").path
        let text = try CLI.run(["terms", "lookup", "hotline", "-l", "fr-BE", "--termbase", glossary, "--no-default-termbase"])
        #expect(text.status == 0 && text.stdout.contains("hotline (fr-BE, deprecated)")
                && text.stdout.contains("   note on “hotline” (fr-BE): Anglicism, do not use"), "\(text.stdout)\(text.stderr)")
        let json = try CLI.run(["terms", "lookup", "hotline", "-l", "fr-BE", "--termbase", glossary, "--no-default-termbase", "--format", "json"]).json()
        let terms = (json["entries"] as? [[String: Any]])?.first?["terms"] as? [[String: Any]]
        #expect(terms?.first?["notes"] as? [String] == ["Anglicism, do not use"], "\(json)")
    }
}
