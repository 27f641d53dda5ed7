import TaalgrensCore

extension ArticleAlignment {
    /// The translation units of the alignment: one per bead that has segments in the source locale.
    ///
    /// - Each locale with segments in the bead gives one variant. Several segments are joined with their
    ///   original spacing (the block's text between them, inline codes included); segments from different
    ///   blocks are joined with one space. ``Variant/sentenceStarts`` holds the UTF-16 offsets where the
    ///   second and later sentences start. ``Variant/previous`` and ``Variant/next`` are the plain texts
    ///   of the segments just before and after the variant in that locale's document.
    /// - ``Origin``: the article, and the block and position of the bead's first source segment.
    /// - The id is `"<articleID>:<block>:<position>"` of that first source segment: stable across
    ///   imports of a revised article as long as the source sentence keeps its place, and the same form
    ///   as the `unit` of `cli-json.md` for articles.
    /// - Status `.aligned` when the bead's confidence reaches ``reviewThreshold``, else `.needsReview`.
    ///
    /// - Parameter articleID: the article id (`Article.id`).
    /// - Complexity: O(total length of the segments).
    public func translationUnits(articleID: String) -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        for bead in beads {
            let sourceIndices = bead.indices(for: source)
            guard let firstIndex = sourceIndices.first, let sourceSegments = segments[source],
                  firstIndex < sourceSegments.count else { continue }
            let first = sourceSegments[firstIndex]
            var variants: [Variant] = []
            for locale in locales {
                let indices = bead.indices(for: locale)
                guard !indices.isEmpty, let all = segments[locale] else { continue }
                variants.append(variant(locale: locale, indices: indices, in: all))
            }
            units.append(TranslationUnit(
                id: "\(articleID):\(first.block):\(first.position)",
                variants: variants,
                origin: Origin(article: articleID, block: first.block, position: first.position),
                status: bead.confidence >= reviewThreshold ? .aligned : .needsReview,
                confidence: bead.confidence))
        }
        return units
    }

    private func variant(locale: LanguageTag, indices: [Int], in all: [Segment]) -> Variant {
        let chosen = indices.filter { $0 >= 0 && $0 < all.count }.map { all[$0] }
        var content = RichText([])
        var starts: [Int] = []
        var length = 0
        var index = 0
        while index < chosen.count {
            // A run of consecutive segments of one block keeps the block's text between them.
            var end = index
            while end + 1 < chosen.count && chosen[end + 1].block == chosen[index].block { end += 1 }
            if index > 0 {
                content = content + RichText(plain: " ")
                length += 1
            }
            let piece: RichText
            if let block = blocks[locale].flatMap({ chosen[index].block < $0.count ? $0[chosen[index].block] : nil }),
               chosen[end].end <= block.plainText.utf16.count {
                piece = block.slice(utf16: chosen[index].start..<chosen[end].end)
                for k in index...end where k > 0 { starts.append(length + chosen[k].start - chosen[index].start) }
            } else {
                var joined = RichText([])
                var offset = 0
                for k in index...end {
                    if k > index { joined = joined + RichText(plain: " "); offset += 1 }
                    if k > 0 { starts.append(length + offset) }
                    joined = joined + chosen[k].content
                    offset += chosen[k].content.plainText.utf16.count
                }
                piece = joined
            }
            content = content + piece
            length += piece.plainText.utf16.count
            index = end + 1
        }
        let previous = indices.first.flatMap { $0 > 0 && $0 - 1 < all.count ? all[$0 - 1].text : nil }
        let next = indices.last.flatMap { $0 + 1 < all.count ? all[$0 + 1].text : nil }
        return Variant(locale: locale, content: content, sentenceStarts: starts, previous: previous, next: next)
    }
}
