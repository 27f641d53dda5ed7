import Foundation
import Testing

/// Fourteenth trial, finding 12 (the bundles part): after `publish articles/* --out bundles`, `import bundles`
/// (the folder the README's quick start writes) was refused as "an article folder with no language file".
/// The `--out` folder now stands for every bundle's `article.xlf`, as an article's folder of bundles does.
@Suite("import of the --out folder of bundles (process)")
struct BundlesFolderImportCLITests {
    @Test("import bundles reads each article's bundle, in article order")
    func outFolder() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("t.tm")
        let articles = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial14/finding12/articles")
        let published = try CLI.run(["publish", articles.appendingPathComponent("img-test").path, articles.appendingPathComponent("terms-test").path,
                                     "--to", "nl-BE", "--out", "bundles"], in: scratch, memory: memory)
        try #require(published.status == 0, "\(published.stderr)")
        let imported = try CLI.run(["import", "bundles"], in: scratch, memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let lines = imported.stdout.split(separator: "\n").filter { $0.contains("units read") }
        #expect(lines.count == 2, "\(imported.stdout)")
        #expect(lines.first?.hasPrefix("bundles/img-test/nl-BE/article.xlf:") == true, "\(imported.stdout)")
        #expect(lines.last?.hasPrefix("bundles/terms-test/nl-BE/article.xlf:") == true, "\(imported.stdout)")
    }
}
