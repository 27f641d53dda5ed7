import Articles
import Foundation
import TaalgrensCore
import Testing

/// Fifteenth trial, finding 3: a Markdown link whose text or address holds a template tag
/// (`[{{ site.title }}]({{ site.url }}/en/live/)`, Hugo's `[map]({{< relref "maps" >}})`, Jekyll's
/// `[x]({% link a.md %})`) was not read as a link: its brackets were text, escaped in `article.md`
/// (`\[…\]`) and shown in `article.html`. The generator replaces each tag by an address before Markdown is
/// read, so the tag's spaces are no end of the destination.
@Suite struct TemplateLinkTests {
    @Test(arguments: [
        ("Follow the news on [the live page]({{ site.url }}/en/live/).", "{{ site.url }}/en/live/", nil as String?),
        ("Follow the news on [the live page]({{ site.baseurl }}/en/{{ page.section }}/).", "{{ site.baseurl }}/en/{{ page.section }}/", nil),
        ("See the [map]({{< relref \"maps/cycle-paths\" >}} \"Cycle path map\").", "{{< relref \"maps/cycle-paths\" >}}", "Cycle path map"),
        ("Read the [full budget]({{< ref \"/news/budget-2027.md\" >}}).", "{{< ref \"/news/budget-2027.md\" >}}", nil),
        ("Read the [report]({% link _posts/2026-11-20-report.md %}).", "{% link _posts/2026-11-20-report.md %}", nil),
        ("Read the [report]({{ '/en/report/' | relative_url }}).", "{{ '/en/report/' | relative_url }}", nil),
    ])
    func aLinkWhoseAddressHoldsATag(_ line: String, _ href: String, _ title: String?) throws {
        let article = try markdown("# Live\n\n\(line)\n")
        let paragraph = article.blocks[1]
        let link = try #require(paragraph.content.codes.first { $0.type == .link && $0.kind == .opening }, "\(notation(paragraph.content))")
        #expect(link.attributes["href"] == href, "\(notation(paragraph.content))")
        // A link's title is a translatable attribute: a block of its own, written back as the title.
        if let title { #expect(article.blocks.contains { $0.content.plainText == title }, "\(outline(article))") }
        #expect(!paragraph.content.plainText.contains("]("), "\(paragraph.content.plainText)")
        // Written back as it was: no escaped bracket, no angle brackets around the address.
        let md = MarkdownRenderer.render(article)
        let expected = title.map { "(\(href) \"\($0)\")" } ?? "(\(href))"
        #expect(md.contains("]" + expected), "\(md)")
        #expect(!md.contains("\\["), "\(md)")
        let html = HTMLRenderer.render(article, typography: nil)
        #expect(html.contains("<a href=\""), "\(html)")
        #expect(try markdown(md).blocks[1].content.codes.first { $0.type == .link }?.attributes["href"] == href)
    }

    @Test("a link whose text is a tag keeps the tag as a code inside the link")
    func aLinkWhoseTextIsATag() throws {
        let article = try markdown("# Live\n\nFollow the live updates on [{{ site.title }}]({{ site.url }}/en/live/) or call +32 13 35 35 00.\n")
        let content = article.blocks[1].content
        #expect(content.plainText == "Follow the live updates on or call +32 13 35 35 00.", "\(notation(content))")
        let codes = content.codes
        let open = try #require(codes.firstIndex { $0.type == .link && $0.kind == .opening }, "\(notation(content))")
        #expect(codes[open].attributes["href"] == "{{ site.url }}/en/live/")
        #expect(codes[open + 1].type != .link && codes[open + 1].kind == .standalone, "\(notation(content))")
        let md = MarkdownRenderer.render(article)
        #expect(md.contains("on [{{ site.title }}]({{ site.url }}/en/live/) or call"), "\(md)")
        #expect(HTMLRenderer.render(article, typography: nil).contains("</code></a> or call"))
    }

    @Test("an address with a space outside any tag is still no link destination")
    func aSpaceOutsideATag() throws {
        let article = try markdown("# Live\n\nRead [this]({{ site.url }}/en/ live) now.\n")
        #expect(article.blocks[1].content.codes.allSatisfy { $0.type != .link }, "\(notation(article.blocks[1].content))")
    }
}

/// Fifteenth trial, finding 9's rest: a template tag inside a raw HTML block of Markdown was text to
/// translate (`<p class="lead">… {{ "a lottery" | emphasize }} decides.</p>`), where the same tag in a
/// Markdown paragraph is a code.
@Suite struct TemplateTagInHTMLBlockTests {
    static let enrolment = """
        <p class="lead">Parents can register their child online from 1 March, when a school is full {{ "a lottery" | emphasize }} decides.</p>
        {% if site.show_contact %}
        <p>Questions? Call the helpline on 02 553 00 00.</p>
        {% endif %}

        <p><a href="{{ site.url }}/en/enrolment/">Enrol online</a> before {{< date "2026-03-31" >}}.</p>
        """

    @Test("a tag in an HTML block's text is a standalone code; a tag in its markup stays as written")
    func tagsInRawHTML() throws {
        let article = try markdown("# Enrolment opens on 1 March\n\n" + Self.enrolment + "\n")
        let texts = article.blocks.map(\.content.plainText)
        #expect(texts.contains("Parents can register their child online from 1 March, when a school is full decides."), "\(outline(article))")
        #expect(texts.contains("Questions? Call the helpline on 02 553 00 00."), "\(outline(article))")
        #expect(texts.contains("Enrol online before ."), "\(outline(article))")
        #expect(!texts.contains { $0.contains("{%") || $0.contains("{{") }, "\(outline(article))")
        let lead = try #require(article.blocks.first { $0.content.plainText.hasPrefix("Parents") })
        #expect(lead.content.codes.contains { $0.attributes["template"] == "{{ \"a lottery\" | emphasize }}" }, "\(notation(lead.content))")
        let link = try #require(article.blocks.first { $0.content.plainText.hasPrefix("Enrol online") })
        #expect(link.content.codes.contains { $0.attributes["href"] == "{{ site.url }}/en/enrolment/" }, "\(notation(link.content))")
        // Written back with every tag as it was.
        let md = MarkdownRenderer.render(article)
        for tag in ["{{ \"a lottery\" | emphasize }}", "{% if site.show_contact %}", "{% endif %}", "{{< date \"2026-03-31\" >}}"] {
            #expect(md.contains(tag), "\(tag) in \(md)")
        }
    }
}
