import Foundation
import Testing
import Articles
import TaalgrensCore

/// TRIAL9 finding 5: HTML footnotes as WordPress, Hugo, Pandoc and Ghost write them: the reference and the
/// note point at each other in the rendered page, one number is shown, the source's "↩" is not text.
@Suite("HTML footnote markup of other tools")
struct HTMLFootnoteMarkupTests {
    static let pages = [
        // WordPress / hand-written: a superscript link, a footnotes section with a "#fnref" backlink.
        """
        <html><body><p>The canal froze for the first time since 1997.<sup id="fnref1"><a href="#fn1">1</a></sup></p>
        <section class="footnotes"><ol><li id="fn1">Measured at the Leuven lock. <a href="#fnref1">↩</a></li></ol></section></body></html>
        """,
        // Pandoc / Hugo (Goldmark): class footnote-ref and footnote-back, doc roles.
        """
        <html><body><p>The canal froze for the first time since 1997.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>
        <section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1"><p>Measured at the Leuven lock.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section></body></html>
        """,
        // Python-Markdown / Ghost: class footnote-backref (Python-Markdown writes &#160; before it, which stays: see docs).
        """
        <html><body><p>The canal froze for the first time since 1997.<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup></p>
        <div class="footnote"><ol><li id="fn:1"><p>Measured at the Leuven lock. <a class="footnote-backref" href="#fnref:1" title="Jump back">&#8617;</a></p></li></ol></div></body></html>
        """,
    ]

    @Test("the reference is a footnote code, the note's text has no ↩, and article.html links both ways", arguments: 0..<3)
    func footnotes(page: Int) throws {
        let article = try html(Self.pages[page])
        let texts = article.blocks.map(\.content.plainText)
        #expect(texts.contains("The canal froze for the first time since 1997."), "\(texts)")
        #expect(texts.contains("Measured at the Leuven lock."), "\(texts)")
        #expect(!texts.contains { $0.contains("↩") }, "the backlink is not text to translate: \(texts)")
        let reference = article.blocks.flatMap(\.content.codes).first { $0.attributes["footnote"] != nil }
        #expect(reference?.attributes["footnote"] == "1")
        let out = HTMLRenderer.render(article, typography: nil)
        #expect(out.contains(##"<sup><a href="#fn-1" id="fnref-1" role="doc-noteref">1</a></sup>"##), "\(out)")
        #expect(out.contains(##"<p id="fn-1" role="doc-footnote"><a href="#fnref-1" role="doc-backlink">1</a> Measured at the Leuven lock.</p>"##), "\(out)")
        #expect(!out.contains("↩") && !out.contains("#fn1\"") && !out.contains("#fnref1\""), "\(out)")
    }
}
