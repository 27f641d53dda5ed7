import TaalgrensCore

extension ArticleAlignment {
    /// The translation units of the alignment: one per bead that has segments in the source locale (more
    /// when its locales' pairs disagree about review, or when a pair is aligned more finely than the bead,
    /// below).
    ///
    /// - Each locale with segments in the bead gives one variant. Several segments are joined with their
    ///   original spacing (the block's text between them, inline codes included); segments from different
    ///   blocks are joined with one space. ``Variant/sentenceStarts`` holds the UTF-16 offsets where the
    ///   second and later sentences start. ``Variant/previous`` and ``Variant/next`` are the plain texts
    ///   of the segments just before and after the variant in that locale's document.
    /// - ``Origin``: the article, and the block and position of the unit's first source segment.
    /// - The id is `"<articleID>:<block>:<position>"` of that first source segment: stable across
    ///   imports of a revised article as long as the source sentence keeps its place, and the same form
    ///   as the `unit` of `cli-json.md` for articles.
    /// - Finer pairs (``Bead/finerPairs``): a locale whose own alignment with the source splits the bead
    ///   (en and nl-BE 1-1 twice where fr-BE joined both sentences) gets one unit per finer pair, with the
    ///   source and that locale only, so a query for one of the sentences finds its translation in that
    ///   locale as an exact match. The bead's unit keeps every locale (those aligned finely with their
    ///   whole share of the bead), so each pair of locales is stored: a locale that split the bead still
    ///   pairs with one that did not (nl-BE with fr-BE where fr-BE reordered two sentences that en and
    ///   nl-BE keep 1-1; trial 5). Locales that split the bead the same way share their finer units. The finer units' ids are those of their first source segment
    ///   followed by `~` and their locales joined by `+` (`"flood:1:0~nl-BE"`, `"flood:1:1~nl-BE"`), unless
    ///   every locale of the bead splits it the same way: then they are the plain ids.
    /// - Confidence per pair: a unit's confidence is the lowest ``Bead/confidence(for:)`` (for a finer
    ///   unit: ``Bead/FinerPair/confidence``) of the locales it holds, so a locale with no segments in the
    ///   bead (a caption left out of one version) does not lower the confidence of the others' pairs. When
    ///   some of a unit's locales reach ``reviewThreshold`` and others do not, it becomes two units: the
    ///   source with the confident locales (status `.aligned`, the id above), and the source with the
    ///   others (status `.needsReview`, the id above followed by `~` and their locales joined by `+`, such
    ///   as `"safer-internet-day:3:0~fr-BE"`; `"…~fr-BE~bead"` when fr-BE also split the bead, whose first finer
    ///   unit has the plain `~fr-BE` id), which also holds the confident locales when
    ///   `pairingEveryLocale` (so a doubtful locale stays paired with the others, under review). A bead with the source only gives one unit with the bead's
    ///   confidence.
    /// - Status `.aligned` when the unit's confidence reaches ``reviewThreshold``, else `.needsReview`.
    ///
    /// - Parameters:
    ///   - articleID: the article id (`Article.id`).
    ///   - pairingEveryLocale: whether the bead's unit also holds the locales aligned more finely (the
    ///     default: what an import stores, so every pair of locales is kept). `false` gives each
    ///     source–target pair once, at its finest, and no bead unit where every locale split it (what a
    ///     check of source–target pairs wants: a lost code in a finely aligned locale is reported once).
    /// - Complexity: O(total length of the segments).
    public func translationUnits(articleID: String, pairingEveryLocale: Bool = true) -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        guard let sourceSegments = segments[source] else { return units }
        /// Appends the units of one group of source segments and the targets paired with them.
        func emit(id baseID: String, sourceIndices: [Int], targets: [(locale: LanguageTag, indices: [Int], confidence: Double)],
                  sourceOnlyConfidence: Double, pairsAll: Bool = false, avoiding taken: Set<String> = []) {
            guard let firstIndex = sourceIndices.first, firstIndex < sourceSegments.count else { return }
            let first = sourceSegments[firstIndex]
            let origin = Origin(article: articleID, block: first.block, position: first.position)
            let confident = targets.filter { $0.confidence >= reviewThreshold }
            let doubtful = targets.filter { $0.confidence < reviewThreshold }
            var parts: [(id: String, targets: [(locale: LanguageTag, indices: [Int], confidence: Double)])] = []
            if confident.isEmpty || doubtful.isEmpty {
                parts = [(baseID, targets)]
            } else {
                // With `pairsAll`, the doubtful unit keeps the confident locales too (under review), so that
                // a doubtful locale stays paired with the others and not only with the source.
                // A doubtful locale that also split the bead has finer units whose first id is the same
                // (`flood:1:0~nl-BE`): the bead's doubtful unit then says it is the bead's.
                var doubtfulID = baseID + "~" + doubtful.map(\.locale.identifier).joined(separator: "+")
                if taken.contains(doubtfulID) { doubtfulID += "~bead" }
                parts = [(baseID, confident), (doubtfulID, pairsAll ? targets : doubtful)]
            }
            for part in parts {
                var variants = [variant(locale: source, indices: sourceIndices, in: sourceSegments)]
                for target in part.targets {
                    guard let all = segments[target.locale] else { continue }
                    variants.append(variant(locale: target.locale, indices: target.indices, in: all))
                }
                let confidence = part.targets.isEmpty ? sourceOnlyConfidence : part.targets.map(\.confidence).min()!
                units.append(TranslationUnit(
                    id: part.id, variants: variants, origin: origin,
                    status: confidence >= reviewThreshold ? .aligned : .needsReview,
                    confidence: confidence))
            }
        }
        func unitID(_ index: Int) -> String? {
            guard index < sourceSegments.count else { return nil }
            return "\(articleID):\(sourceSegments[index].block):\(sourceSegments[index].position)"
        }
        for bead in beads {
            let sourceIndices = bead.indices(for: source)
            guard let firstIndex = sourceIndices.first, let id = unitID(firstIndex) else { continue }
            let targets = locales.filter { $0 != source && !bead.indices(for: $0).isEmpty && segments[$0] != nil }
            // Locales aligned more finely than the bead, grouped by how they split the source.
            var splits: [(source: [[Int]], locales: [LanguageTag])] = []
            for locale in targets {
                guard let pairs = bead.finerPairs[locale], pairs.count >= 2 else { continue }
                let split = pairs.map(\.source)
                if let k = splits.firstIndex(where: { $0.source == split }) { splits[k].locales.append(locale) } else { splits.append((split, [locale])) }
            }
            let whole = targets.filter { locale in !splits.contains { $0.locales.contains(locale) } }
            let plainIDs = whole.isEmpty && splits.count == 1
            func pieceID(_ split: (source: [[Int]], locales: [LanguageTag]), _ k: Int) -> String? {
                unitID(split.source[k][0]).map { $0 + (plainIDs ? "" : "~" + split.locales.map(\.identifier).joined(separator: "+")) }
            }
            let pieceIDs = Set(splits.flatMap { split in split.source.indices.compactMap { pieceID(split, $0) } })
            let beadLocales = pairingEveryLocale ? targets : whole
            if pairingEveryLocale ? !plainIDs : (!whole.isEmpty || splits.isEmpty) {
                // The bead's unit holds every locale, the finely aligned ones with their whole share of the
                // bead: it is the only unit that pairs a locale that split the bead with one that did not
                // (or split it otherwise), such as nl-BE and fr-BE when fr-BE reordered two sentences.
                emit(id: id, sourceIndices: sourceIndices,
                     targets: beadLocales.map { ($0, bead.indices(for: $0), bead.confidence(for: $0)) }, sourceOnlyConfidence: bead.confidence,
                     pairsAll: pairingEveryLocale, avoiding: pieceIDs)
            }
            for split in splits {
                for (k, pieceSource) in split.source.enumerated() {
                    guard let id = pieceID(split, k) else { continue }
                    let pieceTargets = split.locales.map { locale in
                        let pair = bead.finerPairs[locale]![k]
                        return (locale: locale, indices: pair.target, confidence: pair.confidence)
                    }
                    emit(id: id, sourceIndices: pieceSource, targets: pieceTargets, sourceOnlyConfidence: bead.confidence)
                }
            }
        }
        // Ids are unique by construction (above); should a future shape of bead still give one id twice, the
        // later unit takes a numbered suffix instead of making the whole article fail to import.
        var seen: [String: Int] = [:]
        for i in units.indices {
            let n = seen[units[i].id, default: 0]
            seen[units[i].id] = n + 1
            if n > 0 { units[i].id += "~\(n + 1)" }
        }
        return units
    }

    private func variant(locale: LanguageTag, indices: [Int], in all: [Segment]) -> Variant {
        let kept = indices.filter { $0 >= 0 && $0 < all.count }
        let chosen = kept.map { all[$0] }
        var content = RichText([])
        var starts: [Int] = []
        var length = 0
        var index = 0
        while index < chosen.count {
            // A run of consecutive segments of one block keeps the block's text between them (not a run with
            // a gap: a sentence moved into the bead's paragraph from elsewhere is not part of its text).
            var end = index
            while end + 1 < chosen.count && chosen[end + 1].block == chosen[index].block && kept[end + 1] == kept[end] + 1 { end += 1 }
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
