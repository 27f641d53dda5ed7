import Foundation
import Testing

/// A Safer Internet Centre's campaign article as its communications team's tools write it (session 14,
/// `Tests/Fixtures/articles/comms14`), published as a user does, and the fourteenth trial's findings 1, 2 and 4.
@Suite("a communications team's articles: Obsidian, Word filtered HTML, Word documents (process)")
struct CommsTeamCLITests {
    static let folder = CLI.repository.appendingPathComponent("Tests/Fixtures/articles/comms14")

    /// Obsidian Markdown (finding 1): the bundle's `article.md` wrote `> \[!note\]`, `- \[x\]` and
    /// `\[\[Sextortion\]\]` (a plain quote, literal brackets, dead links) and the XLIFF offered `[x] ` to
    /// the translator.
    @Test("publish of an Obsidian article keeps its callout, task list, wiki links and embed as markup")
    func obsidianBundle() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let run = try CLI.run(["publish", Self.folder.appendingPathComponent("notion").path, "--to", "nl-BE,fr-BE", "--out", "b"],
                              in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(run.status == 0, "\(run.stderr)")
        let bundle = scratch.appendingPathComponent("b/notion/fr-BE")
        let markdown = try String(contentsOf: bundle.appendingPathComponent("article.md"), encoding: .utf8)
        #expect(markdown.contains("> [!note]\n>\n> Si votre enfant a déjà payé"), "\(markdown)")
        #expect(markdown.contains("- [ ] Vérifier ensemble les paramètres de confidentialité\n- [x] Signaler le faux profil"), "\(markdown)")
        #expect(markdown.contains("[[Helpline contact|la page de la ligne d’aide]] et [[Sextortion|sextorsion]]"), "\(markdown)")
        #expect(markdown.contains("![[teen-phone.jpg]]"), "\(markdown)")
        #expect(!markdown.contains("\\["), "\(markdown)")
        let page = try String(contentsOf: bundle.appendingPathComponent("article.html"), encoding: .utf8)
        #expect(page.contains("<input type=\"checkbox\" disabled checked> Signaler le faux profil"), "\(page)")
        #expect(!page.contains("[!note]") && !page.contains("[x]"), "\(page)")
        let xliff = try String(contentsOf: bundle.appendingPathComponent("article.xlf"), encoding: .utf8)
        // The markers are codes (their markup in the XLIFF's original data), never source text.
        #expect(xliff.contains("<data id=\"d1\">[x] </data>"))
        #expect(!xliff.contains("<source>[") && !xliff.contains("<target>["), "\(xliff)")
    }

    /// Word's "Web Page, Filtered" (finding 2): list markers were text ("1.      The offer…") and the footnote
    /// reference "[1]" was a link in the sentence.
    @Test("segment of a Word filtered page: list items without their markers, the footnote as a note")
    func wordFiltered() throws {
        let run = try CLI.run(["segment", Self.folder.appendingPathComponent("word/nl-BE.htm").path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let blocks = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])["blocks"] as? [[String: Any]]
        let texts = (blocks ?? []).map { block in (block["kind"] as? String ?? "", ((block["segments"] as? [[String: Any]]) ?? []).map { $0["text"] as? String ?? "" }) }
        let items = texts.filter { $0.0 == "listItem" }.flatMap(\.1)
        #expect(items.first == "Het aanbod klinkt te mooi om waar te zijn.", "\(items)")
        #expect(items.count == 5)
        #expect(!texts.flatMap(\.1).contains { $0.contains("[1]") }, "\(texts)")
        #expect(texts.flatMap(\.1).contains("Bevraging bij 1.050 leerlingen in Vlaanderen en Wallonië, najaar 2026."), "\(texts)")
    }

    /// A folder of article folders, of bundles, or of one folder per locale (finding 12) was "the article folder
    /// holds no language file", the opposite of what the user sees.
    @Test("a folder of article folders, of bundles or of locale folders names what it holds and how to pass it")
    func foldersOfFolders() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let fm = FileManager.default
        for article in ["img-test", "terms-test"] {
            let folder = scratch.appendingPathComponent("articles/\(article)")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            for locale in ["en", "nl-BE"] { try "# Title\n\nText.\n".write(to: folder.appendingPathComponent("\(locale).md"), atomically: true, encoding: .utf8) }
        }
        for locale in ["en", "nl-BE"] {
            let folder = scratch.appendingPathComponent("bundles/img-test/\(locale)")
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
            try "<xliff/>".write(to: folder.appendingPathComponent("article.xlf"), atomically: true, encoding: .utf8)
            let site = scratch.appendingPathComponent("site/\(locale)")
            try fm.createDirectory(at: site, withIntermediateDirectories: true)
            try "# Title\n".write(to: site.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        }
        let memory = scratch.appendingPathComponent("m.tm")
        let articles = try CLI.run(["import", "articles"], in: scratch, memory: memory)
        #expect(articles.status == 2)
        #expect(articles.stderr.contains("articles holds 2 article folders (img-test, terms-test), not language files; pass them as articles/*"), "\(articles.stderr)")
        let bundles = try CLI.run(["import", "bundles"], in: scratch, memory: memory)
        #expect(bundles.status == 2)
        #expect(bundles.stderr.contains("bundles is a folder of bundles (1 article: img-test); pass them as bundles/*"), "\(bundles.stderr)")
        // A folder of one folder per locale is a site translated by content directory (session 16): imported.
        let site = try CLI.run(["import", "site"], in: scratch, memory: memory)
        #expect(site.status == 0, "\(site.stderr)")
        #expect(site.stderr.contains("note: site: a site translated by content directory (en, nl-BE): 1 article"), "\(site.stderr)")
    }

    /// Word and LibreOffice documents (finding 4) were refused as "expected an article file ending in .md, …",
    /// and a folder of them as holding "no language file", without the way to an article.
    @Test("a .docx, an .odt and a folder of .docx files name what they are and how to save them as HTML")
    func wordDocuments() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("sextortion")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["en.docx", "nl-BE.docx"] { try Data([0x50, 0x4B, 0x03, 0x04]).write(to: folder.appendingPathComponent(name)) }
        try Data([0x50, 0x4B, 0x03, 0x04]).write(to: scratch.appendingPathComponent("leaflet.odt"))
        let docx = try CLI.run(["segment", "sextortion/en.docx"], in: scratch)
        #expect(docx.status == 2)
        #expect(docx.stderr.contains("en.docx: this is a Word document (.docx), not an article file (.md, .html, .htm, .txt, …): save it as HTML (in Word: File › Save As › Web Page, Filtered (*.htm)"), "\(docx.stderr)")
        let odt = try CLI.run(["segment", "leaflet.odt"], in: scratch)
        #expect(odt.status == 2)
        #expect(odt.stderr.contains("leaflet.odt: this is an OpenDocument text (LibreOffice Writer) (.odt), not an article file"), "\(odt.stderr)")
        let import_ = try CLI.run(["import", "sextortion"], in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(import_.status == 2)
        #expect(import_.stderr.contains("the article folder holds no language file: en.docx, nl-BE.docx (a Word document (.docx)) cannot be read as articles; save each as HTML"), "\(import_.stderr)")
        #expect(import_.stderr.contains("(en.docx → en.htm)"), "\(import_.stderr)")
    }

    /// The fourteenth trial's re-run of finding 2: a Word footnote whose sentence the memory could not
    /// translate is shown in the source language, inside a language span that opened before the note's
    /// marker, and the note paragraph lost its `id="fn-1"`, so the reference in the text led nowhere.
    @Test("an untranslated footnote keeps its id in article.html, so its reference leads to it")
    func untranslatedFootnoteKeepsItsID() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let article = scratch.appendingPathComponent("word-en")
        try FileManager.default.createDirectory(at: article, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("word/en.htm"), to: article.appendingPathComponent("en.htm"))
        let run = try CLI.run(["publish", "word-en", "--to", "nl-BE", "--out", "b"], in: scratch, memory: scratch.appendingPathComponent("m.tm"))
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: scratch.appendingPathComponent("b/word-en/nl-BE/article.html"), encoding: .utf8)
        #expect(page.contains("<sup><a href=\"#fn-1\" id=\"fnref-1\" role=\"doc-noteref\">1</a></sup>"), "\(page)")
        #expect(page.contains("<p id=\"fn-1\" role=\"doc-footnote\"><span lang=\"en\"><a href=\"#fnref-1\" role=\"doc-backlink\">1</a> Survey of 1,050 pupils"), "\(page)")
        let markdown = try String(contentsOf: scratch.appendingPathComponent("b/word-en/nl-BE/article.md"), encoding: .utf8)
        #expect(markdown.contains("\n[^1]: Survey of 1,050 pupils in Flanders and Wallonia, autumn 2026."), "\(markdown)")
    }
}

