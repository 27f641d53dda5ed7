import Articles
import Foundation
import TaalgrensCore
import Testing

/// Fourteenth trial, finding 13: an Obsidian embed `![[sms.png|400]]` was a template tag, shown as code in
/// `article.html` and its file never copied; a block id `^sms1` was text to translate.
@Suite struct ObsidianEmbedTests {
    @Test(arguments: [
        ("![[poster.png]]", "poster.png", nil as String?, nil as String?),
        ("![[sms.png|400]]", "sms.png", "400", nil),
        ("![[attachments/map.webp|640x480]]", "attachments/map.webp", "640", "480"),
    ])
    func anImageEmbedIsAnImage(_ embed: String, _ src: String, _ width: String?, _ height: String?) throws {
        let article = try markdown("# Sextortion\n\nThe message looks like this:\n\n\(embed)\n")
        let image = try #require(article.blocks.flatMap(\.content.codes).first { $0.type == .image }, "\(outline(article))")
        #expect(image.attributes["src"] == src)
        #expect(image.attributes["width"] == width)
        #expect(image.attributes["height"] == height)
        #expect(MarkdownRenderer.render(article).contains(embed))
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.contains("<img src=\"\(src)\""), "\(page)")
        if let width { #expect(page.contains("width=\"\(width)\""), "\(page)") }
    }

    @Test("an embed of a note or with an alias stays markup kept as written")
    func otherEmbeds() throws {
        let article = try markdown("# Notes\n\n![[Helpline contact]]\n\n![[scan.pdf|Scan]]\n")
        #expect(article.blocks.flatMap(\.content.codes).allSatisfy { $0.type != .image }, "\(outline(article))")
        #expect(MarkdownRenderer.render(article).contains("![[Helpline contact]]"))
    }

    @Test("a block id at a paragraph's or item's end is markup, not text; a caret elsewhere is text")
    func blockIDs() throws {
        let article = try markdown("# Sextortion\n\nNever pay the blackmailer. ^sms1\n\n- Keep the messages. ^keep-2\n\nThe ratio is 2^10 and x ^ y.\n")
        let texts = article.blocks.map(\.content.plainText)
        #expect(texts == ["Sextortion", "Never pay the blackmailer.", "Keep the messages.", "The ratio is 2^10 and x ^ y."], "\(outline(article))")
        #expect(article.blocks[1].content.codes.first?.attributes["block-id"] == "sms1")
        let md = MarkdownRenderer.render(article)
        #expect(md.contains("Never pay the blackmailer. ^sms1") && md.contains("- Keep the messages. ^keep-2"), "\(md)")
        #expect(!HTMLRenderer.render(article, typography: nil).contains("^sms1"))
    }
}
