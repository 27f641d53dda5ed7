import Foundation
import Testing

/// Fourteenth trial, finding 6: a translator's tool sent back a bundle whose target of `b1.s0` lost the
/// source's footnote reference (`<ph id="1" dataRef="d1"/>` in XLIFF 2.1, `<x id="1" tg:footnote="1"/>` in
/// 1.2); `import` said nothing ("0 added, 2 updated"), the memory kept the sentence without it and the next
/// bundle had an orphan footnote. The import now names the lost standalone code, as it names a lost pair.
/// Inputs: the trial's article and returned file (`Tests/Fixtures/interop/trial14/finding6/`).
@Suite("import of a returned bundle: a lost standalone code is named (process)")
struct ReturnedStandaloneCodeCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial14/finding6")
    static let warning = "warning: unit b1, segment b1.s0: the target has 0 of the source's 1 standalone inline code: "
        + "footnote reference [^1] (id 1) dropped; imported as it is"

    @Test("XLIFF 2.1: the trial's returned file; the bold moved from <pc> to <sc>/<ec> is no loss")
    func xliff21() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("t.tm")
        let published = try CLI.run(["publish", Self.folder.appendingPathComponent("obsidian-screentime").path, "--to", "fr-BE", "--out", "b"],
                                    in: scratch, memory: memory)
        try #require(published.status == 0, "\(published.stderr)")
        let imported = try CLI.run(["import", Self.folder.appendingPathComponent("returned-fr-BE.xlf").path], in: scratch, memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("0 added, 2 updated, 23 unchanged"), "\(imported.stdout)")
        #expect(imported.stdout.contains("line 130: " + Self.warning), "\(imported.stdout)")
        let warnings = imported.stdout.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(warnings.count == 1, "only b1.s0 lost a code: \(warnings)")
    }

    @Test("XLIFF 1.2: a bundle whose target lost its <x tg:footnote/> gets the same warning")
    func xliff12() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("t.tm")
        let published = try CLI.run(["publish", Self.folder.appendingPathComponent("obsidian-screentime").path, "--to", "fr-BE", "--out", "b",
                                     "--xliff", "1.2"], in: scratch, memory: memory)
        try #require(published.status == 0, "\(published.stderr)")
        let bundle = scratch.appendingPathComponent("b/obsidian-screentime/fr-BE/article.xlf")
        let text = try String(contentsOf: bundle, encoding: .utf8)
        let code = "<x id=\"1\" ctype=\"x-other\" tg:footnote=\"1\" tg:markup=\"[^1]\"/></target>"
        try #require(text.contains(code), "the bundle's b1.s0 target as the trial had it")
        let returned = scratch.appendingPathComponent("returned-1.2.xlf")
        try text.replacingOccurrences(of: code, with: "</target>").write(to: returned, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["import", returned.path], in: scratch, memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains(Self.warning), "\(imported.stdout)")
        #expect(imported.stdout.contains("1 updated"), "\(imported.stdout)")
    }
}
