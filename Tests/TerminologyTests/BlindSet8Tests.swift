import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Terminology blind set 8 (`Tests/Fixtures/terminology/blind8/`): 138 units of Belgian public-service news on social
/// security and health insurance (the health insurance fund, RIZIV / INAMI, OCMW / CPAS, incapacity for work, family
/// allowance, the medical adviser), mobility and taxes (the driving licence, the mobility budget, the Euro 6
/// standard, personal income tax) and the online services around them (e-mail addresses, phishing, passwords,
/// two-factor authentication, itsme, MyMinfin, the e-Box, CSAM), written by hand, with a termbase of their own kept as
/// TBX v3 in the DCT style shaped as an IATE extract (`termbase.tbx`: 35 concepts, languages en / nl / fr, several
/// terms per language with a term type and IATE's reliability code, four names kept as is), labelled before the
/// checker ran on them. The set's README records the first run's figures; this test prints the current precision and
/// recall per rule and holds every rule at the floor in ``floors`` (the 95 % target unless the rule is listed).
@Suite struct BlindSet8Tests {
    static let folder = fixtures.appendingPathComponent("blind8")

    /// Rules held below the 95 % target, as (precision, recall) they must keep: the first run's figures (README),
    /// raised as fixes land, so that a change that makes them worse fails here.
    static let floors: [String: (precision: Double, recall: Double)] = [
        "missing-term": (0.833, 0.95), "cross-target": (0.902, 0.95), "dnt-changed": (0.714, 0.95),
    ]

    @Test func precisionAndRecallPerRuleOnBlindSet8() throws {
        let set = try LabelledSet(folder: Self.folder)
        let termbase = try Termbase.load([Self.folder.appendingPathComponent("termbase.tbx")])
        #expect(termbase.entries.count == 35, "termbase.tbx should give the 35 concepts of termbase.py")
        let names = termbase.entries.filter { $0.properties.doNotTranslate == true }.map(\.id)
        #expect(names == ["iate-s32", "iate-s33", "iate-s34", "iate-s35"], "the four names kept as is (taalgrens:dnt)")
        let failures = try set.belowFloors(termbase: termbase, title: "Blind set 8:", floors: Self.floors)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The DCT style of TBX v3: data categories as elements of the module namespaces (`<min:administrativeStatus>`,
    /// `<basic:termType>`, `<min:partOfSpeech>`, `<min:subjectField>`), and IATE's reliability code in an element of
    /// its own namespace, which must neither become a status nor a note.
    @Test func theDCTTermbaseReadsStatusesTypesAndParts() throws {
        let termbase = try Termbase.load([Self.folder.appendingPathComponent("termbase.tbx")])
        #expect(termbase.notes.isEmpty, "no field of the extract should need a note: \(termbase.notes.map(\.message))")
        let family = try #require(termbase.entry(id: "iate-s06"))
        #expect(family.subjectField == "family benefits")
        let dutch = family.terms.filter { $0.locale.language == "nl" }
        #expect(dutch.map(\.text) == ["gezinsbijslag", "groeipakket", "kinderbijslag"])
        #expect(dutch.map(\.status) == [.preferred, .admitted, .superseded])
        #expect(dutch.allSatisfy { $0.partOfSpeech == "noun" && $0.termType == "fullForm" && $0.notes.isEmpty })
        let nihdi = try #require(termbase.entry(id: "iate-s02"))
        #expect(nihdi.terms.filter { $0.termType == "acronym" }.map(\.text) == ["NIHDI", "RIZIV", "INAMI"])
        let applyFor = try #require(termbase.entry(id: "iate-s31"))
        #expect(applyFor.terms.allSatisfy { $0.partOfSpeech == "verb" })
        let phone = try #require(termbase.entry(id: "iate-s18"))
        #expect(phone.terms.filter { $0.status == .deprecated }.map(\.text) == ["mobieltje", "cellulaire"])
    }
}
