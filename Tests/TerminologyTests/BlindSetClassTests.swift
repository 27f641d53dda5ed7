import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The classes of false findings the blind set's first run found (`Tests/Fixtures/terminology/blind/README.md`),
/// each with the failing input and, beside it, an error of the same shape that must still be found.
@Suite struct BlindSetClassTests {
    func glossaryChecker() throws -> TermChecker {
        try checker(try Termbase.load([repositoryRoot.appendingPathComponent("Glossary")]))
    }
    func numbers(_ units: [CheckUnit]) throws -> [String] {
        try checker(Termbase()).check(units).of(.numberMismatch).map { "\($0.locale) \($0.text)" }
    }

    /// "3 uur per dag" and "2 à 3 uur" are durations as well as clock times.
    @Test func wholeHoursAreAlsoDurations() throws {
        #expect(try numbers([unit("u", en: "On weekends, screen time rises to 3 hours a day.",
                                  nl: "In het weekend stijgt de schermtijd tot 3 uur per dag.",
                                  fr: "Le week-end, le temps d'écran grimpe à 3 h par jour.")]) == [])
        #expect(try numbers([unit("u", en: "The training lasts 2 to 3 hours.", nl: "De opleiding duurt 2 à 3 uur.")]) == [])
        // A clock time that is wrong stays wrong: 7 p.m. is not "7 uur", nor "17 uur".
        #expect(try numbers([unit("w", en: "It starts at 7 p.m.", nl: "Het begint om 7 uur.", fr: "Ça commence à 17 h.")])
                == ["fr-BE 17 h", "nl-BE 7 uur"])
        #expect(try numbers([unit("w", en: "It lasts 3 hours.", nl: "Het duurt 4 uur.")]) == ["nl-BE 4 uur"])
    }

    /// "2024-25" is 2024 to 2025.
    @Test func abbreviatedEndOfAYearRange() throws {
        #expect(try numbers([unit("u", en: "During the 2024-25 school year.", nl: "Tijdens het schooljaar 2024-2025.",
                                  fr: "Pendant l'année scolaire 2024-2025.")]) == [])
        #expect(try numbers([unit("u", en: "In 1999-00.", nl: "In 1999-2000.")]) == [])
        #expect(try numbers([unit("w", en: "During the 2024-25 school year.", nl: "Tijdens het schooljaar 2024-2026.")])
                == ["nl-BE 2026"])
    }

    /// "the 1990s" is the decade of 1990.
    @Test func decades() throws {
        #expect(try numbers([unit("u", en: "Since the 1990s, things changed.", nl: "Sinds de jaren 1990 is er veel veranderd.",
                                  fr: "Depuis les années 1990, tout a changé.")]) == [])
        #expect(try numbers([unit("w", en: "Since the 1990s, things changed.", nl: "Sinds de jaren 1980 is er veel veranderd.")])
                == ["nl-BE 1980"])
    }

    /// "24/7" says "always"; so do "dag en nacht" and "24 h sur 24".
    @Test func setPhrasesHoldNoQuantity() throws {
        #expect(try numbers([unit("u", en: "The hotline accepts reports 24/7.", nl: "Het meldpunt ontvangt dag en nacht meldingen.",
                                  fr: "Le point de signalement reçoit les signalements 24\u{202F}h sur 24.")]) == [])
        #expect(try numbers([unit("w", en: "Open 24/7, 365 days a year.", nl: "Dag en nacht open, 356 dagen per jaar.")])
                == ["nl-BE 356"])
        // The phrase's numbers may stand for the same numbers written out on the other side.
        #expect(try numbers([unit("u", en: "The helpline answers 24 hours a day.", nl: "De hulplijn antwoordt 24/7.",
                                  fr: "La ligne d'aide répond 24\u{202F}h sur 24.")]) == [])
    }

    /// Twelfth trial, finding 7: the set phrases' shape "N [unit] op/sur N" holds for any unit word and the
    /// same number on both sides ("7 dagen op 7", "24 uur op 24"), not only for the listed phrases; two
    /// different numbers ("7 dagen op 8") are quantities as before.
    @Test func setPhraseShapeWithAUnitWord() throws {
        #expect(try numbers([unit("u", en: "The helpline is open 7 days a week.", nl: "De hulplijn is 7 dagen op 7 open.",
                                  fr: "La ligne d'aide est ouverte 7 jours sur 7.")]) == [])
        #expect(try numbers([unit("u", en: "Reports are read 24 hours a day.", nl: "Meldingen worden 24 uur op 24 gelezen.",
                                  fr: "Les signalements sont lus 24 heures sur 24.")]) == [])
        #expect(try numbers([unit("w", en: "The helpline is open 7 days a week.", nl: "De hulplijn is 7 dagen op 8 open.")])
                == ["nl-BE 8"])
    }

    /// A line break separates words and numbers: "116 000<br/>Hotline" is not "116 000Hotline".
    @Test func lineBreakSeparatesNumbers() throws {
        func rich(_ a: String, _ b: String) -> RichText {
            RichText([.text(a), .code(InlineCode(id: "1", kind: .standalone, type: .lineBreak)), .text(b)])
        }
        let u = CheckUnit(id: "u", variants: ["en": rich("Helpline: 116 000", "Hotline: www.childfocus.be"),
                                              "fr-BE": rich("Ligne d'aide\u{00A0}: 116\u{202F}000", "Point de signalement\u{00A0}: www.childfocus.be")])
        #expect(try checker(Termbase()).check([u]).of(.numberMismatch).isEmpty)
        let w = CheckUnit(id: "w", variants: ["en": rich("Helpline: 116 000", "Hotline"),
                                              "fr-BE": rich("Ligne d'aide\u{00A0}: 116\u{202F}111", "Point de signalement")])
        #expect(try checker(Termbase()).check([w]).of(.numberMismatch).map(\.text).contains("116\u{202F}111"))
    }

    /// A superseded name does not keep the current one.
    @Test func supersededNameInATargetIsAChangedName() throws {
        let f = try glossaryChecker().check([unit("u", en: "Better Internet for Kids replaced the earlier programme.",
                                                  nl: "Het Safer Internet Programme verving het vorige programma.",
                                                  fr: "Better Internet for Kids a remplacé le programme précédent.")])
        #expect(f.of(.dntChanged).map(\.locale) == ["nl-BE"])
        #expect(f.of(.forbiddenTerm).map(\.locale) == ["nl-BE"])
        // The admitted acronym of the same entry keeps the name.
        #expect(try glossaryChecker().check([unit("u", en: "Better Internet for Kids runs a portal.", nl: "BIK heeft een portaal.")])
            .of(.dntChanged).isEmpty)
    }

    /// A doubled space the source already has, copied next to the same word, is the source's.
    @Test func copiedDoubledSpaceOfTheSource() throws {
        let f = try checker(Termbase()).check([unit("u", en: "Hotline:  www.childfocus.be", nl: "Meldpunt:  www.childfocus.be"),
                                               unit("w", en: "Hotline:  www.childfocus.be", nl: "Meld  punt: www.childfocus.be")])
        #expect(f.of(.doubledSpace).map(\.unit) == ["w"])
    }

    /// Dutch diminutives ("appje"), compounds ending in a term whose entry allows it ("medeleerlingen"),
    /// and the comparative "jonger", which is not "jongeren".
    @Test func dutchDiminutivesCompoundHeadsAndComparatives() throws {
        let c = try glossaryChecker()
        func ids(_ text: String) -> Set<String> {
            Set(c.recognize(text, locale: "nl-BE").map(\.entryID))
        }
        #expect(ids("Het nieuwe appje waarschuwt ouders.").contains("c33"))
        #expect(ids("Drie appjes en een schooltje.").isSuperset(of: ["c33", "c39"]))
        #expect(ids("Ze vroeg haar medeleerlingen om hulp.").contains("c37"))
        #expect(ids("Kleuterleerkrachten en pretieners.").isSuperset(of: ["c38", "c36"]))
        #expect(!ids("Kinderen jonger dan 12.").contains("c35"))
        #expect(ids("Elke jongere en alle jongeren.").contains("c35"))
        // Words that merely end like a diminutive are not the term: "meisje" holds no "mei…" term, "je" no term.
        #expect(ids("Het meisje vroeg je iets.").isEmpty)
    }
}
