import Foundation
import Testing
import TaalgrensTestSupport

/// Every local image a `<picture>`'s `<source srcset>` names is copied into the bundle with the `<img>`, and
/// the rendered page points at the copies (known issue: only the `<img src>` was copied, so the bundle's
/// `<picture>` pointed at the source site's `webp` files).
@Suite("Images of <picture> sources in bundles (process)")
struct PictureSourcesCLITests {
    static let page = """
    <!DOCTYPE html>
    <html lang="en"><head><title>Storm closes the coast line</title></head>
    <body><article>
    <h1>Storm closes the coast line</h1>
    <p>Trains between Ostend and Bruges were suspended on Sunday after a tree fell on the line.</p>
    <figure>
    <picture><source srcset="images/tree.webp 1x, images/Tree%20large.webp 2x" media="(min-width: 800px)" type="image/webp"><source srcset="https://cdn.example.be/tree.avif" type="image/avif"><img src="images/tree.jpg" alt="A fallen tree on the railway line" width="800" height="450"></picture>
    <figcaption>A tree fell on the line near Jabbeke.</figcaption>
    </figure>
    <p>The railway company expects to reopen the line on Monday morning.</p>
    </article></body></html>

    """

    /// The `srcset` values of the `<source>` elements of an HTML page, in order.
    static func sourceSets(_ html: String) -> [String] {
        html.components(separatedBy: "<source").dropFirst().compactMap { part in
            guard let start = part.range(of: "srcset=\"") else { return nil }
            return String(part[start.upperBound...].prefix { $0 != "\"" })
        }
    }

    /// Writes `page` as the `en.html` of a new article folder `id` in `scratch`, with `images` (name → bytes) in
    /// its `images/` folder, and exports it to nl-BE from an empty memory.
    /// - Returns: the bundle folder, its `report.json`'s images as "source status" lines, and its `article.html`.
    static func exportPage(_ page: String, id: String, images: [String: Data], in scratch: URL) throws -> (bundle: URL, listed: [String], html: String) {
        let folder = scratch.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("images"), withIntermediateDirectories: true)
        try page.write(to: folder.appendingPathComponent("en.html"), atomically: true, encoding: .utf8)
        for (name, bytes) in images { try bytes.write(to: folder.appendingPathComponent("images/\(name)")) }
        let bundle = try CLI.exportNewArticle(folder, in: scratch).bundle
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bundle.appendingPathComponent("report.json"))) as? [String: Any])
        let listed = (report["images"] as? [[String: Any]] ?? []).map { "\($0["source"] ?? "") \($0["status"] ?? "")" }
        return (bundle, listed, try String(contentsOf: bundle.appendingPathComponent("article.html"), encoding: .utf8))
    }

    @Test("the webp candidates of <source srcset> are copied and the page points at the copies; a remote source stays")
    func sourceSetImagesAreCopied() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let images = ["tree.jpg": Data([0xFF, 0xD8, 0xFF, 0x01]), "tree.webp": Data("RIFF-small".utf8), "Tree large.webp": Data("RIFF-large".utf8)]
        let (bundle, listed, html) = try Self.exportPage(Self.page, id: "storm-coast-line", images: images, in: scratch)
        // In document order: the <source> elements come before the <img> in a <picture>.
        #expect(listed == ["images/tree.webp copied", "images/Tree%20large.webp copied", "https://cdn.example.be/tree.avif external",
                           "images/tree.jpg copied"], "\(listed)")

        let sets = Self.sourceSets(html)
        try #require(sets.count == 2, "\(html)")
        #expect(sets[1] == "https://cdn.example.be/tree.avif")
        // Every local candidate names a copy in the bundle with the original's bytes, descriptors kept.
        let candidates = sets[0].components(separatedBy: ", ").map { $0.split(separator: " ").map(String.init) }
        #expect(candidates.map { $0.last } == ["1x", "2x"], "\(sets[0])")
        for (candidate, original) in zip(candidates, ["tree.webp", "Tree large.webp"]) {
            let copy = bundle.appendingPathComponent(try #require(candidate.first))
            #expect(try Data(contentsOf: copy) == images[original], "\(candidate) in \(sets[0])")
        }
        #expect(FileManager.default.fileExists(atPath: bundle.appendingPathComponent("images/tree.jpg").path))
        let manifest = try String(contentsOf: bundle.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("tree.webp"), "\(manifest)")
    }
}
