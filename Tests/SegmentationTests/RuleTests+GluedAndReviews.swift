import Testing
import Segmentation
import TaalgrensCore

/// The rules and entries added for blind set 17 (science and health, culture reviews, school, transport, elections,
/// royal and religious news, prices, text glued by tools): two sentences glued before an opening quotation mark
/// (rules 1d and 1e), after a closing bracket or quotation (rule 1c's wider token) or after a spaced closing
/// guillemet (rule 6f); the editor's or translator's abbreviation after a comma (rule 8r) or inside a bracket that
/// opens after a quoted title (rule 3e); and the titles the lists lacked (en "Prof. em.", fr-BE "prof.", "v.").
/// Each class keeps the input that failed at the set's first run (its id in the comment) and the sentences it
/// must give, beside cases that must not change.
extension RuleTests {
    @Test("rules 1d and 1e: a sentence glued to the next one before an opening quotation mark is cut before the mark", arguments: [
        // Found by blind set 17 (blind17-en-133, -nl-138, -fr-138): cut after the mark.
        Case("en", "The strike is over.\"We are satisfied,\" the union said.", ["The strike is over.", "\"We are satisfied,\" the union said."]),
        Case("nl-BE", "De staking is voorbij.'We zijn tevreden', zei de vakbond.", ["De staking is voorbij.", "'We zijn tevreden', zei de vakbond."]),
        Case("fr-BE", "La grève est terminée.«\u{00A0}Nous sommes satisfaits\u{00A0}», a dit le syndicat.",
             ["La grève est terminée.", "«\u{00A0}Nous sommes satisfaits\u{00A0}», a dit le syndicat."]),
        // The class: typographic marks that only open, a guillemet without a space, an apostrophe inside a word before.
        Case("en", "The talks ended.“We won,” they said.", ["The talks ended.", "“We won,” they said."]),
        Case("fr-BE", "La grève est terminée.«Nous sommes satisfaits», a dit le syndicat.",
             ["La grève est terminée.", "«Nous sommes satisfaits», a dit le syndicat."]),
        Case("nl-BE", "Het was zo'n lange dag.'Nooit meer', zei ze.", ["Het was zo'n lange dag.", "'Nooit meer', zei ze."]),
        // Must not change: a straight quote that closes an open quotation, also with a word's apostrophe inside it.
        Case("en", "He said \"Stop.\"Then he left.", ["He said \"Stop.\"", "Then he left."]),
        Case("nl-BE", "Ze zei 'Het is zo'n dag.'Daarna ging ze weg.", ["Ze zei 'Het is zo'n dag.'", "Daarna ging ze weg."]),
        Case("en", "She said 'Don't sign.' Then she left.", ["She said 'Don't sign.'", "Then she left."]),
        Case("en", "\"She told me: 'Don't sign anything.' I signed anyway,\" he admits.",
             ["\"She told me: 'Don't sign anything.'", "I signed anyway,\" he admits."]),
    ])
    func gluedBeforeAnOpeningQuote(_ c: Case) { RuleTests.check(c) }

    @Test("rules 1c and 6f: a sentence glued to the next one after a closing bracket, quotation or spaced guillemet is cut", arguments: [
        // Found by blind set 17 (blind17-en-126, -nl-131, -fr-131): kept whole.
        Case("en", "The tax rises by 2% (from 1 July).The opposition voted against.", ["The tax rises by 2% (from 1 July).", "The opposition voted against."]),
        Case("nl-BE", "De taks stijgt met 2 pct. (vanaf 1 juli).De oppositie stemde tegen.", ["De taks stijgt met 2 pct. (vanaf 1 juli).", "De oppositie stemde tegen."]),
        Case("fr-BE", "La taxe augmente de 2 % (à partir du 1er juillet).L'opposition a voté contre.",
             ["La taxe augmente de 2 % (à partir du 1er juillet).", "L'opposition a voté contre."]),
        // The class: a bracket of one word, a quoted title, a spaced guillemet.
        Case("en", "It opens in Ghent (Belgium).The city is ready.", ["It opens in Ghent (Belgium).", "The city is ready."]),
        Case("en", "He called it \"unworthy\".The minister left.", ["He called it \"unworthy\".", "The minister left."]),
        Case("nl-BE", "De campagne heet 'Veilig thuis'.De stad betaalt ze.", ["De campagne heet 'Veilig thuis'.", "De stad betaalt ze."]),
        Case("fr-BE", "Il a dit «\u{00A0}Stop.\u{00A0}»Puis il est parti.", ["Il a dit «\u{00A0}Stop.\u{00A0}»", "Puis il est parti."]),
        // Must not change: a bracket glued to the word before (a file name), a bracket that opens the sentence.
        Case("en", "See the file report(1).Final copy is attached.", ["See the file report(1).Final copy is attached."]),
        Case("en", "He said \"Go.\" (Ed. note: he left.) Then he came back.", ["He said \"Go.\"", "(Ed. note: he left.)", "Then he came back."]),
    ])
    func gluedAfterClosingMarks(_ c: Case) { RuleTests.check(c) }

    @Test("rules 8r and 3e: the editor's or translator's abbreviation before a name goes on the sentence", arguments: [
        // Found by blind set 17 (blind17-en-024, -nl-025, -fr-025): cut after the abbreviation.
        Case("en", "Her essay appears in \"Writing Brussels\", ed. Pieter Claes (Brussels: ASP, 2025), pp. 33–58. It is the best piece in the book.",
             ["Her essay appears in \"Writing Brussels\", ed. Pieter Claes (Brussels: ASP, 2025), pp. 33–58.", "It is the best piece in the book."]),
        Case("nl-BE", "Haar essay staat in 'Brussel schrijven' (red. Pieter Claes, ASP, 2025), blz. 33-58. Het is het beste stuk van de bundel.",
             ["Haar essay staat in 'Brussel schrijven' (red. Pieter Claes, ASP, 2025), blz. 33-58.", "Het is het beste stuk van de bundel."]),
        Case("fr-BE", "Son essai figure dans «\u{00A0}Écrire Bruxelles\u{00A0}» (éd. Pieter Claes, ASP, 2025), p. 33-58. C'est le meilleur texte du recueil.",
             ["Son essai figure dans «\u{00A0}Écrire Bruxelles\u{00A0}» (éd. Pieter Claes, ASP, 2025), p. 33-58.", "C'est le meilleur texte du recueil."]),
        // The class: the translator, the comma form in Dutch and French, initials after the abbreviation.
        Case("en", "The Flemish version, trans. David Colmer, is out. It sold well.", ["The Flemish version, trans. David Colmer, is out.", "It sold well."]),
        Case("nl-BE", "Haar essay staat in 'Brussel schrijven', red. Pieter Claes, blz. 33-58.", ["Haar essay staat in 'Brussel schrijven', red. Pieter Claes, blz. 33-58."]),
        Case("fr-BE", "Le recueil, éd. M. Peeters, paraît en mai.", ["Le recueil, éd. M. Peeters, paraît en mai."]),
        // Must not change: the edition after an ordinal, a sentence opener after the comma form.
        Case("en", "The book is in its 3rd ed. The first sold out.", ["The book is in its 3rd ed.", "The first sold out."]),
        Case("en", "It was published in 2019, ed. The Guardian called it brilliant.", ["It was published in 2019, ed.", "The Guardian called it brilliant."]),
        Case("nl-BE", "Het boek is aan zijn 2de ed. De eerste was uitverkocht.", ["Het boek is aan zijn 2de ed.", "De eerste was uitverkocht."]),
    ])
    func editorBeforeAName(_ c: Case) { RuleTests.check(c) }

    @Test("blind set 17's list entries: en \"Prof. em.\", fr-BE \"prof.\", \"v.\" and \"p.-v.\"", arguments: [
        // Found by blind set 17 (blind17-en-058, -fr-059, -fr-039).
        Case("en", "Prof. em. Jan Vercauteren, who chaired the committee, regrets the decision. \"It is a step back,\" he says.",
             ["Prof. em. Jan Vercauteren, who chaired the committee, regrets the decision.", "\"It is a step back,\" he says."]),
        Case("fr-BE", "Le prof. Jan Vercauteren, qui présidait la commission, regrette la décision.",
             ["Le prof. Jan Vercauteren, qui présidait la commission, regrette la décision."]),
        Case("fr-BE", "Le tableau date de v. 1565. Il a été restauré à Anvers.", ["Le tableau date de v. 1565.", "Il a été restauré à Anvers."]),
        // Must not change: "'em" alone, "p.-v." at a sentence end (whose tail "v." is not the new entry), "V." as an initial.
        Case("en", "Go get 'em. The fans cheered.", ["Go get 'em.", "The fans cheered."]),
        Case("fr-BE", "Les policiers ont dressé un p.-v. L'homme devra s'expliquer.", ["Les policiers ont dressé un p.-v.", "L'homme devra s'expliquer."]),
        Case("fr-BE", "Le livre de V. Dupont est sorti. Il compte 200 pages.", ["Le livre de V. Dupont est sorti.", "Il compte 200 pages."]),
    ])
    func blindSeventeenEntries(_ c: Case) { RuleTests.check(c) }
}
