import TaalgrensCore

extension Segmenter {
    /// The segments of one block: its plain text cut by ``sentenceRanges(in:)``, each carrying the slice
    /// of the block's rich text with the inline codes that fall inside it (``RichText/slice(utf16:)``).
    ///
    /// A title or heading whose text does not end in sentence-final punctuation (`.`, `!`, `?`, `…`,
    /// optionally followed by closing quotes or brackets) stays one segment: headings are labels, not
    /// prose ("Vitamine C. Waarom het werkt" is one unit).
    /// - Parameters:
    ///   - block: the block to cut.
    ///   - blockIndex: the block's index in its article, stored in each segment.
    /// - Returns: the segments in order, positions from 0; offsets are UTF-16 offsets into the block's
    ///   plain text. An empty or all-whitespace block has no segments.
    /// - Complexity: as ``sentenceRanges(in:)`` (linear), plus one O(n) pass that slices the rich text for
    ///   every segment at once.
    public func segment(_ block: Block, blockIndex: Int) -> [Segment] {
        let text = block.content.plainText
        let ranges: [Range<Int>]
        if (block.kind == .title || block.kind == .heading) && !Segmenter.endsWithSentencePunctuation(text) {
            let units = Array(text.utf16)
            ranges = Segmenter.trim(0..<units.count, in: units).map { [$0] } ?? []
        } else {
            ranges = sentenceRanges(in: text)
        }
        let contents = block.content.slices(utf16: ranges)
        return ranges.indices.map { position in
            Segment(block: blockIndex, position: position, start: ranges[position].lowerBound,
                    end: ranges[position].upperBound, content: contents[position])
        }
    }

    /// Segments every block of `article`, in order.
    /// - Complexity: linear in the article's length (see ``segment(_:blockIndex:)``).
    public func segment(_ article: Article) -> SegmentedArticle {
        SegmentedArticle(article: article, segments: article.blocks.enumerated().map { index, block in
            segment(block, blockIndex: index)
        })
    }

    /// Whether `text`, ignoring trailing whitespace and closing quotes or brackets, ends in `.`, `!`, `?`
    /// or `…`.
    static func endsWithSentencePunctuation(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            if scalar.properties.isWhitespace { continue }
            switch scalar.properties.generalCategory {
            case .closePunctuation, .finalPunctuation: continue
            default: break
            }
            if scalar == "\"" || scalar == "'" || scalar == "»" || scalar == "”" || scalar == "’" { continue }
            return scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
        }
        return false
    }
}
