import Testing
import Segmentation
import TaalgrensCore

/// The rules added for blind set 5 (online-safety and digital-literacy copy): footnote markers, emoji,
/// unpunctuated list items, short words before a number, French spacing inside quoted slogans and web
/// addresses whose last part looks like an abbreviation. Each class keeps the input that failed at the
/// set's first run (its id in the comment) and the sentences it must give, beside cases that must not change.
extension RuleTests {
    @Test("rules 1b and 6c: a footnote marker after the terminator stays with its sentence", arguments: [
        // Found by blind set 5 (blind5-en-18, -nl-19, -fr-19): not cut after a superscript marker.
        Case("en", "Two in three parents never check the settings.¹ Most say they do not know where to find them.² Schools can help.",
             ["Two in three parents never check the settings.¹", "Most say they do not know where to find them.²", "Schools can help."]),
        Case("nl-BE", "De meesten weten niet waar ze die vinden.² Scholen kunnen helpen.",
             ["De meesten weten niet waar ze die vinden.²", "Scholen kunnen helpen."]),
        // Found by blind set 5 (blind5-en-19, -nl-20, -fr-20): cut after the opening bracket of "[3]".
        Case("en", "In 2022 the figure was 41%.[3] The study was repeated.", ["In 2022 the figure was 41%.[3]", "The study was repeated."]),
        Case("fr-BE", "En 2022, ce chiffre était de 41\u{00A0}%.[3] L’étude a été refaite.",
             ["En 2022, ce chiffre était de 41\u{00A0}%.[3]", "L’étude a été refaite."]),
        // Found while fixing: an asterisk was cut off as a sentence of its own.
        Case("en", "Prices rose 5%.* Analysts expected it.", ["Prices rose 5%.*", "Analysts expected it."]),
        Case("nl-BE", "Het aantal steeg.†‡ Dat bleek uit de cijfers.", ["Het aantal steeg.†‡", "Dat bleek uit de cijfers."]),
        // A marker inside a sentence, or before a lowercase word, does not end anything.
        Case("en", "Open the app (see [2] for details). Then tap Settings.", ["Open the app (see [2] for details).", "Then tap Settings."]),
        Case("en", "The rate rose.¹ and then fell.", ["The rate rose.¹ and then fell."]),
    ])
    func footnoteMarkers(_ c: Case) { RuleTests.check(c) }

    @Test("rules 5b and 6b: an emoji closes the sentence before it", arguments: [
        // Found by blind set 5 (blind5-en-35, -nl-41, -fr-40): cut before the emoji instead of after it.
        Case("en", "Have fun online this summer! 😎 And remember: what you post stays online.",
             ["Have fun online this summer! 😎", "And remember: what you post stays online."]),
        Case("fr-BE", "Amusez-vous bien en ligne cet été\u{202F}! 😎 Et n’oubliez pas.",
             ["Amusez-vous bien en ligne cet été\u{202F}! 😎", "Et n’oubliez pas."]),
        // Found by blind set 5 (blind5-en-36, -nl-42, -fr-41): an emoji as the only terminator was not cut.
        Case("nl-BE", "Goed bezig, je hebt tweestapsverificatie ingesteld 👍 Doe nu hetzelfde voor je e-mailaccount.",
             ["Goed bezig, je hebt tweestapsverificatie ingesteld 👍", "Doe nu hetzelfde voor je e-mailaccount."]),
        // A skin tone, a variation selector and a run of emoji go with the sentence too.
        Case("en", "Thanks everyone 🙏🏽 See you next year.", ["Thanks everyone 🙏🏽", "See you next year."]),
        Case("en", "We did it!!! 🎉🎉 Next up: the finals.", ["We did it!!! 🎉🎉", "Next up: the finals."]),
        Case("en", "The score was 3-1 😀. Next week they play again.", ["The score was 3-1 😀.", "Next week they play again."]),
        // An emoji that points to what follows opens the next sentence.
        Case("en", "Need help? 📞 Call 116 000.", ["Need help?", "📞 Call 116 000."]),
        Case("nl-BE", "Meer weten? 👉 Lees de tips. ⚠️ Deel nooit je pincode.", ["Meer weten?", "👉 Lees de tips.", "⚠️ Deel nooit je pincode."]),
        // A heart standing for the verb, an emoji inside a quotation or before a lowercase word: no break.
        Case("en", "I ❤️ Brussels. We love it.", ["I ❤️ Brussels.", "We love it."]),
        Case("fr-BE", "Elle a écrit «\u{00A0}à bientôt 😘\u{00A0}» et elle est partie.", ["Elle a écrit «\u{00A0}à bientôt 😘\u{00A0}» et elle est partie."]),
        Case("nl-BE", "Dat is 😂 echt grappig.", ["Dat is 😂 echt grappig."]),
        // At the end of the paragraph the emoji stays with the last sentence.
        Case("en", "Questions? Send us a DM 💬", ["Questions?", "Send us a DM 💬"]),
        Case("en", "Stay safe! 🙂", ["Stay safe! 🙂"]),
    ])
    func emoji(_ c: Case) { RuleTests.check(c) }

    @Test("rule 15: list items without final punctuation after a sentence", arguments: [
        // Found by blind set 5 (blind5-en-22, -nl-23, -fr-23, and the bullets of -en-23, -nl-24, -fr-24).
        Case("en", "Set up a family account in three steps. 1) Create your own account 2) Add your child's account 3) Choose the limits together",
             ["Set up a family account in three steps.", "1) Create your own account", "2) Add your child's account", "3) Choose the limits together"]),
        Case("nl-BE", "Overloop deze instellingen samen. • Wie je berichten kan zien • Wie je berichten kan sturen • Of je locatie gedeeld wordt",
             ["Overloop deze instellingen samen.", "• Wie je berichten kan zien", "• Wie je berichten kan sturen", "• Of je locatie gedeeld wordt"]),
        Case("fr-BE", "Créez un compte en trois étapes. 1) Créez votre compte 2) Ajoutez celui de votre enfant",
             ["Créez un compte en trois étapes.", "1) Créez votre compte", "2) Ajoutez celui de votre enfant"]),
        // A list after a colon is part of its sentence, also with capitals; so are items after "and" or a
        // comma, and items that start with a lowercase word.
        Case("en", "Check these: • Who can see your posts • Who can message you", ["Check these: • Who can see your posts • Who can message you"]),
        Case("en", "Choose a plan. 1) Basic costs 5 euros and 2) Premium costs 10 euros.",
             ["Choose a plan.", "1) Basic costs 5 euros and 2) Premium costs 10 euros."]),
        Case("nl-BE", "Kies een formule. 1) Basis kost 5 euro, 2) Premium kost 10 euro.",
             ["Kies een formule.", "1) Basis kost 5 euro, 2) Premium kost 10 euro."]),
        Case("fr-BE", "Nos conseils\u{00A0}: • fixez des horaires • laissez les appareils hors de la chambre.",
             ["Nos conseils\u{00A0}: • fixez des horaires • laissez les appareils hors de la chambre."]),
        Case("en", "Three tips. • agree on screen times • keep devices out of the bedroom",
             ["Three tips.", "• agree on screen times • keep devices out of the bedroom"]),
    ])
    func unpunctuatedListItems(_ c: Case) { RuleTests.check(c) }

    @Test("rule 10: a short word that ends a sentence before a number", arguments: [
        // Found by blind set 5 (blind5-nl-29): a word of three letters was not taken for a sentence end.
        Case("nl-BE", "Ouders van 1.200 leerlingen deden mee. 43 % zei ruzie te hebben gehad.",
             ["Ouders van 1.200 leerlingen deden mee.", "43 % zei ruzie te hebben gehad."]),
        Case("en", "Few parents took it up. 43% said they had no time.", ["Few parents took it up.", "43% said they had no time."]),
        Case("fr-BE", "Ses parents l’ont vu. 43\u{00A0}% des jeunes le cachent.", ["Ses parents l’ont vu.", "43\u{00A0}% des jeunes le cachent."]),
        // Abbreviations of two or three letters before a number are not in the list: no break.
        Case("nl-BE", "Volgens art. 3, § 2, al. 1 van het KB moet het binnen 30 dagen.", ["Volgens art. 3, § 2, al. 1 van het KB moet het binnen 30 dagen."]),
        Case("en", "See fig. 3 for the figures. It is clear.", ["See fig. 3 for the figures.", "It is clear."]),
        Case("en", "The screen is 6 in. 3 models exist.", ["The screen is 6 in. 3 models exist."]),
    ])
    func shortWordsBeforeNumbers(_ c: Case) { RuleTests.check(c) }

    @Test("rule 3d: a quoted slogan of two short sentences with French spacing", arguments: [
        // Found by blind set 5 (blind5-fr-48): cut inside the guillemets.
        Case("fr-BE", "Le slogan «\u{00A0}Un doute\u{202F}? Ne partage pas\u{202F}!\u{00A0}» figure sur 50\u{202F}000 affiches. Elles sont partout.",
             ["Le slogan «\u{00A0}Un doute\u{202F}? Ne partage pas\u{202F}!\u{00A0}» figure sur 50\u{202F}000 affiches.", "Elles sont partout."]),
        Case("fr-BE", "Le slogan « Un doute ? Ne partage pas ! » figure partout.", ["Le slogan « Un doute ? Ne partage pas ! » figure partout."]),
        Case("nl-BE", "De slogan „Twijfel je? Deel dan niet!” staat op 50.000 affiches. Die hangen overal.",
             ["De slogan „Twijfel je? Deel dan niet!” staat op 50.000 affiches.", "Die hangen overal."]),
        // Quoted speech of two sentences before a new sentence is still cut between them.
        Case("fr-BE", "«\u{00A0}J’arrête. Je pars\u{202F}!\u{00A0}» Le ministre est sorti.",
             ["«\u{00A0}J’arrête.", "Je pars\u{202F}!\u{00A0}»", "Le ministre est sorti."]),
    ])
    func quotedSlogans(_ c: Case) { RuleTests.check(c) }

    @Test("rule 8: the last part of a web address is not an abbreviation", arguments: [
        // Found by blind set 5 (blind5-nl-09): "nl." (namelijk) at the end of a query string kept the sentence going.
        Case("nl-BE", "Meld een nepprofiel via https://melden.example.be/profiel?taal=nl. Je hebt geen account nodig.",
             ["Meld een nepprofiel via https://melden.example.be/profiel?taal=nl.", "Je hebt geen account nodig."]),
        Case("nl-BE", "De tips staan op www.example.be/tips/bv. De pagina is nieuw.",
             ["De tips staan op www.example.be/tips/bv.", "De pagina is nieuw."]),
        Case("en", "Tag us with #SaferInternet_etc. The best posts win.", ["Tag us with #SaferInternet_etc.", "The best posts win."]),
        // The same abbreviations as words still behave as abbreviations.
        Case("nl-BE", "Veel games, bv. Roblox, laten chatten toe. Dat is nl. het probleem.", ["Veel games, bv. Roblox, laten chatten toe.", "Dat is nl. het probleem."]),
    ])
    func addressesAreNotAbbreviations(_ c: Case) { RuleTests.check(c) }
}
