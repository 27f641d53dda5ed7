import Articles
import Foundation
import TaalgrensCore
import Testing

/// Session 14's left-over (`docs/known-issues.md`): a link's `title` equal to its text (`[guide][g]` with
/// `[g]: url "guide"`, a Mailchimp button's `title`) was a caption of its own, so the translator translated
/// the same words twice. Each input keeps the case read wrong and the right value.
@Suite struct RepeatedAttributeTests {
    /// A title that says what the text says (case, diacritics, spaces and final punctuation aside) is no
    /// block of its own; the code says so, and the renderers write the (translated) text as the title.
    @Test(arguments: [
        ("Read [the guide][g].\n\n[g]: https://example.be/guide \"The guide\"\n", "markdown"),
        ("Read [the guide](https://example.be/guide \"the  guide.\").\n", "markdown"),
        ("<p>Read <a href=\"https://example.be/guide\" title=\"The Guide\">the guide</a>.</p>", "html"),
        ("<p>Read <a href=\"https://example.be/guide\" title=\"the guide\"><strong>the</strong> guide</a>.</p>", "html"),
    ])
    func linkTitleEqualToItsText(_ input: String, _ format: String) throws {
        let article = format == "html" ? try html(input) : try markdown(input)
        #expect(article.blocks.count == 1, "\(outline(article))")
        let link = try #require(article.blocks[0].content.codes.first { $0.type == .link })
        #expect(link.attributes["title-is-text"] == "yes")
        #expect(link.attributes["title"] == nil)
        // Rendered, the title is the link's text as it stands (translated, in a bundle).
        var translated = article
        translated.blocks[0].content = RichText(article.blocks[0].content.elements.map {
            if case .text(let t) = $0 { .text(t.replacingOccurrences(of: "guide", with: "gids")) } else { $0 }
        })
        let page = HTMLRenderer.render(translated, typography: nil)
        #expect(page.contains("title=\"the gids\""), "\(page)")
        let text = MarkdownRenderer.render(translated)
        #expect(text.contains("\"the gids\""), "\(text)")
    }

    /// A title that says more than the text is still offered, once; so is an image's title next to its alt.
    @Test func aTitleThatSaysMoreStays() throws {
        let link = try html("<p>Read <a href=\"https://example.be/guide\" title=\"The guide for parents (PDF)\">the guide</a>.</p>")
        #expect(outline(link) == ["paragraph: Read {link#1 href=https://example.be/guide}the guide{/link#1}.",
                                  "caption: {*other#1 attribute=title,owner=0:1}The guide for parents (PDF)"])
        let image = try markdown("![A poster](poster.png \"A poster\")\n\n![A poster](poster.png \"Poster of the campaign\")\n")
        #expect(image.blocks.map(\.kind) == [.caption, .caption, .caption], "\(outline(image))")
        #expect(image.blocks[0].content.codes.first?.attributes["title-is-text"] == "yes")
        let rendered = HTMLRenderer.render(image, typography: nil)
        #expect(rendered.contains("alt=\"A poster\" title=\"A poster\""), "\(rendered)")
    }
}
