import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The blind set (`Tests/Fixtures/terminology/blind/`): units written by hand, after the checker and
/// apart from the development set, checked with the shipped `Glossary/`. Its README records the first
/// run's figures and the classes fixed since; this test prints the current ones.
///
/// Every rule must reach 95 % recall, and 95 % precision except the two rules listed in
/// ``belowTarget``: their remaining false findings are words in another sense ("pupil" of the eye, a
/// "hacking cough", French "jeunes" as an adjective), which no rule without word senses can tell apart
/// (README, "Left"). Those two are held at the precision measured after the fixes, so that a change that
/// makes them worse fails here.
@Suite struct BlindSetTests {
    static let folder = fixtures.appendingPathComponent("blind")

    /// Rules below the 95 % precision target on the blind set, with the precision they must keep.
    static let belowTarget: [String: Double] = ["missing-term": 0.815, "cross-target": 0.861]

    @Test func precisionAndRecallPerRuleOnTheBlindSet() throws {
        let set = try LabelledSet(folder: Self.folder)
        let termbase = try Termbase.load([repositoryRoot.appendingPathComponent("Glossary")])
        let checker = TermChecker(termbase: termbase, sourceLocale: "en", data: try localeData())
        let (scores, misses) = set.evaluate(with: checker)
        print((["Blind set:"] + set.report(scores) + ["Findings that differ from the labels:"] + misses).joined(separator: "\n"))
        let failures = scores.filter { $0.precision < (Self.belowTarget[$0.rule] ?? 0.95) || $0.recall < 0.95 }
            .map { "\($0.rule): precision \($0.precision), recall \($0.recall)" }
        #expect(failures.isEmpty, "\((failures + misses).joined(separator: "\n"))")
    }
}
