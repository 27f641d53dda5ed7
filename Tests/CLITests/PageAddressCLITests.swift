import Foundation
import Testing

/// Fifteenth trial, finding 21: a new article's target bundles kept the source's `permalink` and `aliases`, so
/// the translated pages took the English page's address (Jekyll builds three pages to one destination, Hugo
/// makes three redirects from one alias) without a word. The language segment of an address is the target's
/// now; an address without one is named in the report.
@Suite("a target bundle's page address is its own (process)")
struct PageAddressCLITests {
    @Test("permalink, aliases and redirect_from get the target's language segment; one without a segment is a warning")
    func addresses() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let jekyll = scratch.appendingPathComponent("flood-warning")
        let hugo = scratch.appendingPathComponent("e40-works")
        let plain = scratch.appendingPathComponent("budget")
        for folder in [jekyll, hugo, plain] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try """
        ---
        layout: post
        title: "Flood warning for the Demer"
        permalink: /en/news/flood-warning-demer/
        redirect_from:
          - /en/flood/
          - /EN/old-flood/
        ---

        The Flemish Environment Agency has issued an orange flood warning for the Demer basin.
        """.write(to: jekyll.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try """
        +++
        title = "E40 closed towards Brussels"
        aliases = ["/en/news/e40-works/"]
        url = "/en/e40/"
        +++

        The E40 motorway will be closed towards Brussels for three weekends in March.
        """.write(to: hugo.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try """
        ---
        title: "Leuven adopts its budget"
        permalink: /news/budget-2027/
        ---

        The city council adopted the budget on Monday.
        """.write(to: plain.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)

        let memory = scratch.appendingPathComponent("tm.sqlite")
        try CLI.createMemory(memory)
        let out = scratch.appendingPathComponent("out")
        let result = try CLI.run(["export", jekyll.path, hugo.path, plain.path, "--to", "nl-BE,fr-BE", "--out", out.path], memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        func markdown(_ id: String, _ locale: String) throws -> String {
            try String(contentsOf: out.appendingPathComponent("\(id)/\(locale)/article.md"), encoding: .utf8)
        }
        let nl = try markdown("flood-warning", "nl-BE")
        #expect(nl.contains("permalink: /nl/news/flood-warning-demer/\n"), "\(nl)")
        #expect(nl.contains("- /nl/flood/\n") && nl.contains("- /NL/old-flood/\n"), "\(nl)")
        let fr = try markdown("e40-works", "fr-BE")
        #expect(fr.contains("aliases = [\"/fr/news/e40-works/\"]\n"), "\(fr)")
        #expect(fr.contains("url = \"/fr/e40/\"\n"), "\(fr)")
        // No language segment: kept, and named in the report.
        let kept = try markdown("budget", "nl-BE")
        #expect(kept.contains("permalink: /news/budget-2027/\n"), "\(kept)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("budget/nl-BE/report.json"))) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let address = try #require(findings.first { $0["rule"] as? String == "source-address" })
        #expect(address["severity"] as? String == "warning")
        #expect((address["message"] as? String)?.contains("`permalink` is the en page's address (/news/budget-2027/)") == true, "\(address)")
        #expect((report["summary"] as? [String: Any])?["warnings"] as? Int == 1)
        let localized = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("flood-warning/nl-BE/report.json"))) as? [String: Any])
        #expect((localized["findings"] as? [[String: Any]])?.contains { $0["rule"] as? String == "source-address" } == false)
    }
}
