import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Terminology blind set 6 (`Tests/Fixtures/terminology/blind6/`): 132 units of online-safety awareness articles
/// (a Safer Internet Centre: cyberbullying, sextortion, grooming, phishing, deepfakes, parental control, screen time,
/// age verification, the GDPR, helplines and the apps young people use) written by hand, with a termbase of their
/// own kept as a CSV of term rows (`termbase.csv`: 29 concepts, one row per term, `;` between fields, status words,
/// usage notes, `taalgrens:dnt` in the entry notes of five names), labelled before the checker ran on them. The
/// set's README records the first run's figures; this test prints the current precision and recall per rule and
/// holds every rule at the floor in ``floors`` (the 95 % target unless the rule is listed).
@Suite struct BlindSet6Tests {
    static let folder = fixtures.appendingPathComponent("blind6")

    /// Rules held below the 95 % target, as (precision, recall) they must keep: the first run's figures (README),
    /// raised as fixes land, so that a change that makes them worse fails here.
    static let floors: [String: (precision: Double, recall: Double)] = [
        "missing-term": (0.81, 0.95), "cross-target": (0.857, 0.95),
    ]

    @Test func precisionAndRecallPerRuleOnBlindSet6() throws {
        let set = try LabelledSet(folder: Self.folder)
        let termbase = try Termbase.load([Self.folder.appendingPathComponent("termbase.csv")])
        #expect(termbase.entries.count == 29, "termbase.csv should give the 29 concepts of termbase.py")
        let names = termbase.entries.filter { $0.properties.doNotTranslate == true }.map(\.id)
        #expect(names == ["s08", "s09", "s10", "s11", "s12"], "the five names kept as is (taalgrens:dnt in entryNote)")
        let failures = try set.belowFloors(termbase: termbase, title: "Blind set 6:", floors: Self.floors)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
