import Foundation
import Testing

/// Eleventh trial, finding 11: `tm export --pair en-GB,fr-BE` wrote `en`, `en-GB` and a legacy `en-UK` each
/// under its own tag; a CAT tool importing into an en-GB memory needs every unit as en-GB.
@Suite("tm export --pair: the pair's own tags, and what was relabelled or left out (process)")
struct PairExportCLITests {
    @Test("every <tuv> is en-GB or fr-BE; standard error says which variants were taken as en-GB and which units were left out")
    func pairTags() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let file = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/pair12/mixed-english.tmx")
        let imported = try CLI.run(["import", file.path], in: scratch, memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect((imported.stdout + imported.stderr).contains("UK is no region code (the United Kingdom is GB, ISO 3166-1): stored as en-UK"),
                "\(imported.stdout)\(imported.stderr)")

        let export = try CLI.run(["tm", "export", "--pair", "en-GB,fr-BE"], in: scratch, memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        let languages = Set(export.stdout.components(separatedBy: "xml:lang=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        #expect(languages == ["en-GB", "fr-BE"], "\(export.stdout)")
        #expect(export.stderr.contains("note: 1 unit had no en-GB variant: en written as en-GB (it has no region)"), "\(export.stderr)")
        #expect(export.stderr.contains("note: 2 units had no en-GB variant: en-UK written as en-GB (UK is no region code: the United Kingdom is GB)"), "\(export.stderr)")
        #expect(export.stderr.contains("note: 1 unit left out: en-US only, not en-GB"), "\(export.stderr)")

        // --quiet keeps standard error for errors.
        let quiet = try CLI.run(["tm", "export", "--pair", "en-GB,fr-BE", "--quiet"], in: scratch, memory: memory)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }
}
