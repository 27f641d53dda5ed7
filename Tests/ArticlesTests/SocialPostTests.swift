import Articles
import Foundation
import TaalgrensCore
import Testing

/// Social posts and newsletter items as an article (session 19, articles19; `Tests/Fixtures/articles/social19`):
/// posts separated by thematic breaks, one-line paragraphs of plain text that are no headings, web
/// addresses with tracking parameters written back as they are.
@Suite("Social posts and newsletter items")
struct SocialPostTests {
    /// A list of posts separated by `---` came back as paragraphs run together: the breaks were dropped
    /// (a Markdown `<hr>` was no block) and `article.md` and `article.html` lost where one post ends.
    @Test("a Markdown thematic break between posts is a block kept in article.md and article.html")
    func thematicBreaks() throws {
        let article = try markdown("# Posts\n\nFirst post 🎉\n\n---\n\nSecond post.\n\n* * *\n\nThird post.\n")
        #expect(outline(article) == ["title: Posts", "paragraph: First post 🎉", "paragraph: {*other#1 html=<hr>}",
                                     "paragraph: Second post.", "paragraph: {*other#1 html=<hr>}", "paragraph: Third post."])
        #expect(article.blocks[2].role == .embed)
        let rendered = MarkdownRenderer.render(article)
        #expect(rendered.contains("First post 🎉\n\n---\n\nSecond post.\n\n---\n\nThird post.\n"), "\(rendered)")
        // Read again, the same blocks.
        #expect(outline(try markdown(rendered)) == outline(article))
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.contains("<p>First post 🎉</p>\n<hr>\n<p>Second post.</p>"), "\(page)")
    }

    @Test("a thematic break as an article's first block is written `***`, which opens no front matter")
    func leadingBreak() throws {
        let article = try markdown("***\n\nOnly post.\n")
        #expect(outline(article).first == "paragraph: {*other#1 html=<hr>}")
        let rendered = MarkdownRenderer.render(article)
        #expect(outline(try markdown(rendered)).suffix(2) == ["paragraph: {*other#1 html=<hr>}", "paragraph: Only post."], "\(rendered)")
    }

    /// `article.md` wrote `utm_source=twitter\&utm_medium=social`: a processor that links bare addresses
    /// (GitHub, Goldmark's linkify) would link a broken address. Only an `&` that starts a character
    /// reference needs its backslash.
    @Test("an ampersand that starts no character reference is written as it is", arguments: [
        ("https://www.betternet.be/sid?utm_source=twitter&utm_medium=social", "https://www.betternet.be/sid?utm_source=twitter&utm_medium=social"),
        ("Tom & Jerry", "Tom & Jerry"),
        ("R&D", "R&D"),
        ("write &amp; for &", "write \\&amp; for &"),
        ("&#233; or &#xE9;", "\\&#233; or \\&#xE9;"),
    ])
    func ampersands(_ text: String, _ written: String) throws {
        let article = Article(id: "a", locale: "en", format: .markdown,
                              blocks: [Block(kind: .paragraph, content: RichText(stringLiteral: text))])
        let rendered = MarkdownRenderer.render(article)
        #expect(rendered.contains(written + "\n"), "\(rendered)")
        #expect(try markdown(rendered).blocks.last?.content.plainText == text)
    }

    /// The plain-text alert's lines were all headings (`## De faux messages itsme circulent 🚨 Ne scannez PAS
    /// le code QR ! #phishing #itsme`): the heading rule looked at the last character, a hashtag's, an
    /// e-mail address's or an emoji's.
    @Test("one-line posts of plain text are paragraphs, not headings")
    func plainTextPosts() throws {
        let article = try plainText("⚠️ NEW SCAM ALERT\n\nFake itsme messages are circulating 🚨 Do NOT scan the QR code! #phishing #itsme\n\n👉 Report it: verdacht@safeonweb.be\n\n👍🏻 Share this post with your parents 👵🏼👴🏾\n")
        #expect(outline(article) == [
            "title: ⚠️ NEW SCAM ALERT",
            "paragraph: Fake itsme messages are circulating 🚨 Do NOT scan the QR code! #phishing #itsme",
            "paragraph: 👉 Report it: verdacht@safeonweb.be",
            "paragraph: 👍🏻 Share this post with your parents 👵🏼👴🏾",
        ])
    }

    @Test("a heading heads text: a run of one-line items and a last line are paragraphs, a heading over text stays")
    func headingsNeedText() throws {
        let article = try plainText("Newsletter\n\nAgenda\n\nWebinar on Monday\n\nWorkshop on Tuesday\n\nMore tips\n\nUse a password manager. Turn on two-step verification.\n\nSee you soon\n")
        #expect(outline(article) == [
            "title: Newsletter", "paragraph: Agenda", "paragraph: Webinar on Monday", "paragraph: Workshop on Tuesday",
            "heading/2: More tips", "paragraph: Use a password manager. Turn on two-step verification.", "paragraph: See you soon",
        ])
    }

    /// Each line between a title and a paragraph of text: whether it is a heading, by its end read without
    /// a post's closing tail (emoji, hashtags, handles), and never when it ends in an address or is only a tail.
    @Test("a line's end is read without its closing tail; an address or a bare tail is no heading", arguments: [
        ("Scan de QR-code NIET! #phishing #itsme", false),
        ("Nouvel épisode @LucaArts @IBM 👨‍👩‍👧‍👦", true),
        ("Our tips 💡", true),
        ("Wait for it …", false),
        ("Meer info: www.safeonweb.be", false),
        ("Read more https://safeonweb.be/en?fbclid=IwAR3", false),
        ("👉 Report it: verdacht@safeonweb.be", false),
        ("#SaferInternetDay #SID2026 🎉", false),
        ("🇧🇪", false),
    ])
    func lineEnds(_ line: String, _ heading: Bool) throws {
        let article = try plainText("Title\n\n\(line)\n\nA paragraph of text follows here.\n")
        #expect(article.blocks[1].kind == (heading ? .heading : .paragraph), "\(outline(article))")
    }

    /// Nineteenth trial, finding 13: lines opened by emoji bullets after a lead-in were soft-wrapped into it
    /// ("3 tips against phishing: ✅ Check the sender.", "Our tips: 1️⃣ Check the sender 2️⃣ …" one segment).
    @Test("plain-text lines opened by emoji bullets are list items that keep their emoji")
    func emojiBullets() throws {
        #expect(outline(try plainText("Title\n\n3 tips against phishing:\n✅ Check the sender.\n✅ Do not click links.\n✅ Call your bank if in doubt.\n")) == [
            "title: Title", "paragraph: 3 tips against phishing:", "listItem/1: ✅ Check the sender.", "listItem/1: ✅ Do not click links.",
            "listItem/1: ✅ Call your bank if in doubt.",
        ])
        #expect(outline(try plainText("Title\n\nOur tips:\n1️⃣ Check the sender\n2️⃣ Do not click links\n3️⃣ Report it to Safeonweb\n")) == [
            "title: Title", "paragraph: Our tips:", "listItem/1: 1️⃣ Check the sender", "listItem/1: 2️⃣ Do not click links",
            "listItem/1: 3️⃣ Report it to Safeonweb",
        ])
        // Must not change: one line opened by an emoji in a paragraph is a soft wrap.
        #expect(outline(try plainText("Title\n\nRead the tips\n👉 on our site today.\n")) == ["title: Title", "paragraph: Read the tips 👉 on our site today."])
    }
}
