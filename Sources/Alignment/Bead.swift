import TaalgrensCore

/// One step of an alignment: the segments of every version that translate each other.
///
/// A bead of two versions has a shape n-m (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1). A bead of three or
/// more versions is a connected group of the pairwise beads (see `docs/alignment.md`): when en[0, 1] ↔
/// nl[0] but en[0] ↔ fr[0] and en[1] ↔ fr[1], the bead holds en[0, 1], nl[0] and fr[0, 1].
///
/// Encoded as in `cli-json.md`: `{"segments": {"en": [0], "nl-BE": [0, 1]}, "confidence": 0.97,
/// "needsReview": false}`.
public struct Bead: Hashable, Sendable, Codable {
    /// For every locale of the alignment, the global indices (into the version's
    /// `SegmentedArticle.allSegments`, ascending and consecutive) of the segments in this bead. An empty
    /// side is `[]`, never absent.
    public var segments: [LanguageTag: [Int]]
    /// How likely the bead is right, in [0, 1] (see `docs/alignment.md`, "Confidence").
    public var confidence: Double
    /// Whether the confidence is below the review threshold: the bead as a whole must be reviewed by a
    /// person. Its translation units follow the confidence of their own pairs (``pairConfidences``).
    public var needsReview: Bool
    /// For every locale other than the alignment's source, how likely this locale's side of the bead is
    /// right as the translation of the source side, in [0, 1]: the pairing with the source, not the whole
    /// bead. A locale with no segments in the bead has the one-sided cap (the sentence may have been left
    /// out, or its partner lost), but that does not lower the other locales' entries. ``confidence`` is the
    /// lowest entry. Empty for beads made by hand or decoded from JSON.
    public var pairConfidences: [LanguageTag: Double]
    /// For a target locale whose own alignment with the source pairs this bead's sentences more finely than
    /// the bead does, those finer pairs, in document order: two or more, covering the bead's source and
    /// that locale's segments exactly, each with segments on both sides. A bead is coarser than a pair's
    /// alignment when another version merged what this pair keeps apart (en and nl-BE 1-1 twice, fr-BE
    /// joining both sentences into one: the bead holds two sentences of each, and en–nl-BE has two finer
    /// pairs). ``ArticleAlignment/translationUnits(articleID:)`` stores the finer pairs as units of their
    /// own, so leverage between those two locales stays at the sentence. Empty for most beads, for beads
    /// where the versions' alignments disagree, and for beads made by hand or decoded from JSON (not part
    /// of the `cli-json.md` form).
    public var finerPairs: [LanguageTag: [FinerPair]] = [:]

    /// One pair of a finer alignment inside a bead (``finerPairs``).
    public struct FinerPair: Hashable, Sendable {
        /// Global segment indices of the source (ascending, consecutive, non-empty).
        public var source: [Int]
        /// Global segment indices of the target locale (ascending, consecutive, non-empty).
        public var target: [Int]
        /// How likely the pair is right, in [0, 1]: the posterior of the pairwise bead.
        public var confidence: Double

        /// Creates a finer pair; `confidence` should lie in [0, 1].
        public init(source: [Int], target: [Int], confidence: Double) {
            self.source = source
            self.target = target
            self.confidence = confidence
        }
    }

    /// Creates a bead. `confidence` should lie in [0, 1]; `needsReview` is normally `confidence` below the
    /// review threshold.
    /// - Parameter pairConfidences: see ``pairConfidences``; default none.
    public init(segments: [LanguageTag: [Int]], confidence: Double, needsReview: Bool,
                pairConfidences: [LanguageTag: Double] = [:]) {
        self.segments = segments
        self.confidence = confidence
        self.needsReview = needsReview
        self.pairConfidences = pairConfidences
    }

    /// The confidence of `locale`'s pairing with the source side (``pairConfidences``), or the bead's
    /// ``confidence`` when the bead has no entry for it (the source locale, or a bead made by hand).
    public func confidence(for locale: LanguageTag) -> Double { pairConfidences[locale] ?? confidence }

    /// The segment indices of `locale` in this bead (`[]` when the locale has none).
    public func indices(for locale: LanguageTag) -> [Int] { segments[locale] ?? [] }

    private enum CodingKeys: String, CodingKey { case segments, confidence, needsReview }

    /// Decodes the `cli-json.md` form; `confidence` defaults to 1 and `needsReview` to false when absent
    /// (gold files carry only segments).
    /// - Throws: `DecodingError` for a key that is not a BCP 47 tag.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decode([String: [Int]].self, forKey: .segments)
        var segments: [LanguageTag: [Int]] = [:]
        for (key, value) in raw {
            guard let tag = LanguageTag(key) else {
                throw DecodingError.dataCorruptedError(forKey: .segments, in: container, debugDescription: "not a BCP 47 tag: \(key)")
            }
            segments[tag] = value
        }
        self.segments = segments
        confidence = try container.decodeIfPresent(Double.self, forKey: .confidence) ?? 1
        needsReview = try container.decodeIfPresent(Bool.self, forKey: .needsReview) ?? false
        pairConfidences = [:]
    }

    /// Encodes the `cli-json.md` form, with `segments` keyed by locale identifier (``pairConfidences`` and
    /// ``finerPairs`` are not part of that form and are not encoded).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Dictionary(uniqueKeysWithValues: segments.map { ($0.key.identifier, $0.value) }), forKey: .segments)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(needsReview, forKey: .needsReview)
    }
}
