import Foundation
import Testing
import TaalgrensTestSupport

/// `export` and `analyze` take several article folders, as `publish` does (eighth trial, item 15:
/// `export two/a two/b …` was refused with "Unexpected argument 'two/b'").
@Suite("taalgrens export and analyze with several folders (process)")
struct SeveralFoldersCLITests {
    static let first = "Examples/articles/safer-internet-day-2020"
    static let second = "Examples/articles/friend-zone-escape-game"

    /// A memory holding both example articles, in a new scratch folder.
    static func memory() throws -> (scratch: URL, memory: URL) {
        let scratch = try CLI.scratch()
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let imported = try CLI.run(["import", first, second], memory: memory)
        try #require(imported.status == 0, "\(imported.stderr)")
        return (scratch, memory)
    }

    static func jsonArray(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]], "not a JSON array: \(text.prefix(200))")
    }

    @Test("analyze A B gives A's reports then B's, each exactly as analyze of one folder (text and JSON)")
    func analyzeSeveral() throws {
        let (scratch, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        for format in ["json", "text"] {
            let both = try CLI.run(["analyze", Self.first, Self.second, "--to", "nl-BE,fr-BE", "--format", format], memory: memory)
            let a = try CLI.run(["analyze", Self.first, "--to", "nl-BE,fr-BE", "--format", format], memory: memory)
            let b = try CLI.run(["analyze", Self.second, "--to", "nl-BE,fr-BE", "--format", format], memory: memory)
            #expect(both.status == 0 && a.status == 0 && b.status == 0, "\(both.stderr)\(a.stderr)\(b.stderr)")
            if format == "json" {
                let reports = try Self.jsonArray(both.stdout)
                #expect(reports.map { "\($0["article"] ?? "")/\($0["targetLocale"] ?? "")" } == [
                    "safer-internet-day-2020/nl-BE", "safer-internet-day-2020/fr-BE",
                    "friend-zone-escape-game/nl-BE", "friend-zone-escape-game/fr-BE"])
                // The several-folder array is the one-folder arrays one after the other, object for object,
                // each with its locale's batch added (session 14).
                let parts = try Self.jsonArray(a.stdout) + Self.jsonArray(b.stdout)
                #expect(reports.allSatisfy { $0["batch"] is [String: Any] }, "every report has its locale's batch")
                #expect(parts.allSatisfy { $0["batch"] == nil }, "one folder has no batch")
                let withoutBatch = reports.map { $0.filter { $0.key != "batch" } }
                #expect(withoutBatch.map { NSDictionary(dictionary: $0) } == parts.map { NSDictionary(dictionary: $0) })
            } else {
                // The articles' tables, then one batch table per target locale (thirteenth trial, finding 17).
                #expect(both.stdout.hasPrefix(a.stdout + b.stdout), "\(both.stdout)")
                #expect(both.stdout.hasPrefix("safer-internet-day-2020 en → nl-BE\n"), "\(both.stdout.prefix(200))")
                let batches = both.stdout.dropFirst(a.stdout.count + b.stdout.count)
                #expect(batches.hasPrefix("batch of 2 articles → nl-BE\n"), "\(batches)")
                #expect(batches.contains("batch of 2 articles → fr-BE\n"), "\(batches)")
                #expect(!a.stdout.contains("batch of"))
            }
        }
    }

    @Test("export A B writes both articles' bundles; its JSON is one object per article and target, the one-folder shape unchanged")
    func exportSeveral() throws {
        let (scratch, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), single = scratch.appendingPathComponent("single")
        let epoch = ["SOURCE_DATE_EPOCH": "1767225600"]
        let both = try CLI.run(["export", Self.first, Self.second, "--to", "nl-BE", "--out", out.path, "--format", "json"],
                               memory: memory, environment: epoch)
        #expect(both.status == 0, "\(both.stderr)")
        let summaries = try Self.jsonArray(both.stdout)
        #expect(summaries.map { $0["article"] as? String } == ["safer-internet-day-2020", "friend-zone-escape-game"])
        #expect(summaries.map { $0["path"] as? String } == [out.appendingPathComponent("safer-internet-day-2020/nl-BE").path,
                                                           out.appendingPathComponent("friend-zone-escape-game/nl-BE").path])
        for article in ["safer-internet-day-2020", "friend-zone-escape-game"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(article)/nl-BE/article.xlf").path))
        }
        // One folder: the same object (only the output folder differs), in an array of one.
        let one = try CLI.run(["export", Self.first, "--to", "nl-BE", "--out", single.path, "--format", "json"], memory: memory, environment: epoch)
        #expect(one.status == 0, "\(one.stderr)")
        var alone = try Self.jsonArray(one.stdout)
        try #require(alone.count == 1)
        alone[0]["path"] = summaries[0]["path"]
        #expect(NSDictionary(dictionary: alone[0]) == NSDictionary(dictionary: summaries[0]))
        // Text: one line per bundle, in the same order.
        let text = try CLI.run(["export", CLI.example("safer-internet-day-2020").path, CLI.example("friend-zone-escape-game").path,
                                "--to", "nl-BE", "--out", out.path, "--force"], in: scratch, memory: memory)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.split(separator: "\n").map { String($0.prefix { $0 != ":" }) } == [
            "out/safer-internet-day-2020/nl-BE", "out/friend-zone-escape-game/nl-BE"], "\(text.stdout)")
    }

    @Test("a bad second folder, or one article given twice, stops export before any bundle is written (exit 2)")
    func exportChecksEveryFolderFirst() throws {
        let (scratch, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out")
        let missing = scratch.appendingPathComponent("no-such-article")
        let bad = try CLI.run(["export", Self.first, missing.path, "--to", "nl-BE", "--out", out.path], memory: memory)
        #expect(bad.status == 2, "\(bad.stderr)")
        #expect(bad.stderr.contains("no-such-article"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("safer-internet-day-2020").path))

        let copy = scratch.appendingPathComponent("copy/safer-internet-day-2020")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.example("safer-internet-day-2020"), to: copy)
        let twice = try CLI.run(["export", Self.first, copy.path, "--to", "nl-BE", "--out", out.path], memory: memory)
        #expect(twice.status == 2, "\(twice.stderr)")
        #expect(twice.stderr.contains("the article id 'safer-internet-day-2020' is also the id of"), "\(twice.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("safer-internet-day-2020").path))

        let badAnalyze = try CLI.run(["analyze", Self.first, missing.path, "--to", "nl-BE"], memory: memory)
        #expect(badAnalyze.status == 2, "\(badAnalyze.stderr)")
        #expect(badAnalyze.stdout.isEmpty, "a report was printed before the bad folder: \(badAnalyze.stdout.prefix(200))")
    }
}
