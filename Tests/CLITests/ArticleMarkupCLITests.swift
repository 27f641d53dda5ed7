import Foundation
import Testing
import TaalgrensTestSupport

/// `publish` on the trial's articles (trial 4, items 2, 3 and 4): footnotes, images without alt text,
/// embeds and HTML tables survive into the bundle.
@Suite("footnotes, embeds and tables in bundles (process)")
struct ArticleMarkupCLITests {
    func folder(_ id: String, in scratch: URL, _ files: [String: String]) throws -> URL {
        let folder = scratch.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("images"), withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    /// The segment texts of each block of an English file, from `taalgrens segment --format json`.
    func segmentTexts(_ file: URL) throws -> [[String]] {
        let segmented = try CLI.run(["segment", file.path, "--locale", "en", "--format", "json"]).json()
        let blocks = try #require(segmented["blocks"] as? [[String: Any]])
        return blocks.map { ($0["segments"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
    }

    @Test("Markdown footnotes: kept whole by segmentation, written back as footnotes, no QA finding")
    func footnotes() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let article = try folder("fn", in: scratch, [
            "en.md": "---\ntitle: Bakery loses stock\n---\n\nMrs. Anne Lemaire lost her entire stock.[^1] She has lived above the shop since 1998.\n\n[^1]: Estimated at €25,000 by her insurer.\n",
            "fr-BE.md": "---\ntitle: Une boulangerie perd son stock\n---\n\nMme Anne Lemaire a perdu tout son stock.[^1] Elle vit au-dessus du magasin depuis 1998.\n\n[^1]: Estimé à 25 000 euros par son assureur.\n",
        ])
        let texts = try segmentTexts(article.appendingPathComponent("en.md"))
        #expect(texts == [["Bakery loses stock"],
                          ["Mrs. Anne Lemaire lost her entire stock.", "She has lived above the shop since 1998."],
                          ["Estimated at €25,000 by her insurer."]])

        let out = scratch.appendingPathComponent("out")
        let published = try CLI.run(["publish", article.path, "--to", "fr-BE", "--out", out.path, "--tm", scratch.appendingPathComponent("tm.sqlite").path])
        #expect(published.status == 0, "\(published.stderr)")
        let bundle = out.appendingPathComponent("fn/fr-BE")
        #expect(try read(bundle.appendingPathComponent("article.md")).hasSuffix("""
        Mme Anne Lemaire a perdu tout son stock.[^1] Elle vit au-dessus du magasin depuis 1998.

        [^1]: Estimé à 25 000 euros par son assureur.

        """))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("report.json"))) as? [String: Any])
        #expect((report["findings"] as? [Any])?.isEmpty == true, "\(report["findings"] ?? "")")
        let xliff = try read(bundle.appendingPathComponent("article.xlf"))
        // The reference ends its sentence's segment, in source and target.
        #expect(xliff.contains("<source>Mrs. Anne Lemaire lost her entire stock.<ph id=\"1\" dataRef=\"d1\"/></source>"), "\(xliff)")
        #expect(xliff.contains("<target>Mme Anne Lemaire a perdu tout son stock.<ph id=\"1\" dataRef=\"d1\"/></target>"), "\(xliff)")
        try ExportCLITests.validate(bundle.appendingPathComponent("article.xlf"), schema: "xliff2/xliff_with_modules.xsd")
    }

    @Test("an image without alt text and embeds are kept; the image is copied and listed; an embed's title is translated")
    func embeds() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let markdown = try folder("noalt", in: scratch, [
            "en.md": "---\ntitle: Prices rise again\n---\n\nPrices rose by 2% in May.\n\n![](images/chart.png)\n\n<div class=\"embed\"><iframe src=\"https://www.youtube.com/embed/abc\"></iframe></div>\n\nEnergy was the main driver.\n",
            "fr-BE.md": "---\ntitle: Les prix augmentent encore\n---\n\nLes prix ont augmenté de 2 % en mai.\n\n![](images/chart.png)\n\n<div class=\"embed\"><iframe src=\"https://www.youtube.com/embed/abc\"></iframe></div>\n\nL’énergie a été le principal moteur.\n",
        ])
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: markdown.appendingPathComponent("images/chart.png"))
        let page = try folder("storm", in: scratch, [
            "en.html": "<html lang=\"en\"><body><h1>Storm warning for the coast</h1><p>The RMI issued a code orange for Monday.</p><iframe src=\"https://www.youtube.com/embed/xyz\" title=\"Live stream from Ostend\"></iframe><p>Stay indoors if you can.</p></body></html>",
            "nl-BE.html": "<html lang=\"nl-BE\"><body><h1>Stormwaarschuwing voor de kust</h1><p>Het KMI gaf code oranje voor maandag.</p><iframe src=\"https://www.youtube.com/embed/xyz\" title=\"Livestream vanuit Oostende\"></iframe><p>Blijf binnen als het kan.</p></body></html>",
        ])
        let out = scratch.appendingPathComponent("out")
        let memory = scratch.appendingPathComponent("tm.sqlite").path
        #expect(try CLI.run(["publish", markdown.path, "--to", "fr-BE", "--out", out.path, "--tm", memory]).status == 0)
        let bundle = out.appendingPathComponent("noalt/fr-BE")
        #expect(try read(bundle.appendingPathComponent("article.md")).hasSuffix("""
        Les prix ont augmenté de 2 % en mai.

        ![](images/chart.png)

        <div class="embed"><iframe src="https://www.youtube.com/embed/abc"></iframe></div>

        L’énergie a été le principal moteur.

        """))
        #expect(FileManager.default.fileExists(atPath: bundle.appendingPathComponent("images/chart.png").path))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("report.json"))) as? [String: Any])
        let images = try #require(report["images"] as? [[String: Any]])
        #expect(images.map { $0["source"] as? String } == ["images/chart.png"] && images.first?["status"] as? String == "copied")

        let published = try CLI.run(["publish", page.path, "--to", "nl-BE", "--out", out.path, "--tm", memory])
        #expect(published.status == 0, "\(published.stderr)")
        let html = try read(out.appendingPathComponent("storm/nl-BE/article.html"))
        #expect(html.contains("<iframe src=\"https://www.youtube.com/embed/xyz\" title=\"Livestream vanuit Oostende\"></iframe>"), "\(html)")
        try ExportCLITests.validate(out.appendingPathComponent("storm/nl-BE/article.xlf"), schema: "xliff2/xliff_with_modules.xsd")
    }

    @Test("an HTML table keeps its caption inside it, <th> and <abbr title> (title translated)")
    func table() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        func page(_ lang: String, _ body: String) -> String { "<!DOCTYPE html><html lang=\"\(lang)\"><body><article>\(body)</article></body></html>" }
        let article = try folder("budget", in: scratch, [
            "en.html": page("en", "<h1>Budget agreement</h1><figure><img src=\"images/w.jpg\" alt=\"The Wetstraat at night\"><figcaption>Negotiators left at 5 a.m.</figcaption></figure><table><caption>Deficit forecast (% of GDP)</caption><tr><th>Year</th><th>Deficit</th></tr><tr><td>2022</td><td>3.1%</td></tr></table><p>The <abbr title=\"Federal Planning Bureau\">FPB</abbr> will publish its analysis.</p>"),
            "fr-BE.html": page("fr-BE", "<h1>Accord budgétaire</h1><figure><img src=\"images/w.jpg\" alt=\"La rue de la Loi de nuit\"><figcaption>Les négociateurs sont partis à 5 h.</figcaption></figure><table><caption>Prévision de déficit (% du PIB)</caption><tr><th>Année</th><th>Déficit</th></tr><tr><td>2022</td><td>3,1 %</td></tr></table><p>Le <abbr title=\"Bureau fédéral du Plan\">BFP</abbr> publiera son analyse.</p>"),
        ])
        let out = scratch.appendingPathComponent("out")
        let published = try CLI.run(["publish", article.path, "--to", "fr-BE", "--out", out.path, "--tm", scratch.appendingPathComponent("tm.sqlite").path])
        #expect(published.status == 0, "\(published.stderr)")
        let html = try read(out.appendingPathComponent("budget/fr-BE/article.html"))
        #expect(html.contains("<figcaption>Les négociateurs sont partis à 5 h.</figcaption>\n</figure>\n<table>\n<caption>Prévision de déficit (% du PIB)</caption>\n<tr><th>Année</th><th>Déficit</th></tr>"), "\(html)")
        #expect(html.contains("Le <abbr title=\"Bureau fédéral du Plan\">BFP</abbr> publiera son analyse."), "\(html)")
    }

    @Test("code spans and code blocks are not offered for translation and come back as written (trial 4, item 16)")
    func code() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let article = try folder("lez", in: scratch, [
            "en.md": "---\ntitle: Check your plate\n---\n\nCall `1722` for help.\n\n```\ncurl https://lez.brussels/api/check?plate=1-ABC-123\n```\n\nThe zone stays in force.\n",
            "nl-BE.md": "---\ntitle: Controleer uw nummerplaat\n---\n\nBel `1722` voor hulp.\n\n```\ncurl https://lez.brussels/api/check?plate=1-ABC-123\n```\n\nDe zone blijft van kracht.\n",
        ])
        let texts = try segmentTexts(article.appendingPathComponent("en.md"))
        #expect(texts == [["Check your plate"], ["Call for help."], [], ["The zone stays in force."]])

        let out = scratch.appendingPathComponent("out")
        let published = try CLI.run(["publish", article.path, "--to", "nl-BE", "--out", out.path, "--tm", scratch.appendingPathComponent("tm.sqlite").path])
        #expect(published.status == 0, "\(published.stderr)")
        let bundle = out.appendingPathComponent("lez/nl-BE")
        #expect(try read(bundle.appendingPathComponent("article.md")).hasSuffix("""
        Bel `1722` voor hulp.

        ```
        curl https://lez.brussels/api/check?plate=1-ABC-123
        ```

        De zone blijft van kracht.

        """))
        let xliff = try read(bundle.appendingPathComponent("article.xlf"))
        #expect(!xliff.contains("<source>curl"), "\(xliff)")
        // A placeholder whose original data shows the code to the translator.
        #expect(xliff.contains("<source>Call <ph id=\"1\" type=\"fmt\" dataRef=\"d1\"/>for help.</source>"), "\(xliff)")
        #expect(xliff.contains("<data id=\"d1\">&lt;code&gt;1722&lt;/code&gt;</data>"), "\(xliff)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("report.json"))) as? [String: Any])
        // 3 + 3 + 5 words: the code is not counted.
        #expect((report["totals"] as? [String: Any])?["words"] as? Int == 11)
        try ExportCLITests.validate(bundle.appendingPathComponent("article.xlf"), schema: "xliff2/xliff_with_modules.xsd")
    }
}
