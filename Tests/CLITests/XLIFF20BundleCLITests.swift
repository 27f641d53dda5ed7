import Foundation
import Testing
import TaalgrensTestSupport

/// Seventeenth trial, finding 10: Crowdin, Smartling, Phrase Strings and Localazy document XLIFF 2.0 only,
/// and `--xliff 2.0` was refused (exit 64). A bundle is now written as XLIFF 2.0 when asked: the same
/// document as 2.1 (it uses nothing 2.1 added) with `version="2.0"`; a returned 2.0 file is read as the 2.1
/// one is (`EditedDraftCLITests` runs its returned-draft case in 2.0 too).
@Suite("export and publish --xliff 2.0 (process)")
struct XLIFF20BundleCLITests {
    @Test("export --xliff 2.0 writes the 2.1 document with version=\"2.0\", valid against the XLIFF 2.0 schemas; the default stays 2.1")
    func exportTwoZero() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let article = CLI.example("safer-internet-day-2020").path
        let imported = try CLI.run(["import", article], in: scratch, memory: memory)
        try #require(imported.status == 0, "\(imported.stderr)")
        var files: [String: String] = [:]
        for version in ["2.0", "2.1", nil] {
            let out = "out-\(version ?? "default")"
            let result = try CLI.run(["export", article, "--to", "fr-BE", "--out", out] + (version.map { ["--xliff", $0] } ?? []),
                                     in: scratch, memory: memory)
            #expect(result.status == 0, "\(version ?? "default"): \(result.stderr)")
            let file = scratch.appendingPathComponent("\(out)/safer-internet-day-2020/fr-BE/article.xlf")
            files[version ?? "default"] = try String(contentsOf: file, encoding: .utf8)
            if version == "2.0" { try ExportCLITests.validate(file, schema: "xliff2/xliff_with_modules.xsd") }
        }
        let two = try #require(files["2.0"]), twoOne = try #require(files["2.1"])
        #expect(two.contains("version=\"2.0\"") && !two.contains("version=\"2.1\""), "\(two.prefix(300))")
        #expect(files["default"] == twoOne, "the default is 2.1, as before")
        // The same document but for the version attribute: nothing 2.1-only was in it.
        #expect(two.replacingOccurrences(of: "version=\"2.0\"", with: "version=\"2.1\"") == twoOne)
        #expect(!two.contains("urn:oasis:names:tc:xliff:its") && !two.contains("xmlns:its"), "no ITS module (2.1 only)")
        // publish takes the option too; an unknown version still names the choices.
        let published = try CLI.run(["publish", article, "--to", "nl-BE", "--out", "pub", "--xliff", "2.0"], in: scratch, memory: memory)
        #expect(published.status == 0, "\(published.stderr)")
        let nl = try String(contentsOf: scratch.appendingPathComponent("pub/safer-internet-day-2020/nl-BE/article.xlf"), encoding: .utf8)
        #expect(nl.contains("version=\"2.0\""), "\(nl.prefix(300))")
        let refused = try CLI.run(["export", article, "--to", "nl-BE", "--out", "x", "--xliff", "2.2"], in: scratch, memory: memory)
        #expect(refused.status == 64 && refused.stderr.contains("2.0"), "\(refused.stderr)")
    }
}
