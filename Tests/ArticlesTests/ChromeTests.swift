import Foundation
import Testing
import Articles
import TaalgrensCore

/// Site chrome on CMS pages: cookie banners, dialogs, share bars, breadcrumbs (trial 6, finding 4).
@Suite("Site chrome")
struct ChromeTests {
    /// Trial 6's page: a cookie banner before <header>, a breadcrumb, a share bar inside the article, a
    /// tweet with its script, a video, a related-articles aside.
    static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head><title>Fake shops | Safer Internet</title>
    <script>var msg = "Accept cookies?";</script></head>
    <body>
    <div id="cookie-banner" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>
    <header><a class="logo" href="/">Safer Internet</a><form role="search"><input placeholder="Search..."><button>Search</button></form></header>
    <nav aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li>News</li></ol></nav>
    <main>
    <article>
    <h1>How to spot a fake webshop</h1>
    <p>Black Friday is coming. Check the shop on <a href="https://www.safeonweb.be">Safeonweb</a> first.</p>
    <iframe src="https://www.youtube.com/embed/abc" title="Video: fake shops explained"></iframe>
    <blockquote class="twitter-tweet"><p lang="en">Too good to be true? It probably is.</p>&mdash; Safeonweb (@safeonweb)</blockquote>
    <script async src="https://platform.twitter.com/widgets.js"></script>
    <div class="share"><button aria-label="Share on Facebook">Share</button><a href="https://twitter.com/intent/tweet">Tweet</a></div>
    <aside class="related"><h2>Related articles</h2><ul><li><a href="/phishing">Phishing: 5 signs</a></li></ul></aside>
    <p>Forwarded a suspicious message? Send it to <a href="mailto:suspect@safeonweb.be">suspect@safeonweb.be</a>.</p>
    </article>
    </main>
    <footer><p>Safer Internet Centre · <a href="/privacy">Privacy</a></p></footer>
    </body></html>
    """

    @Test("on a page with <main>/<article>, the cookie banner and the share bar are not article text")
    func trialPage() throws {
        let article = try html(Self.page)
        let text = article.blocks.map(\.content.plainText)
        #expect(!text.contains { $0.contains("cookies") || $0 == "Tweet" || $0.contains("Home") || $0.contains("Related") })
        #expect(outline(article).first == "title: How to spot a fake webshop")
        #expect(text.contains("Forwarded a suspicious message? Send it to suspect@safeonweb.be."))
        #expect(text.contains("Too good to be true? It probably is."))
        #expect(article.blocks.contains { $0.role == .embed })
    }

    @Test("text outside <main> is chrome, wherever it is; the page's <h1> outside it is still the title")
    func outsideMain() throws {
        let before = try html("<body><p>Sign up for our newsletter today.</p><main><h1>Title</h1><p>Body.</p></main><p>Sponsored.</p>Loose</body>")
        #expect(outline(before) == ["title: Title", "paragraph: Body."])
        // A CMS that puts the title above <article>: kept as the title, the kicker beside it is not.
        let above = try html("<body><div class=\"hero\"><h1>Title above</h1><p>Kicker</p></div><article><p>Body.</p></article></body>")
        #expect(outline(above) == ["title: Title above", "paragraph: Body."])
        // The site's logo <h1> is not the title when the article has its own.
        let logo = try html("<body><h1>Site name</h1><article><h1>Real title</h1><p>Body.</p></article></body>")
        #expect(outline(logo) == ["title: Real title", "paragraph: Body."])
    }

    @Test("a teaser <article> inside an aside does not turn the page's text into chrome")
    func teaserArticle() throws {
        let article = try html("<body><h1>Title</h1><p>Body.</p><aside><article><p>Teaser.</p></article></aside></body>")
        #expect(outline(article) == ["title: Title", "paragraph: Body."])
    }

    @Test("dialogs, consent banners, breadcrumbs and link bars are chrome inside the article too")
    func insideArticle() throws {
        let article = try html("""
        <body><article><h1>T</h1>
        <div role="alertdialog"><p>Your session expires.</p></div>
        <div aria-modal="true"><p>Modal.</p></div>
        <div class="gdpr-consent"><p>We value your privacy.</p></div>
        <ol class="breadcrumb"><li><a href="/">Home</a></li><li>News</li></ol>
        <ul class="social-links"><li><a href="https://x.com/a">X</a></li><li><a href="https://fb.com/a">Facebook</a></li></ul>
        <div class="tools"><button>Print</button> <a href="/pdf">PDF</a></div>
        <p>Body.</p>
        <div class="related-box"><p>Read also our guide on phishing, written with the police.</p></div>
        <div class="share-note"><p>Share this article with your children.</p><button>Share</button></div>
        </article></body>
        """)
        // A box named "related" or "share" that holds text of its own is kept: only link bars are chrome.
        #expect(outline(article) == ["title: T", "paragraph: Body.", "paragraph: Read also our guide on phishing, written with the police.",
                                     "paragraph: Share this article with your children."])
    }

    @Test("a page without <main> or <article> reads every part that is not chrome, as before")
    func withoutMain() throws {
        let article = try html("<body><div id=\"cookie-notice\"><p>Cookies!</p></div><h1>Title</h1><div><p>Intro.</p></div><p>Text.</p></body>")
        #expect(outline(article) == ["title: Title", "paragraph: Intro.", "paragraph: Text."])
    }
}
