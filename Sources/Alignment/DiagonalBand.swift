/// A lattice search in a band around the diagonal, widened until the best path no longer touches it.
///
/// The diagonal follows the lengths: after a share `p` of the source text (in Characters), it expects the
/// same share `p` of the target text. The band starts `max(10, |n − m| + 5)` items wide on each side and
/// doubles while the best path runs along its edge (the iterative band of Moore 2002, "Fast and accurate
/// sentence alignment of bilingual corpora", AMTA, section 3), so the search stays near-linear when the
/// texts correspond and degrades gracefully when they do not.
enum DiagonalBand {
    /// - Parameters:
    ///   - sourcePrefix, targetPrefix: cumulative lengths, `prefix[0] = 0`, `prefix.count = items + 1`.
    ///   - cost: the bead cost (see ``Lattice/solve(cost:)``).
    /// - Complexity: O((n + m) · w · shapes) for the final half-width w.
    static func solve(sourcePrefix: [Double], targetPrefix: [Double], shapes: [BeadShape] = BeadShape.all,
                      cost: (Int, Int, BeadShape) -> Double) -> LatticePath? {
        let n = sourcePrefix.count - 1, m = targetPrefix.count - 1
        let expected = expectedColumns(sourcePrefix: sourcePrefix, targetPrefix: targetPrefix)
        var width = max(10, abs(n - m) + 5)
        while true {
            let full = width >= max(n, m)
            let band = full ? Band.full(n: n, m: m)
                : Band(lower: expected.map { $0 - width }, upper: expected.map { $0 + width }, m: m)
            let lattice = Lattice(n: n, m: m, shapes: shapes, band: band)
            let path = lattice.solve(cost: cost)
            if full { return path }
            if let path, !path.touchesBandEdge { return path }
            width *= 2
        }
    }

    /// For each source prefix length i, the target prefix length whose share of the target text is closest
    /// to the share of the source text before i.
    static func expectedColumns(sourcePrefix: [Double], targetPrefix: [Double]) -> [Int] {
        let n = sourcePrefix.count - 1, m = targetPrefix.count - 1
        let totalS = max(sourcePrefix[n], 1), totalT = max(targetPrefix[m], 1)
        var out: [Int] = []
        out.reserveCapacity(n + 1)
        var j = 0
        for i in 0...n {
            let share = sourcePrefix[i] / totalS
            while j < m && abs(targetPrefix[j + 1] / totalT - share) <= abs(targetPrefix[j] / totalT - share) { j += 1 }
            out.append(j)
        }
        return out
    }
}
