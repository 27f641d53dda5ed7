import Foundation
import Testing
import Articles
import TaalgrensCore

@Suite("Markdown reader")
struct MarkdownReaderTests {
    @Test("front matter: title is block 0, known keys and the rest go to metadata as written")
    func frontMatter() throws {
        let article = try markdown("""
        ---
        title: Safer Internet Day in Belgium
        id: sid-2020
        date: 2020-03-30
        category: Awareness
        author: Belgian Safer Internet Centre
        tags: [privacy, helpline]
        version: 010
        ---

        First paragraph.
        """)
        #expect(outline(article) == ["title: Safer Internet Day in Belgium", "paragraph: First paragraph."])
        #expect(article.id == "test", "an explicit article id wins over the front matter's id")
        #expect(article.metadata.filter { $0.key != FrontMatterYAML.structureKey } == ["date": "2020-03-30", "category": "Awareness", "author": "Belgian Safer Internet Centre",
                                     "tags": "privacy, helpline", "version": "010"])
        // The structure is kept for the renderer: the flow list stays flow, `010` stays text as written.
        #expect(article.metadata[FrontMatterYAML.structureKey]?.contains("tags: [privacy, helpline]\nversion: 010\n") == true)
        #expect(article.blocks[0].line == 2)
        #expect(article.blocks[1].line == 11)
        #expect(article.format == .markdown)
    }

    @Test("the front matter id names the article when no id is given")
    func frontMatterID() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("en.md")
        try "---\nid: my-article\ntitle: T\n---\nText.\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try ArticleReader.read(file, locale: "en").id == "my-article")
        try "---\ntitle: T\n---\nText.\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try ArticleReader.read(file, locale: "en").id == folder.lastPathComponent)
    }

    @Test("a date that is not ISO yyyy-MM-dd is refused with its line")
    func badDate() {
        let error = expectInputError { _ = try markdown("---\ntitle: T\ndate: 30/03/2020\n---\nText.") }
        #expect(error?.file == "test.md")
        #expect(error?.line == 3)
        #expect(error?.message.contains("yyyy-MM-dd") == true)
        #expect(expectInputError { _ = try markdown("---\ndate: 2021-02-29\n---\nText.") }?.line == 2)
    }

    @Test("unclosed front matter, malformed YAML and a bad id are refused with a position")
    func malformedFrontMatter() {
        let unclosed = expectInputError { _ = try markdown("---\ntitle: T\n\nText without a closing fence.") }
        #expect(unclosed?.line == 1)
        #expect(unclosed?.message.contains("never closed") == true)
        let yaml = expectInputError { _ = try markdown("---\ntitle: T\nauthor: [unclosed\ncategory: x\n---\nText.") }
        #expect(yaml?.line != nil)
        #expect(yaml?.message.contains("YAML") == true)
        let notMapping = expectInputError { _ = try markdown("---\n- a\n- b\n---\nText.") }
        #expect(notMapping?.message.contains("mapping") == true)
        let badID = expectInputError { _ = try markdown("---\nid: ../etc\n---\nText.") }
        #expect(badID?.line == 2)
    }

    /// Tenth trial, finding 11: the error of an unquoted value with ": " named YAML's rule only.
    @Test("an unquoted value holding \": \" is refused with the quoted line to write instead")
    func unquotedColon() {
        let error = expectInputError { _ = try markdown("---\ntitle: Safe to school: a guide for parents\nauthor: An\n---\nText.") }
        #expect(error?.line == 2)
        #expect(error?.message.contains("mapping values are not allowed") == true)
        #expect(error?.message.contains(#"must be quoted: title: "Safe to school: a guide for parents""#) == true)
    }

    @Test("a leading # heading is the title when the front matter has none; later ones are headings")
    func titleFromHeading() throws {
        #expect(outline(try markdown("# The title\n\nText.\n\n# Another part\n\nMore.")) ==
                ["title: The title", "paragraph: Text.", "heading/1: Another part", "paragraph: More."])
        #expect(outline(try markdown("Text first.\n\n# Not a title")) == ["paragraph: Text first.", "heading/1: Not a title"])
        #expect(outline(try markdown("---\ntitle: Front\n---\n# Body heading")) == ["title: Front", "heading/1: Body heading"])
    }

    // MARK: Ink 0.6 defects, each with the input that shows it

    @Test("snake_case_word is text, not emphasis (Ink 0.6 reads it as emphasis)")
    func snakeCase() throws {
        let article = try markdown("Set snake_case_word and __init__ but _this_ is emphasis.")
        #expect(outline(article) == ["paragraph: Set snake_case_word and {strong#1}init{/strong#1} but {emphasis#2}this{/emphasis#2} is emphasis."])
    }

    @Test("<https://…> and <address@host> autolinks become links (Ink 0.6 passes them through raw)")
    func autolinks() throws {
        let article = try markdown("See <https://example.com/a_b?x=1&copy=2> or write to <info@example.be>.")
        #expect(outline(article) == ["paragraph: See {link#1 href=https://example.com/a_b?x=1&copy=2}https://example.com/a_b?x=1&copy=2{/link#1} or write to {link#2 href=mailto:info@example.be}info@example.be{/link#2}."])
    }

    @Test("link titles stay out of the href and become attached caption blocks (Ink 0.6 breaks the href)")
    func linkTitles() throws {
        let article = try markdown("""
        Visit [the site](https://www.betternet.be/en "Belgian Safer Internet Centre") or [that one](<https://x.be/a b> 'Single').
        """)
        #expect(outline(article) == [
            "paragraph: Visit {link#1 href=https://www.betternet.be/en}the site{/link#1} or {link#2 href=https://x.be/a b}that one{/link#2}.",
            "caption: {*other#1 attribute=title,owner=0:1}Belgian Safer Internet Centre",
            "caption: {*other#1 attribute=title,owner=0:2}Single",
        ])
    }

    @Test("setext headings are read (Ink 0.6 has none)")
    func setextHeadings() throws {
        let article = try markdown("""
        Safer Internet Day
        ==================

        Text.

        A part that
        wraps
        ---------

        More text.
        """)
        #expect(outline(article) == ["title: Safer Internet Day", "paragraph: Text.", "heading/2: A part that wraps", "paragraph: More text."])
    }

    @Test("a thematic break after a blank line stays a break (a block without text since session 19), not a heading")
    func thematicBreak() throws {
        #expect(outline(try markdown("Para one.\n\n---\n\nPara two.")) == ["paragraph: Para one.", "paragraph: {*other#1 html=<hr>}", "paragraph: Para two."])
    }

    @Test("backslash escapes keep punctuation literal (Ink 0.6 still reads \\* as emphasis)")
    func backslashEscapes() throws {
        #expect(outline(try markdown(#"A \*literal\* star, a \_literal\_ underscore, \[brackets\] and \`ticks\`."#)) ==
                ["paragraph: A *literal* star, a _literal_ underscore, [brackets] and `ticks`."])
    }

    @Test("soft-wrapped lines starting with #, -, < or ` stay in the paragraph (Ink 0.6 starts a new block)")
    func softWraps() throws {
        let article = try markdown("Follow the campaign\n#SID2020 and the\n-minded people at\n<b>B-BICO</b> with\n`code`.")
        #expect(outline(article) == ["paragraph: Follow the campaign #SID2020 and the -minded people at {strong#1}B-BICO{/strong#1} with {*code#2 markup=<code>code</code>,text=code}."])
    }

    @Test("a hard line break (two spaces or a backslash) is a standalone line-break code")
    func hardBreaks() throws {
        #expect(outline(try markdown("Line one  \nline two\\\nline three")) ==
                ["paragraph: Line one{*lineBreak#1}line two{*lineBreak#2}line three"])
        // A hard break is one space of the plain text (it used to read "Line oneline twoline three").
        #expect(try markdown("Line one  \nline two\\\nline three").blocks.map(\.content.plainText) == ["Line one line two line three"])
    }

    @Test("a paragraph of only &nbsp; or U+00A0 is dropped like an empty one")
    func whiteSpaceParagraph() throws {
        #expect(outline(try markdown("Before.\n\n&nbsp;\n\n\u{A0}\u{A0}\n\n**&nbsp;**\n\nAfter.")) == ["paragraph: Before.", "paragraph: After."])
        #expect(try markdown("---\ntitle: \"\u{A0}\"\n---\n\nText.").blocks.map(\.kind) == [.paragraph])
    }

    @Test("an image alone in its paragraph is a caption block holding the alt text")
    func imageAlone() throws {
        let article = try markdown("Text.\n\n![Image from the *website*](images/sid2020.jpg)\n\nMore.")
        #expect(outline(article) == ["paragraph: Text.", "caption: {*image#1 src=images/sid2020.jpg}Image from the website", "paragraph: More."])
    }

    @Test("an image with a title keeps the title as an attached block")
    func imageTitle() throws {
        let article = try markdown(#"![Alt text](a.png "Photo: Belga")"#)
        #expect(outline(article) == ["caption: {*image#1 src=a.png}Alt text", "caption: {*other#1 attribute=title,owner=0:1}Photo: Belga"])
    }

    @Test("an image at the start of a paragraph stays in it (Ink 0.6 cuts it out); its alt becomes an attached block")
    func imageInText() throws {
        let article = try markdown("![logo](l.png) B-BICO brings partners together.")
        #expect(outline(article) == [
            // The space after the image is recorded on it: the plain text does not start with a space.
            "paragraph: {*image#1 space-after=yes,src=l.png}B-BICO brings partners together.",
            "caption: {*other#1 attribute=alt,owner=0:1}logo",
        ])
    }

    @Test("two images in one paragraph become two caption blocks")
    func twoImages() throws {
        #expect(outline(try markdown("![One](1.png)\n![Two](2.png)")) ==
                ["caption: {*image#1 src=1.png}One", "caption: {*image#1 src=2.png}Two"])
    }

    @Test("an empty quote line separates two quote blocks (Ink 0.6 glues them)")
    func quotes() throws {
        #expect(outline(try markdown("> First quoted paragraph.\n>\n> Second one.")) ==
                ["quote: First quoted paragraph.", "quote: Second one."])
    }

    @Test("reference links and definitions with titles")
    func referenceLinks() throws {
        let article = try markdown("""
        See [the portal][bik], [Child Focus][] and [Insafe].

        [bik]: https://www.betterinternetforkids.eu "BIK portal"
        [child focus]: https://www.childfocus.be
        [Insafe]: <https://www.insafe.eu>
        """)
        #expect(outline(article) == [
            // `ref` keeps the label as written (empty: the link text is the label), so that the renderer
            // writes reference links back (trial 4, item 15).
            "paragraph: See {link#1 href=https://www.betterinternetforkids.eu,ref=bik}the portal{/link#1}, {link#2 href=https://www.childfocus.be,ref=}Child Focus{/link#2} and {link#3 href=https://www.insafe.eu,ref=}Insafe{/link#3}.",
            "caption: {*other#1 attribute=title,owner=0:1}BIK portal",
        ])
    }

    @Test("brackets that are not links stay text")
    func bracketsWithoutLink() throws {
        #expect(outline(try markdown("An [aside] and [another][missing] one.")) == ["paragraph: An [aside] and [another][missing] one."])
    }

    @Test("code spans are codes holding their text (not translated; trial 4, item 16); multi-backtick spans work")
    func codeSpans() throws {
        let article = try markdown("Run `a_b *c* [d](e)` or ``x ` y``. Call `1722` for help.")
        #expect(outline(article) == [
            "paragraph: Run {*code#1 markup=<code>a_b *c* [d](e)</code>,space-after=yes,text=a_b *c* [d](e)}or "
                + "{*code#2 markup=<code>x ` y</code>,text=x ` y}. Call {*code#3 markup=<code>1722</code>,space-after=yes,text=1722}for help.",
        ])
        #expect(article.blocks[0].content.plainText == "Run or . Call for help.")
        #expect(MarkdownRenderer.render(article).hasSuffix("Run `a_b *c* [d](e)` or ``x ` y``. Call `1722` for help.\n"))
    }

    @Test("fenced code blocks (backticks and tildes) are one code holding the block as written, never translated")
    func fencedCode() throws {
        let expected = ["paragraph: Before.", "paragraph: {*code#1 display=block,text=let a_b = 1\nprint(a_b)}", "paragraph: After."]
        #expect(outline(try markdown("Before.\n\n```swift\nlet a_b = 1\nprint(a_b)\n```\n\nAfter.")) == expected)
        #expect(outline(try markdown("Before.\n\n~~~\nlet a_b = 1\nprint(a_b)\n~~~\n\nAfter.")) == expected)
    }

    @Test("lists: nesting depth, ordered flag")
    func lists() throws {
        let article = try markdown("- One\n- Two\n  - Two a\n- Three\n\n1. First\n2. Second")
        #expect(outline(article) == ["listItem/1: One", "listItem/1: Two", "listItem/2: Two a", "listItem/1: Three",
                                     "listItem/1o: First", "listItem/1o: Second"])
    }

    @Test("tables: one block per cell, level = column")
    func tables() throws {
        let article = try markdown("| Country | Pupils |\n|---|---|\n| Belgium | 3 000 |\n| France | 12\\|13 |")
        #expect(outline(article) == ["tableCell/1: Country", "tableCell/2: Pupils", "tableCell/1: Belgium", "tableCell/2: 3 000",
                                     "tableCell/1: France", "tableCell/2: 12|13"])
    }

    @Test("inline codes: ids are unique per block and closings share their opening's id")
    func inlineCodeIDs() throws {
        let article = try markdown("A *b* **c** [d *e*](f) `g`.\n\nSecond [h](i).")
        #expect(outline(article) == [
            "paragraph: A {emphasis#1}b{/emphasis#1} {strong#2}c{/strong#2} {link#3 href=f}d {emphasis#4}e{/emphasis#4}{/link#3} {*code#5 markup=<code>g</code>,text=g}.",
            "paragraph: Second {link#1 href=i}h{/link#1}.",
        ])
    }

    @Test("a link may span two sentences")
    func linkAcrossSentences() throws {
        #expect(outline(try markdown("Read [the first sentence. And the second](https://x.be) now.")) ==
                ["paragraph: Read {link#1 href=https://x.be}the first sentence. And the second{/link#1} now."])
    }

    @Test("entities and raw inline HTML")
    func entitiesAndHTML() throws {
        #expect(outline(try markdown("Caf&eacute; &amp; bar&nbsp;: H<sub>2</sub>O and x<sup>2</sup>, <u>under</u>, ~~gone~~.")) ==
                ["paragraph: Café & bar\u{00A0}: H{subscript#1}2{/subscript#1}O and x{superscript#2}2{/superscript#2}, {underline#3}under{/underline#3}, {other#4 element=s}gone{/other#4}."])
    }

    @Test("whitespace at the inner edge of an emphasis moves outside it")
    func edgeWhitespace() throws {
        #expect(outline(try markdown("A<em> spaced </em>word.")) == ["paragraph: A {emphasis#1}spaced{/emphasis#1} word."])
    }

    @Test("the shipped example's shape: title, strong, links, image caption")
    func exampleShape() throws {
        let article = try ArticleReader.read(fixture("mechelen-helpdesk/article.md"), locale: "en")
        #expect(article.blocks.first?.kind == .title)
        #expect(article.blocks.contains { $0.kind == .caption && $0.content.codes.first?.type == .image })
        #expect(article.blocks.allSatisfy { $0.content.unpairedCodes.isEmpty })
    }
}
