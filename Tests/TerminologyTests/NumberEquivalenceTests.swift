import Foundation
import TaalgrensCore
import Testing
import Terminology

/// `number-mismatch`: what counts as the same number across en, nl-BE and fr-BE (docs/terminology.md,
/// "What counts as the same number"). Each clean case is one that the rule once flagged, or a form of the
/// same kind; each mismatch case keeps the wrong value that must still be found.
@Suite struct NumberEquivalenceTests {
    func run(_ units: [CheckUnit]) throws -> [Finding] { try checker(Termbase()).check(units).of(.numberMismatch) }

    /// The fresh-user trial's false positive: en "9 a.m. to 7 p.m." against Dutch "9 tot 19 uur".
    @Test func trialOpeningHours() throws {
        let f = try run([unit("u", en: "The helpline is open from 9 a.m. to 7 p.m.", nl: "De hulplijn is open van 9 tot 19 uur.",
                              fr: "La ligne d'aide est ouverte de 9 h à 19 h.")])
        #expect(f.isEmpty, "\(f.map(\.message))")
    }

    /// Fifteenth trial, finding 4: "rond 23 uur 24,3 m" was read as the time 23:24, two false errors. Two
    /// digits after an hour marker are no minutes when a decimal, a unit or a percent sign follows them.
    @Test func trialHourBeforeAQuantity() throws {
        let f = try run([unit("u", en: "The water level in Diest could reach 24.3 m on Thursday at around 11 p.m.",
                              nl: "Het waterpeil in Diest kan donderdag rond 23 uur 24,3 m bereiken.",
                              fr: "Le niveau de l’eau à Diest pourrait atteindre jeudi vers 23 heures 24,3 m.")])
        #expect(f.isEmpty, "\(f.map { "\($0.locale) \($0.text): \($0.message)" })")
        let pct = try run([unit("p", en: "At 8 a.m., 30% of the pupils were present.", nl: "Om 8 uur 30 % van de leerlingen was er.",
                                fr: "À 8 heures 30 % des élèves étaient là.")])
        #expect(pct.isEmpty, "\(pct.map { "\($0.locale) \($0.text): \($0.message)" })")
        // A wrong quantity after the hour is still found, and minutes after the word still read.
        let wrong = try run([unit("w", en: "The water level could reach 24.3 m at around 11 p.m.",
                                  nl: "Het waterpeil kan rond 23 uur 25,3 m bereiken.", fr: "Le niveau pourrait atteindre 24,3 m vers 23 h.")])
        #expect(wrong.map { "\($0.locale) \($0.text)" } == ["nl-BE 25,3"], "\(wrong.map(\.message))")
        let minutes = try run([unit("m", en: "The final starts at 8.30 p.m.", nl: "De finale begint om 20.30 uur.",
                                    fr: "La finale commence à 20 heures 30.")])
        #expect(minutes.isEmpty, "\(minutes.map { "\($0.locale) \($0.text): \($0.message)" })")
    }

    /// Seventeenth trial, finding 18: the English page writes the Belgian number in its international form
    /// for readers abroad, the Dutch and French pages as Belgian services do; every national spelling was a
    /// `number-mismatch` error (exit 1 on a correct article). ITU-T E.164: "+32" replaces the trunk "0",
    /// "0032" is "+32" dialled from Europe, "(0)" the optional trunk digit.
    @Test func trialPhoneNumberWithAndWithoutCountryCode() throws {
        for national in ["02 277 51 11", "+32 (0)2 277 51 11", "0032 2 277 51 11", "02/277.51.11", "+32 2 277 51 11"] {
            let f = try run([unit("u", en: "Questions? Call +32 2 277 51 11 on weekdays.",
                                  nl: "Vragen? Bel op weekdagen \(national).",
                                  fr: "Des questions ? Appelez le 02 277 51 11 en semaine.")])
            #expect(f.isEmpty, "\(national): \(f.map { "\($0.locale) \($0.text): \($0.message)" })")
        }
        // Another number is still found, in either form, and a country's number is not another's.
        let wrong = try run([unit("w", en: "Questions? Call +32 2 277 51 11 on weekdays.",
                                  nl: "Vragen? Bel op weekdagen 02 277 51 12.",
                                  fr: "Des questions ? Appelez le +33 2 277 51 11 en semaine.")])
        #expect(wrong.map { "\($0.locale) \($0.text)" }.sorted() == ["fr-BE +33 2 277 51 11", "nl-BE 02 277 51 12"], "\(wrong.map(\.message))")
    }

    /// Eighteenth trial, finding 2: Belgian legislative French writes the first article, paragraph and alinéa
    /// "1er" ("article 1er", "§ 1er", "alinéa 1er"); each was a `number-mismatch` error against "Article 1" and
    /// "Art. 33(1)". An ordinal written with digits is its number, soft (docs/terminology.md).
    @Test func trialLegalOrdinals() throws {
        let f = try run([
            unit("1", en: "Article 1 defines the scope.", nl: "Artikel 1 bepaalt het toepassingsgebied.",
                 fr: "L\u{2019}article 1er définit le champ d\u{2019}application."),
            unit("2", en: "It failed to notify the breach within 72 hours, as Art. 33(1) GDPR requires.",
                 nl: "Het meldde het lek niet binnen 72 uur, zoals art. 33, lid 1, AVG vereist.",
                 fr: "Il n\u{2019}a pas notifié la violation dans les 72 heures, comme l\u{2019}exige l\u{2019}art. 33, § 1er, du RGPD."),
            unit("3", en: "The first paragraph of Article 3 applies.", nl: "Artikel 3, eerste lid, is van toepassing.",
                 fr: "L\u{2019}article 3, alinéa 1er, s\u{2019}applique."),
            unit("4", en: "This is the 1st time, on the 2nd floor, in the 21st century.",
                 nl: "Dit is de 1ste keer, op de 2de verdieping, in de 21e eeuw.", fr: "C\u{2019}est la 1re fois, au 2e étage, au XXIe siècle."),
        ])
        #expect(f.isEmpty, "\(f.map { "\($0.unit) \($0.locale) \($0.text): \($0.message)" })")
        // An ordinal never hides a wrong number beside it: "article 2" for "Article 1" is still found.
        let wrong = try run([unit("w", en: "Article 1 defines the scope.", nl: "Artikel 2 bepaalt het toepassingsgebied.",
                                  fr: "L\u{2019}article 1er définit le champ d\u{2019}application.")])
        #expect(wrong.map { "\($0.locale) \($0.text)" } == ["nl-BE 2"], "\(wrong.map(\.message))")
    }

    /// The fresh-user trial's false positive: a month name before a grouped number was read as a date
    /// ("maart 1" of "maart 1.200", "mars 1" of "mars 1 200"), though Dutch and French never write the
    /// month before the day.
    @Test func trialMonthBeforeGroupedNumber() throws {
        let f = try run([unit("u", en: "The helpline received 1,200 calls in March.",
                              nl: "De hulplijn kreeg in maart 1.200 oproepen.",
                              fr: "La ligne d'aide a reçu en mars 1 200 appels.")])
        #expect(f.isEmpty, "\(f.map { "\($0.locale) \($0.text): \($0.message)" })")
        // A wrong number after the month name is still found, as the number it is.
        let wrong = try run([unit("w", en: "The helpline received 1,200 calls in March.",
                                  nl: "De hulplijn kreeg in maart 1.300 oproepen.",
                                  fr: "La ligne d'aide a reçu en mars 1 300 appels.")])
        #expect(wrong.map { "\($0.locale) \($0.text)" } == ["fr-BE 1 300", "nl-BE 1.300"])
    }

    /// The fourth fresh-user trial's false error: a ruling number copied as written ("253.000") read as
    /// 253 in English and as 253000 in Dutch and French, so `check` exited 1 on a correct translation.
    @Test func trialIdentifierCopiedAsWritten() throws {
        let f = try run([unit("u", en: "The Council of State published ruling 253.000 on Tuesday.",
                              nl: "De Raad van State publiceerde dinsdag arrest 253.000.",
                              fr: "Le Conseil d’État a publié l’arrêt 253.000 mardi.")])
        #expect(f.isEmpty, "\(f.map { "\($0.locale) \($0.text): \($0.message)" })")
        // Another number in its place is still found.
        let wrong = try run([unit("w", en: "The Council of State published ruling 253.000 on Tuesday.",
                                  nl: "De Raad van State publiceerde dinsdag arrest 253.001.",
                                  fr: "Le Conseil d’État a publié l’arrêt 235.000 mardi.")])
        #expect(wrong.map { "\($0.locale) \($0.text)" } == ["fr-BE 235.000", "nl-BE 253.001"])
    }

    /// Sixteenth trial, finding 7: a budget brief whose three versions give the same amounts, each in its
    /// press style, had 4 false errors ("€2.5m" against "2,5 miljoen euro", "2,5 M€" against "€2.5 million",
    /// "1,2 Md€", "750 k€"). An abbreviated scale in an amount of money carries its scale.
    @Test func trialAbbreviatedScalesInAmounts() throws {
        let f = try run([
            unit("1", en: "The government frees up €2.5m for the helpline.", nl: "De regering maakt 2,5 miljoen euro vrij voor de hulplijn.",
                 fr: "Le gouvernement débloque 2,5 millions d’euros pour la ligne d’aide."),
            unit("2", en: "The campaign costs €2.5 million.", nl: "De campagne kost 2,5 mln. euro.", fr: "La campagne coûte 2,5\u{00A0}M€."),
            unit("3", en: "The fund totals €1.2 billion.", nl: "Het fonds bedraagt 1,2 mld. euro.", fr: "Le fonds s’élève à 1,2\u{00A0}Md€."),
            unit("4", en: "Schools receive €750,000 in total.", nl: "Scholen krijgen in totaal 750.000 euro.", fr: "Les écoles reçoivent 750\u{00A0}k€ au total."),
        ])
        #expect(f.isEmpty, "\(f.map { "\($0.locale) \($0.text): \($0.message)" })")
    }

    /// Finding 7's kind: every locale's abbreviated scales (`scales`, and `currencyScales` in an amount of
    /// money), glued or after a space, with a currency sign or code before the number or after the scale.
    @Test(arguments: [
        ("It costs £3m.", "Het kost 3 mln. pond.", "Cela coûte 3\u{00A0}M£."),
        ("It costs EUR 2.5m.", "Het kost 2,5 mln. euro.", "Cela coûte 2,5\u{00A0}M EUR."),
        ("It costs $4.5bn.", "Het kost 4,5 miljard dollar.", "Cela coûte 4,5\u{00A0}Mds\u{00A0}$."),
        ("It costs $4.5B.", "Het kost $ 4,5 mia.", "Cela coûte 4,5\u{00A0}G$."),
        ("A grant of €20k.", "Een subsidie van 20k euro.", "Une subvention de 20\u{00A0}k€."),
        ("A grant of €20,000.", "Een subsidie van € 20k.", "Une subvention de 20\u{00A0}000\u{00A0}€."),
        ("A fund of €1.2bn.", "Een fonds van 1,2 mia euro.", "Un fonds de 1,2\u{00A0}Mrd\u{00A0}€."),
        ("A fund of €1.2bn.", "Een fonds van € 1,2 miljard.", "Un fonds de 1,2\u{00A0}milliard d’euros."),
        ("A deal of €2.5 mln.", "Een deal van €2,5m.", "Un contrat de 2,5\u{00A0}millions\u{00A0}€."),
    ])
    func sameAmountWithAbbreviatedScale(en: String, nl: String, fr: String) throws {
        let f = try run([unit("u", en: en, nl: nl, fr: fr)])
        #expect(f.isEmpty, "\(f.map { "\($0.locale) \($0.text): \($0.message)" })")
    }

    /// Without money an abbreviation of `currencyScales` is no scale ("2.5 m" is metres), and a scaled amount
    /// with another value is still found.
    @Test func abbreviatedScaleOnlyInMoney() throws {
        let f = try run([
            unit("m", en: "A wall of 2.5 m.", nl: "Een muur van 2,5 m.", fr: "Un mur de 2,5\u{00A0}m."),
            unit("w", en: "A wall of 2.5 m.", nl: "Een muur van 2,5 miljoen.", fr: "Un mur de 2,5\u{00A0}k."),
            unit("v", en: "The fund totals €1.2bn.", nl: "Het fonds bedraagt 1,2 mln. euro.", fr: "Le fonds s’élève à 1,2\u{00A0}M€."),
            unit("k", en: "A grant of €20k.", nl: "Een subsidie van 20 euro.", fr: "Une subvention de 20\u{00A0}000\u{00A0}€."),
        ])
        #expect(f.map { "\($0.unit) \($0.locale) \($0.text)" } == [
            "w nl-BE 2,5 miljoen",
            "v fr-BE 1,2\u{00A0}M", "v nl-BE 1,2 mln",
            "k nl-BE 20",
        ], "\(f.map { "\($0.unit) \($0.locale) \($0.text): \($0.message)" })")
    }

    @Test(arguments: [
        // 12-hour against 24-hour clock, ranges with the marker on the last end only.
        ("Open from 9 a.m. to 7 p.m.", "Open van 9 tot 19 uur.", "Ouvert de 9 h à 19 h."),
        ("Open from 9am to 7pm.", "Open van 9u tot 19u.", "Ouvert de 9h à 19h."),
        ("Open 9 to 11 a.m.", "Open van 9 tot 11 uur.", "Ouvert de 9 à 11 h."),
        ("Open 2 to 5 p.m.", "Open van 14 tot 17 uur.", "Ouvert de 14 à 17 h."),
        ("Open 9-5 pm.", "Open 9-17 uur.", "Ouvert 9-17 h."),
        ("Open from 9 AM to 7 PM.", "Open van 9.00 tot 19.00 uur.", "Ouvert de 9:00 à 19:00."),
        ("From 9 a.m. to 7 p.m.", "Van 9.00-19.00 uur.", "De 9 h à 19 h 00."),
        ("Call between 2 and 5 p.m.", "Bel tussen 14 en 17 uur.", "Appelez entre 14 et 17 h."),
        ("At 2.30 pm.", "Om 14u30.", "À 14 h 30."),
        ("At 7 p.m.", "Om 7 uur 's avonds.", "À 7 heures du soir."),
        // Noon and midnight: 12 p.m. is noon, 12 a.m. midnight; 24:00 is midnight too.
        ("At 12 p.m.", "Om 12 uur.", "À 12 h."),
        ("At 12 a.m.", "Om 0 uur.", "À 0 h."),
        ("At noon.", "Om 12 uur.", "À midi."),
        ("At midnight.", "Om 24 uur.", "À minuit."),
        ("At midnight.", "Om middernacht.", "À 0 h."),
        ("Open until 19:00.", "Open tot 19.00 uur.", "Ouvert jusqu'à 19 h."),
        // French writes the hour out as "heures" too (session 12: a Leuven library article, "until 10 p.m." →
        // "jusqu'à 22 heures", was a number-mismatch error; "22 uur" was not).
        ("Open until 10 p.m.", "Open tot 22 uur.", "Ouvert jusqu'à 22 heures."),
        ("From 9 a.m. to 10 p.m.", "Van 9 tot 22 uur.", "De 9 à 22 heures."),
        ("The pumps ran for 41 hours.", "De pompen draaiden 41 uur.", "Les pompes ont tourné 41 heures."),
        // Numbers in words and in digits.
        ("Twelve schools took part.", "12 scholen deden mee.", "Douze écoles ont participé."),
        ("A hundred pupils.", "100 leerlingen.", "Cent élèves."),
        ("3 thousand pupils.", "3000 leerlingen.", "3 000 élèves."),
        // Scale words.
        ("1.5 million users.", "1,5 miljoen gebruikers.", "1,5 million d'utilisateurs."),
        ("2 million users.", "2.000.000 gebruikers.", "2 millions d'utilisateurs."),
        ("2 billion euros.", "2 miljard euro.", "2 milliards d'euros."),
        // Percent forms and thousands separators per locale.
        ("Half of them: 50%.", "De helft: 50 procent.", "La moitié\u{00A0}: 50 pour cent."),
        ("The rate is 0.5 per cent.", "Het percentage is 0,5%.", "Le taux est de 0,5\u{202F}%."),
        ("More than 10,000 calls.", "Meer dan 10.000 oproepen.", "Plus de 10\u{00A0}000 appels."),
        ("In 170 countries.", "In 170 landen.", "Dans 170 pays."),
    ])
    func sameNumberWrittenOtherwise(en: String, nl: String, fr: String) throws {
        let f = try run([unit("u", en: en, nl: nl, fr: fr)])
        #expect(f.isEmpty, "\(f.map { "\($0.locale) \($0.text): \($0.message)" })")
    }

    @Test func wrongTimesAndNumbersStillFound() throws {
        let f = try run([
            // 7 p.m. is 19:00, not 17:00.
            unit("t1", en: "Open from 9 a.m. to 7 p.m.", nl: "Open van 9 tot 17 uur.", fr: "Ouvert de 9 h à 17 h."),
            // The start of the range changed: 10 is not 9.
            unit("t2", en: "Open from 9 a.m. to 7 p.m.", nl: "Open van 10 tot 19 uur.", fr: "Ouvert de 9 h à 19 h."),
            // 12 a.m. is midnight, not noon.
            unit("t3", en: "At 12 a.m.", nl: "Om 12 uur.", fr: "À 0 h."),
            // A scale dropped, a thousand read as a decimal in the wrong locale.
            unit("t4", en: "1.5 million users.", nl: "1,5 gebruikers.", fr: "1.500 utilisateurs."),
            // A bare number is not a time unless it ends a range with one.
            unit("t5", en: "At 7 p.m., 9 pupils came.", nl: "Om 19 uur kwamen 7 leerlingen.", fr: "À 19 h, 9 élèves sont venus."),
        ])
        #expect(f.map { "\($0.unit) \($0.locale) \($0.text)" } == [
            "t1 fr-BE 17 h", "t1 nl-BE 17 uur",
            "t2 nl-BE 10",
            "t3 nl-BE 12 uur",
            "t4 fr-BE 1.500", "t4 nl-BE 1,5",
            "t5 nl-BE 7",
        ])
        #expect(f.allSatisfy { $0.severity == .error })
    }
}
