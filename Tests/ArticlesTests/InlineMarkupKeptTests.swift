import Testing
import Articles
import TaalgrensCore

/// Inline markup a CMS relies on survives reading and rendering (TRIAL7 findings 9 and 10; inputs from
/// `/tmp/trial7/art/liveblog-storm`, `budget-explainer` and `/tmp/trial7/repro/10/embeds`).
@Suite("Inline markup kept: time, language spans, image dimensions")
struct InlineMarkupKeptTests {
    @Test("<time datetime> keeps its machine-readable value, inline and as a post's own block")
    func time() throws {
        let page = try html("""
        <article><h1>Storm</h1>
        <section class="post" id="p4"><time datetime="2026-11-02T16:10">16:10</time><p>Trees down.</p></section>
        <p>Le budget est déposé le <time datetime="2026-10-14">14 octobre</time>.</p></article>
        """, locale: "fr-BE")
        #expect(outline(page).contains("paragraph: {other#1 datetime=2026-11-02T16:10,element=time}16:10{/other#1}"))
        #expect(outline(page).contains("paragraph: Le budget est déposé le {other#1 datetime=2026-10-14,element=time}14 octobre{/other#1}."))
        let rendered = HTMLRenderer.render(page, typography: nil)
        #expect(rendered.contains("<p><time datetime=\"2026-11-02T16:10\">16:10</time></p>"))
        #expect(rendered.contains("<p>Le budget est déposé le <time datetime=\"2026-10-14\">14 octobre</time>.</p>"))
        // Markdown has no <time>: raw HTML that reads back the same.
        let markdownText = MarkdownRenderer.render(page)
        #expect(markdownText.contains("Le budget est déposé le <time datetime=\"2026-10-14\">14 octobre</time>."))
        #expect(outline(try markdown(markdownText, locale: "fr-BE")).contains("paragraph: Le budget est déposé le {other#1 datetime=2026-10-14,element=time}14 octobre{/other#1}."))
        // A <time> without a datetime stays transparent, as before.
        #expect(notation(try html("<p>At <time>noon</time>.</p>").blocks[0].content) == "At noon.")
    }

    @Test("a span's lang is kept as a paired code and rendered as <span lang>")
    func languageSpan() throws {
        let page = try html("<p>The mayor said: <span lang=\"fr\">« Restez prudents »</span>.</p><p>Plain <span class=\"x\">span</span>.</p>")
        #expect(notation(page.blocks[0].content) == "The mayor said: {other#1 lang=fr}« Restez prudents »{/other#1}.")
        #expect(notation(page.blocks[1].content) == "Plain span.")
        #expect(HTMLRenderer.render(page, typography: nil).contains("<p>The mayor said: <span lang=\"fr\">« Restez prudents »</span>.</p>"))
        let markdownText = MarkdownRenderer.render(page)
        #expect(notation(try markdown(markdownText).blocks[0].content) == "The mayor said: {other#1 lang=fr}« Restez prudents »{/other#1}.")
        // A malformed tag is not kept.
        #expect(notation(try html("<p>A <span lang=\"not a tag!\">word</span>.</p>").blocks[0].content) == "A word.")
    }

    @Test("an image's width and height are kept and written back")
    func imageDimensions() throws {
        let page = try html("<p>An <img src=\"a.jpg\" alt=\"icon\" width=\"800\" height=\" 450 \"> inline and <img src=\"b.jpg\" alt=\"b\" width=\"50%\"> one.</p>")
        let codes = page.blocks[0].content.codes.filter { $0.type == .image }
        #expect(codes.map { $0.attributes["width"] } == ["800", nil])
        #expect(codes.map { $0.attributes["height"] } == ["450", nil])
        let rendered = HTMLRenderer.render(page, typography: nil)
        #expect(rendered.contains("<img src=\"a.jpg\" alt=\"icon\" width=\"800\" height=\"450\">"))
        let markdownText = MarkdownRenderer.render(page)
        #expect(markdownText.contains("<img src=\"a.jpg\" alt=\"icon\" width=\"800\" height=\"450\">"))
        #expect(try markdown(markdownText).blocks[0].content.codes.filter { $0.type == .image }.map { $0.attributes["width"] } == ["800", nil])
    }
}
