import Foundation
import Interchange
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport
import Testing

/// A returned bundle whose CAT tool wrote the target language without its region (`trgLang="nl"` for an
/// `nl-BE` bundle, as OmegaT projects set to "NL" do): the edit is stored as the bundle's locale, with a
/// warning, never as a separate `nl` variant the bundle never sees (TRIAL6 finding 8).
@Suite struct BundleLocaleTests {
    @Test("trgLang=\"nl\" on an nl-BE bundle: stored as nl-BE, with a warning; no nl variant")
    func bareLanguageGoesToTheBundleLocale() throws {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("taalgrens-bundle-locale-\(UUID().uuidString)", isDirectory: true)
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: tmp) }
        let workspace = Workspace(data: DataDirectory(root: TestEnvironment.repository))
        let memory = tmp.appendingPathComponent("m.tm").path
        _ = try workspace.importPaths([InteropFixture.exampleFolder], memory: memory)
        let out = tmp.appendingPathComponent("out", isDirectory: true)
        _ = try workspace.export(folder: InteropFixture.exampleFolder, request: ExportRequest(targets: ["nl-BE"], output: out), memory: memory)
        let exported = out.appendingPathComponent(InteropFixture.article).appendingPathComponent("nl-BE").appendingPathComponent("article.xlf")

        // The translator's tool: trgLang "nl", one target rewritten and confirmed.
        var returned = try XLIFFReader.read(Data(contentsOf: exported), file: exported.path)
        returned.targetLocale = "nl"
        let edit = "Dit is de herwerkte titel van de vertaler."
        let u = try #require(returned.units.firstIndex { $0.segments.contains { $0.target != nil } })
        let s = try #require(returned.units[u].segments.firstIndex { $0.target != nil })
        returned.units[u].segments[s].target = RichText(plain: edit)
        returned.units[u].segments[s].state = .translated
        let file = tmp.appendingPathComponent("returned.xlf")
        try XLIFFWriter.write(returned, version: .v21).write(to: file)

        let summary = try #require(try workspace.importPaths([file], memory: memory).first)
        #expect(summary.updated == 1)
        // Since session 16 the bundle records its locale (`target-locale` metadata), and the warning names that
        // record as the reason; before, the memory's variants of the article were the only witness.
        #expect(summary.warnings == ["the file's target language is nl, but this bundle of article \(InteropFixture.article) is for nl-BE "
                                     + "(the bundle's own record): the translations are stored as nl-BE"])
        let (units, _) = try TMXReader.read(data: workspace.exportMemory(filter: MemoryFilter(pair: nil, article: nil, since: nil, status: nil), memory: memory),
                                            file: "memory.tmx")
        let variants = units.flatMap(\.variants)
        #expect(!variants.contains { $0.locale == "nl" })
        #expect(variants.contains { $0.locale == "nl-BE" && $0.text == edit })
    }
}
