import Articles
import Foundation
import TaalgrensCore
import Testing

/// Script-capable URLs never reach a rendered page; passages in another language are marked.
@Suite struct LinkSafetyTests {
    @Test(arguments: ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "\u{1}javascript:x",
                      "vbscript:msgbox", "data:text/html,<script>alert(1)</script>", "DATA:image/png;base64,AAAA"])
    func unsafeLinks(href: String) {
        #expect(!LinkSafety.isSafeLink(href))
    }

    @Test(arguments: ["https://www.childfocus.be", "/nl/over-ons", "images/x.png", "mailto:info@childfocus.be", "#top",
                      "javascript-tutorial.html", "?q=javascript:"])
    func safeLinks(href: String) {
        #expect(LinkSafety.isSafeLink(href))
    }

    @Test func imageSources() {
        #expect(LinkSafety.isSafeImageSource("images/sid2020.jpg"))
        #expect(LinkSafety.isSafeImageSource("data:image/png;base64,iVBORw0KGgo="))
        #expect(!LinkSafety.isSafeImageSource("data:image/svg+xml,<svg onload=alert(1)>"))
        #expect(!LinkSafety.isSafeImageSource("javascript:alert(1)"))
    }

    func link(_ href: String, _ text: String) -> RichText {
        RichText([.text("Click "), .code(InlineCode(id: "1", kind: .opening, type: .link, attributes: ["href": href])),
                  .text(text), .code(InlineCode(id: "1", kind: .closing, type: .link)), .text(".")])
    }

    @Test func htmlRendererWritesNoScriptLink() {
        let article = Article(id: "a", locale: "nl-BE", format: .markdown, blocks: [
            Block(kind: .paragraph, content: link("javascript:alert(document.cookie)", "hier")),
            Block(kind: .paragraph, content: link("https://www.childfocus.be", "daar")),
            Block(kind: .caption, content: RichText([.code(InlineCode(id: "2", kind: .standalone, type: .image,
                                                                      attributes: ["src": "javascript:alert(1)", "alt": "x"]))])),
        ])
        let html = HTMLRenderer.render(article, typography: nil)
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<p>Click hier.</p>"))
        #expect(html.contains("<a href=\"https://www.childfocus.be\">daar</a>"))
        #expect(html.contains("<img alt=\"x\">"))
    }

    @Test func languageOfParts() {
        let content = RichText([.text("Nederlands. "), .code(InlineCode(id: "l", kind: .opening, type: .other, attributes: ["lang": "en"])),
                                .text("English left as it was."), .code(InlineCode(id: "l", kind: .closing, type: .other))])
        let html = HTMLRenderer.render(Article(id: "a", locale: "nl-BE", format: .markdown, blocks: [Block(kind: .paragraph, content: content)]),
                                       typography: nil)
        #expect(html.contains("<html lang=\"nl-BE\">"))
        #expect(html.contains("<p>Nederlands. <span lang=\"en\">English left as it was.</span></p>"))
        // Markdown has no language mark: raw HTML, which reads back as the same code (TRIAL7 finding 10: a
        // `<span lang>` of the source is kept; the bundle's source-language marks never reach article.md).
        #expect(MarkdownRenderer.render(Article(id: "a", locale: "nl-BE", format: .markdown, blocks: [Block(kind: .paragraph, content: content)]))
            .contains("Nederlands. <span lang=\"en\">English left as it was.</span>"))
    }
}
