import Foundation
import TaalgrensCore
import Testing
import Terminology

/// `number-mismatch` and decades: a decade or a year with its century elided ("'90s", "jaren '90",
/// "années 90", "the nineties") is the number it stands for, so a correct translation is no error, and a
/// wrong decade is still one (docs/terminology.md, "What counts as the same number").
@Suite struct DecadeTests {
    func run(_ units: [CheckUnit]) throws -> [Finding] { try checker(Termbase()).check(units).of(.numberMismatch) }
    func described(_ f: [Finding]) -> [String] { f.map { "\($0.locale) \($0.text)" } }

    /// The fifth fresh-user trial's false errors (TRIAL5 item 6): "'90s" was not read, so the "90" of both
    /// correct translations was reported as added.
    @Test func trialElidedDecade() throws {
        let f = try run([unit("nineties:1:0", en: "The band was famous in the '90s and the 1980s.",
                              nl: "De band was beroemd in de jaren '90 en de jaren 1980.",
                              fr: "Le groupe était célèbre dans les années 90 et les années 1980.")])
        #expect(f.isEmpty, "\(described(f))")
    }

    @Test(arguments: [
        // The elided forms, with a straight or a typographic apostrophe, against every full or short form.
        ("Famous in the ’90s.", "Beroemd in de jaren ’90.", "Célèbre dans les années ’90."),
        ("Famous in the '90s.", "Beroemd in de jaren 1990.", "Célèbre dans les années 1990."),
        ("Famous in the 1990s.", "Beroemd in de jaren '90.", "Célèbre dans les années 90."),
        ("Famous in the 90s.", "Beroemd in de jaren 90.", "Célèbre dans les années quatre-vingt-dix."),
        ("Famous in the 1990's.", "Beroemd in de jaren negentig.", "Célèbre dans les années nonante."),
        ("Famous in the nineties.", "Beroemd in de jaren '90.", "Célèbre dans les années 1990."),
        ("Big in the 2000s.", "Groot in de jaren 2000.", "Grand dans les années 2000."),
        // An elided year outside a decade: "the summer of ’76" is 1976.
        ("The heatwave of ’76 was worse.", "De hittegolf van 1976 was erger.", "La canicule de 1976 était pire."),
    ])
    func sameDecade(_ en: String, _ nl: String, _ fr: String) throws {
        let f = try run([unit("u", en: en, nl: nl, fr: fr)])
        #expect(f.isEmpty, "\(described(f))")
    }

    /// A Dutch source against a French translation: both sides need the decade word to read the other form.
    @Test func dutchSourceFrenchTarget() throws {
        let units = [CheckUnit(id: "u", variants: ["nl-BE": RichText(plain: "Beroemd in de jaren 1990."),
                                                   "fr-BE": RichText(plain: "Célèbre dans les années 90.")])]
        let f = try TermChecker(termbase: Termbase(), sourceLocale: "nl-BE", data: try localeData()).check(units).of(.numberMismatch)
        #expect(f.isEmpty, "\(described(f))")
    }

    /// A wrong decade is still an error, whichever way either side writes it.
    @Test func wrongDecadeStillFound() throws {
        let f = try run([unit("u", en: "The band was famous in the '90s.", nl: "De band was beroemd in de jaren '80.",
                              fr: "Le groupe était célèbre dans les années 1980.")])
        #expect(described(f) == ["fr-BE 1980", "nl-BE '80"])
        let g = try run([unit("v", en: "Sales fell in the 2010s.", nl: "De verkoop daalde in de jaren 2020.",
                              fr: "Les ventes ont baissé dans les années 10.")])
        #expect(described(g) == ["nl-BE 2020"])
    }
}
