import Foundation
import Interchange
import Segmentation
import TaalgrensCore

/// What ``Workspace/splittingEmbeddedBlocks(_:describe:)`` made of a file's units.
struct EmbeddedBlockSplit {
    /// The units to store, in the file's order: a split unit's pieces where it stood.
    var units: [TranslationUnit]
    /// One note per unit that held blocks, for the import summary (unit named by `describe`).
    var notes: [String]
}

extension Workspace {
    /// Splits each bilingual (or multilingual) unit of another tool's file whose text holds several blocks
    /// (block-level HTML as inline codes, a double line break: ``EmbeddedBlocks``) into its blocks, and each
    /// block into its sentences (`docs/interchange.md`, "Units holding several blocks"; seventeenth trial,
    /// finding 16: Drupal's TMGMT XLIFF stored a whole body field as one unit, its paragraphs glued).
    ///
    /// - When every variant has the same blocks (the same count and the same elements in the same order),
    ///   block `i` of each variant goes with block `i` of the others. Each block is segmented with its
    ///   locale's rules (a heading `h1`–`h6` without final punctuation stays one segment, as in an article);
    ///   when every variant gives the same number of sentences they are paired in order, one unit each,
    ///   else the block is one unit.
    /// - When the blocks differ (a paragraph the translator merged or split, a heading made a paragraph), the
    ///   unit stays whole with its block codes, and a space goes between two blocks that nothing separated
    ///   (``EmbeddedBlocks/unglued(_:)``), so no word is glued to the next paragraph's.
    ///
    /// A piece's id is the unit's id with `/p<block>` (`/p<block>.s<sentence>` for a sentence), both from 1;
    /// its status, origin, properties, notes and dates are the unit's; its context is the piece before and
    /// after it (the unit's own context at the ends). A unit without block structure is returned as it is.
    /// - Parameters:
    ///   - units: the units as the file's reader gave them.
    ///   - describe: how a note names a unit (with its line in the file when known).
    /// - Complexity: linear in the units' text (segmentation is linear, ``Segmenter/sentenceRanges(in:)``).
    func splittingEmbeddedBlocks(_ units: [TranslationUnit], describe: (TranslationUnit) -> String) -> EmbeddedBlockSplit {
        var segmenters: [LanguageTag: Segmenter?] = [:]
        func segmenter(_ locale: LanguageTag) -> Segmenter? {
            if let known = segmenters[locale] { return known }
            let made = try? Segmenter(locale: locale, data: data)
            segmenters[locale] = made
            return made
        }
        var out: [TranslationUnit] = []
        var notes: [String] = []
        for unit in units {
            guard unit.variants.count >= 2, unit.variants.contains(where: { EmbeddedBlocks.hasBlockStructure($0.content) }) else {
                out.append(unit)
                continue
            }
            let blocks = unit.variants.map { variant in
                EmbeddedBlocks.blocks(of: variant.content) ?? [EmbeddedBlocks.Piece(element: "", content: variant.content)]
            }
            let shapes = blocks.map { $0.map(\.element) }
            func shape(_ elements: [String]) -> String {
                "\(counted(elements.count, "block"))" + (elements.isEmpty ? "" : " (\(elements.map { $0.isEmpty ? "text" : $0 }.joined(separator: ", ")))")
            }
            guard shapes.allSatisfy({ $0 == shapes[0] }), !shapes[0].isEmpty else {
                var whole = unit
                whole.variants = unit.variants.map { variant in
                    var v = variant
                    v.content = EmbeddedBlocks.unglued(variant.content)
                    v.sentenceStarts = []
                    return v
                }
                out.append(whole)
                let sides = zip(unit.variants, shapes).map { "\($0.locale.identifier) \(shape($1))" }.joined(separator: ", ")
                notes.append("\(describe(unit)): the variants hold different blocks of HTML (\(sides)), so they cannot be paired "
                             + "block by block: stored as one unit, its blocks kept apart by a space")
                continue
            }
            // Pieces: for each block, either its sentences (same count in every variant) or the whole block.
            var pieces: [(suffix: String, contents: [RichText])] = []
            var sentencePaired = 0
            for index in blocks[0].indices {
                let element = blocks[0][index].element
                let kind: BlockKind = element.count == 2 && element.hasPrefix("h") && element != "hr" ? .heading : .paragraph
                let sentences: [[RichText]] = unit.variants.indices.map { v in
                    let content = blocks[v][index].content
                    guard let cutter = segmenter(unit.variants[v].locale) else { return [content] }
                    let cut = cutter.segment(Block(kind: kind, content: content), blockIndex: index).map(\.content)
                    return cut.isEmpty ? [content] : cut
                }
                if sentences[0].count > 1, sentences.allSatisfy({ $0.count == sentences[0].count }) {
                    sentencePaired += 1
                    for s in sentences[0].indices {
                        pieces.append(("/p\(index + 1).s\(s + 1)", sentences.map { $0[s] }))
                    }
                } else {
                    pieces.append(("/p\(index + 1)", blocks.map { $0[index].content }))
                }
            }
            for (n, piece) in pieces.enumerated() {
                var copy = unit
                copy.id = unit.id + piece.suffix
                copy.variants = unit.variants.enumerated().map { v, variant in
                    var part = variant
                    part.content = piece.contents[v]
                    part.sentenceStarts = []
                    part.previous = n > 0 ? pieces[n - 1].contents[v].plainText : variant.previous
                    part.next = n + 1 < pieces.count ? pieces[n + 1].contents[v].plainText : variant.next
                    return part
                }
                out.append(copy)
            }
            let unpaired = blocks[0].count - sentencePaired
            notes.append("\(describe(unit)): \(shape(shapes[0])) of HTML in one segment: stored as \(counted(pieces.count, "unit")), "
                         + "block by block" + (sentencePaired > 0 ? " and sentence by sentence" : "")
                         + (unpaired > 0 && sentencePaired > 0 ? " (\(counted(unpaired, "block")) whole: one sentence, or not the same number of sentences in each language)" : ""))
        }
        return EmbeddedBlockSplit(units: out, notes: notes)
    }
}
