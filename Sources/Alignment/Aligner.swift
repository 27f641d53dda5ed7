import TaalgrensCore

/// Aligns the language versions of an article: blocks first, then sentences inside aligned blocks, by
/// dynamic programming with the Gale & Church (1993) length cost and anchors; three or more versions
/// through the source version; a confidence per bead.
///
/// See `docs/alignment.md` for the model, its costs and its sources.
public struct Aligner: Sendable {
    /// The settings: review threshold, termbase pairs, length models, use of block structure.
    public var configuration: AlignerConfiguration

    /// The length, in Characters, from which a segment is a run-on "sentence" (a paste error, or a text
    /// without sentence punctuation): two of them left without a partner at the same place of two versions
    /// are paired, below the review threshold (`docs/alignment.md`, "Run-on segments"). The longest real
    /// sentences of the development and blind sets are about 600 Characters; 2,000 is over three times that.
    public static let runOnLength = 2_000.0

    /// Creates an aligner with `configuration` (default: the documented defaults).
    public init(configuration: AlignerConfiguration = .init()) {
        self.configuration = configuration
    }

    /// Aligns two or more segmented versions of one article.
    ///
    /// Each version other than the source is aligned with the source. With three or more versions, the
    /// beads are the connected groups of those pairwise beads, and every pair of non-source versions is
    /// also aligned directly: where the direct alignment disagrees with the pairing implied through the
    /// source, the bead's confidence is halved.
    ///
    /// - Parameters:
    ///   - versions: the versions, one per locale (locales must differ).
    ///   - source: the version the others are aligned with, matched by language with region fallback
    ///     (`en` finds `en-GB`). `nil`: `en` when present, else the first version.
    /// - Returns: the beads in document order, with segments, confidences and review flags. Where a version
    ///   moved a paragraph or a sentence elsewhere (`docs/alignment.md`, "Moved text"), its beads cross the
    ///   others: they stand at their place in the source version, and stay below the review threshold.
    /// - Throws: ``InputError`` (naming the article's folder, or its id) when there are fewer than two
    ///   versions, two versions share a locale, or `source` matches no version.
    /// - Complexity: near-linear in the number of segments for versions whose structures correspond
    ///   (the search runs in a band around the block alignment or the diagonal); see `docs/alignment.md`.
    public func align(_ versions: [SegmentedArticle], source: LanguageTag? = nil) throws -> ArticleAlignment {
        let where_ = Self.describe(versions)
        guard versions.count >= 2 else {
            throw InputError(file: where_, "expected at least two language versions to align, found \(versions.count)"
                + (versions.isEmpty ? "" : " (\(versions[0].article.locale))"))
        }
        let locales = versions.map(\.article.locale)
        if let duplicate = locales.enumerated().first(where: { locales[..<$0.offset].contains($0.element) }) {
            throw InputError(file: where_, "expected one version per locale, found \(duplicate.element) twice")
        }
        let sourceLocale: LanguageTag
        if let source {
            guard let found = source.bestMatch(in: locales) else {
                throw InputError(file: where_, "no version in \(source) to align with; the versions are "
                    + locales.map(\.identifier).joined(separator: ", "))
            }
            sourceLocale = found
        } else {
            sourceLocale = LanguageTag("en").bestMatch(in: locales) ?? locales[0]
        }
        let ordered = [sourceLocale] + locales.filter { $0 != sourceLocale }
        var sides: [LanguageTag: AlignmentSide] = [:]
        for version in versions { sides[version.article.locale] = AlignmentSide(version) }
        let pairwise = PairwiseAligner(configuration: configuration)
        let pivots = ordered.dropFirst().map { pairwise.align(sides[sourceLocale]!, sides[$0]!) }
        var checks: [PairAlignment] = []
        let targets = Array(ordered.dropFirst())
        if targets.count >= 2 {
            for a in 0..<(targets.count - 1) {
                for b in (a + 1)..<targets.count { checks.append(pairwise.align(sides[targets[a]]!, sides[targets[b]]!)) }
            }
        }
        var units = MultiwayUnits(locales: ordered, counts: ordered.map { sides[$0]!.count },
                                  reviewThreshold: configuration.reviewThreshold)
        units.headings = ordered.map { locale in
            Set(sides[locale]!.blocks.filter { $0.kind == .heading && $0.segments.count == 1 }.map(\.segments.lowerBound))
        }
        let beads = units.beads(pivots: pivots, checks: checks)
        var segments: [LanguageTag: [Segment]] = [:]
        var blocks: [LanguageTag: [RichText]] = [:]
        for version in versions {
            segments[version.article.locale] = sides[version.article.locale]!.segments
            blocks[version.article.locale] = version.article.blocks.map(\.content)
        }
        return ArticleAlignment(source: sourceLocale, locales: ordered, segments: segments, beads: beads,
                                reviewThreshold: configuration.reviewThreshold, blocks: blocks)
    }

    /// The article's folder when it was read from files, else its id (for error messages).
    private static func describe(_ versions: [SegmentedArticle]) -> String {
        if let url = versions.first?.article.source { return url.deletingLastPathComponent().path }
        return versions.first?.article.id ?? "<article>"
    }
}
