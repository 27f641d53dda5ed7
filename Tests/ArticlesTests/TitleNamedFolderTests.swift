import Foundation
import Testing
import Articles
import TaalgrensCore

/// Seventeenth trial, finding 11: an article folder whose files are named as people save them from Word or a
/// CMS, a title and a language ("Persbericht nieuwe wet NL.htm"), was "no language file", though each file
/// declares its language; and `NL.htm` was stored as `nl` while it declares `nl-BE`.
@Suite("Article folders of titles and declared languages")
struct TitleNamedFolderTests {
    static func page(_ lang: String, _ text: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"\(lang)\">\n<head><meta charset=\"utf-8\"><title>\(text)</title></head>\n<body><h1>\(text)</h1><p>\(text) Een tweede zin.</p></body></html>"
    }

    @Test("the language marker ending a file name", arguments: [
        ("Persbericht nieuwe wet NL", "nl"), ("Communiqué nouvelle loi FR", "fr"), ("Press release new law EN", "en"),
        ("persbericht_NL", "nl"), ("Nieuwe wet (NL)", "nl"), ("article-fr-BE", "fr-BE"), ("press_release_en_GB", "en-GB"),
        ("Press release [en-GB]", "en-GB"), ("Persbericht Nederlands", "nl"), ("Communiqué - français", "fr"),
        ("report-2024-nl", "nl"), ("Persbericht 12-03-2026 NL", "nl"), ("Nieuwe wet – NL-BE", "nl-BE"),
    ])
    func marker(_ name: String, _ expected: String) {
        #expect(ArticleLocale.titleMarker(name) == LanguageTag(expected))
    }

    @Test("names without a marker, or a locale alone", arguments: [
        "my-article", "Safer internet day", "NL", "(NL)", "notes", "draft", "SOURCE", "report-2024", "Plan (B)", "new-law", "fr-BE",
    ])
    func noMarker(_ name: String) {
        #expect(ArticleLocale.titleMarker(name) == nil, "\(name)")
    }

    @Test("a folder of titles with a language marker: each file is its language's version, with the region it declares")
    func titleFolder() throws {
        // The failing input of the trial: three Word-named pages, each declaring its locale.
        let url = try ArticleFolderTests.folder([
            "Persbericht nieuwe wet NL.htm": Self.page("nl-BE", "Nieuwe wet tegen onlinefraude."),
            "Communiqué nouvelle loi FR.htm": Self.page("fr-BE", "Nouvelle loi contre la fraude."),
            "Press release new law EN.htm": Self.page("en", "New law against online fraud."),
            "SOURCE.txt": "x",
        ], name: "nieuwe-wet")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let folder = try ArticleFolder(url)
        #expect(folder.locales == ["en", "fr-BE", "nl-BE"])
        #expect(folder.versions["nl-BE"]?.lastPathComponent == "Persbericht nieuwe wet NL.htm")
        #expect(folder.ignoredFiles.map(\.lastPathComponent) == ["SOURCE.txt"])
        #expect(folder.id == "nieuwe-wet")
        #expect(try folder.read().map(\.locale) == ["en", "fr-BE", "nl-BE"])
    }

    @Test("EN.htm, NL.htm, FR.htm declaring en, nl-BE, fr-BE are stored as the files declare; a name with a region or a declaration of another language leaves the name's locale")
    func declaredRegion() throws {
        let url = try ArticleFolderTests.folder([
            "EN.htm": Self.page("en", "New law."), "NL.htm": Self.page("nl-BE", "Nieuwe wet."), "FR.htm": Self.page("fr-BE", "Nouvelle loi."),
        ])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(try ArticleFolder(url).locales == ["en", "fr-BE", "nl-BE"])
        // The name's region wins over the declaration's; a declaration of another language (a template's
        // `<html lang="en">`) does not move the version; front matter counts as well.
        let other = try ArticleFolderTests.folder([
            "nl-BE.html": Self.page("nl-NL", "Nieuwe wet."), "fr.html": Self.page("en", "Nouvelle loi."), "en.md": "---\nlang: en-GB\n---\nNew law.",
        ])
        defer { try? FileManager.default.removeItem(at: other.deletingLastPathComponent()) }
        #expect(try ArticleFolder(other).locales == ["en-GB", "fr", "nl-BE"])
        // A version already holding the declared locale keeps the other one's name: nl.md stays nl.
        let both = try ArticleFolderTests.folder(["nl.md": "---\nlang: nl-BE\n---\nTekst.", "nl-BE.md": "Tekst."])
        defer { try? FileManager.default.removeItem(at: both.deletingLastPathComponent()) }
        #expect(try ArticleFolder(both).locales == ["nl", "nl-BE"])
    }

    @Test("titles without a marker are the versions of the languages they declare; two for one locale are refused")
    func declaredOnly() throws {
        let url = try ArticleFolderTests.folder([
            "Persbericht nieuwe wet.htm": Self.page("nl-BE", "Nieuwe wet."),
            "Communiqué nouvelle loi.md": "---\ntitle: Nouvelle loi\nlang: fr-BE\n---\nTexte.",
            "Notes for the desk.md": "Ask the desk.",
        ])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let folder = try ArticleFolder(url)
        #expect(folder.locales == ["fr-BE", "nl-BE"])
        #expect(folder.ignoredFiles.map(\.lastPathComponent) == ["Notes for the desk.md"])
        let twice = try ArticleFolderTests.folder(["Persbericht NL.htm": Self.page("nl-BE", "Wet."), "Persbericht oud.htm": Self.page("nl-BE", "Wet.")])
        defer { try? FileManager.default.removeItem(at: twice.deletingLastPathComponent()) }
        let error = expectInputError { _ = try ArticleFolder(twice) }
        #expect(error?.message.contains("two files for locale nl-BE") == true, "\(String(describing: error))")
        // Nothing named or declared: the message says the three ways.
        let none = try ArticleFolderTests.folder(["Persbericht.htm": "<p>Tekst.</p>"])
        defer { try? FileManager.default.removeItem(at: none.deletingLastPathComponent()) }
        let message = expectInputError { _ = try ArticleFolder(none) }?.message ?? ""
        #expect(message.contains("no language file") && message.contains("Persbericht NL.htm") && message.contains("lang"), "\(message)")
    }

    @Test("Word's page: <body lang=EN-US> with the text in <span lang=NL-BE> declares nl-BE")
    func wordMajority() throws {
        let word = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
        <head><meta name=Generator content="Microsoft Word 15 (filtered)"><style>p.MsoNormal {margin:0cm}</style></head>
        <body lang=EN-US style='word-wrap:break-word'>
        <div class=WordSection1>
        <p class=MsoTitle><span lang=NL-BE>Nieuwe wet tegen onlinefraude</span></p>
        <p class=MsoNormal><span lang=NL-BE>Vanaf 1 juli 2026 moeten banken slachtoffers van </span><span lang=EN-GB>spoofing</span><span lang=NL-BE> binnen tien werkdagen terugbetalen.</span></p>
        <p class=MsoNormal><span lang=NL-BE>De wet verscheen op 12 maart 2026 in het Belgisch Staatsblad.</span></p>
        <p class=MsoNormal>&nbsp;</p>
        </div></body></html>
        """
        let url = try ArticleFolderTests.folder(["Persbericht NL.htm": word, "Press release EN.htm": Self.page("en", "New law.")])
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let declaration = try #require(try ArticleLocale.declaration(in: url.appendingPathComponent("Persbericht NL.htm")))
        #expect(declaration.locale == "nl-BE")
        #expect(declaration.evidence.hasPrefix("<span lang=\"NL-BE\">"), "\(declaration.evidence)")
        #expect(try ArticleFolder(url).locales == ["en", "nl-BE"])
        // A page whose undeclared text is the larger part declares nothing by a quoted phrase.
        let quoted = try ArticleFolderTests.folder(["page.html": "<body><p>An English page quoting <span lang=\"fr\">la loi</span> once.</p></body>"])
        defer { try? FileManager.default.removeItem(at: quoted.deletingLastPathComponent()) }
        #expect(try ArticleLocale.declaration(in: quoted.appendingPathComponent("page.html")) == nil)
        // <body lang> alone is still the declaration.
        let body = try ArticleFolderTests.folder(["page.html": "<body lang=\"fr-BE\"><p>Texte.</p></body>"])
        defer { try? FileManager.default.removeItem(at: body.deletingLastPathComponent()) }
        #expect(try ArticleLocale.declaration(in: body.appendingPathComponent("page.html"))?.evidence == "<body lang=\"fr-BE\">")
    }
}
