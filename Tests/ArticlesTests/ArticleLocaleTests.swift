import Foundation
import Testing
import Articles
import TaalgrensCore

@Suite("ArticleLocale: an article file's declared or named locale")
struct ArticleLocaleTests {
    /// Writes `text` to `name` (which may hold folders) in a fresh scratch folder and returns its URL.
    static func file(_ name: String, _ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("taalgrens-locale-\(UUID().uuidString)").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("HTML declarations, in order: <html lang>, xml:lang, content-language, og:locale, <body lang>",
          arguments: [
            ("<!DOCTYPE html>\n<html lang=\"fr-BE\"><body><p>Bonjour.</p></body></html>", "fr-BE", "<html lang=\"fr-BE\">", 2),
            ("<html lang=\"fr\"><body><p>Bonjour.</p></body></html>", "fr", "<html lang=\"fr\">", 1),
            ("<html xml:lang=\"nl-be\"><body><p>Hallo.</p></body></html>", "nl-BE", "<html xml:lang=\"nl-be\">", 1),
            // An empty lang says "unknown": the later declarations count.
            ("<html lang=\"\"><head>\n<meta http-equiv=\"Content-Language\" content=\"nl-BE\"></head><body><p>Hallo.</p></body></html>",
             "nl-BE", "<meta http-equiv=\"content-language\" content=\"nl-BE\">", 2),
            // A list of languages is the audience's, not the text's.
            ("<html><head><meta http-equiv=\"content-language\" content=\"fr, nl\">\n<meta property=\"og:locale\" content=\"fr_BE\"></head><body><p>Bonjour.</p></body></html>",
             "fr-BE", "<meta property=\"og:locale\" content=\"fr_BE\">", 2),
            ("<html><body lang=\"en\"><p>Hello.</p></body></html>", "en", "<body lang=\"en\">", 1),
          ])
    func html(page: String, locale: String, evidence: String, line: Int) throws {
        let declaration = try #require(try ArticleLocale.declaration(in: Self.file("page.html", page)))
        #expect(declaration.locale == LanguageTag(locale))
        #expect(declaration.evidence == evidence)
        #expect(declaration.line == line)
    }

    @Test("Markdown front matter: lang, locale or language; plain text declares nothing")
    func markdownAndText() throws {
        let lang = try ArticleLocale.declaration(in: Self.file("a.md", "---\ntitle: Titel\nlang: nl-BE\n---\nEen zin.\n"))
        #expect(lang?.locale == "nl-BE")
        #expect(lang?.evidence == "front matter lang: nl-BE")
        #expect(lang?.line == 3)
        let locale = try ArticleLocale.declaration(in: Self.file("a.md", "---\nlocale: fr_BE\n---\nUne phrase.\n"))
        #expect(locale?.locale == "fr-BE")
        #expect(try ArticleLocale.declaration(in: Self.file("a.md", "# Titel\n\nEen zin.\n")) == nil)
        #expect(try ArticleLocale.declaration(in: Self.file("fr-BE.txt", "Une phrase.\n")) == nil)
    }

    @Test("a declaration that is not a BCP 47 tag is returned without a locale")
    func malformed() throws {
        let declaration = try ArticleLocale.declaration(in: Self.file("a.html", "<html lang=\"français\"><body><p>Oui.</p></body></html>"))
        #expect(declaration?.value == "français")
        #expect(declaration?.locale == nil)
    }

    @Test("a missing file is the reader's error")
    func missing() throws {
        #expect(throws: InputError.self) { try ArticleLocale.declaration(in: URL(fileURLWithPath: "/no/such/fr-BE.md")) }
    }

    @Test("file and folder names that are locales",
          arguments: [
            ("fr-BE.html", "fr-BE", ArticleLocale.NameHint.Part.fileName),
            ("article.nl-BE.md", "nl-BE", .fileName),
            ("index.fr.md", "fr", .fileName),
            ("nl_BE.md", "nl-BE", .fileName),
            ("NL-be.md", "nl-BE", .fileName),
            ("bundles/youth-pledge-2020/fr-BE/article.md", "fr-BE", .folderName),
            ("site/en/story.html", "en", .folderName),
          ])
    func names(path: String, locale: String, part: ArticleLocale.NameHint.Part) {
        let hint = ArticleLocale.nameHint(for: URL(fileURLWithPath: "/tmp/" + path))
        #expect(hint?.locale == LanguageTag(locale))
        #expect(hint?.part == part)
    }

    @Test("names that are well-formed tags but not locale names say nothing",
          arguments: ["my-article.md", "article.md", "safer-internet-day-2020/story.md", "my-notes/list.md", "notes.2020.md", "xx-BE.md"])
    func notNames(path: String) {
        #expect(ArticleLocale.nameHint(for: URL(fileURLWithPath: "/tmp/" + path)) == nil)
    }
}
