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
}
