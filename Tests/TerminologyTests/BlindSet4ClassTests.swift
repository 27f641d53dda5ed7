import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The classes of false findings the first run of blind set 4 found (`Tests/Fixtures/terminology/blind4/README.md`),
/// each with the failing input and, beside it, an error of the same shape that must still be found.
@Suite struct BlindSet4ClassTests {
    let entry = BlindSet3ClassTests.entry
    func terms(_ entries: [String], _ units: [CheckUnit]) throws -> [String] { try BlindSet3ClassTests().terms(entries, units) }

    var breach: String { entry("d", "noun", [], [("en", "data breach", "preferred"), ("nl", "datalek", "preferred"),
                                                ("fr", "fuite de données", "preferred"), ("fr", "violation de données", "admitted")]) }
    var coolingOff: String { entry("c", "noun", [], [("en", "cooling-off period", "preferred"), ("nl", "bedenktijd", "preferred"),
                                                    ("fr", "délai de rétractation", "preferred")]) }
    var personalData: String { entry("p", "noun", [], [("en", "personal data", "preferred"), ("nl", "persoonsgegevens", "preferred"),
                                                      ("fr", "données personnelles", "preferred")]) }
    var cyberbullying: String { entry("b", "noun", [], [("en", "cyberbullying", "preferred"), ("nl", "cyberpesten", "preferred"),
                                                       ("fr", "cyberharcèlement", "preferred")]) }
    var update: String { entry("u", "verb", [], [("en", "update", "preferred"), ("nl", "bijwerken", "preferred"), ("nl", "updaten", "admitted"),
                                                ("fr", "mettre à jour", "preferred"), ("fr", "actualiser", "admitted")]) }

    /// A French term of several words split by an inserted adjective or a coordination still renders its entry
    /// ("fuite massive de données", "délai légal de rétractation", "données bancaires et personnelles"); a word of
    /// the term alone, or the words spread over more than two others, does not.
    @Test func multiWordTermSplitByAnAdjective() throws {
        let clean: [(String, String, String, String)] = [
            ("d", "A massive data breach exposed the data of many customers.", "Door een groot datalek lagen de gegevens van veel klanten op straat.",
             "Une fuite massive de données a exposé les données de nombreux clients."),
            ("c", "Online purchases come with a cooling-off period.", "Voor onlineaankopen geldt een bedenktijd.",
             "Les achats en ligne bénéficient d'un délai légal de rétractation."),
            ("p", "Never give your personal data or bank details over the phone.", "Geef nooit je persoonsgegevens of bankgegevens door via de telefoon.",
             "Ne communiquez jamais vos données bancaires et personnelles par téléphone."),
        ]
        let entries = ["d": breach, "c": coolingOff, "p": personalData]
        for (id, en, nl, fr) in clean {
            #expect(try terms([entries[id]!], [unit("u", en: en, nl: nl, fr: fr)]) == [], "\(fr)")
        }
        #expect(try terms([breach], [unit("w", en: "The data breach exposed the data of many customers.", nl: "Het datalek legde de gegevens van veel klanten bloot.",
                                          fr: "La fuite a exposé les données de nombreux clients.")])
                == ["cross-target fr-BE datalek", "missing-term fr-BE data breach"])
        #expect(try terms([coolingOff], [unit("w", en: "Door-to-door sales also have a cooling-off period.", nl: "Ook voor verkoop aan huis geldt een bedenktijd.",
                                              fr: "La vente à domicile prévoit aussi un délai de réflexion.")])
                == ["cross-target fr-BE bedenktijd", "missing-term fr-BE cooling-off period"])
        // Punctuation ends the term: a comma between its words is no insertion.
        #expect(try terms([personalData], [unit("w", en: "The app collected personal data.", nl: "De app verzamelde persoonsgegevens.",
                                                fr: "L'application collectait des données, personnelles ou non.")])
                == ["cross-target fr-BE persoonsgegevens", "missing-term fr-BE personal data"])
    }

    /// A Dutch term that is a verb's infinitive begins a closed compound as the verb's stem ("cyberpestcampagne",
    /// "cyberpestmeldpunt" for "cyberpesten"); a compound on another stem ("pestcampagne") is no rendering.
    @Test func dutchCompoundOnAVerbalStem() throws {
        #expect(try terms([cyberbullying], [unit("u", en: "The cyberbullying campaign reached 300 schools.", nl: "De cyberpestcampagne bereikte 300 scholen.",
                                                 fr: "La campagne contre le cyberharcèlement a touché 300 écoles.")]) == [])
        #expect(try terms([cyberbullying], [unit("w", en: "The cyberbullying campaign reached 300 schools.", nl: "De pestcampagne bereikte 300 scholen.",
                                                 fr: "La campagne contre le cyberharcèlement a touché 300 écoles.")])
                == ["cross-target nl-BE cyberharcèlement", "missing-term nl-BE cyberbullying"])
    }

    /// The French verb of three words "mettre à jour" is found conjugated ("mettre" is irregular), as a participle
    /// ("mis à jour") and split by its object ("Mettez vos applications à jour"); the Dutch participle inflected
    /// before a noun ("bijgewerkte") is a form of "bijwerken"; a noun made on the verb ("actualisation" on
    /// "actualiser", French `verbs.nounEndings`) renders it. Another verb ("modifier") does not.
    @Test func verbOfSeveralWordsAndItsForms() throws {
        let clean: [(String, String, String)] = [
            ("Update your apps as soon as possible.", "Werk je apps zo snel mogelijk bij.", "Mettez vos applications à jour dès que possible."),
            ("Phones that are not updated remain vulnerable.", "Telefoons die niet worden bijgewerkt, blijven kwetsbaar.",
             "Les téléphones qui ne sont pas mis à jour restent vulnérables."),
            ("Updating the operating system takes a few minutes.", "Het besturingssysteem updaten duurt enkele minuten.",
             "L'actualisation du système d'exploitation prend quelques minutes."),
            ("The CCB published an updated version of its guide.", "Het CCB publiceerde een bijgewerkte versie van zijn gids.",
             "Le CCB a publié une version actualisée de son guide."),
        ]
        for (en, nl, fr) in clean {
            #expect(try terms([update], [unit("u", en: en, nl: nl, fr: fr)]) == [], "\(en)")
        }
        #expect(try terms([update], [unit("w", en: "Microsoft updated the browser last week.", nl: "Microsoft heeft de browser vorige week bijgewerkt.",
                                          fr: "Microsoft a modifié le navigateur la semaine dernière.")])
                == ["cross-target fr-BE bijgewerkt", "missing-term fr-BE updated"])
    }

    /// A verb term rendered by a noun made on it (French "faire un signalement", Dutch "een melding doen"; the
    /// locale's `verbs.nounEndings`) is rendered; a noun of another word ("porter plainte") is not.
    @Test func verbRenderedByItsNoun() throws {
        #expect(try terms([BlindSet3ClassTests.report], [unit("u", en: "Victims should report it to the police.",
                                                              nl: "Slachtoffers doen best een melding bij de politie.",
                                                              fr: "Les victimes ont intérêt à faire un signalement à la police.")]) == [])
        #expect(try terms([BlindSet3ClassTests.report], [unit("w", en: "Victims should report it to the police.",
                                                              nl: "Slachtoffers doen best een melding bij de politie.",
                                                              fr: "Les victimes ont intérêt à porter plainte à la police.")])
                == ["missing-term fr-BE report"])
    }

    var account: String { entry("a", "noun", [], [("en", "account", "preferred"), ("nl", "account", "preferred"), ("fr", "compte", "preferred")]) }
    var literacy: String { entry("m", "noun", [], [("en", "media literacy", "preferred"), ("nl", "mediawijsheid", "preferred"),
                                                  ("fr", "éducation aux médias", "preferred")]) }

    /// A term's word inside a fixed expression of another sense is no term (the locale's `idioms`): English "took
    /// into account", "on account of"; French "tenir compte de" asks nothing of the Dutch. The same word outside
    /// the expression is still the term.
    @Test func termWordInsideAnIdiom() throws {
        #expect(try terms([account], [unit("u", en: "The judge took into account the age of the victim.",
                                           nl: "De rechter hield rekening met de leeftijd van het slachtoffer.",
                                           fr: "Le juge a tenu compte de l'âge de la victime.")]) == [])
        #expect(try terms([account], [unit("u", en: "The event was cancelled on account of the storm.", nl: "Het evenement werd afgelast wegens de storm.",
                                           fr: "L'événement a été annulé en raison de la tempête.")]) == [])
        #expect(try terms([account], [unit("w", en: "Delete the account of your child if it is no longer used.",
                                           nl: "Verwijder het profiel van je kind als het niet meer gebruikt wordt.",
                                           fr: "Supprimez le compte de votre enfant s'il n'est plus utilisé.")])
                == ["cross-target nl-BE compte", "missing-term nl-BE account"])
    }

    /// A French heading in capitals without accents, with an elided article, holds the term ("L'EDUCATION AUX
    /// MEDIAS"); a heading without it does not.
    @Test func headingInCapitalsWithElision() throws {
        #expect(try terms([literacy], [unit("u", en: "MEDIA LITERACY IN EVERY CLASSROOM", nl: "MEDIAWIJSHEID IN ELKE KLAS",
                                            fr: "L'EDUCATION AUX MEDIAS DANS CHAQUE CLASSE")]) == [])
        #expect(try terms([literacy], [unit("w", en: "MEDIA LITERACY IN EVERY CLASSROOM", nl: "MEDIAWIJSHEID IN ELKE KLAS",
                                            fr: "LA CULTURE NUMERIQUE DANS CHAQUE CLASSE")])
                == ["cross-target fr-BE MEDIAWIJSHEID", "missing-term fr-BE MEDIA LITERACY"])
    }

    /// A verb term's word at the end of its clause after a determiner and one word is a noun ("a copy of the police
    /// report."); followed by its object or a clause it stays the verb ("the police report it to …").
    @Test func verbTermAsTheHeadOfANounPhrase() throws {
        #expect(try terms([BlindSet3ClassTests.report], [unit("u", en: "Keep a copy of the police report.", nl: "Bewaar een kopie van het proces-verbaal.",
                                                              fr: "Conservez une copie du procès-verbal.")]) == [])
        #expect(try terms([BlindSet3ClassTests.report], [unit("w", en: "Only the victims report it to the bank.", nl: "Alleen de slachtoffers zeggen het tegen de bank.",
                                                              fr: "Seules les victimes le disent à la banque.")])
                == ["missing-term fr-BE report", "missing-term nl-BE report"])
    }
}
