import Foundation
import Testing

/// Trial 5: in an article whose fr-BE version swaps two sentences that en and nl-BE keep in order, the
/// nl-BE–fr-BE pair was stored nowhere, so a bundle from the Dutch original into French left those two
/// sentences in Dutch ("2 untranslated", 77% of the words). The bead's unit now holds every version.
@Suite("Pairs between two translations")
struct PivotPairCLITests {
    @Test("publish from nl-BE to fr-BE uses the folder's French for sentences fr-BE reordered")
    func reorderedSentencesReachTheBundle() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = CLI.repository.appendingPathComponent("Tests/Fixtures/articles/election-reorder")
        let memory = folder.appendingPathComponent("m.tm"), out = folder.appendingPathComponent("out")
        let result = try CLI.run(["publish", article.path, "--source", "nl-BE", "--to", "fr-BE", "--out", out.path,
                                  "--tm", memory.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("100% of 70 words exact or in context"), "\(result.stdout)")
        let markdown = try String(contentsOf: out.appendingPathComponent("election-reorder/fr-BE/article.md"), encoding: .utf8)
        // Both French sentences reach the bundle, in either order: the aligner pairs each swapped sentence with
        // its own translation (a swap inside one bead, docs/alignment.md "Moved text"), so the bundle follows
        // the Dutch order; a 2-2 unit gives the French order.
        #expect(markdown.contains("La N-VA obtient 11 sièges.") && markdown.contains("Groen perd 4 sièges et n’en compte plus que 9."))
        #expect(!markdown.contains("Groen verliest"))
    }
}
