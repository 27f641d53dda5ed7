import Articles
import Foundation
import TaalgrensCore
import Testing

/// Sixteenth trial, finding 12: a saved WordPress post draws every emoji as `<img class="emoji" alt="📦">`
/// (the wp-emoji script, on by default); the rule for decoration icons dropped them, leaving
/// "Fake parcel messages are back ." in the segment and the bundle.
@Suite struct EmojiImageTests {
    static let wordPress = """
        <!DOCTYPE html>
        <html lang="en-US"><head><meta charset="UTF-8"><title>Phishing wave</title></head>
        <body class="single-post"><main id="main"><article class="post type-post">
        <h1 class="entry-title">Phishing wave: check before you click <img role="img" class="emoji" alt="🚨" src="https://s.w.org/images/core/emoji/15.0.3/svg/1f6a8.svg"></h1>
        <div class="entry-content">
        <p>Fake parcel messages are back <img role="img" class="emoji" alt="📦" src="https://s.w.org/images/core/emoji/15.0.3/svg/1f4e6.svg">. Never pay a “customs fee” by text message <img role="img" class="emoji" alt="❌" src="https://s.w.org/images/core/emoji/15.0.3/svg/274c.svg">!</p>
        <p><img role="img" class="emoji" alt="👉" src="https://s.w.org/images/core/emoji/15.0.3/svg/1f449.svg"> Forward it to suspicious@safeonweb.be.</p>
        <p>Twemoji: stay calm <img class="emoji" draggable="false" alt="🙂" src="https://twemoji.maxcdn.com/v/14.0.2/72x72/1f642.png">.</p>
        </div></article></main></body></html>
        """

    @Test("WordPress's and Twemoji's emoji images are the emoji, in the sentence, in the source and the bundle")
    func emojiImagesAreCharacters() throws {
        let article = try html(Self.wordPress)
        #expect(article.title == "Phishing wave: check before you click 🚨")
        let texts = article.blocks.map(\.content.plainText)
        #expect(texts.contains("Fake parcel messages are back 📦. Never pay a “customs fee” by text message ❌!"), "\(texts)")
        #expect(texts.contains("👉 Forward it to suspicious@safeonweb.be."), "\(texts)")
        #expect(texts.contains("Twemoji: stay calm 🙂."), "\(texts)")
        let rendered = HTMLRenderer.render(article, typography: nil)
        #expect(rendered.contains("are back 📦."), "\(rendered)")
        #expect(MarkdownRenderer.render(article).contains("text message ❌!"))
    }

    @Test("an image that only sits in an emoji folder, or names its emoji by words, is not taken for a character")
    func otherImagesStayImages() throws {
        let article = try html("<html lang=\"en\"><body><main><p>See the chart <img class=\"emoji\" alt=\":chart:\" src=\"/emoji/chart.png\"> and <img alt=\"Flood map of Diest\" src=\"/img/map.png\">.</p></main></body></html>")
        let content = article.blocks[0].content
        #expect(content.codes.filter { $0.type == .image }.map { $0.attributes["src"] } == ["/img/map.png"], "\(notation(content))")
        #expect(!content.plainText.contains(":chart:"))
    }
}
