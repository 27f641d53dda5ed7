import Foundation

/// One benchmark query: an English source segment and the class it was made for.
struct FuzzyQuery: Codable, Hashable {
    /// The query classes of issue 5: 20% exact, 40% near, 40% new text.
    enum Kind: String, Codable, CaseIterable {
        /// The English text of a stored unit, as stored.
        case exact
        /// A stored unit's English text with 1–3 word edits (substitution, deletion, insertion, swap).
        case near
        /// Held-out text that was never stored.
        case new
    }

    var kind: Kind
    var text: String

    /// How many queries of each class a set of `total` holds (20/40/40, remainder to `new`).
    static func counts(total: Int) -> [Kind: Int] {
        let exact = total / 5, near = total * 2 / 5
        return [.exact: exact, .near: near, .new: total - exact - near]
    }

    /// Builds a query set for a memory of `units` units of `growth`'s stream, deterministically.
    ///
    /// Exact and near queries start from units picked at random over the whole memory; new-text queries
    /// are held-out segments (with one word edit when the held-out set is smaller than needed). The
    /// classes are interleaved in a fixed random order.
    /// - Throws: whatever the stream throws.
    static func make(total: Int, units: Int, growth: MemoryGrowth, seed: UInt64 = 0x7175_6572_7931) throws -> [FuzzyQuery] {
        let counts = counts(total: total)
        var rng = SeededGenerator(seed: seed ^ UInt64(units))
        let stored = (counts[.exact] ?? 0) + (counts[.near] ?? 0)
        // Positions of the stream to query, with repeats allowed (a small memory, many queries).
        var picks: [Int: [Kind]] = [:]
        for i in 0..<stored {
            picks[Int.random(in: 0..<units, using: &rng), default: []].append(i < (counts[.exact] ?? 0) ? .exact : .near)
        }
        var out: [FuzzyQuery] = []
        try growth.forEachUnit(count: units) { index, s in
            for kind in picks[index] ?? [] {
                out.append(FuzzyQuery(kind: kind, text: kind == .exact ? s.en : nearEdit(s.en, growth, &rng)))
            }
        }
        var held = growth.heldOut
        held.shuffle(using: &rng)
        for i in 0..<(counts[.new] ?? 0) {
            let s = held[i % held.count]
            out.append(FuzzyQuery(kind: .new, text: i < held.count ? s.en : nearEdit(s.en, growth, &rng)))
        }
        out.shuffle(using: &rng)
        return out
    }

    /// 1–3 word edits of `text`: a word replaced by another English word, dropped, inserted, or swapped
    /// with its neighbour.
    static func nearEdit(_ text: String, _ growth: MemoryGrowth, _ rng: inout SeededGenerator) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        let vocabulary = growth.vocabulary[0]
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            let word = Substring(vocabulary[Int.random(in: 0..<vocabulary.count, using: &rng)])
            switch Int.random(in: 0..<4, using: &rng) {
            case 0 where !words.isEmpty: words[Int.random(in: 0..<words.count, using: &rng)] = word
            case 1 where words.count >= 3: words.remove(at: Int.random(in: 0..<words.count, using: &rng))
            case 3 where words.count >= 3: _ = MemoryGrowth.swapWords(&words, &rng)
            default: words.insert(word, at: Int.random(in: 0...words.count, using: &rng))
            }
        }
        return words.joined(separator: " ")
    }
}
