import Articles
import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing

/// The parts of a block that rendering must preserve (the source line may move).
struct BlockShape: Equatable, CustomStringConvertible {
    var kind: BlockKind, level: Int?, ordered: Bool, role: BlockRole?, content: RichText, quote: Int?, figure: Int?
    init(_ block: Block) {
        kind = block.kind; level = block.level; ordered = block.ordered; role = block.role; content = block.content
        quote = block.quote; figure = block.figure
    }
    /// The shape without what only Markdown writes: the `ref` label of reference links and images, and
    /// the markup of an embed as written (a page gives it back as libxml2 serializes it; its translatable
    /// attributes, the slots, are compared).
    var withoutMarkdownForms: BlockShape {
        var shape = self
        shape.content = RichText(content.elements.compactMap { element in
            guard case .code(var code) = element else { return element }
            if code.attributes["html"] != nil { return nil }
            code.attributes["ref"] = nil
            return .code(code)
        })
        return shape
    }
    var description: String { "\(kind.rawValue)\(level.map { "/\($0)" } ?? "")\(ordered ? "o" : "")\(role.map { "[\($0.rawValue)]" } ?? ""): \(notation(content))" }
}

@Suite("Markdown renderer")
struct MarkdownRendererTests {
    /// Markdown that exercises every inline code and block kind the reader produces.
    static let everything = ##"""
    ---
    title: 'A title with "quotes" and a colon: here'
    date: 2020-03-30
    author: Taalgrens team
    category: Tests
    tags: [one, two]
    ---

    Intro with *emphasis*, **strong**, `code`, ``a ` tick``, a [link](https://x.be/a_b?q=1&copy=2 "Link title") and a
    [link that spans two sentences. Here is the second](<https://x.be/with space>) one, snake_case_word,
    literal \*stars\*, \_underscores\_, \[brackets\], a <https://auto.link/x_y>, cyber&shy;pesten, a \<tag\>,
    A&amp;B, ~~gone~~, H<sub>2</sub>O, x<sup>2</sup> and <u>under</u>.

    \# not a heading, and
    1\. not a list either.

    Line one\
    line two  
    line three

    ## A heading with *style*

    - Item one with a [link](/one)
    - Item two
      - Nested *item*
    - Item three

    1. First
    2. Second

    > A quote with **strong** text.

    > A second quote.

    ![An image *description*](images/photo.jpg "Photo: Belga")

    Text with an inline ![icon](i.png) image.

    | Country | Pupils |
    | --- | --- |
    | Belgium | 3 000 |
    | France \| Monaco | 12 |

    ```
    let a_b = 1
    print(a_b)
    ```

    Setext heading
    --------------

    Strong next to emphasis: **bold***italic* and *“quoted”*text.
    """##

    @Test("reading, rendering and reading again gives the same blocks")
    func roundTrip() throws {
        let first = try markdown(Self.everything)
        let rendered = MarkdownRenderer.render(first)
        let second = try markdown(rendered)
        #expect(second.blocks.map(BlockShape.init) == first.blocks.map(BlockShape.init), "\(rendered)")
        #expect(second.metadata == first.metadata)
        // And the output is stable.
        #expect(MarkdownRenderer.render(second) == rendered)
    }

    @Test("the development article and the shipped examples round-trip")
    func examplesRoundTrip() throws {
        var files = [fixture("mechelen-helpdesk/article.md")]
        let examples = repositoryRoot.appendingPathComponent("Examples/articles")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        if folders.isEmpty { Issue.record("no example articles under \(examples.path)") }
        for folder in folders.sorted() {
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: examples.appendingPathComponent(folder).path)) ?? []).sorted() where name.hasSuffix(".md") {
                files.append(examples.appendingPathComponent(folder).appendingPathComponent(name))
            }
        }
        for file in files {
            let locale = LanguageTag(file.deletingPathExtension().lastPathComponent) ?? "en"
            let first = try ArticleReader.read(file, locale: locale, articleID: "x")
            let second = try markdown(MarkdownRenderer.render(first), locale: locale)
            #expect(second.blocks.map(BlockShape.init) == first.blocks.map(BlockShape.init), "\(file.path)")
        }
    }

    @Test("emphasis after a line break: the delimiters see the characters around them (a break is a space of plain text)")
    func emphasisAfterLineBreak() throws {
        // `*“quoted”*text` cannot close with `*` (CommonMark 6.2: punctuation before, a letter after), so the
        // renderer must write <em>; it looks at the plain text after the emphasis, where the break counts.
        let first = try markdown("Line one  \n*“quoted”*text and *more*.")
        #expect(first.blocks.map(\.content.plainText) == ["Line one “quoted”text and more."])
        let rendered = MarkdownRenderer.render(first)
        let second = try markdown(rendered)
        #expect(second.blocks.map(BlockShape.init) == first.blocks.map(BlockShape.init), "\(rendered)")
        #expect(rendered.contains("Line one\\\n<em>“quoted”</em>text and *more*."), "\(rendered)")
    }

    @Test("the exact output for a small article")
    func exactOutput() throws {
        let article = try markdown("""
        ---
        title: Titel
        date: 2020-03-30
        ---

        Een *klein* artikel met een [link](https://x.be "Titel van de link").

        - een
          - twee

        > Citaat.
        """, locale: "nl-BE")
        #expect(MarkdownRenderer.render(article) == """
        ---
        title: Titel
        id: test
        date: 2020-03-30
        ---

        Een *klein* artikel met een [link](https://x.be "Titel van de link").

        - een
          - twee

        > Citaat.

        """)
    }

    @Test("text that looks like Markdown is escaped")
    func escaping() throws {
        let article = Article(id: "x", locale: "en", format: .markdown, blocks: [
            Block(kind: .paragraph, content: "# 1. *a* _b_ snake_case [c](d) <e> `f` \\ g~~h A&amp;B"),
            Block(kind: .paragraph, content: "- not a list"),
            Block(kind: .paragraph, content: "2020. A year"),
        ])
        let rendered = MarkdownRenderer.render(article)
        #expect(rendered.contains(##"\# 1. \*a\* \_b\_ snake_case \[c\](d) \<e> \`f\` \\ g\~\~h A\&amp;B"##))
        #expect(rendered.contains("\\- not a list"))
        #expect(rendered.contains("2020\\. A year"))
        let back = try markdown(rendered)
        #expect(back.blocks.map(\.content.plainText) == article.blocks.map(\.content.plainText))
        #expect(back.blocks.allSatisfy { $0.content.isPlain })
    }

    @Test("French typography applies to the rendered text, not to URLs or code")
    func typography() throws {
        let article = Article(id: "x", locale: "fr-BE", format: .markdown, blocks: [
            Block(kind: .title, content: "Le but: sensibiliser"),
            Block(kind: .paragraph, content: RichText([
                .text("Voir "), .code(InlineCode(id: "1", kind: .opening, type: .link, attributes: ["href": "https://x.be/?a=1:2"])),
                .text("le site"), .code(InlineCode(id: "1", kind: .closing, type: .link)), .text("! Et "),
                .code(InlineCode(id: "2", kind: .opening, type: .code)), .text("a:b;c?"), .code(InlineCode(id: "2", kind: .closing, type: .code)),
                .text(" ; \"oui\"."),
            ])),
        ])
        let typography = try #require(try Typography.load(for: "fr-BE", in: DataDirectory(root: repositoryRoot)))
        let rendered = MarkdownRenderer.render(article, typography: typography)
        #expect(rendered.contains("title: 'Le but\u{00A0}: sensibiliser'"))
        #expect(rendered.contains("Voir [le site](https://x.be/?a=1:2)\u{202F}! Et `a:b;c?`\u{202F}; «\u{202F}oui\u{202F}»."))
    }
}

@Suite("HTML renderer")
struct HTMLRendererTests {
    @Test("a complete page: lang, title, style, byline with the localised date, blocks")
    func page() throws {
        let article = try ArticleReader.read(fixture("mechelen-helpdesk/article.md"), locale: "en-BE", articleID: "mechelen-helpdesk")
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-BE\">\n<head>\n<meta charset=\"utf-8\">"))
        #expect(page.contains("<title>Mechelen libraries open a digital help desk for parents</title>"))
        #expect(page.contains("<style>"))
        #expect(page.contains("<time datetime=\"2020-10-05\">5 October 2020</time>"))
        #expect(page.contains("<a href=\"https://www.betternet.be/en\">Belgian Safer Internet Centre</a>. Advice is <strong>free of charge</strong>."))
        #expect(page.contains("<figure>\n<img src=\"images/helpdesk.jpg\" alt=\"Two volunteers at the help desk in the main library\">\n</figure>"))
        #expect(page.contains("<ul>\n<li>How do I set up parental controls on a games console?</li>\n<li>"))
        #expect(page.contains("<blockquote>\n<p>“Many parents"))
        #expect(page.hasSuffix("</article>\n</body>\n</html>\n"))
    }

    @Test("reading the rendered page gives the same blocks and metadata", arguments: ["article.md", "article.html"])
    func roundTrip(_ name: String) throws {
        let article = try ArticleReader.read(fixture("mechelen-helpdesk/\(name)"), locale: "en", articleID: "mechelen-helpdesk")
        let back = try html(HTMLRenderer.render(article, typography: nil))
        #expect(back.blocks.map(BlockShape.init) == article.blocks.map(BlockShape.init))
        #expect(back.metadata["date"] == article.metadata["date"])
        #expect(back.metadata["author"] == article.metadata["author"])
        #expect(back.metadata["lang"] == "en")
    }

    @Test("every inline code and block kind renders and reads back")
    func everything() throws {
        let article = try markdown(MarkdownRendererTests.everything)
        let back = try html(HTMLRenderer.render(article, typography: nil))
        #expect(back.blocks.map(BlockShape.init) == article.blocks.map(BlockShape.init))
    }

    @Test("French typography and date in the page")
    func french() throws {
        let article = try markdown("""
        ---
        title: Ensemble pour un meilleur internet !
        date: 2020-03-30
        ---

        Le thème « Ensemble pour un meilleur internet ! » Le but : sensibiliser; "vraiment"? Voir https://x.be/?a=1 à 14:30.
        """, locale: "fr-BE")
        let typography = try #require(try Typography.load(for: "fr", in: DataDirectory(root: repositoryRoot)))
        let page = HTMLRenderer.render(article, typography: typography)
        #expect(page.contains("<html lang=\"fr-BE\">"))
        #expect(page.contains("<h1>Ensemble pour un meilleur internet\u{202F}!</h1>"))
        #expect(page.contains("<time datetime=\"2020-03-30\">30 mars 2020</time>"))
        #expect(page.contains("<p>Le thème «\u{202F}Ensemble pour un meilleur internet\u{202F}!\u{202F}» Le but\u{00A0}: sensibiliser\u{202F}; «\u{202F}vraiment\u{202F}»\u{202F}? Voir https://x.be/?a=1 à 14:30.</p>"))
    }

    @Test("Dutch quotation marks and date")
    func dutch() throws {
        let article = try markdown("---\ntitle: T\ndate: 2020-03-30\n---\n\nHet thema \"Samen voor een beter internet\" en 's nachts.", locale: "nl-BE")
        let typography = try Typography.load(for: "nl-BE", in: DataDirectory(root: repositoryRoot))
        let page = HTMLRenderer.render(article, typography: typography)
        #expect(page.contains("<time datetime=\"2020-03-30\">30 maart 2020</time>"))
        #expect(page.contains("<p>Het thema “Samen voor een beter internet” en ’s nachts.</p>"))
    }

    @Test("attached alt and title blocks fill their owners' attributes")
    func attributes() throws {
        let article = try markdown(#"See [x](/x "The X page") and ![an icon](i.png "Icon") here."#)
        let page = HTMLRenderer.render(article, typography: nil)
        #expect(page.contains(#"<p>See <a href="/x" title="The X page">x</a> and <img src="i.png" alt="an icon" title="Icon"> here.</p>"#))
        #expect(!page.contains("<p>The X page</p>"))
    }

    @Test("unpaired codes still give well-formed markup")
    func unpaired() {
        let article = Article(id: "x", locale: "en", format: .markdown, blocks: [
            Block(kind: .paragraph, content: RichText([.code(InlineCode(id: "1", kind: .opening, type: .emphasis)), .text("a"),
                                                       .code(InlineCode(id: "2", kind: .closing, type: .strong)), .text("b")])),
        ])
        #expect(HTMLRenderer.render(article, typography: nil).contains("<p><em>ab</em></p>"))
    }
}

@Suite("Typography and dates")
struct TypographyTests {
    static let data = DataDirectory(root: repositoryRoot)

    @Test("French spacing: narrow no-break space before ; ! ? and inside « », no-break space before :")
    func frenchSpacing() throws {
        let fr = try #require(try Typography.load(for: "fr-BE", in: Self.data))
        let cases: [(String, String)] = [
            ("Vraiment? Oui!", "Vraiment\u{202F}? Oui\u{202F}!"),
            ("Le but : sensibiliser", "Le but\u{00A0}: sensibiliser"),
            ("Le but\u{00A0}: x ; y", "Le but\u{00A0}: x\u{202F}; y"),
            ("« Ensemble ! »", "«\u{202F}Ensemble\u{202F}!\u{202F}»"),
            ("«Ensemble»", "«\u{202F}Ensemble\u{202F}»"),
            ("\"Ensemble\"", "«\u{202F}Ensemble\u{202F}»"),
            ("Quoi?!", "Quoi\u{202F}?!"),
            ("à 14:30 ou 14 h 30", "à 14:30 ou 14 h 30"),
            ("https://x.be/?id=3; www.x.be/a?b mail@x.be:", "https://x.be/?id=3; www.x.be/a?b mail@x.be:"),
            ("(?) et [!]", "(?) et [!]"),
            ("l'internet d'aujourd'hui", "l’internet d’aujourd’hui"),
        ]
        for (input, expected) in cases {
            #expect(Array(fr.apply(to: input).unicodeScalars) == Array(expected.unicodeScalars), "\(input)")
        }
    }

    @Test("spaces go before marks after a closing code, and code spans are left alone")
    func acrossCodes() throws {
        let fr = try #require(try Typography.load(for: "fr", in: Self.data))
        let content = RichText([.code(InlineCode(id: "1", kind: .opening, type: .strong)), .text("mot"),
                                .code(InlineCode(id: "1", kind: .closing, type: .strong)), .text("! "),
                                .code(InlineCode(id: "2", kind: .opening, type: .code)), .text("x?"),
                                .code(InlineCode(id: "2", kind: .closing, type: .code))])
        #expect(notation(fr.apply(to: content)) == "{strong#1}mot{/strong#1}\u{202F}! {code#2}x?{/code#2}")
    }

    @Test("English and Dutch rules leave spacing alone")
    func otherLocales() throws {
        let nl = try #require(try Typography.load(for: "nl-BE", in: Self.data))
        let en = try #require(try Typography.load(for: "en", in: Self.data))
        #expect(nl.apply(to: "Echt? \"Ja\": zo.") == "Echt? “Ja”: zo.")
        #expect(en.apply(to: "Really? \"Yes\": it's so.") == "Really? “Yes”: it’s so.")
        #expect(try Typography.load(for: "de", in: Self.data) == nil)
    }

    @Test("straight single quotes: quotation marks in pairs, apostrophes inside words, before elided years and elisions", arguments: [
        // Trial 5, item 12: the opening quote became ’ and the elided year kept its straight quote.
        ("nl-BE", "De 'ultra's' waren er in de jaren '90 ook al.", "De ‘ultra’s’ waren er in de jaren ’90 ook al."),
        ("nl-BE", "De wedstrijd begint 's avonds.", "De wedstrijd begint ’s avonds."),
        ("nl-BE", "Foto's van de auto's uit 's-Hertogenbosch.", "Foto’s van de auto’s uit ’s-Hertogenbosch."),
        ("nl-BE", "'t Is 'nee', zei hij.", "’t Is ‘nee’, zei hij."),
        ("nl-BE", "\"'Sport' is alles\", zegt ze.", "“‘Sport’ is alles”, zegt ze."),
        ("nl-BE", "Van '20 tot '24 en in 1990.", "Van ’20 tot ’24 en in 1990."),
        ("en", "The 'ultras' were there in the '90s too.", "The ‘ultras’ were there in the ’90s too."),
        ("en", "The students' books and 'Tis the season.", "The students’ books and ’Tis the season."),
        ("en", "He said 'No!' and left; 'twas late.", "He said ‘No!’ and left; ’twas late."),
        ("en", "Rock'n'roll in '68 ' alone", "Rock’n’roll in ’68 ' alone"),
        ("fr-BE", "Dans les années '90, l'idée d'aujourd'hui.", "Dans les années ’90, l’idée d’aujourd’hui."),
        ("fr-BE", "Il a dit 'non' hier.", "Il a dit “non” hier."),
    ])
    func singleQuotes(locale: String, input: String, expected: String) throws {
        let typography = try #require(try Typography.load(for: LanguageTag(locale)!, in: Self.data))
        #expect(typography.apply(to: input) == expected)
    }

    @Test("without single quotation marks, a quoted word's quotes are apostrophes where one fits; code and URLs are left alone")
    func singleQuotesWithoutMarks() throws {
        let plain = Typography(apostrophe: "’")
        #expect(plain.apply(to: "De 'ultra's' in '90.") == "De ’ultra’s’ in ’90.")
        let nl = try #require(try Typography.load(for: "nl-BE", in: Self.data))
        let content = RichText([.text("Zie 'x' en "), .code(InlineCode(id: "1", kind: .opening, type: .code)), .text("'y'"),
                                .code(InlineCode(id: "1", kind: .closing, type: .code)), .text(" op https://a.be/'z'")])
        #expect(notation(nl.apply(to: content)) == "Zie ‘x’ en {code#1}'y'{/code#1} op https://a.be/'z'")
    }

    @Test("a malformed typography.json is refused naming the file")
    func malformed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let locale = folder.appendingPathComponent("Locales/de-BE")
        try FileManager.default.createDirectory(at: locale, withIntermediateDirectories: true)
        let file = locale.appendingPathComponent("typography.json")
        try Data(#"{"spaceBefore": {"?!": " "}}"#.utf8).write(to: file)
        #expect(expectInputError { _ = try Typography.load(for: "de-BE", in: DataDirectory(root: folder)) }?.file == file.path)
        try Data(#"{"quotes": "«»"}"#.utf8).write(to: file)
        #expect(expectInputError { _ = try Typography.load(from: file) }?.message.contains("quotes") == true)
        try Data(#"{"quotes": {"open": "„", "close": "“"}}"#.utf8).write(to: file)
        #expect(try Typography.load(for: "de", in: DataDirectory(root: folder))?.apply(to: "\"Ja\"") == "„Ja“")
    }

    @Test("dates in the locale's long format", arguments: [
        ("nl-BE", "30 maart 2020"), ("fr-BE", "30 mars 2020"), ("en-BE", "30 March 2020"), ("en-GB", "30 March 2020"),
        ("en", "March 30, 2020"), ("nl", "30 maart 2020"),
    ])
    func dates(_ locale: String, _ expected: String) {
        #expect(LocalizedDate.format(isoDate: "2020-03-30", locale: LanguageTag(locale)!) == expected)
    }

    @Test("invalid dates give nil")
    func invalidDates() {
        #expect(LocalizedDate.format(isoDate: "2020-02-30", locale: "nl-BE") == nil)
        #expect(LocalizedDate.format(isoDate: "30/03/2020", locale: "nl-BE") == nil)
        #expect(LocalizedDate.format(isoDate: "2020-02-29", locale: "fr-BE") == "29 février 2020")
    }

    /// Twelfth trial, finding 12: the fr-BE byline of an article dated 2026-12-01 read "1 décembre 2026".
    @Test("French writes the first of a month as 1er, other days and languages as cardinals", arguments: [
        ("2026-12-01", "fr-BE", "1er décembre 2026"), ("2026-01-01", "fr", "1er janvier 2026"),
        ("2026-12-02", "fr-BE", "2 décembre 2026"), ("2026-12-11", "fr-BE", "11 décembre 2026"),
        ("2026-12-21", "fr-BE", "21 décembre 2026"), ("2026-12-01", "nl-BE", "1 december 2026"),
    ])
    func frenchFirstOfTheMonth(_ iso: String, _ locale: String, _ expected: String) {
        #expect(LocalizedDate.format(isoDate: iso, locale: LanguageTag(locale)!) == expected)
    }
}

/// Generated Markdown made of the characters and constructs the readers and renderers treat specially.
/// The generator is seeded, so the cases are the same on every run.
@Suite("Round trip on generated Markdown")
struct GeneratedRoundTripTests {
    static let pieces: [String] = ["*", "_", "`", "[", "]", "(", ")", "<", ">", "!", "#", "-", "\n", "\n\n", " ", "a", "b", "é",
                                   "\\", "&", ";", "|", "~", "\"", "1.", "http://x", ":", "\u{AD}", "  \n", "> ", "- ", "```",
                                   "<em>", "</em>", "[a](b)", "![i](s)", "**", "__init__", "&amp;", "<br>", "[x]: y", "[x]",
                                   "<https://a.b/c_d>", "| a | b |\n|---|---|\n", "Title\n===\n", "1. ", "  - ", "~~"]

    /// Footnotes, embeds, abbreviations, reference links, autolinks and single tildes (trial 4, items 2,
    /// 3, 4 and 15), mixed with the pieces above.
    static let laterPieces: [String] = ["a[^1]", "\n\n[^1]: A *note* [^1]\n\n", "[^n]", "\n\n<div class=\"e\"><iframe src=\"v\" title=\"T & t\"></iframe></div>\n\n",
                                        "<abbr title=\"x y\">XY</abbr>", "H~2~O", "<https://a.b>", "<a@b.be>", "[r][x]", "\n\n[x]: /u \"t\"\n\n",
                                        "![](p.png)", " ![](q.png) "]

    @Test("Markdown → blocks → Markdown → blocks, and → HTML → blocks, keep the blocks (400 seeded cases)")
    func generated() throws {
        try roundTrips(pieces: Self.pieces, seed: 20_200_330, cases: 400)
    }

    @Test("the same with footnotes, embeds, abbreviations, reference links and autolinks (400 seeded cases)")
    func generatedLater() throws {
        try roundTrips(pieces: Self.pieces + Self.laterPieces + Self.laterPieces, seed: 20_261_130, cases: 400)
    }

    func roundTrips(pieces: [String], seed: UInt64, cases: Int) throws {
        var generator = SplitMix(seed: seed)
        for n in 0..<cases {
            var body = ""
            for _ in 0..<Int.random(in: 1...40, using: &generator) { body += pieces.randomElement(using: &generator)! }
            let source = "---\ntitle: T\n---\n" + body
            let first = try markdown(source)
            let rendered = MarkdownRenderer.render(first)
            let second = try markdown(rendered)
            #expect(second.blocks.map(BlockShape.init) == first.blocks.map(BlockShape.init), "case \(n): \(source.debugDescription) → \(rendered.debugDescription)")
            // The page carries no Markdown form: a reference link is an ordinary link there (`ref` is
            // Markdown's label), and a raw HTML block kept as written is read back from the page's markup.
            let page = try html(HTMLRenderer.render(first, typography: nil))
            #expect(page.blocks.map(BlockShape.init).map(\.withoutMarkdownForms) == first.blocks.map(BlockShape.init).map(\.withoutMarkdownForms),
                    "case \(n): \(source.debugDescription)")
        }
    }
}
