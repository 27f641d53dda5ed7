import Foundation
import Testing
import Articles
import TaalgrensCore

/// TRIAL7 finding 19: a pipe table's column alignment, and a title given both in the front matter and as the
/// body's leading H1 (input from `/tmp/trial7/repro/19/md-table/en.md`).
@Suite("Markdown table alignment and repeated title")
struct MarkdownTitleAndAlignmentTests {
    static let results = """
    ---
    title: Election results
    ---

    # Election results

    Turnout was 88.4%.

    | Party | Seats |
    |-------|------:|
    | Greens | 12 |
    | Liberals | 9 |
    """

    @Test("a pipe table's column alignment is read and written back in Markdown and HTML")
    func pipeTableAlignment() throws {
        let article = try markdown(Self.results)
        let cells = article.blocks.filter { $0.kind == .tableCell }
        #expect(cells.map(\.alignment) == [nil, .right, nil, .right, nil, .right])
        let markdownText = MarkdownRenderer.render(article)
        #expect(markdownText.contains("| Party | Seats |\n| --- | --: |\n| Greens | 12 |"))
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.contains("<th>Party</th><th style=\"text-align: right\">Seats</th>"))
        #expect(page.contains("<td>Greens</td><td style=\"text-align: right\">12</td>"))
        // Both renderings read back with the same alignment.
        #expect(try markdown(markdownText).blocks.filter { $0.kind == .tableCell }.map(\.alignment) == cells.map(\.alignment))
        #expect(try html(page).blocks.filter { $0.kind == .tableCell }.map(\.alignment) == cells.map(\.alignment))
    }

    @Test("left and centre alignment; HTML text-align in style and the obsolete align attribute")
    func otherAlignments() throws {
        let article = try markdown("| a | b | c |\n|:--|:-:|---|\n| 1 | 2 | 3 |")
        #expect(article.blocks.map(\.alignment) == [.left, .center, nil, .left, .center, nil])
        #expect(MarkdownRenderer.render(article).contains("| a | b | c |\n| :-- | :-: | --- |\n"))
        let page = try html("<table><tr><td style=\"color: red; Text-Align : CENTER !important\">x</td><td align=\"right\">y</td><td style=\"text-align: justify\">z</td><td style=\"text-align:end\">w</td></tr></table>")
        #expect(page.blocks.map(\.alignment) == [.center, .right, nil, .right])
    }

    @Test("an H1 repeating the front matter's title is the title: read once, written back in both places")
    func repeatedTitle() throws {
        let article = try markdown(Self.results)
        #expect(article.blocks.filter { $0.kind == .title || ($0.kind == .heading && $0.level == 1) }.count == 1)
        #expect(article.blocks[0].kind == .title && article.blocks[0].content.plainText == "Election results")
        #expect(article.blocks[1].content.plainText == "Turnout was 88.4%.")
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.components(separatedBy: "<h1").count == 2)
        let markdownText = MarkdownRenderer.render(article)
        #expect(markdownText.hasPrefix("---\ntitle: Election results\nid: test\n---\n\n# Election results\n\nTurnout was 88.4%."))
        #expect(!markdownText.contains("title-heading"))
        // The same with a setext H1 that carries emphasis: the H1's codes are kept.
        let setext = try markdown("---\ntitle: Dunes on the move\n---\n\nDunes on the *move*\n===================\n\nText.")
        #expect(outline(setext).prefix(2) == ["title: Dunes on the {emphasis#1}move{/emphasis#1}", "paragraph: Text."])
    }

    @Test("an H1 that differs from the front matter's title stays a heading")
    func differentHeading() throws {
        let article = try markdown("---\ntitle: Election results\n---\n\n# Results by party\n\nText.")
        #expect(outline(article) == ["title: Election results", "heading/1: Results by party", "paragraph: Text."])
        #expect(MarkdownRenderer.render(article).hasPrefix("---\ntitle: Election results\nid: test\n---\n\n# Results by party\n"))
    }
}
