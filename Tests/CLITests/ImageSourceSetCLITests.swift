import Foundation
import Testing
import TaalgrensTestSupport

/// Known issue (session 9): `<img srcset>` was dropped by the reader, so the bundle's page had only the
/// `src` and the local candidates were not copied (a `<picture>`'s `<source srcset>` were).
@Suite("Images of <img srcset> in bundles (process)")
struct ImageSourceSetCLITests {
    static let page = """
    <!DOCTYPE html>
    <html lang="en"><head><title>Storm at the coast</title></head>
    <body><article>
    <h1>Storm at the coast</h1>
    <p>The storm moved a dune near De Panne by four metres in one night.</p>
    <figure><img src="images/dune.jpg" srcset="images/dune-640.jpg 640w, images/dune%20large.jpg 1280w, https://cdn.example.be/dune.avif 1600w" sizes="(max-width: 700px) 100vw, 700px" alt="The dune after the storm"></figure>
    <p>The nature agency measures the dunes every spring.</p>
    </article></body></html>

    """

    @Test("every local candidate of <img srcset> is copied and the page points at the copies; a remote one stays")
    func candidatesAreCopied() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let images = ["dune.jpg": Data([0xFF, 0xD8, 0xFF, 0x02]), "dune-640.jpg": Data([0xFF, 0xD8, 0xFF, 0x03]), "dune large.jpg": Data([0xFF, 0xD8, 0xFF, 0x04])]
        let (bundle, listed, html) = try PictureSourcesCLITests.exportPage(Self.page, id: "storm-dune", images: images, in: scratch)
        #expect(listed == ["images/dune.jpg copied", "images/dune-640.jpg copied", "images/dune%20large.jpg copied",
                           "https://cdn.example.be/dune.avif external"], "\(listed)")
        let start = try #require(html.range(of: "srcset=\""), "\(html)")
        let srcset = String(html[start.upperBound...].prefix { $0 != "\"" })
        let candidates = srcset.components(separatedBy: ", ").map { $0.split(separator: " ").map(String.init) }
        #expect(candidates.map { $0.last } == ["640w", "1280w", "1600w"], "\(srcset)")
        #expect(candidates.last?.first == "https://cdn.example.be/dune.avif")
        for (candidate, original) in zip(candidates, ["dune-640.jpg", "dune large.jpg"]) {
            let copy = bundle.appendingPathComponent(try #require(candidate.first))
            #expect(try Data(contentsOf: copy) == images[original], "\(candidate) in \(srcset)")
        }
        #expect(html.contains("sizes=\"(max-width: 700px) 100vw, 700px\""), "\(html)")
    }
}
