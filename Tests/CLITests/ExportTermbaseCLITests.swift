import Foundation
import Testing

/// A malformed `Glossary/` stops `export` and `publish` as it stops `check` and `import` (review of 30 November:
/// `export` ignored it and wrote bundles whose term QA had silently not run).
@Suite("Export with a malformed termbase")
struct ExportTermbaseCLITests {
    @Test("export names the broken Glossary file and its line, exit 2, and writes no bundle")
    func malformedGlossaryStopsExport() throws {
        let folder = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (data, work) = try DataFolderCLITests.dataCopy(in: folder)
        let glossary = data.appendingPathComponent("Glossary/taalgrens.tbx")
        let text = try String(contentsOf: glossary, encoding: .utf8)
        try String(text.prefix(text.count / 2)).write(to: glossary, atomically: true, encoding: .utf8)
        let out = work.appendingPathComponent("out"), memory = work.appendingPathComponent("m.tm")
        try CLI.createMemory(memory)
        let result = try CLI.run(["export", CLI.example("youth-pledge-2020").path, "--to", "nl-BE", "--out", out.path,
                                  "--data-dir", data.path, "--tm", memory.path], in: work)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("Glossary/taalgrens.tbx:"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("youth-pledge-2020").path))
    }
}
