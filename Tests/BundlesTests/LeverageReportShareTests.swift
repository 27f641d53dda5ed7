import Bundles
import TaalgrensCore
import Testing

/// Eighth trial, item 17: the bands' word shares, each rounded on its own, added up to 99.9 % on a quote sheet.
@Suite("LeverageReport: the bands' word shares add up to 100 %")
struct LeverageReportShareTests {
    func report(words: [LeverageBand: Int]) -> LeverageReport {
        let segments = words.sorted { $0.key < $1.key }.enumerated().map { i, entry in
            LeveragedSegment(id: "b\(i).s0", unit: "b\(i)", block: i, positions: [0], source: "…", target: nil, band: entry.key,
                             score: nil, kind: nil, matchUnit: nil, state: "initial", needsReview: true,
                             renderedInSource: true, words: entry.value, notes: [])
        }
        let total = words.values.reduce(0, +)
        return LeverageReport(article: "a", sourceLocale: "en", targetLocale: "nl-BE", memory: "m", minScore: 75,
                              totals: .init(segments: segments.count, words: total), segments: segments, findings: [])
    }

    @Test("29, 33 and 8 words of 70: 41.4 + 47.2 + 11.4 (rounded alone: 41.4 + 47.1 + 11.4 = 99.9)")
    func largestRemainder() {
        let bands = report(words: [.context: 29, .exact: 33, .noMatch: 8]).bands
        let shares = Dictionary(uniqueKeysWithValues: bands.map { ($0.band, $0.wordPercent) })
        #expect(shares[.context] == 41.4 && shares[.exact] == 47.2 && shares[.noMatch] == 11.4, "\(shares)")
        #expect(bands.reduce(0) { $0 + Int(($1.wordPercent * 10).rounded()) } == 1000)
    }

    @Test("three equal thirds: 33.4 + 33.3 + 33.3, the first band taking the tenth left over", arguments: [3, 9, 300])
    func thirds(_ words: Int) {
        let bands = report(words: [.context: words, .exact: words, .noMatch: words]).bands.filter { $0.words > 0 }
        #expect(bands.map(\.wordPercent) == [33.4, 33.3, 33.3], "\(bands.map(\.wordPercent))")
    }
}
