import Foundation
import Testing
import Articles
import TaalgrensCore

/// Content that used to disappear from rendered articles (trial 4, item 3): images without alt text, raw
/// HTML blocks in Markdown, `<iframe>` and other embeds in HTML.
@Suite("Embeds and images without alt text")
struct EmbedTests {
    /// The trial's Markdown article (`/tmp/trial4/repro/3/noalt/en.md`), without its definition list.
    static let noalt = """
    ---
    title: Prices rise again
    ---

    Prices rose by 2% in May.

    ![](images/chart.png)

    <div class="embed"><iframe src="https://www.youtube.com/embed/abc" title="Price &amp; wage chart"></iframe></div>

    Energy was the main driver.
    """

    @Test("Markdown: an image without alt text is an image block; a raw HTML block without text is kept as written")
    func markdownBlocks() throws {
        let article = try markdown(Self.noalt)
        #expect(outline(article) == [
            "title: Prices rise again",
            "paragraph: Prices rose by 2% in May.",
            "caption: {*image#1 src=images/chart.png}",
            #"paragraph: {*other#1 html=<div class="embed"><iframe src="https://www.youtube.com/embed/abc" title="}{*other#2 slot=title}{*other#3 html="></iframe></div>}"#,
            "caption: {*other#1 attribute=title,owner=3:2}Price & wage chart",
            "paragraph: Energy was the main driver.",
        ])
        #expect(article.blocks[3].role == .embed)
        #expect(article.blocks[2].content.plainText.isEmpty && article.blocks[3].content.plainText.isEmpty)
    }

    @Test("Markdown: both come back in place; the translated title goes into the embed's markup")
    func markdownOutput() throws {
        var article = try markdown(Self.noalt)
        article.blocks[4].content = RichText([article.blocks[4].content.elements[0], .text("Prijs- & loongrafiek \"live\"")])
        #expect(MarkdownRenderer.render(article) == """
        ---
        title: Prices rise again
        id: test
        ---

        Prices rose by 2% in May.

        ![](images/chart.png)

        <div class="embed"><iframe src="https://www.youtube.com/embed/abc" title="Prijs- &amp; loongrafiek &quot;live&quot;"></iframe></div>

        Energy was the main driver.

        """)
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.contains("<figure>\n<img src=\"images/chart.png\" alt=\"\">\n</figure>\n"), "\(page)")
        #expect(page.contains("<div class=\"embed\"><iframe src=\"https://www.youtube.com/embed/abc\" title=\"Prijs- &amp; loongrafiek &quot;live&quot;\"></iframe></div>\n"), "\(page)")
    }

    @Test("a raw HTML block with text is read like a page: its text is translated, its embeds kept")
    func rawBlockWithText() throws {
        let article = try markdown("<div class=\"box\"><p>Watch the debate live.</p><iframe src=\"https://x.be/v\"></iframe></div>")
        #expect(outline(article) == [
            "paragraph: Watch the debate live.",
            #"paragraph: {*other#1 html=<iframe src="https://x.be/v"></iframe>}"#,
        ])
    }

    /// The trial's HTML article (`/tmp/trial4/repro/3/embed-html/en.html`).
    static let storm = """
    <html lang="en"><body><h1>Storm warning for the coast</h1>
    <p>The RMI issued a code orange for Monday.</p>
    <p><img src="https://cdn.example.be/storm.jpg"></p>
    <iframe src="https://www.youtube.com/embed/xyz" title="Live stream from Ostend"></iframe>
    <video controls src="v.mp4" aria-label="Waves at Ostend"><track kind="captions" src="v.vtt"></video>
    <p>Stay indoors if you can.</p>
    </body></html>
    """

    @Test("HTML: embeds are embed blocks serialized from the page; title and aria-label are offered for translation")
    func htmlEmbeds() throws {
        let article = try html(Self.storm)
        #expect(outline(article) == [
            "title: Storm warning for the coast",
            "paragraph: The RMI issued a code orange for Monday.",
            "caption: {*image#1 src=https://cdn.example.be/storm.jpg}",
            #"paragraph: {*other#1 html=<iframe src="https://www.youtube.com/embed/xyz" title="}{*other#2 slot=title}{*other#3 html="></iframe>}"#,
            "caption: {*other#1 attribute=title,owner=3:2}Live stream from Ostend",
            #"paragraph: {*other#1 html=<video aria-label="}{*other#2 slot=aria-label}{*other#3 html=" controls="" src="v.mp4"><track kind="captions" src="v.vtt"></video>}"#,
            "caption: {*other#1 attribute=aria-label,owner=5:2}Waves at Ostend",
            "paragraph: Stay indoors if you can.",
        ])
        // The page read back gives the same blocks.
        #expect(outline(try html(HTMLRenderer.render(article, typography: nil))) == outline(article))
    }
}

/// A code that stands for no text between two spaces left a double space in the plain text (trial 4,
/// item 19): "See the  chart on page 4.".
@Suite("One space around codes without text")
struct SpacingTests {
    @Test("the plain text has one space; the rendered article keeps both", arguments: ["md", "html"])
    func oneSpace(_ format: String) throws {
        let article = format == "md"
            ? try markdown("See the ![](images/c.png) chart on page 4. ![](i.png) Next.")
            : try html("<p>See the <img src=\"images/c.png\"> chart on page 4. <img src=\"i.png\"> Next.</p>")
        let content = article.blocks[0].content
        #expect(content.plainText == "See the chart on page 4. Next.")
        #expect(notation(content) == "See the {*image#1 space-after=yes,src=images/c.png}chart on page 4. {*image#2 space-after=yes,src=i.png}Next.")
        #expect(MarkdownRenderer.render(article).hasSuffix("See the ![](images/c.png) chart on page 4. ![](i.png) Next.\n"))
        #expect(HTMLRenderer.render(article, typography: nil).contains("<p>See the <img src=\"images/c.png\" alt=\"\"> chart on page 4. <img src=\"i.png\" alt=\"\"> Next.</p>"))
    }

    @Test("at a block's edge the space is recorded too: the plain text neither starts nor ends with a space")
    func edges() throws {
        let article = try html("<h1>Icons</h1><p><img src=\"a.png\"> Starts with an icon.</p><p>Ends with an icon <img src=\"b.png\"></p>")
        #expect(article.blocks.map(\.content.plainText) == ["Icons", "Starts with an icon.", "Ends with an icon"])
        #expect(notation(article.blocks[2].content) == "Ends with an icon{*image#1 space-before=yes,src=b.png}")
        #expect(outline(try html(HTMLRenderer.render(article, typography: nil))) == outline(article))
    }
}

/// Seventeenth trial, finding 13: an HTML comment on its own line without inner spaces (Ghost's
/// `<!--kg-card-begin: markdown-->`, Hugo's `<!--more-->`) directly followed by Markdown glued the heading and
/// list after it into one paragraph, which `article.md` published as `\\## Warning signs \\* …`.
@Suite("Markdown: a comment block ends at its -->")
struct CommentBlockTests {
    @Test("a heading and a list right under a one-line or multi-line comment are a heading and a list", arguments: [
        "<!--kg-card-begin: markdown-->", "<!--more-->", "<!-- more -->", "<!--TODO: check the figures-->", "<!--\nnote for the editor\n-->",
    ])
    func commentThenMarkdown(comment: String) throws {
        let article = try markdown("# Guide\n\nIntro text here.\n\n\(comment)\n## Warning signs\n\n* One item.\n* Two.\n")
        let texts = outline(article).filter { !$0.contains("html=") }
        #expect(texts == ["title: Guide", "paragraph: Intro text here.", "heading/2: Warning signs", "listItem/1: One item.", "listItem/1: Two."], "\(outline(article))")
        // The comment is kept as written, and article.md writes the heading as a heading.
        let md = MarkdownRenderer.render(article)
        #expect(md.contains(comment + "\n\n## Warning signs"), "\(md)")
    }
}
