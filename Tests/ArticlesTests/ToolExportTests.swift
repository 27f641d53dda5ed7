import Articles
import Foundation
import TaalgrensCore
import Testing

/// Articles as real tools export them (session 12, `docs/articles.md`): a WordPress post page, a Google Docs
/// "Download as HTML", pandoc's Markdown of a Word file, a Mailchimp newsletter and a Docusaurus MDX page,
/// each written by the team in en, nl-BE and fr-BE (`Tests/Fixtures/articles/tool-exports`). Each test keeps
/// what was read wrong before and the right value.
@Suite struct ToolExportTests {
    static let files: [(kind: String, ext: String)] = [("wordpress", "html"), ("google-docs", "html"), ("pandoc", "md"),
                                                        ("mailchimp", "html"), ("mdx", "mdx")]

    func read(_ kind: String, _ ext: String, _ locale: LanguageTag) throws -> Article {
        try ArticleReader.read(fixture("tool-exports/\(kind)").appendingPathComponent("\(locale.identifier).\(ext)"),
                               locale: locale, articleID: kind)
    }

    /// The three versions of each export give blocks of the same kinds in the same order, and no chrome.
    @Test(arguments: files.map(\.kind))
    func versionsHaveTheSameBlocks(_ kind: String) throws {
        let ext = Self.files.first { $0.kind == kind }!.ext
        let en = try read(kind, ext, "en")
        for locale: LanguageTag in ["nl-BE", "fr-BE"] {
            let other = try read(kind, ext, locale)
            #expect(other.blocks.map(\.kind) == en.blocks.map(\.kind), "\(kind) \(locale.identifier)")
            #expect(other.blocks.map(\.level) == en.blocks.map(\.level), "\(kind) \(locale.identifier)")
        }
        let chrome = ["Posted on", "Share this", "Leave a Reply", "Recent Posts", "Read More", "Accept", "Proudly", "Skip to content",
                      "Check this figure", "Confirmed", "[a]", "[1]", "View this email", "unsubscribe", "Copyright", "mailing address",
                      "{width", "{#", "import ", "TODO"]
        for block in en.blocks {
            for word in chrome { #expect(!block.content.plainText.contains(word), "\(kind): \(word) in \(block.content.plainText)") }
        }
    }

    /// WordPress: the theme's "Posted on … by …" line was a paragraph (post data is the article's metadata), a
    /// block footnote's reference was a superscript "1" glued to the next sentence and its note kept "↩︎",
    /// and the comment form's heading "Leave a Reply" was text.
    @Test func wordPressPost() throws {
        let article = try read("wordpress", "html", "en")
        let lines = outline(article)
        #expect(lines[0] == "title: Tram 9 reaches the Heysel two years late")
        #expect(lines[1].hasPrefix("paragraph: {strong#1}The extended tram line\u{00A0}9 opened"))
        #expect(lines.contains("paragraph: The STIB says trams will run every six minutes at peak hours.{*other#1 footnote=1,markup=[^1]} Full timetables are on the {link#2 href=https://www.stib-mivb.be/}STIB website (opens in a new tab){/link#2}."))
        #expect(lines.last == "paragraph: {*other#1 footnote-definition=1,markup=[^1]: }Outside school holidays.")
        // The post's Buttons block is its call to action, not a bar of links (twelfth trial, finding 5).
        #expect(lines.contains("paragraph: {link#1 href=https://brusselsdaily.example/category/mobility/}Read more about mobility{/link#1}"))
        #expect(article.blocks.filter { $0.kind == .tableCell }.map(\.content.plainText) ==
                ["Stop", "Minutes from Simonis", "Jette Garage", "6", "Hôpital Brugmann", "14", "Heysel", "24"])
    }

    /// Google Docs: bold, italic and underline are classes of the runs (`.c3{font-weight:700}`) and were lost;
    /// every link went through `https://www.google.com/url?q=…&sa=D&…&usg=…`; a nested list's items were
    /// level 1; comments ("[a]" and the thread "Check this figure …") and footnote marks "[1]" were text.
    @Test func googleDocsExport() throws {
        let lines = outline(try read("google-docs", "html", "en"))
        #expect(lines[2] == "paragraph: {strong#1}Students and night-shift workers will be able to use the Tweebronnen library until 10 p.m. on weekdays from January.{/strong#1} The city council approved the trial on Monday evening by 31 votes to 9.")
        #expect(lines[3] == "paragraph: Alderman for culture Bieke Verlinden said the idea came from a {link#1 href=https://www.leuven.be/burgerbevraging-2026}survey of 4,200 residents{/link#1} last spring. “More than half of the students told us they have nowhere quiet to study after 6 p.m.,” she said.{*other#2 footnote=1,markup=[^1]}")
        #expect(Array(lines[5...9].map { $0.prefix(11) }) == ["listItem/1:", "listItem/1:", "listItem/2:", "listItem/2:", "listItem/1:"])
        #expect(lines[10] == "paragraph: The trial costs {strong#1}€180,000{/strong#1}, mostly for two extra security guards. The library will count visitors every evening and report to the council in {emphasis#2}June{/emphasis#2}.")
        #expect(lines.contains("listItem/1o: Walk through the {underline#1}Rijschoolstraat{/underline#1} entrance; the main door closes at 8 p.m."))
        // The query of the wrapped address is decoded: `lang%3Den` is `lang=en`.
        #expect(lines.contains { $0.contains("{link#1 href=https://www.leuven.be/bibliotheek?lang=en}the library’s website{/link#1}") })
        #expect(lines.last == "paragraph: {*other#1 footnote-definition=1,markup=[^1]: }The survey ran from March to May 2026.")
        // A heading's bold (the heading style) and a link's underline (its look) are no codes.
        #expect(lines[4] == "heading/2: What changes")
    }

    /// Pandoc's Markdown of a Word file: simple and grid tables were paragraphs of dashes and pipes, header
    /// attributes `{#summary}` and Word's bookmark spans `[]{#_Toc… .anchor}` were text, `[name]{.underline}`
    /// kept its braces, `CO~2~` its tildes, an image its `{width=…}`, and `date: 27 November 2026` refused
    /// the whole file.
    @Test func pandocMarkdownOfAWordFile() throws {
        let article = try read("pandoc", "md", "en")
        let lines = outline(article)
        #expect(article.metadata["date"] == "2026-11-27")
        #expect(lines[1] == "heading/1: Summary")
        #expect(lines[3].contains("said VMM director {underline#1}Katrien Smet{/underline#1}."))
        #expect(lines[4] == "caption: {*image#1 src=media/image1.jpeg}The flood basin at Geraardsbergen on 14 October")
        #expect(lines.contains("paragraph: The agency measured CO{subscript#1}2{/subscript#1} emissions of the pumps as well: 14 tonnes, less than expected. Levels are given in metres above the TAW{superscript#2}1{/superscript#2} reference."))
        let cells = article.blocks.filter { $0.kind == .tableCell }
        #expect(cells.prefix(6).map(\.content.plainText) == ["Municipality", "Homes protected", "Basin volume (m³)", "Aalst", "410", "900,000"])
        #expect(cells.prefix(3).allSatisfy { $0.role == .headerCell })
        #expect(cells.map(\.content.plainText).contains("Opened in 2024; the largest of the four."))
        #expect(cells.count == 12 + 6)
        #expect(lines.contains("paragraph: Homes protected per municipality"))
    }

    /// Pandoc's tables one by one: a headerless simple table, a grid table without a header row, and what
    /// is not a table (a setext heading, a thematic break).
    @Test func pandocTableForms() throws {
        let headerless = try markdown("Intro.\n\n-------- ------\nGhent    12\nBruges   7\n-------- ------\n\nAfter.\n")
        #expect(outline(headerless) == ["paragraph: Intro.", "tableCell/1: Ghent", "tableCell/2: 12", "tableCell/1: Bruges",
                                        "tableCell/2: 7", "paragraph: After."])
        let grid = try markdown("Intro.\n\n+-------+------+\n| Ghent | 12   |\n+-------+------+\n| Bruges| 7    |\n+-------+------+\n")
        #expect(outline(grid) == ["paragraph: Intro.", "tableCell/1: Ghent", "tableCell/2: 12", "tableCell/1: Bruges", "tableCell/2: 7"])
        let notTables = try markdown("Heading\n-------\n\nText.\n\n---\n\nMore text.\n")
        #expect(outline(notTables) == ["heading/2: Heading", "paragraph: Text.", "paragraph: {*other#1 html=<hr>}", "paragraph: More text."])
    }

    /// A date in words in the front matter is the date (en, nl, fr; weekday and ordinal allowed); one that
    /// names no day is still refused with the line.
    @Test func frontMatterDateInWords() throws {
        for (written, iso) in [("27 November 2026", "2026-11-27"), ("donderdag 27 november 2026", "2026-11-27"),
                               ("1er décembre 2026", "2026-12-01"), ("November 27, 2026", "2026-11-27"), ("3 mrt. 2026", "2026-03-03")] {
            #expect(try markdown("---\ntitle: T\ndate: \(written)\n---\n\nText.\n").metadata["date"] == iso, "\(written)")
        }
        let error = expectInputError { _ = try markdown("---\ntitle: T\ndate: 31 February 2026\n---\n\nText.\n") }
        #expect(error?.line == 3)
    }

    /// Mailchimp: the layout tables made every paragraph a table cell, merge tags `*|FNAME|*` were words to
    /// translate, and the "View this email in your browser" line and the footer (copyright, address,
    /// unsubscribe) were text.
    @Test func mailchimpNewsletter() throws {
        let article = try read("mailchimp", "html", "en")
        let lines = outline(article)
        #expect(!article.blocks.contains { $0.kind == .tableCell })
        #expect(lines[0] == "title: Ghent this week: new ferry, free museum Sunday")
        #expect(lines.contains("paragraph: Hello {*other#1 markup=*|FNAME|*,template=*|FNAME|*},"))
        #expect(lines.last == "paragraph: See you there, {*other#1 markup=*|FNAME|*,template=*|FNAME|*}!{*lineBreak#2}The Ghent Weekly team")
        #expect(lines.contains("heading/2: A night market at the Vrijdagmarkt"))
    }

    /// Layout tables in general: `role="presentation"`, a one-column table of paragraphs, a table holding a
    /// table; a data table (two columns, or a header cell) stays a table.
    @Test func layoutTablesAreNotTableCells() throws {
        #expect(outline(try html("<table role=\"presentation\"><tr><td><p>One.</p></td><td><p>Two.</p></td></tr></table>")) ==
                ["paragraph: One.", "paragraph: Two."])
        #expect(outline(try html("<table><tr><td><h2>Week</h2><p>One.</p></td></tr><tr><td>Two.</td></tr></table>")) ==
                ["heading/2: Week", "paragraph: One.", "paragraph: Two."])
        #expect(outline(try html("<table><tr><td><table><tr><td>A</td><td>B</td></tr></table></td><td>Side.</td></tr></table>")) ==
                ["tableCell/1: A", "tableCell/2: B", "paragraph: Side."])
        #expect(outline(try html("<table><tr><td>Ghent</td><td>12</td></tr></table>")) == ["tableCell/1: Ghent", "tableCell/2: 12"])
        #expect(outline(try html("<table><tr><th>City</th></tr><tr><td>Ghent</td></tr></table>")) == ["tableCell/1: City", "tableCell/1: Ghent"])
    }

    /// Redirect wrappers: Google's, Outlook Safe Links, Facebook's; an address that only looks like one stays.
    @Test func redirectLinksGoWhereTheySay() throws {
        func href(_ link: String) throws -> String? {
            try html("<p><a href=\"\(link)\">x</a> text.</p>").blocks[0].content.codes.first?.attributes["href"]
        }
        #expect(try href("https://www.google.com/url?q=https://example.be/a?b%3D1&amp;sa=D&amp;usg=X") == "https://example.be/a?b=1")
        #expect(try href("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.be%2F&amp;data=05") == "https://example.be/")
        #expect(try href("https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.be%2Fx&amp;h=AT0") == "https://example.be/x")
        #expect(try href("https://www.google.com/url?q=javascript:alert(1)") == "https://www.google.com/url?q=javascript:alert(1)")
        #expect(try href("https://www.google.com/search?q=https://example.be") == "https://www.google.com/search?q=https://example.be")
    }

    /// MDX: `.mdx` was refused; saved as `.md`, `import` lines were paragraphs, `<Callout>` lost its tags and
    /// `{frontmatter.title}` was text. Statements and code alone are code blocks, tags and expressions in
    /// text are codes, the text between is translated, and `article.md` gives the lines back as written.
    @Test func mdxPage() throws {
        let article = try read("mdx", "mdx", "en")
        let lines = outline(article)
        #expect(lines[1].hasPrefix("paragraph: {*other#1 html=import Callout from '@site/src/components/Callout';\n"))
        #expect(lines[3] == "heading/1: {*other#1 markup={frontmatter.title},template={frontmatter.title}}")
        #expect(lines[5] == "paragraph: {*other#1 markup=<Callout type=\"warning\" title=\"Provisional figures\">\n,template=<Callout type=\"warning\" title=\"Provisional figures\">\n}The figures for Molenbeek and Haren are {strong#2}provisional{/strong#2} until 15 December, when the stations are calibrated again.{*other#3 markup=\n</Callout>,template=\n</Callout>}")
        #expect(lines.contains("paragraph: Last update: {*other#1 markup={updated},template={updated}}. Questions? Write to {link#2 href=mailto:opendata@environnement.brussels}opendata@environnement.brussels{/link#2}."))
        // A comment with an apostrophe (French "qu'elle") is still one expression.
        let french = try read("mdx", "mdx", "fr-BE")
        #expect(outline(french).contains("paragraph: {*other#1 html={/* TODO : ajouter le lien vers la FAQ en néerlandais dès qu'elle sera en ligne */},shortcode=yes}"))
        let written = MarkdownRenderer.render(article)
        for kept in ["import { StationMap } from '@site/src/components/StationMap';\nimport airData from './air-2026.json';\n",
                     "\n# {frontmatter.title}\n", "<Callout type=\"warning\" title=\"Provisional figures\">\nThe figures",
                     "calibrated again.\n</Callout>\n", "\n<StationMap data={airData} height={420} showLegend />\n",
                     ":::tip[Good to know]\nThe World", "\n:::\n", "Last update: {updated}.",
                     "[opendata@environnement.brussels](mailto:opendata@environnement.brussels)"] {
            #expect(written.contains(kept), "\(kept)")
        }
        #expect(!written.contains("markdown-dialect"))
        // Read again, the rendered MDX gives the same blocks.
        let again = try ArticleReader.read(written, format: .markdown, locale: "en", articleID: "mdx", file: "article.mdx")
        #expect(outline(again) == lines)
    }

    /// Pandoc's superscript and subscript read back as written: the renderer escapes `^` and `~` in text.
    @Test func caretsAndTildesInTextRoundTrip() throws {
        let article = try markdown("A ~ 5 km walk, 2^10 and H\\~2\\~O; CO~2~ and XIX^e^.\n")
        #expect(outline(article) == ["paragraph: A ~ 5 km walk, 2^10 and H~2~O; CO{subscript#1}2{/subscript#1} and XIX{superscript#2}e{/superscript#2}."])
        #expect(outline(try markdown(MarkdownRenderer.render(article))) == outline(article))
    }
}

/// Twelfth trial, findings 6 and 14: what a page or an e-mail holds around the article.
@Suite struct TrialTwelveReaderTests {
    /// Finding 14: a saved WordPress page's comment thread, its "Reply" links and the reply form's heading were
    /// read as the article, and the theme's "Posted on … by …" line as its first paragraph.
    @Test func wordPressCommentsAndPostData() throws {
        let page = """
        <html lang="en"><body><main><article class="post">
        <header class="entry-header"><h1 class="entry-title">Fake school messages target parents</h1>
        <div class="entry-meta"><span class="posted-on">Posted on <time datetime="2026-11-14T09:00:00+01:00">14 November 2026</time></span>
        <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/helpline/">Helpline team</a></span></span></div></header>
        <div class="entry-content"><p>Parents receive messages about unpaid school trips.</p></div>
        </article>
        <div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on “Fake school messages”</h2>
        <ol class="comment-list"><li class="comment"><p>I got one of these yesterday. Thanks for the warning!</p>
        <div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></li></ol>
        <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3></div></div>
        </main></body></html>
        """
        let article = try html(page)
        #expect(outline(article) == ["title: Fake school messages target parents", "paragraph: Parents receive messages about unpaid school trips."])
        #expect(article.metadata["date"] == "2026-11-14")
    }

    /// The comment-thread rule must not take an article's own boxes whose names hold "comments" or "respond"
    /// (an awareness article's "How to respond" box, experts' comments): only a thread or a reply form is chrome.
    @Test func articleBoxesNamedLikeCommentsStay() throws {
        let page = """
        <html lang="en"><body><main><article class="post">
        <h1>Sextortion: what to do</h1>
        <div class="how-to-respond"><p>Do not pay and stop the conversation.</p></div>
        <div class="expert-comments"><p>Victims are never to blame, says the helpline.</p></div>
        </article>
        <section class="comments-section"><p>Great article, thanks!</p></section>
        </main></body></html>
        """
        #expect(outline(try html(page)) == ["title: Sextortion: what to do", "paragraph: Do not pay and stop the conversation.",
                                            "paragraph: Victims are never to blame, says the helpline."])
    }

    /// The newsletter-footer rule must not take an article's paragraph that links to an unsubscribe page: only
    /// a box with a footer's other signs (a merge tag, the copyright or preferences line) is chrome.
    @Test func aParagraphAboutUnsubscribingStays() throws {
        let page = """
        <html lang="en"><body><main><article>
        <h1>Too much spam?</h1>
        <p>Never click a link in a message you did not ask for. <a href="https://www.safeonweb.example/unsubscribe-tips">Read how to unsubscribe safely</a>.</p>
        </article></main></body></html>
        """
        let blocks = outline(try html(page))
        #expect(blocks.count == 2 && blocks.first == "title: Too much spam?", "\(blocks)")
        #expect(blocks.last?.hasPrefix("paragraph: Never click a link in a message you did not ask for. {") == true, "\(blocks)")
        #expect(blocks.last?.contains("Read how to unsubscribe safely{/") == true, "\(blocks)")
    }

    /// Finding 6: a plain-text e-mail's signature after `--` (RFC 3676's `-- ` too) and the closing before it
    /// were one paragraph of the article; a `--` line followed by more than a signature is text.
    @Test func emailSignatureIsNotTheArticle() throws {
        for separator in ["--", "-- "] {
            let mail = "Campaign in 250 schools\n\nPupils learn what happens to a photo once it has been sent.\n\nKind regards,\n\n\(separator)\nAnn Claes\nProject leader | Safer Internet Centre\nT +32 2 123 45 67\nThis e-mail is confidential.\n"
            #expect(outline(try plainText(mail)) == ["title: Campaign in 250 schools",
                                                     "paragraph: Pupils learn what happens to a photo once it has been sent."])
        }
        let dutch = "Campagne in 250 scholen\n\nLeerlingen leren wat er met een foto gebeurt.\n\nMet vriendelijke groeten,\n--\nAnn Claes\n"
        #expect(outline(try plainText(dutch, locale: "nl-BE")).count == 2)
        let long = "Title\n\nFirst part.\n\n--\n\n" + (1...14).map { "Line \($0) of the second part." }.joined(separator: "\n") + "\n"
        #expect(outline(try plainText(long)).count == 4)
    }
}

/// Twelfth trial, finding 2: pandoc's Markdown reads `--` and `---` as dashes; in a pandoc file
/// ("10 a.m. -- 10 p.m." in a simple table) they stayed hyphens, and the number check did not see a range.
@Suite struct PandocDashTests {
    @Test func dashesInAPandocFile() throws {
        let source = "Opening hours [changed]{.mark} --- again.\n\n  Channel   Hours\n  --------- ------------------\n  Phone     10 a.m. -- 10 p.m.\n\nSee `a--b` and <!-- note --> 24--26.\n"
        let read = outline(try markdown(source))
        #expect(read == [
            "paragraph: Opening hours {other#1 element=mark}changed{/other#1} \u{2014} again.",
            "tableCell/1: Channel", "tableCell/2: Hours", "tableCell/1: Phone", "tableCell/2: 10 a.m. \u{2013} 10 p.m.",
            "paragraph: See {*code#1 markup=<code>a--b</code>,space-after=yes,text=a--b}and 24\u{2013}26.",
        ], "\(read)")
        // Without a pandoc form, CommonMark's reading: hyphens stay.
        #expect(outline(try markdown("From 10 -- 12, see 24--26.\n")) == ["paragraph: From 10 -- 12, see 24--26."])
    }
}

/// Twelfth trial, finding 10: a WordPress export (WXR), an RSS or an Atom feed was refused as "a .xml file"
/// without saying what it is; a folder holding one named `en.xml` was "an article folder with no language file".
@Suite struct FeedFileTests {
    @Test func feedsAreNamed() throws {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let wxr = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel><title>Helpline</title><language>en-GB</language>
        <item><title>Fake school messages</title><content:encoded><![CDATA[<p>Parents receive messages.</p>]]></content:encoded><wp:post_type><![CDATA[post]]></wp:post_type></item>
        <item><title>About us</title><wp:post_type><![CDATA[page]]></wp:post_type></item>
        <item><title>logo</title><wp:post_type><![CDATA[attachment]]></wp:post_type></item>
        </channel></rss>
        """
        let file = scratch.appendingPathComponent("site.WordPress.2026-11-30.xml")
        try wxr.write(to: file, atomically: true, encoding: .utf8)
        let error = expectInputError { _ = try ArticleReader.read(file, locale: "en") }
        #expect(error?.message.contains("this is a WordPress export (WXR) with 1 post and 1 page, not an article file") == true, "\(String(describing: error))")
        #expect(error?.message.contains("en.html, nl-BE.html, fr-BE.html") == true)

        let folder = scratch.appendingPathComponent("feed")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>A</title></entry><entry><title>B</title></entry></feed>"
            .write(to: folder.appendingPathComponent("en.xml"), atomically: true, encoding: .utf8)
        let folderError = expectInputError { _ = try ArticleFolder(folder) }
        #expect(folderError?.message.contains("en.xml is an Atom feed with 2 entries, not an article file") == true, "\(String(describing: folderError))")
        #expect(FeedFile.describe(scratch.appendingPathComponent("missing.xml")) == nil)
    }
}
