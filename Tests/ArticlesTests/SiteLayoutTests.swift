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

    /// Sixteenth session: each command walked the whole site once per article it read (`import content` of
    /// 150 articles listed the site's 450 files about 600 times), quadratic in the site. Within one command
    /// (``SiteLayout/walkingOnce(_:_:)``) a site is walked once, and the answers are those of a fresh walk.
    @Test("within one command a site is walked once, however many of its articles are read, with the same answers")
    func walkedOnce() throws {
        var files: [String: String] = ["news/a.en.md": "Text.", "news/a.nl.md": "Tekst.", "news/b.en.md": "Text.", "news/b.fr.md": "Texte."]
        for n in 0..<12 {
            files["content/en/news/n\(n).md"] = "---\ntitle: N\(n)\n---\nText \(n)."
            files["content/nl/news/n\(n).md"] = "---\ntitle: N\(n)\nlang: nl-BE\n---\nTekst \(n)."
            if n % 2 == 0 { files["content/fr/news/n\(n).md"] = "---\ntitle: N\(n)\n---\nTexte \(n)." }
        }
        let root = try Self.tree(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("content")
        // What each article gives without a record: a fresh walk per question.
        let fresh = try #require(try SiteLayout.members(in: content))
        #expect(fresh.count == 12)
        let freshFolders = try fresh.map { try ArticleFolder($0.versions["nl-BE"]!) }
        let record = SiteWalks()
        let (members, folders) = try SiteLayout.walkingOnce(record) {
            let members = try #require(try SiteLayout.members(in: content))
            let folders = try members.map { member in
                for file in member.versions.values { _ = try SiteLayout.member(containing: file) }
                return try ArticleFolder(member.versions["nl-BE"]!)
            }
            _ = try SiteLayout.members(in: content.appendingPathComponent("en/news"))
            return (members, folders)
        }
        #expect(record.sitesWalked == 1, "the site by content directory: one walk for 12 articles and 42 questions")
        #expect(members.map(\.id) == fresh.map(\.id))
        #expect(members.map(\.versions) == fresh.map(\.versions))
        #expect(members.map(\.placement) == fresh.map(\.placement))
        #expect(folders.map(\.id) == freshFolders.map(\.id))
        #expect(folders.map(\.versions) == freshFolders.map(\.versions))
        #expect(folders[0].versions["nl-BE"]?.lastPathComponent == "n0.md")
        #expect(folders[0].locales == ["en", "fr", "nl-BE"])
        // A folder of <name>.<locale> files: one listing for both its articles.
        let byName = SiteWalks()
        let named = try SiteLayout.walkingOnce(byName) {
            try ["a.en.md", "a.nl.md", "b.en.md", "b.fr.md"].map { try ArticleFolder(root.appendingPathComponent("news/" + $0)).id }
        }
        #expect(named == ["a", "a", "b", "b"])
        #expect(byName.sitesWalked == 1)
        // A new command sees the site as it is then: a version added since is part of its article.
        try Data("Texte 1.".utf8).write(to: content.appendingPathComponent("fr/news/n1.md"))
        let later = try SiteLayout.walkingOnce { try ArticleFolder(content.appendingPathComponent("en/news/n1.md")) }
        #expect(later.locales == ["en", "fr", "nl-BE"])
    }
}
