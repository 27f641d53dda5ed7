import TaalgrensCore

/// A pair of equivalent terms in two languages, taken from a termbase: when the source term occurs on
/// one side of a bead and the target term on the other, the pair counts as an anchor.
///
/// The pair is symmetric: it also applies when the versions are aligned in the other direction.
/// Locales match by language with region fallback (`nl` matches `nl-BE`).
public struct TermPair: Hashable, Codable, Sendable {
    /// The language of ``sourceTerm`` (matched by language with region fallback).
    public var sourceLocale: LanguageTag
    /// A term in ``sourceLocale``, as written in the termbase.
    public var sourceTerm: String
    /// The language of ``targetTerm``.
    public var targetLocale: LanguageTag
    /// The equivalent term in ``targetLocale``.
    public var targetTerm: String

    /// Creates a pair.
    /// - Parameters:
    ///   - sourceTerm, targetTerm: the terms as they are written; they are found case-insensitively, ignoring
    ///     diacritics, on word boundaries, as a prefix of the last word (so that "helpline" also finds
    ///     "helplines").
    public init(sourceLocale: LanguageTag, sourceTerm: String, targetLocale: LanguageTag, targetTerm: String) {
        self.sourceLocale = sourceLocale
        self.sourceTerm = sourceTerm
        self.targetLocale = targetLocale
        self.targetTerm = targetTerm
    }

    /// Every pair of terms of one concept across its languages: for a concept with terms
    /// `{en: ["helpline"], nl-BE: ["hulplijn"], fr-BE: ["ligne d'aide"]}` the three cross-language pairs.
    /// - Complexity: O(t²) in the number of terms of the concept.
    public static func pairs(concept terms: [LanguageTag: [String]]) -> [TermPair] {
        let locales = terms.keys.sorted()
        var out: [TermPair] = []
        for (a, la) in locales.enumerated() {
            for lb in locales[(a + 1)...] where la.language != lb.language {
                for ta in terms[la] ?? [] {
                    for tb in terms[lb] ?? [] {
                        out.append(TermPair(sourceLocale: la, sourceTerm: ta, targetLocale: lb, targetTerm: tb))
                    }
                }
            }
        }
        return out
    }
}

/// The settings of an ``Aligner``.
public struct AlignerConfiguration: Hashable, Codable, Sendable {
    /// Beads whose confidence is below this value are marked ``Bead/needsReview`` and their translation
    /// units get status `needsReview` (never leveraged as exact matches). Range [0, 1]. The default, 0.6,
    /// asks for a bead clearly more likely right than wrong; on the development set every wrong bead
    /// scored below 0.4 and every right two-sided bead that was not a coin flip above 0.75
    /// (`docs/alignment.md`, "Confidence").
    public var reviewThreshold: Double
    /// Termbase pairs used as anchors (optional; the integrator feeds the glossary's terms).
    public var termPairs: [TermPair]
    /// Fixed length models per language pair. A pair without one gets a model estimated from the article
    /// at hand (see `docs/alignment.md`). Matched by language with region fallback, in either direction.
    public var lengthModels: [LengthModel]
    /// Whether to align blocks (title, headings, paragraphs, list items, quotes) before sentences. When
    /// false, or when the block structures of two versions do not correspond, sentences are aligned over
    /// the whole article in a band around the diagonal. Default true.
    public var usesBlockStructure: Bool

    /// - Parameters:
    ///   - reviewThreshold: see ``reviewThreshold``; default 0.6.
    ///   - termPairs: see ``termPairs``; default none.
    ///   - lengthModels: see ``lengthModels``; default none (estimated).
    ///   - usesBlockStructure: see ``usesBlockStructure``; default true.
    public init(reviewThreshold: Double = 0.6, termPairs: [TermPair] = [], lengthModels: [LengthModel] = [],
                usesBlockStructure: Bool = true) {
        self.reviewThreshold = reviewThreshold
        self.termPairs = termPairs
        self.lengthModels = lengthModels
        self.usesBlockStructure = usesBlockStructure
    }

    /// The configured length model for `source → target`, turned around when it was given the other way.
    func lengthModel(from source: LanguageTag, to target: LanguageTag) -> LengthModel? {
        if let model = lengthModels.first(where: { $0.source.matches(source) && $0.target.matches(target) }) {
            return LengthModel(source: source, target: target, meanRatio: model.meanRatio, variance: model.variance)
        }
        if let model = lengthModels.first(where: { $0.source.matches(target) && $0.target.matches(source) }) {
            let r = model.reversed
            return LengthModel(source: source, target: target, meanRatio: r.meanRatio, variance: r.variance)
        }
        return nil
    }
}
