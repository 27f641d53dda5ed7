import Foundation
import Testing

/// Eleventh trial, findings 5 and 8 (second half): fuzzy drafts from other tools' TMX, whose codes have no
/// HTML type (Trados's numeric `type="1"`, OmegaT's level-2 `<bpt>&lt;b0&gt;</bpt>`), are of another kind
/// (memoQ's standalone `<ph type="link">` against the article's link pair) or lack their partner (Okapi's
/// `<it pos="begin">`), carry the article's codes in the bundle, and `check` of the untouched bundle reports
/// no `inline-code-mismatch`.
@Suite("export: other tools' codes mapped onto the article's in fuzzy drafts (process)")
struct ForeignCodeDraftCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/codes12")

    @Test("each draft holds the source's codes, of the source's kind, and check of the bundle finds no code mismatch")
    func draftsCarryTheSourceCodes() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        for file in ["memoq-link.tmx", "trados-numeric.tmx", "omegat-level2.tmx", "okapi-isolated.tmx"] {
            let imported = try CLI.run(["import", Self.folder.appendingPathComponent(file).path], in: scratch, memory: memory)
            #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        }
        let out = scratch.appendingPathComponent("out")
        let export = try CLI.run(["export", Self.folder.appendingPathComponent("storm-warning").path, "--to", "nl-BE", "--out", out.path],
                                 in: scratch, memory: memory)
        #expect(export.status == 0, "\(export.stdout)\(export.stderr)")
        let bundle = out.appendingPathComponent("storm-warning/nl-BE")
        let xliff = try String(contentsOf: bundle.appendingPathComponent("article.xlf"), encoding: .utf8)

        // Every draft keeps its formatting, under the source's code (a <pc> like the source's, never a <ph>).
        for (words, code) in [("geschrapt", "<pc id=\"1\""), ("West-Vlaanderen", "<pc id=\"1\""), ("sterker is dan aangekondigd.", "<pc id=\"1\"")] {
            let target = try #require(Self.target(containing: words, in: xliff), "\(xliff)")
            #expect(target.contains(code), "\(target)")
            #expect(!target.contains("<ph "), "\(target)")
        }
        // memoQ's standalone link marker: an empty link pair at its place, the words for the translator to move in.
        let link = try #require(Self.target(containing: "waarschuwingen voor uw gemeente", in: xliff), "\(xliff)")
        #expect(link.contains("<pc id=\"1\"") && !link.contains("<ph "), "\(link)")

        let check = try CLI.run(["check", bundle.path], in: scratch, memory: memory)
        #expect(check.status != 2 && check.status != 3, "\(check.stdout)\(check.stderr)")
        #expect(!check.stdout.contains("inline-code-mismatch"), "\(check.stdout)")
    }

    /// The `<target>` element (with its content) of the `<segment>` whose target holds `words` (not a
    /// translation candidate's in `<mtc:matches>`).
    static func target(containing words: String, in xliff: String) -> String? {
        var rest = Substring(xliff)
        while let open = rest.range(of: "<segment "), let close = rest[open.upperBound...].range(of: "</segment>") {
            let segment = rest[open.lowerBound..<close.upperBound]
            if let start = segment.range(of: "<target"), let end = segment.range(of: "</target>") {
                let element = segment[start.lowerBound..<end.upperBound]
                if element.contains(words) { return String(element) }
            }
            rest = rest[close.upperBound...]
        }
        return nil
    }
}
