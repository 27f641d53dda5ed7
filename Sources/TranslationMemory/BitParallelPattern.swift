/// Bit-parallel Levenshtein distance for a pattern of at most 64 symbols: Myers' algorithm
/// (G. Myers, "A fast bit-vector algorithm for approximate string matching based on dynamic programming",
/// JACM 46(3), 1999) in Hyyrö's formulation for the distance between two whole sequences
/// (H. Hyyrö, "Explaining and extending the bit-parallel approximate string matching algorithm of Myers",
/// 2001, §4: the top row of the table counts up, so a 1 enters every horizontal positive delta).
///
/// One column of the dynamic-programming table is held as vertical deltas in two 64-bit words, so each
/// symbol of the other sequence costs a dozen word operations instead of `m` cell updates.
struct BitParallelPattern {
    /// For each symbol of the pattern, the positions where it occurs.
    private let masks: [Int64: UInt64]
    private let length: Int

    /// `nil` when the pattern is longer than 64 symbols.
    init?(_ pattern: [Int64]) {
        guard pattern.count <= 64 else { return nil }
        var masks: [Int64: UInt64] = [:]
        for (i, symbol) in pattern.enumerated() { masks[symbol, default: 0] |= 1 << UInt64(i) }
        self.masks = masks
        length = pattern.count
    }

    /// The Levenshtein distance between the pattern and `text`.
    /// - Complexity: O(|text|) word operations.
    func distance(to text: [Int64]) -> Int {
        let m = length
        if m == 0 { return text.count }
        if text.isEmpty { return m }
        var column = MyersColumn(length: m)
        for symbol in text { column.advance(eq: masks[symbol] ?? 0) }
        return column.score
    }
}

/// One column of Myers' bit-parallel distance table (see ``BitParallelPattern``): the vertical deltas of a
/// pattern of `length` ≤ 64 symbols and the distance so far. Shared by every caller that keeps its own
/// symbol masks (a dictionary per query, an array per in-memory index).
struct MyersColumn {
    private let last: UInt64
    private var pv: UInt64
    private var mv: UInt64 = 0
    /// The distance between the pattern and the symbols consumed so far.
    private(set) var score: Int

    /// The column before any symbol of the other sequence: distance `length`.
    init(length m: Int) {
        last = 1 << UInt64(m - 1)
        pv = m == 64 ? ~0 : (1 << UInt64(m)) - 1
        score = m
    }

    /// Consumes one symbol, given its mask (bit `i` set where the pattern's symbol `i` equals it).
    @inline(__always)
    mutating func advance(eq: UInt64) {
        let xv = eq | mv
        let xh = (((eq & pv) &+ pv) ^ pv) | eq
        var ph = mv | ~(xh | pv)
        var mh = pv & xh
        if ph & last != 0 { score += 1 } else if mh & last != 0 { score -= 1 }
        ph = (ph << 1) | 1
        mh = mh << 1
        pv = mh | ~(xv | ph)
        mv = ph & xv
    }
}
