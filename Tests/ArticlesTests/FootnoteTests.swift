import Foundation
import Testing
import Articles
import TaalgrensCore

/// Markdown footnotes (`text.[^1]`, `[^1]: The note.`) and their HTML form (trial 4, item 2).
@Suite("Footnotes")
struct FootnoteTests {
    /// The trial's article (`/tmp/trial4/repro/2/fn/en.md`).
    static let bakery = """
    ---
    title: Bakery loses stock
    ---

    Mrs. Anne Lemaire lost her entire stock.[^1] She has lived above the shop since 1998.

    [^1]: Estimated at €25,000 by her insurer.
    """

    @Test("a reference is a standalone code, a definition a paragraph led by its code")
    func blocks() throws {
        let article = try markdown(Self.bakery)
        #expect(outline(article) == [
            "title: Bakery loses stock",
            "paragraph: Mrs. Anne Lemaire lost her entire stock.{*other#1 footnote=1,markup=[^1]} She has lived above the shop since 1998.",
            "paragraph: {*other#1 footnote-definition=1,markup=[^1]: }Estimated at €25,000 by her insurer.",
        ])
        // The plain text holds neither the brackets nor the colon: segmentation, QA and matching never see them.
        #expect(article.blocks[1].content.plainText == "Mrs. Anne Lemaire lost her entire stock. She has lived above the shop since 1998.")
        #expect(article.blocks[2].content.plainText == "Estimated at €25,000 by her insurer.")
    }

    @Test("the reference stays with the sentence it ends (a slice that ends before white space keeps it)")
    func staysWithItsSentence() throws {
        let content = try markdown(Self.bakery).blocks[1].content
        let first = content.slice(utf16: 0..<40), gap = content.slice(utf16: 40..<41), second = content.slice(utf16: 41..<82)
        #expect(notation(first) == "Mrs. Anne Lemaire lost her entire stock.{*other#1 footnote=1,markup=[^1]}")
        #expect(notation(gap) == " ")
        #expect(notation(second) == "She has lived above the shop since 1998.")
        // At the end of a block, too.
        let end = try markdown("Prices rose.[^a]\n\n[^a]: Source: Statbel.").blocks[0].content
        #expect(notation(end.slice(utf16: 0..<12)) == "Prices rose.{*other#1 footnote=a,markup=[^a]}")
    }

    @Test("Markdown writes footnotes back as footnotes; French typography leaves the definition's colon alone")
    func markdownOutput() throws {
        let article = try markdown(Self.bakery)
        #expect(MarkdownRenderer.render(article) == """
        ---
        title: Bakery loses stock
        id: test
        ---

        Mrs. Anne Lemaire lost her entire stock.[^1] She has lived above the shop since 1998.

        [^1]: Estimated at €25,000 by her insurer.

        """)
        let french = try markdown("Elle a tout perdu.[^1] Voilà !\n\n[^1]: Estimé à 25 000 euros : son assureur.", locale: "fr-BE")
        let typography = Typography(spaceBefore: [":": "\u{00A0}", "!": "\u{202F}"])
        let rendered = MarkdownRenderer.render(french, typography: typography)
        #expect(rendered.contains("Elle a tout perdu.[^1] Voilà\u{202F}!\n\n[^1]: Estimé à 25 000 euros\u{00A0}: son assureur.\n"), "\(rendered)")
    }

    @Test("the page links references and notes (DPUB-ARIA doc-noteref, doc-footnote) and reads back the same blocks")
    func page() throws {
        let article = try markdown(Self.bakery)
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.contains("stock.<sup><a href=\"#fn-1\" id=\"fnref-1\" role=\"doc-noteref\">1</a></sup> She has"), "\(page)")
        #expect(page.contains("<p id=\"fn-1\" role=\"doc-footnote\"><a href=\"#fnref-1\" role=\"doc-backlink\">1</a> Estimated at €25,000 by her insurer.</p>"), "\(page)")
        #expect(outline(try html(page)) == outline(article))
    }

    @Test("pandoc's footnotes in an HTML page are read as footnotes")
    func pandoc() throws {
        let page = """
        <p>The river rose.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> Then it fell.</p>
        <section class="footnotes" role="doc-endnotes"><hr><ol>
        <li id="fn1"><p>Measured at Chaudfontaine.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
        </ol></section>
        """
        #expect(outline(try html(page)) == [
            "paragraph: The river rose.{*other#1 footnote=1,markup=[^1]} Then it fell.",
            "paragraph: {*other#1 footnote-definition=1,markup=[^1]: }Measured at Chaudfontaine.",
        ])
    }

    @Test("`[^x]` without a definition, and a definition-like line inside a list, stay text")
    func notFootnotes() throws {
        #expect(outline(try markdown("An aside[^x] here.")) == ["paragraph: An aside[^x] here."])
        #expect(MarkdownRenderer.render(try markdown("An aside[^x] here.")).contains("An aside\\[^x\\] here."))
    }
}
