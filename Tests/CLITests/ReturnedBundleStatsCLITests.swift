import Foundation
import Testing
import TaalgrensTestSupport

/// `tm stats` counts the returned bundle of a new article (one the memory had no units of) as a returned
/// bundle, not as an interchange file (known issue; its units live in the scope `xliff:<target>:<article>`).
@Suite("tm stats: returned bundles (process)")
struct ReturnedBundleStatsCLITests {
    @Test("a returned bundle of a source-only article, a TMX and another tool's XLIFF are counted apart")
    func returnedBundleIsItsOwnCategory() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("storm-coast-line")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Storm closes the coast line\n\nTrains between Ostend and Bruges were suspended on Sunday. The line reopens on Monday.\n"
            .write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        let (memory, bundle) = try CLI.exportNewArticle(folder, in: scratch)

        // The translator fills every target and marks it translated.
        let xliff = bundle.appendingPathComponent("article.xlf")
        var text = try String(contentsOf: xliff, encoding: .utf8)
        let translations = ["Storm legt de kustlijn plat", "De treinen tussen Oostende en Brugge reden zondag niet.", "De lijn gaat maandag weer open."]
        for translation in translations {
            let segment = try #require(text.range(of: #"state="initial">\s*<source>[^<]*</source>"#, options: .regularExpression))
            let source = text[segment]
            text.replaceSubrange(segment, with: source.replacingOccurrences(of: "state=\"initial\"", with: "state=\"translated\"")
                                 + "<target>\(translation)</target>")
        }
        try text.write(to: xliff, atomically: true, encoding: .utf8)
        let returned = try CLI.run(["import", xliff.deletingLastPathComponent().path], memory: memory)
        #expect(returned.status == 0, "\(returned.stderr)")

        var stats = try CLI.run(["tm", "stats"], memory: memory)
        #expect(stats.stdout.contains("\n3 units from 1 returned bundle\n"), "\(stats.stdout)")
        #expect(!stats.stdout.contains("interchange"), "\(stats.stdout)")

        let fixtures = CLI.repository.appendingPathComponent("Tests/Fixtures/interop")
        for file in ["trados-studio.tmx", "matecat-2.1.xlf"] {
            let imported = try CLI.run(["import", fixtures.appendingPathComponent(file).path], memory: memory)
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        stats = try CLI.run(["tm", "stats"], memory: memory)
        #expect(stats.stdout.contains("\n8 units: 3 from 1 returned bundle, 5 from 2 interchange files (TMX, XLIFF)\n"), "\(stats.stdout)")
        let json = try CLI.run(["tm", "stats", "--format", "json"], memory: memory).json()
        #expect(json["units"] as? Int == 8)
        #expect(json["articleUnits"] as? Int == 0)
        #expect(json["returnedBundles"] as? Int == 1)
        #expect(json["returnedBundleUnits"] as? Int == 3)
        #expect(json["interchangeFiles"] as? Int == 2)
        #expect(json["interchangeUnits"] as? Int == 5)
    }
}
