import TaalgrensCore

/// Text that one version moved: a paragraph that a translation puts elsewhere, or a sentence it takes into
/// another paragraph, so that its beads cross the others. A monotone alignment (``PairwiseAligner``) cannot
/// pair it; it leaves it out on one side and adds it on the other, or worse, shifts its neighbours.
///
/// The evidence is the anchor points off the alignment's path: an anchor of a kind a translation keeps
/// exactly (a number, a date, a URL, an e-mail address, a name, a termbase concept) that occurs in exactly
/// one segment of each version, where the beads of those two segments are at least two beads apart in the
/// alignment (one bead apart is a bead boundary drawn elsewhere, not a move). Each such point proposes a move: the two blocks holding it, when their lengths agree
/// as translations' do, else the two sentences. A move is kept when the anchors of its two sides agree
/// strongly (anchor cost at most −``requiredEvidence``; −``listItemEvidence`` for one list item moved within
/// its list whose numbers all agree) and the length model accepts it; moves may not overlap. Two sentences
/// swapped inside one bead are found by two crossing points, two list items swapped inside a 2-2 bead by one.
/// See `docs/alignment.md`, "Moved text".
struct MovedText: Sendable {
    /// The moved source segments (global indices, consecutive).
    var source: Range<Int>
    /// Their place in the target version.
    var target: Range<Int>
    /// The highest posterior its beads get: ``posteriorCap`` for text moved across beads (a person
    /// confirms a move); for two sentences swapped inside one bead, that bead's own posterior (the swap
    /// refines a bead the alignment already held, it does not move text elsewhere).
    var cap: Double = MovedText.posteriorCap

    /// The anchor kinds whose crossing points propose a move: those a translation keeps as they are.
    static let evidenceKinds: Set<AnchorKind> = [.number, .date, .url, .email, .name, .term]
    /// The anchor cost, in nats, that the two sides of a move must reach at most (as a negative number):
    /// two matched numbers, or a number and a name, not one chance match.
    static let requiredEvidence = 3.5
    /// The highest length cost, in nats, of two blocks moved as a whole (|δ| about 2.4): otherwise only the
    /// two sentences move.
    static let blockLengthCost = 3.5
    /// The highest length cost, in nats, of two moved sentences (|δ| about 2.2).
    static let sentenceLengthCost = 3.0
    /// The highest posterior a bead of moved text gets: a person confirms a move.
    static let posteriorCap = 0.5
    /// The anchor cost, in nats, that one list item moved within its list must reach at most (as a negative
    /// number): one number or date matched at full weight. A list sorted per language (cities, names,
    /// products in alphabetical order) moves its items, and an item such as "Mons: €979" / "Bergen: 979
    /// euro" often has one number and a name written per language; it is taken only when every number and
    /// date of the two items has its partner (``valuesAgree(_:_:)``).
    static let listItemEvidence = 2.4
    /// The anchor cost, in nats, that a block left out in one place and a block added in another must reach
    /// at most (as a negative number) to be taken as one block moved: something they share beyond chance.
    static let unpairedBlockEvidence = 1.0
    /// The block kinds whose one-sentence blocks are items of a list or a table: a translation may order them
    /// differently (``isItem(_:_:)``).
    static let itemKinds: Set<BlockKind> = [.listItem, .tableCell]

    /// The moves between `source` and `target` that `alignment` (monotone) could not pair.
    /// - Parameters:
    ///   - alignment: the monotone alignment of the two versions.
    ///   - anchors: the two versions' anchors (their document frequencies give the weights).
    ///   - model: the length model of the alignment.
    ///   - reviewThreshold: the posterior below which a bead is sent to review (``AlignerConfiguration/reviewThreshold``):
    ///     a paragraph holding such a bead is one whose order ``reordered(in:source:target:anchors:model:reviewThreshold:)`` checks.
    /// - Returns: disjoint moves, in source order.
    /// - Complexity: O(a log a) for a anchor occurrences, plus O(p · b) for p crossing points and the
    ///   anchors b of the blocks they lie in.
    static func find(in alignment: PairAlignment, source: AlignmentSide, target: AlignmentSide,
                     anchors: PairAnchors, model: LengthModel, reviewThreshold: Double = 0.6) -> [MovedText] {
        let evidence = anchors.source.map { $0.filter { evidenceKinds.contains($0.kind) } }
        let targetEvidence = anchors.target.map { $0.filter { evidenceKinds.contains($0.kind) } }
        let points = uniquePoints(evidence, targetEvidence)
        var beadOfSource = [Int](repeating: -1, count: source.count)
        var beadOfTarget = [Int](repeating: -1, count: target.count)
        for (b, bead) in alignment.beads.enumerated() {
            for i in bead.source { beadOfSource[i] = b }
            for j in bead.target { beadOfTarget[j] = b }
        }
        var moves: [(move: MovedText, cost: Double)] = []
        func anchorCost(_ move: MovedText) -> Double {
            AnchorScore.cost(source: AnchorScore.merged(anchors.source[move.source]),
                             target: AnchorScore.merged(anchors.target[move.target]))
        }
        // A point off the path by one bead is a bead boundary the alignment drew elsewhere, not a move.
        for (i, j) in points where abs(beadOfSource[i] - beadOfTarget[j]) >= 2 {
            let blockS = source.blocks[source.blockOfSegment[i]].segments
            let blockT = target.blocks[target.blockOfSegment[j]].segments
            var candidates: [MovedText] = []
            if blockS.count > 1 || blockT.count > 1, model.cost(source.length(blockS), target.length(blockT)) <= blockLengthCost {
                candidates.append(MovedText(source: blockS, target: blockT))
            }
            if model.cost(source.lengths[i], target.lengths[j]) <= sentenceLengthCost {
                candidates.append(MovedText(source: i..<(i + 1), target: j..<(j + 1)))
            }
            for candidate in candidates {
                // A move never takes a segment that the alignment already pairs within the move.
                let paired = candidate.source.contains { i in candidate.target.contains { beadOfTarget[$0] == beadOfSource[i] } }
                guard !paired else { continue }
                let cost = anchorCost(candidate)
                // One list item moved within its list (a list sorted per language) needs less evidence, when
                // all its numbers and dates agree.
                let items = candidate.source.count == 1 && candidate.target.count == 1
                    && isItem(source, i) && isItem(target, j)
                    && valuesAgree(anchors.source[i], anchors.target[j])
                    && listsPaired(i, j, source: source, target: target, beads: alignment.beads)
                if cost <= -requiredEvidence || (items && cost <= -listItemEvidence) {
                    let grown = grow(candidate, source: source, target: target, beads: alignment.beads, beadOfSource: beadOfSource,
                                     beadOfTarget: beadOfTarget, anchors: anchors, model: model)
                    moves.append((grown, cost))
                    break
                }
            }
        }
        // Two sentences swapped next to each other end up in one bead (a 2-2 bead, say) whose anchor points
        // cross: the first source sentence holds the anchor of the second target sentence, and the reverse.
        // Each sentence of a crossing pair of points is a move of its own when it passes the same tests.
        for (p, q) in crossingPairs(points, beadOfSource: beadOfSource, beadOfTarget: beadOfTarget) {
            for (i, j) in [p, q] where model.cost(source.lengths[i], target.lengths[j]) <= sentenceLengthCost {
                let candidate = MovedText(source: i..<(i + 1), target: j..<(j + 1),
                                          cap: alignment.beads[beadOfSource[i]].posterior)
                let cost = anchorCost(candidate)
                if cost <= -requiredEvidence { moves.append((candidate, cost)) }
            }
        }
        // Two list items swapped next to each other (a list sorted per language: "Leuven" before "Liège",
        // "Liège" before "Louvain") end up in one 2-2 bead. When one anchor point crosses inside it and the
        // crossed pairing's anchors agree better than the straight one's by at least one matched number,
        // each item pairs with its own translation.
        for (b, bead) in alignment.beads.enumerated() where bead.source.count == 2 && bead.target.count == 2
            && bead.source.allSatisfy({ isItem(source, $0) }) && bead.target.allSatisfy({ isItem(target, $0) }) {
            let (s0, s1, t0, t1) = (bead.source.lowerBound, bead.source.lowerBound + 1, bead.target.lowerBound, bead.target.lowerBound + 1)
            guard points.contains(where: { beadOfSource[$0.0] == b && beadOfTarget[$0.1] == b && ($0.0 == s0) != ($0.1 == t0) }) else { continue }
            let crossed = [MovedText(source: s0..<s1, target: t1..<(t1 + 1), cap: bead.posterior),
                           MovedText(source: s1..<(s1 + 1), target: t0..<t1, cap: bead.posterior)]
            let straight = [MovedText(source: s0..<s1, target: t0..<t1), MovedText(source: s1..<(s1 + 1), target: t1..<(t1 + 1))]
            let crossedCosts = crossed.map(anchorCost)
            guard crossedCosts.allSatisfy({ $0 < 0 }),
                  crossed.allSatisfy({ model.cost(source.lengths[$0.source.lowerBound], target.lengths[$0.target.lowerBound]) <= sentenceLengthCost }),
                  crossedCosts.reduce(0, +) <= straight.map(anchorCost).reduce(0, +) - AnchorKind.number.matchBonus else { continue }
            for (move, cost) in zip(crossed, crossedCosts) { moves.append((move, cost)) }
        }
        // Sentences reordered inside one paragraph with too few anchor points to cross (one cognate, one
        // number): the monotone alignment holds them in a 2-2 bead.
        moves += reordered(in: alignment, source: source, target: target, anchors: anchors, model: model,
                           reviewThreshold: reviewThreshold)
        // The strongest moves first; a move overlapping one already taken is dropped.
        var taken: [MovedText] = []
        for (move, _) in moves.sorted(by: { $0.cost < $1.cost }) {
            if taken.contains(where: { $0.source.overlaps(move.source) || $0.target.overlaps(move.target) }) { continue }
            taken.append(move)
        }
        return taken.sorted { $0.source.lowerBound < $1.source.lowerBound }
    }

    /// The most sentences of one block whose orders ``reordered(in:source:target:anchors:model:reviewThreshold:)`` compares
    /// (all n! orders are tried: 720 for six).
    static let maxReordered = 6

    /// Sentences that a translation put in another order inside one paragraph, found where the monotone
    /// alignment holds them in a bead of two or more sentences on each side (a 2-2 bead) although the two
    /// blocks have as many sentences each. Blind set 9: nl-BE says "Children who used to arrive without
    /// lunch …" before "Head teachers see the difference …", fr-BE puts the Federation's half of the cost
    /// before the city's, nl-BE moves the last sentence of a paragraph to its front; with fewer than two
    /// anchor points that cross (one cognate, one number), the crossing-point rule of ``find(in:source:target:anchors:model:reviewThreshold:)``
    /// cannot see the swap, and the 2-2 bead came out at 0.95.
    ///
    /// For two blocks paired only with each other (every bead touching them two-sided and inside them),
    /// with the same number n ≤ ``maxReordered`` of sentences, the order of the target sentences with the
    /// lowest total cost of n 1-1 beads (length cost plus anchor cost each) is taken when it is not the
    /// document order and
    /// - every pair's lengths pass (length cost ≤ ``sentenceLengthCost``) and nothing contradicts it
    ///   (``AnchorScore/contradicts(source:target:)``);
    /// - its anchors agree better than those of the sentences paired in document order by at least one
    ///   matched number (``AnchorKind/matchBonus`` of a number, 2.5 nats; a cognate at full weight counts as
    ///   much): length alone does not reorder, since a 2-2 bead whose sentence boundary moved pairs a long
    ///   sentence with a short one in order just as a swap does;
    /// - its lengths agree at least as well as those of the document order.
    ///
    /// The pairs off a longest increasing run of the order are moves of one sentence each (the others then
    /// pair in order), capped at ``posteriorCap``: the evidence is one or two matches, a person confirms.
    /// - Complexity: O(n! · n) per such bead, n ≤ ``maxReordered``.
    static func reordered(in alignment: PairAlignment, source: AlignmentSide, target: AlignmentSide,
                          anchors: PairAnchors, model: LengthModel,
                          reviewThreshold: Double) -> [(move: MovedText, cost: Double)] {
        var out: [(move: MovedText, cost: Double)] = []
        var done = Set<Int>()
        // A doubtful stretch: a bead of two or more sentences on each side, or a bead below the review
        // threshold (sentences in order that share nothing).
        for bead in alignment.beads where !bead.source.isEmpty && !bead.target.isEmpty
            && ((bead.source.count >= 2 && bead.target.count >= 2) || bead.posterior < reviewThreshold) {
            let bs = source.blockOfSegment[bead.source.lowerBound], bt = target.blockOfSegment[bead.target.lowerBound]
            let blockS = source.blocks[bs].segments, blockT = target.blocks[bt].segments
            guard !done.contains(bs), blockS.count == blockT.count, blockS.count <= maxReordered,
                  bead.source.allSatisfy({ source.blockOfSegment[$0] == bs }),
                  bead.target.allSatisfy({ target.blockOfSegment[$0] == bt }) else { continue }
            let touching = alignment.beads.filter { b in b.source.contains(where: blockS.contains) || b.target.contains(where: blockT.contains) }
            guard touching.allSatisfy({ !$0.source.isEmpty && !$0.target.isEmpty
                && $0.source.allSatisfy(blockS.contains) && $0.target.allSatisfy(blockT.contains) }) else { continue }
            done.insert(bs)
            let n = blockS.count
            var length = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
            var anchor = length
            var fits = [[Bool]](repeating: [Bool](repeating: false, count: n), count: n)
            for a in 0..<n {
                for b in 0..<n {
                    let i = blockS.lowerBound + a, j = blockT.lowerBound + b
                    length[a][b] = model.cost(source.lengths[i], target.lengths[j])
                    anchor[a][b] = AnchorScore.cost(source: anchors.source[i], target: anchors.target[j])
                    // A number or date without its partner speaks against the pair; a name on one side
                    // only does not here ("la Ville" for "the city"), its penalty is in the anchor cost.
                    fits[a][b] = length[a][b] <= sentenceLengthCost
                        && !(AnchorScore.contradicts(source: anchors.source[i], target: anchors.target[j])
                             && (holdsValues(anchors.source[i]) || holdsValues(anchors.target[j])))
                }
            }
            var best: [Int] = [], bestCost = Double.infinity
            var order = Array(0..<n)
            func search(_ k: Int, _ cost: Double) {
                guard cost < bestCost else { return }
                if k == n { best = order; bestCost = cost; return }
                for x in k..<n {
                    order.swapAt(k, x)
                    if fits[k][order[k]] { search(k + 1, cost + length[k][order[k]] + anchor[k][order[k]]) }
                    order.swapAt(k, x)
                }
            }
            search(0, 0)
            guard !best.isEmpty, best != Array(0..<n) else { continue }
            let straightAnchor = (0..<n).reduce(0) { $0 + anchor[$1][$1] }
            let straightLength = (0..<n).reduce(0) { $0 + length[$1][$1] }
            let crossedAnchor = (0..<n).reduce(0) { $0 + anchor[$1][best[$1]] }
            let crossedLength = (0..<n).reduce(0) { $0 + length[$1][best[$1]] }
            guard crossedAnchor <= straightAnchor - AnchorKind.number.matchBonus + 1e-9,
                  crossedLength <= straightLength else { continue }
            let inOrder = Set(longestIncreasingRun(best))
            for a in 0..<n where !inOrder.contains(a) {
                let i = blockS.lowerBound + a, j = blockT.lowerBound + best[a]
                out.append((MovedText(source: i..<(i + 1), target: j..<(j + 1)), anchor[a][best[a]]))
            }
        }
        return out
    }

    /// The positions of a longest strictly increasing run (subsequence) of `values`, the earliest one
    /// among equals.
    /// - Complexity: O(n²), n ≤ ``maxReordered`` here.
    static func longestIncreasingRun(_ values: [Int]) -> [Int] {
        guard !values.isEmpty else { return [] }
        var length = [Int](repeating: 1, count: values.count), previous = [Int](repeating: -1, count: values.count)
        for k in values.indices {
            for l in 0..<k where values[l] < values[k] && length[l] + 1 > length[k] {
                length[k] = length[l] + 1
                previous[k] = l
            }
        }
        var k = length.firstIndex(of: length.max()!)!
        var run: [Int] = []
        while k >= 0 { run.append(k); k = previous[k] }
        return run.reversed()
    }

    /// A block left out in one place and a block of the same kind added in another that translate each
    /// other: a section that one version moved across a neighbour whose anchors gave no point off the path
    /// (blind set 7: fr-BE puts question 3 of an FAQ before question 2; once question 2 is paired, both
    /// versions of question 3's answer are left without a partner). A pair of such blocks, one of them of
    /// more than one segment (or each a one-sentence block right after a heading also left without partner:
    /// the heading and its sentence are then taken as one, a glossary's term and its definition), is a move when their lengths agree (length cost ≤ ``sentenceLengthCost``),
    /// their anchors agree (cost ≤ −``unpairedBlockEvidence``) and nothing they hold contradicts the
    /// pairing (``AnchorScore/contradicts(source:target:)``); it grows backwards like a block move (the
    /// question before the answer). The strongest first; moves never overlap.
    /// - Parameters:
    ///   - alignment: an alignment of the two versions (with or without moves), beads in original indices.
    ///   - anchors: the two versions' anchors.
    ///   - model: the length model of the alignment.
    /// - Complexity: O(a · b) block pairs for a and b unpaired blocks, each O(its anchors).
    static func unpairedBlocks(in alignment: PairAlignment, source: AlignmentSide, target: AlignmentSide,
                               anchors: PairAnchors, model: LengthModel) -> [MovedText] {
        var beadOfSource = [Int](repeating: -1, count: source.count)
        var beadOfTarget = [Int](repeating: -1, count: target.count)
        for (b, bead) in alignment.beads.enumerated() {
            for i in bead.source { beadOfSource[i] = b }
            for j in bead.target { beadOfTarget[j] = b }
        }
        let sourceAlone = unpaired(source, beadOfSource, alignment.beads, sourceSide: true)
        let targetAlone = unpaired(target, beadOfTarget, alignment.beads, sourceSide: false)
        var moves: [(move: MovedText, cost: Double)] = []
        for s in sourceAlone {
            for t in targetAlone {
                // One list item on each side: a list sorted per language whose item shares its numbers with
                // other items gives no anchor point (blind set 10: "Campine … 14 degrees" / "Kempen … 14
                // graden", three items at 14). Two such items, both left without partner, pair when every
                // number of one has its partner in the other and their anchors agree at all.
                let items = s.count == 1 && t.count == 1 && isItem(source, s.lowerBound) && isItem(target, t.lowerBound)
                    && valuesAgree(anchors.source[s.lowerBound], anchors.target[t.lowerBound])
                    && listsPaired(s.lowerBound, t.lowerBound, source: source, target: target, beads: alignment.beads)
                // A section of one sentence under its heading on each side, all of it left without partner: the
                // heading and its sentence are taken as one (a glossary's term and its definition, blind set 11).
                let headings = s.count == 1 && t.count == 1 && !items
                    ? (headingAlone(before: s, in: source, sourceAlone), headingAlone(before: t, in: target, targetAlone)) : (nil, nil)
                let (x, y) = headings.0.flatMap { h in headings.1.map { (h.lowerBound..<s.upperBound, $0.lowerBound..<t.upperBound) } } ?? (s, t)
                // Two one-sentence paragraphs or quotes (not list items: those need their lists paired, above)
                // whose numbers and dates all agree (at least one): a note one version puts at the top and
                // another at the end (blind set 13, `charleroi-airport-editors-note`: "… mis à jour à 17 h 30 …"
                // / "… om 17.30 uur aangevuld …").
                let notes = s.count == 1 && t.count == 1 && !items && x == s && y == t
                    && isWholeTextBlock(source, s.lowerBound) && isWholeTextBlock(target, t.lowerBound)
                    && !isItem(source, s.lowerBound) && !isItem(target, t.lowerBound)
                    && valuesAgree(anchors.source[s.lowerBound], anchors.target[t.lowerBound])
                guard x.count > 1 || y.count > 1 || items || notes,
                      source.blocks[source.blockOfSegment[s.lowerBound]].kind == target.blocks[target.blockOfSegment[t.lowerBound]].kind,
                      model.cost(source.length(x), target.length(y)) <= sentenceLengthCost else { continue }
                let sourceAnchors = AnchorScore.merged(anchors.source[x]), targetAnchors = AnchorScore.merged(anchors.target[y])
                let cost = AnchorScore.cost(source: sourceAnchors, target: targetAnchors)
                guard cost <= (items ? -1e-9 : -unpairedBlockEvidence),
                      !AnchorScore.contradicts(source: sourceAnchors, target: targetAnchors) else { continue }
                // A section starts at its heading: what lies before it belongs to the previous one.
                let move = x == s ? grow(MovedText(source: s, target: t), source: source, target: target, beads: alignment.beads, beadOfSource: beadOfSource,
                                         beadOfTarget: beadOfTarget, anchors: anchors, model: model) : MovedText(source: x, target: y)
                moves.append((move, cost))
            }
        }
        var taken: [MovedText] = []
        for (move, _) in moves.sorted(by: { $0.cost < $1.cost }) {
            if taken.contains(where: { $0.source.overlaps(move.source) || $0.target.overlaps(move.target) }) { continue }
            taken.append(move)
        }
        return taken
    }

    /// Whether the list (or table) holding source segment `i` and the one holding target segment `j` are
    /// paired with each other: some two-sided bead of `beads` pairs an item of the one with an item of the
    /// other. An item left out of one list and an item added to another list are not one item moved, even
    /// when their numbers agree ("Mons: €979" left out, "Namur: 979 €" added elsewhere).
    static func listsPaired(_ i: Int, _ j: Int, source: AlignmentSide, target: AlignmentSide, beads: [PairBead]) -> Bool {
        func list(_ side: AlignmentSide, _ k: Int) -> ClosedRange<Int> {
            var lo = side.blockOfSegment[k], hi = lo
            while lo > 0, itemKinds.contains(side.blocks[lo - 1].kind) { lo -= 1 }
            while hi + 1 < side.blocks.count, itemKinds.contains(side.blocks[hi + 1].kind) { hi += 1 }
            return lo...hi
        }
        let a = list(source, i), b = list(target, j)
        return beads.contains { bead in
            !bead.source.isEmpty && !bead.target.isEmpty
                && bead.source.contains { a.contains(source.blockOfSegment[$0]) } && bead.target.contains { b.contains(target.blockOfSegment[$0]) }
        }
    }

    /// The heading block right before the block that starts at `block`'s first segment, when it is one of
    /// `alone` (left without partner): the segments of that heading, else nil.
    static func headingAlone(before block: Range<Int>, in side: AlignmentSide, _ alone: [Range<Int>]) -> Range<Int>? {
        let b = side.blockOfSegment[block.lowerBound]
        guard b > 0, side.blocks[b - 1].kind == .heading else { return nil }
        let heading = side.blocks[b - 1].segments
        return alone.contains(heading) ? heading : nil
    }

    /// The blocks of `side` whose every segment lies in a one-sided bead of `beads` (the alignment left the
    /// whole block without a partner), as segment ranges in document order.
    static func unpaired(_ side: AlignmentSide, _ beadOf: [Int], _ beads: [PairBead], sourceSide: Bool) -> [Range<Int>] {
        side.blocks.map(\.segments).filter { block in
            block.allSatisfy { k in
                let bead = beads[beadOf[k]]
                return sourceSide ? bead.target.isEmpty : bead.source.isEmpty
            }
        }
    }

    /// The pairs of points that lie in one bead of the alignment and cross each other (i < i′ and j > j′):
    /// the bead's sentences stand in a different order in the two versions.
    static func crossingPairs(_ points: [(Int, Int)], beadOfSource: [Int], beadOfTarget: [Int]) -> [((Int, Int), (Int, Int))] {
        var out: [((Int, Int), (Int, Int))] = []
        let inBead = points.filter { beadOfSource[$0.0] == beadOfTarget[$0.1] }
        for (a, p) in inBead.enumerated() {
            for q in inBead[(a + 1)...] where beadOfSource[p.0] == beadOfSource[q.0] && p.0 != q.0 && p.1 != q.1
                && (p.0 < q.0) != (p.1 < q.1) {
                out.append((p, q))
            }
        }
        return out
    }

    /// A block move grown by the blocks before it that moved with it: a heading or a question moved together
    /// with the paragraph after it (two question-and-answer pairs swapped in an interview), or the label cell
    /// of a table row whose figure cells moved (a move of one whole item grows only over whole items that
    /// hold no number or date). The block before
    /// the move on each side joins it while the two blocks are of the same kind, their lengths
    /// agree (length cost ≤ ``blockLengthCost``), their anchors agree (anchor cost < 0: something they share,
    /// a mark, a name, a cognate; two blocks with nothing in common are not taken on length alone), and the
    /// alignment put them at least two beads apart (so they are not in place already).
    ///
    /// **A heading on each side** right before a moved block needs less: it introduces the section that moved,
    /// and headings are short and translated freely, so they rarely share an anchor ("Brussels" /
    /// "Bruxelles", "Background" / "Le contexte": one word, the segment's first, is no name). Two headings join
    /// when nothing in them contradicts the pairing (no number, date or name on one side only; anchor cost
    /// ≤ 0, or ≤ 0 without the names when each side holds one: "(Bruges)" / "(Brugge)" may be one name
    /// written per language, blind set 12) and neither is held in place by anchors it shares with its partner in the alignment (a bead with
    /// a negative anchor cost). Growth stops after such a heading: what lies before it is the previous section
    /// (blind set 10: fr-BE moves an explainer's Brussels section and a strike report's background section
    /// up; their paragraphs moved and their headings stayed behind, "Antwerp" paired with "Bruxelles" at 0.67).
    /// - Parameters:
    ///   - move: a move of whole blocks, or of one whole list item, table cell or caption on each side (a
    ///     caption, a photo's credit line, grows over the one caption before it: the photo's caption).
    ///   - beads: the alignment the move was found in (its beads' anchor costs say which headings are held in place).
    ///   - beadOfSource, beadOfTarget: per segment, the index of its bead in `beads`.
    /// - Complexity: O(blocks grown over × their anchors).
    static func grow(_ move: MovedText, source: AlignmentSide, target: AlignmentSide, beads: [PairBead], beadOfSource: [Int],
                     beadOfTarget: [Int], anchors: PairAnchors, model: LengthModel) -> MovedText {
        // A whole list item or table cell moved on its own grows too, over the items before it that hold no
        // number or date: a table row that a translation moves is found by its figure cells (each a move of
        // its own), and its label cell ("Bruges" / "Brugge"), with no number to be found by, moves with the
        // first of them (blind set 8, `water-bill-table`). An item with figures is no label: it is a move of
        // its own or not moved at all.
        let item = move.source.count == 1 && move.target.count == 1
            && isItem(source, move.source.lowerBound) && isItem(target, move.target.lowerBound)
        // A photo's credit moved on its own ("Photo: Belga / Marc Hennuy", found by the photographer's name) grows
        // over the caption block right before it on each side: a translation that moves a photo moves its caption
        // and credit together. One block only: a figure is a caption and a credit, and the caption before that
        // belongs to another photo.
        let caption = move.source.count == 1 && move.target.count == 1
            && isWholeCaption(source, move.source.lowerBound) && isWholeCaption(target, move.target.lowerBound)
        guard move.source.count > 1 || move.target.count > 1 || item || caption,
              source.blocks[source.blockOfSegment[move.source.lowerBound]].segments == move.source,
              target.blocks[target.blockOfSegment[move.target.lowerBound]].segments == move.target else { return move }
        var grown = move
        // Whether the last block joined was a heading taken on structure alone (no anchor in common).
        var headingOnStructure = false
        func joins(_ s: Range<Int>, _ t: Range<Int>) -> Bool {
            headingOnStructure = false
            guard !s.isEmpty, !t.isEmpty,
                  source.blocks[source.blockOfSegment[s.lowerBound]].kind == target.blocks[target.blockOfSegment[t.lowerBound]].kind,
                  !item || (s.count == 1 && t.count == 1 && isItem(source, s.lowerBound) && isItem(target, t.lowerBound)
                            && !holdsValues(anchors.source[s.lowerBound]) && !holdsValues(anchors.target[t.lowerBound])),
                  abs(beadOfSource[s.lowerBound] - beadOfTarget[t.lowerBound]) >= 2,
                  model.cost(source.length(s), target.length(t)) <= blockLengthCost else { return false }
            let (x, y) = (AnchorScore.merged(anchors.source[s]), AnchorScore.merged(anchors.target[t]))
            let cost = AnchorScore.cost(source: x, target: y)
            if caption {
                // The caption of the moved credit: a whole caption on each side that shares anchors with its
                // partner and holds nothing against it (a year on each side, "in 2019" / "en 2019").
                return s.count == 1 && t.count == 1 && isWholeCaption(source, s.lowerBound) && isWholeCaption(target, t.lowerBound)
                    && cost < 0 && !AnchorScore.contradicts(source: x, target: y)
            }
            if cost < 0 { return true }
            // Two headings leading the moved section: nothing may speak against them, and nothing may hold
            // either in place.
            func heldInPlace(_ bead: PairBead) -> Bool { !bead.source.isEmpty && !bead.target.isEmpty && bead.anchorCost < 0 }
            // A name on each side may be one name written per language ("Lace makers at work (Bruges)" /
            // "Kantwerksters aan het werk (Brugge)", "(Brussels)" / "(Bruxelles)"): as in
            // `AnchorScore.contradicts`, its penalties do not speak against the two headings (blind set 12).
            headingOnStructure = !item && source.blocks[source.blockOfSegment[s.lowerBound]].kind == .heading
                && AnchorScore.costSettingNamesAside(source: x, target: y) <= 0 && !AnchorScore.contradicts(source: x, target: y)
                && !s.contains { heldInPlace(beads[beadOfSource[$0]]) } && !t.contains { heldInPlace(beads[beadOfTarget[$0]]) }
            return headingOnStructure
        }
        while grown.source.lowerBound > 0, grown.target.lowerBound > 0 {
            let s = source.blocks[source.blockOfSegment[grown.source.lowerBound - 1]].segments
            let t = target.blocks[target.blockOfSegment[grown.target.lowerBound - 1]].segments
            guard joins(s, t) else { break }
            grown = MovedText(source: s.lowerBound..<grown.source.upperBound, target: t.lowerBound..<grown.target.upperBound)
            // A heading taken on structure alone starts its section: the block before it belongs to the
            // previous one, and nothing but the heading's place spoke for it. A credit takes one caption.
            if headingOnStructure || caption { break }
        }
        return grown
    }

    /// Whether segment `index` of `side` is a whole item of a list or a table: the only segment of a block
    /// of kind ``itemKinds``.
    static func isItem(_ side: AlignmentSide, _ index: Int) -> Bool {
        let block = side.blocks[side.blockOfSegment[index]]
        return block.segments.count == 1 && itemKinds.contains(block.kind)
    }

    /// Whether segment `index` is the only segment of a caption block (a photo's caption or its credit line).
    static func isWholeCaption(_ side: AlignmentSide, _ index: Int) -> Bool {
        let block = side.blocks[side.blockOfSegment[index]]
        return block.segments.count == 1 && block.kind == .caption
    }

    /// Whether segment `index` is the only sentence of a block of text (not a title, heading or caption).
    static func isWholeTextBlock(_ side: AlignmentSide, _ index: Int) -> Bool {
        let block = side.blocks[side.blockOfSegment[index]]
        return block.segments.count == 1 && !BlockAligner.standsAlone(block.kind)
    }

    /// Whether a segment's anchors hold a number or a date (numbers written as words aside).
    static func holdsValues(_ anchors: [Anchor]) -> Bool {
        anchors.contains { ($0.kind == .number || $0.kind == .date) && !$0.isForgiven }
    }

    /// Whether two segments hold the same numbers and dates (numbers written as words aside), at least one:
    /// every value on one side has its partner on the other.
    /// - Complexity: O(a log a) in the anchors of the two segments.
    static func valuesAgree(_ source: [Anchor], _ target: [Anchor]) -> Bool {
        func values(_ anchors: [Anchor]) -> [Int32] {
            anchors.filter { ($0.kind == .number || $0.kind == .date) && !$0.isForgiven }.map(\.key).sorted()
        }
        let s = values(source)
        return !s.isEmpty && s == values(target)
    }

    /// The points (i, j) of the anchor keys found in exactly one segment of each side.
    static func uniquePoints(_ source: [[Anchor]], _ target: [[Anchor]]) -> [(Int, Int)] {
        func unique(_ items: [[Anchor]]) -> [Int32: Int] {
            var where_: [Int32: Int] = [:], count: [Int32: Int] = [:]
            for (index, anchors) in items.enumerated() {
                for key in Set(anchors.map(\.key)) {
                    count[key, default: 0] += 1
                    where_[key] = index
                }
            }
            return where_.filter { count[$0.key] == 1 }
        }
        let s = unique(source), t = unique(target)
        var points = Set<[Int]>()
        for (key, i) in s { if let j = t[key] { points.insert([i, j]) } }
        return points.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }
    }
}
