import Testing
import Segmentation
import TaalgrensCore

/// Eighteenth trial, finding 7: Belgian legal citations were cut inside: "circ. 2021/C/45" (a ministry's
/// circular) in all three locales, and in English the Court of Cassation's roll number after "No."
/// ("No. C.19.0123.F") and the Pasicrisie before its year ("Pas. 2020"). The class: an abbreviation of a legal
/// source before the reference it introduces (a number, a year, a roll number). Each failing input is kept
/// with the sentences it must give, beside cases that must not change.
extension RuleTests {
    @Test("legal sources before their reference: circ., Pas., Pand. and a roll number after No.", arguments: [
        // The trial's inputs (repro 7).
        Case("en", "Under Art. 2, 3° ITC 92, this is professional income. The FPS Finance confirms this in circ. 2021/C/45.",
             ["Under Art. 2, 3° ITC 92, this is professional income.", "The FPS Finance confirms this in circ. 2021/C/45."]),
        Case("nl-BE", "Volgens art. 2, 3° W.I.B. 92 is dat een beroepsinkomen. De FOD Financiën bevestigt dit in circ. 2021/C/45.",
             ["Volgens art. 2, 3° W.I.B. 92 is dat een beroepsinkomen.", "De FOD Financiën bevestigt dit in circ. 2021/C/45."]),
        Case("fr-BE", "Selon l'art. 2, 3°, C.I.R. 92, il s'agit d'un revenu professionnel. Le SPF Finances le confirme dans la circ. 2021/C/45.",
             ["Selon l'art. 2, 3°, C.I.R. 92, il s'agit d'un revenu professionnel.", "Le SPF Finances le confirme dans la circ. 2021/C/45."]),
        Case("en", "See Cass. 3 March 2020, No. C.19.0123.F, Pas. 2020, No. 154. The Court follows the line of J.T. 2019, p. 1234.",
             ["See Cass. 3 March 2020, No. C.19.0123.F, Pas. 2020, No. 154.", "The Court follows the line of J.T. 2019, p. 1234."]),
        // The class: other roll numbers, the circular capitalised, the Pasicrisie's part, the Pandectes.
        Case("en", "The appeal, No. P.20.1234.N, was dismissed. Circ. 2019/C/12 said the same.",
             ["The appeal, No. P.20.1234.N, was dismissed.", "Circ. 2019/C/12 said the same."]),
        Case("en", "It is reported in Pas. 2019, I, 88 and in Pand. 2018, 12.", ["It is reported in Pas. 2019, I, 88 and in Pand. 2018, 12."]),
        Case("nl-BE", "Zie Cass. 3 maart 2020, Pas. 2020, I, 154. Het Hof bevestigde.", ["Zie Cass. 3 maart 2020, Pas. 2020, I, 154.", "Het Hof bevestigde."]),
        Case("fr-BE", "Voy. la circ. n° Ci.RH.241/123 du 12 mars 2021. Elle précise la règle.",
             ["Voy. la circ. n° Ci.RH.241/123 du 12 mars 2021.", "Elle précise la règle."]),
        // Must not change: the abbreviation still ends a sentence before a capitalised word that opens one,
        // and "No." before a plain capitalised word.
        Case("en", "The rule is set out in the circ. The minister signed it.", ["The rule is set out in the circ.", "The minister signed it."]),
        Case("en", "He answered No. The vote was lost.", ["He answered No.", "The vote was lost."]),
    ])
    func legalCitations(_ c: Case) { RuleTests.check(c) }
}
