import Foundation
import Testing
import Articles
import TaalgrensCore

/// Seventeenth trial, finding 5: a Ghost post's cards were flattened in `article.html`: an FAQ's toggle
/// cards lost their toggle (a bare `<h4>` and `<p>`: the FAQ no longer folds) and an HTML card lost its
/// wrapper. Ghost's card markup is kept around the translated text.
@Suite("Ghost cards kept around their text")
struct GhostCardTests {
    /// The trial's post, cut to one toggle card and the HTML card.
    static let post = """
    <html lang="en"><body><main><article>
    <h1>Phishing: your questions answered</h1>
    <section class="gh-content gh-canvas">
    <p>Here are the answers to the most frequent questions.</p>
    <div class="kg-card kg-toggle-card" data-kg-toggle-state="close">
    <div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text"><span style="white-space: pre-wrap;">What is phishing?</span></h4><button class="kg-toggle-card-icon" aria-label="Expand toggle to read content"><svg viewBox="0 0 24 24"><path d="M23.25,7.311"></path></svg></button></div>
    <div class="kg-toggle-content"><p><span style="white-space: pre-wrap;">Phishing is a fraudulent message.</span></p></div>
    </div>
    <!--kg-card-begin: html-->
    <div class="infobox"><p><strong>Good to know:</strong> the bank will never ask for your PIN code.</p></div>
    <!--kg-card-end: html-->
    <div class="wrapper"><p>A plain div is no container.</p></div>
    </section>
    </article></main></body></html>
    """

    @Test("a toggle card keeps its divs, classes, state and button; an HTML card its div; the text is translated")
    func toggleAndHTMLCards() throws {
        let article = try html(Self.post)
        let texts = article.blocks.map(\.content.plainText)
        #expect(texts.contains("What is phishing?"))
        #expect(texts.contains("Phishing is a fraudulent message."))
        #expect(texts.contains("Expand toggle to read content"), "the button's label is offered: \(texts)")
        let page = HTMLRenderer.render(BlockStructureTests.translated(article), typography: nil)
        let compact = page.replacingOccurrences(of: "\n", with: "")
        #expect(compact.contains("<div class=\"kg-card kg-toggle-card\" data-kg-toggle-state=\"close\"><div class=\"kg-toggle-heading\"><h4 class=\"kg-toggle-heading-text\">WHAT IS PHISHING?</h4><button aria-label=\"EXPAND TOGGLE TO READ CONTENT\" class=\"kg-toggle-card-icon\">"), "\(page)")
        #expect(compact.contains("</button></div><div class=\"kg-toggle-content\"><p>PHISHING IS A FRAUDULENT MESSAGE.</p></div></div>"), "\(page)")
        #expect(compact.contains("<div class=\"infobox\"><p><strong>GOOD TO KNOW:</strong> THE BANK WILL NEVER ASK FOR YOUR PIN CODE.</p></div>"), "\(page)")
        #expect(!compact.contains("class=\"wrapper\""), "\(page)")
    }
}
