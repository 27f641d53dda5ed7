import Testing
import Segmentation
import TaalgrensCore

/// The rules added for blind set 7 (advice and Q&A copy, technology news, health, traffic, international
/// politics): the generic North American time zones after a clock time, Flemish "bv." at the end of a
/// sentence, Dutch initialisms ending in "v." (van) and consonant-only abbreviations before a number, and
/// the list entries found with them ("t.h.v.", "ext."). Each class keeps the input that failed at the
/// set's first run (its id in the comment) and the sentences it must give, beside cases that must not
/// change.
extension RuleTests {
    @Test("rule 3c: a generic time zone after a clock time belongs to the time", arguments: [
        // Found by blind set 7 (blind7-en-66): cut before "ET".
        Case("en", "Call ext. 204 for the helpdesk. The line is open until 6 p.m. ET.",
             ["Call ext. 204 for the helpdesk.", "The line is open until 6 p.m. ET."]),
        // The other generic zones, mid-sentence and before a new sentence.
        Case("en", "The keynote starts at 10 a.m. PT, and the stream an hour earlier. It lasts two hours.",
             ["The keynote starts at 10 a.m. PT, and the stream an hour earlier.", "It lasts two hours."]),
        Case("en", "Polls close at 8 p.m. CT. Results follow at midnight.",
             ["Polls close at 8 p.m. CT.", "Results follow at midnight."]),
        // A name that only begins with the letters of a zone opens a new sentence.
        Case("en", "We met at 6 p.m. Ethan arrived late.", ["We met at 6 p.m.", "Ethan arrived late."]),
        Case("en", "The shop opens at 9 a.m. Mateo runs it.", ["The shop opens at 9 a.m.", "Mateo runs it."]),
    ])
    func genericTimeZones(_ c: Case) { RuleTests.check(c) }

    @Test("rule 8b: Flemish \"bv.\" at the end of a sentence", arguments: [
        // Found by blind set 7 (blind7-nl-65): not cut after "bv.".
        Case("nl-BE", "Gebruik een sterk wachtwoord, d.m.v. een wachtwoordzin bv. Dat is makkelijker te onthouden.",
             ["Gebruik een sterk wachtwoord, d.m.v. een wachtwoordzin bv.", "Dat is makkelijker te onthouden."]),
        Case("nl-BE", "Je kunt lenen in de bib bijv. Ook thuis lukt het.", ["Je kunt lenen in de bib bijv.", "Ook thuis lukt het."]),
        // Before its example, a name, it stays: also a name that begins with an article.
        Case("nl-BE", "Kies een stad, bv. Gent of Brugge.", ["Kies een stad, bv. Gent of Brugge."]),
        Case("nl-BE", "Lees een krant, bv. De Standaard of Het Nieuwsblad, elke dag.",
             ["Lees een krant, bv. De Standaard of Het Nieuwsblad, elke dag."]),
        Case("nl-BE", "Een gemeente aan zee, bvb. Oostende, doet mee.", ["Een gemeente aan zee, bvb. Oostende, doet mee."]),
    ])
    func flemishForExampleAtTheEnd(_ c: Case) { RuleTests.check(c) }

    @Test("rule 8c: a Dutch initialism ending in \"v.\" (van) never ends a sentence", arguments: [
        // Found by blind set 7 (blind7-nl-18): cut after "t.h.v." (now also listed).
        Case("nl-BE", "Op de E40 richting Gent staat een file van 8 km t.h.v. Aalter. Een vrachtwagen verloor er zijn lading.",
             ["Op de E40 richting Gent staat een file van 8 km t.h.v. Aalter.", "Een vrachtwagen verloor er zijn lading."]),
        // An initialism of the kind that is not listed.
        Case("nl-BE", "De studie gebeurde i.o.v. Vlaanderen en kostte 2 miljoen euro. Ze is openbaar.",
             ["De studie gebeurde i.o.v. Vlaanderen en kostte 2 miljoen euro.", "Ze is openbaar."]),
        Case("nl-BE", "Het concert o.l.v. Jan Peeters begint om 20 uur.", ["Het concert o.l.v. Jan Peeters begint om 20 uur."]),
        // A listed initialism of the class `may` that ends in "v." still ends its sentence.
        Case("nl-BE", "De voorwaarden staan in art. 5 e.v. Die zijn streng.", ["De voorwaarden staan in art. 5 e.v.", "Die zijn streng."]),
    ])
    func dutchPrepositionalInitialisms(_ c: Case) { RuleTests.check(c) }

    @Test("rule 10b and the lists: an abbreviation before a number", arguments: [
        // Found by blind set 7 (blind7-fr-71): cut after "ext." (now listed in all three).
        Case("fr-BE", "Contactez le service au 02 501 00 00, ext. 204. La ligne est ouverte jusqu'à 18 h.",
             ["Contactez le service au 02 501 00 00, ext. 204.", "La ligne est ouverte jusqu'à 18 h."]),
        Case("nl-BE", "Bel 02 501 00 00, tst. 204. We helpen u graag.", ["Bel 02 501 00 00, tst. 204.", "We helpen u graag."]),
        // Unlisted abbreviations with no vowel before a number.
        Case("en", "The lab is in bldg. 4. Visitors sign in at the desk.", ["The lab is in bldg. 4.", "Visitors sign in at the desk."]),
        Case("nl-BE", "Alles staat in hfdst. 3. De bijlagen volgen later.", ["Alles staat in hfdst. 3.", "De bijlagen volgen later."]),
        // A unit after a number may end its sentence; a word with a vowel is left to the other rules.
        Case("nl-BE", "Ik liep 8 km. 3 Belgen liepen mee.", ["Ik liep 8 km.", "3 Belgen liepen mee."]),
        Case("en", "I want to go. 3 Belgians came along.", ["I want to go.", "3 Belgians came along."]),
    ])
    func abbreviationBeforeANumber(_ c: Case) { RuleTests.check(c) }
}
