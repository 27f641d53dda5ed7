import TaalgrensCore

extension Segmenter {
    /// The segments of one block: its plain text cut by ``sentenceRanges(in:)``, each carrying the slice
    /// of the block's rich text with the inline codes that fall inside it (``RichText/slice(utf16:)``).
    ///
    /// A line-break code (`<br>`, a Markdown hard break, a kept line of a plain-text paragraph) stands for
    /// one space in the block's plain text; the segmenter reads it as a line feed, so step 1 of
    /// ``sentenceRanges(in:)`` decides it as it decides a line break in plain text: after a heading line,
    /// between the lines of a block of fields (a press contact block, an address with a phone number) and
    /// before a dateline it ends a segment, and the code lies between the two segments (the target article
    /// copies it); inside a sentence it is soft and stays in the segment as an inline code. Offsets do not
    /// move: a line feed is one UTF-16 code unit, as the space is.
    ///
    /// A title or heading whose text does not end in sentence-final punctuation (`.`, `!`, `?`, `…`,
    /// optionally followed by closing quotes or brackets) stays one segment: headings are labels, not
    /// prose ("Vitamine C. Waarom het werkt" is one unit).
    ///
    /// A piece with no letter and no digit (Unicode general categories L and N: an emoji, a dingbat, an
    /// arrow, a star rating "★★★★☆", a separator "***", a lone bullet "•") is not a segment: there is
    /// nothing in it to translate, so it gets no translation unit, no bundle unit and no place in the
    /// leverage counts or the alignment. Its text stays in the block, outside every segment, and a bundle's
    /// target article keeps it as the source has it (the text between segments is copied through).
    /// ``sentenceRanges(in:)`` still returns it: that is where the sentence boundaries are, which the
    /// segmentation sets score.
    /// - Parameters:
    ///   - block: the block to cut.
    ///   - blockIndex: the block's index in its article, stored in each segment.
    /// - Returns: the segments in order, positions from 0 without gaps; offsets are UTF-16 offsets into the
    ///   block's plain text. An empty or all-whitespace block, or one with no letter and no digit, has no
    ///   segments.
    /// - Complexity: as ``sentenceRanges(in:)`` (linear), plus one O(n) pass that slices the rich text for
    ///   every segment at once.
    public func segment(_ block: Block, blockIndex: Int) -> [Segment] {
        let text = Segmenter.segmentationText(of: block.content)
        let units = Array(text.utf16)
        let pieces: [Range<Int>]
        if (block.kind == .title || block.kind == .heading) && !Segmenter.endsWithSentencePunctuation(text) {
            pieces = Segmenter.trim(0..<units.count, in: units).map { [$0] } ?? []
        } else {
            pieces = sentenceRanges(in: text)
        }
        let ranges = pieces.filter { Segmenter.holdsLetterOrDigit(units[$0]) }
        let contents = block.content.slices(utf16: ranges)
        return ranges.indices.map { position in
            Segment(block: blockIndex, position: position, start: ranges[position].lowerBound,
                    end: ranges[position].upperBound, content: contents[position])
        }
    }

    /// The text the segmenter cuts for `content`: its plain text, with a line feed (U+000A) for the space
    /// each line-break code stands for (``InlineCode/plainText``), so the lengths and offsets are those of
    /// ``RichText/plainText``.
    /// - Complexity: O(n) in the text's length.
    static func segmentationText(of content: RichText) -> String {
        var text = ""
        for element in content.elements {
            switch element {
            case .text(let t): text += t
            case .code(let c): text += c.kind == .standalone && c.type == .lineBreak ? "\n" : c.plainText
            }
        }
        return text
    }

    /// Segments every block of `article`, in order. A block written in another language than the article's
    /// (``Block/isInAnotherLanguage(than:)``: an embedded English tweet `<blockquote lang="en">` in a fr-BE
    /// page) has no segments: it is kept as the author wrote it, so it is not aligned, stored, offered for
    /// translation or checked, and a bundle's target article copies it as it is.
    /// - Complexity: linear in the article's length (see ``segment(_:blockIndex:)``).
    public func segment(_ article: Article) -> SegmentedArticle {
        SegmentedArticle(article: article, segments: article.blocks.enumerated().map { index, block in
            block.isInAnotherLanguage(than: article.locale) ? [] : segment(block, blockIndex: index)
        })
    }

    /// Whether the UTF-16 code units hold a letter or a digit: a scalar of Unicode general category L
    /// (letters) or N (decimal digits, letter numbers such as Roman numerals, other numbers such as "½").
    /// Unpaired surrogates count as neither.
    /// - Complexity: O(n) in the code units.
    static func holdsLetterOrDigit(_ units: ArraySlice<UInt16>) -> Bool {
        for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                return true
            default: continue
            }
        }
        return false
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
