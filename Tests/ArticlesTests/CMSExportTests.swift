import Articles
import Foundation
import TaalgrensCore
import Testing

/// HTML as CMSes and word processors export it (`Tests/Fixtures/cms`, README there): each file gives exactly
/// the article's blocks, and its rendering reads back with the same text.
@Suite("CMS exports")
struct CMSExportTests {
    static let systems = ["wordpress", "drupal", "ghost", "medium", "google-docs", "word", "news-site"]
    static let locales = ["en", "nl-BE", "fr-BE"]

    static func folder(_ system: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/cms").appendingPathComponent(system)
    }

    /// The gold block texts of one file.
    static func gold(_ system: String, _ locale: String) throws -> [String] {
        let text = try String(contentsOf: folder(system).appendingPathComponent("gold/\(locale).txt"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }

    @Test("every file gives exactly the article's blocks: no chrome, style or script text, nothing twice, nothing lost",
          arguments: systems)
    func blocks(_ system: String) throws {
        for locale in Self.locales {
            let url = Self.folder(system).appendingPathComponent("\(locale).html")
            let article = try ArticleReader.read(url, locale: LanguageTag(locale)!)
            let text = article.blocks.map { $0.content.plainText.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(text == (try Self.gold(system, locale)), "\(system)/\(locale)")
            #expect(article.blocks.first?.kind == .title, "\(system)/\(locale)")
        }
    }

    @Test("the rendered page reads back with the same blocks", arguments: systems)
    func roundTrip(_ system: String) throws {
        let article = try ArticleReader.read(Self.folder(system).appendingPathComponent("en.html"), locale: "en")
        let page = HTMLRenderer.render(article, typography: nil)
        let again = try ArticleReader.read(page, format: .html, locale: "en", articleID: article.id, file: "page.html")
        #expect(again.blocks.map(\.content.plainText) == article.blocks.map(\.content.plainText))
        #expect(again.blocks.map(\.kind) == article.blocks.map(\.kind))
    }

    @Test("Word's list paragraphs are list items without their marker; numbered ones are ordered")
    func wordLists() throws {
        let article = try html("""
        <body><p class=MsoTitle>Title<o:p></o:p></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
        style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>First step.<o:p></o:p></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
        style='mso-list:Ignore'>a)<span>&nbsp;</span></span><![endif]>Second step.<o:p></o:p></p></body>
        """)
        #expect(outline(article) == ["title: Title", "listItem/1o: First step.", "listItem/2o: Second step."])
    }

    @Test("a styled title paragraph is the title only when the page has no <h1>")
    func styledTitle() throws {
        #expect(outline(try html("<body><p class=\"c4 title\">Doc title</p><p>Text.</p></body>")) == ["title: Doc title", "paragraph: Text."])
        #expect(outline(try html("<body><p class=\"title\">Kicker</p><h1>Real</h1><p>Text.</p></body>")) ==
                ["title: Real", "paragraph: Kicker", "paragraph: Text."])
    }
}
