import Foundation
import Testing

/// Trados Studio and memoQ write XLIFF 1.2 under their own file name extensions; `import` and `check` take
/// them as XLIFF (the fixtures are the interop set's, copied under the tools' extensions).
@Suite("XLIFF under tools' extensions (process)")
struct ToolExtensionCLITests {
    static let fixtures = CLI.repository.appendingPathComponent("Tests/Fixtures/interop")

    @Test(".sdlxliff and .mqxliff import as XLIFF; check reads them; another extension is refused with exit 2")
    func toolExtensions() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let trados = scratch.appendingPathComponent("brand-antwerpen.SDLXLIFF")
        let memoq = scratch.appendingPathComponent("verkeer.mqxliff")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("trados-studio.sdlxliff.xlf"), to: trados)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("memoq.mqxliff.xlf"), to: memoq)

        let imported = try CLI.run(["import", trados.path, memoq.path, "--format", "json"], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let counts = try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(counts.count == 2)
        // Both files hold translated segments: each import adds units.
        #expect(counts.allSatisfy { ($0["added"] as? Int ?? 0) > 0 }, "\(imported.stdout)")

        let checked = try CLI.run(["check", memoq.path, "--format", "json"], memory: memory)
        #expect(checked.status == 0 || checked.status == 1, "check must read the file: \(checked.stderr)")
        #expect(!checked.stderr.contains("cannot check"))

        let other = scratch.appendingPathComponent("notes.docx")
        try Data("not xliff".utf8).write(to: other)
        let refused = try CLI.run(["import", other.path], memory: memory)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("notes.docx") && refused.stderr.contains(".sdlxliff"), "\(refused.stderr)")
    }
}
