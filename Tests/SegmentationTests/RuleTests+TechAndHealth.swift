import Testing
import Segmentation
import TaalgrensCore

/// The rules and entries added for blind set 13 (technology and online-safety news, culture listings, sport,
/// health, school news): a company name ending in "!" before its product (rule 8m), a journal title that names
/// its country (rule 8n), "resp." before a group pronoun or an article and a common noun (nl-BE and fr-BE rule
/// 8j), German-language doctoral degrees after "Dr." and routes of administration (new list entries). Each
/// class keeps the input that failed at the set's first run (its id in the comment) and the sentences it must
/// give, beside cases that must not change.
extension RuleTests {
    @Test("rule 8m: a company name ending in \"!\" goes on before its product", arguments: [
        // Found by blind set 13 (blind13-en-005, -nl-005, -fr-005), blind set 12 (-en-106) and blind set 11
        // (-en-005): cut after the "!".
        Case("en", "Users of Yahoo! Mail received a warning on Tuesday. The company says no passwords were stolen.",
             ["Users of Yahoo! Mail received a warning on Tuesday.", "The company says no passwords were stolen."]),
        Case("nl-BE", "Gebruikers van Yahoo! Mail kregen dinsdag een waarschuwing.", ["Gebruikers van Yahoo! Mail kregen dinsdag een waarschuwing."]),
        Case("fr-BE", "Les utilisateurs de Yahoo! Mail ont reçu un avertissement mardi.", ["Les utilisateurs de Yahoo! Mail ont reçu un avertissement mardi."]),
        // The class: another product, the name opening the sentence, French spacing, the other listed name.
        Case("en", "Yahoo! Finance lists the shares at €12.", ["Yahoo! Finance lists the shares at €12."]),
        Case("fr-BE", "Selon Yahoo\u{00A0}! Actualités, le site a été piraté.", ["Selon Yahoo\u{00A0}! Actualités, le site a été piraté."]),
        Case("en", "The site runs on Joomla! Framework 4 and was not updated.", ["The site runs on Joomla! Framework 4 and was not updated."]),
        // Must not change: the name at a sentence end before an opener, titles of shows, other words in "!".
        Case("en", "She had an account at Yahoo! It was closed in 2023.", ["She had an account at Yahoo!", "It was closed in 2023."]),
        Case("nl-BE", "Ze had een account bij Yahoo! Het werd in 2023 afgesloten.", ["Ze had een account bij Yahoo!", "Het werd in 2023 afgesloten."]),
        Case("fr-BE", "Elle avait un compte chez Yahoo! Il a été fermé en 2023.", ["Elle avait un compte chez Yahoo!", "Il a été fermé en 2023."]),
        Case("en", "The scam used the name of the quiz show Jeopardy! Players were told they had won.",
             ["The scam used the name of the quiz show Jeopardy!", "Players were told they had won."]),
        Case("en", "He shouted Help! Nobody came.", ["He shouted Help!", "Nobody came."]),
    ])
    func companyNamesEndingInExclamation(_ c: Case) { RuleTests.check(c) }

    @Test("rule 8n: a journal title keeps its country", arguments: [
        // Found by blind set 13 (blind13-en-117, -nl-117, -fr-116) and left by blind set 12 (-en-077, -nl-086,
        // -fr-087): cut before "USA".
        Case("en", "The study was published in Proc. Natl. Acad. Sci. USA on Monday. It used data from 30 countries.",
             ["The study was published in Proc. Natl. Acad. Sci. USA on Monday.", "It used data from 30 countries."]),
        Case("nl-BE", "De studie verscheen maandag in Proc. Natl. Acad. Sci. USA. Ze gebruikte gegevens uit 30 landen.",
             ["De studie verscheen maandag in Proc. Natl. Acad. Sci. USA.", "Ze gebruikte gegevens uit 30 landen."]),
        Case("fr-BE", "L'étude a été publiée dans Proc. Natl. Acad. Sci. USA, une revue américaine.",
             ["L'étude a été publiée dans Proc. Natl. Acad. Sci. USA, une revue américaine."]),
        // The class: the country written with periods.
        Case("en", "It appeared in Proc. Natl. Acad. Sci. U.S.A. last year.", ["It appeared in Proc. Natl. Acad. Sci. U.S.A. last year."]),
        // Must not change: "USA" after one or two capitalised abbreviations, "UK" after a title.
        Case("en", "The talks were led by Mr. Smith. USA officials declined to comment.",
             ["The talks were led by Mr. Smith.", "USA officials declined to comment."]),
        Case("en", "The results appear in Nat. Commun. UK researchers led the team.",
             ["The results appear in Nat. Commun.", "UK researchers led the team."]),
    ])
    func journalTitleCountries(_ c: Case) { RuleTests.check(c) }

    @Test("rule 8j: resp. before a group pronoun or an article and a common noun", arguments: [
        // Found by blind set 13 (blind13-nl-122) and left by blind set 12 (blind12-fr-125): not cut.
        Case("nl-BE", "De twee verdachten kregen 12 en 15 maanden resp. Beiden gaan in beroep.",
             ["De twee verdachten kregen 12 en 15 maanden resp.", "Beiden gaan in beroep."]),
        Case("fr-BE", "Les deux prévenus ont écopé de 12 et 15 ans resp. Le parquet est satisfait.",
             ["Les deux prévenus ont écopé de 12 et 15 ans resp.", "Le parquet est satisfait."]),
        // The class: "De" and "L'" before a common noun, another group pronoun.
        Case("nl-BE", "Ze kregen 12 en 15 jaar cel resp. De rechter volgde het parket.",
             ["Ze kregen 12 en 15 jaar cel resp.", "De rechter volgde het parket."]),
        Case("fr-BE", "Ils ont écopé de 12 et 15 ans resp. L'avocat fera appel.", ["Ils ont écopé de 12 et 15 ans resp.", "L'avocat fera appel."]),
        Case("nl-BE", "Ze kregen 12 en 15 jaar cel resp. Niemand was verrast.", ["Ze kregen 12 en 15 jaar cel resp.", "Niemand was verrast."]),
        // Must not change: an article before a place name goes on.
        Case("nl-BE", "De winkels liggen in Gent resp. De Panne.", ["De winkels liggen in Gent resp. De Panne."]),
        Case("fr-BE", "Les magasins sont à Mons resp. La Louvière.", ["Les magasins sont à Mons resp. La Louvière."]),
        Case("fr-BE", "Ils habitent à Namur resp. Le Roeulx.", ["Ils habitent à Namur resp. Le Roeulx."]),
    ])
    func respectivelyBeforeAnOpener(_ c: Case) { RuleTests.check(c) }

    @Test("entries: doctoral degrees after Dr. and routes of administration", arguments: [
        // Found by blind set 13 (blind13-en-061, -nl-060, -fr-060): cut after "med." / "méd.".
        Case("en", "Dr. med. Hans Keller of Zürich co-wrote the paper.", ["Dr. med. Hans Keller of Zürich co-wrote the paper."]),
        Case("nl-BE", "Dr. med. Hans Keller uit Zürich schreef mee.", ["Dr. med. Hans Keller uit Zürich schreef mee."]),
        Case("fr-BE", "Le Dr méd. Hans Keller, de Zurich, a cosigné l'article.", ["Le Dr méd. Hans Keller, de Zurich, a cosigné l'article."]),
        // Found by blind set 13 (blind13-nl-057): "i.v. Een" kept as initials.
        Case("nl-BE", "De patiënten kregen eenmaal per dag 5 mg/kg i.v. Een tweede groep nam het middel p.o. in.",
             ["De patiënten kregen eenmaal per dag 5 mg/kg i.v.", "Een tweede groep nam het middel p.o. in."]),
        // The class: other degrees, other routes at a sentence end.
        Case("en", "Prof. Dr. rer. nat. Anna Weber leads the lab.", ["Prof. Dr. rer. nat. Anna Weber leads the lab."]),
        Case("nl-BE", "Het vaccin wordt s.c. toegediend. Het werkt na twee weken.", ["Het vaccin wordt s.c. toegediend.", "Het werkt na twee weken."]),
        Case("en", "The drug was given i.m. Side effects were mild.", ["The drug was given i.m.", "Side effects were mild."]),
        Case("fr-BE", "Le médicament est administré p.o. Les effets sont légers.", ["Le médicament est administré p.o.", "Les effets sont légers."]),
        // Must not change: a route before a lowercase word or a number.
        Case("en", "Patients were given 5 mg/kg i.v. once a day.", ["Patients were given 5 mg/kg i.v. once a day."]),
        Case("nl-BE", "Geef 500 mg p.o. 3 keer per dag.", ["Geef 500 mg p.o. 3 keer per dag."]),
    ])
    func degreesAndRoutes(_ c: Case) { RuleTests.check(c) }
}
