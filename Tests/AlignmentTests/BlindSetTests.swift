import Foundation
import Testing
import TaalgrensCore
import Alignment

/// Blind set 1 (`Tests/Fixtures/alignment/blind/`): six articles written and given gold beads before the
/// aligner was run on them. Strict bead F1 per pair is printed; the test fails when a pair falls below the
/// floor measured after the fixes recorded in `docs/alignment.md` ("Blind set 1"), so that a later change
/// cannot lose what was gained unnoticed.
@Suite struct BlindSetTests {
    /// The measured floor per pair (F1 in [0, 1]); see `docs/alignment.md`.
    static let floor: [String: Double] = ["en-nl": 0.93, "en-fr": 0.957, "nl-fr": 0.921]

    @Test func strictBeadF1PerPair() throws {
        let (names, set) = try SetScore.measure(Fixtures.alignment.appendingPathComponent("blind", isDirectory: true))
        #expect(names.count == 6, "blind set 1 has six articles")
        for line in set.misses { print("alignment blind set: \(line)") }
        for pair in ["en-nl", "en-fr", "nl-fr"] {
            let s = try #require(set.pairs[pair], "no \(pair) pair in the blind set")
            print(String(format: "alignment blind set %@: F1 %.1f%% (precision %.1f%%, recall %.1f%%, %d gold beads)",
                         pair, s.f1 * 100, s.precision * 100, s.recall * 100, s.gold))
            #expect(s.f1 >= Self.floor[pair]!, "strict bead F1 \(pair) on the blind set is \(s.f1), below its measured floor \(Self.floor[pair]!)")
        }
    }
}
