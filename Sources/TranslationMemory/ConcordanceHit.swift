import TaalgrensCore

/// One stored variant that contains a concordance phrase.
public struct ConcordanceHit: Hashable, Sendable {
    /// An occurrence of the phrase in a sub-flow text of one of the variant's inline codes
    /// (``XMLSupport/InlineCode/subFlowTexts``: a TMX `<sub>`, such as a footnote or an image's `alt` text).
    public struct SubFlowHit: Hashable, Sendable {
        /// The id of the inline code whose markup holds the text.
        public var codeID: String
        /// The sub-flow text.
        public var text: String
        /// Where the phrase occurs in ``text``: UTF-16 offsets, end exclusive, in order.
        public var ranges: [Range<Int>]

        /// A hit in the sub-flow `text` of the code `codeID` at `ranges` (UTF-16 offsets of `text`).
        public init(codeID: String, text: String, ranges: [Range<Int>]) {
            self.codeID = codeID
            self.text = text
            self.ranges = ranges
        }
    }

    /// The whole unit, with its other variants for display beside the hit.
    public var unit: TranslationUnit
    /// The variant the phrase was found in.
    public var variant: Variant
    /// Where the phrase occurs in the variant's plain text: UTF-16 offsets, end exclusive, in order. Empty
    /// when the phrase occurs only in a sub-flow text (``subFlowHits``).
    public var ranges: [Range<Int>]
    /// The sub-flow texts of the variant's codes that hold the phrase, in the order of the codes.
    public var subFlowHits: [SubFlowHit]
    /// Whether some occurrence of the phrase is a whole word or words: neither the character before it nor
    /// the one after it continues a word of the phrase (a letter, digit or mark next to a phrase that starts
    /// or ends with one). Hits with a whole-word occurrence rank first (`docs/memory.md`, "Concordance").
    public var isWholeWord: Bool

    /// A hit in `variant` of `unit` at `ranges` (UTF-16 offsets of the variant's plain text), with the hits
    /// in sub-flow texts `subFlowHits` and whether an occurrence is a whole word (`isWholeWord`).
    public init(unit: TranslationUnit, variant: Variant, ranges: [Range<Int>], subFlowHits: [SubFlowHit] = [], isWholeWord: Bool = true) {
        self.unit = unit
        self.variant = variant
        self.ranges = ranges
        self.subFlowHits = subFlowHits
        self.isWholeWord = isWholeWord
    }
}
