import Testing
import Segmentation
import TaalgrensCore

/// The rules and list entries added for blind set 8 (finance, court, science, culture reviews, weather,
/// opinion, social media quoted in articles, Markdown-like marks, numerals, dates, bullet lists): music
/// and film credits, one-letter Roman numerals, compass points, a heart or an emoji before closing quotes
/// as the only terminator, dash-bulleted items, bulleted sentences after a colon, bold run-in headings,
/// the Dutch company form "bv." and French dotted acronyms after an article. Each class keeps the input
/// that failed at the set's first run (its id in the comment) and the sentences it must give, beside
/// cases that must not change.
extension RuleTests {
    @Test("rule 8d (en) and the lists: credits before a name never end a sentence", arguments: [
        // Found by blind set 8 (blind8-en-066, -nl-073, -fr-072): cut after "ft.".
        Case("en", "The single, released as \"Night Bus\" ft. Zwangere Guy, topped the charts.",
             ["The single, released as \"Night Bus\" ft. Zwangere Guy, topped the charts."]),
        Case("nl-BE", "De single \"Nachtbus\" ft. Zwangere Guy stond zes weken op één.",
             ["De single \"Nachtbus\" ft. Zwangere Guy stond zes weken op één."]),
        Case("fr-BE", "Le single « Bus de nuit » ft. Zwangere Guy est resté six semaines en tête.",
             ["Le single « Bus de nuit » ft. Zwangere Guy est resté six semaines en tête."]),
        // After an artist's name and after a comma that follows a title.
        Case("en", "Her album opens with Stromae feat. Angèle. It closes with a ballad.",
             ["Her album opens with Stromae feat. Angèle.", "It closes with a ballad."]),
        Case("en", "The duet (\"Pas de regrets\", feat. Angèle) is the best track.",
             ["The duet (\"Pas de regrets\", feat. Angèle) is the best track."]),
        // Found by blind set 8 (blind8-en-069): cut after "Dir."; (blind8-fr-047): cut after "div.".
        Case("en", "Dir. Lukas Dhont. With Eden Dambrine. 105 min.", ["Dir. Lukas Dhont.", "With Eden Dambrine.", "105 min."]),
        Case("fr-BE", "L'affaire a été renvoyée devant le tribunal du Hainaut, div. Charleroi.",
             ["L'affaire a été renvoyée devant le tribunal du Hainaut, div. Charleroi."]),
        Case("fr-BE", "Réal. Lukas Dhont. Avec Eden Dambrine.", ["Réal. Lukas Dhont.", "Avec Eden Dambrine."]),
        // Must not change: "ft." the unit after a number ends its sentence; "feat" the English noun too.
        Case("en", "The tower is 1,083 ft. It was the tallest in the world.", ["The tower is 1,083 ft.", "It was the tallest in the world."]),
        Case("en", "Finishing was quite a feat. The team trained for months.",
             ["Finishing was quite a feat.", "The team trained for months."]),
    ])
    func credits(_ c: Case) { RuleTests.check(c) }

    @Test("one-letter Roman numerals after a name (en list, nl-BE rule 8e)", arguments: [
        // Found by blind set 8 (blind8-en-076, -en-168, -nl-129, -nl-176): read as an initial, not cut.
        Case("en", "The choir sang the oratorio, Part I. It was the first time in forty years.",
             ["The choir sang the oratorio, Part I.", "It was the first time in forty years."]),
        Case("en", "The treaty was signed by King Albert I. The original is in the archives.",
             ["The treaty was signed by King Albert I.", "The original is in the archives."]),
        Case("en", "The rule dates from World War I. Nobody repealed it.", ["The rule dates from World War I.", "Nobody repealed it."]),
        Case("nl-BE", "Op de markt staat een standbeeld van Albert I. Het werd in 1925 ingehuldigd.",
             ["Op de markt staat een standbeeld van Albert I.", "Het werd in 1925 ingehuldigd."]),
        Case("nl-BE", "Het verdrag werd ondertekend door keizer Karel V. Zijn zoon volgde hem op.",
             ["Het verdrag werd ondertekend door keizer Karel V.", "Zijn zoon volgde hem op."]),
        // Must not change: a middle initial before a surname, and longer numerals.
        Case("en", "The report was written by John V. Smith and his team.", ["The report was written by John V. Smith and his team."]),
        Case("nl-BE", "Het rapport is van Jan V. De Smet en zijn ploeg.", ["Het rapport is van Jan V. De Smet en zijn ploeg."]),
        Case("en", "The palace was built under Leopold II. It was finished in 1903.",
             ["The palace was built under Leopold II.", "It was finished in 1903."]),
    ])
    func romanNumerals(_ c: Case) { RuleTests.check(c) }

    @Test("compass points with a hyphen may end a sentence", arguments: [
        // Found by blind set 8 (blind8-en-086, -nl-088): not cut after "N.-W.".
        Case("en", "The wind blows from the N.-W. It weakens in the evening.", ["The wind blows from the N.-W.", "It weakens in the evening."]),
        Case("nl-BE", "De wind waait matig uit het N.-W. Aan zee zijn er rukwinden.",
             ["De wind waait matig uit het N.-W.", "Aan zee zijn er rukwinden."]),
        Case("fr-BE", "Le vent souffle du S.-O. Il faiblit en soirée.", ["Le vent souffle du S.-O.", "Il faiblit en soirée."]),
        // Must not change: before a lowercase word or a number.
        Case("nl-BE", "Zondag draait de wind naar het Z.-O. en wordt het kouder.", ["Zondag draait de wind naar het Z.-O. en wordt het kouder."]),
        Case("en", "Winds from the S.-E. at 30 km/h are expected.", ["Winds from the S.-E. at 30 km/h are expected."]),
    ])
    func compassPoints(_ c: Case) { RuleTests.check(c) }

    @Test("rule 6b: a heart or an emoji before closing quotes as the only terminator", arguments: [
        // Found by blind set 8 (blind8-en-101, -nl-111, -fr-109): not cut after the heart.
        Case("en", "The club's post ended with a heart 💙 Fans loved it.", ["The club's post ended with a heart 💙", "Fans loved it."]),
        Case("nl-BE", "De post eindigde met een hartje ❤️ De fans vonden het prachtig.",
             ["De post eindigde met een hartje ❤️", "De fans vonden het prachtig."]),
        Case("fr-BE", "Le message se terminait par deux cœurs 💙💙 Les supporters ont adoré.",
             ["Le message se terminait par deux cœurs 💙💙", "Les supporters ont adoré."]),
        // Found by blind set 8 (blind8-en-104, -nl-114, -fr-112): not cut after the closing quote.
        Case("en", "She thanked her fans. \"You are the best 😍\" Within an hour, it had 200,000 likes.",
             ["She thanked her fans.", "\"You are the best 😍\"", "Within an hour, it had 200,000 likes."]),
        Case("fr-BE", "Elle a remercié ses fans. « Vous êtes les meilleurs 😍 » En une heure, tout était dit.",
             ["Elle a remercié ses fans.", "« Vous êtes les meilleurs 😍 »", "En une heure, tout était dit."]),
        // Must not change: a heart for the verb after a pronoun, and an attribution after the quote.
        Case("en", "I ❤️ Brussels is printed on every mug.", ["I ❤️ Brussels is printed on every mug."]),
        Case("nl-BE", "Ik ❤️ Gent staat op elke tas.", ["Ik ❤️ Gent staat op elke tas."]),
        Case("en", "\"Best goal of the season 🔥\" wrote one fan.", ["\"Best goal of the season 🔥\" wrote one fan."]),
    ])
    func heartsAndQuotedEmoji(_ c: Case) { RuleTests.check(c) }

    @Test("rules 15b and 15c: dash-bulleted items, bulleted sentences after a colon", arguments: [
        // Found by blind set 8 (blind8-en-129, -nl-142, -fr-141): dash items not cut from each other.
        Case("en", "Bring these documents. – Your identity card – Your bank card – The tax letter",
             ["Bring these documents.", "– Your identity card", "– Your bank card", "– The tax letter"]),
        Case("nl-BE", "Breng mee. – Uw identiteitskaart – Uw bankkaart", ["Breng mee.", "– Uw identiteitskaart", "– Uw bankkaart"]),
        // Found by blind set 8 (blind8-en-131, -nl-144, -fr-143): the lead-in not cut from the first item.
        Case("en", "In short: • Prices rise. • Wages follow.", ["In short:", "• Prices rise.", "• Wages follow."]),
        Case("fr-BE", "En bref : • Les prix montent. • Les salaires suivent.", ["En bref :", "• Les prix montent.", "• Les salaires suivent."]),
        // Must not change: dashes around a clause, a dialogue turn with a comma, a list inside its sentence.
        Case("en", "Our roads are bad – everyone agrees – but repairs were cut. – And that is the problem.",
             ["Our roads are bad – everyone agrees – but repairs were cut.", "– And that is the problem."]),
        Case("nl-BE", "– Kom je morgen? – Nee, ik – Piet – kom niet.", ["– Kom je morgen?", "– Nee, ik – Piet – kom niet."]),
        Case("en", "The plan has three parts: • more police • cameras in the stations • a night bus.",
             ["The plan has three parts: • more police • cameras in the stations • a night bus."]),
        Case("en", "The winners are: – first prize: Aline – second prize: Tom.", ["The winners are: – first prize: Aline – second prize: Tom."]),
    ])
    func dashAndColonLists(_ c: Case) { RuleTests.check(c) }

    @Test("rule 16: a bold run-in heading at the start of a block", arguments: [
        // Found by blind set 8 (blind8-fr-118): not cut after the heading.
        Case("fr-BE", "**Mise à jour 16 h 30** La route est rouverte.", ["**Mise à jour 16 h 30**", "La route est rouverte."]),
        Case("en", "**Breaking** The minister has resigned.", ["**Breaking**", "The minister has resigned."]),
        // Must not change: a label with a colon, a bold word before a lowercase word, bold mid-sentence.
        Case("en", "**Note:** The office is closed on Monday.", ["**Note:** The office is closed on Monday."]),
        Case("nl-BE", "**Jan Peeters** stelde het plan voor.", ["**Jan Peeters** stelde het plan voor."]),
        Case("en", "This is the **biggest** Belgian firm.", ["This is the **biggest** Belgian firm."]),
    ])
    func boldHeadings(_ c: Case) { RuleTests.check(c) }

    @Test("nl-BE rule 8d and fr-BE rule 8d: a company form and an institution's acronym at a sentence end", arguments: [
        // Found by blind set 8 (blind8-nl-184): not cut after "een bv.".
        Case("nl-BE", "De bvba werd in 2021 omgevormd tot een bv. De zaakvoerder bleef dezelfde.",
             ["De bvba werd in 2021 omgevormd tot een bv.", "De zaakvoerder bleef dezelfde."]),
        // Found by blind set 8 (blind8-fr-038): not cut after "le C.E.".
        Case("fr-BE", "Le requérant a saisi le C.E. Celui-ci rendra son arrêt en janvier.",
             ["Le requérant a saisi le C.E.", "Celui-ci rendra son arrêt en janvier."]),
        Case("fr-BE", "La plainte a été transmise au C.P.A.S. Il doit répondre dans le mois.",
             ["La plainte a été transmise au C.P.A.S.", "Il doit répondre dans le mois."]),
        // Must not change: "bv." (bijvoorbeeld) before its example, an acronym before a name.
        Case("nl-BE", "Kies een stad, bv. De Panne of Gent.", ["Kies een stad, bv. De Panne of Gent."]),
        Case("fr-BE", "Il a été soigné au C.H.U. Saint-Pierre hier.", ["Il a été soigné au C.H.U. Saint-Pierre hier."]),
    ])
    func companyFormsAndInstitutions(_ c: Case) { RuleTests.check(c) }
}
