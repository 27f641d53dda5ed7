import Foundation
import TaalgrensCore
import Alignment

/// Pre-segmented article versions and gold beads stored as JSON (`Tests/Fixtures/alignment/README.md`).
enum Fixtures {
    /// `<repo>/Tests/Fixtures`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures", isDirectory: true)
    /// `<repo>/Tests/Fixtures/alignment`.
    static let alignment = root.appendingPathComponent("alignment", isDirectory: true)

    struct VersionFile: Decodable {
        struct BlockEntry: Decodable {
            var kind: BlockKind
            var segments: [String]
        }
        var locale: String
        var blocks: [BlockEntry]
    }

    struct GoldFile: Decodable {
        struct Entry: Decodable { var segments: [String: [Int]] }
        var beads: [Entry]
    }

    /// A test case: the versions and the gold beads.
    struct Case {
        var name: String
        var versions: [SegmentedArticle]
        /// Per version, its blocks as (kind, sentences).
        var raw: [[(BlockKind, [String])]]
        /// Gold beads: per bead, per locale, the segment indices.
        var gold: [[LanguageTag: [Int]]]
        var locales: [LanguageTag] { versions.map(\.article.locale) }
    }

    /// The case folders under `folder`, sorted by name.
    static func caseNames(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent("beads.json").path) }
            .sorted()
    }

    /// Loads a case: every `<locale>.segments.json` in the folder (en first, then by name) and `beads.json`.
    static func load(_ folder: URL) throws -> Case {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".segments.json") }
            .sorted { a, b in
                let ea = a.hasPrefix("en."), eb = b.hasPrefix("en.")
                return ea != eb ? ea : a < b
            }
        let id = folder.lastPathComponent
        let files_ = try files.map { name in
            try JSONDecoder().decode(VersionFile.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
        }
        let raw = files_.map { $0.blocks.map { ($0.kind, $0.segments) } }
        let versions = zip(files_, raw).map { article(id: id, locale: LanguageTag($0.locale)!, blocks: $1) }
        let goldFile = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: folder.appendingPathComponent("beads.json")))
        let gold = goldFile.beads.map { entry in
            Dictionary(uniqueKeysWithValues: entry.segments.map { (LanguageTag($0.key)!, $0.value) })
        }
        return Case(name: id, versions: versions, raw: raw, gold: gold)
    }

    /// A segmented article whose blocks are the given sentences joined by one space.
    static func article(id: String, locale: LanguageTag, blocks: [(BlockKind, [String])]) -> SegmentedArticle {
        var articleBlocks: [Block] = []
        var segments: [[Segment]] = []
        for (b, (kind, sentences)) in blocks.enumerated() {
            var text = ""
            var blockSegments: [Segment] = []
            for (p, sentence) in sentences.enumerated() {
                if p > 0 { text += " " }
                let start = text.utf16.count
                text += sentence
                blockSegments.append(Segment(block: b, position: p, start: start, end: text.utf16.count, content: RichText(plain: sentence)))
            }
            articleBlocks.append(Block(kind: kind, content: RichText(plain: text)))
            segments.append(blockSegments)
        }
        return SegmentedArticle(article: Article(id: id, locale: locale, format: .text, blocks: articleBlocks), segments: segments)
    }
}
