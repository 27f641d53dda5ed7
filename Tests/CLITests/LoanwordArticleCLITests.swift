import Foundation
import Testing

/// Nineteenth trial, finding 8: a Flemish editor's nl-BE version keeps English loanwords in its headings ("FAQ:
/// phishing", "Gaming tips", "Sexting: tips", "Online gaming"). The pairs aligned from the article folder are the
/// editor's translations, not a tool's copies of the source: `query` offers them and a re-export of the unchanged
/// article is exact, nothing shown in English.
@Suite("An article's own version spelled as its source (process)")
struct LoanwordArticleCLITests {
    static let english = """
        ---
        title: "FAQ: phishing"
        ---

        ## Gaming tips

        Games can be fun and safe.

        ## Sexting: tips

        Never share a photo you would not want everyone to see.

        ## Online gaming

        Set a time limit before you start playing.

        """
    static let dutch = """
        ---
        title: "FAQ: phishing"
        ---

        ## Gaming tips

        Games kunnen leuk en veilig zijn.

        ## Sexting: tips

        Deel nooit een foto waarvan je niet wilt dat iedereen hem ziet.

        ## Online gaming

        Stel een tijdslimiet in voor je begint te spelen.

        """

    @Test("the loanword headings are exact matches and the unchanged article re-exports at 100 %")
    func loanwordHeadings() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("loanwords")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.english.write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try Self.dutch.write(to: folder.appendingPathComponent("nl-BE.md"), atomically: true, encoding: .utf8)
        let memory = scratch.appendingPathComponent("r.tm")
        let imported = try CLI.run(["import", folder.path], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        for heading in ["FAQ: phishing", "Gaming tips", "Sexting: tips", "Online gaming"] {
            let result = try CLI.run(["query", heading, "--from", "en", "--to", "nl-BE"], memory: memory)
            #expect(result.status == 0, "\(result.stderr)")
            let first = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
            #expect(first.hasPrefix("1. 100% exact"), "\(heading): \(result.stdout)")
            #expect(result.stdout.contains("nl-BE: \(heading)"), "\(heading): \(result.stdout)")
        }
        let exported = try CLI.run(["export", folder.path, "--to", "nl-BE", "--out", scratch.appendingPathComponent("out").path],
                                   in: scratch, memory: memory)
        #expect(exported.status == 0, "\(exported.stderr)")
        let line = try #require(exported.stdout.split(separator: "\n").first { $0.contains("loanwords/nl-BE") }.map(String.init))
        #expect(line.contains("100% of 33 words exact or in context") && !line.contains("to review"), "\(line)")
    }
}
