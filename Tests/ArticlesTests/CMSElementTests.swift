import Foundation
import Testing
import Articles
import TaalgrensCore

/// Seventeenth trial, finding 3: a Drupal 10 body field (CKEditor 5's source) lost its `<drupal-media>`, the
/// article's image with its caption, from the segments and from every bundle, and `<figure class="table">`
/// came back as `<figure>`. Every custom element without text is written back as it was, its caption and alt
/// translated; a figure keeps its own class and id.
@Suite("CMS elements: custom elements and figure classes")
struct CMSElementTests {
    /// The trial's body field, cut to the parts that matter.
    static let drupal = """
    <h1>New law on online scams takes effect on 1 July</h1>
    <p>From 1 July 2026, banks must refund victims of spoofing.</p>
    <drupal-media data-entity-type="media" data-entity-uuid="4b1f3c2e-9a7d-4e0b-8c61-2f5d7a1e9b30" data-view-mode="default" data-caption="Fraudsters pretend to be your bank." alt="A phone showing a fake bank message"></drupal-media>
    <figure class="table" id="changes"><table><tbody><tr><td>Refund deadline</td><td>10 working days</td></tr></tbody></table><figcaption>The main changes at a glance</figcaption></figure>
    <figure class="image image-style-align-left"><img src="sms.png" alt="A fake SMS"><figcaption>A fake SMS.</figcaption></figure>
    <p>Report it at once.</p>
    """

    @Test("a custom element without text is an embed; its data-caption and alt are blocks to translate")
    func customElement() throws {
        let article = try html(Self.drupal)
        let embed = try #require(article.blocks.firstIndex { $0.role == .embed })
        let markup = article.blocks[embed].content.codes.compactMap { $0.attributes["html"] }.joined()
        #expect(markup.hasPrefix("<drupal-media "), "\(markup)")
        #expect(markup.contains("data-entity-uuid=\"4b1f3c2e-9a7d-4e0b-8c61-2f5d7a1e9b30\""))
        #expect(markup.hasSuffix("></drupal-media>"), "\(markup)")
        let texts = article.blocks.map(\.content.plainText)
        #expect(texts.contains("Fraudsters pretend to be your bank."), "\(texts)")
        #expect(texts.contains("A phone showing a fake bank message"), "\(texts)")
        // Translated, both go back into the element; nothing else of it changes.
        let page = HTMLRenderer.render(BlockStructureTests.translated(article), typography: nil)
        #expect(page.contains("<drupal-media alt=\"A PHONE SHOWING A FAKE BANK MESSAGE\" data-caption=\"FRAUDSTERS PRETEND TO BE YOUR BANK.\" data-entity-type=\"media\" data-entity-uuid=\"4b1f3c2e-9a7d-4e0b-8c61-2f5d7a1e9b30\" data-view-mode=\"default\"></drupal-media>"), "\(page)")
        let md = MarkdownRenderer.render(BlockStructureTests.translated(article))
        #expect(md.contains("<drupal-media alt=\"A PHONE SHOWING A FAKE BANK MESSAGE\" data-caption=\"FRAUDSTERS PRETEND TO BE YOUR BANK.\""), "\(md)")
    }

    @Test("a custom element with text is read for its text; reserved and hyphen-less names are no custom elements")
    func customElementWithText() throws {
        let article = try html("<h1>Title</h1><my-callout type=\"warning\"><p>Never share your PIN.</p></my-callout><p>End.</p>")
        #expect(article.blocks.map(\.content.plainText) == ["Title", "Never share your PIN.", "End."])
        #expect(!article.blocks.contains { $0.role == .embed })
    }

    @Test("a figure keeps its class and id in article.html and article.md")
    func figureClass() throws {
        let article = try html(Self.drupal)
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.contains("<figure class=\"table\" id=\"changes\">\n<table>"), "\(page)")
        #expect(page.contains("<figure class=\"image image-style-align-left\">\n<img src=\"sms.png\" alt=\"A fake SMS\">"), "\(page)")
        let md = MarkdownRenderer.render(article)
        #expect(md.contains("<figure class=\"table\" id=\"changes\">"), "\(md)")
        // Read back, the page is the same article.
        let again = try html(page)
        #expect(again.blocks.map(\.content) == article.blocks.map(\.content))
    }
}
