import Foundation
import Testing
import Articles
import TaalgrensCore

/// Quotations and figures keep their structure: which blocks belong to which `<blockquote>` and `<figure>`
/// (``Block/quote``, ``Block/figure``), and both renderers write one element per source element (trial 6,
/// finding 1).
@Suite("Quotations and figures")
struct QuotationTests {
    /// `(kind, quote, figure)` of every block.
    func groups(_ article: Article) -> [String] {
        article.blocks.map { "\($0.kind.rawValue) q\($0.quote.map(String.init) ?? "-") f\($0.figure.map(String.init) ?? "-")" }
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// Trial 6's page: a quote, then an embedded tweet with its attribution line, as two blockquotes.
    static let twoQuotes = """
    <html lang="en"><body><article>
    <h1>Two voices</h1>
    <blockquote><p>"Never pay," says the police.</p></blockquote>
    <blockquote class="twitter-tweet"><p>Don't panic. Call 116 000.</p>&mdash; Child Focus (@childfocus)</blockquote>
    </article></body></html>
    """

    @Test("two HTML blockquotes stay two: the tweet's attribution does not take in the quote before it")
    func separateHTMLQuotes() throws {
        let article = try html(Self.twoQuotes)
        #expect(groups(article) == ["title q- f-", "quote q1 f-", "quote q2 f-", "quote q2 f-"])
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(count("<blockquote", in: page) == 2)
        #expect(page.contains("<blockquote>\n<p>\"Never pay,\" says the police.</p>\n</blockquote>\n<blockquote class=\"twitter-tweet\">\n<p>Don't panic. Call 116 000.</p>\n<p>— Child Focus (@childfocus)</p>\n</blockquote>"), "\(page)")
        let text = MarkdownRenderer.render(article)
        #expect(text.contains("> \"Never pay,\" says the police.\n\n> Don't panic. Call 116 000.\n>\n> — Child Focus (@childfocus)"), "\(text)")
        // Both renderings read back as the same quotations.
        #expect(groups(try html(page)) == groups(article))
        #expect(groups(try markdown(text)) == groups(article))
    }

    @Test("a Markdown blockquote of two paragraphs is one quotation in both renderings")
    func markdownQuoteOfTwoParagraphs() throws {
        let source = """
        # Two paragraphs, one quote

        > "Never pay," says the police.
        >
        > "Report it," they add.

        After the quote.

        > A second quote.
        """
        let article = try markdown(source)
        #expect(groups(article) == ["title q- f-", "quote q1 f-", "quote q1 f-", "paragraph q- f-", "quote q2 f-"])
        #expect(outline(article)[2] == "quote: \"Report it,\" they add.")
        let text = MarkdownRenderer.render(article)
        #expect(text.contains("> \"Never pay,\" says the police.\n>\n> \"Report it,\" they add.\n\nAfter the quote."), "\(text)")
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(count("<blockquote>", in: page) == 2)
        #expect(page.contains("<blockquote>\n<p>\"Never pay,\" says the police.</p>\n<p>\"Report it,\" they add.</p>\n</blockquote>"), "\(page)")
        #expect(groups(try markdown(text)) == groups(article))
        #expect(groups(try html(page)) == groups(article))
    }

    @Test("two Markdown quotes separated by a blank line stay two")
    func markdownQuotesSeparatedByABlankLine() throws {
        let article = try markdown("> One.\n\n> Two.\n")
        #expect(groups(article) == ["quote q1 f-", "quote q2 f-"])
    }

    @Test("a figure holding a quote and its caption keeps them, in HTML and in Markdown")
    func figureWithQuote() throws {
        let source = """
        # Title

        Intro paragraph.

        <figure>
        <blockquote><p>"Talk, don't block," says a 15-year-old from Ghent.</p></blockquote>
        <figcaption>Quote from the youth panel, 2024</figcaption>
        </figure>

        After.
        """
        let article = try markdown(source)
        #expect(groups(article) == ["title q- f-", "paragraph q- f-", "quote q1 f1", "caption q- f1", "paragraph q- f-"])
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.contains("<figure>\n<blockquote>\n<p>\"Talk, don't block,\" says a 15-year-old from Ghent.</p>\n</blockquote>\n<figcaption>Quote from the youth panel, 2024</figcaption>\n</figure>"), "\(page)")
        let text = MarkdownRenderer.render(article)
        #expect(text.contains("<figure>\n<blockquote>\n<p>\"Talk, don't block,\" says a 15-year-old from Ghent.</p>\n</blockquote>\n<figcaption>Quote from the youth panel, 2024</figcaption>\n</figure>"), "\(text)")
        #expect(groups(try markdown(text)) == groups(article))
        #expect(groups(try html(page)) == groups(article))
    }

    @Test("a quote holding an image and its caption: the quotation is the outer element")
    func quoteWithFigure() throws {
        let source = """
        <html><body><article><h1>T</h1>
        <blockquote><p>First.</p><figure><img src="a.png" alt="A chart"><figcaption>Source: panel</figcaption></figure><p>Last.</p></blockquote>
        <figure><iframe src="https://www.youtube.com/embed/x" title="Video"></iframe><figcaption>The video</figcaption></figure>
        </article></body></html>
        """
        let article = try html(source)
        // The figure of only an image and its caption needs no number (every renderer writes one for it); the
        // one holding a video does.
        #expect(groups(article) == ["title q- f-", "quote q1 f-", "caption q1 f-", "caption q1 f-", "quote q1 f-",
                                    "paragraph q- f1", "caption q- f1", "caption q- f1"])
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(count("<blockquote>", in: page) == 1)
        #expect(page.contains("<blockquote>\n<p>First.</p>\n<figure>\n<img src=\"a.png\" alt=\"A chart\">\n<figcaption>Source: panel</figcaption>\n</figure>\n<p>Last.</p>\n</blockquote>"), "\(page)")
        #expect(groups(try html(page)) == groups(article))
        let text = MarkdownRenderer.render(article)
        let back = try markdown(text)
        #expect(back.blocks.map(\.quote) == article.blocks.map(\.quote), "\(text)")
        #expect(back.blocks.map(\.figure) == article.blocks.map(\.figure), "\(text)")
    }

    @Test("an image figure read from HTML stays unnumbered, as an image block read from Markdown")
    func imageFigure() throws {
        let page = try html("<html><body><p>A.</p><figure><img src=\"a.png\" alt=\"Chart\"><figcaption>Source</figcaption></figure></body></html>")
        let text = try markdown("A.\n\n![Chart](a.png)\n")
        #expect(page.blocks.allSatisfy { $0.figure == nil } && text.blocks.allSatisfy { $0.figure == nil })
    }

    @Test("the part of a quote after a nested quote is a quotation of its own, so numbers read back the same")
    func nestedQuote() throws {
        let article = try html("<html><body><h1>T</h1><blockquote><p>Outer.</p><blockquote><p>Inner.</p></blockquote><p>Outer again.</p></blockquote></body></html>")
        #expect(groups(article) == ["title q- f-", "quote q1 f-", "quote q2 f-", "quote q3 f-"])
        #expect(groups(try html(HTMLRenderer.render(article, typography: nil))) == groups(article))
    }

    @Test("blocks without numbers (written before quotations were numbered) render as before")
    func unnumberedQuotes() throws {
        let article = Article(id: "x", locale: "en", format: .markdown, blocks: [
            Block(kind: .quote, content: RichText(plain: "One.")), Block(kind: .quote, content: RichText(plain: "Two.")),
        ])
        #expect(count("<blockquote>", in: HTMLRenderer.render(article, typography: nil)) == 1)
        #expect(MarkdownRenderer.render(article).hasSuffix("---\n\n> One.\n\n> Two.\n"))
    }

    @Test("a block's quotation and figure are encoded only when set")
    func coding() throws {
        let plain = String(decoding: try JSONEncoder().encode(Block(kind: .quote, content: RichText(plain: "a"))), as: UTF8.self)
        #expect(!plain.contains("quote\":") && !plain.contains("figure"))
        let grouped = Block(kind: .quote, content: RichText(plain: "a"), quote: 2, figure: 1)
        #expect(try JSONDecoder().decode(Block.self, from: JSONEncoder().encode(grouped)) == grouped)
    }
}
