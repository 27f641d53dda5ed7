import Foundation
import Testing
import Articles
import TaalgrensCore

/// TRIAL9 finding 2: template tags of static-site generators and CMSes in Markdown are markup, kept byte for
/// byte; only their human-readable attribute values (and a WordPress caption's text) are translated.
@Suite("Shortcodes and template tags")
struct ShortcodeTests {
    static let source = #"""
    ---
    title: Bridge closed for repairs
    ---

    {{< figure src="/img/bridge.jpg" alt="The old bridge at dusk" caption="Work starts on \"Monday\" at 6 a.m." credit="Photo: city archive" >}}

    The bridge over the canal closes for six weeks.

    {% include video.html id="a1b2" title="Why the bridge needs work" %}

    {{ page.author }} {{% notice-box level="2" %}}

    [caption id="attachment_12" align="alignright"]<img src="/img/detour.png" alt="Map of the detour"> Cyclists use the lock instead.[/caption]

    Read [the notice](https://example.org/notice) first.
    """#

    @Test("a paragraph of tags is one embed block, kept as written; the readable values are attached blocks")
    func read() throws {
        let article = try markdown(Self.source)
        let embeds = article.blocks.filter { $0.role == .embed }
        #expect(embeds.count == 4)
        let attached = article.blocks.filter { $0.kind == .caption }.map(\.content.plainText)
        #expect(attached == ["The old bridge at dusk", "Work starts on \"Monday\" at 6 a.m.", "Photo: city archive",
                             "Why the bridge needs work", "Map of the detour", "Cyclists use the lock instead."])
        // No block holds tag syntax as text to translate.
        #expect(!article.blocks.contains { $0.content.plainText.contains("{{") || $0.content.plainText.contains("{%") || $0.content.plainText.contains("[caption") })
        // A Markdown link is no WordPress shortcode.
        #expect(article.blocks.contains { $0.kind == .paragraph && $0.content.plainText == "Read the notice first." })
        // `[x]` alone (no attribute, no closing tag) is Markdown text, not a shortcode.
        #expect(try markdown("Intro.\n\n[x]\n").blocks.last?.role == nil)
    }

    @Test("Markdown: the tags come back byte for byte; translated values go in place, escaped the tag's way")
    func render() throws {
        let article = try markdown(Self.source)
        let text = MarkdownRenderer.render(article)
        for line in Self.source.split(separator: "\n") where line.hasPrefix("{") || line.hasPrefix("[caption") {
            #expect(text.contains(line), "\(line) not kept in:\n\(text)")
        }
        var translated = article
        let replacements = ["Work starts on \"Monday\" at 6 a.m.": "Werken starten \"maandag\" om 6 uur.",
                            "Cyclists use the lock instead.": "Fietsers nemen de sluis <omweg>."]
        for index in translated.blocks.indices where translated.blocks[index].kind == .caption {
            // The attached block keeps its leading code (which embed and attribute it belongs to).
            if let new = replacements[translated.blocks[index].content.plainText] {
                let codes = translated.blocks[index].content.elements.filter { if case .code = $0 { return true } else { return false } }
                translated.blocks[index].content = RichText(codes + [.text(new)])
            }
        }
        let out = MarkdownRenderer.render(translated, typography: nil)
        #expect(out.contains(#"caption="Werken starten \"maandag\" om 6 uur." credit="Photo: city archive" >}}"#), "\(out)")
        #expect(out.contains(#"alt="Map of the detour"> Fietsers nemen de sluis &lt;omweg>.[/caption]"#), "\(out)")
    }

    @Test("French typography does not reach the tag syntax; article.html shows the tags as code, not as a paragraph")
    func typographyAndHTML() throws {
        let article = try markdown(Self.source)
        let french = Typography(quotes: .init(open: "«", close: "»"), spaceInsideQuotes: "\u{202F}", spaceBefore: [":": "\u{00A0}"], apostrophe: "’")
        let md = MarkdownRenderer.render(article, typography: french)
        #expect(md.contains(#"{{< figure src="/img/bridge.jpg" alt="#), "\(md)")
        #expect(!md.contains("{{\\<") && !md.contains("src= «"), "\(md)")
        let html = HTMLRenderer.render(article, typography: nil)
        #expect(html.contains(#"<pre class="shortcode"><code>{{&lt; figure src="/img/bridge.jpg""#), "\(html)")
        #expect(!html.contains("<p>{{"), "\(html)")
    }
}

/// Thirteenth trial, finding 19: a Hugo post's summary divider `<!--more-->` (an HTML comment without inner
/// spaces) made Ink read every paragraph after it as one paragraph, and the divider was lost from
/// `article.md`. A block of comments alone is kept as written, like a paragraph of template tags.
@Suite("HTML comments alone in Markdown")
struct MarkdownCommentBlockTests {
    static let source = """
    The RMI issued a code orange for the coast on Monday morning.

    <!--more-->

    Gusts of up to 110 km/h are expected in the afternoon.

    The SNCB is running fewer trains between Bruges and Ostend.

    <!--nextpage-->

    <!-- a note for the editor,
    over two lines -->

    Stay indoors.
    """

    @Test("the paragraphs after a comment stay apart; the comments are embed blocks with nothing to translate")
    func read() throws {
        let article = try markdown(Self.source)
        #expect(article.blocks.filter { $0.kind == .paragraph && $0.role == nil }.map(\.content.plainText) == [
            "The RMI issued a code orange for the coast on Monday morning.",
            "Gusts of up to 110 km/h are expected in the afternoon.",
            "The SNCB is running fewer trains between Bruges and Ostend.",
            "Stay indoors.",
        ])
        #expect(article.blocks.filter { $0.role == .embed }.count == 3)
    }

    @Test("Markdown: the comments come back where they were, byte for byte")
    func render() throws {
        let text = MarkdownRenderer.render(try markdown(Self.source))
        let more = try #require(text.range(of: "<!--more-->"))
        let gusts = try #require(text.range(of: "Gusts of up to"))
        #expect(more.upperBound < gusts.lowerBound)
        #expect(text.contains("<!--nextpage-->"))
        #expect(text.contains("<!-- a note for the editor,\nover two lines -->"))
    }
}
