import Foundation
import Interchange
import TaalgrensCore
import Testing

/// A fresh-user trial: a segment marked final in a bundle's article.xlf made its unit `reviewed`, and
/// `publish` of the same, unchanged folder reported "2 updated" and set every unit back to `aligned`.
@Suite("re-importing an article keeps reviewed translations (process)")
struct ReviewedReimportCLITests {
    /// The number of reviewed units, from `tm export --status reviewed`.
    func reviewedCount(_ memory: URL, _ scratch: URL) throws -> Int {
        let out = scratch.appendingPathComponent("reviewed-\(UUID().uuidString).tmx")
        let result = try CLI.run(["tm", "export", "--format", "tmx", "--status", "reviewed", "--out", out.path], memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOf: out, encoding: .utf8).components(separatedBy: "<tu ").count - 1
    }

    func jsonSummary(_ result: CLI.Result) throws -> [String: Any] {
        #expect(result.status == 0, "\(result.stderr)")
        return try #require((try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])?.first, "\(result.stdout)")
    }

    @Test("final with the same text stays reviewed; a reviewed translation the folder replaces is named")
    func reimportAfterReview() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let article = scratch.appendingPathComponent("youth-pledge-2020")
        try FileManager.default.copyItem(at: CLI.example("youth-pledge-2020"), to: article)
        let first = try jsonSummary(try CLI.run(["import", article.path, "--format", "json"], memory: memory))
        let read = try #require(first["read"] as? Int)
        #expect(first["added"] as? Int == read)

        // The bundle: every target comes from the memory. The translator marks one final as it is, and
        // rewrites another one.
        let exported = try CLI.run(["export", article.path, "--to", "nl-BE", "--out", scratch.appendingPathComponent("out").path], memory: memory)
        #expect(exported.status == 0, "\(exported.stderr)")
        let xlf = scratch.appendingPathComponent("out/youth-pledge-2020/nl-BE/article.xlf")
        var document = try XLIFFReader.read(Data(contentsOf: xlf), file: xlf.path)
        let filled = document.units.indices.flatMap { u in
            document.units[u].segments.indices.compactMap { s in document.units[u].segments[s].target == nil ? nil : (u, s) }
        }
        try #require(filled.count >= 2)
        let (ua, sa) = filled[0], (ub, sb) = filled[1]
        document.units[ua].segments[sa].state = .final
        document.units[ub].segments[sb].state = .final
        document.units[ub].segments[sb].target = RichText([.text("Herzien: ")] + document.units[ub].segments[sb].target!.elements)
        try XLIFFWriter.write(document, version: .v21).write(to: xlf)
        let review = try jsonSummary(try CLI.run(["import", xlf.path, "--format", "json"], memory: memory))
        #expect(review["updated"] as? Int == 2)
        #expect(try reviewedCount(memory, scratch) == 2)

        // The same folder again: the unit confirmed as it is stays reviewed (unchanged); the rewritten
        // one takes the folder's text, counted as updated and named.
        let again = try jsonSummary(try CLI.run(["import", article.path, "--format", "json"], memory: memory))
        #expect(again["updated"] as? Int == 1)
        #expect(again["unchanged"] as? Int == read - 1)
        let replaced = try #require(again["replacedReviewed"] as? [String])
        #expect(replaced.count == 1)
        #expect(try reviewedCount(memory, scratch) == 1)

        // Once more: nothing changes, nothing to report.
        let third = try jsonSummary(try CLI.run(["import", article.path, "--format", "json"], memory: memory))
        #expect(third["unchanged"] as? Int == read)
        #expect(third["replacedReviewed"] as? [String] == [])
        #expect(try reviewedCount(memory, scratch) == 1)

        // Fifth fresh-user trial (item 11): the translator's file again, then the routine `publish`, which
        // imports the folder first. It replaced the returned translation with the folder's older text (a
        // warning was all). Now the returned translation stays, the new bundle carries it, and the
        // summary names the unit.
        #expect(try jsonSummary(try CLI.run(["import", xlf.path, "--format", "json"], memory: memory))["updated"] as? Int == 1)
        #expect(try reviewedCount(memory, scratch) == 2)
        let published = try CLI.run(["publish", article.path, "--to", "nl-BE", "--out", scratch.appendingPathComponent("pub").path], memory: memory)
        #expect(published.status == 0, "\(published.stderr)")
        #expect(published.stdout.contains("0 updated, \(read) unchanged"), "\(published.stdout)")
        #expect(published.stdout.contains("note: kept 1 returned translation (translated or reviewed) over the folder's older text: \(replaced[0]) (--folder-wins replaces it)"),
                "\(published.stdout)")
        #expect(try reviewedCount(memory, scratch) == 2)
        let bundle = try String(contentsOf: scratch.appendingPathComponent("pub/youth-pledge-2020/nl-BE/article.xlf"), encoding: .utf8)
        #expect(bundle.contains("Herzien: "))
        let json = try CLI.run(["publish", article.path, "--to", "nl-BE", "--out", scratch.appendingPathComponent("pub").path, "--format", "json"], memory: memory)
        let imports = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["imports"] as? [[String: Any]])
        #expect(imports.first?["keptReturned"] as? [String] == [replaced[0]])

        // --folder-wins: the folder's text replaces it, with the warning `import` gives.
        let wins = try CLI.run(["publish", article.path, "--to", "nl-BE", "--out", scratch.appendingPathComponent("pub").path, "--folder-wins"], memory: memory)
        #expect(wins.status == 0, "\(wins.stderr)")
        #expect(wins.stdout.contains("1 updated, \(read - 1) unchanged"), "\(wins.stdout)")
        #expect(wins.stdout.contains("warning: 1 translation marked translated or reviewed replaced by the folder's text: \(replaced[0])"), "\(wins.stdout)")
        #expect(try reviewedCount(memory, scratch) == 1)
        let replacedBundle = try String(contentsOf: scratch.appendingPathComponent("pub/youth-pledge-2020/nl-BE/article.xlf"), encoding: .utf8)
        #expect(!replacedBundle.contains("Herzien: "))
    }
}
