import Foundation
import Interchange
import TaalgrensCore
import Testing

/// The import counts `taalgrens import --format json` printed for each path.
private func importCounts(_ result: CLI.Result) throws -> [[String: Any]] {
    guard let array = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] else {
        throw CLI.CLIError("expected a JSON array on standard output, got: \(result.stdout.prefix(200))")
    }
    return array
}

/// A bilingual TMX 1.4b file whose units are numbered 1, 2, 3, … as many tools number them.
private func numberedTMX(_ pairs: [(String, String)], tuids: [String]? = nil) -> Data {
    var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="SomeCAT" creationtoolversion="3" segtype="sentence" o-tmf="somecat" adminlang="en" srclang="en" datatype="plaintext"/>
          <body>

        """
    for (i, pair) in pairs.enumerated() {
        xml += """
                <tu tuid="\(tuids?[i] ?? String(i + 1))">
                  <tuv xml:lang="en"><seg>\(pair.0)</seg></tuv>
                  <tuv xml:lang="nl-BE"><seg>\(pair.1)</seg></tuv>
                </tu>

            """
    }
    xml += "  </body>\n</tmx>\n"
    return Data(xml.utf8)
}

/// The exact (100) and context (101) hits of `query` for one sentence.
private func exactHits(_ sentence: String, memory: URL) throws -> [[String: Any]] {
    let result = try CLI.run(["query", sentence, "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory)
    #expect(result.status == 0, "\(result.stderr)")
    return (try result.json()["matches"] as? [[String: Any]] ?? []).filter { ($0["score"] as? Double ?? 0) >= 100 }
}

@Suite("unit identity scoped by origin (process; trial items 3 and 12)")
struct IdentityCLITests {
    @Test("two TMX files that both number their units 1, 2, 3 keep all six; re-importing one changes nothing")
    func overlappingTUIDs() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let culture = scratch.appendingPathComponent("culture.tmx"), sport = scratch.appendingPathComponent("sport.tmx")
        try numberedTMX([("The museum is closed on Monday.", "Het museum is op maandag gesloten."),
                         ("Entrance is free for children.", "De toegang is gratis voor kinderen."),
                         ("Guided tours start at ten.", "Rondleidingen beginnen om tien uur.")]).write(to: culture)
        try numberedTMX([("The match starts at eight.", "De wedstrijd begint om acht uur."),
                         ("Tickets are sold out.", "De tickets zijn uitverkocht."),
                         ("The stadium opens at seven.", "Het stadion gaat open om zeven uur.")]).write(to: sport)

        let first = try CLI.run(["import", culture.path, sport.path, "--format", "json"], memory: memory)
        #expect(first.status == 0, "\(first.stderr)")
        let counts = try importCounts(first)
        #expect(counts.map { $0["added"] as? Int } == [3, 3], "before: the second file reported 3 updated and replaced the first")
        #expect(counts.map { $0["updated"] as? Int } == [0, 0])
        let stats = try CLI.run(["tm", "stats", "--format", "json"], memory: memory)
        #expect(try stats.json()["units"] as? Int == 6)
        #expect(try exactHits("The museum is closed on Monday.", memory: memory).map { $0["target"] as? String } == ["Het museum is op maandag gesloten."])
        #expect(try exactHits("The match starts at eight.", memory: memory).map { $0["target"] as? String } == ["De wedstrijd begint om acht uur."])

        let again = try importCounts(try CLI.run(["import", culture.path, "--format", "json"], memory: memory))
        #expect(again.first?["unchanged"] as? Int == 3)
        #expect(again.first?["added"] as? Int == 0 && again.first?["updated"] as? Int == 0)
    }

    @Test("tm stats counts articles and interchange files apart (before: \"N units from 1 articles\" counted the 6 TMX units as the article's)")
    func statsBySource() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let culture = scratch.appendingPathComponent("culture.tmx"), sport = scratch.appendingPathComponent("sport.tmx")
        try numberedTMX([("The museum is closed on Monday.", "Het museum is op maandag gesloten."),
                         ("Entrance is free for children.", "De toegang is gratis voor kinderen.")]).write(to: culture)
        try numberedTMX([("The match starts at eight.", "De wedstrijd begint om acht uur."),
                         ("Tickets are sold out.", "De tickets zijn uitverkocht."),
                         ("The stadium opens at seven.", "Het stadion gaat open om zeven uur."),
                         ("Parking is free.", "Parkeren is gratis.")]).write(to: sport)

        // Interchange files only.
        #expect(try CLI.run(["import", culture.path, sport.path], memory: memory).status == 0)
        let filesOnly = try CLI.run(["tm", "stats"], memory: memory)
        #expect(filesOnly.stdout.contains("\n6 units from 2 interchange files (TMX, XLIFF)\n"), "\(filesOnly.stdout)")

        // Both: one article folder and the two files.
        let article = try importCounts(try CLI.run(["import", CLI.example("youth-pledge-2020").path, "--format", "json"], memory: memory))
        let articleUnits = try #require(article.first?["added"] as? Int)
        #expect(articleUnits > 10)
        let both = try CLI.run(["tm", "stats"], memory: memory)
        #expect(both.stdout.contains("\n\(articleUnits + 6) units: \(articleUnits) from 1 article, 6 from 2 interchange files (TMX, XLIFF)\n"), "\(both.stdout)")
        let json = try CLI.run(["tm", "stats", "--format", "json"], memory: memory).json()
        #expect(json["units"] as? Int == articleUnits + 6)
        #expect(json["articles"] as? Int == 1)
        #expect(json["articleUnits"] as? Int == articleUnits)
        #expect(json["interchangeFiles"] as? Int == 2)
        #expect(json["interchangeUnits"] as? Int == 6)
    }

    @Test("a tuid shaped like an article unit's id does not overwrite the article's unit")
    func tuidCannotReachArticle() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", CLI.example("youth-pledge-2020").path], memory: memory).status == 0)
        let title = "Youth Pledge for a Better Internet on Safer Internet Day 2020"
        let before = try exactHits(title, memory: memory)
        #expect(before.count == 1)
        let intruder = scratch.appendingPathComponent("intruder.tmx")
        try numberedTMX([("Something else entirely.", "Iets heel anders.")], tuids: ["youth-pledge-2020:0:0"]).write(to: intruder)
        let imported = try CLI.run(["import", intruder.path, "--format", "json"], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try importCounts(imported).first?["added"] as? Int == 1)
        let after = try exactHits(title, memory: memory)
        #expect(after.map { $0["target"] as? String } == before.map { $0["target"] as? String })
        #expect(after.map { $0["unit"] as? String } == ["youth-pledge-2020:0:0"])
        // Re-importing the article finds its units as they were.
        let article = try importCounts(try CLI.run(["import", CLI.example("youth-pledge-2020").path, "--format", "json"], memory: memory))
        #expect(article.first?["updated"] as? Int == 0 && article.first?["added"] as? Int == 0)
    }

    @Test("a translator's edits to an exported bundle update the article's units: no duplicate hits")
    func bundleRoundTripUpdatesArticleUnits() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let article = CLI.example("youth-pledge-2020")
        let imported = try importCounts(try CLI.run(["import", article.path, "--format", "json"], memory: memory))
        let units = try #require(imported.first?["added"] as? Int)
        let out = scratch.appendingPathComponent("out")
        let export = try CLI.run(["export", article.path, "--to", "nl-BE", "--out", out.path], memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        let xlf = out.appendingPathComponent("youth-pledge-2020/nl-BE/article.xlf")
        var document = try XLIFFReader.read(Data(contentsOf: xlf), file: xlf.path)
        #expect(document.metadata["article"] == "youth-pledge-2020")

        // Every segment is pre-translated from the article's own units (state translated). The translator
        // rewrites the first target and signs off the second unchanged.
        let pretranslated = document.units.flatMap(\.segments).filter { $0.state == .translated && $0.target != nil }
        #expect(pretranslated.count == document.units.flatMap(\.segments).count)
        let first = try #require(pretranslated.first), second = try #require(pretranslated.dropFirst().first)
        let edited = "Bij Safer Internet Day 2020 schreven jongerenambassadeurs een belofte voor een beter internet."
        for u in document.units.indices {
            for s in document.units[u].segments.indices {
                if document.units[u].segments[s].id == first.id { document.units[u].segments[s].target = RichText(plain: edited) }
                if document.units[u].segments[s].id == second.id { document.units[u].segments[s].state = .final }
            }
        }
        let returned = scratch.appendingPathComponent("returned-article.xlf")
        try XLIFFWriter.write(document).write(to: returned)

        let back = try CLI.run(["import", returned.path, "--format", "json"], memory: memory)
        #expect(back.status == 0, "\(back.stderr)")
        let counts = try #require(try importCounts(back).first)
        #expect(counts["added"] as? Int == 0, "before: every target came back as a new bilingual unit")
        #expect(counts["updated"] as? Int == 2)
        #expect(counts["unchanged"] as? Int == pretranslated.count - 2)
        #expect(counts["origin"] as? String == "youth-pledge-2020")
        #expect(try CLI.run(["tm", "stats", "--format", "json"], memory: memory).json()["units"] as? Int == units)

        // One exact hit per sentence, the article's unit, carrying the edit; the signed-off one is reviewed.
        let hits = try exactHits(first.source.plainText, memory: memory)
        #expect(hits.map { $0["target"] as? String } == [edited])
        let reviewed = try exactHits(second.source.plainText, memory: memory)
        #expect(reviewed.count == 1)
        #expect((reviewed.first?["origin"] as? [String: Any])?["status"] as? String == "reviewed")

        // The same file again: nothing changes.
        let again = try #require(try importCounts(try CLI.run(["import", returned.path, "--format", "json"], memory: memory)).first)
        #expect(again["unchanged"] as? Int == pretranslated.count)
        #expect(again["updated"] as? Int == 0 && again["added"] as? Int == 0)
    }
}

@Suite("articles without translatable text (process; trial item 5)")
struct EmptyArticleCLITests {
    /// The inputs the trial found accepted: an empty file, one of white space, front matter only, markup only.
    static let empties: [(name: String, text: String)] = [
        ("en.md", ""),
        ("en.md", "  \n\n\t\n"),
        ("en.md", "---\ndate: 2020-03-30\ncategory: News\n---\n"),
        ("en.html", "<html><body><p></p><hr><!-- nothing --></body></html>"),
    ]

    @Test("segment refuses a file with no translatable text: exit 2, the file named", arguments: empties.indices)
    func segment(_ index: Int) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent(Self.empties[index].name)
        try Data(Self.empties[index].text.utf8).write(to: file)
        let result = try CLI.run(["segment", file.path, "--locale", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(file.path), "\(result.stderr)")
        #expect(result.stderr.contains("translatable text"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("align, import and export refuse an article folder whose nl-BE version is empty, naming that file")
    func folderWithEmptyVersion() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        try CLI.createMemory(memory)  // only import, publish and tm migrate create one
        let folder = scratch.appendingPathComponent("youth-pledge-2020")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["en.md", "fr-BE.md"] {
            try FileManager.default.copyItem(at: CLI.example("youth-pledge-2020").appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let empty = folder.appendingPathComponent("nl-BE.md")
        try Data().write(to: empty)
        for arguments in [["align", folder.path], ["import", folder.path]] {
            let result = try CLI.run(arguments, memory: memory)
            #expect(result.status == 2, "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains(empty.path), "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("the file is empty"), "\(arguments[0]): \(result.stderr)")
        }
        #expect(try CLI.run(["tm", "stats", "--format", "json"], memory: memory).json()["units"] as? Int == 0)
    }

    @Test("export of an article whose source is only front matter fails with exit 2 and writes no XLIFF")
    func exportEmptySource() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("empty-article")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = folder.appendingPathComponent("en.md")
        try Data("---\ndate: 2020-03-30\n---\n".utf8).write(to: source)
        let out = scratch.appendingPathComponent("out")
        let memory = scratch.appendingPathComponent("tm.sqlite")
        try CLI.createMemory(memory)  // only import, publish and tm migrate create one
        let result = try CLI.run(["export", folder.path, "--to", "nl-BE", "--out", out.path], memory: memory)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(source.path), "\(result.stderr)")
        #expect(result.stderr.contains("translatable text"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("empty-article/nl-BE/article.xlf").path))
    }
}
