import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The classes of false findings the first run of blind set 5 found (`Tests/Fixtures/terminology/blind5/README.md`),
/// each with the failing input and, beside it, an error of the same shape that must still be found.
@Suite struct BlindSet5ClassTests {
    let entry = BlindSet3ClassTests.entry
    func terms(_ entries: [String], _ units: [CheckUnit]) throws -> [String] { try BlindSet3ClassTests().terms(entries, units) }

    var heavyGoodsVehicle: String { entry("h", "noun", [], [("en", "heavy goods vehicle", "preferred"), ("nl", "zware vrachtwagen", "preferred"),
                                                       ("nl", "camion", "deprecated"), ("fr", "poids lourd", "preferred")]) }
    var companyCar: String { entry("c", "noun", [], [("en", "company car", "preferred"), ("nl", "bedrijfswagen", "preferred"),
                                                ("nl", "auto van de zaak", "deprecated"), ("fr", "voiture de société", "preferred")]) }
    var assessmentNotice: String { entry("a", "noun", [], [("en", "assessment notice", "preferred"), ("nl", "aanslagbiljet", "preferred"),
                                                      ("fr", "avertissement-extrait de rôle", "preferred")]) }
    var lowEmissionZone: String { entry("z", "noun", [], [("en", "low-emission zone", "preferred"), ("nl", "lage-emissiezone", "preferred"),
                                                     ("fr", "zone de basses émissions", "preferred")]) }
    var sectionControl: String { entry("s", "noun", [], [("en", "section control", "preferred"), ("nl", "trajectcontrole", "preferred"),
                                                    ("fr", "radar-tronçon", "preferred")]) }
    var email: String { entry("e", "noun", [], [("en", "email", "preferred"), ("nl", "e-mail", "preferred"), ("nl", "mail", "admitted"),
                                               ("nl", "email", "deprecated"), ("fr", "courriel", "preferred")]) }
    var invoice: String { entry("i", "noun", [], [("en", "invoice", "preferred"), ("nl", "factuur", "preferred"), ("fr", "facture", "preferred")]) }
    var socialSecurity: String { entry("k", "noun", [], [("en", "social security", "preferred"), ("nl", "sociale zekerheid", "preferred"),
                                                    ("fr", "sécurité sociale", "preferred")]) }

    /// A Dutch noun in -en takes an -s plural ("vrachtwagens", "bedrijfswagens"), which Snowball stems to the
    /// singular while it stems the singular one step further (`endings`: ens → en in nl-BE). The plural is the term,
    /// alone and inside a multi-word term, and a Dutch rendering found so makes `cross-target` ask the French for it;
    /// the word without the term's adjective is still no rendering.
    @Test func dutchPluralInSOfANounInEn() throws {
        #expect(try terms([heavyGoodsVehicle], [unit("u", en: "Heavy goods vehicles may no longer drive through the town centre.",
                                                     nl: "Zware vrachtwagens mogen niet meer door het centrum rijden.",
                                                     fr: "Les poids lourds ne peuvent plus traverser le centre-ville.")]) == [])
        #expect(try terms([companyCar], [unit("u", en: "Electric company cars need a charging point.", nl: "Elektrische bedrijfswagens hebben een laadpunt nodig.",
                                              fr: "Les voitures de société électriques ont besoin d'une borne de recharge.")]) == [])
        #expect(try terms([heavyGoodsVehicle], [unit("w", en: "The bridge is closed to heavy goods vehicles.", nl: "De brug is gesloten voor zware vrachtwagens.",
                                                     fr: "Le pont est fermé aux camions.")])
                == ["cross-target fr-BE zware vrachtwagens", "missing-term fr-BE heavy goods vehicles"])
        #expect(try terms([heavyGoodsVehicle], [unit("w", en: "Heavy goods vehicles are banned from the left lane.", nl: "Vrachtwagens mogen niet links rijden.",
                                                     fr: "Les poids lourds sont interdits sur la bande de gauche.")])
                == ["cross-target nl-BE poids lourds", "missing-term nl-BE Heavy goods vehicles"])
        // "gegevens" (data) is kept as written: the participle "gegeven" (given) is not the term.
        let data = entry("g", "noun", [], [("en", "data", "preferred"), ("nl", "gegevens", "preferred"), ("fr", "données", "preferred")])
        let given = try terms([data], [unit("u", en: "The teacher gave a lesson on privacy.", nl: "De leerkracht heeft les gegeven over privacy.",
                                            fr: "L'enseignant a donné un cours sur la vie privée.")])
        #expect(given == [])
        #expect(try terms([data], [unit("w", en: "The app sells your data.", nl: "De app verkoopt je informatie.", fr: "L'application vend vos données.")])
                == ["cross-target nl-BE données", "missing-term nl-BE data"])
    }

    /// A clitic that inflects a word inside a multi-word term is that word's ending: Dutch "auto's van de zaak" is the
    /// deprecated "auto van de zaak" (it read as a missing term). Other words after "auto's" make no term.
    @Test func cliticPluralInsideAMultiWordTerm() throws {
        #expect(try terms([companyCar], [unit("w", en: "The number of company cars keeps rising.", nl: "Het aantal auto's van de zaak blijft stijgen.",
                                              fr: "Le nombre de voitures de société continue d'augmenter.")]) == ["forbidden-term nl-BE auto's van de zaak"])
        #expect(try terms([companyCar], [unit("w", en: "The number of company cars keeps rising.", nl: "Het aantal auto's van de buren blijft stijgen.",
                                              fr: "Le nombre de voitures de société continue d'augmenter.")])
                == ["cross-target nl-BE voitures de société", "missing-term nl-BE company cars"])
    }

    /// French puts both nouns of a hyphenated compound in the plural ("avertissements-extraits de rôle"): each part is
    /// inflected on its own. The first noun alone is no rendering.
    @Test func frenchHyphenatedCompoundInflectedInEachPart() throws {
        #expect(try terms([assessmentNotice], [unit("u", en: "Assessment notices for 2024 contain a QR code.", nl: "De aanslagbiljetten voor 2024 bevatten een QR-code.",
                                                    fr: "Les avertissements-extraits de rôle de 2024 contiennent un code QR.")]) == [])
        #expect(try terms([assessmentNotice], [unit("w", en: "Assessment notices for 2024 contain a QR code.", nl: "De aanslagbiljetten voor 2024 bevatten een QR-code.",
                                                    fr: "Les avertissements de 2024 contiennent un code QR.")])
                == ["cross-target fr-BE aanslagbiljetten", "missing-term fr-BE Assessment notices"])
    }

    /// A hyphenated term written with a space for its hyphen ("lage emissiezone", "radars tronçons") is the approved
    /// term misspelt and renders its entry; a part alone, or another word between the parts, does not.
    @Test func hyphenatedTermWrittenWithASpace() throws {
        #expect(try terms([lowEmissionZone], [unit("u", en: "Ghent extends its low-emission zone.", nl: "Gent breidt zijn lage emissiezone uit.",
                                                   fr: "Gand étend sa zone de basses émissions.")]) == [])
        #expect(try terms([sectionControl], [unit("u", en: "Flanders will install 20 new section controls.", nl: "Vlaanderen plaatst 20 nieuwe trajectcontroles.",
                                                  fr: "La Flandre installera 20 nouveaux radars tronçons.")]) == [])
        #expect(try terms([lowEmissionZone], [unit("w", en: "Ghent extends its low-emission zone.", nl: "Gent breidt zijn emissiezone uit.",
                                                   fr: "Gand étend sa zone de basses émissions.")])
                == ["cross-target nl-BE zone de basses émissions", "missing-term nl-BE low-emission zone"])
        #expect(try terms([sectionControl], [unit("w", en: "Flanders will install 20 new section controls.", nl: "Vlaanderen plaatst 20 nieuwe trajectcontroles.",
                                                  fr: "La Flandre installera 20 nouveaux radars de tronçons.")])
                == ["cross-target fr-BE trajectcontroles", "missing-term fr-BE section controls"])
    }

    /// A Dutch multi-word term may open a compound with hyphens between its words ("sociale-zekerheidsovereenkomst"),
    /// as it may written closed ("socialezekerheidsbijdragen"); a compound on one of its words is no rendering.
    @Test func dutchMultiWordTermJoinedToACompoundByAHyphen() throws {
        #expect(try terms([socialSecurity], [unit("u", en: "Belgium signed a social security agreement with Morocco.",
                                                  nl: "België ondertekende een sociale-zekerheidsovereenkomst met Marokko.",
                                                  fr: "La Belgique a signé une convention de sécurité sociale avec le Maroc.")]) == [])
        #expect(try terms([socialSecurity], [unit("w", en: "Belgium signed a social security agreement with Morocco.",
                                                  nl: "België ondertekende een zekerheidsovereenkomst met Marokko.",
                                                  fr: "La Belgique a signé une convention de sécurité sociale avec le Maroc.")])
                == ["cross-target nl-BE sécurité sociale", "missing-term nl-BE social security agreement"])
    }

    /// A noun term is rendered by the verb made on it by conversion (`verbs.conversionEndings`: Dutch "mail" → "mailen",
    /// "gemaild"; French "facture" → "facturer", "facturée"); another verb is no rendering, and the verb asks nothing of
    /// the other translation.
    @Test func nounTermRenderedByTheVerbMadeOnIt() throws {
        #expect(try terms([email], [unit("u", en: "You will get the result by email.", nl: "Je krijgt het resultaat gemaild.",
                                         fr: "Vous recevrez le résultat par courriel.")]) == [])
        #expect(try terms([invoice], [unit("u", en: "The repair appears on the invoice.", nl: "De herstelling staat op de factuur.",
                                           fr: "La réparation est facturée.")]) == [])
        #expect(try terms([email], [unit("w", en: "You will get the result by email.", nl: "Je krijgt het resultaat gestuurd.",
                                         fr: "Vous recevrez le résultat par courriel.")])
                == ["cross-target nl-BE courriel", "missing-term nl-BE email"])
        #expect(try terms([invoice], [unit("w", en: "The repair appears on the invoice.", nl: "De herstelling staat op de factuur.",
                                           fr: "La réparation est payée.")])
                == ["cross-target fr-BE factuur", "missing-term fr-BE invoice"])
        // The verb is not the noun: a Dutch verb form beside a French text without the term asks nothing of the French.
        #expect(try terms([email], [unit("u", en: "They sent the result.", nl: "Ze hebben het resultaat gemaild.",
                                         fr: "Ils ont envoyé le résultat.")]) == [])
    }

    /// A consonant doubles before an ending only after a short vowel written with one letter ("bal"/"ballen",
    /// "quiz"/"quizzen"), so Dutch "emaillen" (of enamel, after "ai") is no plural of the deprecated "email"; the
    /// deprecated word itself is still found.
    @Test func doubledConsonantOnlyAfterAShortVowel() throws {
        #expect(try terms([email], [unit("u", en: "The museum shows old enamel signs.", nl: "Het museum toont oude emaillen reclameborden.",
                                         fr: "Le musée expose d'anciennes plaques émaillées.")]) == [])
        #expect(try terms([email], [unit("w", en: "The fake emails came from the bank.", nl: "De valse emails kwamen van de bank.",
                                         fr: "Les faux courriels venaient de la banque.")]) == ["forbidden-term nl-BE emails"])
        let quiz = entry("q", "noun", [], [("en", "quiz", "preferred"), ("nl", "quiz", "preferred"), ("fr", "quiz", "preferred")])
        #expect(try terms([quiz], [unit("u", en: "The quiz was hard.", nl: "De quizzen waren moeilijk.", fr: "Les quiz étaient difficiles.")]) == [])
    }
}
