import Foundation
import Testing
import Articles
import TaalgrensCore

/// The development article in three forms (`Tests/Fixtures/articles/mechelen-helpdesk/`).
@Suite("Development article in three forms")
struct DevelopmentArticleTests {
    struct GoldBlock: Decodable {
        var kind: String
        /// Where the page's markup says more than the Markdown can (a `<figcaption>`).
        var htmlKind: String?
        var text: String
    }

    static let folder = fixture("mechelen-helpdesk")

    static func gold() throws -> [GoldBlock] {
        try JSONDecoder().decode([GoldBlock].self, from: Data(contentsOf: folder.appendingPathComponent("blocks.json")))
    }

    static func read(_ name: String) throws -> Article {
        try ArticleReader.read(folder.appendingPathComponent(name), locale: "en", articleID: "mechelen-helpdesk")
    }

    @Test("Markdown and HTML give the gold blocks, kinds included", arguments: ["article.md", "article.html"])
    func structuredForms(_ name: String) throws {
        let article = try Self.read(name)
        let gold = try Self.gold()
        #expect(article.blocks.map(\.content.plainText) == gold.map(\.text))
        #expect(article.blocks.map(\.kind.rawValue) == gold.map { name == "article.html" ? $0.htmlKind ?? $0.kind : $0.kind })
        #expect(article.metadata["date"] == "2020-10-05")
        #expect(article.metadata["author"] == "Taalgrens team")
        #expect(article.metadata["category"] == "Media literacy")
    }

    @Test("the hard-wrapped CRLF NFD text gives the gold blocks' text")
    func textForm() throws {
        let article = try Self.read("article.txt")
        let gold = try Self.gold()
        #expect(article.blocks.map(\.content.plainText) == gold.map(\.text))
        // Canonical equality is not enough: the text must be NFC scalar for scalar.
        #expect(article.blocks.map { Array($0.content.plainText.unicodeScalars) } == gold.map { Array($0.text.unicodeScalars) })
        #expect(article.blocks.first?.kind == .title)
        #expect(article.blocks.filter { $0.kind == .listItem }.count == 3)
    }

    @Test("all three forms agree block by block")
    func threeFormsAgree() throws {
        let forms = try ["article.md", "article.html", "article.txt"].map(Self.read)
        let texts = forms.map { $0.blocks.map { Array($0.content.plainText.unicodeScalars) } }
        #expect(texts[0] == texts[1])
        #expect(texts[0] == texts[2])
    }

    @Test("Markdown and HTML carry the same inline codes where the markup agrees")
    func inlineCodes() throws {
        let md = try Self.read("article.md")
        let page = try Self.read("article.html")
        #expect(notation(md.blocks[1].content).contains("{link#1 href=https://www.betternet.be/en}Belgian Safer Internet Centre{/link#1}"))
        #expect(notation(page.blocks[1].content).contains("{link#1 href=https://www.betternet.be/en}Belgian Safer Internet Centre{/link#1}"))
        #expect(notation(md.blocks[12].content) == notation(page.blocks[12].content))
        #expect(notation(md.blocks[12].content) == "The programme is on {link#1 href=https://www.mechelen.be/helpdesk}the city’s website. No booking is needed{/link#1} for a first visit.")
        // The soft hyphen in the page is removed (InvisibleFormat): no code inside the word.
        #expect(notation(page.blocks[3].content) == "The volunteers answer questions such as:")
        #expect(notation(md.blocks[8].content) == "{*image#1 src=images/helpdesk.jpg}Two volunteers at the help desk in the main library")
        #expect(notation(page.blocks[8].content) == notation(md.blocks[8].content))
    }

    @Test("the page's language is noted")
    func language() throws {
        #expect(try Self.read("article.html").metadata["lang"] == "en")
    }

    @Test("the gold sentences cover the gold blocks' text exactly")
    func goldSentencesMatchBlocks() throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("sentences.txt"), encoding: .utf8)
        let groups = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .newlines).components(separatedBy: "\n") }
        #expect(groups.map { $0.joined(separator: " ") } == (try Self.gold()).map(\.text))
    }
}
