import Foundation
import Testing
import TaalgrensCore
import Alignment

/// ``Bead/finerPairs`` and the units made from them: when one version merges sentences that the others keep
/// apart, the pairs that keep them apart still give sentence-level units (the fourth fresh-user trial: en
/// and nl-BE 1-1 twice, fr-BE joining both with « ; », stored only as one two-sentence unit, so a query for
/// either English sentence found no Dutch match at the default threshold).
@Suite struct FinerPairTests {
    static let english = Fixtures.article(id: "flood", locale: "en", blocks: [
        (.title, ["Heavy rain floods the Vesdre valley again"]),
        (.paragraph, ["On 9 February 2021 the Vesdre burst its banks for the second time in three months.",
                      "About 3,000 households in Verviers were left without power."]),
        (.paragraph, ["Volunteers distribute drinking water."]),
    ])
    static let dutch = Fixtures.article(id: "flood", locale: "nl-BE", blocks: [
        (.title, ["Zware regen zet Vesdredal opnieuw onder water"]),
        (.paragraph, ["Op 9 februari 2021 trad de Vesdre voor de tweede keer in drie maanden buiten haar oevers.",
                      "Ongeveer 3.000 gezinnen in Verviers zaten zonder stroom."]),
        (.paragraph, ["Vrijwilligers delen drinkwater uit."]),
    ])
    static let french = Fixtures.article(id: "flood", locale: "fr-BE", blocks: [
        (.title, ["De fortes pluies inondent à nouveau la vallée de la Vesdre"]),
        (.paragraph, ["Le 9 février 2021, la Vesdre est sortie de son lit pour la deuxième fois en trois mois\u{202F}; environ 3 000 ménages de Verviers ont été privés d'électricité."]),
        (.paragraph, ["Des bénévoles distribuent de l'eau potable."]),
    ])

    @Test func aMergeInOneVersionKeepsTheOtherPairAtTheSentence() throws {
        let alignment = try Aligner().align([Self.english, Self.dutch, Self.french], source: nil)
        // The bead itself is unchanged: the three versions' sentences 1 and 2 form one group.
        #expect(alignment.beads.map(\.segments) == [
            ["en": [0], "nl-BE": [0], "fr-BE": [0]], ["en": [1, 2], "nl-BE": [1, 2], "fr-BE": [1]], ["en": [3], "nl-BE": [3], "fr-BE": [2]],
        ])
        let merged = alignment.beads[1]
        #expect(merged.finerPairs.keys.sorted() == ["nl-BE"])
        #expect(merged.finerPairs["nl-BE"]?.map(\.source) == [[1], [2]])
        #expect(merged.finerPairs["nl-BE"]?.map(\.target) == [[1], [2]])
        #expect(alignment.beads[0].finerPairs.isEmpty && alignment.beads[2].finerPairs.isEmpty)

        let units = alignment.translationUnits(articleID: "flood")
        #expect(units.map(\.id) == ["flood:0:0", "flood:1:0", "flood:1:0~nl-BE", "flood:1:1~nl-BE", "flood:2:0"])
        // The bead's unit keeps nl-BE too (its two sentences), so nl-BE and fr-BE stay paired.
        #expect(units[1].locales == ["en", "fr-BE", "nl-BE"])
        #expect(units[1].variant(for: "en")?.sentenceStarts == [83])
        #expect(units[1].variant(for: "nl-BE")?.text == "Op 9 februari 2021 trad de Vesdre voor de tweede keer in drie maanden buiten haar oevers. Ongeveer 3.000 gezinnen in Verviers zaten zonder stroom.")
        // Each source–target pair once (for checks): the bead's unit without the finely aligned nl-BE.
        let once = alignment.translationUnits(articleID: "flood", pairingEveryLocale: false)
        #expect(once.map(\.id) == units.map(\.id))
        #expect(once[1].locales == ["en", "fr-BE"])
        #expect(units[2].variant(for: "en")?.text == "On 9 February 2021 the Vesdre burst its banks for the second time in three months.")
        #expect(units[2].variant(for: "nl-BE")?.text == "Op 9 februari 2021 trad de Vesdre voor de tweede keer in drie maanden buiten haar oevers.")
        #expect(units[3].variant(for: "en")?.text == "About 3,000 households in Verviers were left without power.")
        #expect(units[3].variant(for: "nl-BE")?.text == "Ongeveer 3.000 gezinnen in Verviers zaten zonder stroom.")
        #expect(units[3].origin == Origin(article: "flood", block: 1, position: 1))
        // The finer units keep the documents' context, for context (101) matches.
        #expect(units[3].variant(for: "en")?.previous == "On 9 February 2021 the Vesdre burst its banks for the second time in three months.")
        #expect(units[3].variant(for: "nl-BE")?.next == "Vrijwilligers delen drinkwater uit.")
        #expect(units[2...3].allSatisfy { $0.status == .aligned })
    }

    /// When every target splits a bead the same way, the finer units take the plain ids and no unit of
    /// the whole bead is written; a doubtful finer pair is a unit of its own under review.
    @Test func everyTargetSplittingTheSameWayGivesPlainIDs() throws {
        let french = Fixtures.article(id: "flood", locale: "fr-BE", blocks: [
            (.title, ["De fortes pluies inondent à nouveau la vallée de la Vesdre"]),
            (.paragraph, ["Le 9 février 2021, la Vesdre est sortie de son lit pour la deuxième fois en trois mois.",
                          "Environ 3 000 ménages de Verviers ont été privés d'électricité."]),
        ])
        let segments = Dictionary(uniqueKeysWithValues: [Self.english, Self.dutch, french].map { v in
            (v.article.locale, v.allSegments)
        })
        var bead = Bead(segments: ["en": [1, 2], "nl-BE": [1, 2], "fr-BE": [1, 2]], confidence: 0.9, needsReview: false,
                        pairConfidences: ["nl-BE": 0.9, "fr-BE": 0.9])
        bead.finerPairs = [
            "nl-BE": [Bead.FinerPair(source: [1], target: [1], confidence: 0.95), Bead.FinerPair(source: [2], target: [2], confidence: 0.5)],
            "fr-BE": [Bead.FinerPair(source: [1], target: [1], confidence: 0.9), Bead.FinerPair(source: [2], target: [2], confidence: 0.9)],
        ]
        let alignment = ArticleAlignment(source: "en", locales: ["en", "nl-BE", "fr-BE"], segments: segments, beads: [bead])
        let units = alignment.translationUnits(articleID: "flood")
        #expect(units.map(\.id) == ["flood:1:0", "flood:1:1", "flood:1:1~nl-BE"])
        #expect(units.map { $0.locales.sorted() } == [["en", "fr-BE", "nl-BE"], ["en", "fr-BE"], ["en", "nl-BE"]])
        #expect(units.map(\.status) == [.aligned, .aligned, .needsReview])
        #expect(units[2].confidence == 0.5)
    }

    /// Trial 5: fr-BE swaps two sentences that en and nl-BE keep in order, so en–fr-BE is one 2-2 group while
    /// en–nl-BE is 1-1 twice. The nl-BE–fr-BE pair exists only at the bead's level: the bead's unit must hold
    /// both (it held en and fr-BE only, and a bundle from nl-BE to fr-BE left the two sentences in Dutch).
    @Test func aReorderInOneVersionKeepsTheOtherTwoVersionsPaired() throws {
        let english = Fixtures.article(id: "vote", locale: "en", blocks: [
            (.paragraph, ["Groen loses four seats and ends up with nine.", "The N-VA wins eleven seats."]),
        ])
        let dutch = Fixtures.article(id: "vote", locale: "nl-BE", blocks: [
            (.paragraph, ["Groen verliest vier zetels en komt uit op negen.", "De N-VA haalt elf zetels."]),
        ])
        let french = Fixtures.article(id: "vote", locale: "fr-BE", blocks: [
            (.paragraph, ["La N-VA obtient onze sièges.", "Groen perd quatre sièges et tombe à neuf."]),
        ])
        let segments = Dictionary(uniqueKeysWithValues: [english, dutch, french].map { ($0.article.locale, $0.allSegments) })
        var bead = Bead(segments: ["en": [0, 1], "nl-BE": [0, 1], "fr-BE": [0, 1]], confidence: 0.8, needsReview: false,
                        pairConfidences: ["nl-BE": 0.95, "fr-BE": 0.8])
        bead.finerPairs = ["nl-BE": [Bead.FinerPair(source: [0], target: [0], confidence: 0.95),
                                     Bead.FinerPair(source: [1], target: [1], confidence: 0.95)]]
        let alignment = ArticleAlignment(source: "en", locales: ["en", "nl-BE", "fr-BE"], segments: segments, beads: [bead])
        let units = alignment.translationUnits(articleID: "vote")
        #expect(units.map(\.id) == ["vote:0:0", "vote:0:0~nl-BE", "vote:0:1~nl-BE"])
        let whole = units[0]
        #expect(whole.locales == ["en", "fr-BE", "nl-BE"])
        #expect(whole.variant(for: "nl-BE")?.text == "Groen verliest vier zetels en komt uit op negen. De N-VA haalt elf zetels.")
        #expect(whole.variant(for: "fr-BE")?.text == "La N-VA obtient onze sièges. Groen perd quatre sièges et tombe à neuf.")
        #expect(whole.confidence == 0.8 && whole.status == .aligned)
        #expect(units[1].variant(for: "nl-BE")?.text == "Groen verliest vier zetels en komt uit op negen.")
    }
}
