import Testing
import TaalgrensCore
import Alignment

@Suite struct StrictBeadScoreTests {
    let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"

    @Test func aMergedBeadCountsAsWrongNotHalfRight() {
        // Gold: 0↔0, 1↔1, 2↔(nothing). Predicted: 0↔0, (1,2)↔1.
        let gold: [[LanguageTag: [Int]]] = [[en: [0], nl: [0]], [en: [1], nl: [1]], [en: [2]]]
        let predicted: [[LanguageTag: [Int]]] = [[en: [0], nl: [0]], [en: [1, 2], nl: [1]]]
        var score = StrictBeadScore()
        score.add(predicted: predicted, gold: gold, en, nl)
        #expect(score.truePositives == 1)
        #expect(score.predicted == 2)
        #expect(score.gold == 3)
        #expect(score.precision == 0.5)
        #expect(abs(score.recall - 1.0 / 3) < 1e-12)
        #expect(abs(score.f1 - 0.4) < 1e-12)
    }

    @Test func beadsOfAThirdLanguageOnlyAreDroppedFromThePair() {
        // A French-only caption must not count for en–nl; the three-way bead projects on en–nl.
        let gold: [[LanguageTag: [Int]]] = [[en: [0], nl: [0], fr: [0]], [fr: [1]]]
        var score = StrictBeadScore()
        score.add(predicted: gold, gold: gold, en, nl)
        #expect(score == { var s = StrictBeadScore(); s.add(predicted: [[en: [0], nl: [0]]], gold: [[en: [0], nl: [0]]], en, nl); return s }())
        #expect(score.f1 == 1)
        var french = StrictBeadScore()
        french.add(predicted: gold, gold: gold, nl, fr)
        #expect(french.gold == 2)
    }

    @Test func countsAccumulateOverDocuments() {
        var score = StrictBeadScore()
        score.add(predicted: [[en: [0], nl: [0]]], gold: [[en: [0], nl: [0]]], en, nl)
        score.add(predicted: [[en: [0], nl: [1]]], gold: [[en: [0], nl: [0]]], en, nl)
        #expect(score.truePositives == 1 && score.predicted == 2 && score.gold == 2)
        #expect(StrictBeadScore().f1 == 1)
    }
}
