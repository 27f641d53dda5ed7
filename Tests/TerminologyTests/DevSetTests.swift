import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The terminology development set (`Tests/Fixtures/terminology/devset/`): units seeded with errors by
/// `seed.py`, clean units that a naive checker would flag, and the labels. Precision and recall of
/// every rule are printed and must be 95 % or more.
@Suite struct DevSetTests {
    static let folder = fixtures.appendingPathComponent("devset")

    @Test func precisionAndRecallPerRuleAtLeast95Percent() throws {
        let set = try LabelledSet(folder: Self.folder)
        let termbase = try Termbase.load([Self.folder.appendingPathComponent("termbase.tbx")])
        let checker = TermChecker(termbase: termbase, sourceLocale: "en", data: try localeData())
        let (scores, misses) = set.evaluate(with: checker)
        print((["Development set:"] + set.report(scores) + ["Findings that differ from the labels:"] + misses).joined(separator: "\n"))
        // `wrong-language` judges whole documents; the set's units are sentences in their right language, seeded
        // for the unit rules, so here it must find nothing at all (its own cases: LanguageIdentificationTests).
        let wrongLanguage = try #require(scores.first { $0.rule == CheckRule.wrongLanguage.id })
        #expect(wrongLanguage.found == 0, "wrong-language fired on the development set:\n\(misses.joined(separator: "\n"))")
        // `run-on-segment` reports segments of 2,000 Characters or more, which a set of sentences has none of: it
        // must find nothing here (its own cases: RunOnSegmentCLITests).
        let runOn = try #require(scores.first { $0.rule == CheckRule.runOnSegment.id })
        #expect(runOn.found == 0, "run-on-segment fired on the development set")
        let unitScores = scores.filter { $0.rule != CheckRule.wrongLanguage.id && $0.rule != CheckRule.runOnSegment.id }
        let failures = unitScores.filter { $0.precision < 0.95 || $0.recall < 0.95 }
            .map { "\($0.rule): precision \($0.precision), recall \($0.recall)" }
        for s in unitScores {
            let naive = set.units.filter { $0.clean && ($0.naive ?? []).contains(s.rule) }.count
            #expect(s.expected >= 20, "\(s.rule): only \(s.expected) seeded errors")
            #expect(naive >= 20, "\(s.rule): only \(naive) clean units that a naive checker flags")
        }
        #expect(failures.isEmpty, "\((failures + misses).joined(separator: "\n"))")
    }
}
