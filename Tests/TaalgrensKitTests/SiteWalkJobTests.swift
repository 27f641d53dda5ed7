import Articles
import Foundation
import TaalgrensCore
import TaalgrensKit
import Testing

/// Sixteenth session: `import content`, `export content`, `publish content` walked the whole site again for
/// each article (which article is this file, where are its translations, where does the target go),
/// quadratic in the site's articles. A job walks each site once.
@Suite("Workspace jobs walk a multilingual site once")
struct SiteWalkJobTests {
    let workspace = Workspace(data: BundleTestSupport.data)

    /// A site by content directory of `count` articles in en, nl and fr; returns its `content` folder.
    static func site(_ count: Int, in folder: URL) throws -> URL {
        let content = folder.appendingPathComponent("content")
        for n in 0..<count {
            let texts = ["en": "The library at site \(n) opens at nine.", "nl": "De bibliotheek op locatie \(n) opent om negen uur.",
                         "fr": "La bibliothèque du site \(n) ouvre à neuf heures."]
            for (language, text) in texts {
                let url = content.appendingPathComponent("\(language)/news/notice-\(n).md")
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("---\ntitle: \"\(n)\"\nlang: \(language == "en" ? "en" : language + "-BE")\n---\n\n\(text)\n".utf8).write(to: url)
            }
        }
        return content
    }

    @Test("import and export of a whole site, a folder inside it and single files: one walk per job")
    func oneWalkPerJob() throws {
        let folder = try BundleTestSupport.temporaryFolder("sites")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try Self.site(8, in: folder)
        let memory = folder.appendingPathComponent("tm.sqlite").path
        let imports = SiteWalks()
        let summaries = try SiteLayout.walkingOnce(imports) { try workspace.importPaths([content], memory: memory) }
        #expect(summaries.count == 8)
        #expect(summaries.allSatisfy { $0.added == 2 }, "\(summaries.map(\.line))")
        #expect(imports.sitesWalked == 1)
        let exports = SiteWalks()
        let request = ExportRequest(targets: ["fr-BE"], output: folder.appendingPathComponent("out"))
        let bundles = try SiteLayout.walkingOnce(exports) {
            try workspace.export(folders: [content.appendingPathComponent("nl/news"), content.appendingPathComponent("en/news/notice-3.md")],
                                 request: request, memory: memory)
        }
        #expect(bundles.count == 8, "notice-3 once, though named twice")
        #expect(bundles.allSatisfy { $0.siteFile?.hasSuffix("site/content/fr/news/\(URL(fileURLWithPath: $0.path).deletingLastPathComponent().lastPathComponent).md") == true },
                "\(bundles.map { $0.siteFile ?? "-" })")
        #expect(exports.sitesWalked == 1)
    }
}
