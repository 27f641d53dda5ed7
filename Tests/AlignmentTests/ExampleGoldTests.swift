import Foundation
import Testing
import TaalgrensCore
import Alignment

/// The shipped examples' gold (`Tests/Fixtures/examples/<article>/`): aligning the hand-segmented versions
/// gives the hand-made beads exactly, in document order.
@Suite struct ExampleGoldTests {
    static let folder = Fixtures.root.appendingPathComponent("examples", isDirectory: true)

    static var cases: [String] { (try? Fixtures.caseNames(in: folder)) ?? [] }

    @Test func theExamplesExist() throws {
        #expect(Self.cases.count >= 3, "expected the example gold in \(Self.folder.path)")
    }

    @Test(arguments: cases) func goldBeadsComeOutExactly(_ name: String) throws {
        let c = try Fixtures.load(Self.folder.appendingPathComponent(name))
        let alignment = try Aligner().align(c.versions, source: "en")
        let predicted = alignment.beads.map(\.segments)
        for (index, bead) in predicted.enumerated() where !c.gold.contains(bead) {
            print("\(name): bead \(index) \(bead.map { "\($0.key)\($0.value)" }.sorted()) is not gold")
        }
        for (index, bead) in c.gold.enumerated() where !predicted.contains(bead) {
            print("\(name): gold bead \(index) \(bead.map { "\($0.key)\($0.value)" }.sorted()) is missing")
        }
        #expect(predicted == c.gold)
        for bead in alignment.beads {
            #expect(bead.confidence >= 0 && bead.confidence <= 1)
        }
        let review = alignment.beads.filter(\.needsReview).count
        print("\(name): \(alignment.beads.count) beads, \(review) need review, lowest confidence \(alignment.beads.map(\.confidence).min() ?? 1)")
    }

    /// Termbase concepts with several terms per language (full name and acronym) are anchors once per
    /// occurrence: on the examples they change no bead and lower no confidence noticeably.
    @Test(arguments: cases) func termbaseConceptsDoNotSpreadConfidence(_ name: String) throws {
        let concepts: [[LanguageTag: [String]]] = [
            ["en": ["Safer Internet Day", "SID"], "nl": ["Safer Internet Day", "SID"], "fr": ["Safer Internet Day", "SID"]],
            ["en": ["Safer Internet Centre", "SIC"], "nl": ["Safer Internet Centre", "SIC"], "fr": ["Safer Internet Centre", "SIC"]],
            ["en": ["Better Internet for Kids", "BIK"], "nl": ["Better Internet for Kids", "BIK"], "fr": ["Better Internet for Kids", "BIK"]],
            ["en": ["Child Focus"], "nl": ["Child Focus"], "fr": ["Child Focus"]],
            ["en": ["young people"], "nl": ["jongeren"], "fr": ["jeunes"]],
        ]
        let pairs = concepts.flatMap(TermPair.pairs(concept:))
        let c = try Fixtures.load(Self.folder.appendingPathComponent(name))
        let plain = try Aligner().align(c.versions, source: "en")
        let withTerms = try Aligner(configuration: AlignerConfiguration(termPairs: pairs)).align(c.versions, source: "en")
        #expect(withTerms.beads.map(\.segments) == plain.beads.map(\.segments))
        for (a, b) in zip(plain.beads, withTerms.beads) {
            #expect(b.confidence >= a.confidence - 0.05, "\(name) \(b.segments): \(a.confidence) → \(b.confidence)")
        }
    }
}
