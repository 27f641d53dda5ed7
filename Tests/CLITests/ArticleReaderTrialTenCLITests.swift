import Foundation
import Testing

/// Tenth trial, findings 7, 8 and 9, through `publish` on real article folders: an interview e-mailed as
/// plain text (a Windows-1252 file with CRLF in French), and a CMS page with a share box, a
/// `<meta name="description">` and a dateline.
@Suite("Article reader findings of the tenth trial through publish (process)")
struct ArticleReaderTrialTenCLITests {
    /// A scratch folder (removed by the caller) holding an empty article folder `name`.
    static func articleFolder(_ name: String) throws -> (scratch: URL, folder: URL) {
        let scratch = try CLI.scratch()
        let folder = scratch.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (scratch, folder)
    }

    /// The paragraphs of a Markdown file (separated by empty lines).
    func paragraphs(_ markdown: String) -> [String] {
        markdown.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    @Test("an interview's Q/A lines stay apart in the bundle's article.md (finding 7)")
    func interviewLines() throws {
        let (scratch, folder) = try Self.articleFolder("shelter-interview")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try """
        Forty dogs and one volunteer: an interview

        Marie Dewulf has run the shelter in Namur since 2021.

        Q: How many dogs did you take in this year?
        A: Around 140 dogs by the end of October. Most of them found a home.

        Q: Who adopts them?
        A: Families, mostly. Some come back with a second dog.

        """.write(to: folder.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
        let french = """
        Quarante chiens et une bénévole : entretien

        Marie Dewulf dirige le refuge de Namur depuis 2021.

        Q : Combien de chiens avez-vous accueillis cette année ?
        R : Environ 140 chiens à la fin octobre. La plupart ont trouvé une famille.

        Q : Qui les adopte ?
        R : Surtout des familles. Certaines reviennent pour un deuxième chien.

        """.replacingOccurrences(of: "\n", with: "\r\n")
        try #require(french.data(using: .windowsCP1252)).write(to: folder.appendingPathComponent("fr-BE.txt"))

        let segmented = try CLI.run(["segment", folder.appendingPathComponent("fr-BE.txt").path, "--format", "json"])
        #expect(segmented.status == 0, "\(segmented.stderr)")
        let blocks = try #require(try segmented.json()["blocks"] as? [[String: Any]])
        #expect(blocks.count == 6, "title, one paragraph, four turns: \(segmented.stdout.prefix(600))")

        let out = scratch.appendingPathComponent("out")
        let published = try CLI.run(["publish", folder.path, "--to", "fr-BE", "--out", out.path, "--tm", scratch.appendingPathComponent("t.tm").path])
        #expect(published.status == 0, "\(published.stderr)")
        let markdown = try String(contentsOf: out.appendingPathComponent("shelter-interview/fr-BE/article.md"), encoding: .utf8)
        let turns = paragraphs(markdown).filter { $0.hasPrefix("Q") || $0.hasPrefix("R") }
        #expect(turns.count == 4, "\(markdown)")
        #expect(turns.first?.contains("Combien de chiens") == true && turns.first?.contains("Environ") == false, "\(markdown)")
        #expect(turns.contains { $0.hasPrefix("R\u{00A0}: Environ 140 chiens") }, "\(markdown)")
    }

    static func page(lang: String, site: String, description: String, title: String, dateline: String, share: String, text: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(lang)"><head><meta charset="utf-8"><title>\(title) | \(site)</title>
        <meta name="description" content="\(description)"></head>
        <body><header class="site-header"><nav><a href="/">\(site)</a></nav></header>
        <main><article>
        <h1>\(title)</h1>
        <div class="entry-meta"><span class="posted-on">\(dateline), <time datetime="2026-11-30">\(lang == "en" ? "30 November 2026" : "30 novembre 2026")</time></span></div>
        <div class="entry-content">
        <p>\(text)</p>
        <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">\(share)</h3><ul><li><a href="?share=twitter">Twitter</a></li><li><a href="?share=facebook">Facebook</a></li></ul></div>
        </div></article></main></body></html>

        """
    }

    @Test("a CMS page: the share box is not translated, the description is, and the date is shown once (findings 8, 9)")
    func cmsPage() throws {
        let (scratch, folder) = try Self.articleFolder("shelter-opens")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.page(lang: "en", site: "Safe Paws", description: "Forty dogs wait for a family in Namur.",
                      title: "The shelter opens its doors", dateline: "Namur", share: "Share this:",
                      text: "The new shelter in Namur opened on Monday with room for sixty dogs.")
            .write(to: folder.appendingPathComponent("en.html"), atomically: true, encoding: .utf8)
        try Self.page(lang: "fr-BE", site: "Safe Paws", description: "Quarante chiens attendent une famille à Namur.",
                      title: "Le refuge ouvre ses portes", dateline: "Namur", share: "Partager :",
                      text: "Le nouveau refuge de Namur a ouvert lundi avec de la place pour soixante chiens.")
            .write(to: folder.appendingPathComponent("fr-BE.html"), atomically: true, encoding: .utf8)

        let segmented = try CLI.run(["segment", folder.appendingPathComponent("en.html").path])
        #expect(segmented.status == 0, "\(segmented.stderr)")
        #expect(!segmented.stdout.contains("Share this") && !segmented.stdout.contains("Twitter"), "\(segmented.stdout)")

        let out = scratch.appendingPathComponent("out")
        let published = try CLI.run(["publish", folder.path, "--to", "fr-BE", "--out", out.path, "--tm", scratch.appendingPathComponent("t.tm").path])
        #expect(published.status == 0, "\(published.stderr)")
        let bundle = out.appendingPathComponent("shelter-opens/fr-BE")
        let page = try String(contentsOf: bundle.appendingPathComponent("article.html"), encoding: .utf8)
        #expect(page.contains("<meta name=\"description\" content=\"Quarante chiens attendent une famille à Namur.\">"), "\(page)")
        #expect(!page.contains("Share this") && !page.contains("Partager") && !page.contains("Twitter"), "\(page)")
        #expect(page.components(separatedBy: "<time").count == 2, "the date once, in the dateline: \(page)")
        let xliff = try String(contentsOf: bundle.appendingPathComponent("article.xlf"), encoding: .utf8)
        #expect(xliff.contains("Forty dogs wait for a family in Namur.") && xliff.contains("Quarante chiens attendent une famille à Namur."), "\(xliff)")
        #expect(!xliff.contains("Share this"), "\(xliff)")
        let markdown = try String(contentsOf: bundle.appendingPathComponent("article.md"), encoding: .utf8)
        #expect(markdown.contains("description: Quarante chiens attendent une famille à Namur."), "\(markdown)")
    }

    @Test("a folder with a SOURCE.txt beside its versions publishes with a note, and a short table header row is one table (REALARTICLES10, classes 0 and 4)")
    func sideFileAndShortHeaderRow() throws {
        let (scratch, folder) = try Self.articleFolder("shelter-facts")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try "---\ntitle: Shelter facts\n---\n\n| Key figures |\n|---|---|\n| Dogs | 40 |\n| Volunteers | 12 |\n"
            .write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Le refuge en chiffres\n---\n\n| Chiffres clés |\n|---|---|\n| Chiens | 40 |\n| Bénévoles | 12 |\n"
            .write(to: folder.appendingPathComponent("fr-BE.md"), atomically: true, encoding: .utf8)
        try "Copied from the shelter's site, 30 November 2026.\n".write(to: folder.appendingPathComponent("SOURCE.txt"), atomically: true, encoding: .utf8)

        let out = scratch.appendingPathComponent("out")
        let published = try CLI.run(["publish", folder.path, "--to", "fr-BE", "--out", out.path, "--tm", scratch.appendingPathComponent("t.tm").path])
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stderr.contains("note: ignored") && published.stderr.contains("SOURCE.txt"), "\(published.stderr)")
        let markdown = try String(contentsOf: out.appendingPathComponent("shelter-facts/fr-BE/article.md"), encoding: .utf8)
        #expect(markdown.contains("| Chiffres clés |  |\n| --- | --- |\n| Chiens | 40 |"), "\(markdown)")
        #expect(markdown.components(separatedBy: "| --- | --- |").count == 2, "\(markdown)")
    }
}
