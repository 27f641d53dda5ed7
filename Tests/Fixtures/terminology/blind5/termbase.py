# Terminology blind set 5: the termbase, written by hand for this set (Belgian regional news and federal
# public-service pages on taxes, mobility, social security, environment and digital government). build.py writes
# it as TBX 2008 (ISO 30042:2008, root <martif>), the TBX that OmegaT, Okapi and many CAT tools export, which sets
# 2 and 3 (TBX v3) and 4 (a spreadsheet) did not use: termEntry > langSet > tig, or ntig > termGrp, with
# several terms per language and their status as a termNote: administrativeStatus in tig, normativeAuthorization
# in ntig (both are TBX 2008 data categories for the status).
#
# Each entry: (id, subject field, part of speech, entry notes, {locale: [(term, status)]}), status p / a / d for
# preferred / admitted / deprecated.
# Decisions recorded here:
# - Abbreviations and their full forms are terms of one entry: VAT / btw / TVA, FPS Finance / FOD Financiën /
#   SPF Finances, HGV, LEZ / ZBE, NEO / RVA / ONEM, AER (avertissement-extrait de rôle), IPP, eID. An acronym
#   with a capital after its first letter is case-sensitive by Taalgrens's default; Dutch "btw" is not.
# - Terms of another country's administration are not Belgian usage: they are simply not listed (nl "milieuzone",
#   "kindergeld"; fr "avis d'imposition", "zone à faibles émissions", "indemnité de chômage"), so a translation
#   that uses them misses the entry. A few are deprecated explicitly: nl "auto van de zaak", "leaseauto",
#   "ministerie van Financiën", the Belgian colloquial "camion"; fr "ministère des Finances", "retraite" (the
#   Belgian pension is "pension"), "mail".
# - "e-mail" is the Dutch preferred spelling; "email" is deprecated (Dutch "email" is enamel); "mail" is
#   admitted in Dutch and deprecated in French, where "courriel" is preferred and "e-mail" admitted.
# - "lage-emissiezone" is the Dutch spelling (Woordenlijst: a hyphen joins the words of a group that forms a
#   compound); "radar-tronçon" the French one. Both are also written with a space; the set holds those as the
#   term written another way, not as another term.
# - "social security" and "FPS Social Security" are two entries (one inside the other); so are "tax return" and
#   "personal income tax" through the Dutch admitted "aangifte in de personenbelasting".
# - Names kept as is (taalgrens:dnt): MyMinfin, Tax-on-web, itsme, eBox. They are the only Taalgrens notes.
# - Every term is a noun (names a proper noun); the set tests nouns and names, which sets 3 and 4 tested less
#   than verbs.
P, A, D = "p", "a", "d"
ENTRIES = [
    ("t01", "taxes", "noun", [], {
        "en": [("VAT", P), ("value added tax", A)],
        "nl-BE": [("btw", P), ("belasting over de toegevoegde waarde", A)],
        "fr-BE": [("TVA", P), ("taxe sur la valeur ajoutée", A)]}),
    ("t02", "taxes", "noun", [], {
        "en": [("FPS Finance", P), ("Federal Public Service Finance", A)],
        "nl-BE": [("FOD Financiën", P), ("Federale Overheidsdienst Financiën", A), ("ministerie van Financiën", D)],
        "fr-BE": [("SPF Finances", P), ("Service public fédéral Finances", A), ("ministère des Finances", D)]}),
    ("t03", "taxes", "noun", [], {
        "en": [("tax return", P)],
        "nl-BE": [("belastingaangifte", P), ("aangifte in de personenbelasting", A)],
        "fr-BE": [("déclaration d'impôt", P), ("déclaration fiscale", A)]}),
    ("t04", "taxes", "noun", [], {
        "en": [("tax assessment notice", P), ("assessment notice", A)],
        "nl-BE": [("aanslagbiljet", P)],
        "fr-BE": [("avertissement-extrait de rôle", P), ("AER", A)]}),
    ("t05", "taxes", "noun", [], {
        "en": [("personal income tax", P), ("income tax", A)],
        "nl-BE": [("personenbelasting", P)],
        "fr-BE": [("impôt des personnes physiques", P), ("IPP", A)]}),
    ("t06", "digital government", "properNoun", ["taalgrens:dnt"], {
        "en": [("MyMinfin", P)], "nl-BE": [("MyMinfin", P)], "fr-BE": [("MyMinfin", P)]}),
    ("t07", "digital government", "properNoun", ["taalgrens:dnt"], {
        "en": [("Tax-on-web", P)], "nl-BE": [("Tax-on-web", P)], "fr-BE": [("Tax-on-web", P)]}),
    ("t08", "mobility", "noun", [], {
        "en": [("heavy goods vehicle", P), ("HGV", A), ("heavy lorry", A)],
        "nl-BE": [("zware vrachtwagen", P), ("camion", D)],
        "fr-BE": [("poids lourd", P), ("véhicule lourd", A)]}),
    ("t09", "mobility", "noun", [], {
        "en": [("kilometre charge", P), ("kilometer charge", A), ("distance-based charge", A)],
        "nl-BE": [("kilometerheffing", P)],
        "fr-BE": [("prélèvement kilométrique", P), ("taxe kilométrique", A)]}),
    ("t10", "mobility", "noun", [], {
        "en": [("low-emission zone", P), ("LEZ", A)],
        "nl-BE": [("lage-emissiezone", P), ("LEZ", A)],
        "fr-BE": [("zone de basses émissions", P), ("ZBE", A), ("LEZ", A)]}),
    ("t11", "mobility", "noun", [], {
        "en": [("section control", P), ("average speed camera", A)],
        "nl-BE": [("trajectcontrole", P)],
        "fr-BE": [("radar-tronçon", P), ("contrôle de vitesse moyenne", A)]}),
    ("t12", "mobility", "noun", [], {
        "en": [("driving licence", P), ("driver's licence", A), ("driver's license", A)],
        "nl-BE": [("rijbewijs", P)],
        "fr-BE": [("permis de conduire", P)]}),
    ("t13", "mobility", "noun", [], {
        "en": [("cycle street", P), ("bicycle street", A)],
        "nl-BE": [("fietsstraat", P)],
        "fr-BE": [("rue cyclable", P)]}),
    ("t14", "mobility", "noun", [], {
        "en": [("company car", P)],
        "nl-BE": [("bedrijfswagen", P), ("salariswagen", A), ("auto van de zaak", D), ("leaseauto", D)],
        "fr-BE": [("voiture de société", P), ("voiture de fonction", A)]}),
    ("t15", "mobility", "noun", [], {
        "en": [("public transport", P), ("public transit", A)],
        "nl-BE": [("openbaar vervoer", P)],
        "fr-BE": [("transports en commun", P), ("transport public", A)]}),
    ("t16", "social security", "noun", [], {
        "en": [("child benefit", P), ("family allowance", A)],
        "nl-BE": [("kinderbijslag", P), ("groeipakket", A)],
        "fr-BE": [("allocations familiales", P)]}),
    ("t17", "social security", "noun", [], {
        "en": [("unemployment benefit", P)],
        "nl-BE": [("werkloosheidsuitkering", P), ("werkloosheidsvergoeding", A)],
        "fr-BE": [("allocation de chômage", P)]}),
    ("t18", "social security", "noun", [], {
        "en": [("National Employment Office", P), ("NEO", A)],
        "nl-BE": [("Rijksdienst voor Arbeidsvoorziening", P), ("RVA", A)],
        "fr-BE": [("Office national de l'emploi", P), ("ONEM", A)]}),
    ("t19", "social security", "noun", [], {
        "en": [("health insurance fund", P), ("sickness fund", A)],
        "nl-BE": [("ziekenfonds", P), ("mutualiteit", A)],
        "fr-BE": [("mutualité", P), ("mutuelle", A)]}),
    ("t20", "social security", "noun", [], {
        "en": [("pension", P), ("retirement pension", A)],
        "nl-BE": [("pensioen", P), ("rustpensioen", A)],
        "fr-BE": [("pension", P), ("pension de retraite", A), ("retraite", D)]}),
    ("t21", "social security", "noun", [], {
        "en": [("FPS Social Security", P), ("Federal Public Service Social Security", A)],
        "nl-BE": [("FOD Sociale Zekerheid", P), ("Federale Overheidsdienst Sociale Zekerheid", A)],
        "fr-BE": [("SPF Sécurité sociale", P), ("Service public fédéral Sécurité sociale", A)]}),
    ("t22", "social security", "noun", [], {
        "en": [("social security", P)],
        "nl-BE": [("sociale zekerheid", P)],
        "fr-BE": [("sécurité sociale", P)]}),
    ("t23", "environment", "noun", [], {
        "en": [("flood-prone area", P), ("flood zone", A)],
        "nl-BE": [("overstromingsgevoelig gebied", P)],
        "fr-BE": [("zone inondable", P)]}),
    ("t24", "environment", "noun", [], {
        "en": [("green waste", P), ("garden waste", A)],
        "nl-BE": [("groenafval", P), ("tuinafval", A)],
        "fr-BE": [("déchets verts", P), ("déchets de jardin", A)]}),
    ("t25", "environment", "noun", [], {
        "en": [("heatwave", P), ("heat wave", A)],
        "nl-BE": [("hittegolf", P)],
        "fr-BE": [("vague de chaleur", P), ("canicule", A)]}),
    ("t26", "environment", "noun", [], {
        "en": [("particulate matter", P), ("fine particles", A)],
        "nl-BE": [("fijnstof", P)],
        "fr-BE": [("particules fines", P)]}),
    ("t27", "environment", "noun", [], {
        "en": [("rainwater tank", P)],
        "nl-BE": [("regenput", P), ("regenwatertank", A)],
        "fr-BE": [("citerne d'eau de pluie", P), ("citerne à eau de pluie", A)]}),
    ("t28", "digital government", "noun", [], {
        "en": [("electronic identity card", P), ("eID", A)],
        "nl-BE": [("elektronische identiteitskaart", P), ("eID", A)],
        "fr-BE": [("carte d'identité électronique", P), ("eID", A)]}),
    ("t29", "digital government", "properNoun", ["taalgrens:dnt"], {
        "en": [("itsme", P)], "nl-BE": [("itsme", P)], "fr-BE": [("itsme", P)]}),
    ("t30", "digital government", "noun", [], {
        "en": [("email", P), ("e-mail", A)],
        "nl-BE": [("e-mail", P), ("mail", A), ("email", D)],
        "fr-BE": [("courriel", P), ("e-mail", A), ("mail", D)]}),
    ("t31", "digital government", "noun", [], {
        "en": [("cyberattack", P)],
        "nl-BE": [("cyberaanval", P)],
        "fr-BE": [("cyberattaque", P)]}),
    ("t32", "digital government", "noun", [], {
        "en": [("electronic signature", P), ("e-signature", A)],
        "nl-BE": [("elektronische handtekening", P)],
        "fr-BE": [("signature électronique", P)]}),
    ("t33", "digital government", "properNoun", ["taalgrens:dnt"], {
        "en": [("eBox", P)], "nl-BE": [("eBox", P)], "fr-BE": [("eBox", P)]}),
]
