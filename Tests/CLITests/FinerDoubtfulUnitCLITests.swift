import Foundation
import Testing

/// Seventh fresh-user trial, finding 3: a Markdown feature whose fr-BE version merges the first paragraph's
/// three sentences into two while nl-BE rephrases two of them (en–nl-BE 0.49, below the review threshold,
/// and aligned more finely than the bead) could not be imported or published at all: "unit id
/// feature-min:0:0~nl-BE occurs twice", exit 2. The bead's unit for the doubtful nl-BE and nl-BE's first
/// finer unit both took the id `…:0:0~nl-BE`.
@Suite("A locale that is doubtful for a bead and split it finely (process)")
struct FinerDoubtfulUnitCLITests {
    @Test("the article imports and publishes; both units are stored under their own ids")
    func doubtfulLocaleThatSplitTheBeadImports() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = CLI.repository.appendingPathComponent("Tests/Fixtures/articles/dunes-finer-doubtful")
        let memory = folder.appendingPathComponent("m.tm"), out = folder.appendingPathComponent("out")
        let imported = try CLI.run(["import", article.path, "--tm", memory.path, "--format", "json"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [[String: Any]])?.first)
        #expect((summary["added"] as? Int ?? 0) > 0, "\(imported.stdout)")
        // The bead's unit under review keeps every locale; nl-BE's finer unit pairs only the first sentence.
        let exported = try CLI.run(["tm", "export", "--tm", memory.path, "--format", "tmx"])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("tuid=\"dunes-finer-doubtful:0:0~nl-BE~bead\""), "\(exported.stdout.prefix(2000))")
        #expect(exported.stdout.contains("tuid=\"dunes-finer-doubtful:0:0~nl-BE\""), "\(exported.stdout.prefix(2000))")
        let published = try CLI.run(["publish", article.path, "--to", "nl-BE,fr-BE", "--out", out.path, "--tm", memory.path])
        #expect(published.status == 0, "\(published.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("dunes-finer-doubtful/nl-BE/article.xlf").path))
    }
}
