/// Beads (of sentences or of blocks) that a second alignment must keep: the confident beads of a first
/// alignment. Any other bead that holds one of their items is forbidden.
///
/// Used by the lexical pass (``PairwiseAligner``), so that word pairs learned from the article only
/// re-decide what the first alignment was unsure of.
struct FixedBeads: Sendable {
    /// The fixed beads: source and target item ranges.
    private var beads: [(source: Range<Int>, target: Range<Int>)] = []
    /// For each source and target item, the index of the fixed bead holding it, or −1.
    private var sourceOwner: [Int32] = []
    private var targetOwner: [Int32] = []

    static let none = FixedBeads()

    var isEmpty: Bool { beads.isEmpty }

    private init() {}

    /// - Parameters:
    ///   - beads: the beads to keep (non-overlapping).
    ///   - n, m: the number of source and target items.
    init(_ beads: [(source: Range<Int>, target: Range<Int>)], n: Int, m: Int) {
        self.beads = beads
        sourceOwner = Array(repeating: -1, count: n)
        targetOwner = Array(repeating: -1, count: m)
        for (index, bead) in beads.enumerated() {
            for k in bead.source { sourceOwner[k] = Int32(index) }
            for k in bead.target { targetOwner[k] = Int32(index) }
        }
    }

    /// Whether the bead of source items `s` and target items `t` may be used: it is one of the fixed beads
    /// (an empty side matches an empty side wherever it lies), or it holds none of their items.
    /// - Complexity: O(|s| + |t|).
    func allows(_ s: Range<Int>, _ t: Range<Int>) -> Bool {
        if beads.isEmpty { return true }
        for k in s where sourceOwner[k] >= 0 {
            let b = beads[Int(sourceOwner[k])]
            return b.source == s && b.target.count == t.count && (t.isEmpty || b.target == t)
        }
        for k in t where targetOwner[k] >= 0 {
            let b = beads[Int(targetOwner[k])]
            return b.target == t && b.source.count == s.count && (s.isEmpty || b.source == s)
        }
        return true
    }

    /// The confidences of a second alignment's beads made from the first one's: a bead of the first
    /// alignment at or above `threshold` (kept) takes its first posterior (the second search was forced
    /// through it); any other bead keeps the lower of its own posterior and the highest posterior of the
    /// first alignment's beads it overlaps, so it stays below `threshold`.
    /// - Parameters:
    ///   - first, second: the beads (source range, target range, posterior) in document order.
    ///   - n, m: the number of source and target items.
    /// - Returns: the posterior of each bead of `second`.
    static func posteriors(first: [(source: Range<Int>, target: Range<Int>, posterior: Double)],
                           second: [(source: Range<Int>, target: Range<Int>, posterior: Double)],
                           n: Int, m: Int, threshold: Double) -> [Double] {
        var bySource = [Int](repeating: -1, count: n), byTarget = [Int](repeating: -1, count: m)
        for (index, bead) in first.enumerated() {
            for k in bead.source { bySource[k] = index }
            for k in bead.target { byTarget[k] = index }
        }
        return second.map { bead in
            let overlapping = Set(bead.source.map { bySource[$0] } + bead.target.map { byTarget[$0] }).filter { $0 >= 0 }
            if overlapping.count == 1, let only = overlapping.first, first[only].posterior >= threshold,
               first[only].source == bead.source || (first[only].source.isEmpty && bead.source.isEmpty),
               first[only].target == bead.target || (first[only].target.isEmpty && bead.target.isEmpty) {
                return first[only].posterior
            }
            let cap = overlapping.map { first[$0].posterior }.max() ?? 0
            return min(bead.posterior, cap)
        }
    }
}
