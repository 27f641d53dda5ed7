import Articles
import Foundation
import TaalgrensCore
import Testing

/// Session 14's left-over (fourteenth trial, finding 15): a Word heading's bookmark `<a name="_Toc…">` was
/// dropped, so a link to `#_Toc…` (the table of contents, a cross-reference, another page) led nowhere in
/// `article.html`. A bookmark (an anchor without `href`) gives its block an `id` when the block has none.
@Suite struct BookmarkTests {
    @Test func aBookmarkIsItsBlocksID() throws {
        let page = try html("""
        <html><body>
        <p class=MsoTitle>Safe online</p>
        <p class=MsoToc1><a href="#_Toc182391001">1. Sextortion</a></p>
        <h1><a name="_Toc182391001">1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span>Sextortion</a></h1>
        <p class=MsoNormal>Never pay. See <a href="#_Ref1">the advice</a> below.</p>
        <h1><a name="_Toc182391002"></a>Phishing by text message</h1>
        <p class=MsoNormal><a name="_Ref1"></a>Report the message to 3680.</p>
        <h2 id="own"><a name="other"></a>Help</h2>
        <p><a id="faq"></a>Questions and answers, <a name="mid">with</a> a bookmark inside.</p>
        </body></html>
        """)
        let ids = page.blocks.map { $0.attributes?["id"] ?? "-" }
        let texts = page.blocks.map(\.content.plainText)
        #expect(Array(zip(texts, ids)).map { "\($0.0) #\($0.1)" } == [
            "Safe online #-", "Sextortion #_Toc182391001", "Never pay. See the advice below. #-",
            "Phishing by text message #_Toc182391002", "Report the message to 3680. #_Ref1",
            // A block with an id of its own keeps it; the first bookmark of a block wins.
            "Help #own", "Questions and answers, with a bookmark inside. #faq",
        ])
        let rendered = HTMLRenderer.render(page, typography: nil)
        #expect(rendered.contains("id=\"_Toc182391001\">Sextortion</h"), "\(rendered)")
        #expect(rendered.contains("id=\"_Ref1\">Report the message to 3680.</p>"), "\(rendered)")
    }
}
