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

    @Test("a bookmark card's author and publisher, side by side in the source, are two words (\"SafeonwebCCB\" was one)")
    func bookmarkMetadata() throws {
        // The trial's card as Ghost writes it: no white space between the card's elements.
        let card = """
        <html lang="en"><body><article><p>Read more on Safeonweb.</p>
        <figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://www.safeonweb.be/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">Safeonweb | Stay safe online</div><div class="kg-bookmark-description">Tips and news from the Centre for Cybersecurity Belgium.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://www.safeonweb.be/favicon.png" alt=""><span class="kg-bookmark-author">Safeonweb</span><span class="kg-bookmark-publisher">CCB</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://www.safeonweb.be/og.png" alt=""></div></a></figure>
        <p>Two <span class="name">plain</span><span class="x">spans</span> stay as written.</p>
        </article></body></html>
        """
        let texts = try html(card).blocks.map(\.content.plainText)
        #expect(texts.contains("Safeonweb CCB"), "\(texts)")
        #expect(!texts.contains { $0.contains("SafeonwebCCB") }, "\(texts)")
        #expect(texts.contains("Two plainspans stay as written."), "\(texts)")
    }
}
