import Foundation
import Testing

/// A bundle's segment with nothing to translate (session 16, `docs/bundles.md`, "Nothing to translate"): a
/// line of social-media handles is copied into its target and written `translate="no"`, so a CAT tool shows
/// it locked, the report counts it as translated, and importing the returned file passes over it in
/// silence. Before, its target was empty: it was "to review" in the report, shown in the source language,
/// and the returned file's import listed it as "no target".
@Suite struct LockedContentBundleTests {
    @Test("a line of handles: copied, translate=\"no\" in XLIFF 2.1 and 1.2, translated in the report, silent on the way back")
    func handles() throws {
        let dir = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let article = dir.appendingPathComponent("storm")
        try FileManager.default.createDirectory(at: article, withIntermediateDirectories: true)
        try """
            ---
            title: Storm warning for the coast
            date: 2026-11-30
            ---

            Heavy rain is expected along the coast on Sunday.

            @KMI_IRM @belga2024

            Follow the updates on 0800 14 689.

            """.write(to: article.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        let memory = dir.appendingPathComponent("m.tm")
        let seed = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/session16/kustweer-locks-2.1.xlf")
        #expect(try CLI.run(["import", seed.path], in: dir, memory: memory).status == 0)
        for (version, marker) in [("2.1", "<unit id=\"b2\" translate=\"no\">"), ("1.2", "tg:segment=\"b2.s0\" approved=\"yes\" translate=\"no\"")] {
            let out = "out" + version
            let export = try CLI.run(["export", "storm", "--to", "nl-BE", "--out", out, "--xliff", version], in: dir, memory: memory)
            #expect(export.status == 0, "\(export.stderr)")
            let bundle = dir.appendingPathComponent(out).appendingPathComponent("storm/nl-BE")
            let xliff = try String(contentsOf: bundle.appendingPathComponent("article.xlf"), encoding: .utf8)
            #expect(xliff.contains(marker), "\(version): \(xliff)")
            let report = try JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("report.json"))) as? [String: Any]
            let segments = report?["segments"] as? [[String: Any]] ?? []
            let handles = segments.first { $0["id"] as? String == "b2.s0" }
            #expect(handles?["target"] as? String == "@KMI_IRM @belga2024" && handles?["state"] as? String == "translated"
                    && handles?["needsReview"] as? Bool == false, "\(version): \(String(describing: handles))")
            let markdown = try String(contentsOf: bundle.appendingPathComponent("article.md"), encoding: .utf8)
            #expect(markdown.contains("\n@KMI_IRM @belga2024\n"), "\(markdown)")
            let back = try CLI.run(["import", bundle.appendingPathComponent("article.xlf").path], in: dir, memory: memory)
            #expect(back.status == 0 && !back.stdout.contains("b2") && !back.stderr.contains("b2"), "\(version): \(back.stdout)\(back.stderr)")
        }
    }
}
