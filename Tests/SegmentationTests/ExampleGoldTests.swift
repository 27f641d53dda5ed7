import Foundation
import Testing
import Segmentation
import TaalgrensCore

/// The example articles' hand-made gold sentences (`Tests/Fixtures/examples/<article>/<locale>.segments.json`):
/// each block's sentences, joined by one space, must come back out of the segmenter exactly, with the
/// block's kind (headings without final punctuation stay whole).
@Suite struct ExampleGoldTests {
    struct Gold: Decodable {
        struct GoldBlock: Decodable {
            let kind: BlockKind
            let segments: [String]
        }
        let locale: String
        let blocks: [GoldBlock]
    }

    static func goldFiles() throws -> [URL] {
        let folder = TestSupport.repository.appendingPathComponent("Tests/Fixtures/examples")
        let articles = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        return articles.flatMap { article in
            ((try? FileManager.default.contentsOfDirectory(at: article, includingPropertiesForKeys: nil)) ?? [])
                .filter { $0.lastPathComponent.hasSuffix(".segments.json") }
        }.sorted { $0.path < $1.path }
    }

    @Test func goldSentencesComeOutExactly() throws {
        let files = try ExampleGoldTests.goldFiles()
        #expect(files.count >= 9, "expected three example articles in three locales")
        var total = 0, right = 0
        for file in files {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: file))
            let locale = try #require(LanguageTag(gold.locale))
            let segmenter = TestSupport.segmenter(for: locale)
            for (index, goldBlock) in gold.blocks.enumerated() {
                let block = Block(kind: goldBlock.kind, content: RichText(plain: goldBlock.segments.joined(separator: " ")))
                let got = segmenter.segment(block, blockIndex: index).map(\.text)
                total += 1
                if got == goldBlock.segments { right += 1 }
                #expect(got == goldBlock.segments, "\(file.deletingLastPathComponent().lastPathComponent)/\(gold.locale) block \(index)")
            }
        }
        print("example gold blocks: \(right)/\(total)")
    }
}
