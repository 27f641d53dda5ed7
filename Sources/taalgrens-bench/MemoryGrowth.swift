import Foundation
import TaalgrensCore

/// Grows real parallel text into a benchmark memory of any size by realistic edits, deterministically:
/// the same corpus and size always give the same units in the same order.
///
/// The corpus is split by a stable hash of the English text: one segment in ten is held out (never
/// stored; the "new text" queries come from there), the rest are the seeds. The stream of units is
/// first every seed once, in a fixed shuffled order, then edited copies of random seeds until the size
/// is reached. An edit is one or two of, in each language:
/// - numbers changed (the same number gets the same new value in all three languages);
/// - two neighbouring words swapped;
/// - a word dropped;
/// - a word inserted (a word of the same language from another seed);
/// - two segments joined.
/// A unit whose three texts equal an earlier unit's is not emitted again (the memory would merge it).
struct MemoryGrowth {
    let seeds: [ParallelSegment]
    let heldOut: [ParallelSegment]
    /// Words per language (same order as ``ParallelCorpus/locales``) for insertions and substitutions.
    let vocabulary: [[String]]
    let seed: UInt64

    init(corpus: ParallelCorpus, seed: UInt64 = 0x7461_616c_6772_656e) {
        var seeds: [ParallelSegment] = [], heldOut: [ParallelSegment] = []
        for s in corpus.segments {
            if stableHash(s.en) % 10 == 0 { heldOut.append(s) } else { seeds.append(s) }
        }
        // A tiny corpus (the examples) still needs new-text queries.
        if heldOut.isEmpty, seeds.count > 1 { heldOut.append(seeds.removeLast()) }
        self.seeds = seeds
        self.heldOut = heldOut
        self.seed = seed
        vocabulary = ParallelCorpus.locales.map { locale in
            var seen = Set<Substring>()
            var words: [String] = []
            for s in seeds {
                for w in s[locale].split(separator: " ") where seen.insert(w).inserted {
                    if w.unicodeScalars.count >= 3, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) { words.append(String(w)) }
                }
            }
            return words.isEmpty ? ["extra"] : words
        }
    }

    /// Calls `body` with the index and text of each of the first `count` units of the stream.
    /// - Throws: whatever `body` throws; ``BenchmarkError`` when the seeds cannot grow to `count`
    ///   distinct units.
    func forEachUnit(count: Int, _ body: (Int, ParallelSegment) throws -> Void) throws {
        guard !seeds.isEmpty else { throw BenchmarkError("the corpus has no segments to grow a memory from") }
        var rng = SeededGenerator(seed: seed)
        var order = Array(seeds.indices)
        order.shuffle(using: &rng)
        var seen = Set<UInt64>()
        var emitted = 0
        for i in order where emitted < count {
            let s = seeds[i]
            if seen.insert(MemoryGrowth.key(s)).inserted {
                try body(emitted, s)
                emitted += 1
            }
        }
        var failures = 0
        while emitted < count {
            var s = seeds[Int.random(in: 0..<seeds.count, using: &rng)]
            let edits = Double.random(in: 0..<1, using: &rng) < 0.3 ? 2 : 1
            for _ in 0..<edits { s = edit(s, &rng) }
            if seen.insert(MemoryGrowth.key(s)).inserted {
                try body(emitted, s)
                emitted += 1
                failures = 0
            } else {
                failures += 1
                if failures > 10_000 {
                    throw BenchmarkError("cannot grow \(seeds.count) seed segments to \(count) distinct units")
                }
            }
        }
    }

    static func key(_ s: ParallelSegment) -> UInt64 { stableHash(s.en + "\u{1F}" + s.nl + "\u{1F}" + s.fr) }

    /// One random edit of the kinds listed on the type.
    func edit(_ s: ParallelSegment, _ rng: inout SeededGenerator) -> ParallelSegment {
        for _ in 0..<8 {
            let result: ParallelSegment?
            switch Int.random(in: 0..<10, using: &rng) {
            case 0, 1: result = MemoryGrowth.changeNumbers(s, &rng)
            case 2, 3: result = eachLanguage(s) { words, _ in MemoryGrowth.swapWords(&words, &rng) }
            case 4, 5: result = eachLanguage(s) { words, _ in MemoryGrowth.dropWord(&words, &rng) }
            case 6, 7, 8: result = eachLanguage(s) { words, language in insertWord(&words, language, &rng) }
            default: result = join(s, seeds[Int.random(in: 0..<seeds.count, using: &rng)])
            }
            if let result { return result }
        }
        // Every kind failed (a one-word segment without numbers): insert a word, which always applies.
        return eachLanguage(s) { words, language in insertWord(&words, language, &rng) } ?? s
    }

    /// Applies a word-level edit to each language's words (split on spaces); `nil` when it fails in any.
    func eachLanguage(_ s: ParallelSegment, _ body: (inout [Substring], Int) -> Bool) -> ParallelSegment? {
        var out = s
        for (index, locale) in ParallelCorpus.locales.enumerated() {
            var words = s[locale].split(separator: " ", omittingEmptySubsequences: true)
            guard body(&words, index) else { return nil }
            out[locale] = words.joined(separator: " ")
        }
        return out
    }

    static func swapWords(_ words: inout [Substring], _ rng: inout SeededGenerator) -> Bool {
        guard words.count >= 3 else { return false }
        let i = Int.random(in: 0..<(words.count - 1), using: &rng)
        words.swapAt(i, i + 1)
        return true
    }

    static func dropWord(_ words: inout [Substring], _ rng: inout SeededGenerator) -> Bool {
        guard words.count >= 3 else { return false }
        words.remove(at: Int.random(in: 0..<words.count, using: &rng))
        return true
    }

    func insertWord(_ words: inout [Substring], _ language: Int, _ rng: inout SeededGenerator) -> Bool {
        let vocabulary = self.vocabulary[language]
        let word = vocabulary[Int.random(in: 0..<vocabulary.count, using: &rng)]
        words.insert(Substring(word), at: Int.random(in: 0...words.count, using: &rng))
        return true
    }

    func join(_ a: ParallelSegment, _ b: ParallelSegment) -> ParallelSegment? {
        guard a != b, a.en.split(separator: " ").count + b.en.split(separator: " ").count <= 60 else { return nil }
        return ParallelSegment(en: a.en + " " + b.en, nl: a.nl + " " + b.nl, fr: a.fr + " " + b.fr)
    }

    /// Gives every run of ASCII digits of the English text a new value of the same length (no leading
    /// zero), and the same new value wherever that run occurs in the other languages; `nil` without digits.
    static func changeNumbers(_ s: ParallelSegment, _ rng: inout SeededGenerator) -> ParallelSegment? {
        let runs = digitRuns(s.en)
        guard !runs.isEmpty else { return nil }
        var mapping: [String: String] = [:]
        for run in runs where mapping[run] == nil {
            var fresh = run
            for _ in 0..<4 where fresh == run {
                fresh = String(Int.random(in: 1...9, using: &rng)) + String((1..<run.count).map { _ in
                    Character(String(Int.random(in: 0...9, using: &rng)))
                })
            }
            mapping[run] = fresh
        }
        var out = s
        for locale in ParallelCorpus.locales { out[locale] = replacingDigitRuns(s[locale], mapping) }
        return out == s ? nil : out
    }

    static func digitRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        for c in text {
            if c.isASCII && c.isNumber { current.append(c) } else if !current.isEmpty { runs.append(current); current = "" }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    static func replacingDigitRuns(_ text: String, _ mapping: [String: String]) -> String {
        var out = ""
        var current = ""
        func flush() {
            out += mapping[current] ?? current
            current = ""
        }
        for c in text {
            if c.isASCII && c.isNumber { current.append(c) } else {
                if !current.isEmpty { flush() }
                out.append(c)
            }
        }
        if !current.isEmpty { flush() }
        return out
    }

    /// The translation unit of stream position `index`: one variant per benchmark locale.
    static func unit(_ index: Int, _ s: ParallelSegment) -> TranslationUnit {
        TranslationUnit(id: String(format: "bench-%07d", index),
                        variants: ParallelCorpus.locales.map { Variant(locale: $0, content: RichText(plain: s[$0])) },
                        status: .aligned)
    }
}
