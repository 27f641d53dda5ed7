import Articles
import Foundation
import TaalgrensCore
import Testing

/// Markup of static site generators (Jekyll/kramdown, Hugo/Goldmark, Eleventy, pandoc) that the fifteenth
/// trial found read wrong: a heading's written id (finding 1), a block attribute list (finding 2) and an
/// HTML page's front matter (finding 8). Each test keeps the input and the right value.
@Suite struct SiteGeneratorMarkupTests {
    /// Finding 1: `## Contact {#contact}` lost its id, so links to `#contact` led nowhere once translated.
    @Test(arguments: [
        ("## Où trouver des sacs de sable ? {#sandbags}", "Où trouver des sacs de sable ?", "sandbags"),
        ("## Contact {#contact .unnumbered}", "Contact", "contact"),
        ("### Quelles déviations ? {: #detours}", "Quelles déviations ?", "detours"),
        ("## []{#_Toc182391001 .anchor}Sextortion", "Sextortion", "_Toc182391001"),
    ])
    func aHeadingKeepsItsWrittenID(_ line: String, _ text: String, _ id: String) throws {
        let article = try markdown("# Inondations\n\n\(line)\n\nVoir les [conseils](#\(id)).\n")
        let heading = try #require(article.blocks.first { $0.kind == .heading })
        #expect(heading.content.plainText == text)
        #expect(heading.attributes?["id"] == id)
        let html = HTMLRenderer.render(article, typography: nil)
        #expect(html.contains("<h\(heading.level ?? 2) id=\"\(id)\">\(text)</h"), "\(html)")
        let md = MarkdownRenderer.render(article)
        #expect(md.contains("\(String(repeating: "#", count: heading.level ?? 2)) \(text) {#\(id)}\n"), "\(md)")
        // Read back, the id is the same.
        #expect(try markdown(md).blocks.first { $0.kind == .heading }?.attributes?["id"] == id)
    }

    /// Finding 2: a block attribute list on the line after a paragraph or heading was a sentence glued to it.
    @Test(arguments: [
        ("{: .lead}", "lead", nil as String?),
        ("{.lead}", "lead", nil),
        ("{: .lead .large #intro}", "lead large", "intro"),
        ("{.lead data-role=\"summary\"}", "lead", nil),
    ])
    func aBlockAttributeListIsTheBlocksAttributes(_ list: String, _ classes: String, _ id: String?) throws {
        let article = try markdown("# Flood warning\n\nThe agency has issued an orange flood warning.\n\(list)\n\nResidents can collect sandbags.\n")
        #expect(article.blocks.map(\.content.plainText) == ["Flood warning", "The agency has issued an orange flood warning.", "Residents can collect sandbags."])
        let lead = article.blocks[1]
        #expect(lead.attributes?["class"] == classes)
        #expect(lead.attributes?["id"] == id)
        #expect(lead.attributes?["markdown.attributes"] == list)
        #expect(article.blocks[2].attributes == nil)
        let md = MarkdownRenderer.render(article)
        #expect(md.contains("The agency has issued an orange flood warning.\n\(list)\n\nResidents"), "\(md)")
        let html = HTMLRenderer.render(article, typography: nil)
        #expect(html.contains("class=\"\(classes)\""), "\(html)")
        #expect(!html.contains(list), "\(html)")
    }

    /// A heading's attribute list on the next line; a list's and a table's are left as they were (a renderer
    /// could not write them back in place), and a line of braces that is no attribute list stays text.
    @Test func attributeListsOfOtherBlocks() throws {
        let heading = try markdown("# T\n\n## Contact\n{: #contact}\n\nCall us.\n")
        #expect(heading.blocks[1].attributes?["id"] == "contact")
        #expect(MarkdownRenderer.render(heading).contains("## Contact\n{: #contact}\n"))
        let text = try markdown("# T\n\nThe set is\n{a, b}\n")
        #expect(text.blocks[1].content.plainText == "The set is {a, b}")
    }

    /// Finding 8: an HTML page of Jekyll or Eleventy starts with YAML front matter; it was a paragraph to
    /// translate, and the page lost its layout and permalink.
    @Test func anHTMLPagesFrontMatter() throws {
        let page = """
        ---
        layout: page
        title: "Flood warning for the Demer"
        description: "Sandbags are available in Diest on Wednesday."
        permalink: /en/flood-warning/
        ---
        <p class="lead">The Flemish Environment Agency has issued an orange flood warning for the Demer basin.</p>
        <p>Residents can collect free sandbags at the municipal depot on Wednesday.</p>
        """
        let article = try html(page)
        #expect(article.blocks.map(\.kind) == [.title, .paragraph, .paragraph])
        #expect(article.blocks[0].content.plainText == "Flood warning for the Demer")
        #expect(article.blocks[1].line == 7)
        #expect(article.metadata["permalink"] == "/en/flood-warning/")
        #expect(article.metadata["description"] == "Sandbags are available in Diest on Wednesday.")
        #expect(article.metadata["layout"] == "page")
        let md = MarkdownRenderer.render(article)
        #expect(md.hasPrefix("---\nlayout: page\ntitle: "), "\(md)")
        #expect(md.contains("permalink: /en/flood-warning/\n"), "\(md)")
        // An <h1> that says the title is the title, read once; another is a heading under it.
        let same = try html("---\ntitle: Flood warning\n---\n<h1>Flood warning</h1>\n<p>Text of the page.</p>\n")
        #expect(same.blocks.map(\.kind) == [.title, .paragraph])
        let other = try html("---\ntitle: Flood warning\n---\n<h1>Orange alert</h1>\n<p>Text of the page.</p>\n")
        #expect(other.blocks.map { "\($0.kind.rawValue):\($0.content.plainText)" } == ["title:Flood warning", "heading:Orange alert", "paragraph:Text of the page."])
        // A dash rule before markup is no front matter.
        let rule = try html("---\n<p>Text of the page.</p>\n")
        #expect(rule.blocks.last?.content.plainText == "Text of the page.")
    }

    /// Finding 17: an ordered list that does not start at 1 (steps 3–4 after an image) came back as 1–2.
    @Test func anOrderedListKeepsItsStartNumber() throws {
        let article = try markdown("# How to\n\n1. Go to the site.\n2. Log in.\n\n![The form](form.png)\n\n3. Choose a day.\n4. Pick them up.\n")
        let items = article.blocks.filter { $0.kind == .listItem }
        #expect(items.map { $0.attributes?["list.start"] } == [nil, nil, "3", nil])
        let md = MarkdownRenderer.render(article)
        #expect(md.contains("1. Go to the site.\n2. Log in."), "\(md)")
        #expect(md.contains("3. Choose a day.\n4. Pick them up."), "\(md)")
        let rendered = HTMLRenderer.render(article, typography: nil)
        #expect(rendered.contains("<ol start=\"3\">"), "\(rendered)")
        // Read back, the start is the same; from HTML, `<ol start>` and a first item's `<li value>` give it too.
        #expect(try markdown(md).blocks.filter { $0.kind == .listItem }[2].attributes?["list.start"] == "3")
        let page = try html("<h1>T</h1><ol start=\"5\"><li>Five.</li><li>Six.</li></ol><ol><li value=\"9\">Nine.</li><li>Ten.</li></ol>")
        let pageMarkdown = MarkdownRenderer.render(page)
        #expect(pageMarkdown.contains("5. Five.\n6. Six."), "\(pageMarkdown)")
        #expect(pageMarkdown.contains("9. Nine.\n10. Ten."), "\(pageMarkdown)")
        #expect(HTMLRenderer.render(page, typography: nil).contains("<li value=\"9\">Nine.</li>"))
    }

    /// Finding 9 (its comments): a Liquid `{% comment %}…{% endcomment %}` and a Nunjucks `{# … #}` were
    /// text sent to the translator and published. A comment is one template tag: no text, kept in
    /// `article.md` as written, never shown in `article.html`.
    @Test func templateCommentsAreNoText() throws {
        let source = "# Opening hours\n\nThe desk is open on weekdays.\n\n{% comment %} Editor: remove this box after 1 April {% endcomment %}\n\n"
            + "Visit us {# TODO check the hours #} on Monday.\n\n{%- comment -%}\nOld box\n{%- endcomment -%}\n"
        let article = try markdown(source)
        let text = article.blocks.map(\.content.plainText).joined(separator: " | ")
        #expect(!text.contains("Editor") && !text.contains("TODO") && !text.contains("Old box"), "\(text)")
        #expect(text.contains("Visit us on Monday."), "\(text)")
        let md = MarkdownRenderer.render(article)
        for comment in ["{% comment %} Editor: remove this box after 1 April {% endcomment %}", "{# TODO check the hours #}",
                        "{%- comment -%}\nOld box\n{%- endcomment -%}"] {
            #expect(md.contains(comment), "\(md)")
        }
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(!page.contains("TODO"), "\(page)")
        // An attribute block `{#id}` is no comment.
        #expect(try markdown("# T\n\n## Contact {#contact}\n\nCall us.\n").blocks[1].attributes?["id"] == "contact")
    }
}
