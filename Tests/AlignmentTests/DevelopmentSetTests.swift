import Foundation
import Testing
import TaalgrensCore
import Alignment

/// The development set (`Tests/Fixtures/alignment/`): strict bead F1 per pair of locales, printed, with a
/// target of 98% for en–nl, en–fr and nl–fr.
@Suite struct DevelopmentSetTests {
    @Test func strictBeadF1PerPairReachesTarget() throws {
        let names = try Fixtures.caseNames(in: Fixtures.alignment)
        #expect(names.count >= 6, "the development set has at least five three-language articles and a two-version one")
        var scores: [String: PairScore] = [:]
        let aligner = Aligner()
        for name in names {
            let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent(name))
            let alignment = try aligner.align(c.versions, source: nil)
            let predicted = alignment.beads.map(\.segments)
            let locales = c.locales
            for a in 0..<locales.count {
                for b in (a + 1)..<locales.count {
                    let key = "\(locales[a].language)-\(locales[b].language)"
                    var caseScore = PairScore()
                    caseScore.add(predicted: predicted, gold: c.gold, locales[a], locales[b])
                    scores[key, default: PairScore()].add(predicted: predicted, gold: c.gold, locales[a], locales[b])
                    if caseScore.f1 < 1 {
                        let missed = PairScore.projections(c.gold, locales[a], locales[b])
                            .subtracting(PairScore.projections(predicted, locales[a], locales[b]))
                        let wrong = PairScore.projections(predicted, locales[a], locales[b])
                            .subtracting(PairScore.projections(c.gold, locales[a], locales[b]))
                        print("\(name) \(key): missed \(missed.sorted { $0.lexicographicallyPrecedes($1) }) predicted instead \(wrong.sorted { $0.lexicographicallyPrecedes($1) })")
                    }
                }
            }
        }
        for key in scores.keys.sorted() {
            let s = scores[key]!
            print(String(format: "alignment dev set %@: F1 %.1f%% (precision %.1f%%, recall %.1f%%, %d gold beads)",
                         key, s.f1 * 100, s.precision * 100, s.recall * 100, s.gold))
        }
        for pair in ["en-nl", "en-fr", "nl-fr"] {
            let s = try #require(scores[pair], "no \(pair) pair in the development set")
            #expect(s.f1 >= 0.98, "strict bead F1 \(pair) is \(s.f1), below 98%")
        }
    }
}
