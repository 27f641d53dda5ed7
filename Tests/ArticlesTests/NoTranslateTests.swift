import Foundation
import Testing
import Articles
import TaalgrensCore

/// HTML's `translate="no"` and the `notranslate` class (known issue since session 14): such an element's
/// text was offered for translation and came back translated. A phrase is now a standalone code holding its
/// markup (locked in a CAT tool), a block an embed block, both written back as they were.
@Suite("translate=\"no\" and notranslate kept as they are")
struct NoTranslateTests {
    @Test("a phrase with translate=\"no\" or class notranslate is a code holding its markup; the page writes it back untouched")
    func phrase() throws {
        let article = try html("""
        <html lang="en"><body><p>Call <span translate="no">Card Stop</span> on 078 170 170 or visit <b class="brand notranslate">Safeonweb</b> today.</p></body></html>
        """)
        let paragraph = try #require(article.blocks.first)
        #expect(!paragraph.content.plainText.contains("Card Stop") && !paragraph.content.plainText.contains("Safeonweb"), "\(outline(article))")
        #expect(paragraph.content.plainText.contains("on 078 170 170 or visit"))
        let codes = paragraph.content.codes.filter { $0.attributes["translate"] == "no" }
        #expect(codes.map { $0.attributes["markup"] ?? "" } == ["<span translate=\"no\">Card Stop</span>", "<b class=\"brand notranslate\">Safeonweb</b>"])
        let page = HTMLRenderer.render(BlockStructureTests.translated(article), typography: nil)
        #expect(page.contains("<p>CALL <span translate=\"no\">Card Stop</span> ON 078 170 170 OR VISIT <b class=\"brand notranslate\">Safeonweb</b> TODAY.</p>"), "\(page)")
        let markdown = MarkdownRenderer.render(BlockStructureTests.translated(article))
        #expect(markdown.contains("<span translate=\"no\">Card Stop</span>"), "\(markdown)")
    }

    @Test("a block with translate=\"no\" or notranslate is an embed block with nothing to translate, written back as it was")
    func block() throws {
        let article = try html("""
        <html lang="en"><body>
        <p>The law says:</p>
        <div class="notranslate"><p>Art. 1. Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.</p></div>
        <p translate="NO">Koninklijk besluit van 12 maart 2026.</p>
        <p>It applies from 1 July.</p>
        </body></html>
        """)
        #expect(article.blocks.map(\.role) == [nil, .embed, .embed, nil], "\(outline(article))")
        #expect(article.blocks.allSatisfy { !$0.content.plainText.contains("Grondwet") && !$0.content.plainText.contains("Koninklijk") })
        let page = HTMLRenderer.render(BlockStructureTests.translated(article), typography: nil)
        #expect(page.contains("<div class=\"notranslate\"><p>Art. 1. Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet.</p></div>"), "\(page)")
        #expect(page.contains("<p translate=\"NO\">Koninklijk besluit van 12 maart 2026.</p>"), "\(page)")
        #expect(page.contains("IT APPLIES FROM 1 JULY."), "\(page)")
    }

    @Test("translate=\"no\" on <html> or <body> (against browsers' machine translation) and an element set back to translate=\"yes\" are read as usual")
    func pageLevelAndReenabled() throws {
        let page = try html("<html lang=\"en\" translate=\"no\"><body class=\"notranslate\"><p>Read as usual.</p><div translate=\"no\"><p translate=\"yes\">Also read.</p></div></body></html>")
        #expect(page.blocks.map(\.content.plainText) == ["Read as usual.", "Also read."], "\(outline(page))")
    }

    @Test("Markdown's inline HTML with translate=\"no\" is kept the same way")
    func markdownInline() throws {
        let article = try markdown("Call <span translate=\"no\">Card Stop</span> at once.\n")
        #expect(article.blocks.first?.content.codes.contains { $0.attributes["translate"] == "no" } == true, "\(outline(article))")
        #expect(MarkdownRenderer.render(article).contains("Call <span translate=\"no\">Card Stop</span> at once."), "\(MarkdownRenderer.render(article))")
    }
}
