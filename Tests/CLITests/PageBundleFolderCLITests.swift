import Foundation
import Testing

/// Trial 6, finding 10: a Hugo page bundle (`index.en.md`, `index.nl.md`, `index.fr.md`) is an article folder
/// for every command that reads one, with the locales its file names give.
@Suite("article folders named <name>.<locale> (process)")
struct PageBundleFolderCLITests {
    static func pageBundle(in scratch: URL) throws -> URL {
        let folder = scratch.appendingPathComponent("fake-shops")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let versions = [
            "index.en.md": "---\ntitle: How to spot a fake webshop\n---\n\nFake webshops offer sneakers at -70%. Check the shop first.\n",
            "index.nl.md": "---\ntitle: Zo herken je een valse webshop\n---\n\nValse webshops bieden sneakers aan met -70%. Controleer eerst de winkel.\n",
            "index.fr.md": "---\ntitle: Comment repérer une fausse boutique en ligne\n---\n\nLes fausses boutiques proposent des baskets à -70 %. Vérifiez d'abord la boutique.\n",
        ]
        for (name, text) in versions { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test("align and import read index.<locale>.md as the versions")
    func alignAndImport() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try Self.pageBundle(in: scratch)
        let align = try CLI.run(["align", folder.path, "--format", "json"])
        #expect(align.status == 0, "\(align.stderr)")
        for locale in ["\"en\"", "\"fr\"", "\"nl\""] { #expect(align.stdout.contains(locale), "\(align.stdout.prefix(400))") }
        #expect(align.stdout.contains("Zo herken je een valse webshop"))
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let imported = try CLI.run(["import", folder.path], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("fake-shops: "), "\(imported.stdout)")
    }

    @Test("a folder whose names disagree is refused: exit 2, both files named")
    func disagreeingNames() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try Self.pageBundle(in: scratch)
        try FileManager.default.moveItem(at: folder.appendingPathComponent("index.fr.md"), to: folder.appendingPathComponent("about.fr.md"))
        let align = try CLI.run(["align", folder.path])
        #expect(align.status == 2)
        #expect(align.stderr.contains("about.fr.md") && align.stderr.contains("index."), "\(align.stderr)")
    }
}
