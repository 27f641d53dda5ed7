import Foundation
import Testing
import Articles
import TaalgrensCore

@Suite("Article folders")
struct ArticleFolderTests {
    /// A temporary article folder named `name` holding `files` (name → content).
    static func folder(_ files: [String: String], name: String = "my-article") throws -> URL {
        let parent = try temporaryFolder()
        let url = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (file, content) in files {
            let target = url.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: target)
        }
        return url
    }

    @Test("one file per locale, sorted; README, images, hidden files and sub-folders ignored")
    func versions() throws {
        let url = try Self.folder([
            "en.md": "---\ntitle: Title\n---\nText.", "nl-BE.md": "---\ntitle: Titel\n---\nTekst.",
            "fr_be.txt": "Titre\n\nTexte.", "nl.html": "<h1>Titel</h1><p>Tekst.</p>",
            "README.md": "# Notes", "images/photo.jpg": "x", ".DS_Store": "x", "notes.json": "{}",
        ])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let folder = try ArticleFolder(url)
        #expect(folder.id == "my-article")
        #expect(folder.locales == ["en", "fr-BE", "nl", "nl-BE"])
        #expect(folder.versions["fr-BE"]?.lastPathComponent == "fr_be.txt")
        let articles = try folder.read()
        #expect(articles.map(\.locale) == ["en", "fr-BE", "nl", "nl-BE"])
        #expect(articles.map(\.id) == Array(repeating: "my-article", count: 4))
        #expect(articles.map { $0.title ?? "" } == ["Title", "Titre", "Titel", "Titel"])
        #expect(articles.map(\.format) == [.markdown, .text, .html, .markdown])
    }

    @Test("the front matter's id names the article; versions that disagree are refused")
    func frontMatterID() throws {
        let url = try Self.folder(["en.md": "---\nid: sid-2020\n---\nText.", "nl.md": "Tekst.", "fr.md": "---\nid: sid-2020\n---\nTexte."])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(try ArticleFolder(url).id == "sid-2020")
        #expect(try ArticleFolder(url).read().allSatisfy { $0.id == "sid-2020" })
        let bad = try Self.folder(["en.md": "---\nid: one\n---\nText.", "nl.md": "---\nid: two\n---\nTekst."])
        defer { try? FileManager.default.removeItem(at: bad.deletingLastPathComponent()) }
        let error = expectInputError { _ = try ArticleFolder(bad) }
        #expect(error?.message.contains("\"two\"") == true)
        #expect(error?.file.hasSuffix("nl.md") == true)
    }

    @Test("two files for one locale are refused")
    func duplicateLocale() throws {
        let url = try Self.folder(["nl-BE.md": "Tekst.", "nl_BE.html": "<p>Tekst.</p>"])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let error = expectInputError { _ = try ArticleFolder(url) }
        #expect(error?.message.contains("two files for locale nl-BE") == true)
    }

    @Test("a file name that looks like a version's gone wrong is refused", arguments: ["english.txt", "zz.html", "nl-BE.old.md", "Français.md", "fra_copy.txt", "Nederlands-oud.md"])
    func badName(_ name: String) throws {
        let url = try Self.folder(["en.md": "Text.", name: "x"])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let error = expectInputError { _ = try ArticleFolder(url) }
        #expect(error?.file.hasSuffix(name) == true)
        #expect(error?.message.contains("BCP 47") == true)
    }

    @Test("side files (SOURCE.txt, LICENSE.txt, NOTES.md, a draft) are passed over and listed, in both naming forms (REALARTICLES10, class 0)")
    func sideFiles() throws {
        // The failing input: every real article folder held a SOURCE.txt, and the folder was refused.
        let url = try Self.folder(["en.md": "Text.", "nl-BE.md": "Tekst.", "SOURCE.txt": "repository x, commit y", "LICENSE.txt": "CC BY 4.0",
                                   "NOTES.md": "Ask the desk.", "draft.html": "<p>Old.</p>", "README.md": "x"])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let folder = try ArticleFolder(url)
        #expect(folder.locales == ["en", "nl-BE"])
        #expect(folder.ignoredFiles.map(\.lastPathComponent) == ["LICENSE.txt", "NOTES.md", "SOURCE.txt", "draft.html"])
        #expect(try folder.read().count == 2)
        let bundle = try Self.folder(["index.en.md": "Text.", "index.fr.md": "Texte.", "SOURCE.txt": "x"])
        defer { try? FileManager.default.removeItem(at: bundle.deletingLastPathComponent()) }
        #expect(try ArticleFolder(bundle).ignoredFiles.map(\.lastPathComponent) == ["SOURCE.txt"])
        // A folder of side files only still has no language file.
        let none = try Self.folder(["SOURCE.txt": "x"])
        defer { try? FileManager.default.removeItem(at: none.deletingLastPathComponent()) }
        #expect(expectInputError { _ = try ArticleFolder(none) }?.message.contains("no language file") == true)
    }

    @Test("a folder of memories, XLIFF files or termbases is named as such, with the way to pass the files (eleventh trial, finding 15)")
    func folderOfExchangeFiles() throws {
        // The failing input: a folder of five TMX exports given to import got "holds no language file".
        let url = try Self.folder(["memoq.tmx": "<tmx/>", "trados.tmx": "<tmx/>", "omegat.tmx.gz": "x", "notes.txt.bak": "x"], name: "in")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let error = expectInputError { _ = try ArticleFolder(url) }
        #expect(error?.message.contains("holds TMX files (memoq.tmx, omegat.tmx.gz, trados.tmx), not an article") == true, "\(String(describing: error))")
        #expect(error?.message.contains("taalgrens import in/*.tmx") == true, "\(String(describing: error))")
        let mixed = try Self.folder(["a.xlf": "<xliff/>", "b.tbx": "<tbx/>"], name: "returned")
        defer { try? FileManager.default.removeItem(at: mixed.deletingLastPathComponent()) }
        #expect(expectInputError { _ = try ArticleFolder(mixed) }?.message.contains("holds TBX and XLF files (a.xlf, b.tbx)") == true)
    }

    @Test("a folder without language files, a missing folder and a file are refused")
    func notAnArticleFolder() throws {
        let empty = try Self.folder(["README.md": "x", "photo.jpg": "x"])
        defer { try? FileManager.default.removeItem(at: empty.deletingLastPathComponent()) }
        #expect(expectInputError { _ = try ArticleFolder(empty) }?.message.contains("no language file") == true)
        #expect(expectInputError { _ = try ArticleFolder(empty.appendingPathComponent("missing")) }?.message.contains("no such folder") == true)
        #expect(expectInputError { _ = try ArticleFolder(empty.appendingPathComponent("README.md")) }?.message.contains("found a file") == true)
    }

    @Test("a Hugo page bundle: index.<locale>.md files sharing one name are the versions (trial 6, finding 10)")
    func hugoPageBundle() throws {
        let url = try Self.folder([
            "index.en.md": "---\ntitle: Title\n---\nText.", "index.nl.md": "---\ntitle: Titel\n---\nTekst.",
            "index.fr.md": "---\ntitle: Titre\n---\nTexte.", "cover.jpg": "x", "README.md": "# Notes",
        ], name: "fake-shops")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let folder = try ArticleFolder(url)
        #expect(folder.id == "fake-shops")
        #expect(folder.locales == ["en", "fr", "nl"])
        #expect(folder.versions["nl"]?.lastPathComponent == "index.nl.md")
        #expect(try folder.read().map(\.locale) == ["en", "fr", "nl"])
    }

    @Test("article.<locale>.html with regions, any format")
    func namedVersionsWithRegions() throws {
        let url = try Self.folder(["article.en.html": "<h1>T</h1><p>Text.</p>", "article.nl-BE.html": "<h1>T</h1><p>Tekst.</p>",
                                   "article.fr_BE.md": "Texte."])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(try ArticleFolder(url).locales == ["en", "fr-BE", "nl-BE"])
    }

    @Test("names that disagree are refused with both files named", arguments: [
        (["index.en.md", "about.nl.md"], "page \"index\""),
        (["en.md", "index.nl.md"], "named by its locale alone"),
        (["index.en.md", "index.md"], "rename index.md to index.<locale>.md"),
        (["index.en.md", "nl.md"], "named by its locale alone"),
    ])
    func disagreeingNames(_ names: [String], _ expected: String) throws {
        let url = try Self.folder(Dictionary(uniqueKeysWithValues: names.map { ($0, "Text.") }))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let error = expectInputError { _ = try ArticleFolder(url) }
        #expect(error?.message.contains(expected) == true, "\(String(describing: error))")
        // The message names both files, or the file and what to rename it to.
        #expect(names.allSatisfy { name in error.map { $0.message.contains(name) || $0.file.hasSuffix(name) } == true }
                || expected.hasPrefix("index.en.md"), "\(String(describing: error))")
    }

    @Test("two files for one locale in the page form are refused")
    func duplicateNamedLocale() throws {
        let url = try Self.folder(["index.nl-BE.md": "Tekst.", "index.nl_BE.html": "<p>Tekst.</p>"])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(expectInputError { _ = try ArticleFolder(url) }?.message.contains("two files for locale nl-BE") == true)
    }
}
