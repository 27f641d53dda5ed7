import TaalgrensCore

extension ArticleAlignment {
    /// The translation units of the alignment: one per bead that has segments in the source locale (two
    /// when its locales' pairs disagree about review, below).
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
    /// - Confidence per pair: a unit's confidence is the lowest ``Bead/confidence(for:)`` of the locales it
    ///   holds, so a locale with no segments in the bead (a caption left out of one version) does not lower
    ///   the confidence of the others' pairs. When some of the bead's locales reach ``reviewThreshold`` and
    ///   others do not, the bead gives two units: the source with the confident locales (status
    ///   `.aligned`, the id above), and the source with the others (status `.needsReview`, the id above
    ///   followed by `~` and their locales joined by `+`, such as `"safer-internet-day:3:0~fr-BE"`). A bead
    ///   with the source only gives one unit with the bead's confidence.
    /// - Status `.aligned` when the unit's confidence reaches ``reviewThreshold``, else `.needsReview`.
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
            let id = "\(articleID):\(first.block):\(first.position)"
            let origin = Origin(article: articleID, block: first.block, position: first.position)
            let targets = locales.filter { $0 != source && !bead.indices(for: $0).isEmpty && segments[$0] != nil }
            let confident = targets.filter { bead.confidence(for: $0) >= reviewThreshold }
            let doubtful = targets.filter { bead.confidence(for: $0) < reviewThreshold }
            var parts: [(id: String, locales: [LanguageTag])] = []
            if confident.isEmpty || doubtful.isEmpty {
                parts = [(id, targets)]
            } else {
                parts = [(id, confident), (id + "~" + doubtful.map(\.identifier).joined(separator: "+"), doubtful)]
            }
            for part in parts {
                var variants: [Variant] = []
                for locale in [source] + part.locales {
                    let indices = bead.indices(for: locale)
                    guard !indices.isEmpty, let all = segments[locale] else { continue }
                    variants.append(variant(locale: locale, indices: indices, in: all))
                }
                let confidence = part.locales.isEmpty ? bead.confidence : part.locales.map { bead.confidence(for: $0) }.min()!
                units.append(TranslationUnit(
                    id: part.id, variants: variants, origin: origin,
                    status: confidence >= reviewThreshold ? .aligned : .needsReview,
                    confidence: confidence))
            }
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
