import Articles
import Foundation
import TaalgrensCore
import Testing

/// Block structure kept from an HTML page to its rendering (session 8, TRIAL7 finding 9: a live blog lost
/// its sections, ids, `<details>` and row groups): each element class in a source of its own, and the
/// live-blog fixture with all of them, compared as element trees outside the text.
@Suite("Structure kept through rendering")
struct BlockStructureTests {
    /// The elements whose tree is compared (block structure and the inline elements that carry no text).
    static let structural: Set<String> = [
        "section", "article", "aside", "details", "summary", "header", "footer", "picture", "source", "img", "figure",
        "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "blockquote", "cite", "dl", "dt",
        "dd", "ul", "ol", "li", "hr", "br", "h2", "h3", "h4", "h5", "h6", "p", "time", "a",
    ]

    /// The element tree of an HTML fragment outside its text: one entry per start or end tag of a
    /// ``structural`` element, attributes sorted (`alt` and `title` left out: they carry text).
    static func skeleton(_ html: String) -> [String] {
        let tag = try! Regex(#"<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>"#)
        let attribute = try! Regex(#"([^\s=>]+)(?:="([^"]*)")?"#)
        var out: [String] = []
        for match in html.matches(of: tag) {
            let closing = !(match.output[1].substring?.isEmpty ?? true)
            let name = String(match.output[2].substring ?? "").lowercased()
            guard structural.contains(name) else { continue }
            if closing { out.append("</\(name)>"); continue }
            var attributes: [String] = []
            for a in String(match.output[3].substring ?? "").matches(of: attribute) {
                let key = String(a.output[1].substring ?? "")
                if key == "alt" || key == "title" { continue }
                attributes.append(a.output[2].substring.map { "\(key)=\($0)" } ?? key)
            }
            out.append("<" + ([name] + attributes.sorted()).joined(separator: " ") + ">")
        }
        return out
    }

    /// The rendered page's body after its header and byline, up to the closing `</article>`.
    static func renderedBody(_ page: String) -> String {
        var body = page
        if let header = body.range(of: "</header>\n") { body = String(body[header.upperBound...]) }
        if body.hasPrefix("<footer class=\"byline\">"), let end = body.range(of: "</footer>\n") { body = String(body[end.upperBound...]) }
        if let end = body.range(of: "</article>\n</body>", options: .backwards) { body = String(body[..<end.lowerBound]) }
        return body
    }

    /// A "translation" of every text run (upper case), as a bundle replaces each block's text and keeps its codes.
    static func translated(_ article: Article) -> Article {
        var out = article
        for i in out.blocks.indices {
            out.blocks[i].content = RichText(out.blocks[i].content.elements.map {
                if case .text(let text) = $0 { .text(text.uppercased()) } else { $0 }
            })
        }
        return out
    }

    /// Blocks without their source lines (a rendered page has its own).
    static func withoutLines(_ blocks: [Block]) -> [Block] {
        blocks.map { var b = $0; b.line = nil; return b }
    }

    /// Snippets of one element class each, written as the renderer writes them (one element per line).
    static let snippets: [(String, String)] = [
        ("sections with ids", "<section class=\"post\" id=\"p1\" data-post=\"1\">\n<h2 id=\"p1-title\">First post</h2>\n<p>Text one.</p>\n</section>\n<section class=\"post\" id=\"p2\">\n<p>Text two.</p>\n</section>\n"),
        ("nested article", "<article class=\"post\" id=\"p4\">\n<header>\n<p><time datetime=\"2026-11-02T16:10\">16:10</time></p>\n</header>\n<p>Post text.</p>\n</article>\n"),
        ("details and summary", "<details open>\n<summary>What does code red mean?</summary>\n<p>Danger for everyone.</p>\n</details>\n"),
        ("picture and source", "<figure>\n<picture><source srcset=\"a.webp 1x, a@2x.webp 2x\" media=\"(min-width: 800px)\" type=\"image/webp\"><img src=\"a.jpg\" alt=\"A tree\" width=\"800\" height=\"450\"></picture>\n<figcaption>A fallen tree.</figcaption>\n</figure>\n"),
        ("table", "<table class=\"delays\">\n<caption>Delays</caption>\n<thead>\n<tr><th scope=\"col\">Line</th><th scope=\"col\">Delay</th></tr>\n</thead>\n<tbody>\n<tr><th scope=\"row\">Ostend</th><td>45 minutes</td></tr>\n<tr><td colspan=\"2\">Bruges is closed.</td></tr>\n</tbody>\n<tfoot>\n<tr><td rowspan=\"2\">Source</td><td>The rail company</td></tr>\n<tr><td>Every hour</td></tr>\n</tfoot>\n</table>\n"),
        ("quotation with source", "<blockquote cite=\"https://example.org/sncb\">\n<p>We will run buses.</p>\n<footer>A spokesperson, <cite>the rail company</cite></footer>\n</blockquote>\n"),
        ("aside", "<aside class=\"factbox\">\n<h3>Good to know</h3>\n<p>Buses take longer.</p>\n</aside>\n"),
        ("definition list", "<dl>\n<dt>Code orange</dt>\n<dd>Be careful.</dd>\n</dl>\n"),
        ("nested lists", "<ol reversed start=\"3\" type=\"a\">\n<li>Check the timetable.</li>\n<li>Buses are slower.<ul>\n<li id=\"tip\">Tickets stay valid.</li>\n</ul>\n</li>\n</ol>\n"),
        ("rule and line break", "<p>Line one.<br>Line two.</p>\n<hr class=\"separator\">\n<p>After the rule.</p>\n"),
        ("in-page anchor", "<p id=\"intro\">See <a href=\"#later\">below</a>.</p>\n<h2 id=\"later\">Later</h2>\n"),
    ]

    @Test("each element class keeps its element tree", arguments: snippets.map(\.0))
    func elementClass(_ name: String) throws {
        let snippet = Self.snippets.first { $0.0 == name }!.1
        let source = "<html lang=\"en\"><body><article>\n<h1>Title</h1>\n\(snippet)</article></body></html>"
        let article = try html(source)
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(Self.skeleton(Self.renderedBody(page)) == Self.skeleton(snippet))
        // Translated, the same tree; read back, the same blocks.
        let target = HTMLRenderer.render(Self.translated(article), typography: nil)
        #expect(Self.skeleton(Self.renderedBody(target)) == Self.skeleton(snippet))
        #expect(Self.withoutLines(try html(page).blocks) == Self.withoutLines(article.blocks))
    }

    @Test("the live-blog fixture: same tree, every text a block, the chrome and the outer wrapper not kept")
    func liveBlog() throws {
        let url = fixture("liveblog-structure/en.html")
        let article = try ArticleReader.read(url, locale: "en")
        let source = try String(contentsOf: url, encoding: .utf8)
        let start = source.range(of: "</h1>\n")!.upperBound
        let end = source.range(of: "</article>\n</main>")!.lowerBound
        let page = HTMLRenderer.render(Self.translated(article), typography: nil)
        #expect(Self.skeleton(Self.renderedBody(page)) == Self.skeleton(String(source[start..<end])))
        #expect(page.contains("<h1 id=\"top\">STORM CIARÁN: TRAINS STOPPED ON THE COAST</h1>"))
        #expect(page.contains("<summary>WHAT DOES CODE RED MEAN?</summary>"))
        #expect(page.contains("<footer>A SPOKESPERSON, <cite>THE RAIL COMPANY</cite></footer>"))
        #expect(page.contains("alt=\"A FALLEN TREE ON THE RAILWAY LINE\""))
        let text = article.blocks.map(\.content.plainText)
        #expect(text.contains("What does code red mean?"))
        #expect(text.contains("Delays at six o'clock"))
        #expect(!text.contains { $0.contains("Example News") })
    }

    @Test("blocks carry their containers and kept attributes")
    func model() throws {
        let article = try ArticleReader.read(fixture("liveblog-structure/en.html"), locale: "en")
        let post = try #require(article.blocks.first { $0.content.plainText.hasPrefix("The Royal Meteorological") })
        #expect(post.containers?.map(\.element) == ["section"])
        #expect(post.containers?.first?.attributes == ["class": "post", "id": "p1", "data-post": "1"])
        let summary = try #require(article.blocks.first { $0.role == .summary })
        #expect(summary.containers?.map(\.element) == ["section", "details"])
        #expect(summary.containers?.last?.attributes == ["open": ""])
        let tip = try #require(article.blocks.first { $0.content.plainText == "Your ticket stays valid." })
        #expect(tip.containers?.map(\.element) == ["article", "aside"])
        #expect(tip.attributes == ["id": "tip-tickets"])
        let firstItem = try #require(article.blocks.first { $0.content.plainText == "Check the timetable before you leave." })
        #expect(firstItem.attributes == ["list.start": "3", "list.reversed": "", "list.type": "a"])
        let rowHeader = try #require(article.blocks.first { $0.content.plainText == "Ostend to Brussels" })
        #expect(rowHeader.attributes == ["scope": "row", "row.group": "tbody", "table.class": "delays"])
        #expect(rowHeader.role == .headerCell)
        let attribution = try #require(article.blocks.first { $0.role == .attribution })
        #expect(attribution.kind == .quote)
        #expect(attribution.attributes?["quote.cite"] == "https://example.org/sncb")
        // Two sections next to each other are two containers.
        #expect(Set(article.blocks.compactMap { $0.containers?.first?.serial }).count == 3)
    }

    @Test("attributes that run script or carry text are not kept; a related-news aside is still chrome")
    func unsafeAndChrome() throws {
        let article = try html("""
        <body><article><h1>T</h1>
        <section id="s" onclick="steal()" title="Tooltip" lang="en" style="color:red"><p>Text.</p></section>
        <blockquote cite="javascript:alert(1)"><p>Quote.</p></blockquote>
        <aside class="related"><h2>Related news</h2><p>Other story.</p></aside>
        </article></body>
        """)
        #expect(article.blocks[1].containers?.first?.attributes == ["id": "s"])
        #expect(article.blocks[2].attributes == nil)
        #expect(!article.blocks.contains { $0.content.plainText.contains("Related") })
        #expect(!HTMLRenderer.render(article, typography: nil).contains("javascript"))
    }

    @Test("Markdown keeps no containers: its renderer could not write them back")
    func markdownUnchanged() throws {
        let article = try markdown("# Title\n\n<section id=\"x\">\n\nText.\n\n</section>\n")
        #expect(article.blocks.allSatisfy { $0.containers == nil && $0.attributes == nil })
    }
}
