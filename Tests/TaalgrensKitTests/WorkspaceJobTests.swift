import Foundation
import TaalgrensCore
import TaalgrensKit
import Testing

/// The command-facing jobs of `Workspace`: the one known-locale check, import counts, display paths, the
/// TMX header version.
@Suite("Workspace jobs: locales, import counts, paths")
struct WorkspaceJobTests {
    let workspace = Workspace(data: BundleTestSupport.data)

    @Test("known locales pass by language with region fallback; an unknown one names the option")
    func checkKnown() throws {
        try workspace.checkKnown(["en", "nl", "nl-BE", "fr-FR", "fr-BE"], option: "--to")
        let error = try #require(throws: InputError.self) { try workspace.checkKnown(["nl-BE", "de-BE"], option: "--to") }
        #expect(error.file == "--to")
        #expect(error.message == "unknown locale 'de-BE': Locales/ has rules for en, fr-BE, nl-BE (add a folder Locales/de-BE/ to support it)")
    }

    @Test("every job that takes a locale checks it before it opens the memory")
    func jobsCheckLocales() throws {
        let folder = try BundleTestSupport.temporaryFolder("jobs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("tm.sqlite").path
        let article = BundleTestSupport.exampleFolder("youth-pledge-2020")
        let jobs: [(String, () throws -> Void)] = [
            ("--from", { _ = try workspace.query("x", from: "xx", to: "nl-BE", memory: memory) }),
            ("--to", { _ = try workspace.query("x", from: "en", to: "xx", memory: memory) }),
            ("--locale", { _ = try workspace.concordance("x", locale: "xx", memory: memory) }),
            ("--pair", { _ = try workspace.exportMemory(filter: MemoryFilter(pair: ["en", "xx"], article: nil, since: nil, status: nil), memory: memory) }),
            ("--to", { _ = try workspace.analyze(folder: article, targets: ["xx"], source: nil, minScore: 75, memory: memory) }),
            ("--source", { _ = try workspace.align(folder: article, source: "xx") }),
            ("--locale", { _ = try workspace.lookupTerm("x", locale: "xx") }),
        ]
        for (option, job) in jobs {
            let error = try #require(throws: InputError.self, "\(option)") { try job() }
            #expect(error.file == option)
            #expect(error.message.hasPrefix("unknown locale 'xx'"))
        }
        #expect(!FileManager.default.fileExists(atPath: memory), "no job opened (created) the memory")
    }

    @Test("an empty concordance phrase is refused")
    func emptyPhrase() throws {
        let folder = try BundleTestSupport.temporaryFolder("jobs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: InputError.self) {
            _ = try workspace.concordance(" \t", locale: "en", memory: folder.appendingPathComponent("tm.sqlite").path)
        }
        #expect(error.message.contains("the phrase is empty"))
    }

    @Test("import counts add up to the units read")
    func importCounts() throws {
        let folder = try BundleTestSupport.temporaryFolder("jobs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("tm.sqlite").path
        let article = folder.appendingPathComponent("youth-pledge-2020")
        try FileManager.default.copyItem(at: BundleTestSupport.exampleFolder("youth-pledge-2020"), to: article)
        let first = try #require(try workspace.importPaths([article], memory: memory).first)
        #expect(first.read == first.added)
        #expect(first.read > 10)
        for locale in ["en", "nl-BE", "fr-BE"] {
            let url = article.appendingPathComponent("\(locale).md")
            var text = try String(contentsOf: url, encoding: .utf8)
            let end = try #require(text.range(of: "---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex))
            text.insert(contentsOf: "\nBrussels, 2020.\n", at: end.upperBound)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let second = try #require(try workspace.importPaths([article], memory: memory).first)
        #expect(second.read == first.read + 1)
        #expect(second.moved > 0)
        #expect(second.added + second.updated + second.unchanged + second.moved + second.merged + second.skipped == second.read)
        #expect(second.line.contains("\(second.moved) moved"))
        #expect(second.line.hasPrefix("youth-pledge-2020: \(second.read) units read: "))
    }

    @Test("paths inside the working directory are shown relative to it")
    func displayPath() {
        #expect(DisplayPath.relative("/work/clone/bundles/a/nl-BE", to: "/work/clone") == "bundles/a/nl-BE")
        #expect(DisplayPath.relative("/work/clone/bundles", to: "/work/clone/") == "bundles")
        #expect(DisplayPath.relative("/work/clone", to: "/work/clone") == ".")
        #expect(DisplayPath.relative("/work/clone-2/bundles", to: "/work/clone") == "/work/clone-2/bundles")
        #expect(DisplayPath.relative("/tmp/out", to: "/work/clone") == "/tmp/out")
        #expect(DisplayPath.relative("bundles/a", to: "/work/clone") == "bundles/a")
        #expect(DisplayPath.relative("--to", to: "/work/clone") == "--to")
        #expect(DisplayPath.relative("/etc/hosts", to: "/") == "etc/hosts")
    }

    @Test("TMX from the memory and from align carries TaalgrensVersion.current")
    func tmxVersion() throws {
        let folder = try BundleTestSupport.temporaryFolder("jobs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("tm.sqlite").path
        let article = BundleTestSupport.exampleFolder("youth-pledge-2020")
        _ = try workspace.importPaths([article], memory: memory)
        let header = "creationtoolversion=\"\(TaalgrensVersion.current)\""
        let exported = String(decoding: try workspace.exportMemory(filter: MemoryFilter(pair: nil, article: nil, since: nil, status: nil), memory: memory), as: UTF8.self)
        #expect(exported.contains(header))
        let aligned = String(decoding: try workspace.align(folder: article).tmx(), as: UTF8.self)
        #expect(aligned.contains(header))
    }
}
