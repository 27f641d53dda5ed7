import Foundation
import Testing
import Articles
import TaalgrensCore

/// Ninth trial, finding 3 (rest): a template tag inside a paragraph of text (`Call {{< phone >}} today.`) was
/// read as text (its quotes got typography, a translator could break it), and a paired shortcode around
/// Markdown text was not protected. Each tag is now one standalone `other` code kept byte for byte; the text
/// around it stays translatable.
@Suite("Template tags inside a paragraph of text")
struct InlineShortcodeTests {
    static let source = #"""
    ---
    title: Helpline hours change
    ---

    Call {{< phone number="0800 12 345" >}} today, or write to {{ site.email }}.

    {{% note %}}
    Keep your **password** private.
    {{% /note %}}

    The form {% include form.html id="help" %} takes two minutes.

    Read [tooltip text="More"]the report[/tooltip] before Monday.

    - Open {{< ref "hours.md" >}} for the hours.

    See note [1], [the rules](https://example.org/rules) and [gallery] for more.
    """#

    /// The tags of a block's content (the `template` attribute of its codes), in order.
    static func tags(_ block: Block) -> [String] {
        block.content.codes.compactMap { $0.attributes["template"] }
    }

    @Test("each tag is one standalone code with its bytes; the text around it is the block's text")
    func read() throws {
        let article = try markdown(Self.source)
        let blocks = Array(article.blocks.dropFirst())
        #expect(blocks.map(\.content.plainText) == [
            "Call today, or write to .",
            "Keep your password private.",
            "The form takes two minutes.",
            "Read the report before Monday.",
            "Open for the hours.",
            "See note [1], the rules and [gallery] for more.",
        ], "\(outline(article))")
        #expect(Self.tags(blocks[0]) == [#"{{< phone number="0800 12 345" >}}"#, "{{ site.email }}"])
        #expect(Self.tags(blocks[1]) == ["{{% note %}}", "{{% /note %}}"])
        #expect(blocks[1].content.codes.contains { $0.type == .strong }, "the Markdown between paired tags is read")
        #expect(Self.tags(blocks[2]) == [#"{% include form.html id="help" %}"#])
        #expect(Self.tags(blocks[3]) == [#"[tooltip text="More"]"#, "[/tooltip]"])
        #expect(blocks[4].kind == .listItem && Self.tags(blocks[4]) == [#"{{< ref "hours.md" >}}"#])
        // Footnote-like `[1]`, a Markdown link and `[gallery]` alone are not shortcodes.
        #expect(Self.tags(blocks[5]).isEmpty && blocks[5].content.codes.contains { $0.type == .link })
        for code in blocks.flatMap({ $0.content.codes }) where code.attributes["template"] != nil {
            #expect(code.kind == .standalone && code.type == .other && code.attributes["markup"] == code.attributes["template"])
        }
    }

    /// Session 11 (known issue of session 10): in an HTML page, a WordPress export's `[caption]` and a
    /// template's tags in a `<p>` were text to translate.
    @Test("in an HTML page's text too: each tag one code, code elements and <pre> left alone")
    func htmlPage() throws {
        let article = try html("""
        <html><body><article><h1>Helpline hours change</h1>
        <p>Call {{< phone number="0800 12 345" >}} today, or write to <code>{{ site.email }}</code>.</p>
        <p>[caption id="attachment_7" align="alignnone" width="300"]<img src="dogs.jpg" alt="Dogs"> Forty dogs wait.[/caption]</p>
        <p>The form {% include form.html %} takes two minutes.</p>
        <p>See note [1], the {rules} and [gallery] for more.</p>
        <pre>{{ site.email }} stays as written</pre>
        </article></body></html>
        """)
        let blocks = Array(article.blocks.dropFirst())
        #expect(Self.tags(blocks[0]) == [#"{{< phone number="0800 12 345" >}}"#], "\(outline(article))")
        #expect(blocks[0].content.plainText == "Call today, or write to .")
        #expect(blocks[0].content.codes.contains { $0.type == .code && $0.attributes["text"] == "{{ site.email }}" })
        let caption = try #require(blocks.first { Self.tags($0).first?.hasPrefix("[caption") == true }, "\(outline(article))")
        #expect(Self.tags(caption) == [#"[caption id="attachment_7" align="alignnone" width="300"]"#, "[/caption]"])
        #expect(caption.content.plainText.contains("Forty dogs wait."))
        #expect(blocks.contains { Self.tags($0) == ["{% include form.html %}"] && $0.content.plainText == "The form takes two minutes." })
        #expect(blocks.contains { $0.content.plainText == "See note [1], the {rules} and [gallery] for more." && Self.tags($0).isEmpty })
        #expect(blocks.contains { $0.content.codes.contains { $0.attributes["text"]?.hasPrefix("{{ site.email }} stays") == true } }, "\(outline(article))")
    }

    @Test("Markdown writes every tag back byte for byte, French typography does not reach it, and it reads back the same")
    func render() throws {
        let article = try markdown(Self.source, locale: "fr-BE")
        let typography = try Typography.load(for: "fr-BE", in: DataDirectory(root: repositoryRoot))
        let text = MarkdownRenderer.render(article, typography: typography)
        for tag in [#"Call {{< phone number="0800 12 345" >}} today"#, "{{ site.email }}.", "{{% note %}}", "{{% /note %}}",
                    #"{% include form.html id="help" %}"#, #"Read [tooltip text="More"]the report[/tooltip] before"#, #"{{< ref "hours.md" >}}"#] {
            #expect(text.contains(tag), "\(tag) not kept in:\n\(text)")
        }
        #expect(!text.contains("«"), "\(text)")
        let again = try markdown(text, locale: "fr-BE")
        #expect(again.blocks.map { Self.tags($0) } == article.blocks.map { Self.tags($0) }, "\(text)")
        #expect(MarkdownRenderer.render(again, typography: typography) == text)
        // The page shows a tag as code; the reviewer's text shows it in backticks.
        let page = HTMLRenderer.render(article, typography: typography)
        #expect(page.contains(#"Call <code class="shortcode">{{&lt; phone number="0800 12 345" &gt;}}</code> today"#), "\(page)")
        #expect(ReviewText.plain(article.blocks[1].content) == #"Call `{{< phone number="0800 12 345" >}}` today, or write to `{{ site.email }}`."#)
    }
}
