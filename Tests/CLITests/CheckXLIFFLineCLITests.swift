import Foundation
import Testing

/// Fourteenth trial, finding 5: `check` of a returned XLIFF named no line for its findings, and no file when
/// one file was checked, while a TMX unit's finding reads `file:line:`. Each XLIFF segment's finding now
/// gives the line of its `<trans-unit>` (1.2) or `<segment>` (2.x), in text and JSON.
@Suite("check of XLIFF files: findings name the file and line (process)")
struct CheckXLIFFLineCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial14/finding5")

    @Test("a bundle's XLIFF 1.2 and a Trados SDLXLIFF: file:line: before each finding, line in JSON")
    func lines() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let bundle = Self.folder.appendingPathComponent("word-phishing-nl-BE.xlf").path
        let one = try CLI.run(["check", bundle], in: scratch)
        #expect(one.stdout.contains("word-phishing-nl-BE.xlf:94: error inline-code-mismatch nl-BE b6:b6.s0: "), "\(one.stdout)")
        let json = try CLI.run(["check", bundle, "--format", "json"], in: scratch)
        let findings = try json.json()["findings"] as? [[String: Any]] ?? []
        #expect(findings.first?["line"] as? Int == 94, "\(json.stdout)")
        let trados = try CLI.run(["check", Self.folder.appendingPathComponent("cyberpesten.docx.sdlxliff").path,
                                  "--termbase", Self.folder.appendingPathComponent("phrase-sic.tbx").path], in: scratch)
        #expect(trados.stdout.contains("cyberpesten.docx.sdlxliff:28: error missing-term nl-BE a1b2c3d4-0002:3: "), "\(trados.stdout)")
    }

    /// The rest of finding 5 (session 15): the bundle's XLIFF and the translator's Trados return hold the same
    /// unit ids; `inconsistent-translation` named "unit b6:b6.s1" of either, with no file. It now stands at
    /// its own file and line and names the other occurrence's file and line with its text.
    @Test("inconsistent-translation across two files: its own file:line and the other's file:line and text")
    func inconsistentAcrossFiles() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let bundle = Self.folder.appendingPathComponent("word-phishing-nl-BE.xlf").path
        let trados = Self.folder.appendingPathComponent("trados-return.xlf").path
        let run = try CLI.run(["check", bundle, trados, "--no-default-termbase"], in: scratch)
        #expect(run.stdout.contains(trados + ":109: warning inconsistent-translation nl-BE b6:b6.s1: The same source sentence is translated "
                                    + "differently in unit b6:b6.s1 (" + bundle + ":101): “Heb je geklikt of betaald?”."), "\(run.stdout)")
    }
}
