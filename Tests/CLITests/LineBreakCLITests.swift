import Foundation
import Interchange
import TaalgrensCore
import Testing

/// A line break inside a block used to join the words around it in the plain text that segmentation,
/// matching, QA and word counts read ("weekdaysfrom"; docs/known-issues.md). It now counts as a space;
/// the bundle still renders it as a break.
@Suite("line breaks count as spaces, end to end (process)")
struct LineBreakCLITests {
    static let versions: [String: String] = [
        "en": "<h1>Opening hours of the helpline</h1><p>The helpline is open on weekdays<br>from nine to five.</p><p>Call us.<br>We listen.</p>",
        "nl-BE": "<h1>Openingsuren van de hulplijn</h1><p>De hulplijn is op weekdagen open<br>van negen tot vijf.</p><p>Bel ons.<br>We luisteren.</p>",
        "fr-BE": "<h1>Heures d'ouverture de la ligne d'aide</h1><p>La ligne d'aide est ouverte en semaine<br>de neuf à cinq heures.</p><p>Appelez-nous.<br>Nous écoutons.</p>",
    ]

    func article(in scratch: URL) throws -> URL {
        let folder = scratch.appendingPathComponent("helpline-hours")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (locale, body) in Self.versions {
            try "<html lang=\"\(locale)\"><body>\(body)</body></html>".write(to: folder.appendingPathComponent("\(locale).html"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test("segment, import, query and export read `weekdays<br>from` as two words; the bundle keeps the breaks")
    func endToEnd() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try article(in: scratch)
        let memory = scratch.appendingPathComponent("tm.sqlite")

        let segmented = try CLI.run(["segment", folder.appendingPathComponent("en.html").path, "--locale", "en", "--format", "json"]).json()
        let blocks = try #require(segmented["blocks"] as? [[String: Any]])
        let texts = blocks.map { ($0["segments"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
        // The break inside a sentence is a space; the break between two sentences lies between them.
        #expect(texts == [["Opening hours of the helpline"], ["The helpline is open on weekdays from nine to five."], ["Call us.", "We listen."]])
        let second = try #require((blocks[2]["segments"] as? [[String: Any]])?.last)
        #expect(second["start"] as? Int == 9 && second["end"] as? Int == 19)

        #expect(try CLI.run(["import", folder.path], memory: memory).status == 0)
        let query = try CLI.run(["query", "The helpline is open on weekdays from nine to five.", "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory).json()
        let best = try #require((query["matches"] as? [[String: Any]])?.first)
        #expect(best["source"] as? String == "The helpline is open on weekdays from nine to five.")
        #expect(best["target"] as? String == "De hulplijn is op weekdagen open van negen tot vijf.")

        let out = scratch.appendingPathComponent("out")
        let exported = try CLI.run(["export", folder.path, "--to", "nl-BE", "--out", out.path], memory: memory)
        #expect(exported.status == 0, "\(exported.stderr)")
        let bundle = out.appendingPathComponent("helpline-hours/nl-BE")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("report.json"))) as? [String: Any])
        // 5 + 10 + 2 + 2 words: "weekdays" and "from" are two (they used to count as one).
        #expect((report["totals"] as? [String: Any])?["words"] as? Int == 19)
        let segments = try #require(report["segments"] as? [[String: Any]])
        #expect(segments.map { $0["kind"] as? String } == ["context", "context", "context", "context"])
        #expect(segments[1]["target"] as? String == "De hulplijn is op weekdagen open van negen tot vijf.")

        let xliff = try String(contentsOf: bundle.appendingPathComponent("article.xlf"), encoding: .utf8)
        #expect(xliff.contains("<source>The helpline is open on weekdays<ph id=\"1\" type=\"fmt\" subType=\"xlf:lb\" dataRef=\"d1\"/>from nine to five.</source>"), "\(xliff)")
        let html = try String(contentsOf: bundle.appendingPathComponent("article.html"), encoding: .utf8)
        #expect(html.contains("De hulplijn is op weekdagen open<br>van negen tot vijf."), "\(html)")
        #expect(html.contains("Bel ons.<br>We luisteren."), "\(html)")
        let markdown = try String(contentsOf: bundle.appendingPathComponent("article.md"), encoding: .utf8)
        #expect(markdown.contains("De hulplijn is op weekdagen open\\\nvan negen tot vijf."), "\(markdown)")
    }

    @Test("a number after a line break is adapted in place (the adapter counts the break's space)")
    func adaptationAfterLineBreak() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        func write(_ id: String, _ versions: [String: String]) throws -> URL {
            let folder = scratch.appendingPathComponent(id)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (locale, body) in versions {
                try "<html lang=\"\(locale)\"><body>\(body)</body></html>".write(to: folder.appendingPathComponent("\(locale).html"), atomically: true, encoding: .utf8)
            }
            return folder
        }
        let stored = try write("numbers", ["en": "<h1>Numbers</h1><p>The helpline opened on weekdays<br>in 2019 for 170 schools.</p>",
                                           "nl-BE": "<h1>Cijfers</h1><p>De hulplijn opende op weekdagen<br>in 2019 voor 170 scholen.</p>"])
        #expect(try CLI.run(["import", stored.path], memory: memory).status == 0)
        let revised = try write("numbers-revised", ["en": "<h1>Other numbers</h1><p>The helpline opened on weekdays<br>in 2019 for 180 schools.</p>"])
        let out = scratch.appendingPathComponent("out")
        #expect(try CLI.run(["export", revised.path, "--to", "nl-BE", "--out", out.path], memory: memory).status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("numbers-revised/nl-BE/report.json"))) as? [String: Any])
        let segment = try #require((report["segments"] as? [[String: Any]])?.first { $0["id"] as? String == "b1.s0" })
        #expect(segment["adapted"] as? Bool == true)
        // It used to read "voor 1180scholen.": the number was written one place too early.
        #expect(segment["target"] as? String == "De hulplijn opende op weekdagen in 2019 voor 180 scholen.")
    }

    /// Fourteenth trial, finding 10: a WordPress page's press contact block (lines separated by `<br />`) and
    /// an italic heading line over its sentence were one segment each, and so was the same contact block in a
    /// plain-text press release. Now each line the segmenter keeps is a segment, and the bundle's article,
    /// after a translated XLIFF came back into the memory, keeps every line break where the source had it.
    @Test("a contact block and a heading line over <br> or plain-text lines: a segment per line, every break kept after the round trip")
    func keptLinesRoundTrip() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        try CLI.createMemory(memory)
        let page = scratch.appendingPathComponent("press-page")
        let text = scratch.appendingPathComponent("press-text")
        for folder in [page, text] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Safer Internet Day 2027</title></head>
        <body><main><article>
        <h1>Safer Internet Day 2027</h1>
        <div class="entry-content">
        More than 300 Belgian schools will take part in Safer Internet Day.<br />
        <br />
        <strong>Press contact</strong><br />
        Els Janssens<br />
        Spokesperson, Child Focus<br />
        +32 2 475 44 11<br />
        els.janssens@childfocus.example.org<br />
        <br />
        <em>About the Belgian Safer Internet Centre</em><br />
        The Belgian Safer Internet Centre is co-funded by the European Union.
        </div>
        </article></main></body></html>
        """.write(to: page.appendingPathComponent("en.html"), atomically: true, encoding: .utf8)
        try """
        Flu shots for teachers

        For more information
        Karel Janssens
        Spokesperson, FPS Finance
        +32 257 257 57
        karel.janssens@minfin.fed.be

        Flu season starts early
        Doctors see more patients than usual.

        """.write(to: text.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)

        func segments(_ file: URL) throws -> [[String]] {
            let json = try CLI.run(["segment", file.path, "--locale", "en", "--format", "json"]).json()
            let blocks = try #require(json["blocks"] as? [[String: Any]])
            return blocks.map { ($0["segments"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
        }
        #expect(try segments(page.appendingPathComponent("en.html")) == [
            ["Safer Internet Day 2027"], ["More than 300 Belgian schools will take part in Safer Internet Day."],
            ["Press contact", "Els Janssens", "Spokesperson, Child Focus", "+32 2 475 44 11", "els.janssens@childfocus.example.org"],
            ["About the Belgian Safer Internet Centre", "The Belgian Safer Internet Centre is co-funded by the European Union."],
        ])
        #expect(try segments(text.appendingPathComponent("en.txt")) == [
            ["Flu shots for teachers"],
            ["For more information", "Karel Janssens", "Spokesperson, FPS Finance", "+32 257 257 57", "karel.janssens@minfin.fed.be"],
            ["Flu season starts early", "Doctors see more patients than usual."],
        ])

        // Export with an empty memory, translate every segment ("NL " before the source, codes kept), import
        // the XLIFF and export again: the Dutch article has the source's line breaks.
        let out1 = scratch.appendingPathComponent("out1")
        let first = try CLI.run(["export", page.path, text.path, "--to", "nl-BE", "--out", out1.path], memory: memory)
        #expect(first.status == 0, "\(first.stderr)")
        for id in ["press-page", "press-text"] {
            let exported = out1.appendingPathComponent("\(id)/nl-BE/article.xlf")
            var document = try XLIFFReader.read(Data(contentsOf: exported), file: exported.path)
            for u in document.units.indices {
                for s in document.units[u].segments.indices {
                    document.units[u].segments[s].target = RichText([.text("NL ")] + document.units[u].segments[s].source.elements)
                    document.units[u].segments[s].state = .reviewed
                }
            }
            let returned = scratch.appendingPathComponent("\(id).xlf")
            try XLIFFWriter.write(document, version: .v21).write(to: returned)
            let imported = try CLI.run(["import", returned.path], memory: memory)
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        let out2 = scratch.appendingPathComponent("out2")
        let second = try CLI.run(["export", page.path, text.path, "--to", "nl-BE", "--out", out2.path], memory: memory)
        #expect(second.status == 0, "\(second.stderr)")
        let pageHTML = try String(contentsOf: out2.appendingPathComponent("press-page/nl-BE/article.html"), encoding: .utf8)
        #expect(pageHTML.contains("NL <strong>Press contact</strong><br>NL Els Janssens<br>NL Spokesperson, Child Focus<br>NL +32 2 475 44 11<br>NL els.janssens@childfocus.example.org"), "\(pageHTML)")
        #expect(pageHTML.contains("NL <em>About the Belgian Safer Internet Centre</em><br>NL The Belgian Safer Internet Centre"), "\(pageHTML)")
        let textHTML = try String(contentsOf: out2.appendingPathComponent("press-text/nl-BE/article.html"), encoding: .utf8)
        #expect(textHTML.contains("NL For more information<br>NL Karel Janssens<br>NL Spokesperson, FPS Finance<br>NL +32 257 257 57<br>NL karel.janssens@minfin.fed.be"), "\(textHTML)")
        #expect(textHTML.contains("NL Flu season starts early<br>NL Doctors see more patients than usual."), "\(textHTML)")
        let textMarkdown = try String(contentsOf: out2.appendingPathComponent("press-text/nl-BE/article.md"), encoding: .utf8)
        #expect(textMarkdown.contains("NL Flu season starts early\\\nNL Doctors see more patients than usual."), "\(textMarkdown)")
    }
}
