import Articles
import Foundation
import TaalgrensCore
import Testing

/// Fifteenth trial, finding 13: a Drupal page's author box and a Substack post's share button were text to
/// translate, and the page's JSON-LD date and author were ignored. Each test keeps the input and the right value.
@Suite struct AuthorBoxAndLinkedDataTests {
    @Test(arguments: ["author-box", "author-bio", "about-author", "author-info", "author-card", "saboxplugin-wrap"])
    func anAuthorBoxIsChrome(_ name: String) throws {
        let page = try html("""
        <html><body><article><h1>Leuven adopts its 2027 budget</h1>
        <p>The city council of Leuven adopted the budget for 2027 on Monday evening.</p>
        <section class="\(name)"><img src="claes.jpg" alt="Sofie Claes"><p><strong>Sofie Claes</strong> covers local politics for Leuven Today. Follow her on X.</p></section>
        </article></body></html>
        """)
        #expect(page.blocks.map(\.content.plainText) == ["Leuven adopts its 2027 budget", "The city council of Leuven adopted the budget for 2027 on Monday evening."])
    }

    /// An element named for its author alone is not a box: a byline inside the text is the article's.
    @Test func aNoteAboutAnAuthorStays() throws {
        let page = try html("<html><body><article><h1>T</h1><p class=\"author-note\">The author wrote this text in 2026.</p></article></body></html>")
        #expect(page.blocks.count == 2)
    }

    @Test func substacksShareButtonIsChrome() throws {
        let post = try html("""
        <div class="available-content"><div class="body markup"><p>The city council adopted the budget on Monday.</p>
        <p class="button-wrapper" data-attrs="{}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://leuvenbudget.substack.com/p/budget-2027?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>
        <p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="https://leuven.be/budget"><span>Read the budget</span></a></p>
        </div></div>
        """)
        #expect(post.blocks.map(\.content.plainText) == ["The city council adopted the budget on Monday.", "Read the budget"])
    }

    @Test func jsonLDGivesTheDateAuthorAndSection() throws {
        let page = try html("""
        <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Leuven Today"},
        {"@type":"NewsArticle","headline":"Leuven adopts its 2027 budget","datePublished":"2026-11-24T19:30:00+01:00",
        "author":[{"@type":"Person","name":"Sofie Claes"},{"@type":"Person","name":"Tom Peeters"}],"articleSection":"Politics"}]}</script></head>
        <body><article><h1>Leuven adopts its 2027 budget</h1><p>The council adopted the budget on Monday evening.</p></article></body></html>
        """)
        #expect(page.metadata["date"] == "2026-11-24")
        #expect(page.metadata["author"] == "Sofie Claes, Tom Peeters")
        #expect(page.metadata["category"] == "Politics")
        // The <meta> tags come first; a broken script is no error.
        let meta = try html("""
        <html><head><meta name="author" content="Desk"><script type="application/ld+json">{"@type":"Article","author":"Sofie Claes","datePublished":"2026-11-24"</script></head>
        <body><h1>T</h1><p>Text of the page.</p></body></html>
        """)
        #expect(meta.metadata["author"] == "Desk")
        #expect(meta.metadata["date"] == nil)
    }
}
