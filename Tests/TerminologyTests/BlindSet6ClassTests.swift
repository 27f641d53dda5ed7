import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The classes of false findings the first run of blind set 6 found (`Tests/Fixtures/terminology/blind6/README.md`)
/// and that were fixed, each with the failing input and, beside it, an error of the same shape that must still be
/// found.
@Suite struct BlindSet6ClassTests {
    /// The findings of the term rules and `dnt-changed` on `units`, as "rule locale text", sorted.
    func findings(_ entries: [String], _ units: [CheckUnit]) throws -> [String] {
        let rules: Set<String> = [CheckRule.missingTerm.id, CheckRule.forbiddenTerm.id, CheckRule.crossTarget.id, CheckRule.dntChanged.id]
        return try checker(try tbx(tbx3(entries.joined(separator: "\n")))).check(units)
            .filter { rules.contains($0.rule) }.map { "\($0.rule) \($0.locale) \($0.text)" }.sorted()
    }

    func name(_ id: String, _ text: String) -> String {
        BlindSet3ClassTests.entry(id, "properNoun", notes: ["taalgrens:dnt"], [("en", text, "preferred"), ("nl", text, "preferred"), ("fr", text, "preferred")])
    }
    var block: String { BlindSet3ClassTests.entry("b", "verb", [("en", "block", "preferred"), ("nl", "blokkeren", "preferred"), ("fr", "bloquer", "preferred")]) }
    var account: String { BlindSet3ClassTests.entry("a", "noun", [("en", "account", "preferred"), ("nl", "account", "preferred"), ("fr", "compte", "preferred")]) }

    /// Dutch writes a compound on a one-word name as one word, keeping the name's capitals ("Snapchatgebruikers",
    /// "WhatsAppgroep"): the name is kept (it read as missing). The name with other capitals in such a compound is
    /// still changed, and a name of several words is written with a hyphen in Dutch, so run on closed it is changed.
    @Test func nameAtTheStartOfADutchClosedCompound() throws {
        #expect(try findings([name("s", "Snapchat")], [unit("u", en: "Snapchat users can share their location on a map.",
                                                           nl: "Snapchatgebruikers kunnen hun locatie op een kaart delen.",
                                                           fr: "Les utilisateurs de Snapchat peuvent partager leur position sur une carte.")]) == [])
        #expect(try findings([name("w", "WhatsApp")], [unit("u", en: "Leave the WhatsApp group if it turns nasty.",
                                                           nl: "Verlaat de WhatsAppgroep als het er onaangenaam wordt.",
                                                           fr: "Quittez le groupe WhatsApp si l'ambiance devient malsaine.")]) == [])
        #expect(try findings([name("w", "WhatsApp")], [unit("w", en: "Leave the WhatsApp group if it turns nasty.",
                                                           nl: "Verlaat de Whatsappgroep als het er onaangenaam wordt.",
                                                           fr: "Quittez le groupe WhatsApp si l'ambiance devient malsaine.")])
                .map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["dnt-changed nl-BE"])
        #expect(try findings([name("c", "Child Focus")], [unit("w", en: "Child Focus staff answer the calls.",
                                                              nl: "Child Focusmedewerkers beantwoorden de oproepen.",
                                                              fr: "Le personnel de Child Focus répond aux appels.")])
                .map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["dnt-changed nl-BE"])
        // French writes no closed compounds: a name run on there is changed.
        #expect(try findings([name("s", "Snapchat")], [unit("w", en: "Snapchat users can share their location.",
                                                           nl: "Snapchatgebruikers kunnen hun locatie delen.",
                                                           fr: "Les Snapchatteurs peuvent partager leur position.")])
                .map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["dnt-changed fr-BE"])
    }

    /// A verb term's word after a number written as a word of two or more ("two blocks") is a plural noun and asks
    /// for no verb (it asked both targets for "blokkeren" / "bloquer"). After "first" (an adverb as often as an
    /// ordinal) the verb still asks for its translation.
    @Test func verbTermsWordAfterANumberWord() throws {
        #expect(try findings([block], [unit("u", en: "The school is two blocks from the station.", nl: "De school ligt twee straten van het station.",
                                            fr: "L'école est à deux rues de la gare.")]) == [])
        #expect(try findings([block], [unit("w", en: "First block the sender.", nl: "Negeer eerst de afzender.",
                                            fr: "Bloquez d'abord l'expéditeur.")]) == ["cross-target nl-BE Bloquez", "missing-term nl-BE block"])
    }

    /// A verb term found in one target asks nothing of the other where the source does not use the entry's verb as a
    /// verb: "Comme le signale le rapport" points out, "Meld je aan" signs up (both asked the other target for the
    /// verb). Where the source reports, the other target must still render the verb.
    @Test func verbInATargetWhereTheSourceNamesNoSuchAction() throws {
        let report = BlindSet3ClassTests.report
        #expect(try findings([report], [unit("u", en: "As the report points out, most victims are boys.",
                                             nl: "Zoals het rapport opmerkt, zijn de meeste slachtoffers jongens.",
                                             fr: "Comme le signale le rapport, la plupart des victimes sont des garçons.")]) == [])
        #expect(try findings([report], [unit("u", en: "Sign up for our newsletter on safe gaming.", nl: "Meld je aan voor onze nieuwsbrief over veilig gamen.",
                                             fr: "Inscrivez-vous à notre lettre d'information sur le jeu en ligne sûr.")]) == [])
        #expect(try findings([report], [unit("w", en: "Report the profile to the platform.", nl: "Meld het profiel bij het platform.",
                                             fr: "Indiquez le profil à la plateforme.")]) == ["cross-target fr-BE Meld", "missing-term fr-BE Report"])
    }

    /// A case-sensitive term a target copies as written from a source that does not hold the entry is the source's own
    /// word (the antivirus "AVG", not the Dutch acronym of the GDPR) and asks nothing of the other target. An acronym a
    /// translator adds where the source has no such word still does.
    @Test func acronymCopiedFromTheSource() throws {
        let gdpr = BlindSet3ClassTests.entry("g", "noun", [("en", "GDPR", "preferred"), ("nl", "AVG", "preferred"), ("fr", "RGPD", "preferred")])
        #expect(try findings([gdpr], [unit("u", en: "Install an antivirus such as AVG or Avast on the family computer.",
                                           nl: "Installeer een antivirusprogramma zoals AVG of Avast op de gezinscomputer.",
                                           fr: "Installez un antivirus comme AVG ou Avast sur l'ordinateur familial.")]) == [])
        #expect(try findings([gdpr], [unit("w", en: "Schools must respect the privacy rules when they publish photos.",
                                           nl: "Scholen moeten de AVG naleven wanneer ze foto's publiceren.",
                                           fr: "Les écoles doivent respecter les règles de confidentialité lorsqu'elles publient des photos.")])
                == ["cross-target fr-BE AVG"])
    }

    /// A fixed expression's verb may be conjugated: "Tenez compte de" is the idiom "tenir compte", "se rendait compte"
    /// the idiom "rendre compte" (regular French verbs in -dre conjugate as `verbs.conjugations` "dre" says), so
    /// "compte" there is no account (it asked the Dutch for "account"). The noun after the verb with another word
    /// between is still the term.
    @Test func idiomWithAConjugatedVerb() throws {
        #expect(try findings([account], [unit("u", en: "Take your child's age into account.", nl: "Hou rekening met de leeftijd van je kind.",
                                              fr: "Tenez compte de l'âge de votre enfant.")]) == [])
        #expect(try findings([account], [unit("u", en: "She realised the danger.", nl: "Ze besefte het gevaar.",
                                              fr: "Elle se rendait compte du danger.")]) == [])
        #expect(try findings([account], [unit("w", en: "Keep your accounts up to date.", nl: "Houd je profielen up-to-date.",
                                              fr: "Tenez vos comptes à jour.")]) == ["cross-target nl-BE comptes", "missing-term nl-BE accounts"])
    }
}
