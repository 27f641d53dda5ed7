import Foundation
import Testing

/// Trial 5: in an article whose fr-BE version swaps two sentences that en and nl-BE keep in order, the
/// nl-BE–fr-BE pair was stored nowhere, so a bundle from the Dutch original into French left those two
/// sentences in Dutch ("2 untranslated", 77% of the words). Units now pair every version: the bead's unit,
/// and a pair under review also with the confident versions.
@Suite("Pairs between two translations")
struct PivotPairCLITests {
    @Test("publish from nl-BE to fr-BE offers the folder's French for sentences fr-BE reordered")
    func reorderedSentencesReachTheBundle() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = CLI.repository.appendingPathComponent("Tests/Fixtures/articles/election-reorder")
        let memory = folder.appendingPathComponent("m.tm"), out = folder.appendingPathComponent("out")
        let result = try CLI.run(["publish", article.path, "--source", "nl-BE", "--to", "fr-BE", "--out", out.path,
                                  "--tm", memory.path])
        #expect(result.status == 0, "\(result.stderr)")
        // The aligner pairs the swapped French sentences with their English ones, under review (a crossing);
        // the French is then offered for both Dutch sentences, to review, instead of nothing.
        let xliff = try String(contentsOf: out.appendingPathComponent("election-reorder/fr-BE/article.xlf"), encoding: .utf8)
        #expect(xliff.contains("<source>Groen verliest 4 zetels en komt uit op 9 zetels.</source>\n        <target>Groen perd 4 sièges et n'en compte plus que 9.</target>"))
        #expect(xliff.contains("<source>De N-VA haalt 11 zetels.</source>\n        <target>La N-VA obtient 11 sièges.</target>"))
        #expect(result.stdout.contains("100% of 70 words exact or in context") || result.stdout.contains("2 to review"), "\(result.stdout)")
    }
}
