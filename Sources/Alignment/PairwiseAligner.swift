import Foundation
import TaalgrensCore

/// A bead between two versions: consecutive source segments and consecutive target segments (global
/// indices), with the posterior probability the model gives it.
struct PairBead: Hashable, Sendable {
    var source: Range<Int>
    var target: Range<Int>
    var posterior: Double
}

/// The alignment of two versions.
struct PairAlignment: Sendable {
    var source: LanguageTag
    var target: LanguageTag
    var beads: [PairBead]
    /// The length model used (configured, or estimated from the article).
    var model: LengthModel
    /// Whether the block structure was used (false: the versions' blocks did not correspond).
    var usedBlocks: Bool
}

/// Aligns two versions: blocks first, then sentences inside the aligned block groups; the length model
/// is estimated from the article unless configured (see `docs/alignment.md`, "Length model").
struct PairwiseAligner {
    var configuration: AlignerConfiguration

    /// How many beads' worth of weight the prior (Gale & Church's values) has when the model is
    /// estimated from an article's confident 1-1 beads.
    static let priorWeight = 10.0

    func align(_ source: AlignmentSide, _ target: AlignmentSide) -> PairAlignment {
        let anchors = PairAnchors(source: source, target: target, termPairs: configuration.termPairs)
        let configured = configuration.lengthModel(from: source.locale, to: target.locale)
        let totalS = source.prefixLengths.last!, totalT = target.prefixLengths.last!
        let initialRatio = totalS > 0 && totalT > 0 ? min(max(totalT / totalS, 0.5), 2) : 1
        var model = configured ?? LengthModel(source: source.locale, target: target.locale,
                                               meanRatio: initialRatio, variance: LengthModel.defaultVariance)
        var result = run(source, target, anchors: anchors, model: model)
        if configured == nil, let estimated = estimate(result, source, target, prior: model),
           abs(estimated.meanRatio - model.meanRatio) / model.meanRatio > 0.02
            || abs(estimated.variance - model.variance) / model.variance > 0.15 {
            model = estimated
            result = run(source, target, anchors: anchors, model: model)
        }
        return result
    }

    private func run(_ source: AlignmentSide, _ target: AlignmentSide, anchors: PairAnchors, model: LengthModel) -> PairAlignment {
        var groups: [BlockGroup]?
        if configuration.usesBlockStructure {
            let blocks = BlockAligner(source: source, target: target, anchors: anchors, model: model).align()
            if blocks.reliable { groups = blocks.groups }
        }
        let aligner = SentenceAligner(source: source, target: target, anchors: anchors, model: model)
        // The lattice always has a finite path (1-0 and 0-1 beads connect every band), so nil cannot happen;
        // fall back to one-sided beads for robustness rather than trapping.
        guard let path = aligner.align(groups: groups) else {
            let beads = (0..<source.count).map { PairBead(source: $0..<($0 + 1), target: 0..<0, posterior: 0) }
                + (0..<target.count).map { PairBead(source: source.count..<source.count, target: $0..<($0 + 1), posterior: 0) }
            return PairAlignment(source: source.locale, target: target.locale, beads: beads, model: model, usedBlocks: false)
        }
        let beads = path.steps.map {
            PairBead(source: $0.i..<($0.i + $0.shape.source), target: $0.j..<($0.j + $0.shape.target), posterior: $0.posterior)
        }
        return PairAlignment(source: source.locale, target: target.locale, beads: beads, model: model, usedBlocks: groups != nil)
    }

    /// Re-estimates `c` and `s²` from the confident 1-1 beads of an alignment (posterior ≥ 0.9), shrunk
    /// towards `prior` with the weight of ``priorWeight`` beads. `nil` with fewer than three such beads.
    private func estimate(_ alignment: PairAlignment, _ source: AlignmentSide, _ target: AlignmentSide, prior: LengthModel) -> LengthModel? {
        let pairs = alignment.beads.filter { $0.source.count == 1 && $0.target.count == 1 && $0.posterior >= 0.9 }
            .map { (source.length($0.source), target.length($0.target)) }
            .filter { $0.0 > 0 && $0.1 > 0 }
        guard pairs.count >= 3 else { return nil }
        let n = Double(pairs.count), w = Self.priorWeight
        let sum1 = pairs.reduce(0) { $0 + $1.0 }, sum2 = pairs.reduce(0) { $0 + $1.1 }
        let ratio = (w * prior.meanRatio + n * (sum2 / sum1)) / (w + n)
        var squares = 0.0, mass = 0.0
        for (l1, l2) in pairs {
            squares += (l2 - ratio * l1) * (l2 - ratio * l1)
            mass += (l1 + l2 / ratio) / 2
        }
        let variance = (w * prior.variance + n * (squares / mass)) / (w + n)
        return LengthModel(source: prior.source, target: prior.target, meanRatio: ratio, variance: min(max(variance, 1), 40))
    }
}
