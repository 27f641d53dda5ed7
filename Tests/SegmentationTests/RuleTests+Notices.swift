import Testing
import Segmentation
import TaalgrensCore

/// The rules added for blind set 9 (wire copy, corrections, results, bulletins, schedules, recipes, notices,
/// quotes, typographic mess): a sentence end glued to the next sentence (rule 1c), a schedule's time stamps
/// (en rules 7c and 10f), "incl." closing a range (en rule 8f) and "number" before a number (en rule 10e,
/// nl-BE rule 10e). Each class keeps the input that failed at the set's first run (its id in the comment)
/// and the sentences it must give, beside cases that must not change.
extension RuleTests {
    @Test("rule 1c: a terminator glued to a capitalised word ends a sentence", arguments: [
        // Found by blind set 9 (blind9-en-118, -nl-118, -fr-119): the forgotten space kept both sentences whole.
        Case("en", "Floods hit the coast.The E40 was closed for two hours.", ["Floods hit the coast.", "The E40 was closed for two hours."]),
        Case("nl-BE", "Overstromingen aan de kust.De E40 was twee uur dicht.", ["Overstromingen aan de kust.", "De E40 was twee uur dicht."]),
        Case("fr-BE", "Inondations à la côte.L'E40 a été fermée pendant deux heures.",
             ["Inondations à la côte.", "L'E40 a été fermée pendant deux heures."]),
        // Found by blind set 9 (blind9-en-119, -nl-119, -fr-120): a number before the glued period.
        Case("en", "The council voted 21 to 9.The opposition walked out.", ["The council voted 21 to 9.", "The opposition walked out."]),
        Case("nl-BE", "De gemeenteraad stemde met 21 tegen 9.De oppositie verliet de zaal.",
             ["De gemeenteraad stemde met 21 tegen 9.", "De oppositie verliet de zaal."]),
        Case("fr-BE", "Le conseil a voté par 21 voix contre 9.L'opposition a quitté la salle.",
             ["Le conseil a voté par 21 voix contre 9.", "L'opposition a quitté la salle."]),
        // The class: a question mark, a time, a capitalised word before the period.
        Case("en", "Is it over?Nobody knows.", ["Is it over?", "Nobody knows."]),
        Case("nl-BE", "Ze komt om 14u30.Daarna is het gedaan.", ["Ze komt om 14u30.", "Daarna is het gedaan."]),
        Case("en", "The office moved to Ostend.It opens on Monday.", ["The office moved to Ostend.", "It opens on Monday."]),
        // Must not change: titles and abbreviations glued to a name, initialisms, addresses, versions, files.
        Case("nl-BE", "Dhr.Janssens en mevr.Peeters kwamen niet.", ["Dhr.Janssens en mevr.Peeters kwamen niet."]),
        Case("fr-BE", "Il a vu M.Dupont hier.", ["Il a vu M.Dupont hier."]),
        Case("en", "She met dr.Smith and Mr.Jones on Monday.", ["She met dr.Smith and Mr.Jones on Monday."]),
        Case("en", "Holders of a Ph.D often earn more.", ["Holders of a Ph.D often earn more."]),
        Case("en", "See www.example.Com for details.", ["See www.example.Com for details."]),
        Case("fr-BE", "Voir p.ex.Le Soir ou le site www.liege.Be demain.", ["Voir p.ex.Le Soir ou le site www.liege.Be demain."]),
        Case("en", "Version v2.0.Final and the file Report.Final.docx are out.", ["Version v2.0.Final and the file Report.Final.docx are out."]),
    ])
    func gluedSentences(_ c: Case) { RuleTests.check(c) }

    @Test("en rules 7c and 10f: a schedule's time stamps open their entries", arguments: [
        // Found by blind set 9 (blind9-en-038): cut after each "p.m." and not before the first time.
        Case("en", "Tonight on Eén. 7 p.m. The News. 7.45 p.m. The Sign of Four. 8.40 p.m. Home.",
             ["Tonight on Eén.", "7 p.m. The News.", "7.45 p.m. The Sign of Four.", "8.40 p.m. Home."]),
        Case("en", "Doors open. 8.30 p.m. The band comes on.", ["Doors open.", "8.30 p.m. The band comes on."]),
        Case("en", "10.15 a.m. The committee meets in room 3.", ["10.15 a.m. The committee meets in room 3."]),
        // Must not change: a time inside a sentence ends it before a new one; a weekday before a time.
        Case("en", "The hearing ended at 4.50 p.m. Prosecutor Lieve Pellens spoke first.",
             ["The hearing ended at 4.50 p.m.", "Prosecutor Lieve Pellens spoke first."]),
        Case("en", "Mass is on Sun. 7 p.m. is the usual time.", ["Mass is on Sun. 7 p.m. is the usual time."]),
        Case("en", "2.30 p.m. – The minister arrives.", ["2.30 p.m. – The minister arrives."]),
    ])
    func scheduleTimes(_ c: Case) { RuleTests.check(c) }

    @Test("en rule 8f: \"incl.\" closing a range may end a sentence", arguments: [
        // Found by blind set 9 (blind9-en-051): not cut after "2026 incl.".
        Case("en", "It may be viewed from 2 Dec. to 31 Dec. 2026 incl. Objections must be sent before 5 Jan.",
             ["It may be viewed from 2 Dec. to 31 Dec. 2026 incl.", "Objections must be sent before 5 Jan."]),
        Case("en", "Entries are open for pupils aged 6 to 12 incl. The jury meets in May.",
             ["Entries are open for pupils aged 6 to 12 incl.", "The jury meets in May."]),
        // Must not change: "including" after a word, and before an acronym or a lowercase word.
        Case("en", "Delivery costs €14.95 incl. VAT and packaging.", ["Delivery costs €14.95 incl. VAT and packaging."]),
        Case("en", "Delivery costs €14.95 incl. packaging.", ["Delivery costs €14.95 incl. packaging."]),
        Case("en", "All regions, incl. Flanders, agreed.", ["All regions, incl. Flanders, agreed."]),
    ])
    func inclusiveRanges(_ c: Case) { RuleTests.check(c) }

    @Test("rule 10e: \"number\" shortened before its number never ends a sentence", arguments: [
        // Found by blind set 9 (blind9-en-056, -nl-056): cut before the dotted company number.
        Case("en", "The company, company no. 0412.345.678, was declared bankrupt.",
             ["The company, company no. 0412.345.678, was declared bankrupt."]),
        Case("nl-BE", "De vennootschap, ondernemingsnr. 0412.345.678, werd failliet verklaard.",
             ["De vennootschap, ondernemingsnr. 0412.345.678, werd failliet verklaard."]),
        // The class: any compound ending in "nr.", before a number or an IBAN.
        Case("nl-BE", "Het rekeningnr. BE12 3456 7890 1234 is fout. Het btw-nr. 0412.345.678 klopt wel.",
             ["Het rekeningnr. BE12 3456 7890 1234 is fout.", "Het btw-nr. 0412.345.678 klopt wel."]),
        Case("en", "Account no. 12.345 was closed on Friday.", ["Account no. 12.345 was closed on Friday."]),
        // Must not change: the answer "no" before a capitalised sentence, and "No. 10".
        Case("en", "The answer was no. Then she left.", ["The answer was no.", "Then she left."]),
        Case("en", "It is No. 10 on the list.", ["It is No. 10 on the list."]),
    ])
    func numberAbbreviations(_ c: Case) { RuleTests.check(c) }
}
