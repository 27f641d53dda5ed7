import Foundation
import Testing
import Articles
import TaalgrensCore

/// Tenth trial, finding 9: a CMS page's `<meta name="description">` was lost (a Markdown front matter's
/// `description` is translated), and the rendered page showed the date twice: in the byline and in the
/// page's own dateline paragraph.
@Suite("HTML: the page's description and title metadata, and the byline date")
struct PageMetadataTests {
    func page(head: String, body: String) -> String {
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\(head)</head><body><article>\(body)</article></body></html>"
    }

    @Test("<meta name=description> is the article's description; og:description and twitter:description stand in for it")
    func description() throws {
        let own = try html(page(head: """
        <title>Shelter</title><meta property="og:description" content="The Open Graph text.">
        <meta name="description" content="Forty dogs &amp; ten cats  wait for a family.">
        """, body: "<h1>Shelter</h1><p>Text.</p>"))
        #expect(own.metadata["description"] == "Forty dogs & ten cats wait for a family.")
        let openGraph = try html(page(head: #"<meta property="og:description" content="The Open Graph text."><meta name="twitter:description" content="Twitter's.">"#,
                                      body: "<h1>Shelter</h1><p>Text.</p>"))
        #expect(openGraph.metadata["description"] == "The Open Graph text.")
        #expect(try html(page(head: #"<meta name="twitter:description" content="Twitter's.">"#, body: "<h1>S</h1><p>Text.</p>")).metadata["description"] == "Twitter's.")
        // An empty description is none.
        #expect(try html(page(head: #"<meta name="description" content=" ">"#, body: "<h1>S</h1><p>Text.</p>")).metadata["description"] == nil)
    }

    @Test("without an <h1>, og:title is the title when <title> is the site's name or the og:title with the site's name")
    func openGraphTitle() throws {
        func title(_ head: String) throws -> String? {
            let article = try html(page(head: head, body: "<p>Forty dogs wait for a family.</p>"))
            return article.blocks.first { $0.kind == .title }?.content.plainText
        }
        #expect(try title(#"<title>Safe Paws</title><meta property="og:site_name" content="Safe Paws"><meta property="og:title" content="The shelter opens its doors">"#)
                == "The shelter opens its doors")
        #expect(try title(#"<title>The shelter opens its doors | Safe Paws</title><meta property="og:title" content="The shelter opens its doors">"#)
                == "The shelter opens its doors")
        #expect(try title(#"<title>Safe Paws – The shelter opens its doors</title><meta property="og:title" content="The shelter opens its doors">"#)
                == "The shelter opens its doors")
        #expect(try title(#"<meta property="og:title" content="The shelter opens its doors">"#) == "The shelter opens its doors")
        // A <title> of its own stays the title; so does one without Open Graph.
        #expect(try title(#"<title>Forty dogs in Namur</title><meta property="og:title" content="The shelter opens its doors">"#) == "Forty dogs in Namur")
        #expect(try title("<title>Safe Paws</title>") == "Safe Paws")
        // A page's <h1> is the title whatever the head says.
        let withH1 = try html(page(head: #"<meta property="og:title" content="Other">"#, body: "<h1>Heading one</h1><p>Text.</p>"))
        #expect(withH1.blocks[0].content.plainText == "Heading one")
    }

    @Test("the HTML page writes the description in its head (typeset, escaped) and reads it back")
    func renderedDescription() throws {
        var article = try html(page(head: #"<meta name="description" content="Forty dogs wait for a family: visit them &quot;today&quot;.">"#,
                                    body: "<h1>Shelter</h1><p>Text.</p>"))
        let english = HTMLRenderer.render(article, typography: nil)
        #expect(english.contains(#"<meta name="description" content="Forty dogs wait for a family: visit them &quot;today&quot;.">"#), "\(english)")
        #expect(try html(english).metadata["description"] == article.metadata["description"])
        article.metadata["description"] = "Quarante chiens attendent une famille : venez les voir !"
        let french = Typography(spaceBefore: [":": "\u{00A0}", "!": "\u{202F}"])
        let page = HTMLRenderer.render(article, typography: french)
        #expect(page.contains("content=\"Quarante chiens attendent une famille\u{00A0}: venez les voir\u{202F}!\""), "\(page)")
        // Markdown writes it as front matter, which reads back as the same description.
        let markdownText = MarkdownRenderer.render(article, typography: nil)
        #expect(try markdown(markdownText).metadata["description"] == "Quarante chiens attendent une famille : venez les voir !")
    }

    @Test("the byline leaves out a date that a dateline near the top shows; <meta name=date> keeps it")
    func bylineDate() throws {
        // The failing input of finding 9, in our words: a dateline with <time> under the title, and the byline
        // repeated the same day.
        let dateline = try html(page(head: "", body: """
        <h1>Shelter</h1><div class="entry-meta"><span class="posted-on">Namur, <time datetime="2026-11-30T09:00:00+01:00">30 November 2026</time></span></div>
        <p>Forty dogs wait for a family.</p>
        """))
        #expect(dateline.metadata["date"] == "2026-11-30")
        let rendered = HTMLRenderer.render(dateline, typography: nil)
        #expect(rendered.components(separatedBy: "<time").count == 2, "one <time>, the dateline's: \(rendered)")
        #expect(!rendered.contains("class=\"byline\"><time"), "\(rendered)")
        #expect(rendered.contains(#"<meta name="date" content="2026-11-30">"#))
        #expect(try html(rendered).metadata["date"] == "2026-11-30")

        // A dateline written as text (a Markdown source, a translation), in the locale's own form.
        let french = try markdown("---\ntitle: Le refuge\ndate: 2026-11-30\n---\n\nNamur, 30 novembre 2026\n\nQuarante chiens attendent une famille.\n", locale: "fr-BE")
        let frenchPage = HTMLRenderer.render(french, typography: Typography(dateLocale: "fr-BE"))
        #expect(!frenchPage.contains("<time"), "\(frenchPage)")

        // A date only in the metadata, or only inside a long sentence, is still the byline's.
        let metaOnly = try html(page(head: #"<meta name="date" content="2026-11-30">"#, body: "<h1>Shelter</h1><p>Forty dogs wait for a family.</p>"))
        #expect(HTMLRenderer.render(metaOnly, typography: nil).contains("<footer class=\"byline\"><time datetime=\"2026-11-30\">"))
        let inSentence = try markdown("---\ntitle: Shelter\ndate: 2026-11-30\n---\n\nOn 30 November 2026 the shelter in Namur opened its doors to forty dogs and ten cats.\n")
        #expect(HTMLRenderer.render(inSentence, typography: Typography(dateLocale: "en-BE"))
                    .contains("<footer class=\"byline\"><time datetime=\"2026-11-30\">30 November 2026</time>"))
    }
}
