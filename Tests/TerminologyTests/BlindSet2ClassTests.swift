import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The classes of false findings the first run of blind set 2 found (`Tests/Fixtures/terminology/blind2/README.md`),
/// each with the failing input and, beside it, an error of the same shape that must still be found.
@Suite struct BlindSet2ClassTests {
    /// The rule ids and locales of the term findings of `units` over a termbase of `entries`.
    func terms(_ entries: [String], _ units: [CheckUnit]) throws -> [String] {
        let rules: Set<String> = [CheckRule.missingTerm.id, CheckRule.forbiddenTerm.id, CheckRule.crossTarget.id]
        return try checker(try tbx(tbx3(entries.joined(separator: "\n")))).check(units)
            .filter { rules.contains($0.rule) }.map { "\($0.rule) \($0.locale) \($0.text)" }
    }

    static let email = concept("e", [("en", "e-mail", "preferred"), ("en", "email", "admitted"),
                                     ("nl", "e-mail", "preferred"), ("nl", "mail", "admitted"), ("nl", "email", "deprecated"),
                                     ("fr", "courriel", "preferred"), ("fr", "e-mail", "admitted")])
    static let cyberbullying = concept("c", [("en", "cyberbullying", "preferred"), ("nl", "cyberpesten", "preferred"),
                                             ("fr", "cyberharcèlement", "preferred")])

    /// A word written with or without the term's hyphen is the term ("email" / "e-mail", "cyber-harcèlement" /
    /// "cyberharcèlement"), unless the termbase lists that spelling itself (Dutch "email", forbidden).
    @Test func hyphenationVariantsOfATerm() throws {
        #expect(try terms([Self.email], [unit("u", en: "Check the sender before you answer an email.",
                                              nl: "Controleer de afzender voor je een e-mail beantwoordt.",
                                              fr: "Vérifiez l'expéditeur avant de répondre à un email.")]) == [])
        #expect(try terms([Self.email], [unit("u", en: "Forward the e-mails.", nl: "Stuur de mails door.",
                                              fr: "Transférez les emails.")]) == [])
        #expect(try terms([Self.cyberbullying], [unit("u", en: "Cyberbullying does not stop at the school gate.",
                                                      nl: "Cyberpesten stopt niet aan de schoolpoort.",
                                                      fr: "Le cyber-harcèlement ne s'arrête pas à la grille.")]) == [])
        // The spelling the termbase forbids stays forbidden, in the singular and the plural.
        #expect(try terms([Self.email], [unit("w", en: "The fake e-mail came from the bank.", nl: "De valse email kwam van de bank.",
                                              fr: "Le faux courriel venait de la banque.")]) == ["forbidden-term nl-BE email"])
        #expect(try terms([Self.email], [unit("w", en: "Thousands of emails.", nl: "Duizenden emails.",
                                              fr: "Des milliers de courriels.")]) == ["forbidden-term nl-BE emails"])
        // Another word is still no rendering.
        #expect(try terms([Self.cyberbullying], [unit("w", en: "A workshop on cyberbullying.", nl: "Een workshop over cyberpesten.",
                                                      fr: "Un atelier sur le harcèlement.")])
                == ["missing-term fr-BE cyberbullying", "cross-target fr-BE cyberpesten"])
    }

    static let hacker = concept("h", [("en", "cybercriminal", "preferred"), ("en", "hacker", "admitted"),
                                      ("nl", "cybercrimineel", "preferred"), ("nl", "hacker", "deprecated"),
                                      ("fr", "cybercriminel", "preferred"), ("fr", "hacker", "deprecated")])
    static let ethicalHacker = concept("eh", [("en", "ethical hacker", "preferred"), ("nl", "ethische hacker", "preferred"),
                                              ("fr", "hacker éthique", "preferred")])

    /// French Snowball stems "hacker" to "hack" but "hackers" to "hacker": the plural of an English loanword in
    /// -er is the same word (`endings`: ers → er).
    @Test func frenchPluralOfLoanwordsInEr() throws {
        #expect(try terms([Self.hacker], [unit("w", en: "Cybercriminals target small firms.", nl: "Cybercriminelen viseren kleine bedrijven.",
                                               fr: "Les hackers ciblent les petites entreprises.")]) == ["forbidden-term fr-BE hackers"])
        #expect(try terms([Self.hacker, Self.ethicalHacker], [unit("u", en: "The city hired ethical hackers.",
                                                                   nl: "De stad huurde ethische hackers in.",
                                                                   fr: "La ville a engagé des hackers éthiques.")]) == [])
        #expect(try terms([Self.hacker], [unit("w", en: "Cybercriminals target small firms.", nl: "Cybercriminelen viseren kleine bedrijven.",
                                               fr: "Les pirates ciblent les petites entreprises.")])
                == ["missing-term fr-BE Cybercriminals", "cross-target fr-BE Cybercriminelen"])
    }

    /// A Dutch closed compound built on a forbidden term ("emailadres" on "email") is that term's use, not a
    /// missing approved one; a compound on the approved term ("e-mailadres") is fine.
    @Test func forbiddenTermInsideADutchCompound() throws {
        #expect(try terms([Self.email], [unit("w", en: "Enter your e-mail address.", nl: "Vul je emailadres in.",
                                              fr: "Saisissez votre adresse e-mail.")]) == ["forbidden-term nl-BE emailadres"])
        #expect(try terms([Self.email], [unit("u", en: "Enter your e-mail address.", nl: "Vul je e-mailadres in.",
                                              fr: "Saisissez votre adresse e-mail.")]) == [])
        // A compound on neither is still a missing term.
        #expect(try terms([Self.email], [unit("w", en: "Enter your e-mail address.", nl: "Vul je adres in.",
                                              fr: "Saisissez votre adresse e-mail.")])
                == ["missing-term nl-BE e-mail", "cross-target nl-BE e-mail"])
    }

    /// A noun term's word standing as a verb or an adjective is another word: "Update your smartphone", "you can
    /// update it", "a fair price", "is fine", "are not fair"; the noun still asks for its term ("the update", "a
    /// job fair in", "a fine of").
    @Test func nounTermsUsedAsVerbsOrAdjectives() throws {
        func noun(_ id: String, _ en: String, _ nl: String, _ fr: String) -> String {
            "<conceptEntry id=\"\(id)\">" + [("en", en), ("nl", nl), ("fr", fr)].map {
                "<langSec xml:lang=\"\($0.0)\"><termSec><term>\($0.1)</term><termNote type=\"partOfSpeech\">noun</termNote></termSec></langSec>"
            }.joined() + "</conceptEntry>"
        }
        let update = noun("u", "update", "update", "mise à jour"), fair = noun("f", "fair", "beurs", "salon"),
            fine = noun("i", "fine", "boete", "amende")
        #expect(try terms([update], [unit("u", en: "Update your smartphone before you travel.", nl: "Werk je smartphone bij voor je reist.",
                                          fr: "Mettez votre smartphone à jour avant de partir.")]) == [])
        #expect(try terms([update], [unit("u", en: "You can update it tonight.", nl: "Je kunt hem vanavond bijwerken.")]) == [])
        #expect(try terms([fair], [unit("u", en: "Consumers want a fair price.", nl: "Consumenten willen een eerlijke prijs.",
                                        fr: "Les consommateurs veulent un prix juste.")]) == [])
        #expect(try terms([fair], [unit("u", en: "The rules are not fair to small shops.", nl: "De regels zijn niet eerlijk voor kleine winkels.")]) == [])
        #expect(try terms([fine], [unit("u", en: "Sharing it is fine, the police say.", nl: "Het delen is prima, zegt de politie.")]) == [])
        // The nouns still ask for their terms.
        let a = try terms([update], [unit("w", en: "The update fixes a flaw.", nl: "De update dicht een lek.", fr: "L'actualisation corrige une faille.")])
        #expect(a == ["cross-target fr-BE update", "missing-term fr-BE update"], "\(a)")
        let b = try terms([fair], [unit("w", en: "The job fair in Brussels opens today.", nl: "De jobdag in Brussel opent vandaag.")])
        #expect(b == ["missing-term nl-BE job fair"], "\(b)")
        #expect(try terms([fine], [unit("w", en: "They risk a fine of 50 euros.", nl: "Ze riskeren een geldstraf van 50 euro.")])
                == ["missing-term nl-BE fine"])
    }

    /// A Dutch diminutive written with an apostrophe after an abbreviation or a final vowel ("sms’jes", "cd'tje",
    /// the spelling of the Woordenlijst) is a form of the word, with either apostrophe (trial 12, finding 9).
    @Test func dutchApostropheDiminutives() throws {
        let sms = concept("s", [("en", "text message", "preferred"), ("nl", "sms", "preferred"), ("fr", "SMS", "preferred")])
        let cd = concept("c", [("en", "CD", "preferred"), ("nl", "cd", "preferred")])
        #expect(try terms([sms], [unit("u", en: "He received three text messages.", nl: "Hij kreeg drie sms’jes.",
                                       fr: "Il a reçu trois SMS.")]) == [])
        #expect(try terms([sms], [unit("u", en: "Send a text message.", nl: "Stuur een sms'je.")]) == [])
        #expect(try terms([cd], [unit("u", en: "She burnt a CD.", nl: "Ze brandde een cd'tje.")]) == [])
        // Another word with a diminutive is still no rendering.
        let other = try terms([sms], [unit("w", en: "He received three text messages.", nl: "Hij kreeg drie berichtjes.",
                                           fr: "Il a reçu trois SMS.")])
        #expect(other == ["cross-target nl-BE SMS", "missing-term nl-BE text messages"], "\(other)")
    }

    /// French renders an English noun modifier with the noun's relational adjective ("school trip" → "excursion
    /// scolaire"; fr-BE `relatedAdjectives`; trial 12, finding 16).
    @Test func frenchRelationalAdjectivesRenderTheNoun() throws {
        let school = concept("s", [("en", "school", "preferred"), ("nl", "school", "preferred"), ("fr", "école", "preferred")])
        #expect(try terms([school], [unit("u", en: "The school trip costs 12 euros.", fr: "L'excursion scolaire coûte 12 euros.")]) == [])
        #expect(try terms([school], [unit("u", en: "School trips", nl: "Schoolreizen", fr: "Excursions scolaires")]) == [])
        // A word that is not the adjective is still no rendering.
        #expect(try terms([school], [unit("w", en: "The school trip costs 12 euros.", fr: "L'excursion coûte 12 euros.")])
                == ["missing-term fr-BE school"])
    }

    /// The looser Dutch test: a compound ending in an inflected term ("trackingcookies", "medeburgers") or holding
    /// a multi-word term written closed ("socialemediakanalen") renders it.
    @Test func dutchClosedCompoundsWithInflectedOrClosedTerms() throws {
        let cookie = concept("k", [("en", "cookie", "preferred"), ("nl", "cookie", "preferred"), ("fr", "cookie", "preferred")])
        let citizen = concept("z", [("en", "citizen", "preferred"), ("nl", "burger", "preferred"), ("fr", "citoyen", "preferred")])
        let social = concept("s", [("en", "social media", "preferred"), ("nl", "sociale media", "preferred"),
                                   ("fr", "réseaux sociaux", "preferred")])
        #expect(try terms([cookie], [unit("u", en: "Refuse tracking cookies.", nl: "Weiger trackingcookies.")]) == [])
        #expect(try terms([citizen], [unit("u", en: "Help your fellow citizens.", nl: "Help je medeburgers.")]) == [])
        #expect(try terms([social], [unit("u", en: "The police use social media channels.", nl: "De politie gebruikt socialemediakanalen.",
                                          fr: "La police utilise les réseaux sociaux.")]) == [])
        // A compound that holds another word is still no rendering.
        #expect(try terms([citizen], [unit("w", en: "Every citizen may ask.", nl: "Elke inwoner mag het vragen.")])
                == ["missing-term nl-BE citizen"])
        #expect(try terms([social], [unit("w", en: "Share it on social media.", nl: "Deel het op mediakanalen.",
                                          fr: "Partagez-le sur les réseaux sociaux.")])
                == ["missing-term nl-BE social media", "cross-target nl-BE réseaux sociaux"])
    }
}
