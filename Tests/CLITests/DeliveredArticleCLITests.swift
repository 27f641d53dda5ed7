import Foundation
import Testing

/// Fifth fresh-user trial, items 13 and 23: the bundle report listed French-spacing warnings that the
/// rendered article no longer had (typography puts U+00A0/U+202F before : ? !), and the bundle's front
/// matter kept the source's `author` although the French version has its own.
@Suite("bundles: the report and the front matter are the delivered article's (process)")
struct DeliveredArticleCLITests {
    /// An article folder whose French version has ordinary spaces before `:`, `?` and `!` and its own author.
    func writeArticle(in scratch: URL) throws -> URL {
        let folder = scratch.appendingPathComponent("storm-warning")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        ---
        title: Storm warning for the coast
        date: 2026-11-20
        author: Staff reporter
        ---

        The weather service said: the storm arrives tonight. Why did nobody warn the campsites? Stay at home!

        """.write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try """
        ---
        title: Alerte à la tempête sur la côte
        date: 2026-11-20
        author: Rédaction
        ---

        Le service météo a déclaré : la tempête arrive ce soir. Pourquoi personne n'a prévenu les campings ? Restez chez vous !

        """.write(to: folder.appendingPathComponent("fr-BE.md"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("no french-spacing finding for what the article writes right; author from fr-BE.md")
    func reportAndFrontMatter() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let folder = try writeArticle(in: scratch)

        // The memory's French text does have the ordinary spaces: `check` of the folder says so.
        let check = try CLI.run(["check", folder.path, "--format", "json", "--no-default-termbase"], memory: memory)
        let findings = try #require(try check.json()["findings"] as? [[String: Any]], "\(check.stdout) \(check.stderr)")
        #expect(findings.contains { $0["rule"] as? String == "french-spacing" }, "\(check.stdout)")

        let out = scratch.appendingPathComponent("out")
        let published = try CLI.run(["publish", folder.path, "--to", "fr-BE", "--out", out.path], memory: memory)
        #expect(published.status == 0, "\(published.stderr)")
        let bundle = out.appendingPathComponent("storm-warning/fr-BE")
        let markdown = try String(contentsOf: bundle.appendingPathComponent("article.md"), encoding: .utf8)
        #expect(markdown.contains("déclaré\u{00A0}:"), "\(markdown)")
        #expect(markdown.contains("campings\u{202F}?"), "\(markdown)")
        // The report lists what the delivered article has: no spacing finding.
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("report.json"))) as? [String: Any]
        let reported = try #require(report?["findings"] as? [[String: Any]])
        #expect(!reported.contains { $0["rule"] as? String == "french-spacing" }, "\(reported)")

        // The French version's own author, not the English one's.
        #expect(markdown.contains("author: Rédaction"), "\(markdown)")
        #expect(!markdown.contains("Staff reporter"), "\(markdown)")
        let html = try String(contentsOf: bundle.appendingPathComponent("article.html"), encoding: .utf8)
        #expect(html.contains("Rédaction") && !html.contains("Staff reporter"))
    }
}
