import Articles
import Foundation
import TaalgrensCore
import Testing

/// Known issue (session 9): the reader dropped an `<img srcset>` (and its `sizes`), so a rendered page lost
/// the high-density and small-screen candidates and a bundle did not copy them, although it did for a
/// `<picture>`'s `<source srcset>`.
@Suite("<img srcset> kept")
struct ImageSourceSetTests {
    @Test("srcset and sizes stay on the image code and come back in HTML and Markdown; an unsafe candidate drops the srcset")
    func keptAndWritten() throws {
        let page = """
        <html><body><article><h1>Storm at the coast</h1>
        <p><img src="images/dune.jpg" srcset="images/dune-640.jpg 640w,  images/dune-1280.jpg 1280w" sizes="(max-width: 700px) 100vw, 700px" alt="A dune after the storm"></p>
        <p>Text with <img src="images/icon.png" srcset="javascript:alert(1) 2x" alt="icon"> inside.</p>
        </article></body></html>
        """
        let article = try html(page)
        let image = try #require(article.blocks[1].content.codes.first { $0.type == .image })
        #expect(image.attributes["srcset"] == "images/dune-640.jpg 640w, images/dune-1280.jpg 1280w")
        #expect(image.attributes["sizes"] == "(max-width: 700px) 100vw, 700px")
        let unsafe = try #require(article.blocks.flatMap(\.content.codes).first { $0.attributes["src"] == "images/icon.png" })
        #expect(unsafe.attributes["srcset"] == nil && unsafe.attributes["sizes"] == nil)

        let rendered = HTMLRenderer.render(article, typography: nil)
        #expect(rendered.contains(#"srcset="images/dune-640.jpg 640w, images/dune-1280.jpg 1280w" sizes="(max-width: 700px) 100vw, 700px""#), "\(rendered)")
        #expect(!rendered.contains("javascript:"), "\(rendered)")
        #expect(try html(rendered).blocks[1].content == article.blocks[1].content)

        let written = MarkdownRenderer.render(article)
        #expect(written.contains(#"<img src="images/dune.jpg" alt="A dune after the storm" srcset="#), "\(written)")
        let read = try markdown(written)
        let again = try #require(read.blocks.flatMap(\.content.codes).first { $0.type == .image && $0.attributes["src"] == "images/dune.jpg" })
        #expect(again.attributes["srcset"] == image.attributes["srcset"] && again.attributes["sizes"] == image.attributes["sizes"], "\(written)")
    }
}
