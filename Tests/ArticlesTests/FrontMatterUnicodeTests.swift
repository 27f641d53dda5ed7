import Foundation
import Testing
import Articles
import TaalgrensCore

/// Trial 6, polish 20: front-matter text beyond U+FFFF (emoji) is written as itself, not `\U0001F512`.
@Suite("Front matter: characters beyond the BMP")
struct FrontMatterUnicodeTests {
    @Test("an emoji in the title and in another field is written as is and reads back the same")
    func emoji() throws {
        let source = "---\ntitle: \"Sextorsion : sept conseils pour les adolescents \\U0001F512\"\nsummary: Famille 👨‍👩‍👧 et 𝔘nicode\n---\n\nTexte.\n"
        let article = try markdown(source, locale: "fr-BE")
        #expect(article.blocks.first?.content.plainText == "Sextorsion : sept conseils pour les adolescents 🔒")
        let text = MarkdownRenderer.render(article)
        #expect(text.contains("Sextorsion : sept conseils pour les adolescents 🔒"), "\(text)")
        #expect(!text.contains("\\U"), "\(text)")
        #expect(text.contains("Famille 👨‍👩‍👧 et 𝔘nicode"), "\(text)")
        let back = try markdown(text, locale: "fr-BE")
        #expect(back.metadata == article.metadata)
        #expect(back.blocks.first?.content == article.blocks.first?.content)
    }

    @Test("a field that holds the private-use marker itself turns the shielding off, and still reads back")
    func markerInText() throws {
        let value = "a\u{E005}1f512\u{E006} 🔒"
        let article = Article(id: "x", locale: "en", format: .markdown, metadata: ["summary": value], blocks: [Block(kind: .paragraph, content: RichText(plain: "T."))])
        let back = try markdown(MarkdownRenderer.render(article))
        #expect(back.metadata["summary"] == value)
    }
}
