import Foundation
import TaalgrensCore

/// Versions of one article, already cut into sentences, with their gold beads: the input of the alignment
/// benchmarks.
struct AlignedText {
    /// One ``SegmentedArticle`` per locale.
    var versions: [SegmentedArticle]
    /// Gold beads in document order: per locale, global sentence indices (empty side: `[]`).
    var gold: [[LanguageTag: [Int]]]

    var locales: [LanguageTag] { versions.map(\.article.locale) }

    /// A segmented version whose blocks are the given sentences joined by one space (offsets are UTF-16).
    static func article(id: String, locale: LanguageTag, blocks: [(kind: BlockKind, sentences: [String])]) -> SegmentedArticle {
        var articleBlocks: [Block] = []
        var segments: [[Segment]] = []
        for (b, block) in blocks.enumerated() {
            var text = ""
            var blockSegments: [Segment] = []
            for (p, sentence) in block.sentences.enumerated() {
                if p > 0 { text += " " }
                let start = text.utf16.count
                text += sentence
                blockSegments.append(Segment(block: b, position: p, start: start, end: text.utf16.count, content: RichText(plain: sentence)))
            }
            articleBlocks.append(Block(kind: block.kind, content: RichText(plain: text)))
            segments.append(blockSegments)
        }
        return SegmentedArticle(article: Article(id: id, locale: locale, format: .text, blocks: articleBlocks), segments: segments)
    }

    /// A case of the example gold or the alignment development set: its versions (English first, then by
    /// locale) and gold beads.
    /// - Throws: ``BenchmarkError`` for an unreadable or malformed file, an unknown locale or block kind.
    static func load(_ folder: URL) throws -> AlignedText {
        let gold = try ExampleGold(folder: folder)
        let tags = gold.blocks.keys.sorted { a, b in a == "en" || b == "en" ? a == "en" && b != "en" : a < b }
        var versions: [SegmentedArticle] = []
        for tag in tags {
            guard let locale = LanguageTag(tag) else { throw BenchmarkError("\(folder.path): malformed locale \(tag)") }
            let blocks = try gold.blocks[tag]!.map { block -> (kind: BlockKind, sentences: [String]) in
                guard let kind = BlockKind(rawValue: block.kind) else {
                    throw BenchmarkError("\(folder.path)/\(tag).segments.json: unknown block kind \(block.kind)")
                }
                return (kind, block.sentences)
            }
            versions.append(article(id: folder.lastPathComponent, locale: locale, blocks: blocks))
        }
        let beads = try gold.beads.map { bead in
            try Dictionary(uniqueKeysWithValues: bead.map { tag, indices in
                guard let locale = LanguageTag(tag) else { throw BenchmarkError("\(folder.path)/beads.json: malformed locale \(tag)") }
                return (locale, indices)
            })
        }
        return AlignedText(versions: versions, gold: beads)
    }

    /// A long en–nl bitext of `sentences` English sentences made from `corpus` in order (cycling when it
    /// is short), with paragraphs of one to five sentences (one block in ten a one-sentence heading) and the
    /// changes translators make, each about once in fifty sentences: two sentences merged into one (2-1),
    /// one split in two (1-2), a sentence left out (1-0), a sentence added (0-1). Deterministic.
    static func bitext(_ corpus: [ParallelSegment], sentences: Int, seed: UInt64 = 0x616c_6967_6e) -> AlignedText {
        var rng = SeededGenerator(seed: seed)
        var en: [(kind: BlockKind, sentences: [String])] = []
        var nl: [(kind: BlockKind, sentences: [String])] = []
        var gold: [[LanguageTag: [Int]]] = []
        var enCount = 0, nlCount = 0, next = 0
        func take() -> ParallelSegment {
            defer { next += 1 }
            return corpus[next % corpus.count]
        }
        while enCount < sentences {
            let heading = Int.random(in: 0..<10, using: &rng) == 0
            let size = heading ? 1 : Int.random(in: 1...5, using: &rng)
            var enBlock: [String] = [], nlBlock: [String] = []
            for _ in 0..<size where enCount < sentences {
                let r = Int.random(in: 0..<50, using: &rng)
                var bead: [LanguageTag: [Int]] = ["en": [], "nl-BE": []]
                func addEN(_ s: String) { enBlock.append(s); bead["en"]!.append(enCount); enCount += 1 }
                func addNL(_ s: String) { nlBlock.append(s); bead["nl-BE"]!.append(nlCount); nlCount += 1 }
                switch r {
                case 0 where !heading && enCount + 1 < sentences:
                    let a = take(), b = take()
                    addEN(a.en); addEN(b.en); addNL(a.nl + " " + b.nl)
                case 1 where !heading:
                    let a = take(), b = take()
                    addEN(a.en + " " + b.en); addNL(a.nl); addNL(b.nl)
                case 2: addEN(take().en)
                case 3 where !heading:
                    addNL(take().nl)
                    gold.append(bead)
                    bead = ["en": [], "nl-BE": []]
                    let s = take()
                    addEN(s.en); addNL(s.nl)
                default:
                    let s = take()
                    addEN(s.en); addNL(s.nl)
                }
                gold.append(bead)
            }
            let kind: BlockKind = heading ? .heading : .paragraph
            if !enBlock.isEmpty { en.append((kind, enBlock)) }
            if !nlBlock.isEmpty { nl.append((kind, nlBlock)) }
        }
        return AlignedText(versions: [article(id: "bitext", locale: "en", blocks: en), article(id: "bitext", locale: "nl-BE", blocks: nl)],
                           gold: gold)
    }
}
