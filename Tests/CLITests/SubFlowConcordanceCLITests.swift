import Foundation
import Testing

/// Text inside a TMX `<sub>` (a footnote inside a code's native markup) is found by `concordance` and kept
/// out of fuzzy matching; `tm export` writes the `<sub>` back as it came (docs/interchange.md, "TMX `<sub>`
/// and search").
@Suite("TMX <sub> text in the concordance (process)")
struct SubFlowConcordanceCLITests {
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="Rainbow" creationtoolversion="1" segtype="sentence" o-tmf="okp" adminlang="en" srclang="en" datatype="html"/>
        <body>
        <tu tuid="vaccins"><tuv xml:lang="en"><seg>Most pupils in Liège were vaccinated by March<ph x="1" type="x-footnote">&lt;fn text="<sub>Provincial health service, count of 14 April</sub>"/&gt;</ph>.</seg></tuv>
        <tuv xml:lang="fr-BE"><seg>La plupart des élèves liégeois étaient vaccinés en mars<ph x="1" type="x-footnote">&lt;fn text="<sub>Service provincial de la santé, relevé du 14 avril</sub>"/&gt;</ph>.</seg></tuv></tu>
        <tu tuid="count"><tuv xml:lang="en"><seg>The count of cases fell in April.</seg></tuv>
        <tuv xml:lang="fr-BE"><seg>Le nombre de cas a baissé en avril.</seg></tuv></tu>
        </body></tmx>
        """

    @Test("concordance finds a phrase of the footnote; the sentence's match ignores it; the export keeps the <sub>")
    func footnoteIsSearchable() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("health.tmx")
        try Self.tmx.write(to: file, atomically: true, encoding: .utf8)
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let imported = try CLI.run(["import", file.path], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")

        let text = try CLI.run(["concordance", "health service", "--locale", "en"], memory: memory)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout == """
            en: Most pupils in Liège were vaccinated by March.  [tmx:health.tmx#vaccins]
               in code 1: Provincial [health service], count of 14 April
               fr-BE: La plupart des élèves liégeois étaient vaccinés en mars.

            """, "\(text.stdout)")
        let json = try CLI.run(["concordance", "relevé du 14", "--locale", "fr-BE", "--format", "json"], memory: memory).json()
        let hit = try #require((json["hits"] as? [[String: Any]])?.first)
        #expect(hit["unit"] as? String == "tmx:health.tmx#vaccins" && (hit["ranges"] as? [[Int]]) == [])
        let sub = try #require((hit["subFlows"] as? [[String: Any]])?.first)
        #expect(sub["code"] as? String == "1" && sub["text"] as? String == "Service provincial de la santé, relevé du 14 avril")
        #expect(sub["ranges"] as? [[Int]] == [[32, 44]])

        // "count of" is a whole phrase in the footnote and in the other unit's sentence: both are found.
        let both = try CLI.run(["concordance", "count of", "--locale", "en", "--format", "json"], memory: memory).json()
        #expect(((both["hits"] as? [[String: Any]]) ?? []).compactMap { $0["unit"] as? String }.sorted() == ["tmx:health.tmx#count", "tmx:health.tmx#vaccins"])

        // The footnote is not part of the sentence: the sentence without its code loses the code's point only,
        // nothing for the footnote's eight words.
        let query = try CLI.run(["query", "Most pupils in Liège were vaccinated by March.", "--from", "en", "--to", "fr-BE", "--format", "json"], memory: memory).json()
        #expect(((query["matches"] as? [[String: Any]])?.first)?["score"] as? Double == 99, "\(query)")

        let out = scratch.appendingPathComponent("back.tmx")
        let exported = try CLI.run(["tm", "export", "--out", out.path], memory: memory)
        #expect(exported.status == 0, "\(exported.stderr)")
        let written = try String(contentsOf: out, encoding: .utf8)
        // The same XML as read (libxml2 writes the quotation marks of text as &quot;).
        #expect(written.contains(#"<ph x="1" type="x-footnote">&lt;fn text=&quot;<sub>Provincial health service, count of 14 April</sub>&quot;/&gt;</ph>"#), "\(written)")
    }

    /// Known issue of the fourth to sixth trials: an XLIFF 1.2 `<sub>` (Okapi writes an image's `alt` and a
    /// link's `title` so) was not searchable. It is now a sub-flow text as a TMX `<sub>` is.
    @Test("XLIFF 1.2: concordance finds a phrase of an alt or title <sub>; the sentence's match score is unchanged")
    func xliff12Sub() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/sub13/flooding-okapi-1.2.xlf")
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let imported = try CLI.run(["import", file.path], memory: memory)
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")

        let json = try CLI.run(["concordance", "flooded street", "--locale", "en-GB", "--format", "json"], memory: memory).json()
        let hit = try #require((json["hits"] as? [[String: Any]])?.first, "\(json)")
        #expect((hit["ranges"] as? [[Int]]) == [])
        let sub = try #require((hit["subFlows"] as? [[String: Any]])?.first)
        #expect(sub["code"] as? String == "1" && sub["text"] as? String == "Flooded street in Diksmuide on Monday morning")
        #expect(sub["ranges"] as? [[Int]] == [[0, 14]])

        // The target's title, across the <g> inside its <sub>.
        let title = try CLI.run(["concordance", "Milieumaatschappij", "--locale", "nl-BE"], memory: memory)
        #expect(title.status == 0 && title.stdout.contains("in code 1: Vlaamse [Milieumaatschappij]"), "\(title.stdout)\(title.stderr)")

        // The alt text is not part of the sentence: the query without the image code loses the code's point only.
        let query = try CLI.run(["query", "The Yser burst its banks near Diksmuide on Sunday night.", "--from", "en-GB", "--to", "nl-BE", "--format", "json"],
                                memory: memory).json()
        let match = try #require((query["matches"] as? [[String: Any]])?.first, "\(query)")
        #expect(match["score"] as? Double == 99, "\(match)")
        #expect((match["breakdown"] as? [String: Any])?["distance"] as? Int == 0, "\(match)")
    }
}
