import Foundation
import TaalgrensCore
import Alignment

/// Strict bead F1 per pair of locales over a folder of aligned cases (the development set, a blind set).
struct SetScore {
    /// Per pair key ("en-nl", "en-fr", "nl-fr"), the micro-averaged score over the set's cases.
    var pairs: [String: StrictBeadScore] = [:]
    /// One line per case and pair whose F1 is below 1: the gold beads missed and the beads predicted instead.
    var misses: [String] = []
    /// The cases whose every pair came out exactly (F1 1).
    var exact: [String] = []
    /// The predicted three-version beads that are no gold bead (segments per locale compared whole).
    var wrong = 0
    /// One line per wrong bead at or above the review threshold (not `needsReview`): the case, its segments
    /// and its confidence. These are the mistakes a person is not asked to check.
    var confidentWrong: [String] = []

    static func order(_ locale: LanguageTag) -> Int { ["en", "nl", "fr"].firstIndex(of: locale.language) ?? 9 }

    /// Aligns every case under `folder` (source: en when present, else nl-BE, as the sets' READMEs declare) and
    /// scores it against its gold.
    static func measure(_ folder: URL, aligner: Aligner = Aligner()) throws -> (names: [String], score: SetScore) {
        let names = try Fixtures.caseNames(in: folder)
        var out = SetScore()
        for name in names {
            let c = try Fixtures.load(folder.appendingPathComponent(name))
            let source: LanguageTag? = c.locales.contains("en") ? "en" : c.locales.contains("nl-BE") ? "nl-BE" : nil
            let beads = try aligner.align(c.versions, source: source).beads
            let predicted = beads.map(\.segments)
            let nonEmpty: ([LanguageTag: [Int]]) -> [LanguageTag: [Int]] = { $0.filter { !$0.value.isEmpty } }
            let goldBeads = Set(c.gold.map(nonEmpty))
            for bead in beads where !goldBeads.contains(nonEmpty(bead.segments)) {
                out.wrong += 1
                if !bead.needsReview {
                    let sides = c.locales.sorted { order($0) < order($1) }.map { "\($0.identifier) \(bead.indices(for: $0))" }
                    out.confidentWrong.append(String(format: "%@ %@ confidence %.2f", name, sides.joined(separator: " "), bead.confidence))
                }
            }
            let locales = c.locales.sorted { order($0) < order($1) }
            var allExact = true
            for a in 0..<locales.count {
                for b in (a + 1)..<locales.count {
                    let key = "\(locales[a].language)-\(locales[b].language)"
                    var one = StrictBeadScore()
                    one.add(predicted: predicted, gold: c.gold, locales[a], locales[b])
                    out.pairs[key, default: StrictBeadScore()].add(predicted: predicted, gold: c.gold, locales[a], locales[b])
                    if one.f1 < 1 {
                        allExact = false
                        let gold = StrictBeadScore.projections(c.gold, locales[a], locales[b])
                        let got = StrictBeadScore.projections(predicted, locales[a], locales[b])
                        let sort: (Set<[Int]>) -> [[Int]] = { $0.sorted { $0.lexicographicallyPrecedes($1) } }
                        out.misses.append("\(name) \(key): missed \(sort(gold.subtracting(got))) predicted instead \(sort(got.subtracting(gold)))")
                    }
                }
            }
            if allExact { out.exact.append(name) }
        }
        return (names, out)
    }
}
