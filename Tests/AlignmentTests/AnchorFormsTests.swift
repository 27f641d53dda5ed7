import Testing
import TaalgrensCore
import Alignment

/// Numbers that translations write differently (blind sets 3 and 4, `docs/alignment.md`): clock times on the 12-
/// and 24-hour clock, numbers spelled out as words and months named without a day still pair the sentences
/// that hold them. Each case gives a
/// translation one sentence for two source sentences; the length model alone pairs it with the first (the
/// wrong one), the number written differently with the second.
@Suite struct AnchorFormsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var what: String
        var source: LanguageTag
        var sentences: [String]
        var target: LanguageTag
        var translation: String
        var testDescription: String { what }
    }

    static let cases: [Case] = [
        Case(what: "8 p.m. is 20 uur", source: "en",
             sentences: ["Registration for the race closes today.", "The results follow at 8 p.m. tonight."],
             target: "nl-BE", translation: "De uitslag volgt vanavond om 20 uur."),
        Case(what: "1.15 a.m. is 1 h 15", source: "en",
             sentences: ["Voting in the town ended without any incident, according to the police and the electoral office.",
                         "The count finished at 1.15 a.m. in the main hall of the town."],
             target: "fr-BE", translation: "Le dépouillement s'est achevé à 1 h 15 dans la grande salle de la commune."),
        Case(what: "11.40 p.m. is 23.40 uur", source: "en",
             sentences: ["The mayor thanked the volunteers of her party and the staff of the town hall for their work.",
                         "She spoke to her supporters at 11.40 p.m., just after the last results came in."],
             target: "nl-BE", translation: "Ze sprak haar aanhangers om 23.40 uur toe, net nadat de laatste uitslagen binnenkwamen."),
        Case(what: "Fourteen is 14", source: "en",
             sentences: ["The school stayed open for the rest of the day, the headmaster said.",
                         "Fourteen pupils were taken to hospital as a precaution."],
             target: "nl-BE", translation: "Er werden 14 leerlingen uit voorzorg naar het ziekenhuis gebracht."),
        Case(what: "15 is vijftien", source: "en",
             sentences: ["Neither of them was in the courtroom when the judges read the decision.",
                         "They have 15 days to lodge a further appeal against the ruling."],
             target: "nl-BE", translation: "Beiden kunnen binnen vijftien dagen nog in beroep gaan tegen het arrest."),
        Case(what: "October is oktober (a month without a day)", source: "en",
             sentences: ["The union and the management of the factory met again yesterday but did not reach any agreement.",
                         "Talks had resumed in October after a long pause over the summer holidays."],
             target: "nl-BE", translation: "De gesprekken waren in oktober opnieuw hervat, na een lange pauze tijdens de zomervakantie."),
    ]

    /// The translation pairs with the second source sentence; the first is left out.
    @Test(arguments: cases) func theNumberWrittenDifferentlyDecides(_ c: Case) throws {
        let source = Fixtures.article(id: "forms", locale: c.source, blocks: [(.paragraph, c.sentences)])
        let target = Fixtures.article(id: "forms", locale: c.target, blocks: [(.paragraph, [c.translation])])
        let beads = try Aligner().align([source, target], source: c.source).beads
        let got = beads.map { ($0.indices(for: c.source) ?? []) + [-1] + ($0.indices(for: c.target) ?? []) }
        #expect(got == [[0, -1], [1, -1, 0]])
    }
}
