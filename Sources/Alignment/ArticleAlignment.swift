import TaalgrensCore

/// The alignment of an article's language versions: the segments of every version and the beads that
/// pair them, in document order.
///
/// Its JSON form (`cli-json.md`, `taalgrens align --format json`) is built by the command line from
/// ``locales``, ``source``, the segments' texts and ``beads``.
public struct ArticleAlignment: Hashable, Sendable {
    /// The version the others were aligned with.
    public var source: LanguageTag
    /// All locales: the source first, then the others in the order the versions were given.
    public var locales: [LanguageTag]
    /// Per locale, its segments in document order (`SegmentedArticle.allSegments`); bead indices point here.
    public var segments: [LanguageTag: [Segment]]
    /// The beads in document order (a bead of text that one version moved stands at its place in the
    /// source version): every segment of every locale is in exactly one bead.
    public var beads: [Bead]
    /// The threshold under which beads were marked ``Bead/needsReview``.
    public var reviewThreshold: Double
    /// Per locale, the content of every block of the article (by `Segment.block`), for joining the
    /// segments of a multi-sentence variant with their original spacing. May be empty.
    public var blocks: [LanguageTag: [RichText]]

    /// - Parameters:
    ///   - blocks: per locale, the rich text of each article block (see ``blocks``); without it, the
    ///     segments of a multi-sentence variant are joined with one space.
    public init(source: LanguageTag, locales: [LanguageTag], segments: [LanguageTag: [Segment]], beads: [Bead],
                reviewThreshold: Double = AlignerConfiguration().reviewThreshold, blocks: [LanguageTag: [RichText]] = [:]) {
        self.source = source
        self.locales = locales
        self.segments = segments
        self.beads = beads
        self.reviewThreshold = reviewThreshold
        self.blocks = blocks
    }

    /// The plain texts of a locale's segments, in document order (the `segments` of `cli-json.md`).
    public func texts(for locale: LanguageTag) -> [String] { (segments[locale] ?? []).map(\.text) }
}
