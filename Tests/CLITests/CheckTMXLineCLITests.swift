import Foundation
import Testing

/// Eleventh trial, finding 10: `check` of a Trados TMX (no `tuid`s) named a finding by the unit's fingerprint
/// id, which appears nowhere in the file; the import's own messages give the `<tu>`'s line.
@Suite("check of a TMX names the <tu>'s line (process)")
struct CheckTMXLineCLITests {
    @Test("text starts with file:line, JSON has line")
    func findingHasLine() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
        <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format"
         datatype="xml" segtype="sentence" adminlang="en-GB" srclang="en-GB"/>
        <body>
        <tu creationdate="20261120T101500Z">
        <tuv xml:lang="en-GB"><seg>The new footbridge is 120 metres long.</seg></tuv>
        <tuv xml:lang="fr-BE"><seg>La nouvelle passerelle mesure 102 mètres.</seg></tuv>
        </tu>
        </body>
        </tmx>
        """.write(to: scratch.appendingPathComponent("trados typo.tmx"), atomically: true, encoding: .utf8)
        let text = try CLI.run(["check", "trados typo.tmx", "--no-default-termbase"], in: scratch)
        #expect(text.status == 1, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("trados typo.tmx:6: error number-mismatch fr-BE tmx-"), "\(text.stdout)")
        let json = try CLI.run(["check", "trados typo.tmx", "--no-default-termbase", "--format", "json"], in: scratch)
        let findings = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["findings"] as? [[String: Any]]
        #expect(findings?.first?["line"] as? Int == 6, "\(json.stdout)")
        #expect((findings?.first?["file"] as? String)?.hasSuffix("trados typo.tmx") == true)
    }
}

/// Thirteenth trial, finding 16: `check` of an article folder named a finding only `article:block:position`
/// (`belga-wire-budget:4:0`) and the folder as its file; the editor had to count blocks to find it. A
/// finding names the file of the version it points at and the line of the variant's block.
@Suite("check of an article folder names the version's file and line (process)")
struct CheckArticleLineCLITests {
    @Test("a target's finding names the target version's file and the line of its paragraph")
    func findingsHaveFileAndLine() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("bridge")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        # The bridge reopens

        The footbridge over the canal reopens on Monday.

        It is 120 metres long and cost 3 million euros.
        """.write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try """
        # La passerelle rouvre

        La passerelle sur le canal rouvre lundi.

        Elle mesure 102 mètres et a coûté 3 millions d'euros.
        """.write(to: folder.appendingPathComponent("fr-BE.md"), atomically: true, encoding: .utf8)
        let text = try CLI.run(["check", "bridge", "--no-default-termbase"], in: scratch)
        #expect(text.status == 1, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("bridge/fr-BE.md:5: error number-mismatch fr-BE bridge:2:0: "), "\(text.stdout)")
        let json = try CLI.run(["check", "bridge", "--no-default-termbase", "--format", "json"], in: scratch)
        let findings = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["findings"] as? [[String: Any]]
        let finding = try #require(findings?.first { $0["rule"] as? String == "number-mismatch" }, "\(json.stdout)")
        #expect(finding["line"] as? Int == 5)
        #expect((finding["file"] as? String)?.hasSuffix("bridge/fr-BE.md") == true)
        #expect(finding["unit"] as? String == "bridge:2:0")
    }
}
