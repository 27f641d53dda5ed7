import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Eighth trial, finding 9: a source-only article is published, its bundle comes back, and the CMS then exports
/// the article with the published language version beside the source; importing that folder stored every
/// sentence a second time (two identical 100 % matches, `tm export` writing each pair twice).
@Suite("the published versions of a returned bundle are stored once (process)")
struct PublishedVersionsCLITests {
    @Test("importing the article with the bundle's article.md merges the returned units into the article's")
    func publishedVersionsMerge() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let folder = scratch.appendingPathComponent("lock-screen")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let english = """
            # Lock your screen

            A phone left unlocked on a school desk is an open diary.

            Set a code of six digits and let the screen lock after one minute.

            "Nobody needs your code," says a teacher.

            """
        try english.write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        let out = scratch.appendingPathComponent("out")
        #expect(try CLI.run(["publish", folder.path, "--to", "nl-BE", "--out", out.path], memory: memory).status == 0)

        // The translator fills every segment; the first one is marked final.
        let xlf = out.appendingPathComponent("lock-screen/nl-BE/article.xlf")
        var document = try XLIFFReader.read(Data(contentsOf: xlf), file: xlf.path)
        let dutch = ["Vergrendel je scherm", "Een telefoon die ontgrendeld op een schoolbank ligt, is een open dagboek.",
                     "Stel een code van zes cijfers in en laat het scherm na een minuut vergrendelen.",
                     // Straight quotes: the published nl-BE article has typographic ones (Locales/nl-BE/typography.json).
                     "\"Niemand heeft je code nodig,\" zegt een leraar."]
        var n = 0
        for u in document.units.indices {
            for s in document.units[u].segments.indices {
                document.units[u].segments[s].target = RichText(plain: dutch[n])
                document.units[u].segments[s].state = n == 0 ? .final : .translated
                n += 1
            }
        }
        #expect(n == 4)
        try XLIFFWriter.write(document, version: .v21).write(to: xlf)
        #expect(try CLI.run(["import", xlf.path], memory: memory).status == 0)

        // The CMS's folder: the source and the published Dutch article of the bundle.
        let second = scratch.appendingPathComponent("second")
        #expect(try CLI.run(["export", folder.path, "--to", "nl-BE", "--out", second.path], memory: memory).status == 0)
        try FileManager.default.copyItem(at: second.appendingPathComponent("lock-screen/nl-BE/article.md"),
                                         to: folder.appendingPathComponent("nl-BE.md"))
        let imported = try CLI.run(["import", folder.path, "--format", "json"], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [[String: Any]])?.first)
        #expect((summary["adoptedReturned"] as? [String])?.count == 4, "\(summary)")

        // One unit per sentence, the translator's statuses kept.
        let tmx = scratch.appendingPathComponent("all.tmx")
        #expect(try CLI.run(["tm", "export", "--format", "tmx", "--out", tmx.path], memory: memory).status == 0)
        let exported = try String(contentsOf: tmx, encoding: .utf8)
        #expect(exported.components(separatedBy: "<tu ").count - 1 == 4, "\(exported)")
        let matches = try CLI.run(["query", "A phone left unlocked on a school desk is an open diary.", "--from", "en", "--to", "nl-BE",
                                   "--format", "json"], memory: memory).json()["matches"] as? [[String: Any]] ?? []
        #expect(matches.filter { ($0["score"] as? Double ?? 0) >= 100 }.count == 1, "\(matches)")
        let origin = try #require(matches.first?["origin"] as? [String: Any])
        #expect(origin["status"] as? String == "translated", "\(origin)")
        let heading = try CLI.run(["query", "Lock your screen", "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory)
            .json()["matches"] as? [[String: Any]] ?? []
        #expect((heading.first?["origin"] as? [String: Any])?["status"] as? String == "reviewed", "\(heading)")
    }
}
