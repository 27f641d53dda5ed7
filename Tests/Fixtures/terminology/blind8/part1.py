# Terminology blind set 8, part 1: social security and health insurance (the health insurance fund, RIZIV / INAMI,
# OCMW / CPAS, incapacity for work and its benefit, family allowance, the medical adviser, the GP, the medical
# certificate, reimbursement, the insured person, social security, unemployment benefit, the self-employed, the
# Minister of Social Affairs).
# Aims: words in another sense ("confiance mutuelle", the Belgian "GP" at Spa, "un comité indépendant", "zelfstandig",
# "het verzekerde bedrag"); a term taken up by a pronoun or a shorter form in the next unit ("het centrum" of
# "openbaar centrum voor maatschappelijk welzijn", whose head comes first in Dutch too); superseded names
# ("kinderbijslag", "adviserend geneesheer", "centre public d'aide sociale"), alone and beside the current name;
# French inclusive writing ("les assuré·e·s", "les indépendant·e·s", "le ou la médecin-conseil", "le ou la prochaine
# ministre") and feminine titles ("la médecin-conseil", "la ministre", "indépendante"); Dutch closed compounds
# ("ziekenfondsbijdrage", "socialezekerheidsbijdragen", "huisartsenwachtpost") and a hyphenated one ("OCMW-raad");
# Netherlands Dutch against Belgian Dutch ("kindergeld", "vergoeding"); a noun term rendered by its adjective or verb
# ("arbeidsongeschikt", "terugbetaald"); a term inside another ("incapacité de travail" in "indemnité d'incapacité
# de travail"); a full name with an elliptical hyphen ("Ziekte- en Invaliditeitsverzekering"); headings in capitals;
# terms in quotation marks; near-miss words ("werkloosheid", "chômage", "reimburses").
# Written by hand before the checker ran on it. Each group: a note saying what it tests and its units; a unit's
# err lists the findings (locale, rule) it must give; every other finding on it is a false one.
# In every language "^" stands for U+202F (narrow no-break space) and "~" for U+00A0 (no-break space).
from labelled_set import Groups, MT, FT, DNT  # noqa: F401
G = Groups()
g, gg = G.g, G.gg
def SUP(loc):
    """A superseded term alone in a target: forbidden-term (a warning) and missing-term (docs/terminology.md)."""
    return [(loc, "forbidden-term"), (loc, "missing-term")]

# --- health insurance fund: ziekenfonds, mutualiteit / mutualité, mutuelle -----------------------------------------
g("clean: the admitted terms in the plural (mutualiteiten, mutuelles)",
  "Health insurance funds must send the forms by 30 June.",
  "De mutualiteiten moeten de formulieren tegen 30 juni versturen.",
  "Les mutuelles doivent envoyer les formulaires d'ici le 30 juin.")
g("clean: nl a closed compound holding the term (ziekenfondsbijdrage)",
  "The health insurance fund contribution is about 100 euros a year.",
  "De ziekenfondsbijdrage bedraagt ongeveer 100 euro per jaar.",
  "La cotisation à la mutualité s'élève à environ 100 euros par an.")
g("error: nl verzekeraar, a generic insurer",
  "Send the invoice to your health insurance fund.",
  "Stuur de factuur naar je verzekeraar.",
  "Envoyez la facture à votre mutualité.",
  err=MT("nl-BE"))
g("error: fr caisse d'assurance maladie, the other country's body",
  "Contact your health insurance fund first.",
  "Neem eerst contact op met je ziekenfonds.",
  "Contactez d'abord votre caisse d'assurance maladie.",
  err=MT("fr-BE"))
g("clean: fr mutuelle as an adjective (confiance mutuelle), another sense",
  "Patients and doctors need mutual trust.",
  "Patiënten en artsen hebben wederzijds vertrouwen nodig.",
  "Patients et médecins ont besoin d'une confiance mutuelle.")
gg("clean: the term in full, then taken up by a pronoun in both targets where the source names it again",
   ("Your health insurance fund processes the request.",
    "Je ziekenfonds verwerkt de aanvraag.",
    "Votre mutualité traite la demande."),
   ("Your health insurance fund then informs you by letter.",
    "Daarna laat het je per brief weten wat het besliste.",
    "Elle vous informe ensuite par courrier."))

# --- NIHDI: RIZIV / INAMI and their full names ----------------------------------------------------------------------
g("clean: the admitted full names, nl with an elliptical hyphen (Ziekte- en …)",
  "The National Institute for Health and Disability Insurance published new figures.",
  "Het Rijksinstituut voor Ziekte- en Invaliditeitsverzekering publiceerde nieuwe cijfers.",
  "L'Institut national d'assurance maladie-invalidité a publié de nouveaux chiffres.")
g("error: nl INAMI, the other language's acronym",
  "Check the NIHDI website.",
  "Kijk op de website van het INAMI.",
  "Consultez le site de l'INAMI.",
  err=MT("nl-BE"))
g("error: fr the full name cut short (without invalidité)",
  "The NIHDI reimburses the vaccine.",
  "Het RIZIV betaalt het vaccin terug.",
  "L'Institut national d'assurance maladie rembourse le vaccin.",
  err=MT("fr-BE"))

# --- PCSW: OCMW / CPAS, centre public d'aide sociale superseded ------------------------------------------------------
g("clean: nl a hyphenated compound on the acronym (OCMW-raad), fr du CPAS",
  "The PCSW council approved the budget.",
  "De OCMW-raad keurde de begroting goed.",
  "Le conseil du CPAS a approuvé le budget.")
g("error: fr the superseded name alone (centre public d'aide sociale)",
  "Go to the public centre for social welfare in your municipality.",
  "Ga naar het openbaar centrum voor maatschappelijk welzijn van je gemeente.",
  "Adressez-vous au centre public d'aide sociale de votre commune.",
  err=SUP("fr-BE"))
g("error (warning): fr the superseded name beside the current one, as history; nl OCMW's with a clitic plural",
  "Since 2002 the French-speaking PCSWs have had a new name.",
  "Sinds 2002 dragen de Franstalige OCMW's een nieuwe naam.",
  "Depuis 2002, le centre public d'aide sociale s'appelle centre public d'action sociale.",
  err=FT("fr-BE"))
g("error: nl sociaal huis, another body",
  "The PCSW pays the rent deposit.",
  "Het sociaal huis betaalt de huurwaarborg.",
  "Le CPAS paie la garantie locative.",
  err=MT("nl-BE"))
gg("clean: the full name, then its head in the next unit (nl het centrum: a Dutch term whose head comes first)",
   ("The public centre for social welfare of Namur is opening a new office.",
    "Het openbaar centrum voor maatschappelijk welzijn van Namen opent een nieuw kantoor.",
    "Le centre public d'action sociale de Namur ouvre un nouveau bureau."),
   ("The public centre for social welfare will also offer legal advice there.",
    "Het centrum zal er ook juridisch advies geven.",
    "Le centre y offrira aussi des conseils juridiques."))

# --- incapacity for work: arbeidsongeschiktheid / incapacité de travail ---------------------------------------------
g("clean: nl the adjective (arbeidsongeschikt) where the source has no term and fr has one",
  "If you are unfit for work, tell your employer.",
  "Ben je arbeidsongeschikt, verwittig dan je werkgever.",
  "Si vous êtes en incapacité de travail, prévenez votre employeur.")
g("clean: nl the adjective renders the source's noun (zolang je arbeidsongeschikt bent)",
  "During your incapacity for work you keep your rights.",
  "Zolang je arbeidsongeschikt bent, behoud je je rechten.",
  "Pendant votre incapacité de travail, vous conservez vos droits.")
g("error: nl ziekte, a generic word",
  "Report your incapacity for work within 48 hours.",
  "Meld je ziekte binnen 48 uur.",
  "Déclarez votre incapacité de travail dans les 48 heures.",
  err=MT("nl-BE"))

# --- incapacity benefit: arbeidsongeschiktheidsuitkering, ziekte-uitkering / indemnité d'incapacité de travail -------
g("clean: the admitted terms (ziekte-uitkering, indemnité de maladie)",
  "Your incapacity benefit is paid every month.",
  "Je ziekte-uitkering wordt elke maand gestort.",
  "Votre indemnité de maladie est versée chaque mois.")
g("error: fr l'allocation, a generic word; the verb apply for rendered in both",
  "You must apply for incapacity benefit yourself.",
  "Je moet de arbeidsongeschiktheidsuitkering zelf aanvragen.",
  "Vous devez demander vous-même l'allocation.",
  err=MT("fr-BE"))
g("clean: the source's incapacity for work inside the targets' longer terms (a compound, a nested term)",
  "The benefit for incapacity for work is calculated on your last wage.",
  "De arbeidsongeschiktheidsuitkering wordt berekend op je laatste loon.",
  "L'indemnité d'incapacité de travail est calculée sur votre dernier salaire.")

# --- family allowance: gezinsbijslag, groeipakket, kinderbijslag (superseded) / allocations familiales --------------
g("clean: nl the admitted Groeipakket with a capital",
  "In Flanders, child benefit now includes a school allowance.",
  "In Vlaanderen omvat het Groeipakket nu ook een schooltoeslag.",
  "En Flandre, les allocations familiales comprennent désormais une allocation scolaire.")
g("error: nl the superseded kinderbijslag alone",
  "Family allowance rises by 2% in March.",
  "De kinderbijslag stijgt in maart met 2%.",
  "Les allocations familiales augmentent de 2^% en mars.",
  err=SUP("nl-BE"))
g("error (warning): nl the superseded name beside the admitted one, as history",
  "In 2019 the Growth Package replaced the old child benefit.",
  "In 2019 verving het Groeipakket de vroegere kinderbijslag.",
  "En 2019, le Groeipakket a remplacé les anciennes allocations familiales.",
  err=FT("nl-BE"))
g("error: fr aides familiales, another concept; the separable verb split in nl (Vraag … aan)",
  "Apply for family allowance when your child is born.",
  "Vraag de gezinsbijslag aan bij de geboorte van je kind.",
  "Demandez les aides familiales à la naissance de votre enfant.",
  err=MT("fr-BE"))
g("error: nl kindergeld, the Netherlands' word",
  "How much family allowance will you get?",
  "Hoeveel kindergeld krijg je?",
  "Combien d'allocations familiales allez-vous recevoir^?",
  err=MT("nl-BE"))

# --- medical adviser: adviserend arts, adviserend geneesheer (superseded) / médecin-conseil --------------------------
g("clean: fr the feminine title (la médecin-conseil)",
  "The medical adviser may call you in for an examination.",
  "De adviserend arts kan je oproepen voor een onderzoek.",
  "La médecin-conseil peut vous convoquer pour un examen.")
g("clean: plurals, nl inflected adjective, fr both parts of the hyphenated word",
  "Medical advisers check whether you can work again.",
  "Adviserende artsen gaan na of je opnieuw kunt werken.",
  "Les médecins-conseils vérifient si vous pouvez reprendre le travail.")
g("error: nl the superseded adviserend geneesheer alone",
  "Your GP sends the form to the medical adviser.",
  "Je huisarts stuurt het formulier naar de adviserend geneesheer.",
  "Votre médecin généraliste envoie le formulaire au médecin-conseil.",
  err=SUP("nl-BE"))
g("clean: fr inclusive writing (le ou la médecin-conseil)",
  "Contact the medical adviser by phone.",
  "Neem telefonisch contact op met de adviserend arts.",
  "Contactez le ou la médecin-conseil par téléphone.")
gg("clean: the term in full, then its head in the next unit (de arts, au médecin)",
   ("The medical adviser will call you in within a month.",
    "De adviserend arts roept je binnen een maand op.",
    "Le médecin-conseil vous convoquera dans un délai d'un mois."),
   ("Bring your medical file to the medical adviser.",
    "Breng je medisch dossier mee naar de arts.",
    "Apportez votre dossier médical au médecin."))

# --- general practitioner: huisarts / médecin généraliste, généraliste ----------------------------------------------
g("clean: the acronym in the source, the preferred terms",
  "Make an appointment with your GP.",
  "Maak een afspraak met je huisarts.",
  "Prenez rendez-vous chez votre médecin généraliste.")
g("clean: nl a closed compound (huisartsenwachtpost), fr the Belgian name of the service (médecine générale)",
  "At night, go to the GP out-of-hours service.",
  "'s Nachts ga je naar de huisartsenwachtpost.",
  "La nuit, rendez-vous au poste de garde de médecine générale.")
g("clean: GP in another sense (the Belgian Grand Prix)",
  "Roads around Spa are closed during the Belgian GP.",
  "Tijdens de Grote Prijs van België zijn de wegen rond Spa afgesloten.",
  "Les routes autour de Spa sont fermées pendant le Grand Prix de Belgique.")
g("error: nl dokter, a generic word",
  "Your GP can prescribe the test.",
  "Je dokter kan de test voorschrijven.",
  "Votre médecin généraliste peut prescrire le test.",
  err=MT("nl-BE"))

# --- medical certificate: medisch attest, ziektebriefje / certificat médical ----------------------------------------
g("clean: the admitted term in quotation marks",
  "Many employees still speak of a 'sick note'.",
  "Veel werknemers spreken nog van een 'ziektebriefje'.",
  "Beaucoup de salariés parlent encore d'un «~certificat médical~».")
g("error: fr l'attestation, a generic word",
  "The medical certificate must state the expected duration.",
  "Het medisch attest moet de verwachte duur vermelden.",
  "L'attestation doit mentionner la durée prévue.",
  err=MT("fr-BE"))

# --- reimbursement: terugbetaling / remboursement -------------------------------------------------------------------
g("clean: nl the verb's participle (terugbetaald) renders the source's noun",
  "You will receive the reimbursement in your account.",
  "Het bedrag wordt op je rekening terugbetaald.",
  "Vous recevrez le remboursement sur votre compte.")
g("error: nl vergoeding, the Netherlands' word",
  "The reimbursement of glasses has changed.",
  "De vergoeding van brillen is veranderd.",
  "Le remboursement des lunettes a changé.",
  err=MT("nl-BE"))
g("clean: near-miss, the verb reimburses in the source; both targets name the fund the source calls the fund",
  "The fund reimburses 75% of the cost.",
  "Het ziekenfonds betaalt 75% van de kosten terug.",
  "La mutualité rembourse 75^% du coût.")

# --- insured person: verzekerde / assuré, assuré social -------------------------------------------------------------
g("clean: fr inclusive writing with middle dots (les assuré·e·s)",
  "Insured persons can check their file online.",
  "Verzekerden kunnen hun dossier online bekijken.",
  "Les assuré·e·s peuvent consulter leur dossier en ligne.")
g("clean: nl verzekerde as a participle (het verzekerde bedrag), another sense",
  "The insured amount is capped at 5,000 euros.",
  "Het verzekerde bedrag is beperkt tot 5.000 euro.",
  "La somme couverte est plafonnée à 5^000 euros.")
g("error: fr le patient, another concept",
  "The insured person pays a fixed share.",
  "De verzekerde betaalt een vast aandeel.",
  "Le patient paie une part fixe.",
  err=MT("fr-BE"))

# --- social security: sociale zekerheid / sécurité sociale ----------------------------------------------------------
g("clean: nl the term written closed in a compound (socialezekerheidsbijdragen)",
  "Social security contributions fund pensions.",
  "Socialezekerheidsbijdragen financieren de pensioenen.",
  "Les cotisations de sécurité sociale financent les pensions.")
g("error: nl sociale bijstand, another concept",
  "Social security protects workers against loss of income.",
  "De sociale bijstand beschermt werknemers tegen inkomensverlies.",
  "La sécurité sociale protège les travailleurs contre la perte de revenus.",
  err=MT("nl-BE"))
g("clean: the term inside a longer phrase the targets render by the Belgian name (social security number)",
  "Your social security number is on the back of your identity card.",
  "Je rijksregisternummer staat op de achterkant van je identiteitskaart.",
  "Votre numéro de registre national figure au verso de votre carte d'identité.")

# --- unemployment benefit: werkloosheidsuitkering, stempelgeld (deprecated) / allocation de chômage ------------------
g("error: nl the deprecated stempelgeld",
  "Unemployment benefit is paid by a payment body.",
  "Het stempelgeld wordt uitbetaald door een uitbetalingsinstelling.",
  "L'allocation de chômage est versée par un organisme de paiement.",
  err=FT("nl-BE"))
g("error: fr indemnités de chômage, a synonym the termbase does not list",
  "Unemployment benefit is limited in time.",
  "De werkloosheidsuitkering wordt beperkt in de tijd.",
  "Les indemnités de chômage sont limitées dans le temps.",
  err=MT("fr-BE"))
g("clean: near-miss words (werkloosheid, chômage) without the benefit",
  "Unemployment fell to 5.6%.",
  "De werkloosheid daalde tot 5,6%.",
  "Le chômage a baissé à 5,6^%.")

# --- self-employed person: zelfstandige / travailleur indépendant, indépendant --------------------------------------
g("clean: fr inclusive writing with middle dots (les indépendant·e·s)",
  "Self-employed persons can also take parental leave.",
  "Ook zelfstandigen kunnen ouderschapsverlof nemen.",
  "Les indépendant·e·s peuvent aussi prendre un congé parental.")
g("clean: fr indépendant as an adjective, another sense",
  "An independent committee checks the figures.",
  "Een onafhankelijke commissie controleert de cijfers.",
  "Un comité indépendant contrôle les chiffres.")
g("clean: nl zelfstandig as an adverb, another sense",
  "Children learn to use the app on their own.",
  "Kinderen leren de app zelfstandig gebruiken.",
  "Les enfants apprennent à utiliser l'application seuls.")
g("error: nl freelancers, another concept",
  "Self-employed persons with a low income pay a minimum contribution.",
  "Freelancers met een laag inkomen betalen een minimumbijdrage.",
  "Les indépendants à faible revenu paient une cotisation minimale.",
  err=MT("nl-BE"))
g("clean: fr the feminine (indépendante)",
  "She has worked as a self-employed person since 2020.",
  "Ze werkt sinds 2020 als zelfstandige.",
  "Elle travaille comme indépendante depuis 2020.")

# --- Minister of Social Affairs: minister van Sociale Zaken / ministre des Affaires sociales -------------------------
g("clean: fr the feminine title (la ministre)",
  "The Minister of Social Affairs announced a new plan.",
  "De minister van Sociale Zaken kondigde een nieuw plan aan.",
  "La ministre des Affaires sociales a annoncé un nouveau plan.")
g("clean: fr inclusive writing (le ou la prochaine ministre)",
  "The next Minister of Social Affairs will have to decide.",
  "De volgende minister van Sociale Zaken zal moeten beslissen.",
  "Le ou la prochaine ministre des Affaires sociales devra trancher.")
g("error: nl minister van Volksgezondheid, another minister",
  "The Minister of Social Affairs signed the agreement.",
  "De minister van Volksgezondheid ondertekende het akkoord.",
  "Le ministre des Affaires sociales a signé l'accord.",
  err=MT("nl-BE"))
g("error: fr le ministre alone, no earlier mention",
  "The Minister of Social Affairs answered questions in the Chamber.",
  "De minister van Sociale Zaken beantwoordde vragen in de Kamer.",
  "Le ministre a répondu aux questions à la Chambre.",
  err=MT("fr-BE"))
g("clean: the term after a quotation, fr feminine",
  "“We will simplify the rules,” said the Minister of Social Affairs.",
  "“We zullen de regels vereenvoudigen”, zei de minister van Sociale Zaken.",
  "«~Nous allons simplifier les règles~», a déclaré la ministre des Affaires sociales.")
