import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing
import TranslationMemory

/// The index must return exactly what a brute-force scan with the same scorer returns: same units, same
/// scores, same ranks, for one-word, short and very long queries, at several thresholds and limits.
@Suite("Index equals brute force")
struct IndexEquivalenceTests {
    static let vocabulary: [String] = """
        the a of and to in for on with at by from about as into after over under between through during before \
        children parents teachers school schools pupils students young people family families online internet \
        safer day week month year campaign event events workshop workshops helpline hotline centre center report \
        reports abuse images content platform platforms social media network networks video videos game games \
        privacy data password passwords account accounts phone phones smartphone tablet computer screen time \
        rules advice tips help support question questions answer answers call calls message messages chat \
        friend friends stranger strangers photo photos picture pictures post posts share shared sharing like \
        cyberbullying bullying sexting grooming disinformation fake news literacy critical thinking ambassador \
        ambassadors youth organisation organisations police government minister ministry law laws europe \
        european belgium brussels flanders wallonia country countries city cities region regions local national \
        new old first last next more most many few some every each other own same different important \
        good bad better best safe unsafe private public free open closed easy hard simple clear \
        is are was were be been has have had do does did can could will would should must may might \
        take takes took make makes made give gives gave find finds found learn learns learned teach teaches \
        organise organised organises launch launched launches publish published publishes answer answered \
        protect protects protected warn warns warned explain explains explained discuss discussed invite invited \
        together better every today tomorrow yesterday always never often sometimes already still also only \
        this that these those it its they their them we our you your he she his her who which what when where
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    struct Generator {
        var rng: SplitMix
        mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
        mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
        /// A skewed pick: frequent words come up far more often, as in real text.
        mutating func word() -> String {
            let u = Double.random(in: 0..<1, using: &rng)
            return IndexEquivalenceTests.vocabulary[Int(u * u * Double(IndexEquivalenceTests.vocabulary.count))]
        }
        mutating func length() -> Int {
            switch int(0...99) {
            case 0..<8: int(1...3)
            case 8..<60: int(4...12)
            case 60..<90: int(13...30)
            default: int(31...70)
            }
        }
        mutating func token() -> String {
            switch int(0...99) {
            case 0..<5: String(int(1...5000))
            case 5..<7: "\(int(1...28)) February \(int(2018...2022))"
            case 7..<12: word().capitalized
            default: word()
            }
        }
        mutating func sentence(_ n: Int) -> [String] {
            var words = (0..<n).map { _ in token() }
            if n > 4 && chance(0.4) { words[int(1...(n - 2))] += "," }
            return words
        }
        static func text(_ words: [String]) -> String {
            guard let first = words.first else { return "" }
            return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst()).joined(separator: " ") + "."
        }
        mutating func edit(_ words: [String]) -> [String] {
            var w = words
            for _ in 0..<int(1...3) {
                guard !w.isEmpty else { break }
                let i = int(0...(w.count - 1))
                switch int(0...5) {
                case 0: w[i] = word()
                case 1: w.insert(word(), at: i)
                case 2: if w.count > 1 { w.remove(at: i) }
                case 3: w[i] = String(int(1...5000))
                case 4: w[i] = w[i].uppercased()
                default: w[i] = w[i].replacingOccurrences(of: ",", with: "")
                }
            }
            return w
        }
    }

    @Test func indexAndBruteForceReturnTheSameRankedMatches() throws {
        var g = Generator(rng: SplitMix(seed: 20_200_211))
        let statuses: [UnitStatus] = [.reviewed, .aligned, .aligned, .translated, .needsReview]
        let dates = (0..<4).map { Date(timeIntervalSince1970: 1_580_000_000 + Double($0) * 86_400) }
        var stored: [[String]] = []
        var targets: [String] = []
        var units: [TranslationUnit] = []
        for i in 0..<500 {
            // Some sentences repeat with another translation, status or date: ties must break the same way.
            // Half of the repeats keep the translation too: an identical pair, one match for all its units
            // (`docs/matching.md`, "Identical pairs"), whose count must be the same in both strategies.
            // (Such a unit gets a French variant too: a unit whose variants equal a stored unit's is merged
            // into it on import, so only units of different locale sets hold one pair twice, as an article's
            // unit of three versions and its returned bundle's unit of two do.)
            var target = "nl \(i)"
            var french = false
            let words: [String]
            if i > 0 && g.chance(0.05) {
                let k = g.int(0...(stored.count - 1))
                words = stored[k]
                if g.chance(0.5) { target = targets[k]; french = true }
            } else {
                words = g.sentence(g.length())
            }
            stored.append(words)
            targets.append(target)
            var unit = pairUnit(String(format: "u%04d", i), RichText(plain: Generator.text(words)), RichText(plain: target),
                                status: statuses[g.int(0...(statuses.count - 1))], changed: dates[g.int(0...3)])
            unit.origin = Origin(article: "generated", block: i, position: 0)
            if french { unit.variants.append(Variant(locale: "fr-BE", content: RichText(plain: "fr \(i)"))) }
            units.append(unit)
        }
        let store = try SQLiteStore.inMemory()
        let counts = try store.importUnits(units, origin: "generated")
        #expect(counts.added == 500)

        let thresholds: [Double] = [50, 60, 70, 75, 80, 90, 95]
        let limits = [1, 3, 5, 10, 50]
        var withHit = 0, nearThreshold = 0, oneWord = 0, veryLong = 0, compared = 0, folded = 0
        for q in 0..<2_000 {
            let words: [String]
            switch g.int(0...99) {
            case 0..<20: words = stored[g.int(0...(stored.count - 1))]
            case 20..<60: words = g.edit(stored[g.int(0...(stored.count - 1))])
            case 60..<85: words = g.sentence(g.length())
            default: words = [g.word()]
            }
            if words.count == 1 { oneWord += 1 }
            if words.count > 30 { veryLong += 1 }
            let minScore = thresholds[q % thresholds.count]
            let limit = limits[(q / thresholds.count) % limits.count]
            var indexed = MatchQuery(text: RichText(plain: Generator.text(words)), source: "en", target: "nl-BE",
                                     minScore: minScore, limit: limit)
            var brute = indexed
            brute.strategy = .bruteForce
            indexed.strategy = .index
            let a = try store.search(indexed).enumerated().map { "\($0.offset):\($0.element.unit.id):\($0.element.score)×\($0.element.units)" }
            let bruteMatches = try store.search(brute)
            let b = bruteMatches.enumerated().map { "\($0.offset):\($0.element.unit.id):\($0.element.score)×\($0.element.units)" }
            if bruteMatches.contains(where: { $0.units > 1 }) { folded += 1 }
            #expect(a == b, "query \(q) «\(Generator.text(words))» at \(minScore), limit \(limit)")
            compared += 1
            if !b.isEmpty { withHit += 1 }
            if bruteMatches.contains(where: { $0.score < minScore + 2 }) { nearThreshold += 1 }
        }
        #expect(compared == 2_000)
        #expect(withHit >= 1_000, "at least half of the queries must have a hit (\(withHit))")
        #expect(nearThreshold >= 50, "some scores must fall within 2 points of the threshold (\(nearThreshold))")
        #expect(oneWord >= 100 && veryLong >= 20)
        #expect(folded >= 20, "some queries must reach an identical pair held by several units (\(folded))")
    }
}
