/// Sentence-boundary precision, recall and F1 of a segmenter against gold sentences, summed over
/// paragraphs: the measure issue 3 sets its quality target in ("at least 99 % of sentence boundaries
/// right, boundary F1").
///
/// Only the boundaries *between* sentences of a paragraph count; the paragraph's own end is given and
/// never scored. A boundary is identified by the number of non-white-space characters (Unicode
/// scalars) before it, so the gold and the found sentences of one text compare whatever white space
/// (spaces, no-break spaces, soft line breaks read as spaces) each kept or trimmed. This is the usual
/// boundary-level evaluation of sentence boundary detection (for example Read, Dridan, Oepen and
/// Øvrelid, "Sentence Boundary Detection: A Long Solved Problem?", COLING 2012, section 3).
public struct BoundaryScore: Sendable, Equatable {
    /// Boundaries found that the gold has.
    public var truePositives = 0
    /// Boundaries found that the gold does not have (false breaks).
    public var falsePositives = 0
    /// Gold boundaries not found (missed breaks).
    public var falseNegatives = 0

    /// An empty score (nothing counted yet).
    public init() {}

    /// Adds one paragraph: the sentences `found` against the `expected` (gold) sentences, both taken
    /// from the same text in order. Linear in the length of the sentences.
    /// - Returns: the boundaries of this paragraph as (missed, false) counts, both 0 when it is right.
    @discardableResult
    public mutating func add(expected: [String], found: [String]) -> (missed: Int, false: Int) {
        let gold = BoundaryScore.boundaries(expected)
        let got = BoundaryScore.boundaries(found)
        let hits = gold.intersection(got).count
        truePositives += hits
        falsePositives += got.count - hits
        falseNegatives += gold.count - hits
        return (gold.count - hits, got.count - hits)
    }

    /// Adds the counts of another score.
    public mutating func add(_ other: BoundaryScore) {
        truePositives += other.truePositives
        falsePositives += other.falsePositives
        falseNegatives += other.falseNegatives
    }

    /// The gold boundaries: true positives plus false negatives.
    public var expectedBoundaries: Int { truePositives + falseNegatives }

    /// True positives over all boundaries found; 1 when none was found (no false break was made).
    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// True positives over all gold boundaries; 1 when the gold has none.
    public var recall: Double {
        expectedBoundaries == 0 ? 1 : Double(truePositives) / Double(expectedBoundaries)
    }

    /// The harmonic mean of precision and recall: 2·TP / (2·TP + FP + FN); 1 when there was nothing to
    /// find and nothing was found.
    public var f1: Double {
        let denominator = 2 * truePositives + falsePositives + falseNegatives
        return denominator == 0 ? 1 : Double(2 * truePositives) / Double(denominator)
    }

    /// The positions of the boundaries between `sentences`, each as the number of non-white-space
    /// scalars before it.
    static func boundaries(_ sentences: [String]) -> Set<Int> {
        var out = Set<Int>()
        var count = 0
        for (index, sentence) in sentences.enumerated() {
            for scalar in sentence.unicodeScalars where !scalar.properties.isWhitespace { count += 1 }
            if index < sentences.count - 1 { out.insert(count) }
        }
        return out
    }
}
