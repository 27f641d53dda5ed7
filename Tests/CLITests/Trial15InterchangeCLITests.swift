import Foundation
import Testing

/// The fifteenth trial's XLIFF files through `import` and `tm export` (findings 11 and 18), as processes on
/// the trial's files (`Tests/Fixtures/interop/trial15`).
@Suite("Fifteenth trial: <cp>, Format Style and unsegmented XLIFF targets (process)")
struct Trial15InterchangeCLITests {
    static func fixture(_ name: String) -> String {
        CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial15/" + name).path
    }

    @Test("a <cp hex=\"000B\"/> stays in the memory and the TMX export, and the export reads back the same")
    func codePointRoundTrip() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let imported = try CLI.run(["import", Self.fixture("okapi-x2-edge.xlf"), Self.fixture("okapi-x2-fs.xlf")], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let query = try CLI.run(["query", "Press Enter to search the archive.", "--from", "en-US", "--to", "fr-BE"], memory: memory)
        #expect(query.stdout.contains("Appuyez sur  pour chercher dans les archives."), "\(query.stdout)")
        let out = scratch.appendingPathComponent("back.tmx")
        #expect(try CLI.run(["tm", "export", "--out", out.path], memory: memory).status == 0)
        let tmx = try String(contentsOf: out, encoding: .utf8)
        #expect(tmx.contains(#"pour chercher<ph type="lb">&lt;cp hex=&quot;000B&quot;/&gt;</ph>dans les archives."#), "\(tmx)")
        // Format Style: the link's address of each language and the bold come out as native code.
        #expect(tmx.contains(#"&lt;a href=&quot;mailto:verdacht@safeonweb.be&quot;&gt;</bpt>verdacht@safeonweb.be"#), "\(tmx)")
        #expect(tmx.contains(#"<bpt i="2" x="2" type="bold">&lt;b&gt;</bpt>101<ept i="2">&lt;/b&gt;</ept>"#), "\(tmx)")
        // Read back into another memory, the export is the same text.
        let second = scratch.appendingPathComponent("second.sqlite")
        #expect(try CLI.run(["import", out.path], memory: second).status == 0)
        let again = scratch.appendingPathComponent("again.tmx")
        #expect(try CLI.run(["tm", "export", "--out", again.path], memory: second).status == 0)
        let segs = { (text: String) in text.components(separatedBy: "\n").filter { $0.contains("<seg>") } }
        #expect(segs(try String(contentsOf: again, encoding: .utf8)) == segs(tmx))
    }

    @Test("an XLIFF 1.2 target not segmented as its <seg-source> is imported as one unit, named with its line")
    func unsegmentedTarget() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let imported = try CLI.run(["import", Self.fixture("okapi-unsegmented-target.xlf")], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("3 added"), "\(imported.stdout)")
        #expect(imported.stdout.contains("line 17: warning: unit tu2, the <target> is not segmented as the <seg-source> is"), "\(imported.stdout)")
        let query = try CLI.run(["query", "The reform starts on 1 September 2027. Pupils in the first grade get two extra hours of Dutch per week.",
                                 "--from", "en", "--to", "fr-BE", "--format", "json"], memory: memory).json()
        let best = try #require((query["matches"] as? [[String: Any]])?.first, "\(query)")
        #expect(best["target"] as? String
                == "La réforme entre en vigueur le 1er septembre 2027. Les élèves du premier degré reçoivent deux heures de néerlandais en plus par semaine.",
                "\(best)")
    }

    /// Finding 6: a Lokalise glossary (source terms under `term`) checked against an article: the English
    /// terms are read in the checked pair's source language, so "wethouder" for "alderman" is found.
    @Test("check with a Lokalise glossary: the term column is the pair's source, its terms are checked")
    func lokaliseGlossary() throws {
        let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/terminology/trial15")
        let check = try CLI.run(["check", folder.appendingPathComponent("alderman-test").path, "--termbase",
                                 folder.appendingPathComponent("lokalise-glossary.csv").path, "--no-default-termbase"])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("missing-term") && check.stdout.contains("schepen") && check.stdout.contains("fietspad"), "\(check.stdout)")
        let list = try CLI.run(["terms", "list", "--termbase", folder.appendingPathComponent("lokalise-glossary.csv").path,
                                "--no-default-termbase", "--termbase-languages", "en,nl-BE"])
        #expect(list.status == 0 && list.stdout.contains("alderman (en, preferred)"), "\(list.stdout)\(list.stderr)")
    }
}
