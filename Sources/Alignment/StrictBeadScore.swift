import TaalgrensCore

/// Strict bead precision, recall and F1 between two locales of an alignment, against a gold alignment
/// (issue 4's measure, `docs/alignment.md`, "Quality").
///
/// Beads are given as maps from locale to the indices of that locale's sentences (any numbering the caller
/// uses consistently, for example the sentence's position in its article). Each bead is projected on the
/// pair `(a, b)`; projections empty on both sides are dropped (a bead of a third language only), and a
/// predicted projection counts as a true positive only when a gold projection has exactly the same indices on
/// both sides. A 2-1 bead that should have been a 1-1 plus a 1-0 therefore counts as wrong, not as partly
/// right. Add any number of documents with ``add(predicted:gold:_:_:)``: the counts accumulate, so the
/// figures are micro-averaged over beads.
public struct StrictBeadScore: Sendable, Equatable {
    /// Predicted projections that are in the gold.
    public private(set) var truePositives = 0
    /// Predicted projections.
    public private(set) var predicted = 0
    /// Gold projections.
    public private(set) var gold = 0

    /// An empty score (no beads yet).
    public init() {}

    /// The projections of `beads` on locales `a` and `b`: each written as the `a` indices, then -1, then
    /// the `b` indices, so that two projections are equal exactly when both sides are.
    /// - Complexity: O(total indices).
    public static func projections(_ beads: [[LanguageTag: [Int]]], _ a: LanguageTag, _ b: LanguageTag) -> Set<[Int]> {
        var out: Set<[Int]> = []
        for bead in beads {
            let x = bead[a] ?? [], y = bead[b] ?? []
            if x.isEmpty && y.isEmpty { continue }
            out.insert(x + [-1] + y)
        }
        return out
    }

    /// Adds one document: its predicted and gold beads, projected on `a` and `b`.
    public mutating func add(predicted p: [[LanguageTag: [Int]]], gold g: [[LanguageTag: [Int]]], _ a: LanguageTag, _ b: LanguageTag) {
        let pp = Self.projections(p, a, b), gg = Self.projections(g, a, b)
        truePositives += pp.intersection(gg).count
        predicted += pp.count
        gold += gg.count
    }

    /// True positives over predicted projections; 1 when nothing was predicted.
    public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
    /// True positives over gold projections; 1 when the gold is empty.
    public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
    /// The harmonic mean of precision and recall; 0 when both are 0.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
