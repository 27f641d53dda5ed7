import Foundation
import Testing
import Articles
import TaalgrensCore

/// Multilingual sites as generators lay them out (fifteenth trial, finding 19): a site translated by content
/// directory (`content/en/news/x.md` beside `content/nl/news/x.md`) or by file name (`x.en.md`, `x.nl.md`)
/// could not be imported; each article had to be copied into a folder of its own.
@Suite("Multilingual site layouts")
struct SiteLayoutTests {
    /// A temporary folder holding `files` (relative path → content); returns the folder.
    static func tree(_ files: [String: String]) throws -> URL {
        let root = try temporaryFolder()
        for (path, content) in files {
            let target = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: target)
        }
        return root
    }

    @Test("by content directory: versions pair by path below the language folders, a declared locale refines the folder's")
    func contentDirectory() throws {
        let root = try Self.tree([
            "content/en/news/flood.md": "---\ntitle: Flood\nlang: en\n---\nText.",
            "content/nl/news/flood.md": "---\ntitle: Overstroming\nlang: nl-BE\n---\nTekst.",
            "content/fr/news/flood.md": "---\ntitle: Inondation\n---\nTexte.",
            "content/en/news/tips/index.md": "# Tips\n\nText.",
            "content/nl/news/tips/index.md": "# Tips\n\nTekst.",
            "content/en/README.md": "# Notes",
            "content/en/news/photo.jpg": "x",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let members = try #require(try SiteLayout.members(in: root.appendingPathComponent("content")))
        #expect(members.map(\.id).sorted() == ["flood", "tips"])
        let flood = try #require(members.first { $0.id == "flood" })
        #expect(flood.versions.keys.sorted() == ["en", "fr", "nl-BE"])
        #expect(flood.representative.path.hasSuffix("content/en/news/flood.md"))
        #expect(flood.placement.path(for: "fr-BE") == "content/fr/news/flood.md")
        #expect(flood.placement.path(for: "nl-BE") == "content/nl/news/flood.md")
        #expect(flood.placement.path(for: "de") == "content/de/news/flood.md")
        // A file of the site is its article; so is a folder inside a language folder.
        let folder = try ArticleFolder(root.appendingPathComponent("content/nl/news/flood.md"))
        #expect(folder.id == "flood")
        #expect(folder.locales == ["en", "fr", "nl-BE"])
        #expect(folder.site?.form == .contentDirectory)
        let sub = try #require(try SiteLayout.members(in: root.appendingPathComponent("content/en/news/tips")))
        #expect(sub.map(\.id) == ["tips"])
    }

    @Test("Hugo's translationKey pairs versions whose paths differ, and names the article")
    func translationKey() throws {
        let root = try Self.tree([
            "content/en/news/flood-warning.md": "---\ntitle: Flood\ntranslationKey: flood-2026\n---\nText.",
            "content/nl/nieuws/overstroming.md": "---\ntitle: Overstroming\ntranslationKey: flood-2026\n---\nTekst.",
            "content/nl/news/flood-warning.md": "---\ntitle: Iets anders\n---\nTekst.",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let members = try #require(try SiteLayout.members(in: root.appendingPathComponent("content")))
        let keyed = try #require(members.first { $0.id == "flood-2026" })
        #expect(keyed.versions["nl"]?.path.hasSuffix("nieuws/overstroming.md") == true)
        // The site's own file for a locale is where its translation goes; a locale it lacks follows the source's path.
        #expect(keyed.placement.path(for: "nl-BE") == "content/nl/nieuws/overstroming.md")
        #expect(keyed.placement.path(for: "fr-BE") == "content/fr-BE/news/flood-warning.md")
        // Hugo's rule: a page with a key is not linked by its path; the page without one stands alone.
        #expect(members.count == 2)
        #expect(members.first { $0.id == "flood-warning" }?.versions.keys.sorted() == ["nl"])
    }

    @Test("two files of one article in a language folder are refused, naming both")
    func duplicateInRoot() throws {
        let root = try Self.tree([
            "content/en/news/x.md": "Text.", "content/en/news/x.html": "<p>Text.</p>", "content/nl/news/x.md": "Tekst.",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let error = expectInputError { _ = try SiteLayout.members(in: root.appendingPathComponent("content")) }
        #expect(error?.message.contains("two files of one article in the language folder en: x.html and x.md") == true, "\(String(describing: error))")
    }

    @Test("folders with three-letter names (src, img, api) are no language folders; article folders are not sites")
    func notASite() throws {
        let root = try Self.tree([
            "project/src/page.md": "Text.", "project/img/notes.md": "Text.",
            "articles/one/en.md": "Text.", "articles/one/nl-BE.md": "Tekst.",
            "articles/two/en.md": "Text.", "articles/two/nl-BE.md": "Tekst.",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try SiteLayout.members(in: root.appendingPathComponent("project")) == nil)
        #expect(try SiteLayout.members(in: root.appendingPathComponent("articles")) == nil)
        #expect(try SiteLayout.member(containing: root.appendingPathComponent("project/src/page.md")) == nil)
    }

    @Test("by file name: x.en.md and x.nl.md beside y.en.md are two articles, by page name")
    func fileName() throws {
        let root = try Self.tree([
            "news/flood.en.md": "---\ntitle: Flood\n---\nText.", "news/flood.nl.md": "---\ntitle: Overstroming\nlang: nl-BE\n---\nTekst.",
            "news/tips.en.md": "# Tips\n\nText.", "news/tips.fr-BE.md": "# Conseils\n\nTexte.",
            "news/index.md": "# News",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let news = root.appendingPathComponent("news")
        let members = try #require(try SiteLayout.members(in: news))
        #expect(members.map(\.id) == ["flood", "tips"])
        #expect(members[0].versions.keys.sorted() == ["en", "nl-BE"])
        #expect(members[0].placement.path(for: "nl-BE") == "news/flood.nl.md")
        #expect(members[0].placement.path(for: "fr-BE") == "news/flood.fr-BE.md")
        #expect(members[1].placement.path(for: "fr-BE") == "news/tips.fr-BE.md")
        let folder = try ArticleFolder(news.appendingPathComponent("tips.fr-BE.md"))
        #expect(folder.locales == ["en", "fr-BE"])
        #expect(folder.id == "tips")
        // The folder itself is still refused as one article: its files are two pages.
        #expect(expectInputError { _ = try ArticleFolder(news) } != nil)
    }
}
