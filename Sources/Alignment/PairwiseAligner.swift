import Foundation
import TaalgrensCore

/// A bead between two versions: consecutive source segments and consecutive target segments (global
/// indices), with the posterior probability the model gives it.
struct PairBead: Hashable, Sendable {
    var source: Range<Int>
    var target: Range<Int>
    var posterior: Double
    /// The anchor cost of the bead (nats, negative when its two sides share anchors; 0 when one-sided):
    /// what the pairing rests on besides length.
    var anchorCost: Double = 0
    /// The anchor cost with a name written per language forgiven (``AnchorScore/costSettingNamesAside(source:target:)``;
    /// nats, 0 when one-sided): the evidence that two additions translate each other (``MultiwayUnits``).
    var anchorEvidence: Double = 0
    /// For a bead of moved text (``MovedText``), the posterior the model gave it before the cap that sends
    /// it to review; nil for the others. The cap says "a person confirms", not that the model doubts the
    /// bead, so the vote between alignments (``MultiwayUnits``, "two against one") uses this value.
    var uncappedPosterior: Double? = nil
    /// Whether the bead pairs text that one version moved (``MovedText``): it may cross the other beads,
    /// and the three-version grouping does not fill the gap it leaves (``MultiwayUnits``).
    var isMoved = false
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
    /// The block groups the sentences were aligned in (nil: none were used).
    var groups: [BlockGroup]? = nil
}

/// Aligns two versions: blocks first, then sentences inside the aligned block groups; the length model
/// is estimated from the article unless configured (see `docs/alignment.md`, "Length model").
struct PairwiseAligner {
    var configuration: AlignerConfiguration

    /// How many beads' worth of weight Gale & Church's ratio (1) has when `c` is re-estimated from an
    /// article's confident 1-1 beads: the estimate moves towards the article's own ratio as the article
    /// grows, and one edit moves it little. (The ratio of the versions' total lengths would be biased by
    /// every paragraph that one version leaves out, so it is not used.)
    static let ratioPriorWeight = 20.0
    /// How many beads' worth of weight Gale & Church's variance (6.8) has when `s²` is re-estimated. Large,
    /// because a variance estimated from the dozen beads of a news article is noisy, and a noisy estimate
    /// lets a small edit in one place move close decisions elsewhere: the data take over only in long texts.
    static let variancePriorWeight = 50.0
    /// The highest posterior of a two-sided bead whose sides share no anchor while a number or a date, or
    /// names on one side only, speak against it (``AnchorScore/contradicts(source:target:)``): below the review
    /// threshold, a person confirms it. The model's posterior says only that the alternatives (leaving
    /// sentences out, which Gale & Church's priors make costly) are worse, not that the bead is right.
    static let contradictedCap = 0.5

    /// Aligns two versions: in document order first, then, when one version moved text (``MovedText``),
    /// once more without the moved text, with the moved text aligned on its own. The beads of moved text
    /// cross the others (they are not in document order) and keep a posterior of at most
    /// ``MovedText/posteriorCap``. A second round looks for blocks that the alignment with moves (or the
    /// monotone one, when no move was found) still leaves without a partner on both sides and that translate
    /// each other (``MovedText/unpairedBlocks(in:source:target:anchors:model:)``): taking one moved section out
    /// can leave its neighbour, swapped with it, unpaired in both versions, and a section moved with no anchor
    /// point at all is unpaired in both from the start.
    /// Last, two run-on segments left alone at the same place are paired (``pairingRunOns(_:_:_:)``).
    func align(_ source: AlignmentSide, _ target: AlignmentSide) -> PairAlignment {
        var result = alignWithMoves(source, target)
        result.beads = pairingRunOns(result.beads, source, target)
        return result
    }

    /// ``align(_:_:)`` before run-on segments are paired.
    private func alignWithMoves(_ source: AlignmentSide, _ target: AlignmentSide) -> PairAlignment {
        let first = alignInOrder(source, target)
        let anchors = PairAnchors(source: source, target: target, termPairs: configuration.termPairs)
        let moves = MovedText.find(in: first, source: source, target: target, anchors: anchors, model: first.model,
                                   reviewThreshold: configuration.reviewThreshold)
        // Without a move found by its anchor points, the second round still runs on the monotone alignment:
        // a section moved with no anchor point at all (a glossary sorted per language, blind set 11) is left
        // out in one place and added in the other just the same.
        let moved = moves.isEmpty ? first : aligning(moves, first, source, target)
        guard let moved else { return first }
        let more = MovedText.unpairedBlocks(in: moved, source: source, target: target, anchors: anchors, model: first.model)
            .filter { m in !moves.contains { $0.source.overlaps(m.source) || $0.target.overlaps(m.target) } }
        guard !more.isEmpty, let again = aligning(moves + more, first, source, target) else { return moved }
        return again
    }

    /// Pairs two run-on segments that the alignment left without a partner at the same place: a source
    /// segment alone and a target segment alone in consecutive beads (nothing paired between them), both
    /// of at least ``Aligner/runOnLength`` Characters. Gale & Church's variance grows with the length, so two
    /// 60,000-word texts whose lengths differ by a quarter cost far more as a pair than leaving both out
    /// (tenth trial, finding 12: the nl-BE run-on was "added in the translation" although the English one
    /// stood at the same place). The pair is kept below the review threshold (posterior 0.3 at most): a
    /// person confirms it.
    /// - Complexity: O(beads).
    func pairingRunOns(_ beads: [PairBead], _ source: AlignmentSide, _ target: AlignmentSide) -> [PairBead] {
        func runOn(_ side: AlignmentSide, _ range: Range<Int>) -> Bool { range.count == 1 && side.lengths[range.lowerBound] >= Aligner.runOnLength }
        var out: [PairBead] = []
        var k = 0
        while k < beads.count {
            if k + 1 < beads.count, !beads[k].isMoved, !beads[k + 1].isMoved {
                let a = beads[k], b = beads[k + 1]
                let sourceAlone = a.target.isEmpty ? a : (b.target.isEmpty ? b : nil)
                let targetAlone = a.source.isEmpty ? a : (b.source.isEmpty ? b : nil)
                if let s = sourceAlone, let t = targetAlone, s != t, runOn(source, s.source), runOn(target, t.target) {
                    out.append(PairBead(source: s.source, target: t.target, posterior: min(0.3, configuration.reviewThreshold / 2)))
                    k += 2
                    continue
                }
            }
            out.append(beads[k])
            k += 1
        }
        return out
    }

    /// The alignment of the two versions with `moves` taken out and aligned on their own (the rest in
    /// document order, with `first`'s length model), or nil when a bead of the rest would join segments on
    /// both sides of moved text.
    private func aligning(_ moves: [MovedText], _ first: PairAlignment, _ source: AlignmentSide, _ target: AlignmentSide) -> PairAlignment? {
        let movedSource = Set(moves.flatMap { Array($0.source) }), movedTarget = Set(moves.flatMap { Array($0.target) })
        let keptSource = (0..<source.count).filter { !movedSource.contains($0) }
        let keptTarget = (0..<target.count).filter { !movedTarget.contains($0) }
        guard !keptSource.isEmpty, !keptTarget.isEmpty else { return nil }
        var beads: [PairBead] = []
        var parts: [([Int], [Int], Double)] = [(keptSource, keptTarget, 1)]
        parts += moves.map { (Array($0.source), Array($0.target), $0.cap) }
        for (k, (s, t, cap)) in parts.enumerated() {
            let part = alignInOrder(source.keeping(s), target.keeping(t), model: first.model)
            for bead in part.beads {
                // A bead of the rest that joins segments on both sides of the moved text cannot be a bead of
                // the whole: keep the alignment in document order.
                guard let x = Self.original(bead.source, s, end: source.count),
                      let y = Self.original(bead.target, t, end: target.count) else { return nil }
                beads.append(PairBead(source: x, target: y, posterior: min(bead.posterior, cap), anchorCost: bead.anchorCost,
                                      anchorEvidence: bead.anchorEvidence, uncappedPosterior: cap < 1 ? bead.posterior : nil, isMoved: k > 0))
            }
        }
        beads.sort { ($0.source.lowerBound, $0.target.lowerBound) < ($1.source.lowerBound, $1.target.lowerBound) }
        return PairAlignment(source: first.source, target: first.target, beads: beads, model: first.model,
                             usedBlocks: first.usedBlocks, groups: nil)
    }

    /// The original indices of `range` of a part made of the segments `kept`: nil when they are not
    /// consecutive in the original. An empty range keeps its position (the original index of the next kept
    /// segment, or `end`).
    static func original(_ range: Range<Int>, _ kept: [Int], end: Int) -> Range<Int>? {
        guard !range.isEmpty else {
            let at = range.lowerBound < kept.count ? kept[range.lowerBound] : (kept.last.map { $0 + 1 } ?? end)
            return at..<at
        }
        let first = kept[range.lowerBound], last = kept[range.upperBound - 1]
        guard last - first == range.count - 1 else { return nil }
        return first..<(last + 1)
    }

    /// The monotone alignment: blocks, then sentences, with the length model estimated from the article
    /// unless configured or given, and the lexical pass.
    /// - Parameter given: a length model to use as it is (the whole article's, for a part of it), or nil.
    func alignInOrder(_ source: AlignmentSide, _ target: AlignmentSide, model given: LengthModel? = nil) -> PairAlignment {
        let anchors = PairAnchors(source: source, target: target, termPairs: configuration.termPairs)
        let configured = given ?? configuration.lengthModel(from: source.locale, to: target.locale)
        var model = configured ?? LengthModel(source: source.locale, target: target.locale,
                                               meanRatio: LengthModel.defaultRatio, variance: LengthModel.defaultVariance)
        var result = run(source, target, anchors: anchors, model: model)
        if configured == nil, let estimated = estimate(result, source, target, prior: model),
           abs(estimated.meanRatio - model.meanRatio) / model.meanRatio > 0.02
            || abs(estimated.variance - model.variance) / model.variance > 0.15 {
            model = estimated
            result = run(source, target, anchors: anchors, model: model)
        }
        return relink(result, source, target, model: model)
    }

    /// The lexical pass (Moore 2002): learns word pairs from the confident 1-1 beads of `first`
    /// (``ArticleLexicon``) and aligns blocks and sentences again with them as anchors, but only where
    /// `first` was unsure. Every block group and every sentence bead of `first` at or above the review
    /// threshold is kept as it is (any other bead that would overlap it is forbidden), and a bead that
    /// `first` did not hold confidently stays below the threshold: its posterior may never exceed the
    /// highest posterior of the beads of `first` it overlaps (``FixedBeads/posteriors(first:second:n:m:threshold:)``).
    ///
    /// So the learned words decide between alternatives the length and anchor model could not tell
    /// apart, but never certify a bead on their own, and never move a bead the first alignment was sure of.
    /// Both matter for damage confinement: an edit that removes the beads a word pair was learned from
    /// changes the lexicon, and with it only beads that were already flagged for review.
    private func relink(_ first: PairAlignment, _ source: AlignmentSide, _ target: AlignmentSide, model: LengthModel) -> PairAlignment {
        let threshold = configuration.reviewThreshold
        guard first.beads.contains(where: { $0.posterior < threshold }) else { return first }
        let lexicon = ArticleLexicon.learn(from: first.beads, source: source, target: target)
        guard !lexicon.entries.isEmpty else { return first }
        let anchors = PairAnchors(source: source, target: target, termPairs: configuration.termPairs, lexicon: lexicon)
        var second = run(source, target, anchors: anchors, model: model, first: first)
        let old = first.beads.map { ($0.source, $0.target, $0.posterior) }
        let new = second.beads.map { ($0.source, $0.target, $0.posterior) }
        let posteriors = FixedBeads.posteriors(first: old, second: new, n: source.count, m: target.count, threshold: threshold)
        for index in second.beads.indices { second.beads[index].posterior = posteriors[index] }
        return second
    }

    /// One alignment: blocks, then sentences.
    /// - Parameter first: an earlier alignment whose confident block groups and sentence beads this one
    ///   must keep (the lexical pass), or nil. Its block groups are re-aligned only where they were unsure;
    ///   when it used no block groups, neither does this one.
    private func run(_ source: AlignmentSide, _ target: AlignmentSide, anchors: PairAnchors, model: LengthModel,
                     first: PairAlignment? = nil) -> PairAlignment {
        let threshold = configuration.reviewThreshold
        var groups: [BlockGroup]?
        if let first {
            if let old = first.groups {
                var aligner = BlockAligner(source: source, target: target, anchors: anchors, model: model)
                aligner.fixed = FixedBeads(old.filter { $0.posterior >= threshold }.map { ($0.source, $0.target) },
                                           n: source.blocks.count, m: target.blocks.count)
                var new = aligner.align().groups
                let posteriors = FixedBeads.posteriors(first: old.map { ($0.source, $0.target, $0.posterior) },
                                                       second: new.map { ($0.source, $0.target, $0.posterior) },
                                                       n: source.blocks.count, m: target.blocks.count, threshold: threshold)
                for index in new.indices { new[index].posterior = posteriors[index] }
                groups = new.isEmpty ? old : new
            }
        } else if configuration.usesBlockStructure {
            let blocks = BlockAligner(source: source, target: target, anchors: anchors, model: model).align()
            if blocks.reliable { groups = blocks.groups }
        }
        var aligner = SentenceAligner(source: source, target: target, anchors: anchors, model: model)
        if let first {
            aligner.fixed = FixedBeads(first.beads.filter { $0.posterior >= threshold }.map { ($0.source, $0.target) },
                                       n: source.count, m: target.count)
        }
        // The lattice always has a finite path (1-0 and 0-1 beads connect every band), so nil cannot happen;
        // fall back to one-sided beads for robustness rather than trapping.
        guard let path = aligner.align(groups: groups, around: first?.beads) else {
            if let first { return first }
            let beads = (0..<source.count).map { PairBead(source: $0..<($0 + 1), target: 0..<0, posterior: 0) }
                + (0..<target.count).map { PairBead(source: source.count..<source.count, target: $0..<($0 + 1), posterior: 0) }
            return PairAlignment(source: source.locale, target: target.locale, beads: beads, model: model, usedBlocks: false)
        }
        // A sentence bead is right only if its block group is: its posterior is multiplied by the lowest
        // posterior of the block groups its sentences belong to.
        var sourceGroupPosterior = [Double](repeating: 1, count: source.count)
        var targetGroupPosterior = [Double](repeating: 1, count: target.count)
        for group in groups ?? [] {
            for k in source.segmentRange(ofBlocks: group.source) { sourceGroupPosterior[k] = group.posterior }
            for k in target.segmentRange(ofBlocks: group.target) { targetGroupPosterior[k] = group.posterior }
        }
        var contradicted = [Bool](repeating: false, count: path.steps.count)
        var sharesNothing = [Bool](repeating: false, count: path.steps.count)
        var beads = path.steps.enumerated().map { index, step -> PairBead in
            let s = step.i..<(step.i + step.shape.source), t = step.j..<(step.j + step.shape.target)
            let block = (s.map { sourceGroupPosterior[$0] } + t.map { targetGroupPosterior[$0] }).min() ?? 1
            guard !s.isEmpty, !t.isEmpty else {
                return PairBead(source: s, target: t, posterior: step.posterior * block, anchorCost: 0)
            }
            let (x, y) = (AnchorScore.merged(anchors.source[s]), AnchorScore.merged(anchors.target[t]))
            var posterior = step.posterior * block
            // Sides that share nothing while a number or date, or names on one side only, speak against the
            // bead: only length speaks for it (a neighbour's sentence taken in to fill a gap the priors make costly).
            if AnchorScore.contradicts(source: x, target: y) {
                posterior = min(posterior, Self.contradictedCap)
                contradicted[index] = true
            } else if !AnchorScore.shares(source: x, target: y) {
                sharesNothing[index] = true
            }
            return PairBead(source: s, target: t, posterior: posterior, anchorCost: AnchorScore.cost(source: x, target: y),
                            anchorEvidence: AnchorScore.costSettingNamesAside(source: x, target: y))
        }
        // A bead whose sides share nothing, next to a contradicted bead, is part of the same stretch where
        // one version says something else (a live-blog entry left out beside one added): length alone
        // paired it too, so it is capped as well. Only the next bead on either side: the doubt does not
        // run on through anchorless text.
        for index in beads.indices where sharesNothing[index]
            && ((index > 0 && contradicted[index - 1]) || (index + 1 < beads.count && contradicted[index + 1])) {
            beads[index].posterior = min(beads[index].posterior, Self.contradictedCap)
        }
        beads = Self.splittingContradictedBlocks(beads, contradicted: contradicted, source, target)
        beads = Self.pairingHeadingsWithTheirSections(beads, unsupported: zip(contradicted, sharesNothing).map { $0 || $1 },
                                                      source, target)
        return PairAlignment(source: source.locale, target: target.locale, beads: beads, model: model,
                             usedBlocks: groups != nil, groups: groups)
    }

    /// Splits each contradicted 1-1 bead (``contradictedCap``) whose two sentences are each the only sentence
    /// of a paragraph, list item or quote into a 1-0 and a 0-1 bead: at one place, one version says one thing
    /// in a short block and the other says something else (a "Read also" line linking another article, a
    /// contact or a note to editors that only one version has). Gale & Church's priors make two one-sided
    /// beads (about 10.6 nats) dearer than a poor 1-1 bead, so the alignment pairs them, though nothing a
    /// translation keeps speaks for the pairing and something speaks against it. Inside a longer block the
    /// sentence may be a free rendering of its neighbour's, and a title, heading or caption is often
    /// translated freely ("The night of 14 July" / "Die nacht"), so neither is split (blind sets 7 and 10:
    /// splitting those lost right beads). Blind set 11, `child-focus-sextortion-release`: en's note to
    /// editors and nl-BE's and fr-BE's regional press contacts, each the last paragraph; blind set 12,
    /// `ghent-rents-correction`: two "Read also" lines linking different articles. The two beads keep the
    /// pair's posterior (at most the cap); their three-version bead is one-sided, so under review.
    /// - Complexity: O(beads).
    static func splittingContradictedBlocks(_ beads: [PairBead], contradicted: [Bool], _ source: AlignmentSide,
                                            _ target: AlignmentSide) -> [PairBead] {
        var out: [PairBead] = []
        out.reserveCapacity(beads.count)
        for (index, bead) in beads.enumerated() {
            guard contradicted[index], bead.source.count == 1, bead.target.count == 1,
                  MovedText.isWholeTextBlock(source, bead.source.lowerBound),
                  MovedText.isWholeTextBlock(target, bead.target.lowerBound) else {
                out.append(bead)
                continue
            }
            out.append(PairBead(source: bead.source, target: bead.target.lowerBound..<bead.target.lowerBound, posterior: bead.posterior))
            out.append(PairBead(source: bead.source.upperBound..<bead.source.upperBound, target: bead.target, posterior: bead.posterior))
        }
        return out
    }

    /// Keeps a heading with the section it introduces. A heading is translated freely and often shares
    /// nothing with its translation, but the sentences under it do: where one version leaves out a section
    /// (a closing "About Child Focus" paragraph, a contact block) and the other another, the lattice may pair
    /// the heading of the one with the heading of the other, since both pairings leave the same number of
    /// blocks out. Two steps, each on headings of one sentence (`BlockKind.heading`):
    /// 1. A 1-1 bead of two headings whose sides share no anchor (`unsupported`: contradicted, see
    ///    ``contradictedCap``, or sharing nothing) is split into a 1-0 and a 0-1 bead when the first sentences
    ///    after the two headings (past any subheading) are not paired with each other: the sections they
    ///    introduce go to different places, so the headings do too. Headings that share something keep their
    ///    bead.
    /// 2. A heading left without partner on each side is paired with the other when the sentences right
    ///    after the two start one bead: the sections pair, so their headings do. Nothing lexical speaks for
    ///    the pair ("Perscontact" / "Contact presse"), so its posterior is at most ``contradictedCap``: a
    ///    person confirms it.
    /// Blind set 15, `child-focus-grooming-boilerplate`: en and nl-BE end on "About Child Focus" and its
    /// paragraph, fr-BE leaves them out and ends on "Contact presse" and a contact block that en leaves out;
    /// en–fr and nl–fr paired "About Child Focus" / "Over Child Focus" with "Contact presse".
    /// Moved beads (``MovedText``) are left alone.
    /// - Complexity: O(beads + segments), and O(beads) more for each bead that starts right after a heading
    ///   on both sides.
    static func pairingHeadingsWithTheirSections(_ beads: [PairBead], unsupported: [Bool], _ source: AlignmentSide,
                                                 _ target: AlignmentSide) -> [PairBead] {
        func isHeading(_ side: AlignmentSide, _ index: Int) -> Bool {
            let block = side.blocks[side.blockOfSegment[index]]
            return block.kind == .heading && block.segments.count == 1
        }
        // The first segment after `index` that is not a heading: a heading may be followed by a subheading
        // that only one version has ("Kritiek", then "Oppositie: …"; blind set 8, `mechelen-citizen-budget`).
        func text(after index: Int, _ side: AlignmentSide) -> Int? {
            var k = index + 1
            while k < side.count, isHeading(side, k) { k += 1 }
            return k < side.count ? k : nil
        }
        // Step 1 (`unsupported` is indexed like `beads`).
        var beadOfSource = [Int](repeating: -1, count: source.count)
        for (index, bead) in beads.enumerated() where !bead.isMoved { for i in bead.source { beadOfSource[i] = index } }
        var out: [PairBead] = []
        out.reserveCapacity(beads.count + 2)
        for (index, bead) in beads.enumerated() {
            let (s, t) = (bead.source.lowerBound, bead.target.lowerBound)
            guard index < unsupported.count, unsupported[index], !bead.isMoved,
                  bead.source.count == 1, bead.target.count == 1,
                  isHeading(source, s), isHeading(target, t),
                  let x = text(after: s, source), let y = text(after: t, target),
                  beadOfSource[x] < 0 || !beads[beadOfSource[x]].target.contains(y) else {
                out.append(bead)
                continue
            }
            out.append(PairBead(source: bead.source, target: t..<t, posterior: bead.posterior))
            out.append(PairBead(source: bead.source.upperBound..<bead.source.upperBound, target: bead.target, posterior: bead.posterior))
        }
        // Step 2.
        var k = 0
        while k < out.count {
            let section = out[k]
            let (s, t) = (section.source.lowerBound - 1, section.target.lowerBound - 1)
            guard !section.source.isEmpty, !section.target.isEmpty, !section.isMoved, s >= 0, t >= 0,
                  isHeading(source, s), isHeading(target, t),
                  source.blockOfSegment[s] != source.blockOfSegment[s + 1],
                  target.blockOfSegment[t] != target.blockOfSegment[t + 1],
                  let a = out[..<k].lastIndex(where: { $0.source == s..<(s + 1) && $0.target.isEmpty }),
                  let b = out[..<k].lastIndex(where: { $0.target == t..<(t + 1) && $0.source.isEmpty }),
                  !out[min(a, b)..<k].contains(where: \.isMoved) else {
                k += 1
                continue
            }
            let pair = PairBead(source: s..<(s + 1), target: t..<(t + 1),
                                posterior: min(Self.contradictedCap, section.posterior))
            out.remove(at: max(a, b))
            out.remove(at: min(a, b))
            k -= 2
            out.insert(pair, at: k)
            k += 2
        }
        return out
    }

    /// Re-estimates `c` and `s²` from the confident 1-1 beads of an alignment (posterior ≥ 0.9): `c` is
    /// their ratio of total lengths, `s²` the mean squared residual per character; each is shrunk towards
    /// `prior` (see ``ratioPriorWeight`` and ``variancePriorWeight``). `nil` with fewer than three such beads.
    private func estimate(_ alignment: PairAlignment, _ source: AlignmentSide, _ target: AlignmentSide, prior: LengthModel) -> LengthModel? {
        let pairs = alignment.beads.filter { $0.source.count == 1 && $0.target.count == 1 && $0.posterior >= 0.9 }
            .map { (source.length($0.source), target.length($0.target)) }
            .filter { $0.0 > 0 && $0.1 > 0 }
        guard pairs.count >= 3 else { return nil }
        let n = Double(pairs.count)
        let sum1 = pairs.reduce(0) { $0 + $1.0 }, sum2 = pairs.reduce(0) { $0 + $1.1 }
        let ratio = min(max((Self.ratioPriorWeight * LengthModel.defaultRatio + n * (sum2 / sum1)) / (Self.ratioPriorWeight + n), 0.5), 2)
        var squares = 0.0, mass = 0.0
        for (l1, l2) in pairs {
            squares += (l2 - ratio * l1) * (l2 - ratio * l1)
            mass += (l1 + l2 / ratio) / 2
        }
        let w = Self.variancePriorWeight
        let variance = (w * LengthModel.defaultVariance + n * (squares / mass)) / (w + n)
        // Rounded (c to 0.05, s² to 0.5) so that a small edit elsewhere in the article, which moves the
        // estimates a little, does not move decisions that were close (damage confinement).
        return LengthModel(source: prior.source, target: prior.target, meanRatio: (ratio * 20).rounded() / 20,
                           variance: min(max((variance * 2).rounded() / 2, 1), 40))
    }
}
