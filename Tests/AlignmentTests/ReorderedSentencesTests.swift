import Foundation
import Testing
import TaalgrensCore
import Alignment

/// Sentences that a translation puts in another order inside one paragraph, with fewer than two anchor
/// points that cross (`docs/alignment.md`, "Moved text", sentences reordered inside a paragraph; found by
/// blind set 9). Written for this test; the blind set's articles are checked in `BlindSetTests`.
@Suite struct ReorderedSentencesTests {
    static func version(_ locale: LanguageTag, _ paragraph: [String]) -> SegmentedArticle {
        Fixtures.article(id: "repair-cafe", locale: locale, blocks: [
            (.title, [locale == "en" ? "Ghent opens a repair café in every district" : "Gent opent een repaircafé in elke wijk"]),
            (.paragraph, paragraph),
        ])
    }

    /// nl-BE puts the bicycle sentence first: the pairs cross, each goes to review, the third stays in place.
    @Test func twoSentencesSwappedPairCrosswise() throws {
        let en = Self.version("en", [
            "Volunteers repair broken toasters and lamps for free.",
            "Visitors who bring a bicycle are asked to come on Saturday morning, when the two bike mechanics are there.",
            "Spare parts are charged at cost.",
        ])
        let nl = Self.version("nl-BE", [
            "Wie een fiets meebrengt, komt best op zaterdagochtend, want dan zijn de twee fietsherstellers er.",
            "Vrijwilligers herstellen gratis kapotte broodroosters en lampen.",
            "Wisselstukken worden aan kostprijs aangerekend.",
        ])
        let beads = try Aligner().align([en, nl], source: "en").beads
        let lamps = try #require(beads.first { $0.indices(for: "en") == [1] && $0.indices(for: "nl-BE") == [2] }, "the lamps sentence")
        let bicycle = try #require(beads.first { $0.indices(for: "en") == [2] && $0.indices(for: "nl-BE") == [1] }, "the bicycle sentence")
        #expect(lamps.needsReview || bicycle.needsReview, "a reordering is confirmed by a person")
        #expect(beads.contains { $0.indices(for: "en") == [3] && $0.indices(for: "nl-BE") == [3] }, "spare parts, in place")
        #expect(!beads.contains { $0.indices(for: "en").count == 2 }, "no 2-2 bead")
    }

    /// A sentence boundary drawn elsewhere (the new wing moves to the second Dutch sentence) is no
    /// reordering: the anchors of the sentences in order agree as well as crossed ones, so nothing crosses.
    @Test func aBoundaryDrawnElsewhereIsNotReordered() throws {
        let en = Self.version("en", [
            "The museum reopens on Friday after two years of work, with a new wing for modern art.",
            "Entry stays free.",
        ])
        let nl = Self.version("nl-BE", [
            "Het museum gaat vrijdag weer open na twee jaar werken.",
            "Er is een nieuwe vleugel voor moderne kunst, en de toegang blijft gratis.",
        ])
        let beads = try Aligner().align([en, nl], source: "en").beads
        #expect(!beads.contains { $0.indices(for: "en") == [1] && $0.indices(for: "nl-BE") == [2] })
        #expect(!beads.contains { $0.indices(for: "en") == [2] && $0.indices(for: "nl-BE") == [1] })
    }
}
