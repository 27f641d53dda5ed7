import Foundation
import Testing
import TaalgrensCore
import Alignment

/// Anchors that a short news brief's versions write differently (fifteenth trial, findings 10 and 15): a
/// weekday ("on Monday" / "maandag" / "lundi") and a road number after a French elision ("the E40" /
/// "l’E40"). Each was an anchor one side had and the other lacked, so every bead of a four-sentence brief
/// went to review and the bundle was published in the source language. Each case keeps the brief that was
/// read wrong; every pair is now as sure as in a brief without the word.
@Suite struct ShortBriefAnchorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var what: String
        var source: [String]
        var target: LanguageTag
        var translation: [String]
        var testDescription: String { what }
    }

    static let cases: [Case] = [
        Case(what: "on Monday is maandag", source: ["Budget approved", "The council approved the budget on Monday.", "Cycle paths", "The city invests €2.5 million."],
             target: "nl-BE", translation: ["Begroting goedgekeurd", "De gemeenteraad keurde maandag de begroting goed.", "Fietspaden", "De stad investeert € 2,5 miljoen."]),
        Case(what: "on Wednesday is woensdag", source: ["Budget approved", "The council approved the budget on Wednesday.", "Cycle paths", "The city invests €2.5 million."],
             target: "nl-BE", translation: ["Begroting goedgekeurd", "De gemeenteraad keurde woensdag de begroting goed.", "Fietspaden", "De stad investeert € 2,5 miljoen."]),
        Case(what: "on Monday evening is maandagavond", source: ["Budget approved", "The council approved the budget on Monday evening.", "Cycle paths", "The city invests €2.5 million."],
             target: "nl-BE", translation: ["Begroting goedgekeurd", "De gemeenteraad keurde maandagavond de begroting goed.", "Fietspaden", "De stad investeert € 2,5 miljoen."]),
        Case(what: "on Monday is lundi", source: ["Budget approved", "The council approved the budget on Monday.", "Cycle paths", "The city invests €2.5 million."],
             target: "fr-BE", translation: ["Budget approuvé", "Le conseil a approuvé le budget lundi.", "Pistes cyclables", "La ville investit 2,5 millions d'euros."]),
        Case(what: "The E40 is l’E40", source: ["Roadworks", "The E40 is closed.", "Detours", "The A12 is closed until Friday."],
             target: "fr-BE", translation: ["Travaux", "L’E40 est fermée.", "Déviations", "L'A12 est fermée jusqu’à vendredi."]),
    ]

    @Test(arguments: cases)
    func everyPairOfTheBriefIsSure(_ c: Case) throws {
        let kinds: [BlockKind] = [.title, .paragraph, .heading, .paragraph]
        let en = Fixtures.article(id: "brief", locale: "en", blocks: zip(kinds, c.source).map { ($0, [$1]) })
        let other = Fixtures.article(id: "brief", locale: c.target, blocks: zip(kinds, c.translation).map { ($0, [$1]) })
        let beads = try Aligner().align([en, other], source: "en").beads
        #expect(beads.count == 4)
        for bead in beads {
            #expect(bead.indices(for: "en") == bead.indices(for: c.target), "\(bead)")
            #expect(!bead.needsReview, "\(c.what): \(bead.indices(for: "en")) at \(bead.confidence(for: c.target))")
        }
    }
}
