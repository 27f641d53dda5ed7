/// The token alignment behind a score: a Levenshtein alignment (Levenshtein 1966; Wagner & Fischer 1974)
/// of the two full token sequences in which words align only with words and punctuation only with
/// punctuation, minimising first the word edits and then the punctuation edits.
///
/// Because punctuation can always be inserted or deleted around any word alignment, the minimal number
/// of word edits equals the plain word-level Levenshtein distance between the key sequences, which is what
/// the index bounds rely on. Among the alignments with that many word edits, the one with fewest
/// punctuation edits is kept, so a comma that moves costs two punctuation edits.
struct Alignment {
    enum Op: Equatable {
        /// Token `i` of the query aligned with token `j` of the candidate (equal or substituted).
        case pair(Int, Int)
        /// Query token `i` has no counterpart.
        case deleted(Int)
        /// Candidate token `j` has no counterpart.
        case inserted(Int)
    }

    let ops: [Op]
    let wordEdits: Int
    let punctuationEdits: Int

    /// The weight of a word edit: more than any number of punctuation edits, so costs compare
    /// lexicographically as (word edits, punctuation edits).
    private static let wordWeight = 1 << 32

    init(_ a: PreparedSegment, _ b: PreparedSegment) {
        let n = a.compareKeys.count, m = b.compareKeys.count
        // Map keys to integers once.
        var ids: [String: Int] = [:]
        let ak = a.compareKeys.map { k in ids[k] ?? { let v = ids.count; ids[k] = v; return v }() }
        let bk = b.compareKeys.map { k in ids[k] ?? { let v = ids.count; ids[k] = v; return v }() }
        let W = Alignment.wordWeight
        let width = m + 1
        var dp = [Int](repeating: 0, count: (n + 1) * width)
        for j in 1..<(m + 1) { dp[j] = dp[j - 1] + (b.isWord[j - 1] ? W : 1) }
        for i in 1..<(n + 1) {
            let delCost = a.isWord[i - 1] ? W : 1
            dp[i * width] = dp[(i - 1) * width] + delCost
            for j in 1..<(m + 1) {
                var best = dp[(i - 1) * width + j] + delCost
                let ins = dp[i * width + j - 1] + (b.isWord[j - 1] ? W : 1)
                if ins < best { best = ins }
                if a.isWord[i - 1] == b.isWord[j - 1] {
                    let sub = dp[(i - 1) * width + j - 1] + (ak[i - 1] == bk[j - 1] ? 0 : (a.isWord[i - 1] ? W : 1))
                    if sub < best { best = sub }
                }
                dp[i * width + j] = best
            }
        }
        // Backtrace, preferring a pair, then a deletion, then an insertion.
        var ops: [Op] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            let here = dp[i * width + j]
            if i > 0, j > 0, a.isWord[i - 1] == b.isWord[j - 1],
               here == dp[(i - 1) * width + j - 1] + (ak[i - 1] == bk[j - 1] ? 0 : (a.isWord[i - 1] ? W : 1)) {
                ops.append(.pair(i - 1, j - 1)); i -= 1; j -= 1
            } else if i > 0, here == dp[(i - 1) * width + j] + (a.isWord[i - 1] ? W : 1) {
                ops.append(.deleted(i - 1)); i -= 1
            } else {
                ops.append(.inserted(j - 1)); j -= 1
            }
        }
        self.ops = ops.reversed()
        let total = dp[n * width + m]
        wordEdits = total / W
        punctuationEdits = total % W
    }
}
