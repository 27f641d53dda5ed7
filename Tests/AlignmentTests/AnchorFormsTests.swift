import Testing
import TaalgrensCore
import Alignment

/// Numbers that translations write differently (blind sets 3 and 4, `docs/alignment.md`): clock times on the 12-
/// and 24-hour clock, numbers spelled out as words and months named without a day still pair the sentences
/// that hold them. Each case gives a
/// translation one sentence for two source sentences; the length model alone pairs it with the first (the
/// wrong one), the number written differently with the second. A numbered list's item numbers, which a
/// translation renumbers when it reorders the items, are no numbers at all (blind set 5).
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

    /// A numbered list reordered in translation (blind set 5, `train-day-trips`): the French version puts the
    /// third item first and renumbers the items. The number that opens a heading ("3. …" / "1. …") is the
    /// item's place in the list, not a quantity: counted as a number, "3" left unmatched kept the heading
    /// from moving with its paragraph, and the headings were paired by their numbers in place. Each heading
    /// pairs with the heading of its own item.
    @Test func aRenumberedListItemKeepsItsHeading() throws {
        let en = Fixtures.article(id: "museums", locale: "en", blocks: [
            (.title, ["Three museums to visit this winter"]),
            (.heading, ["1. The Atomium"]),
            (.paragraph, ["The Atomium in Brussels was built for Expo 58 and is 102 metres high.",
                          "Its nine spheres stand for an iron crystal magnified 165 billion times."]),
            (.heading, ["2. The Plantin-Moretus Museum"]),
            (.paragraph, ["The Plantin-Moretus Museum in Antwerp holds the two oldest printing presses in the world.",
                          "It has been on the UNESCO World Heritage List since 2005."]),
            (.heading, ["3. The Hergé Museum"]),
            (.paragraph, ["The Hergé Museum in Louvain-la-Neuve opened in 2009 in a building by Christian de Portzamparc.",
                          "It shows 80 original drawings from the Tintin albums."]),
        ])
        let fr = Fixtures.article(id: "museums", locale: "fr-BE", blocks: [
            (.title, ["Trois musées à visiter cet hiver"]),
            (.heading, ["1. Le musée Hergé"]),
            (.paragraph, ["Le musée Hergé de Louvain-la-Neuve a ouvert en 2009 dans un bâtiment de Christian de Portzamparc.",
                          "Il présente 80 dessins originaux des albums de Tintin."]),
            (.heading, ["2. L'Atomium"]),
            (.paragraph, ["L'Atomium de Bruxelles a été construit pour l'Expo 58 et mesure 102 mètres de haut.",
                          "Ses neuf sphères représentent un cristal de fer agrandi 165 milliards de fois."]),
            (.heading, ["3. Le musée Plantin-Moretus"]),
            (.paragraph, ["Le musée Plantin-Moretus d'Anvers conserve les deux plus anciennes presses d'imprimerie au monde.",
                          "Il figure depuis 2005 sur la liste du patrimoine mondial de l'UNESCO."]),
        ])
        let beads = try Aligner().align([en, fr], source: "en").beads
        func partner(_ i: Int) -> [Int]? { beads.first { $0.indices(for: "en") == [i] }?.indices(for: "fr-BE") }
        #expect(partner(1) == [4], "1. The Atomium / 2. L'Atomium")
        #expect(partner(4) == [7], "2. The Plantin-Moretus Museum / 3. Le musée Plantin-Moretus")
        #expect(partner(7) == [1], "3. The Hergé Museum / 1. Le musée Hergé")
        #expect(partner(8) == [2] && partner(9) == [3], "the Hergé paragraph")
    }

    /// The translation pairs with the second source sentence; the first is left out.
    @Test(arguments: cases) func theNumberWrittenDifferentlyDecides(_ c: Case) throws {
        let source = Fixtures.article(id: "forms", locale: c.source, blocks: [(.paragraph, c.sentences)])
        let target = Fixtures.article(id: "forms", locale: c.target, blocks: [(.paragraph, [c.translation])])
        let beads = try Aligner().align([source, target], source: c.source).beads
        let got = beads.map { ($0.indices(for: c.source) ?? []) + [-1] + ($0.indices(for: c.target) ?? []) }
        #expect(got == [[0, -1], [1, -1, 0]])
    }
}
