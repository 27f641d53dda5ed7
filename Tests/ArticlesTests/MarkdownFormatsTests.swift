import Articles
import Foundation
import TaalgrensCore
import Testing

/// Markdown as other tools write it (session 8): Hugo/Zola TOML front matter, Hugo's date-times, YAML
/// lists, setext headings, reference links, footnotes, hard line breaks, comments, tables with code spans,
/// Obsidian's `[[links]]`.
@Suite("Markdown from other tools")
struct MarkdownFormatsTests {
    static let hugo = """
    +++
    title = "Dunes on the move"
    date = 2026-11-28T09:30:00+01:00
    tags = ["coast", "nature"]  # shown as a list
    draft = false
    description = \"\"\"
    Why the dunes \\"walk\\".\"\"\"
    'quoted key' = 'C:\\no\\escape'
    [params]
      author = "Redactie"
    +++

    Dunes on the move
    =================

    The dunes near De Panne move *six metres* a year.[^1] Read the [report][rep] or see [[Westhoek reserve]].

    Wind and sand
    -------------

    <!-- editor: check the figure with the ANB -->
    The first line ends with two spaces  
    and the second with a backslash\\
    and this is the third.

    | Measure | Command |
    |---|---|
    | Height | `dune --height` |

    [rep]: https://example.org/report "The ANB report"
    [^1]: Measured by the Agency for Nature and Forests.
    """

    @Test("TOML front matter: title, date-time, arrays, multi-line and literal strings, tables")
    func tomlFrontMatter() throws {
        let article = try markdown(Self.hugo)
        #expect(article.title == "Dunes on the move")
        #expect(article.metadata["date"] == "2026-11-28")
        #expect(article.metadata["dateTime"] == "2026-11-28T09:30:00+01:00")
        #expect(article.metadata["tags"] == "coast, nature")
        #expect(article.metadata["draft"] == "false")
        #expect(article.metadata["description"] == "Why the dunes \"walk\".")
        #expect(article.metadata["quoted key"] == "C:\\no\\escape")
        #expect(article.metadata["params.author"] == "Redactie")
        // The setext H1 repeating the title is the title; no block holds front-matter text.
        #expect(!article.blocks.contains { $0.content.plainText.contains("+++") || $0.content.plainText.contains("draft") })
        #expect(outline(article).prefix(2) == ["title: Dunes on the move",
            "paragraph: The dunes near De Panne move {emphasis#1}six metres{/emphasis#1} a year.{*other#2 footnote=1,markup=[^1]} Read the {link#3 href=https://example.org/report,ref=rep}report{/link#3} or see {link#4 href=Westhoek reserve,wiki=Westhoek reserve}Westhoek reserve{/link#4}."])
        #expect(article.blocks.contains { $0.kind == .heading && $0.level == 2 && $0.content.plainText == "Wind and sand" })
        // Hard breaks of both forms are line breaks; the comment is not text.
        let broken = try #require(article.blocks.first { $0.content.plainText.hasPrefix("The first line") })
        #expect(broken.content.codes.filter { $0.type == .lineBreak }.count == 2)
        #expect(!article.blocks.contains { $0.content.plainText.contains("editor:") })
        #expect(article.blocks.contains { $0.kind == .tableCell && $0.content.codes.contains { $0.type == .code && $0.attributes["text"] == "dune --height" } })
        // Rendered, it reads back the same (as TOML front matter, since session 10).
        let rendered = MarkdownRenderer.render(article)
        #expect(rendered.hasPrefix("+++\n"), "\(rendered)")
        let again = try markdown(rendered)
        // (Lines move: the front matter written back gains the article's `id`.)
        #expect(again.blocks.map { var b = $0; b.line = nil; return b } == article.blocks.map { var b = $0; b.line = nil; return b })
        // (The TOML written back, with that `id`, is the re-read article's kept structure.)
        #expect(again.metadata.filter { $0.key != "front-matter-toml" } == article.metadata.filter { $0.key != "front-matter-toml" })
    }

    @Test("malformed TOML front matter names the line")
    func tomlErrors() {
        let unclosed = expectInputError { _ = try markdown("+++\ntitle = \"T\"\n\nText.\n") }
        #expect(unclosed?.line == 1)
        let noValue = expectInputError { _ = try markdown("+++\ntitle = \"T\"\njust words\n+++\n\nText.\n") }
        #expect(noValue?.line == 3)
        let openString = expectInputError { _ = try markdown("+++\ntitle = \"T\"\ntags = [\"a\",\n+++\n\nText.\n") }
        #expect(openString != nil)
    }

    @Test("YAML front matter: a Hugo date-time, lists, a date without quotes")
    func yamlVariants() throws {
        let article = try markdown("""
        ---
        title: "Storm over Ostend"
        date: 2026-11-02T16:10:00+01:00
        tags:
          - storm
          - coast
        authors: [Redactie, Belga]
        lastmod: 2026-11-03
        ---

        The storm reached Ostend at noon.
        """)
        #expect(article.metadata["date"] == "2026-11-02")
        #expect(article.metadata["dateTime"] == "2026-11-02T16:10:00+01:00")
        #expect(article.metadata["tags"] == "storm, coast")
        #expect(article.metadata["authors"] == "Redactie, Belga")
        #expect(article.metadata["lastmod"] == "2026-11-03")
        let bad = expectInputError { _ = try markdown("---\ntitle: T\ndate: 2026-11-02T25:10\n---\n\nText.\n") }
        #expect(bad?.line == 3)
    }
}
