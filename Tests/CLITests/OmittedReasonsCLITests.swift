import Foundation
import Testing

/// Eighteenth trial, finding 9: an import with more than 1,000 reasons said "… 990 more" whatever the real
/// count, and its JSON cut `reasons` at 1,000 without a word. The TMX reader keeps 1,000 lines; the summary
/// counts the rest (`reasonsOmitted`, docs/cli.md).
@Suite("import: reasons beyond the first 1,000 are counted (process)")
struct OmittedReasonsCLITests {
    /// A TMX of 60 distinct sentence pairs, each repeated as EUR-Lex repeats its standard articles, 1,300
    /// `<tu>`s in all: 60 added, 1,240 merged, each merge a reason.
    static func duplicates() -> String {
        var tus = ""
        for k in 0..<1_300 {
            let n = k % 60
            tus += "<tu><tuv xml:lang=\"en\"><seg>Article \(n) shall apply from 1 January.</seg></tuv>"
                + "<tuv xml:lang=\"nl-BE\"><seg>Artikel \(n) is van toepassing vanaf 1 januari.</seg></tuv></tu>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
            <body>
            \(tus)</body></tmx>
            """
    }

    @Test("the text counts every reason not shown and the JSON says how many it left out")
    func countsTheRest() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let tmx = scratch.appendingPathComponent("duplicates.tmx")
        try Self.duplicates().write(to: tmx, atomically: true, encoding: .utf8)
        let text = try CLI.run(["import", tmx.path, "--tm", scratch.appendingPathComponent("a.tm").path], in: scratch)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("1300 units read: 60 added, 0 updated, 0 unchanged, 1240 merged"), "\(text.stdout.prefix(300))")
        #expect(text.stdout.contains("  - … 1230 more"), "\(text.stdout.suffix(300))")
        let json = try CLI.run(["import", tmx.path, "--tm", scratch.appendingPathComponent("b.tm").path, "--format", "json"], in: scratch)
        let summaries = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let summary = try #require(summaries?.first)
        #expect(summary["merged"] as? Int == 1240)
        #expect((summary["reasons"] as? [String])?.count == 1000)
        #expect(summary["reasonsOmitted"] as? Int == 240)
    }
}
