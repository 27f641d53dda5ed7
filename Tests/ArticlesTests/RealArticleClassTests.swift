import Articles
import Foundation
import TaalgrensCore
import Testing

/// Classes of input found in real multilingual articles from public repositories (REALARTICLES10,
/// `docs/articles.md`, "Real articles"), each kept with the failing input and the right value.
@Suite struct RealArticleClassTests {
    /// Class 1: a page generator's own elements outside `<head>` and `<body>` (FSFE's `<version>` before
    /// the head, `<tags>`, `<discussion>` and `<translator>` after `</body>`) were read as paragraphs:
    /// "3" after the title, "Libraries Sharing economy" at the end, and in the Dutch version "Bibliotheken
    /// Deeleconomie Lotte Vermeulen", so the versions no longer had the same blocks.
    @Test func generatorMarkupOutsideTheBodyIsNotText() throws {
        let folder = fixture("realarticles10/generator-markup")
        let en = try ArticleReader.read(folder.appendingPathComponent("en.xhtml"), locale: "en", articleID: "tools")
        #expect(outline(en) == [
            "title: Libraries in Leuven lend tools for a year",
            "paragraph: Four public libraries in Leuven will lend drills, ladders and sewing machines from next Monday. The trial runs for twelve months.",
            "caption: {*image#1 src=/pictures/tool-shelf.jpg}A shelf of drills and saws with library labels",
            "paragraph: Residents borrow a tool with their library card for up to a week. {link#1 href=/news/2026/tool-library.html}Earlier coverage{/link#1}.",
        ])
        let nl = try ArticleReader.read(folder.appendingPathComponent("nl-BE.xhtml"), locale: "nl-BE", articleID: "tools")
        #expect(nl.blocks.map(\.kind) == en.blocks.map(\.kind))
        #expect(!nl.blocks.contains { $0.content.plainText.contains("Lotte") || $0.content.plainText.contains("Deeleconomie") })
        // No line moved: the first paragraph is still on line 13 of both files.
        #expect(en.blocks[1].line == 13)
        #expect(nl.blocks[1].line == 13)
    }

    /// The same page without the generator's elements reads the same blocks: the rule removes only what
    /// lies outside the head and body.
    @Test func strayMarkupRemovalKeepsHeadAndBody() throws {
        let page = """
        <html lang="en"><head><title>Tools</title><meta name="date" content="2026-10-05"></head>
        <body><p>Four libraries lend tools.</p></body>
        <p>Written after the body.</p></html>
        """
        let article = try html(page)
        #expect(outline(article) == ["title: Tools", "paragraph: Four libraries lend tools."])
        #expect(article.metadata["date"] == "2026-10-05")
        // Upper-case tags and text between the head and the body count the same way.
        let upper = try html("<HTML><HEAD><TITLE>Tools</TITLE></HEAD>\n<p>Between.</p>\n<BODY><P>One.</P></BODY>\n<P>After.</P></HTML>")
        #expect(outline(upper) == ["title: Tools", "paragraph: One."])
        #expect(upper.blocks[1].line == 3)
    }

    /// An element before `<head>` made libxml2 imply the body there, so it and everything after it (the
    /// head's title, what follows `</body>`) became content; the failing input and the right value. A page
    /// without a head element is read as before: the rule needs `<html>`, `<head>`, `</head>`, `<body>` and
    /// `</body>` in that order.
    @Test func anElementBeforeTheHeadNoLongerOpensTheBody() throws {
        #expect(outline(try html("<html><note>3</note><head><title>T</title></head><body><p>One.</p></body></html>")) ==
                ["title: T", "paragraph: One."])
        #expect(outline(try html("<html><note>3</note><body><p>One.</p></body></html>")) == ["paragraph: 3", "paragraph: One."])
        // `<header>` is not `<head>`.
        let noHead = "<html><body><section><header><h2>Opening hours</h2></header><p>One.</p></section></body></html>"
        #expect(outline(try html(noHead)) == ["heading/2: Opening hours", "paragraph: One."])
    }

    /// Class 2: a bullet list right under a paragraph line (no blank line between) was read as more of
    /// the paragraph: "Intro. one item. two item. * three item." as one paragraph, so the Dutch version
    /// had one block where the English one had four. CommonMark 0.31 (5.2) lets a list interrupt a
    /// paragraph, as Hugo's Goldmark does.
    @Test func bulletListUnderAParagraphLineStartsAList() throws {
        let folder = fixture("realarticles10/list-under-paragraph")
        let en = try ArticleReader.read(folder.appendingPathComponent("en.md"), locale: "en", articleID: "ines")
        let nl = try ArticleReader.read(folder.appendingPathComponent("nl-BE.md"), locale: "nl-BE", articleID: "ines")
        #expect(outline(nl) == [
            "title: Vrijwilliger van de maand: Ines Claes",
            "paragraph: Ines houdt drie dingen tegelijk draaiende, en ze vindt het fijn dat die weinig gemeen hebben:",
            "listItem/1: Ze herstelt op zaterdagochtend fietsen in een werkplaats in Kortrijk.",
            "listItem/1: Ze noteert de openingsuren van de winkels in haar straat voor de buurtkaart.",
            "listItem/1: Ze begeleidt een jeugdkoor, wat de meeste van haar woensdagavonden vraagt.",
            "paragraph: {strong#1}Wanneer ben je begonnen?{/strong#1}",
            "paragraph: In de lente van 2019, nadat een vriendin haar de kaart had getoond op de trein.",
        ])
        #expect(nl.blocks.map(\.kind) == en.blocks.map(\.kind))
        // Lines are the source's: the first item is on line 7 of the Dutch file, line 8 of the English one.
        #expect(nl.blocks[2].line == 7)
        #expect(en.blocks[2].line == 8)
    }

    /// The same with `-` bullets, an ordered list starting at 1 and a quote; an ordered list starting at
    /// another number cannot interrupt a paragraph (CommonMark 0.31, 5.2) and stays text.
    @Test func everyBlockThatMayInterruptAParagraphDoes() throws {
        #expect(outline(try markdown("Intro line.\n- one item.\n- two item.\n")) ==
                ["paragraph: Intro line.", "listItem/1: one item.", "listItem/1: two item."])
        #expect(outline(try markdown("Intro line.\n1. one item.\n2. two item.\n")) ==
                ["paragraph: Intro line.", "listItem/1o: one item.", "listItem/1o: two item."])
        #expect(outline(try markdown("Intro line.\n> A quoted line.\n")) == ["paragraph: Intro line.", "quote: A quoted line."])
        #expect(outline(try markdown("In 2019 the count was\n14. That was a record.\n")) ==
                ["paragraph: In 2019 the count was 14. That was a record."])
    }

    /// Class 4: a pipe table whose header row has fewer cells than its delimiter row (`| Key facts |` over
    /// `|---|---|`) was read as a table whose second row held "---" cells, and `article.md` wrote the
    /// delimiter row twice. The shorter row now gets empty cells: the table the author meant.
    @Test func tableHeaderShorterOrLongerThanItsDelimiterRow() throws {
        let short = try markdown("| Shelter facts |\n|---|---|\n| Dogs | 40 |\n| Cats | 12 |\n")
        #expect(outline(short) == ["tableCell/1: Shelter facts", "tableCell/1: Dogs", "tableCell/2: 40", "tableCell/1: Cats", "tableCell/2: 12"])
        #expect(short.blocks[0].role == .headerCell)
        #expect(!short.blocks.contains { $0.content.plainText.contains("---") })
        let written = MarkdownRenderer.render(short, typography: nil)
        #expect(written.contains("| Shelter facts |  |\n| --- | --- |\n| Dogs | 40 |"), "\(written)")
        #expect(written.components(separatedBy: "| --- | --- |").count == 2, "one delimiter row: \(written)")
        #expect(outline(try markdown(written)) == outline(short))
        // A header row longer than its delimiter row (one without a closing pipe), and a header cell holding an
        // escaped pipe.
        let long = try markdown("| Animal | Count | Since |\n| --- | :-:\n| Dogs | 40 | 2021 |\n")
        #expect(outline(long) == ["tableCell/1: Animal", "tableCell/2: Count", "tableCell/3: Since", "tableCell/1: Dogs", "tableCell/2: 40", "tableCell/3: 2021"])
        let escaped = try markdown("| Dogs \\| cats | Count |\n|---|---|---|\n| Namur | 40 | 2021 |\n")
        #expect(outline(escaped) == ["tableCell/1: Dogs | cats", "tableCell/2: Count", "tableCell/1: Namur", "tableCell/2: 40", "tableCell/3: 2021"])
    }
}
