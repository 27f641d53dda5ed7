/// A lattice search in a band around the expected path, widened until the best path no longer touches it.
///
/// The expected path runs through anchor points — items that share an anchor found in no other item of
/// either version (a number, a URL, a name, a rare cognate), kept when they form the longest chain that
/// increases on both sides — and between them follows the lengths: after a share `p` of the source text
/// between two points (in Characters), it expects the same share `p` of the target text. Without anchor
/// points it is the length diagonal of the whole text. The band starts ``initialWidth`` items wide on each
/// side; while the best path runs along its edge, it is re-centred on that path and widened, alternately
/// (the iterative band of Moore 2002, "Fast and accurate sentence alignment of bilingual corpora", AMTA),
/// so the search stays near-linear when the texts correspond and degrades gracefully when they do not.
enum DiagonalBand {
    /// The starting half-width of the band, in items. Fixed, not proportional to the text: a band that grew
    /// with the text would make the search quadratic.
    static let initialWidth = 20

    /// - Parameters:
    ///   - sourcePrefix, targetPrefix: cumulative lengths, `prefix[0] = 0`, `prefix.count = items + 1`.
    ///   - sourceAnchors, targetAnchors: the anchors of each item, for anchor points (may be empty).
    ///   - limit: a band the search never leaves (the block groups), or nil.
    ///   - corners: points the expected path must pass through (block group corners); anchor points are
    ///     then kept only where they agree with them.
    ///   - around: the expected path (for each row, a column), instead of the one through the anchor points:
    ///     an earlier alignment's path, when a second search must be able to keep its beads.
    ///   - cost: the bead cost (see ``Lattice/solve(cost:)``).
    /// - Complexity: O((n + m) · w · shapes) for the initial half-width w, plus the cells added where the
    ///   band had to widen (around the rows where the best path touched its edge, not everywhere).
    static func solve(sourcePrefix: [Double], targetPrefix: [Double], sourceAnchors: [[Anchor]] = [],
                      targetAnchors: [[Anchor]] = [], limit: Band? = nil, corners: [(Int, Int)] = [],
                      shapes: [BeadShape] = BeadShape.all, around given: [Int]? = nil,
                      cost: (Int, Int, BeadShape) -> Double) -> LatticePath? {
        let n = sourcePrefix.count - 1, m = targetPrefix.count - 1
        var points = anchorPoints(source: sourceAnchors, target: targetAnchors)
        if !corners.isEmpty {
            // Keep the anchor points that lie inside the rectangle between two consecutive corners.
            let sortedCorners = corners.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            points = points.filter { p in
                guard let k = sortedCorners.lastIndex(where: { $0.0 <= p.0 && $0.1 <= p.1 }) else { return false }
                return k + 1 >= sortedCorners.count || (p.0 <= sortedCorners[k + 1].0 && p.1 <= sortedCorners[k + 1].1)
            }
            points = (points + sortedCorners).sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        }
        let expected = given ?? expectedColumns(sourcePrefix: sourcePrefix, targetPrefix: targetPrefix, through: points)
        // Half-widths per row: widened only around the rows where the best path ran along the edge, so
        // that one hard stretch does not widen the band over the whole text (which would make a long
        // text's search quadratic).
        var widths = [Int](repeating: Self.initialWidth, count: n + 1)
        let widest = max(n, m)
        var centre = expected
        var iteration = 0
        while true {
            var full = widths.allSatisfy { $0 >= widest }
            var band = full ? (limit ?? Band.full(n: n, m: m))
                : Band(lower: (0...n).map { centre[$0] - widths[$0] }, upper: (0...n).map { centre[$0] + widths[$0] }, m: m)
            if let limit, !full {
                band = Band(lower: zip(band.lower, limit.lower).map { max($0, $1) },
                            upper: zip(band.upper, limit.upper).map { min($0, $1) }, m: m)
                // Widening no longer changes anything: the band is the limit.
                if band.cellCount == limit.cellCount { full = true }
            }
            var lattice = Lattice(n: n, m: m, shapes: shapes, band: band)
            lattice.hardLimit = limit
            let path = lattice.solve(cost: cost)
            if full { return path }
            if let path, !path.touchesBandEdge { return path }
            // The best path ran along the edge: first follow it (a text that drifts steadily from the
            // expected path, as one with many omissions does, needs no wider band), then widen around the
            // rows where it touched, alternately. Without a path at all, widen everywhere.
            if let path, iteration % 2 == 0 {
                centre = columns(of: path, n: n)
            } else if let path {
                var next = widths
                for row in path.edgeRows {
                    let w = min(widths[row] * 2, widest)
                    // The stretch around the row, as far as the new width reaches.
                    for i in max(0, row - w)...min(n, row + w) { next[i] = max(next[i], w) }
                }
                if next == widths { for i in widths.indices { next[i] = min(widths[i] * 2, widest) } }
                widths = next
            } else {
                widths = widths.map { min($0 * 2, widest) }
            }
            iteration += 1
        }
    }

    /// For each row i, the middle column of the cells the path passes through in that row.
    static func columns(of path: LatticePath, n: Int) -> [Int] {
        var low = [Int](repeating: Int.max, count: n + 1), high = [Int](repeating: Int.min, count: n + 1)
        func visit(_ i: Int, _ j: Int) { low[i] = min(low[i], j); high[i] = max(high[i], j) }
        for step in path.steps {
            visit(step.i, step.j)
            for k in 1...max(step.shape.source, 1) where step.shape.source > 0 {
                visit(step.i + k, step.j + step.shape.target)
            }
        }
        if let last = path.steps.last { visit(last.i + last.shape.source, last.j + last.shape.target) }
        var out = [Int](repeating: 0, count: n + 1)
        var previous = 0
        for i in 0...n {
            if low[i] <= high[i] { previous = (low[i] + high[i]) / 2 }
            out[i] = previous
        }
        return out
    }

    /// For each source prefix length i, the expected target prefix length: through each anchor point
    /// (i, j), and between two points the target position whose share of the target text between them is
    /// closest to the share of the source text before i.
    static func expectedColumns(sourcePrefix: [Double], targetPrefix: [Double], through points: [(Int, Int)] = []) -> [Int] {
        let n = sourcePrefix.count - 1, m = targetPrefix.count - 1
        var corners = [(0, 0)] + points.filter { $0.0 > 0 && $0.0 < n && $0.1 > 0 && $0.1 < m } + [(n, m)]
        corners = corners.reduce(into: []) { out, p in
            if let last = out.last, p.0 <= last.0 || p.1 < last.1 { return }
            out.append(p)
        }
        if corners.last! != (n, m) { corners.append((n, m)) }
        var out = [Int](repeating: 0, count: n + 1)
        for k in 0..<(corners.count - 1) {
            let (i0, j0) = corners[k], (i1, j1) = corners[k + 1]
            let spanS = max(sourcePrefix[i1] - sourcePrefix[i0], 1), spanT = max(targetPrefix[j1] - targetPrefix[j0], 1)
            var j = j0
            for i in i0...i1 {
                let share = (sourcePrefix[i] - sourcePrefix[i0]) / spanS
                while j < j1 && abs((targetPrefix[j + 1] - targetPrefix[j0]) / spanT - share)
                    <= abs((targetPrefix[j] - targetPrefix[j0]) / spanT - share) { j += 1 }
                out[i] = j
            }
        }
        return out
    }

    /// Anchor points: for each anchor key found in exactly one item of each version, the corner (i, j)
    /// before those items; of these, the longest chain increasing in both i and j (longest increasing
    /// subsequence, O(p log p)).
    static func anchorPoints(source: [[Anchor]], target: [[Anchor]]) -> [(Int, Int)] {
        guard !source.isEmpty, !target.isEmpty else { return [] }
        func unique(_ items: [[Anchor]]) -> [Int32: Int] {
            var where_: [Int32: Int] = [:], count: [Int32: Int] = [:]
            for (index, anchors) in items.enumerated() {
                var last: Int32 = -1
                for anchor in anchors where anchor.key != last && anchor.kind != .question && anchor.kind != .exclamation && anchor.kind != .quotation {
                    last = anchor.key
                    count[anchor.key, default: 0] += 1
                    where_[anchor.key] = index
                }
            }
            return where_.filter { count[$0.key] == 1 }
        }
        let s = unique(source), t = unique(target)
        var points = Set<[Int]>()
        for (key, i) in s { if let j = t[key] { points.insert([i, j]) } }
        let sorted = points.sorted { $0[0] != $1[0] ? $0[0] < $1[0] : $0[1] > $1[1] }
        // Longest strictly increasing subsequence in j (i is non-decreasing, ties ordered by j descending).
        var tails: [Int] = []      // index into sorted of the last point of a chain of each length
        var previous = [Int](repeating: -1, count: sorted.count)
        for (index, point) in sorted.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[tails[mid]][1] < point[1] { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[index] = tails[lo - 1] }
            if lo == tails.count { tails.append(index) } else { tails[lo] = index }
        }
        var chain: [(Int, Int)] = []
        var k = tails.last ?? -1
        while k >= 0 {
            chain.append((sorted[k][0], sorted[k][1]))
            k = previous[k]
        }
        return chain.reversed()
    }
}
