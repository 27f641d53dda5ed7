# Terminology blind set 8: the termbase, written by hand for this set (public-service news of Belgian social security,
# health insurance, mobility and taxes, with the online services and safety advice that go with them). build.py
# writes it as TBX v3 in the DCT style (termbase.tbx: ISO 30042:2019, TBX-Basic, data categories as elements,
# <min:administrativeStatus>, <min:partOfSpeech>, <basic:termType>, <min:subjectField>), which no earlier set used
# (sets 2 and 3: TBX v3 DCA; 4: a spreadsheet of concept rows; 5: TBX 2008; 6: a CSV of term rows; 7: MultiTerm
# XML), in the manner of an IATE extract: languages as bare ISO 639-1 codes (en, nl, fr, serving the units' nl-BE and
# fr-BE), several terms per language, each with a term type (fullForm, abbreviation, shortForm, …) and IATE's
# reliability code (1-4, kept in an element of IATE's own namespace, which TBX-Basic does not define), statuses
# preferred / admitted / deprecated / superseded, and the Taalgrens conventions (taalgrens:dnt) as <note>.
#
# Each entry: (id, subject field, part of speech, entry notes, {language: [(term, status, term type, reliability)]}),
# status p / a / d / s for preferred / admitted / deprecated / superseded.
# Decisions recorded here:
# - Belgian institutions: the acronym preferred where Belgian copy uses it (RIZIV / INAMI, OCMW / CPAS, the English
#   NIHDI and PCSW), the full form admitted. The CPAS was the "centre public d'aide sociale" until 2002: superseded.
# - "ziekenfonds" is the Belgian Dutch word for the health insurance fund, "mutualiteit" admitted; French
#   "mutualité" preferred, "mutuelle" admitted (also an adjective, "confiance mutuelle": a trap).
# - Family allowance: Dutch "gezinsbijslag" preferred, "groeipakket" (Flanders' name since 2019) admitted,
#   "kinderbijslag" superseded; French "allocations familiales" (plural, as the benefit is named), "prestations
#   familiales" admitted.
# - "adviserend geneesheer" is the superseded title of the "adviserend arts" (médecin-conseil).
# - Belgian Dutch "gsm" preferred, "mobiele telefoon" admitted (Netherlands usage, understood), "mobieltje"
#   deprecated; French "GSM" preferred (an acronym as the IATE extract writes it), "téléphone portable" and
#   "portable" admitted, "cellulaire" (Quebec) deprecated. "portable" is also a laptop ("ordinateur portable"): a trap.
# - "e-mailadres" preferred, "mailadres" admitted, "emailadres" deprecated; French "adresse e-mail" preferred,
#   "adresse électronique" admitted, "adresse mail" deprecated.
# - "paswoord" deprecated in Dutch; "stempelgeld" (colloquial unemployment benefit) deprecated.
# - "apply for" is a verb (nl "aanvragen", separable: "vraag ... aan"; fr "demander", "introduire une demande"
#   admitted).
# - Numbers inside terms: "2FA", "5G", "Euro 6 standard" / "Euro 6-norm" / "norme Euro 6".
# - Names kept as is (taalgrens:dnt): itsme, MyMinfin, e-Box, CSAM (the Belgian federal login service; "CSAM" is
#   also the English acronym for child sexual abuse material: a trap).
P, A, D, S = "p", "a", "d", "s"
ENTRIES = [
    ("iate-s01", "social security", "noun", [], {
        "en": [("health insurance fund", P, "fullForm", 3), ("sickness fund", A, "fullForm", 2)],
        "nl": [("ziekenfonds", P, "fullForm", 3), ("mutualiteit", A, "fullForm", 3)],
        "fr": [("mutualité", P, "fullForm", 3), ("mutuelle", A, "shortForm", 2)]}),
    ("iate-s02", "health insurance", "noun", [], {
        "en": [("NIHDI", P, "acronym", 3), ("National Institute for Health and Disability Insurance", A, "fullForm", 3)],
        "nl": [("RIZIV", P, "acronym", 4), ("Rijksinstituut voor Ziekte- en Invaliditeitsverzekering", A, "fullForm", 4)],
        "fr": [("INAMI", P, "acronym", 4), ("Institut national d'assurance maladie-invalidité", A, "fullForm", 4)]}),
    ("iate-s03", "social assistance", "noun", [], {
        "en": [("PCSW", P, "acronym", 2), ("public centre for social welfare", A, "fullForm", 2)],
        "nl": [("OCMW", P, "acronym", 4), ("openbaar centrum voor maatschappelijk welzijn", A, "fullForm", 4)],
        "fr": [("CPAS", P, "acronym", 4), ("centre public d'action sociale", A, "fullForm", 4),
               ("centre public d'aide sociale", S, "fullForm", 3)]}),
    ("iate-s04", "social security", "noun", [], {
        "en": [("incapacity for work", P, "fullForm", 3), ("work incapacity", A, "fullForm", 2)],
        "nl": [("arbeidsongeschiktheid", P, "fullForm", 4)],
        "fr": [("incapacité de travail", P, "fullForm", 4)]}),
    ("iate-s05", "social security", "noun", [], {
        "en": [("incapacity benefit", P, "fullForm", 3)],
        "nl": [("arbeidsongeschiktheidsuitkering", P, "fullForm", 3), ("ziekte-uitkering", A, "fullForm", 2)],
        "fr": [("indemnité d'incapacité de travail", P, "fullForm", 3), ("indemnité de maladie", A, "fullForm", 2)]}),
    ("iate-s06", "family benefits", "noun", [], {
        "en": [("family allowance", P, "fullForm", 3), ("child benefit", A, "fullForm", 3)],
        "nl": [("gezinsbijslag", P, "fullForm", 4), ("groeipakket", A, "fullForm", 3), ("kinderbijslag", S, "fullForm", 3)],
        "fr": [("allocations familiales", P, "fullForm", 4), ("prestations familiales", A, "fullForm", 3)]}),
    ("iate-s07", "health insurance", "noun", [], {
        "en": [("medical adviser", P, "fullForm", 3), ("advisory physician", A, "fullForm", 2)],
        "nl": [("adviserend arts", P, "fullForm", 4), ("adviserend geneesheer", S, "fullForm", 3)],
        "fr": [("médecin-conseil", P, "fullForm", 4)]}),
    ("iate-s08", "health care", "noun", [], {
        "en": [("general practitioner", P, "fullForm", 3), ("GP", A, "abbreviation", 3)],
        "nl": [("huisarts", P, "fullForm", 4)],
        "fr": [("médecin généraliste", P, "fullForm", 4), ("généraliste", A, "shortForm", 3)]}),
    ("iate-s09", "health insurance", "noun", [], {
        "en": [("medical certificate", P, "fullForm", 3), ("sick note", A, "fullForm", 2)],
        "nl": [("medisch attest", P, "fullForm", 3), ("ziektebriefje", A, "fullForm", 2)],
        "fr": [("certificat médical", P, "fullForm", 4)]}),
    ("iate-s10", "health insurance", "noun", [], {
        "en": [("reimbursement", P, "fullForm", 3)],
        "nl": [("terugbetaling", P, "fullForm", 3)],
        "fr": [("remboursement", P, "fullForm", 3)]}),
    ("iate-s11", "social security", "noun", [], {
        "en": [("insured person", P, "fullForm", 3)],
        "nl": [("verzekerde", P, "fullForm", 3)],
        "fr": [("assuré", P, "fullForm", 3), ("assuré social", A, "fullForm", 3)]}),
    ("iate-s12", "public administration", "noun", [], {
        "en": [("citizen", P, "fullForm", 3)],
        "nl": [("burger", P, "fullForm", 3)],
        "fr": [("citoyen", P, "fullForm", 3)]}),
    ("iate-s13", "digital government", "noun", [], {
        "en": [("user", P, "fullForm", 3)],
        "nl": [("gebruiker", P, "fullForm", 3)],
        "fr": [("utilisateur", P, "fullForm", 3), ("usager", A, "fullForm", 3)]}),
    ("iate-s14", "social security", "noun", [], {
        "en": [("social security", P, "fullForm", 4)],
        "nl": [("sociale zekerheid", P, "fullForm", 4)],
        "fr": [("sécurité sociale", P, "fullForm", 4)]}),
    ("iate-s15", "social security", "noun", [], {
        "en": [("unemployment benefit", P, "fullForm", 3)],
        "nl": [("werkloosheidsuitkering", P, "fullForm", 3), ("stempelgeld", D, "fullForm", 2)],
        "fr": [("allocation de chômage", P, "fullForm", 3)]}),
    ("iate-s16", "social security", "noun", [], {
        "en": [("self-employed person", P, "fullForm", 3)],
        "nl": [("zelfstandige", P, "fullForm", 3)],
        "fr": [("travailleur indépendant", P, "fullForm", 3), ("indépendant", A, "shortForm", 3)]}),
    ("iate-s17", "public administration", "noun", [], {
        "en": [("Minister of Social Affairs", P, "fullForm", 3)],
        "nl": [("minister van Sociale Zaken", P, "fullForm", 3)],
        "fr": [("ministre des Affaires sociales", P, "fullForm", 3)]}),
    ("iate-s18", "telecommunications", "noun", [], {
        "en": [("mobile phone", P, "fullForm", 3), ("mobile", A, "shortForm", 2)],
        "nl": [("gsm", P, "fullForm", 3), ("mobiele telefoon", A, "fullForm", 2), ("mobieltje", D, "fullForm", 2)],
        "fr": [("GSM", P, "acronym", 3), ("téléphone portable", A, "fullForm", 3), ("portable", A, "shortForm", 2),
               ("cellulaire", D, "fullForm", 2)]}),
    ("iate-s19", "information technology", "noun", [], {
        "en": [("e-mail address", P, "fullForm", 3), ("email address", A, "fullForm", 3)],
        "nl": [("e-mailadres", P, "fullForm", 3), ("mailadres", A, "fullForm", 2), ("emailadres", D, "fullForm", 2)],
        "fr": [("adresse e-mail", P, "fullForm", 3), ("adresse électronique", A, "fullForm", 3),
               ("adresse mail", D, "fullForm", 2)]}),
    ("iate-s20", "information security", "noun", [], {
        "en": [("phishing", P, "fullForm", 3)],
        "nl": [("phishing", P, "fullForm", 3)],
        "fr": [("hameçonnage", P, "fullForm", 3), ("phishing", A, "fullForm", 3)]}),
    ("iate-s21", "information security", "noun", [], {
        "en": [("phishing e-mail", P, "fullForm", 3), ("phishing email", A, "fullForm", 2)],
        "nl": [("phishingmail", P, "fullForm", 3), ("phishing-e-mail", A, "fullForm", 2)],
        "fr": [("e-mail de phishing", P, "fullForm", 3), ("courriel d'hameçonnage", A, "fullForm", 3)]}),
    ("iate-s22", "information security", "noun", [], {
        "en": [("password", P, "fullForm", 3)],
        "nl": [("wachtwoord", P, "fullForm", 3), ("paswoord", D, "fullForm", 2)],
        "fr": [("mot de passe", P, "fullForm", 3)]}),
    ("iate-s23", "information security", "noun", [], {
        "en": [("password manager", P, "fullForm", 3)],
        "nl": [("wachtwoordbeheerder", P, "fullForm", 3), ("wachtwoordmanager", A, "fullForm", 2)],
        "fr": [("gestionnaire de mots de passe", P, "fullForm", 3)]}),
    ("iate-s24", "information security", "noun", [], {
        "en": [("two-factor authentication", P, "fullForm", 3), ("2FA", A, "abbreviation", 3)],
        "nl": [("tweestapsverificatie", P, "fullForm", 3), ("2FA", A, "abbreviation", 3)],
        "fr": [("authentification à deux facteurs", P, "fullForm", 3), ("2FA", A, "abbreviation", 3)]}),
    ("iate-s25", "telecommunications", "noun", [], {
        "en": [("5G", P, "abbreviation", 4)], "nl": [("5G", P, "abbreviation", 4)], "fr": [("5G", P, "abbreviation", 4)]}),
    ("iate-s26", "transport", "noun", [], {
        "en": [("driving licence", P, "fullForm", 4), ("driver's licence", A, "fullForm", 2)],
        "nl": [("rijbewijs", P, "fullForm", 4)],
        "fr": [("permis de conduire", P, "fullForm", 4)]}),
    ("iate-s27", "transport", "noun", [], {
        "en": [("mobility budget", P, "fullForm", 3)],
        "nl": [("mobiliteitsbudget", P, "fullForm", 3)],
        "fr": [("budget mobilité", P, "fullForm", 3)]}),
    ("iate-s28", "transport", "noun", [], {
        "en": [("season ticket", P, "fullForm", 3)],
        "nl": [("abonnement", P, "fullForm", 3)],
        "fr": [("abonnement", P, "fullForm", 3)]}),
    ("iate-s29", "transport", "noun", [], {
        "en": [("Euro 6 standard", P, "fullForm", 3)],
        "nl": [("Euro 6-norm", P, "fullForm", 3)],
        "fr": [("norme Euro 6", P, "fullForm", 3)]}),
    ("iate-s30", "taxation", "noun", [], {
        "en": [("personal income tax", P, "fullForm", 4)],
        "nl": [("personenbelasting", P, "fullForm", 4)],
        "fr": [("impôt des personnes physiques", P, "fullForm", 4), ("IPP", A, "acronym", 3)]}),
    ("iate-s31", "public administration", "verb", [], {
        "en": [("apply for", P, "fullForm", 3)],
        "nl": [("aanvragen", P, "fullForm", 3)],
        "fr": [("demander", P, "fullForm", 3), ("introduire une demande", A, "fullForm", 2)]}),
    ("iate-s32", "digital government", "noun", ["taalgrens:dnt"], {
        "en": [("itsme", P, "fullForm", 4)], "nl": [("itsme", P, "fullForm", 4)], "fr": [("itsme", P, "fullForm", 4)]}),
    ("iate-s33", "taxation", "noun", ["taalgrens:dnt"], {
        "en": [("MyMinfin", P, "fullForm", 4)], "nl": [("MyMinfin", P, "fullForm", 4)], "fr": [("MyMinfin", P, "fullForm", 4)]}),
    ("iate-s34", "digital government", "noun", ["taalgrens:dnt"], {
        "en": [("e-Box", P, "fullForm", 4)], "nl": [("e-Box", P, "fullForm", 4)], "fr": [("e-Box", P, "fullForm", 4)]}),
    ("iate-s35", "digital government", "noun", ["taalgrens:dnt"], {
        "en": [("CSAM", P, "acronym", 4)], "nl": [("CSAM", P, "acronym", 4)], "fr": [("CSAM", P, "acronym", 4)]}),
]
