import Foundation
import TaalgrensCore

/// The Gale & Church (1993) length model for one pair of languages.
///
/// Gale & Church model the length of a translation as proportional to the length of its original: a
/// source text of `l1` characters is translated by `l2` characters with `l2 − c·l1` normally distributed
/// with mean 0 and variance `s²·l1`. The normalised difference
/// `δ = (l2 − c·l1) / √(s²·(l1 + l2/c)/2)` (their program's symmetric form) is then standard normal, and
/// the cost of a bead is `−log P(|Δ| ≥ |δ|) = −log(2·(1 − Φ(|δ|)))`.
///
/// Source: W. A. Gale and K. W. Church, "A program for aligning sentences in bilingual corpora",
/// Computational Linguistics 19(1), 1993, pp. 75–102, section 3 (the model) and the appendix (the program).
public struct LengthModel: Hashable, Codable, Sendable {
    /// The language the lengths `l1` are measured in.
    public var source: LanguageTag
    /// The language the lengths `l2` are measured in.
    public var target: LanguageTag
    /// `c`: the expected number of target characters per source character. Gale & Church found about 1.1
    /// for German–English and 1.06 for French–English; between Dutch and English it is close to 1.1.
    public var meanRatio: Double
    /// `s²`: the variance of `l2 − c·l1` per source character. Gale & Church estimated 6.8 on the Canadian
    /// Hansards; freer news translation is wider.
    public var variance: Double

    /// Creates a model. Lengths are counted in Characters (extended grapheme clusters).
    /// - Parameters:
    ///   - meanRatio: target characters per source character; must be positive.
    ///   - variance: variance per source character; must be positive.
    /// - Precondition: both are positive (a programming error otherwise: the call traps).
    public init(source: LanguageTag, target: LanguageTag, meanRatio: Double, variance: Double) {
        precondition(meanRatio > 0 && variance > 0, "a length model needs a positive ratio and variance")
        self.source = source
        self.target = target
        self.meanRatio = meanRatio
        self.variance = variance
    }

    /// The same model seen from the other side, `target → source`: the ratio inverts and the variance
    /// becomes `s²/c³`, which gives every bead the same |δ| in both directions.
    public var reversed: LengthModel {
        LengthModel(source: target, target: source, meanRatio: 1 / meanRatio, variance: variance / (meanRatio * meanRatio * meanRatio))
    }

    /// The normalised length difference δ of a bead of `l1` source and `l2` target characters.
    /// Returns 0 when both sides are empty.
    func delta(_ l1: Double, _ l2: Double) -> Double {
        let mean = (l1 + l2 / meanRatio) / 2
        guard mean > 0 else { return 0 }
        return (l2 - l1 * meanRatio) / (variance * mean).squareRoot()
    }

    /// The length cost of a bead: `−log(2·(1 − Φ(|δ|)))`, in nats (0 for a perfect fit).
    /// - Complexity: O(1).
    func cost(_ l1: Double, _ l2: Double) -> Double {
        Self.tailCost(abs(delta(l1, l2)))
    }

    /// `−log(2·(1 − Φ(x)))` for x ≥ 0, which is `−log(erfc(x/√2))`, computed without underflow: for large x
    /// the asymptotic form `x²/2 + log(x·√(π/2))` of the normal tail is used.
    static func tailCost(_ x: Double) -> Double {
        if x < 8 {
            return -log(max(erfc(x / 2.0.squareRoot()), .leastNormalMagnitude))
        }
        return x * x / 2 + log(x * (Double.pi / 2).squareRoot())
    }

    /// Gale & Church's estimate for the variance per character, used when nothing better is known.
    static let defaultVariance = 6.8
    /// Gale & Church's program's ratio (one character for one character), the starting point of estimation.
    static let defaultRatio = 1.0
}
