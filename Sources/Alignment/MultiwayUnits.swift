import TaalgrensCore

/// Joins pairwise alignments through the source version into beads over all versions: a bead is a
/// connected group of pairwise beads, made contiguous in every version except where text that a version
/// moved lies inside it, with a confidence.
///
/// See `docs/alignment.md`, "Three languages" and "Confidence".
struct MultiwayUnits {
    /// The highest confidence a bead may have when it lacks a segment in one of the versions: either the
    /// translator left the sentence out or added it, or the aligner lost its partner; a person decides.
    static let oneSidedCap = 0.3
    /// The factor applied to a bead's confidence when a direct alignment of two target versions disagrees
    /// with the pairing implied through the source.
    static let disagreementFactor = 0.5
    /// The anchor evidence (nats, as a negative anchor cost) a direct bead must have to join sentences that
    /// two translations added (no source partner) into one unit: one shared name, address or number, not
    /// length alone.
    static let additionEvidence = 1.0

    var locales: [LanguageTag]
    /// The number of segments of each locale (same order as ``locales``).
    var counts: [Int]
    var reviewThreshold: Double
    /// Per locale (same order as ``locales``), the segments that are a heading block of their own: a heading
    /// introduces the text after it (``regroup(pivots:checks:node:total:)``, additions in several
    /// translations). Empty: none known.
    var headings: [Set<Int>] = []

    /// - Parameters:
    ///   - pivots: the alignments of the source (locale 0) with each other locale.
    ///   - checks: direct alignments between two non-source locales, used to lower the confidence where
    ///     they disagree.
    /// - Returns: the beads in document order.
    /// - Complexity: O(s log s + c²) for s segments in all and c beads in a stretch between shared anchors;
    ///   in practice near-linear.
    func beads(pivots: [PairAlignment], checks: [PairAlignment]) -> [Bead] {
        var offsets: [Int] = [0]
        for c in counts { offsets.append(offsets.last! + c) }
        let localeIndex = Dictionary(uniqueKeysWithValues: locales.enumerated().map { ($1, $0) })
        var sets = DisjointSets(count: offsets.last!)
        func node(_ locale: LanguageTag, _ segment: Int) -> Int { offsets[localeIndex[locale]!] + segment }
        func nodes(_ alignment: PairAlignment, _ bead: PairBead) -> [Int] {
            bead.source.map { node(alignment.source, $0) } + bead.target.map { node(alignment.target, $0) }
        }
        let regrouping = regroup(pivots: pivots, checks: checks, node: node, total: offsets.last!)
        for (a, alignment) in pivots.enumerated() {
            for bead in alignment.beads {
                let ns = nodes(alignment, bead)
                if regrouping.regions[ns[0]] == a { continue }
                for other in ns.dropFirst() { sets.union(ns[0], other) }
            }
        }
        for (c, alignment) in checks.enumerated() {
            for bead in alignment.beads {
                let ns = nodes(alignment, bead)
                let joins = regrouping.joined.contains(ns[0])
                    || (regrouping.regions[ns[0]].map { $0 != pivots.count + c } ?? false)
                guard joins else { continue }
                for other in ns.dropFirst() { sets.union(ns[0], other) }
            }
        }
        // Make every group contiguous in every locale: a segment lying between two segments of one group
        // (a sentence added inside a merged bead) joins it, unless its own group is text that a version
        // moved into the group's span (a sentence a translation took into another paragraph, a bead of
        // ``MovedText``) and pairs it with the source: that keeps its own partners.
        var movedNodes = Set<Int>()
        for alignment in pivots {
            for bead in alignment.beads where bead.isMoved { movedNodes.formUnion(nodes(alignment, bead)) }
        }
        var changed = true
        while changed {
            changed = false
            var localesOfRoot: [Int: Set<Int>] = [:]
            var movedRoots = Set<Int>()
            for l in locales.indices {
                for s in 0..<counts[l] {
                    let root = sets.find(offsets[l] + s)
                    localesOfRoot[root, default: []].insert(l)
                    if movedNodes.contains(offsets[l] + s) { movedRoots.insert(root) }
                }
            }
            func pairsSource(_ root: Int) -> Bool {
                guard movedRoots.contains(root), let held = localesOfRoot[root] else { return false }
                return held.contains(0) && held.count > 1
            }
            for l in locales.indices where counts[l] > 0 {
                var first: [Int: Int] = [:]
                var last: [Int: Int] = [:]
                for s in 0..<counts[l] {
                    let root = sets.find(offsets[l] + s)
                    if first[root] == nil { first[root] = s }
                    last[root] = s
                }
                for (root, lo) in first {
                    let hi = last[root]!
                    for s in lo...hi where sets.find(offsets[l] + s) != sets.find(offsets[l] + lo)
                        && !pairsSource(sets.find(offsets[l] + s)) {
                        let a = sets.find(offsets[l] + lo), b = sets.find(offsets[l] + s)
                        let held = (localesOfRoot[a] ?? []).union(localesOfRoot[b] ?? [])
                        let moved = movedRoots.contains(a) || movedRoots.contains(b)
                        sets.union(a, b)
                        localesOfRoot[sets.find(a)] = held
                        if moved { movedRoots.insert(sets.find(a)) }
                        changed = true
                    }
                }
            }
        }
        // Collect the groups.
        var groupOfRoot: [Int: Int] = [:]
        var members: [[[Int]]] = []
        for l in locales.indices {
            for s in 0..<counts[l] {
                let root = sets.find(offsets[l] + s)
                let g: Int
                if let known = groupOfRoot[root] { g = known } else {
                    g = members.count
                    groupOfRoot[root] = g
                    members.append(Array(repeating: [], count: locales.count))
                }
                members[g][l].append(s)
            }
        }
        // Confidence per pair (source, locale l): the lowest posterior of that pivot's beads in the group,
        // capped when either side of the pair is empty, halved where a direct check involving l disagrees.
        var pair = [[Double]](repeating: Array(repeating: 1, count: locales.count), count: members.count)
        for alignment in pivots {
            let l = localeIndex[alignment.target]!
            for bead in alignment.beads {
                guard let first = nodes(alignment, bead).first, let g = groupOfRoot[sets.find(first)] else { continue }
                pair[g][l] = min(pair[g][l], bead.posterior)
            }
        }
        for g in members.indices {
            for l in locales.indices.dropFirst() where members[g][0].isEmpty || members[g][l].isEmpty {
                pair[g][l] = min(pair[g][l], Self.oneSidedCap)
            }
        }
        // Direct checks between two target versions.
        var disagrees = [[Bool]](repeating: Array(repeating: false, count: locales.count), count: members.count)
        for alignment in checks {
            let a = localeIndex[alignment.source]!, b = localeIndex[alignment.target]!
            for bead in alignment.beads {
                let groups = Set(nodes(alignment, bead).map { groupOfRoot[sets.find($0)]! })
                if groups.count > 1 {
                    for g in groups { disagrees[g][a] = true; disagrees[g][b] = true }
                } else if let g = groups.first, bead.source.isEmpty || bead.target.isEmpty,
                          !members[g][a].isEmpty, !members[g][b].isEmpty {
                    // The pivot pairs these versions' segments, the direct alignment leaves one unpaired.
                    disagrees[g][a] = true
                    disagrees[g][b] = true
                }
            }
        }
        // A regrouped region stays under review: the versions' alignments disagreed there.
        for l in locales.indices {
            for s in 0..<counts[l] where regrouping.regions[offsets[l] + s] != nil {
                let g = groupOfRoot[sets.find(offsets[l] + s)]!
                for k in locales.indices.dropFirst() { disagrees[g][k] = true }
            }
        }
        for g in members.indices {
            for l in locales.indices.dropFirst() where disagrees[g][l] { pair[g][l] *= Self.disagreementFactor }
        }
        // The bead's confidence: its lowest pair.
        let confidence = pair.map { row in row.dropFirst().min() ?? 1 }
        // Document order: a topological order of the groups along every locale's segment sequence; among
        // the groups that may come next, the one with the earliest source segment, then by locale order.
        var successors = [Set<Int>](repeating: [], count: members.count)
        var indegree = [Int](repeating: 0, count: members.count)
        for l in locales.indices where counts[l] > 1 {
            for s in 0..<(counts[l] - 1) {
                let g1 = groupOfRoot[sets.find(offsets[l] + s)]!, g2 = groupOfRoot[sets.find(offsets[l] + s + 1)]!
                if g1 != g2 && !successors[g1].contains(g2) {
                    successors[g1].insert(g2)
                    indegree[g2] += 1
                }
            }
        }
        func priority(_ g: Int) -> (Int, Int, Int) {
            if let s = members[g][0].first { return (s, 0, 0) }
            let l = members[g].firstIndex { !$0.isEmpty }!
            return (-1, l, members[g][l][0])
        }
        // Moved text (MovedText) makes cycles: when no group is free, the earliest remaining one (by the
        // same priority) goes next, so a moved sentence's bead stands at its place in the source version.
        var ready = members.indices.filter { indegree[$0] == 0 }
        var order: [Int] = []
        var placed = [Bool](repeating: false, count: members.count)
        while order.count < members.count {
            let g: Int
            if ready.isEmpty {
                g = members.indices.filter { !placed[$0] }.min { priority($0) < priority($1) }!
            } else {
                g = ready.remove(at: ready.indices.min { priority(ready[$0]) < priority(ready[$1]) }!)
            }
            guard !placed[g] else { continue }
            placed[g] = true
            order.append(g)
            for h in successors[g] {
                indegree[h] -= 1
                if indegree[h] == 0 && !placed[h] { ready.append(h) }
            }
        }
        let finer = finerPairs(pivots: pivots, members: members, groupOf: { groupOfRoot[sets.find($0)]! },
                               node: node, trusted: { g, l in !disagrees[g][l] },
                               regrouped: { regrouping.regions[$0] != nil })
        return order.map { g in
            var segments: [LanguageTag: [Int]] = [:]
            for (l, locale) in locales.enumerated() { segments[locale] = members[g][l] }
            var pairs: [LanguageTag: Double] = [:]
            for (l, locale) in locales.enumerated().dropFirst() { pairs[locale] = min(max(pair[g][l], 0), 1) }
            let c = min(max(confidence[g], 0), 1)
            var bead = Bead(segments: segments, confidence: c, needsReview: c < reviewThreshold, pairConfidences: pairs)
            bead.finerPairs = finer[g] ?? [:]
            return bead
        }
    }

    /// Per group, the target locales whose pivot alignment splits the group into two or more pairs with
    /// segments on both sides, covering the group's source and target segments exactly (``Bead/finerPairs``).
    /// A locale is left out where its alignments disagree (`trusted` false) or where a regrouped region
    /// touches the group: there the pivot was not believed.
    /// - Complexity: O(b) for b pivot beads.
    private func finerPairs(pivots: [PairAlignment], members: [[[Int]]], groupOf: (Int) -> Int,
                            node: (LanguageTag, Int) -> Int, trusted: (Int, Int) -> Bool,
                            regrouped: (Int) -> Bool) -> [Int: [LanguageTag: [Bead.FinerPair]]] {
        var pieces: [Int: [Int: [Bead.FinerPair]]] = [:]   // group → locale index → pairs
        var broken: Set<[Int]> = []                           // [group, locale index] that cannot be split
        for alignment in pivots {
            let l = locales.firstIndex(of: alignment.target)!
            for bead in alignment.beads {
                let nodes = bead.source.map { node(alignment.source, $0) } + bead.target.map { node(alignment.target, $0) }
                guard let first = nodes.first else { continue }
                let g = groupOf(first)
                if bead.source.isEmpty || bead.target.isEmpty || nodes.contains(where: regrouped) {
                    broken.insert([g, l])
                    continue
                }
                let confidence = min(max(bead.posterior, 0), 1)
                pieces[g, default: [:]][l, default: []].append(Bead.FinerPair(source: Array(bead.source), target: Array(bead.target),
                                                                               confidence: confidence))
            }
        }
        var out: [Int: [LanguageTag: [Bead.FinerPair]]] = [:]
        for (g, byLocale) in pieces {
            for (l, list) in byLocale where list.count >= 2 && !broken.contains([g, l]) && trusted(g, l) {
                let sorted = list.sorted { $0.source[0] < $1.source[0] }
                // The pairs must cover the group's segments on both sides, in the same order.
                guard sorted.flatMap(\.source) == members[g][0], sorted.flatMap(\.target) == members[g][l] else { continue }
                out[g, default: [:]][locales[l]] = sorted
            }
        }
        return out
    }
}

/// Where the pairwise alignments of three or more versions contradict each other, which of them to
/// believe (`docs/alignment.md`, "Three or more versions").
struct Regrouping {
    /// Per node (segment over all locales) of a regrouped region, the alignment left out there: an index
    /// into the pivots, or pivots.count + c for check c.
    var regions: [Int: Int] = [:]
    /// First nodes of check beads that join groups without source segments (a sentence added in several
    /// translations).
    var joined: Set<Int> = []
}

extension MultiwayUnits {
    /// Decides, before the groups are built, where a direct alignment of two target versions should change
    /// them:
    /// - **Additions in several translations.** A direct bead that pairs segments which the source
    ///   alignments all leave without a source partner contradicts none of them: when its posterior reaches
    ///   the review threshold (for moved text, its posterior before the move's cap) and its sides share anchors (``additionEvidence``, measured by
    ///   ``PairBead/anchorEvidence``: a name written per language on each side, "Waals Gewest" / "Région wallonne",
    ///   does not count against them), those segments are one
    ///   unit (nl-BE and fr-BE both add a sentence for Belgian readers that en lacks). So are two added
    ///   headings that the direct bead pairs when the added texts after them start one confident bead with
    ///   shared anchors (``introducesSameText(_:_:added:)``), whatever the headings' own bead.
    /// - **Two against one.** In a region (connected through all the alignments) where the direct alignment
    ///   disagrees with the pairing implied through the source, the alignment whose least probable bead
    ///   there is the least probable of all is left out, when that bead is below the review threshold, and
    ///   the region is grouped by the others. A lone doubtful bead (an English sentence that fr-BE left out,
    ///   paired with a sentence fr-BE added) thus yields to two alignments that agree; the region's beads
    ///   stay under review.
    /// - Complexity: O(s + b) for s segments and b pairwise beads (union–find, near-constant per union).
    /// - **A reorder held as one bead.** Where one pivot pairs two or more sentences with two or more as one
    ///   bead and the other alignments pair them one to one in another order (``crossingRefinements(pivots:checks:node:)``),
    ///   that pivot is left out there and the sentences are grouped by the others; the beads stay under review.
    func regroup(pivots: [PairAlignment], checks: [PairAlignment], node: (LanguageTag, Int) -> Int, total: Int) -> Regrouping {
        var out = regroupByVote(pivots: pivots, checks: checks, node: node, total: total)
        for (n, a) in crossingRefinements(pivots: pivots, checks: checks, node: node) where out.regions[n] == nil {
            out.regions[n] = a
        }
        return out
    }

    /// ``regroup(pivots:checks:node:total:)`` before reorders held as one bead: additions in several
    /// translations, and two against one.
    private func regroupByVote(pivots: [PairAlignment], checks: [PairAlignment], node: (LanguageTag, Int) -> Int, total: Int) -> Regrouping {
        var out = Regrouping()
        guard !checks.isEmpty else { return out }
        func nodes(_ alignment: PairAlignment, _ bead: PairBead) -> [Int] {
            bead.source.map { node(alignment.source, $0) } + bead.target.map { node(alignment.target, $0) }
        }
        let sourceNodes = 0..<counts[0]
        var pivotSets = DisjointSets(count: total)
        for alignment in pivots {
            for bead in alignment.beads {
                let ns = nodes(alignment, bead)
                for other in ns.dropFirst() { pivotSets.union(ns[0], other) }
            }
        }
        var hasSource = [Bool](repeating: false, count: total)
        for n in sourceNodes { hasSource[pivotSets.find(n)] = true }
        // Per pivot group (its root), the locales it holds segments of.
        var localesOfRoot: [Int: Set<LanguageTag>] = [:]
        for (l, locale) in locales.enumerated() {
            for s in 0..<counts[l] { localesOfRoot[pivotSets.find(node(locale, s)), default: []].insert(locale) }
        }
        // Which direct beads disagree with the pivot grouping.
        var allSets = DisjointSets(count: total)
        let all = pivots + checks
        for alignment in all {
            for bead in alignment.beads {
                let ns = nodes(alignment, bead)
                for other in ns.dropFirst() { allSets.union(ns[0], other) }
            }
        }
        var disagreeing = Set<Int>()   // roots in allSets
        for alignment in checks {
            for bead in alignment.beads {
                let ns = nodes(alignment, bead)
                let roots = Set(ns.map { pivotSets.find($0) })
                if roots.count > 1 {
                    if roots.allSatisfy({ !hasSource[$0] }) {
                        // Only a confident direct pairing that shares anchors makes a unit of two additions: an
                        // addition next to another (each translator added their own sentence) is otherwise
                        // paired by length, and may even be paired confidently (Gale & Church's priors make one
                        // 1-1 bead far cheaper than a 1-0 and a 0-1 bead).
                        // Two added headings go with the added sections they introduce when those pair.
                        let added = { (n: Int) in hasSource[pivotSets.find(n)] == false }
                        if ((bead.uncappedPosterior ?? bead.posterior) >= reviewThreshold && bead.anchorEvidence <= -Self.additionEvidence
                            && !introducesOtherText(alignment, bead, added: added))
                            || introducesSameText(alignment, bead, added: added) {
                            out.joined.insert(ns[0])
                        }
                    } else {
                        disagreeing.insert(allSets.find(ns[0]))
                    }
                } else if bead.source.isEmpty || bead.target.isEmpty {
                    // Left unpaired directly, paired through the source: a disagreement when the group holds both.
                    let held = localesOfRoot[roots.first!] ?? []
                    if held.contains(alignment.source) && held.contains(alignment.target) {
                        disagreeing.insert(allSets.find(ns[0]))
                    }
                }
            }
        }
        guard !disagreeing.isEmpty else { return out }
        // Per disagreeing region, the least probable bead of each alignment.
        var weakest: [Int: [Double]] = [:]
        for (a, alignment) in all.enumerated() {
            for bead in alignment.beads {
                let root = allSets.find(nodes(alignment, bead)[0])
                guard disagreeing.contains(root) else { continue }
                var row = weakest[root] ?? Array(repeating: 1, count: all.count)
                // A bead of moved text votes with the model's posterior, not the cap that sends it to review.
                row[a] = min(row[a], bead.uncappedPosterior ?? bead.posterior)
                weakest[root] = row
            }
        }
        var regionIndex: [Int: Int] = [:]
        for (root, row) in weakest {
            let a = row.indices.min { row[$0] < row[$1] }!
            guard row[a] < reviewThreshold, row.indices.filter({ row[$0] == row[a] }).count == 1 else { continue }
            regionIndex[root] = a
        }
        guard !regionIndex.isEmpty else { return out }
        for n in 0..<total {
            if let a = regionIndex[allSets.find(n)] { out.regions[n] = a }
        }
        return out
    }

    /// Whether `bead` of the direct alignment `check` pairs two added headings (each a heading block of its
    /// own) whose texts, added as well, the direct alignment does not make one unit: a heading introduces the
    /// text after it, so two headings that introduce different texts are not one unit, however alike they are.
    /// A live blog's time stamps are the case (blind set 11, `storm-nadia-live`: nl-BE adds a 16.30 uur update
    /// about Blankenberge, fr-BE a 16h30 update about the N4; the two time stamps share their number and
    /// nothing else, and were joined as one unit). Text after a heading that the source version has (a heading
    /// added by both translations above existing text) leaves the headings as they are.
    /// - Parameter added: whether a node (segment over all locales) has no source partner.
    private func introducesOtherText(_ check: PairAlignment, _ bead: PairBead, added: (Int) -> Bool) -> Bool {
        guard let (s, t) = textAfterAddedHeadings(check, bead, added: added) else { return false }
        guard let next = check.beads.first(where: { $0.source.contains(s) }) else { return true }
        return !(next.target.contains(t) && next.posterior >= reviewThreshold && next.anchorCost <= -Self.additionEvidence)
    }

    /// Whether `bead` of the direct alignment `check` pairs two added headings (each a heading block of its
    /// own) whose texts, added as well, start one bead of `check` that is confident (its posterior at or above
    /// the review threshold) and shares anchors (``additionEvidence``): the sections pair, so their headings
    /// are one unit, though the headings themselves share nothing (a press contact block that nl-BE and fr-BE
    /// add and en lacks: "Perscontact" / "Contact presse", blind set 15, `child-focus-grooming-boilerplate`).
    /// - Parameter added: whether a node (segment over all locales) has no source partner.
    private func introducesSameText(_ check: PairAlignment, _ bead: PairBead, added: (Int) -> Bool) -> Bool {
        guard let (s, t) = textAfterAddedHeadings(check, bead, added: added),
              let next = check.beads.first(where: { $0.source.contains(s) }) else { return false }
        return next.source.lowerBound == s && next.target.lowerBound == t
            && next.posterior >= reviewThreshold && next.anchorCost <= -Self.additionEvidence
    }

    /// When `bead` of `check` pairs two headings (each a heading block of its own) and the segments right
    /// after them exist and have no source partner (`added`), those two segments (indices in `check`'s source
    /// and target); else nil.
    private func textAfterAddedHeadings(_ check: PairAlignment, _ bead: PairBead, added: (Int) -> Bool) -> (Int, Int)? {
        guard bead.source.count == 1, bead.target.count == 1,
              let a = locales.firstIndex(of: check.source), let b = locales.firstIndex(of: check.target),
              a < headings.count, b < headings.count,
              headings[a].contains(bead.source.lowerBound), headings[b].contains(bead.target.lowerBound) else { return nil }
        let s = bead.source.upperBound, t = bead.target.upperBound
        let offsets = counts.indices.map { counts[..<$0].reduce(0, +) }
        guard s < counts[a], t < counts[b], added(offsets[a] + s), added(offsets[b] + t) else { return nil }
        return (s, t)
    }

    /// The segments (nodes) of pivot beads that hold a reorder, each with the index of the pivot to leave out
    /// there. A pivot bead with two or more segments on each side (a 2-2 bead) may be a sentence boundary drawn
    /// elsewhere or two sentences swapped: length cannot tell, and a pivot without an anchor that orders them
    /// takes the bead (blind set 11, `leuven-library-renovation`: fr-BE swaps two sentences that share no
    /// number or name with their English partners; en–fr took them as one 2-2 bead at 0.83). When the other
    /// pivot pairs every source sentence of the bead one to one with a sentence of its version, and the direct
    /// alignment pairs each of those one to one with a sentence of the bead, all of them confidently (the
    /// model's posterior, before a move's cap, at or above the review threshold), the composed pairs cover the
    /// bead's target side exactly and cross, the bead is a reorder: a boundary drawn elsewhere never crosses.
    /// Composed pairs in order say nothing a 2-2 bead does not (one alignment against one), and are left alone.
    /// - Complexity: O(b) for b pairwise beads.
    func crossingRefinements(pivots: [PairAlignment], checks: [PairAlignment], node: (LanguageTag, Int) -> Int) -> [Int: Int] {
        var out: [Int: Int] = [:]
        /// Per segment of `alignment`'s source (or target, when `reversed`), its partner when the bead holding
        /// it is 1-1 and confident.
        func oneToOne(_ alignment: PairAlignment, reversed: Bool) -> [Int: Int] {
            var map: [Int: Int] = [:]
            for bead in alignment.beads where bead.source.count == 1 && bead.target.count == 1
                && (bead.uncappedPosterior ?? bead.posterior) >= reviewThreshold {
                if reversed { map[bead.target.lowerBound] = bead.source.lowerBound } else { map[bead.source.lowerBound] = bead.target.lowerBound }
            }
            return map
        }
        for check in checks {
            for (held, via) in [(check.target, check.source), (check.source, check.target)] {
                guard let a = pivots.firstIndex(where: { $0.target == held }),
                      let other = pivots.first(where: { $0.target == via }) else { continue }
                let sourceToVia = oneToOne(other, reversed: false)
                let viaToHeld = oneToOne(check, reversed: check.source != via)
                for bead in pivots[a].beads where bead.source.count >= 2 && bead.target.count >= 2 {
                    let composed = bead.source.map { sourceToVia[$0].flatMap { viaToHeld[$0] } }
                    guard composed.allSatisfy({ $0 != nil }) else { continue }
                    let targets = composed.map { $0! }
                    guard targets.sorted() == Array(bead.target), targets != targets.sorted() else { continue }
                    for s in bead.source {
                        out[node(pivots[a].source, s)] = a
                        out[node(via, sourceToVia[s]!)] = a
                    }
                    for t in bead.target { out[node(held, t)] = a }
                }
            }
        }
        return out
    }
}

/// Union–find with path halving and union by size (Tarjan 1975).
struct DisjointSets {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
    }
}
