import Foundation
import TaalgrensCore
import Testing
import Terminology

/// `number-mismatch` suggestions are written the target locale's way (TRIAL5 item 9): "310,000" pasted into
/// French reads as 310, and "1 July 2027" is English.
@Suite struct SuggestionFormatTests {
    func run(_ units: [CheckUnit]) throws -> [String] {
        try checker(Termbase()).check(units).of(.numberMismatch).map { "\($0.locale) \($0.text) -> \($0.suggestion ?? "-")" }
    }

    /// The trial's court ruling with numbers changed in the translations.
    @Test func trialCourtRuling() throws {
        let f = try run([
            unit("court:1:1", en: "The judges gave the Flemish government until 1 July 2027 to amend it.",
                 nl: "De rechters geven de Vlaamse regering tot 1 juli 2027 om het aan te passen.",
                 fr: "Les juges donnent au gouvernement flamand jusqu'au 1er juillet 2028 pour le modifier."),
            unit("court:3:0", en: "The cap applied to about 310,000 rental homes.",
                 nl: "Het plafond gold voor ongeveer 310.000 huurwoningen.",
                 fr: "Le plafond s'appliquait à environ 301 000 logements locatifs."),
            unit("court:5:0", en: "Tenants who paid more than €1,250 in excess may claim it back.",
                 nl: "Huurders die meer dan € 12.500 te veel betaalden, kunnen dat terugvorderen.",
                 fr: "Les locataires qui ont payé plus de 1 250 € en trop peuvent le récupérer."),
        ])
        #expect(f == ["fr-BE 1er juillet 2028 -> 1er juillet 2027", "fr-BE 301 000 -> 310\u{202F}000", "nl-BE 12.500 -> 1.250"])
    }

    /// A value missing from the translation is written for the target without a shape to follow: CLDR's
    /// separators and date pattern; a scaled number as its whole value, a time on the 24-hour clock.
    @Test func missingValuesInTheTargetsWay() throws {
        let f = try run([
            unit("a", en: "About 2,500 people came on 11 February 2020.", nl: "Er kwamen mensen.", fr: "Des gens sont venus."),
            unit("b", en: "The fund holds 1.5 million euros.", nl: "Het fonds bevat euro's.", fr: "Le fonds contient des euros."),
            unit("c", en: "The helpline opens at 2.30 pm.", nl: "De hulplijn gaat open.", fr: "La ligne d'aide ouvre."),
        ])
        #expect(f == ["fr-BE 2,500 -> 2\u{202F}500", "fr-BE 11 February 2020 -> 11 février 2020",
                      "nl-BE 2,500 -> 2.500", "nl-BE 11 February 2020 -> 11 februari 2020",
                      "fr-BE 1.5 million -> 1\u{202F}500\u{202F}000", "nl-BE 1.5 million -> 1.500.000",
                      "fr-BE 2.30 pm -> 14:30", "nl-BE 2.30 pm -> 14:30"])
    }

    /// Tenth trial, finding 2: a telephone number is one value in every locale (`docs/matching.md`, "Digit
    /// strings"). French read "078 170 170" as 78 and the grouped number 170 170, so the check reported "078"
    /// missing and suggested "78"; a changed digit is reported once, with the source's number as written.
    @Test func telephoneNumbers() throws {
        let same = try run([
            unit("a", en: "Call Card Stop at 078 170 170 immediately.",
                 nl: "Bel meteen Card Stop op 078 170 170.", fr: "Appelez immédiatement Card Stop au 078 170 170."),
            unit("b", en: "Call +32 2 555 01 23 or 0800 12 345.",
                 nl: "Bel +32 2 555 01 23 of 0800 12 345.", fr: "Appelez le +32 2 555 01 23 ou le 0800 12 345."),
        ])
        #expect(same.isEmpty)
        let changed = try run([
            unit("c", en: "Call Card Stop at 078 170 170 immediately.",
                 nl: "Bel meteen Card Stop op 078 170 170.", fr: "Appelez immédiatement Card Stop au 078 170 171."),
        ])
        #expect(changed == ["fr-BE 078 170 171 -> 078 170 170"])
    }
}
