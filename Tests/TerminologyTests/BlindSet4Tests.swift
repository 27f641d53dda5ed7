import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Terminology blind set 4 (`Tests/Fixtures/terminology/blind4/`): 138 units of online-safety awareness, education
/// and consumer-protection news written by hand, with a termbase of their own kept as a spreadsheet glossary
/// (`termbase.csv`: 31 concepts, languages named in words, synonyms separated by `|`, "Do not use (…)" columns),
/// labelled before the checker ran on them. The set's README records the first run's figures; this test prints
/// the current precision and recall per rule and holds every rule at the floor in ``floors`` (the 95 % target
/// unless the rule is listed).
@Suite struct BlindSet4Tests {
    static let folder = fixtures.appendingPathComponent("blind4")

    /// Rules held below the 95 % target, as (precision, recall) they must keep: the first run's figures
    /// (README), raised as fixes land, so that a change that makes them worse fails here.
    static let floors: [String: (precision: Double, recall: Double)] = [
        "missing-term": (0.66, 0.95), "cross-target": (0.947, 0.95),
    ]

    @Test func precisionAndRecallPerRuleOnBlindSet4() throws {
        let set = try LabelledSet(folder: Self.folder)
        let termbase = try Termbase.load([Self.folder.appendingPathComponent("termbase.csv")])
        #expect(termbase.entries.count == 31, "termbase.csv should give the 31 concepts of termbase.py")
        let failures = try set.belowFloors(termbase: termbase, title: "Blind set 4:", floors: Self.floors)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
}
