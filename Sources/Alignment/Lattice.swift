import Foundation

/// A band of allowed cells in the alignment lattice: for every source prefix length `i` in `0...n`, the
/// target prefix lengths `lower[i]...upper[i]` that a path may pass through.
///
/// Keeping the search inside a band around the expected path is what makes alignment near-linear: the
/// work is proportional to the number of cells in the band times the number of bead shapes.
struct Band: Sendable {
    var lower: [Int]
    var upper: [Int]

    /// The number of source positions minus one (source items).
    var n: Int { lower.count - 1 }

    /// A band from raw bounds, repaired so that a path from (0, 0) to (n, m) always exists: bounds are
    /// clamped to `0...m`, made non-decreasing, `(0, 0)` and `(n, m)` are included, and each row reaches
    /// the start of the next one (so that 1-0 and 0-1 steps can always connect them).
    init(lower rawLower: [Int], upper rawUpper: [Int], m: Int) {
        precondition(rawLower.count == rawUpper.count && !rawLower.isEmpty)
        let n = rawLower.count - 1
        var lower = rawLower.map { min(max($0, 0), m) }
        var upper = rawUpper.map { min(max($0, 0), m) }
        lower[0] = 0
        upper[n] = m
        for i in 1...max(n, 1) where i <= n { lower[i] = max(lower[i], lower[i - 1]) }
        if n >= 1 { for i in stride(from: n - 1, through: 0, by: -1) { upper[i] = min(upper[i], upper[i + 1]) } }
        for i in 0...n where upper[i] < lower[i] { upper[i] = lower[i] }
        // Make consecutive rows touch: row i must reach column lower[i + 1].
        if n >= 1 { for i in 0..<n where upper[i] < lower[i + 1] { upper[i] = lower[i + 1] } }
        self.lower = lower
        self.upper = upper
    }

    /// The full lattice: every cell allowed.
    static func full(n: Int, m: Int) -> Band {
        Band(lower: Array(repeating: 0, count: n + 1), upper: Array(repeating: m, count: n + 1), m: m)
    }

    /// The number of cells in the band.
    var cellCount: Int { zip(lower, upper).reduce(0) { $0 + $1.1 - $1.0 + 1 } }
}

/// One step of a best path through the lattice: a bead starting after `i` source items and `j` target
/// items, with its cost and its posterior probability.
struct LatticeStep: Sendable {
    var i: Int
    var j: Int
    var shape: BeadShape
    var cost: Double
    /// The posterior probability of this bead under the model: the total weight of all paths through it
    /// divided by the weight of all paths (forward–backward), with path weight `exp(-cost / temperature)`.
    var posterior: Double
}

/// The result of a lattice search.
struct LatticePath: Sendable {
    var steps: [LatticeStep]
    var totalCost: Double
    /// Whether the best path runs along an edge of the band that is not an edge of the lattice: the band
    /// may have cut off a better path, and the caller should widen it.
    var touchesBandEdge: Bool { !edgeRows.isEmpty }
    /// The rows (source positions) where the best path runs along such an edge, ascending.
    var edgeRows: [Int] = []
}

/// Monotone dynamic programming over a banded lattice: the best path (Viterbi) and the posterior of
/// each of its beads (forward–backward).
///
/// The recurrence is the one of Gale & Church (1993, "A program for aligning sentences in bilingual
/// corpora", Computational Linguistics 19(1), section 4): `D(i, j) = min over shapes (s, t) of
/// D(i − s, j − t) + cost(bead)`. The posteriors use the same lattice with sums of `exp(-cost / T)` in
/// place of minima (the forward–backward algorithm; Rabiner 1989, section III.A).
///
/// - Complexity: O(cells × shapes) cost evaluations, where cells is the number of cells in the band.
///   Each cost is computed once and cached for the backward pass.
struct Lattice {
    var n: Int
    var m: Int
    var shapes: [BeadShape]
    var band: Band
    var temperature: Double = 1
    /// Edges of the band that are limits, not search bounds: the best path running along them does not
    /// count as touching the band (see ``LatticePath/touchesBandEdge``).
    var hardLimit: Band?

    /// Finds the cheapest path from (0, 0) to (n, m).
    /// - Parameter cost: the cost of the bead of `shape` covering source items `i..<i+shape.source` and
    ///   target items `j..<j+shape.target`; `.infinity` forbids it.
    /// - Returns: `nil` when no finite path exists.
    func solve(cost: (_ i: Int, _ j: Int, _ shape: BeadShape) -> Double) -> LatticePath? {
        let lower = band.lower, upper = band.upper
        var base = [Int](repeating: 0, count: n + 2)
        for i in 0...n { base[i + 1] = base[i] + upper[i] - lower[i] + 1 }
        let cells = base[n + 1]
        func index(_ i: Int, _ j: Int) -> Int? {
            guard i >= 0, i <= n, j >= lower[i], j <= upper[i] else { return nil }
            return base[i] + j - lower[i]
        }
        let k = shapes.count
        let t = temperature
        // costs[cell * k + s]: the cost of the bead of shape s ending at cell (infinite when impossible).
        var costs = [Double](repeating: .infinity, count: cells * k)
        var best = [Double](repeating: .infinity, count: cells)
        var back = [Int8](repeating: -1, count: cells)
        var forward = [Double](repeating: -.infinity, count: cells)
        best[0] = 0
        forward[0] = 0
        var terms = [Double](repeating: 0, count: k)
        for i in 0...n {
            for j in lower[i]...upper[i] {
                let here = base[i] + j - lower[i]
                if here == 0 { continue }
                var bestValue = Double.infinity, bestShape = -1, termCount = 0
                for s in 0..<k {
                    let shape = shapes[s]
                    guard let from = index(i - shape.source, j - shape.target), best[from] < .infinity || forward[from] > -.infinity else { continue }
                    let c = cost(i - shape.source, j - shape.target, shape)
                    guard c < .infinity else { continue }
                    costs[here * k + s] = c
                    if best[from] + c < bestValue { bestValue = best[from] + c; bestShape = s }
                    terms[termCount] = forward[from] - c / t
                    termCount += 1
                }
                best[here] = bestValue
                back[here] = Int8(bestShape)
                forward[here] = logSumExp(terms, count: termCount)
            }
        }
        let end = cells - 1
        guard best[end] < .infinity else { return nil }
        // Backward pass: backward[cell] = log of the summed weight of all paths from the cell to the end.
        var backward = [Double](repeating: -.infinity, count: cells)
        backward[end] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: upper[i], through: lower[i], by: -1) {
                let here = base[i] + j - lower[i]
                if here == end { continue }
                var termCount = 0
                for s in 0..<k {
                    let shape = shapes[s]
                    guard let to = index(i + shape.source, j + shape.target) else { continue }
                    let c = costs[to * k + s]
                    guard c < .infinity, backward[to] > -.infinity else { continue }
                    terms[termCount] = backward[to] - c / t
                    termCount += 1
                }
                backward[here] = logSumExp(terms, count: termCount)
            }
        }
        let logZ = forward[end]
        var steps: [LatticeStep] = []
        var i = n, j = m
        var edgeRows: [Int] = []
        while i > 0 || j > 0 {
            let here = base[i] + j - lower[i]
            let s = Int(back[here])
            precondition(s >= 0, "broken back pointer")
            let shape = shapes[s]
            let c = costs[here * k + s]
            let pi = i - shape.source, pj = j - shape.target
            let from = index(pi, pj)!
            let posterior = exp(min(0, forward[from] - c / t + backward[here] - logZ))
            steps.append(LatticeStep(i: pi, j: pj, shape: shape, cost: c, posterior: posterior))
            let hardLower = hardLimit?.lower[i] ?? 0, hardUpper = hardLimit?.upper[i] ?? m
            if (j == lower[i] && j > hardLower) || (j == upper[i] && j < hardUpper) { edgeRows.append(i) }
            i = pi; j = pj
        }
        steps.reverse()
        return LatticePath(steps: steps, totalCost: best[end], edgeRows: edgeRows.reversed())
    }

    private func logSumExp(_ values: [Double], count: Int) -> Double {
        guard count > 0 else { return -.infinity }
        var top = -Double.infinity
        for v in values[0..<count] where v > top { top = v }
        guard top > -.infinity else { return -.infinity }
        var sum = 0.0
        for v in values[0..<count] { sum += exp(v - top) }
        return top + log(sum)
    }
}
