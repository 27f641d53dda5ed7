import Testing
import Segmentation
import TaalgrensCore

/// The rules added for blind set 11 (consumer and online-safety news, press releases, transcripts,
/// obituaries, insurance law, recipes): numbered steps in running text (rule 2e), an elision mark after a
/// sentence end (rule 3f), "resp." closing a list of figures (rule 8h) and the French noun "vol" at a
/// sentence end (fr-BE rule 8i). Each class keeps the input that failed at the set's first run (its id in
/// the comment) and the sentences it must give, beside cases that must not change.
extension RuleTests {
    @Test("rule 2e: numbered steps in running text", arguments: [
        // Found by blind set 11 (blind11-en-080, -nl-080, -fr-082): a step ending in "min." before the next
        // label: not cut before the label and cut after it.
        Case("en", "Method: 1. Melt the butter. 2. Add the flour and stir for 2 min. 3. Add the milk little by little.",
             ["Method: 1. Melt the butter.", "2. Add the flour and stir for 2 min.", "3. Add the milk little by little."]),
        Case("nl-BE", "Bereiding: 1. Smelt de boter. 2. Voeg de bloem toe en roer 2 min. 3. Voeg beetje bij beetje de melk toe.",
             ["Bereiding: 1. Smelt de boter.", "2. Voeg de bloem toe en roer 2 min.", "3. Voeg beetje bij beetje de melk toe."]),
        Case("fr-BE", "Préparation\u{00A0}: 1. Faites fondre le beurre. 2. Ajoutez la farine et remuez 2 min. 3. Ajoutez le lait.",
             ["Préparation\u{00A0}: 1. Faites fondre le beurre.", "2. Ajoutez la farine et remuez 2 min.", "3. Ajoutez le lait."]),
        // Found by blind set 11 (blind11-en-086, -nl-086): a step ending in a word of three letters: cut
        // after the next label.
        Case("en", "1. Open the app. 2. Tap your profile picture. 3. Choose \"Security\". That's it.",
             ["1. Open the app.", "2. Tap your profile picture.", "3. Choose \"Security\".", "That's it."]),
        Case("nl-BE", "1. Open de app. 2. Tik op je profielfoto. 3. Kies \"Beveiliging\". Klaar.",
             ["1. Open de app.", "2. Tik op je profielfoto.", "3. Kies \"Beveiliging\".", "Klaar."]),
        // The class: other abbreviations and short words ending a step, later labels, a step after a colon.
        Case("en", "1. Weigh approx. 200 g. 2. Add the eggs. 3. Bake for 1 hr. 4. Serve.",
             ["1. Weigh approx. 200 g.", "2. Add the eggs.", "3. Bake for 1 hr.", "4. Serve."]),
        Case("nl-BE", "1. Roer 2 min. 2. Voeg de melk toe. 3. Bak 10 min. 4. Dien op.",
             ["1. Roer 2 min.", "2. Voeg de melk toe.", "3. Bak 10 min.", "4. Dien op."]),
        Case("fr-BE", "9. Laissez reposer 5 min. 10. Servez chaud.", ["9. Laissez reposer 5 min.", "10. Servez chaud."]),
        // Must not change: a number after a reference abbreviation is its value, not the next label; a
        // number that does not follow the label before; "min." before a number that is no label.
        Case("en", "1. Open the app. 2. See p. 3. The table shows it.",
             ["1. Open the app.", "2. See p. 3.", "The table shows it."]),
        Case("nl-BE", "1. Open de app. 2. Zie blz. 3. De tabel staat daar.",
             ["1. Open de app.", "2. Zie blz. 3.", "De tabel staat daar."]),
        Case("en", "1. Stir for 2 min. 5 people help.", ["1. Stir for 2 min. 5 people help."]),
        Case("en", "See p. 3. The table is there.", ["See p. 3.", "The table is there."]),
        Case("fr-BE", "Voir l'art. 2. Il règle la question.", ["Voir l'art. 2.", "Il règle la question."]),
    ])
    func numberedSteps(_ c: Case) { RuleTests.check(c) }

    @Test("rule 3f: an elision mark never ends a sentence", arguments: [
        // Found by blind set 11 (blind11-en-047, -nl-047, -fr-047): cut after "[…]" as well as before it.
        Case("en", "\"The bank knew. […] Nobody warned us,\" said one victim.",
             ["\"The bank knew.", "[…] Nobody warned us,\" said one victim."]),
        Case("nl-BE", "\"De bank wist het. […] Niemand heeft ons gewaarschuwd\", zei een van de slachtoffers.",
             ["\"De bank wist het.", "[…] Niemand heeft ons gewaarschuwd\", zei een van de slachtoffers."]),
        Case("fr-BE", "«\u{00A0}La banque savait. […] Personne ne nous a prévenus\u{00A0}», a dit une victime.",
             ["«\u{00A0}La banque savait.", "[…] Personne ne nous a prévenus\u{00A0}», a dit une victime."]),
        // The class: the other elision marks, before a capitalised word inside a sentence.
        Case("en", "\"We will not accept (...) Nobody can ask that,\" he said.", ["\"We will not accept (...) Nobody can ask that,\" he said."]),
        Case("fr-BE", "«\u{00A0}Nous n'accepterons pas (…) Personne ne peut le demander\u{00A0}», dit-il.",
             ["«\u{00A0}Nous n'accepterons pas (…) Personne ne peut le demander\u{00A0}», dit-il."]),
        Case("nl-BE", "\"Het is voorbij. [...] Wij gaan door\", zei hij.", ["\"Het is voorbij.", "[...] Wij gaan door\", zei hij."]),
        // Must not change: an ellipsis without brackets before a capitalised word ends a sentence (rule 4).
        Case("en", "Once upon a time… A story began.", ["Once upon a time…", "A story began."]),
    ])
    func elisionMarks(_ c: Case) { RuleTests.check(c) }

    @Test("rule 8h: \"resp.\" after a figure closes a list of values and may end a sentence", arguments: [
        // Found by blind set 11 (blind11-en-065, -nl-065, -fr-066): not cut ("resp." is a `never` entry).
        Case("en", "Premiums rose by 4% and 6% resp. The insurer blamed the storms of 2024.",
             ["Premiums rose by 4% and 6% resp.", "The insurer blamed the storms of 2024."]),
        Case("nl-BE", "De premies stegen met 4 en 6 % resp. De verzekeraar wijst op de stormen van 2024.",
             ["De premies stegen met 4 en 6 % resp.", "De verzekeraar wijst op de stormen van 2024."]),
        Case("fr-BE", "Les primes ont augmenté de 4 et 6 % resp. L'assureur invoque les tempêtes de 2024.",
             ["Les primes ont augmenté de 4 et 6 % resp.", "L'assureur invoque les tempêtes de 2024."]),
        // The class: after a currency sign, a number and a closing bracket.
        Case("en", "Fees are €5 and €8 resp. Students pay half.", ["Fees are €5 and €8 resp.", "Students pay half."]),
        Case("nl-BE", "Ze kregen 12 en 15 jaar (Gent en Brugge) resp. Het parket gaat in beroep.",
             ["Ze kregen 12 en 15 jaar (Gent en Brugge) resp.", "Het parket gaat in beroep."]),
        // Must not change: "resp." between two items or before a lowercase word.
        Case("en", "The offices in Ghent resp. Bruges closed.", ["The offices in Ghent resp. Bruges closed."]),
        Case("nl-BE", "De kantoren in Gent resp. Brugge sloten.", ["De kantoren in Gent resp. Brugge sloten."]),
        Case("fr-BE", "Les villes de Gand resp. Bruges sont concernées.", ["Les villes de Gand resp. Bruges sont concernées."]),
        Case("nl-BE", "De premies stegen met 4 en 6 % resp. in Gent en Brugge.", ["De premies stegen met 4 en 6 % resp. in Gent en Brugge."]),
    ])
    func respectively(_ c: Case) { RuleTests.check(c) }

    @Test("fr-BE rule 8i: the noun \"vol\" at a sentence end", arguments: [
        // Found by blind set 11 (blind11-fr-077, -fr-078): not cut ("vol." is listed as volume).
        Case("fr-BE", "Le voleur a été arrêté pour vol. Il risque cinq ans de prison.",
             ["Le voleur a été arrêté pour vol.", "Il risque cinq ans de prison."]),
        Case("fr-BE", "Le passager a raté son vol. Il réclame 600 € à la compagnie.",
             ["Le passager a raté son vol.", "Il réclame 600 € à la compagnie."]),
        Case("fr-BE", "Deux mineurs sont soupçonnés de vol. «\u{00A0}Ils ont avoué\u{00A0}», dit le parquet.",
             ["Deux mineurs sont soupçonnés de vol.", "«\u{00A0}Ils ont avoué\u{00A0}», dit le parquet."]),
        // Must not change: the volume before a number or a Roman numeral.
        Case("fr-BE", "Le vol. 3 paraît demain.", ["Le vol. 3 paraît demain."]),
        Case("fr-BE", "Voir le vol. II de ses Mémoires. Il y raconte tout.", ["Voir le vol. II de ses Mémoires.", "Il y raconte tout."]),
    ])
    func frenchNounVol(_ c: Case) { RuleTests.check(c) }
}
