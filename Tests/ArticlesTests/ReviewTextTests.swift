import Testing
import Articles
import TaalgrensCore

/// ``ReviewText``: what `segment` and the bundle's report show of code (TRIAL7 finding 11).
@Suite("Review text")
struct ReviewTextTests {
    @Test("a code span's text is shown: in backticks for a terminal, as <code> in HTML (TRIAL7 finding 11)")
    func codeSpan() throws {
        // The trial's input: plainText alone showed "The file is called ."
        let page = try html("<p>The file is called <code>budget_2026.xlsx</code>.</p>")
        let content = page.blocks[0].content
        #expect(content.plainText == "The file is called .")
        #expect(ReviewText.runs(content) == [.text("The file is called "), .code("budget_2026.xlsx", block: false), .text(".")])
        #expect(ReviewText.plain(content) == "The file is called `budget_2026.xlsx`.")
        #expect(ReviewText.html(content) == "The file is called <code>budget_2026.xlsx</code>.")
        // A code span between two spaces: the reader records the second on the code; it is shown again.
        let spaced = try markdown("Run `make all` first.").blocks[0].content
        #expect(spaced.plainText == "Run first.")
        #expect(ReviewText.plain(spaced) == "Run `make all` first.")
    }

    @Test("a fenced code block's lines are shown between lines of backticks; HTML is escaped")
    func codeBlock() throws {
        let article = try markdown("Intro.\n\n```\nif a < b {\n    print(\"x & y\")\n}\n```\n")
        let block = try #require(article.blocks.last)
        #expect(block.content.plainText.isEmpty)
        #expect(ReviewText.plain(block.content) == "```\nif a < b {\n    print(\"x & y\")\n}\n```")
        #expect(ReviewText.runs(block.content) == [.code("if a < b {\n    print(\"x & y\")\n}", block: true)])
        #expect(ReviewText.html(block.content) == "<code class=\"block\">if a &lt; b {\n    print(&quot;x &amp; y&quot;)\n}</code>")
    }

    @Test("text inside a paired code is code; links, emphasis and line breaks show as in the plain text")
    func pairedAndOtherCodes() {
        let content = RichText([
            .text("Run "),
            .code(InlineCode(id: "1", kind: .opening, type: .code)), .text("make <all>"), .code(InlineCode(id: "1", kind: .closing, type: .code)),
            .text(", then "), .code(InlineCode(id: "2", kind: .opening, type: .link, attributes: ["href": "https://x.be"])),
            .text("read"), .code(InlineCode(id: "2", kind: .closing, type: .link)),
            .code(InlineCode(id: "3", kind: .standalone, type: .lineBreak)), .text("this."),
        ])
        #expect(ReviewText.plain(content) == "Run `make <all>`, then read this.")
        #expect(ReviewText.html(content) == "Run <code>make &lt;all&gt;</code>, then read this.")
    }
}
