import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The classes of false findings and misses the first run of blind set 8 found
/// (`Tests/Fixtures/terminology/blind8/README.md`) and that were fixed, each with the failing input and, beside it, an
/// error of the same shape that must still be found.
@Suite struct BlindSet8ClassTests {
    /// A concept whose terms, given as (language, text, status), all have the part of speech `pos`.
    static func entry(_ id: String, _ pos: String, _ terms: [(String, String, String)]) -> String {
        var s = "<conceptEntry id=\"\(id)\">"
        for lang in terms.map(\.0).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            s += "<langSec xml:lang=\"\(lang)\">"
            for t in terms where t.0 == lang {
                s += "<termSec><term>\(t.1)</term><termNote type=\"partOfSpeech\">\(pos)</termNote>"
                    + "<termNote type=\"administrativeStatus\">\(t.2)Term-admn-sts</termNote></termSec>"
            }
            s += "</langSec>"
        }
        return s + "</conceptEntry>"
    }

    /// The findings of the term rules and `dnt-changed` on `units` checked together, as "rule locale text", sorted.
    static func findings(_ entries: [String], _ units: [CheckUnit]) throws -> [String] {
        let rules: Set<String> = [CheckRule.missingTerm.id, CheckRule.forbiddenTerm.id, CheckRule.crossTarget.id, CheckRule.dntChanged.id]
        return try checker(try tbx(tbx3(entries.joined(separator: "\n")))).check(units)
            .filter { rules.contains($0.rule) }.map { "\($0.rule) \($0.locale) \($0.text)" }.sorted()
    }

    static let citizen = entry("citizen", "noun", [("en", "citizen", "preferred"), ("nl", "burger", "preferred"), ("fr", "citoyen", "preferred")])
    static let user = entry("user", "noun", [("en", "user", "preferred"), ("nl", "gebruiker", "preferred"),
                                             ("fr", "utilisateur", "preferred"), ("fr", "usager", "admitted")])

    /// French inclusive writing joins the feminine endings with a middle dot or a full stop; the word stands for its
    /// first part, in the plural when it ends in s ("citoyen·ne·s" is "citoyens"). A word of another concept written so
    /// is still no term ("habitant·e·s").
    @Test func frenchInclusiveWritingIsTheTermsWord() throws {
        let clean = [
            unit("a", en: "Citizens can vote online.", nl: "Burgers kunnen online stemmen.", fr: "Les citoyen·ne·s peuvent voter en ligne."),
            unit("b", en: "The city is asking citizens for their opinion.", nl: "De stad vraagt de burgers om hun mening.",
                 fr: "La ville demande l'avis des citoyen.ne.s."),
            unit("c", en: "The app has 2 million users.", nl: "De app heeft 2 miljoen gebruikers.",
                 fr: "L'application compte 2 millions d'utilisateur·rice·s."),
            unit("d", en: "Users of public transport pay less.", nl: "Gebruikers van het openbaar vervoer betalen minder.",
                 fr: "Les usager‧ère‧s des transports publics paient moins."),
        ]
        for u in clean { #expect(try Self.findings([Self.citizen, Self.user], [u]) == [], "\(u.id)") }
        let error = unit("e", en: "Citizens can vote online.", nl: "Burgers kunnen online stemmen.", fr: "Les habitant·e·s peuvent voter en ligne.")
        #expect(try Self.findings([Self.citizen], [error]) == ["cross-target fr-BE Burgers", "missing-term fr-BE Citizens"])
    }

    static let euro6 = entry("euro6", "noun", [("en", "Euro 6 standard", "preferred"), ("nl", "Euro 6-norm", "preferred"), ("fr", "norme Euro 6", "preferred")])

    /// A number joined to a word by a hyphen, the number first ("6-norm"), is one hyphenated word, as in the term, and a
    /// term word that is hyphenated itself takes as many parts of a term written as one hyphenated word ("Euro-6-norm").
    @Test func aNumberInsideAHyphenatedTerm() throws {
        let clean = [
            unit("a", en: "Diesel cars below the Euro 6 standard may no longer enter Brussels.",
                 nl: "Dieselwagens die niet aan de Euro 6-norm voldoen, mogen Brussel niet meer in.",
                 fr: "Les voitures diesel qui ne respectent pas la norme Euro 6 ne peuvent plus entrer à Bruxelles."),
            unit("b", en: "Only vans that meet the Euro 6 standard get the premium.", nl: "Alleen bestelwagens met de Euro-6-norm krijgen de premie.",
                 fr: "Seules les camionnettes conformes à la norme Euro 6 reçoivent la prime."),
        ]
        for u in clean { #expect(try Self.findings([Self.euro6], [u]) == [], "\(u.id)") }
        let error = unit("c", en: "Check whether your car meets the Euro 6 standard.", nl: "Kijk of je wagen aan de Euro 6-norm voldoet.",
                         fr: "Vérifiez si votre voiture respecte la norme européenne 6.")
        #expect(try Self.findings([Self.euro6], [error]) == ["cross-target fr-BE Euro 6-norm", "missing-term fr-BE Euro 6 standard"])
    }

    static let nihdi = entry("nihdi", "noun", [("en", "NIHDI", "preferred"), ("nl", "RIZIV", "preferred"),
                                               ("nl", "Rijksinstituut voor Ziekte- en Invaliditeitsverzekering", "admitted"),
                                               ("fr", "INAMI", "preferred")])

    /// The elliptical hyphen of a Dutch coordination ("Ziekte- en …") stays on its word, in the term and in the text.
    @Test func anEllipticalHyphenInsideATerm() throws {
        let clean = unit("a", en: "The NIHDI published new figures.",
                         nl: "Het Rijksinstituut voor Ziekte- en Invaliditeitsverzekering publiceerde nieuwe cijfers.",
                         fr: "L'INAMI a publié de nouveaux chiffres.")
        #expect(try Self.findings([Self.nihdi], [clean]) == [])
        let error = unit("b", en: "The NIHDI published new figures.", nl: "Het Rijksinstituut voor Ziekteverzekering publiceerde nieuwe cijfers.",
                         fr: "L'INAMI a publié de nouveaux chiffres.")
        #expect(try Self.findings([Self.nihdi], [error]) == ["cross-target nl-BE INAMI", "missing-term nl-BE NIHDI"])
    }

    static let adviser = entry("adviser", "noun", [("en", "medical adviser", "preferred"), ("nl", "adviserend arts", "preferred"),
                                                   ("nl", "adviserend geneesheer", "superseded"), ("fr", "médecin-conseil", "preferred")])

    /// A Dutch noun in -s after a consonant takes the plural -en ("arts"/"artsen", "kans"/"kansen"), which Snowball stems
    /// apart (`endings`: sen → s). The plural of another noun is still no term.
    @Test func aDutchPluralInSen() throws {
        let clean = unit("a", en: "Medical advisers check whether you can work again.", nl: "Adviserende artsen gaan na of je opnieuw kunt werken.",
                         fr: "Les médecins-conseils vérifient si vous pouvez reprendre le travail.")
        #expect(try Self.findings([Self.adviser], [clean]) == [])
        let error = unit("b", en: "Medical advisers check whether you can work again.", nl: "Adviserende dokters gaan na of je opnieuw kunt werken.",
                         fr: "Les médecins-conseils vérifient si vous pouvez reprendre le travail.")
        #expect(try Self.findings([Self.adviser], [error]) == ["cross-target nl-BE médecins-conseils", "missing-term nl-BE Medical advisers"])
    }

    static let phone = entry("phone", "noun", [("en", "mobile phone", "preferred"), ("en", "mobile", "admitted"), ("nl", "gsm", "preferred"),
                                               ("nl", "mobieltje", "deprecated"), ("fr", "GSM", "preferred")])

    /// A deprecated diminutive ("mobieltje") names the diminutive, not the other forms of its base ("De mobiele eenheid");
    /// and the English "mobile" before a noun is an adjective (`compounds.adjectives`), no term.
    @Test func aDiminutiveTermAndAnAdjectiveInTheSource() throws {
        let clean = unit("a", en: "The mobile unit of the Red Cross visits the village.", nl: "De mobiele eenheid van het Rode Kruis bezoekt het dorp.",
                         fr: "L'unité mobile de la Croix-Rouge se rend dans le village.")
        #expect(try Self.findings([Self.phone], [clean]) == [])
        let error = unit("b", en: "Scan the code with your mobile phone.", nl: "Scan de code met je mobieltjes.", fr: "Scannez le code avec votre GSM.")
        #expect(try Self.findings([Self.phone], [error]) == ["forbidden-term nl-BE mobieltjes"])
        let noun = unit("c", en: "Charge your mobile before the trip.", nl: "Laad je telefoon op voor de reis.", fr: "Rechargez votre GSM avant le voyage.")
        #expect(try Self.findings([Self.phone], [noun]) == ["cross-target nl-BE GSM", "missing-term nl-BE mobile"])
    }

    static let selfEmployed = entry("self", "noun", [("en", "self-employed person", "preferred"), ("nl", "zelfstandige", "preferred"),
                                                     ("fr", "travailleur indépendant", "preferred"), ("fr", "indépendant", "admitted")])
    static let fund = entry("fund", "noun", [("en", "health insurance fund", "preferred"), ("nl", "ziekenfonds", "preferred"),
                                             ("fr", "mutualité", "preferred"), ("fr", "mutuelle", "admitted")])

    /// Words of a noun term in another word class in a target, where the source does not name the entry: a Dutch noun
    /// keeps its final -e in every form, so "zelfstandig" (on one's own) is not "zelfstandige" (`keptNounEndings`); a
    /// French word with an adjective ending right after a noun is an adjective ("comité indépendant", "confiance
    /// mutuelle"). The nouns themselves still ask the other target for the entry.
    @Test func aNounTermsWordAsAnAdjectiveInATarget() throws {
        let clean = [
            unit("a", en: "Children learn to use the app on their own.", nl: "Kinderen leren de app zelfstandig gebruiken.",
                 fr: "Les enfants apprennent à utiliser l'application seuls."),
            unit("b", en: "An independent committee checks the figures.", nl: "Een onafhankelijke commissie controleert de cijfers.",
                 fr: "Un comité indépendant contrôle les chiffres."),
            unit("c", en: "Patients and doctors need mutual trust.", nl: "Patiënten en artsen hebben wederzijds vertrouwen nodig.",
                 fr: "Patients et médecins ont besoin d'une confiance mutuelle."),
        ]
        for u in clean { #expect(try Self.findings([Self.selfEmployed, Self.fund], [u]) == [], "\(u.id)") }
        let dutch = unit("d", en: "Many of them now work alone.", nl: "Velen van hen werken nu als zelfstandigen.", fr: "Beaucoup d'entre eux travaillent désormais seuls.")
        #expect(try Self.findings([Self.selfEmployed], [dutch]) == ["cross-target fr-BE zelfstandigen"])
        let french = unit("e", en: "Contact your fund.", nl: "Neem contact op met je fonds.", fr: "Contactez votre mutuelle.")
        #expect(try Self.findings([Self.fund], [french]) == ["cross-target nl-BE mutuelle"])
    }

    static let centre = entry("centre", "noun", [("en", "public centre for social welfare", "preferred"), ("nl", "OCMW", "preferred"),
                                                 ("nl", "openbaar centrum voor maatschappelijk welzijn", "admitted"),
                                                 ("fr", "CPAS", "preferred"), ("fr", "centre public d'action sociale", "admitted")])

    /// A shorter form in the next unit: in Dutch the head of a term with a prepositional phrase is the word before the
    /// preposition ("het centrum"), and in French the first part of a hyphenated term ("au médecin" of "médecin-conseil").
    /// Without the full term just before, the shorter form is still a missing term.
    @Test func theHeadBeforeAPrepositionAndTheFirstPartOfAHyphenatedTerm() throws {
        let full = unit("u1", en: "The public centre for social welfare of Namur is opening a new office.",
                        nl: "Het openbaar centrum voor maatschappelijk welzijn van Namen opent een nieuw kantoor.",
                        fr: "Le centre public d'action sociale de Namur ouvre un nouveau bureau.")
        let short = unit("u2", en: "The public centre for social welfare will also offer legal advice there.",
                         nl: "Het centrum zal er ook juridisch advies geven.", fr: "Le centre y offrira aussi des conseils juridiques.")
        #expect(try Self.findings([Self.centre], [full, short]) == [])
        #expect(try Self.findings([Self.centre], [short]) == ["missing-term fr-BE public centre for social welfare",
                                                             "missing-term nl-BE public centre for social welfare"])
        let adviserFull = unit("v1", en: "The medical adviser will call you in within a month.", nl: "De adviserend arts roept je binnen een maand op.",
                               fr: "Le médecin-conseil vous convoquera dans un délai d'un mois.")
        let adviserShort = unit("v2", en: "Bring your medical file to the medical adviser.", nl: "Breng je medisch dossier mee naar de arts.",
                                fr: "Apportez votre dossier médical au médecin.")
        #expect(try Self.findings([Self.adviser], [adviserFull, adviserShort]) == [])
        #expect(try Self.findings([Self.adviser], [adviserShort]) == ["missing-term fr-BE medical adviser", "missing-term nl-BE medical adviser"])
    }

    static let incapacity = entry("incapacity", "noun", [("en", "incapacity for work", "preferred"), ("nl", "arbeidsongeschiktheid", "preferred"),
                                                         ("fr", "incapacité de travail", "preferred")])
    static let benefit = entry("benefit", "noun", [("en", "incapacity benefit", "preferred"), ("nl", "arbeidsongeschiktheidsuitkering", "preferred"),
                                                   ("fr", "indemnité d'incapacité de travail", "preferred"), ("fr", "indemnité de maladie", "admitted")])
    static let reimbursement = entry("reimbursement", "noun", [("en", "reimbursement", "preferred"), ("nl", "terugbetaling", "preferred"),
                                                               ("fr", "remboursement", "preferred")])

    /// The looser rendering test of `missing-term` and `cross-target` counts a noun term said by the word it is made of
    /// (the adjective of a Dutch noun in -heid, `adjectiveNounEndings`; the verb of a noun in -ing, `verbs.nounEndings`)
    /// and a term inside another entry's longer term. Another word still renders nothing.
    @Test func aNounTermSaidByItsAdjectiveOrVerbOrInsideALongerTerm() throws {
        let clean = [
            unit("a", en: "If you are unfit for work, tell your employer.", nl: "Ben je arbeidsongeschikt, verwittig dan je werkgever.",
                 fr: "Si vous êtes en incapacité de travail, prévenez votre employeur."),
            unit("b", en: "During your incapacity for work you keep your rights.", nl: "Zolang je arbeidsongeschikt bent, behoud je je rechten.",
                 fr: "Pendant votre incapacité de travail, vous conservez vos droits."),
            unit("c", en: "You will receive the reimbursement in your account.", nl: "Het bedrag wordt op je rekening terugbetaald.",
                 fr: "Vous recevrez le remboursement sur votre compte."),
            unit("d", en: "The benefit for incapacity for work is calculated on your last wage.",
                 nl: "De arbeidsongeschiktheidsuitkering wordt berekend op je laatste loon.",
                 fr: "L'indemnité d'incapacité de travail est calculée sur votre dernier salaire."),
        ]
        let entries = [Self.incapacity, Self.benefit, Self.reimbursement]
        for u in clean { #expect(try Self.findings(entries, [u]) == [], "\(u.id)") }
        let adjective = unit("e", en: "During your incapacity for work you keep your rights.", nl: "Zolang je ziek bent, behoud je je rechten.",
                             fr: "Pendant votre incapacité de travail, vous conservez vos droits.")
        #expect(try Self.findings(entries, [adjective]) == ["cross-target nl-BE incapacité de travail", "missing-term nl-BE incapacity for work"])
        let verb = unit("f", en: "You will receive the reimbursement in your account.", nl: "Het bedrag wordt op je rekening gestort.",
                        fr: "Vous recevrez le remboursement sur votre compte.")
        #expect(try Self.findings(entries, [verb]) == ["cross-target nl-BE remboursement", "missing-term nl-BE reimbursement"])
        let nested = unit("g", en: "The benefit for incapacity for work is calculated on your last wage.",
                          nl: "De arbeidsongeschiktheidsuitkering wordt berekend op je laatste loon.",
                          fr: "L'indemnité de maladie est calculée sur votre dernier salaire.")
        #expect(try Self.findings(entries, [nested]) == ["missing-term fr-BE incapacity for work"])
    }

    /// Digits inside a hyphenated word after a letter ("Euro-6-norm") are a soft number: never reported, they stand for
    /// the source's number written apart ("Euro 6 standard"). Another number there still leaves the source's missing.
    @Test func digitsInsideAHyphenatedWordStandForTheSourcesNumber() throws {
        let termbase = try tbx(tbx3(Self.euro6))
        func numbers(_ nl: String) throws -> [String] {
            try checker(termbase).check([unit("u", en: "Only vans that meet the Euro 6 standard get the premium.", nl: nl,
                                              fr: "Seules les camionnettes conformes à la norme Euro 6 reçoivent la prime.")])
                .of(.numberMismatch).map { "\($0.locale) \($0.text)" }
        }
        #expect(try numbers("Alleen bestelwagens met de Euro-6-norm krijgen de premie.") == [])
        #expect(try numbers("Alleen bestelwagens met de Euro-5-norm krijgen de premie.") == ["nl-BE 6"])
    }
}
