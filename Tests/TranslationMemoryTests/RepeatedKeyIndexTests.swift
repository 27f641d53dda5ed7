import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// Variants that repeat a word many times: the index numbers each occurrence of a key within a variant
/// (the multiset overlap of the count and prefix filters), and a paragraph-level unit from a tool without
/// segmentation can repeat a word thousands of times (trial 5: a 3,000-sentence unit made every query that
/// shared a word with it take seconds, because the k-th occurrence walked k − 1 links when the index was built).
@Suite("Index with repeated keys")
struct RepeatedKeyIndexTests {
    static let sentence = "Anderlecht won the match in Ostend after a late goal."

    /// A memory with one paragraph that repeats ``sentence`` 300 times, short units with repeated words,
    /// and the sentence itself as a unit of its own.
    static let shared = Result { try store() }

    static func store() throws -> SQLiteStore {
        var units: [TranslationUnit] = []
        let paragraph = Array(repeating: sentence, count: 300).joined(separator: " ")
        units.append(pairUnit("paragraph", RichText(plain: paragraph), RichText(plain: "Anderlecht won … (300 keer)")))
        units.append(pairUnit("sentence", RichText(plain: sentence), RichText(plain: "Anderlecht won de wedstrijd in Oostende na een laat doelpunt.")))
        let short = ["no no no means no", "no means no", "the match the match the match", "goal goal goal",
                     "a late goal and a late goal", "the the the the the the the the the the"]
        for (i, text) in short.enumerated() {
            units.append(pairUnit("short\(i)", RichText(plain: text), RichText(plain: "nl \(i)")))
        }
        let store = try SQLiteStore.inMemory()
        let counts = try store.importUnits(units, origin: "repeats")
        #expect(counts.added == units.count)
        return store
    }

    @Test("a query for the sentence finds it at 100 beside a 2,000-fold repetition of it")
    func sentenceBesideItsRepetition() throws {
        let store = try Self.shared.get()
        let matches = try store.search(query(RichText(plain: Self.sentence)))
        #expect(matches.map(\.unit.id) == ["repeats#sentence"])
        #expect(matches.first?.score == 100)
    }

    @Test("index and brute force agree on queries that repeat words", arguments: [
        "no no no means no", "no no means no no", "no means no", "the match the match", "the match the match the match the match",
        "goal goal", "goal goal goal goal", "a late goal and a late goal", "the the the the the the the the", "the",
        RepeatedKeyIndexTests.sentence + " " + RepeatedKeyIndexTests.sentence,
    ])
    func indexEqualsBruteForce(_ text: String) throws {
        let store = try Self.shared.get()
        for minScore in [50.0, 70, 90] {
            var indexed = query(RichText(plain: text), minScore: minScore, limit: 10)
            var brute = indexed
            indexed.strategy = .index
            brute.strategy = .bruteForce
            let a = try store.search(indexed).map { "\($0.unit.id):\($0.score)" }
            let b = try store.search(brute).map { "\($0.unit.id):\($0.score)" }
            #expect(a == b, "«\(text)» at \(minScore)")
        }
    }
}
