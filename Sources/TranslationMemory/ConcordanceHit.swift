import TaalgrensCore

/// One stored variant that contains a concordance phrase.
public struct ConcordanceHit: Hashable, Sendable {
    /// The whole unit, with its other variants for display beside the hit.
    public var unit: TranslationUnit
    /// The variant the phrase was found in.
    public var variant: Variant
    /// Where the phrase occurs in the variant's plain text: UTF-16 offsets, end exclusive, in order.
    public var ranges: [Range<Int>]

    /// A hit in `variant` of `unit` at `ranges` (UTF-16 offsets of the variant's plain text).
    public init(unit: TranslationUnit, variant: Variant, ranges: [Range<Int>]) {
        self.unit = unit
        self.variant = variant
        self.ranges = ranges
    }
}
