import Foundation
import Testing

/// Seventeenth trial, finding 12 (the bundle's part): the English article re-saved by a CMS with `&nbsp;`
/// ("078&nbsp;170&nbsp;170", "10&nbsp;minutes") matched its stored sentences at 98–99 %, and the fr-BE
/// `article.html` published them in English. A match that differs only in the kind of white space is shown
/// with its translation, the no-break spaces carried to its numbers; a unit that needs review is not.
@Suite("matches that differ only in spacing in the rendered article (process)")
struct SpacingOnlyBundleCLITests {
    static func write(_ files: [String: String], in scratch: URL) throws {
        for (path, text) in files {
            let url = scratch.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    @Test("the article re-saved with &nbsp; publishes its French; the XLIFF pre-fills it, the report says why")
    func cmsResave() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.write([
            "v1/card/en.html": "<html lang=\"en\"><body><h1>Card lost?</h1><p>Call Card Stop on 078 170 170 at once. "
                + "The bank blocks your card within 10 minutes.</p></body></html>",
            "v1/card/fr-BE.html": "<html lang=\"fr-BE\"><body><h1>Carte perdue ?</h1><p>Appelez immédiatement Card Stop au "
                + "078 170 170. La banque bloque votre carte dans les 10 minutes.</p></body></html>",
            "v2/card/en.html": "<html lang=\"en\"><body><h1>Card lost?</h1><p>Call Card Stop on 078&nbsp;170&nbsp;170 at once. "
                + "The bank blocks your card within 10&nbsp;minutes.</p></body></html>",
        ], in: scratch)
        let memory = scratch.appendingPathComponent("t.tm")
        #expect(try CLI.run(["import", "v1/card"], in: scratch, memory: memory).status == 0)
        let export = try CLI.run(["export", "v2/card", "--to", "fr-BE", "--out", "out"], in: scratch, memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        let page = try String(contentsOf: scratch.appendingPathComponent("out/card/fr-BE/article.html"), encoding: .utf8)
        #expect(!page.contains("lang=\"en\""), "\(page)")
        #expect(page.contains("Card Stop au 078\u{00A0}170\u{00A0}170.") && page.contains("dans les 10\u{00A0}minutes."), "\(page)")
        let xliff = try String(contentsOf: scratch.appendingPathComponent("out/card/fr-BE/article.xlf"), encoding: .utf8)
        #expect(xliff.contains("<target>La banque bloque votre carte dans les 10\u{00A0}minutes.</target>"), "\(xliff)")
        let report = try String(contentsOf: scratch.appendingPathComponent("out/card/fr-BE/report.json"), encoding: .utf8)
        #expect(report.contains("differs only in the kind of white space"), "\(report)")
    }
}
