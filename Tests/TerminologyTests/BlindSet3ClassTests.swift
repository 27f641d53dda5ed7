import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The classes of false findings the first run of blind set 3 found (`Tests/Fixtures/terminology/blind3/README.md`),
/// each with the failing input and, beside it, an error of the same shape that must still be found.
@Suite struct BlindSet3ClassTests {
    /// The rule ids, locales and texts of the term findings of `units` over a termbase of `entries`, sorted.
    func terms(_ entries: [String], _ units: [CheckUnit]) throws -> [String] {
        let rules: Set<String> = [CheckRule.missingTerm.id, CheckRule.forbiddenTerm.id, CheckRule.crossTarget.id]
        return try checker(try tbx(tbx3(entries.joined(separator: "\n")))).check(units)
            .filter { rules.contains($0.rule) }.map { "\($0.rule) \($0.locale) \($0.text)" }.sorted()
    }

    /// A concept whose terms all carry the part of speech `pos` (`nil`: none), as (locale, term, status).
    static func entry(_ id: String, _ pos: String?, notes: [String] = [], _ terms: [(String, String, String)]) -> String {
        var s = "<conceptEntry id=\"\(id)\">" + notes.map { "<note>\($0)</note>" }.joined()
        for locale in ["en", "nl", "fr"] {
            let here = terms.filter { $0.0 == locale }
            guard !here.isEmpty else { continue }
            s += "<langSec xml:lang=\"\(locale)\">" + here.map { t in
                "<termSec><term>\(t.1)</term>" + (pos.map { "<termNote type=\"partOfSpeech\">\($0)</termNote>" } ?? "")
                    + "<termNote type=\"administrativeStatus\">\(t.2)Term-admn-sts</termNote></termSec>"
            }.joined() + "</langSec>"
        }
        return s + "</conceptEntry>"
    }

    static let report = entry("r", "verb", [("en", "report", "preferred"), ("nl", "melden", "preferred"), ("nl", "aangeven", "admitted"),
                                            ("nl", "rapporteren", "deprecated"), ("fr", "signaler", "preferred")])
    static let forward = entry("f", "verb", [("en", "forward", "preferred"), ("nl", "doorsturen", "preferred"), ("fr", "transférer", "preferred")])
    static let cancel = entry("c", "verb", [("en", "cancel", "preferred"), ("nl", "opzeggen", "preferred"), ("nl", "annuleren", "admitted"),
                                            ("fr", "résilier", "preferred"), ("fr", "annuler", "admitted")])
    static let block = entry("b", "verb", [("en", "block", "preferred"), ("nl", "blokkeren", "preferred"), ("fr", "bloquer", "preferred")])
    static let signUp = entry("s", "verb", [("en", "sign up", "preferred"), ("en", "register", "admitted"), ("nl", "registreren", "preferred"),
                                            ("nl", "aanmelden", "admitted"), ("nl", "inschrijven", "admitted"), ("fr", "s'inscrire", "preferred")])

    /// A verb term is found in its conjugated forms: French "Signalez", "bloquent", "Résiliez", "Inscrivez-vous",
    /// "vous inscrire", "s'inscrivent"; Dutch "meldt", "gemeld", "blokkeerde", "doorgestuurd", "opgezegd",
    /// "opzegt", "geannuleerd", "aangegeven"; English "reported", "cancelled", "signed up" (`verbs` in the locale
    /// data). Another verb is still no rendering.
    @Test func verbTermsInTheirForms() throws {
        let clean: [(String, String, String, String)] = [
            ("r", "Anyone who reports a fake webshop helps others.", "Wie een valse webwinkel meldt, helpt anderen.", "Quiconque signale une fausse boutique aide les autres."),
            ("r", "Report suspicious messages to the police.", "Meld verdachte berichten aan de politie.", "Signalez les messages suspects à la police."),
            ("r", "Last year 12,000 fake webshops were reported.", "Vorig jaar werden 12.000 valse webwinkels gemeld.", "L'an dernier, 12\u{202F}000 fausses boutiques ont été signalées."),
            ("r", "Only a small share of scams are reported.", "Slechts een klein deel van de gevallen wordt aangegeven.", "Seule une petite partie des arnaques sont signalées."),
            ("b", "The BIPT wants operators to block spoofed numbers.", "Het BIPT wil dat operatoren vervalste nummers blokkeren.", "L'IBPT veut que les opérateurs bloquent les numéros usurpés."),
            ("b", "The bank blocked the card within ten minutes.", "De bank blokkeerde de kaart binnen tien minuten.", "La banque a bloqué la carte en dix minutes."),
            ("f", "Last year Belgians forwarded six million messages.", "Vorig jaar hebben Belgen zes miljoen berichten doorgestuurd.", "L'an dernier, les Belges ont transféré six millions de messages."),
            ("c", "Thousands of customers cancelled their contract.", "Duizenden klanten hebben hun contract opgezegd.", "Des milliers de clients ont résilié leur contrat."),
            ("c", "Passengers whose flight was cancelled are entitled to help.", "Passagiers van wie de vlucht geannuleerd werd, hebben recht op hulp.", "Les passagers dont le vol a été annulé ont droit à une aide."),
            ("c", "It renews unless you cancel it a month in advance.", "Het wordt verlengd, tenzij je het een maand op voorhand opzegt.", "Il est reconduit, sauf si vous le résiliez un mois à l'avance."),
            ("s", "You have to register with your eID.", "Je moet je registreren met je eID.", "Vous devez vous inscrire avec votre eID."),
            ("s", "Sign up on the website to receive the alerts.", "Registreer je op de website om de waarschuwingen te ontvangen.", "Inscrivez-vous sur le site web pour recevoir les alertes."),
            ("s", "Hundreds of parents signed up this month.", "Honderden ouders registreerden zich deze maand.", "Des centaines de parents se sont inscrites ce mois-ci."),
        ]
        let entries = ["r": Self.report, "b": Self.block, "f": Self.forward, "c": Self.cancel, "s": Self.signUp]
        for (id, en, nl, fr) in clean {
            #expect(try terms([entries[id]!], [unit("u", en: en, nl: nl, fr: fr)]) == [], "\(en)")
        }
        #expect(try terms([Self.forward], [unit("w", en: "Do not forward chain messages.", nl: "Deel geen kettingberichten.",
                                                fr: "Ne transférez pas les messages en chaîne.")])
                == ["cross-target nl-BE transférez", "missing-term nl-BE forward"])
        #expect(try terms([Self.signUp], [unit("w", en: "More than 50,000 people signed up.", nl: "Meer dan 50.000 mensen abonneerden zich.",
                                               fr: "Plus de 50\u{202F}000 personnes se sont inscrites.")])
                == ["cross-target nl-BE inscrites", "missing-term nl-BE signed up"])
        // A forbidden verb stays forbidden in its forms.
        #expect(try terms([Self.report], [unit("w", en: "Employees reported the leak.", nl: "Werknemers rapporteerden het lek.",
                                               fr: "Les employés ont signalé la fuite.")]) == ["forbidden-term nl-BE rapporteerden"])
    }

    /// A Dutch separable verb is found with its particle split off later in the clause ("Stuur de e-mail door
    /// naar …", "Zeg je abonnement … op voor …", "gaf de diefstal aan bij …"), and "Meld je aan" is then
    /// "aanmelden", not "melden". A particle before a determiner, a pronoun or a name is a preposition ("Meld het
    /// aan de politie" is "melden"), and another separable verb ("Stuur … op") is no rendering.
    @Test func dutchSeparableVerbsSplit() throws {
        #expect(try terms([Self.forward], [unit("u", en: "Forward the suspicious e-mail to the police and then delete it.",
                                                nl: "Stuur de verdachte e-mail door naar de politie en verwijder hem daarna.",
                                                fr: "Transférez l'e-mail suspect à la police, puis supprimez-le.")]) == [])
        #expect(try terms([Self.cancel], [unit("u", en: "Cancel your gym subscription before the end of the month.",
                                               nl: "Zeg je abonnement bij de fitness op voor het einde van de maand.",
                                               fr: "Résiliez votre abonnement à la salle de sport avant la fin du mois.")]) == [])
        #expect(try terms([Self.report], [unit("u", en: "The victim reported the theft to the police.",
                                               nl: "Het slachtoffer gaf de diefstal aan bij de politie.",
                                               fr: "La victime a signalé le vol à la police.")]) == [])
        #expect(try terms([Self.report, Self.signUp], [unit("u", en: "Sign up on the website to receive the alerts.",
                                                            nl: "Meld je aan op de website om de waarschuwingen te ontvangen.",
                                                            fr: "Inscrivez-vous sur le site web pour recevoir les alertes.")]) == [])
        // Before an article the particle is a preposition: "Meld … aan de politie" reports.
        #expect(try terms([Self.report, Self.signUp], [unit("u", en: "Report the fraud to the police.", nl: "Meld de fraude aan de politie.",
                                                            fr: "Signalez la fraude à la police.")]) == [])
        #expect(try terms([Self.forward], [unit("w", en: "Forward the text message to the number 8828.",
                                                nl: "Stuur het sms-bericht op naar het nummer 8828.",
                                                fr: "Transférez le SMS au numéro 8828.")])
                == ["cross-target nl-BE Transférez", "missing-term nl-BE Forward"])
    }

    /// A verb term's word standing as a noun in the English source asks for no verb: "the annual report",
    /// "40,000 reports of online fraud", "a block of flats", "small blocks of text" (`nounCues`, `nounFollowers`,
    /// an adjective or a number before it). The verb still asks for its term.
    @Test func verbTermStandingAsANoun() throws {
        #expect(try terms([Self.report], [unit("u", en: "The BIPT presented its annual report on Tuesday.",
                                               nl: "Het BIPT stelde dinsdag zijn jaarverslag voor.", fr: "L'IBPT a présenté son rapport annuel mardi.")]) == [])
        #expect(try terms([Self.report], [unit("u", en: "The FPS received 40,000 reports of online fraud.",
                                               nl: "De FOD ontving 40.000 meldingen van onlinefraude.",
                                               fr: "Le SPF a reçu 40\u{202F}000 signalements de fraude en ligne.")]) == [])
        #expect(try terms([Self.block], [unit("u", en: "The police searched a block of flats in Molenbeek.",
                                              nl: "De politie doorzocht een appartementsblok in Molenbeek.",
                                              fr: "La police a perquisitionné un immeuble à Molenbeek.")]) == [])
        #expect(try terms([Self.report], [unit("w", en: "Report the webshop to the police.", nl: "Noteer de webwinkel.",
                                               fr: "Signalez la boutique en ligne à la police.")])
                == ["cross-target nl-BE Signalez", "missing-term nl-BE Report"])
    }

    static let misleading = entry("m", "adjective", [("en", "misleading", "preferred"), ("nl", "misleidend", "preferred"),
                                                     ("fr", "trompeur", "preferred"), ("fr", "mensonger", "admitted")])
    static let suspicious = entry("s", "adjective", [("en", "suspicious", "preferred"), ("nl", "verdacht", "preferred"),
                                                     ("fr", "suspect", "preferred"), ("fr", "douteux", "admitted")])

    /// French feminine adjectives are forms of the masculine term: "trompeuse(s)" of "trompeur", "mensongères" of
    /// "mensonger", "douteuses" of "douteux" (`endings` euse → eur, ère → er, and the word's own stem as a
    /// second key). Another adjective is still no rendering.
    @Test func frenchFeminineAdjectives() throws {
        #expect(try terms([Self.misleading], [unit("u", en: "The company was fined for misleading advertising.",
                                                   nl: "Het bedrijf kreeg een boete voor misleidende reclame.",
                                                   fr: "L'entreprise a reçu une amende pour publicité trompeuse.")]) == [])
        #expect(try terms([Self.misleading], [unit("u", en: "Misleading claims are banned.", nl: "Misleidende beweringen zijn verboden.",
                                                   fr: "Les allégations mensongères sont interdites.")]) == [])
        #expect(try terms([Self.suspicious], [unit("u", en: "Calls about suspicious deliveries.", nl: "Oproepen over verdachte leveringen.",
                                                   fr: "Des appels concernant des livraisons douteuses.")]) == [])
        #expect(try terms([Self.suspicious], [unit("w", en: "Never click on a link in a suspicious message.",
                                                   nl: "Klik nooit op een link in een verdacht bericht.",
                                                   fr: "Ne cliquez jamais sur un lien dans un message bizarre.")])
                == ["cross-target fr-BE verdacht", "missing-term fr-BE suspicious"])
    }

    static let fpsEconomy = entry("e", "properNoun", [("en", "FPS Economy", "preferred"), ("nl", "FOD Economie", "preferred"),
                                                      ("fr", "SPF Economie", "preferred")])
    static let testAchats = entry("t", "properNoun", notes: ["taalgrens:case=sensitive"],
                                  [("en", "Test Achats", "preferred"), ("nl", "Test Aankoop", "preferred"), ("fr", "Test Achats", "preferred")])

    /// A capital written with or without its accent is the same letter ("SPF Économie" for "SPF Economie", and
    /// "ÉCONOMIE"); the other language's name is still missing.
    @Test func accentsOnCapitals() throws {
        #expect(try terms([Self.fpsEconomy], [unit("u", en: "The FPS Economy publishes a list.", nl: "De FOD Economie publiceert een lijst.",
                                                   fr: "Le SPF Économie publie une liste.")]) == [])
        #expect(try terms([Self.fpsEconomy], [unit("u", en: "REPORT IT TO THE FPS ECONOMY", nl: "MELD HET BIJ DE FOD ECONOMIE",
                                                   fr: "SIGNALEZ-LE AU SPF ÉCONOMIE")]) == [])
        #expect(try terms([Self.fpsEconomy], [unit("w", en: "The FPS Economy is investigating.", nl: "De FOD Economie onderzoekt het.",
                                                   fr: "Le FOD Economie enquête.")])
                == ["cross-target fr-BE FOD Economie", "missing-term fr-BE FPS Economy"])
    }

    /// A term of several words written as one hyphenated word is the term ("Test-Achats", "Test-Aankoop" for the
    /// case-sensitive "Test Achats", "Test Aankoop"); its capitals still count, and the other language's name is
    /// still missing.
    @Test func multiWordTermWrittenWithHyphens() throws {
        #expect(try terms([Self.testAchats], [unit("u", en: "Test Achats is calling for a ban.", nl: "Test-Aankoop pleit voor een verbod.",
                                                   fr: "Test-Achats plaide pour une interdiction.")]) == [])
        #expect(try terms([Self.testAchats], [unit("w", en: "Test Achats is calling for a ban.", nl: "Test-Aankoop pleit voor een verbod.",
                                                   fr: "Test-Aankoop plaide pour une interdiction.")])
                == ["cross-target fr-BE Test-Aankoop", "missing-term fr-BE Test Achats"])
    }

    /// A Dutch compound may write the term's long vowel once before an ending ("telecomfacturen" holds
    /// "factuur"); a compound on another word does not.
    @Test func dutchCompoundWithTheVowelWrittenOnce() throws {
        let invoice = Self.entry("i", "noun", [("en", "bill", "preferred"), ("nl", "factuur", "preferred"), ("fr", "facture", "preferred")])
        #expect(try terms([invoice], [unit("u", en: "Complaints about telecom bills.", nl: "Klachten over telecomfacturen.",
                                           fr: "Des plaintes concernant des factures de télécommunications.")]) == [])
        #expect(try terms([invoice], [unit("w", en: "Complaints about bills.", nl: "Klachten over telecomkosten.",
                                           fr: "Des plaintes concernant des factures.")])
                == ["cross-target nl-BE factures", "missing-term nl-BE bills"])
    }

    /// A verb term found in one target asks nothing of a target whose language the entry gives no verb for
    /// (the shipped glossary's Dutch "hacken" beside French nouns only: "gehackt" against "piraté"); a noun term
    /// of the entry still does.
    @Test func crossTargetVerbWithoutAVerbInTheOtherLanguage() throws {
        let hacking = "<conceptEntry id=\"h\"><langSec xml:lang=\"en\"><termSec><term>hacking</term><termNote type=\"partOfSpeech\">noun</termNote></termSec></langSec>"
            + "<langSec xml:lang=\"nl\"><termSec><term>hacking</term><termNote type=\"partOfSpeech\">noun</termNote></termSec>"
            + "<termSec><term>hacken</term><termNote type=\"partOfSpeech\">verb</termNote><termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote></termSec></langSec>"
            + "<langSec xml:lang=\"fr\"><termSec><term>piratage</term><termNote type=\"partOfSpeech\">noun</termNote></termSec></langSec></conceptEntry>"
        #expect(try terms([hacking], [unit("u", en: "Her account was taken over.", nl: "Haar account werd gehackt.", fr: "Son compte a été piraté.")]) == [])
        #expect(try terms([hacking], [unit("w", en: "Her account was taken over.", nl: "Het was hacking.", fr: "Son compte a été repris.")])
                == ["cross-target fr-BE hacking"])
    }
    /// A term the source names twice, rendered once in the target and copied as written the second time, is
    /// reported at the copy ("… als de verkoper de refund weigert"); a pronoun for the second naming, and an
    /// abbreviation beside its full form kept in the target ("Two-factor authentication (2FA)"), are not.
    @Test func repeatedTermLeftUntranslatedOnce() throws {
        let refund = Self.entry("r", "noun", [("en", "refund", "preferred"), ("nl", "terugbetaling", "preferred"), ("fr", "remboursement", "preferred")])
        #expect(try terms([refund], [unit("w", en: "A refund is a right: if the seller refuses the refund, complain.",
                                          nl: "Een terugbetaling is een recht: als de verkoper de refund weigert, klaag dan.",
                                          fr: "Un remboursement est un droit\u{A0}: si le vendeur refuse le remboursement, plaignez-vous.")])
                == ["missing-term nl-BE refund"])
        #expect(try terms([refund], [unit("u", en: "A refund is a right: if the seller refuses the refund, complain.",
                                          nl: "Een terugbetaling is een recht: als de verkoper ze weigert, klaag dan.",
                                          fr: "Un remboursement est un droit\u{A0}: si le vendeur le refuse, plaignez-vous.")]) == [])
        let twoFactor = Self.entry("t", "noun", [("en", "two-factor authentication", "preferred"), ("en", "2FA", "admitted"),
                                                 ("nl", "tweestapsverificatie", "preferred"), ("fr", "double authentification", "preferred")])
        #expect(try terms([twoFactor], [unit("u", en: "Two-factor authentication (2FA) is free.", nl: "Tweestapsverificatie (2FA) is gratis.",
                                             fr: "La double authentification (2FA) est gratuite.")]) == [])
    }
    /// A French adverb in -ment made on an adjective term renders it ("gratuitement" on "gratuit", through the
    /// feminine; `verbs.adverbEndings`); another adverb does not.
    @Test func frenchAdverbOfAnAdjectiveTerm() throws {
        let free = Self.entry("g", "adjective", [("en", "free of charge", "preferred"), ("nl", "gratis", "preferred"), ("fr", "gratuit", "preferred")])
        #expect(try terms([free], [unit("u", en: "Victims can call free of charge.", nl: "Slachtoffers kunnen gratis bellen.",
                                        fr: "Les victimes peuvent appeler gratuitement.")]) == [])
        #expect(try terms([free], [unit("w", en: "Victims can call free of charge.", nl: "Slachtoffers kunnen gratis bellen.",
                                        fr: "Les victimes peuvent appeler librement.")])
                == ["cross-target fr-BE gratis", "missing-term fr-BE free of charge"])
    }
}
