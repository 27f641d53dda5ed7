# Terminology blind set 3: the termbase, written by hand for this set (Belgian consumer, public-service and
# online-safety news). build.py writes it as TBX v3 (TBX-Basic, DCA style) to termbase.tbx.
#
# Each entry: (id, notes on the entry, part of speech, {locale: [(term, status, [term notes])]}).
# Status: p = preferred, a = admitted, d = deprecated (forbidden).
# Only the two names carry Taalgrens notes (Child Focus is kept as is; Test Achats / Test Aankoop is written
# with its capitals); a termbase from the field carries no compound-head or case hints.
# Decisions recorded here:
# - Verbs are entered in their citation form, as terminologists write them: "report", "melden", "signaler",
#   "s'inscrire", the Dutch separable "doorsturen", "opzeggen", "aangeven", "aanmelden", "inschrijven".
# - nl-BE "rapporteren" and fr-BE "reporter" (an anglicism; French "reporter" means "to postpone") are
#   forbidden for "report"; "scam" is forbidden in both target languages, "bankaccount" in Dutch and
#   "webshop" in French (the newsroom's style: "boutique en ligne", or the admitted "e-shop").
# - Abbreviations and full forms are terms of one entry: BIPT / IBPT, FPS / FOD / SPF, ECC / CEC.
# - "FPS Economy" is an entry of its own beside the generic "federal public service" (FPS / FOD / SPF), so
#   "FOD Financiën" renders the generic entry and "FOD Economie" the specific one (longest match).
# - "free of charge" is the English term; bare "free" has too many other senses to be an entry's term.
ENTRIES = [
    ("c01", [], "verb", {
        "en": [("report", "p", [])],
        "nl-BE": [("melden", "p", []), ("aangeven", "a", []), ("rapporteren", "d", [])],
        "fr-BE": [("signaler", "p", []), ("reporter", "d", [])]}),
    ("c02", [], "verb", {
        "en": [("forward", "p", [])],
        "nl-BE": [("doorsturen", "p", []), ("doorzenden", "a", [])],
        "fr-BE": [("transférer", "p", [])]}),
    ("c03", [], "verb", {
        "en": [("cancel", "p", [])],
        "nl-BE": [("opzeggen", "p", []), ("annuleren", "a", [])],
        "fr-BE": [("résilier", "p", []), ("annuler", "a", [])]}),
    ("c04", [], "verb", {
        "en": [("block", "p", [])],
        "nl-BE": [("blokkeren", "p", [])],
        "fr-BE": [("bloquer", "p", [])]}),
    ("c05", [], "verb", {
        "en": [("sign up", "p", []), ("register", "a", [])],
        "nl-BE": [("registreren", "p", []), ("aanmelden", "a", []), ("inschrijven", "a", [])],
        "fr-BE": [("s'inscrire", "p", []), ("s'enregistrer", "a", [])]}),
    ("c06", [], "adjective", {
        "en": [("suspicious", "p", [])],
        "nl-BE": [("verdacht", "p", [])],
        "fr-BE": [("suspect", "p", []), ("douteux", "a", [])]}),
    ("c07", [], "adjective", {
        "en": [("misleading", "p", []), ("deceptive", "a", [])],
        "nl-BE": [("misleidend", "p", [])],
        "fr-BE": [("trompeur", "p", []), ("mensonger", "a", [])]}),
    ("c08", [], "adjective", {
        "en": [("free of charge", "p", [])],
        "nl-BE": [("gratis", "p", []), ("kosteloos", "a", [])],
        "fr-BE": [("gratuit", "p", [])]}),
    ("c09", [], "noun", {
        "en": [("consumer", "p", [])],
        "nl-BE": [("consument", "p", [])],
        "fr-BE": [("consommateur", "p", [])]}),
    ("c10", [], "noun", {
        "en": [("refund", "p", []), ("reimbursement", "a", [])],
        "nl-BE": [("terugbetaling", "p", [])],
        "fr-BE": [("remboursement", "p", [])]}),
    ("c11", [], "noun", {
        "en": [("subscription", "p", [])],
        "nl-BE": [("abonnement", "p", [])],
        "fr-BE": [("abonnement", "p", [])]}),
    ("c12", [], "noun", {
        "en": [("complaint", "p", [])],
        "nl-BE": [("klacht", "p", [])],
        "fr-BE": [("plainte", "p", []), ("réclamation", "a", [])]}),
    ("c13", [], "noun", {
        "en": [("online shop", "p", []), ("webshop", "a", []), ("online store", "a", [])],
        "nl-BE": [("webwinkel", "p", []), ("webshop", "a", []), ("onlinewinkel", "a", [])],
        "fr-BE": [("boutique en ligne", "p", []), ("e-shop", "a", []), ("magasin en ligne", "a", []),
                  ("webshop", "d", [])]}),
    ("c14", [], "noun", {
        "en": [("delivery", "p", [])],
        "nl-BE": [("levering", "p", []), ("bezorging", "a", [])],
        "fr-BE": [("livraison", "p", [])]}),
    ("c15", [], "noun", {
        "en": [("warranty", "p", []), ("guarantee", "a", [])],
        "nl-BE": [("garantie", "p", [])],
        "fr-BE": [("garantie", "p", [])]}),
    ("c16", [], "noun", {
        "en": [("invoice", "p", []), ("bill", "a", [])],
        "nl-BE": [("factuur", "p", []), ("rekening", "a", [])],
        "fr-BE": [("facture", "p", [])]}),
    ("c17", [], "noun", {
        "en": [("energy supplier", "p", []), ("energy provider", "a", [])],
        "nl-BE": [("energieleverancier", "p", [])],
        "fr-BE": [("fournisseur d'énergie", "p", [])]}),
    ("c18", [], "noun", {
        "en": [("mobile operator", "p", []), ("telecom operator", "a", [])],
        "nl-BE": [("telecomoperator", "p", []), ("gsm-operator", "a", [])],
        "fr-BE": [("opérateur télécom", "p", []), ("opérateur mobile", "a", [])]}),
    ("c19", [], "noun", {
        "en": [("bank account", "p", [])],
        "nl-BE": [("bankrekening", "p", []), ("bankaccount", "d", [])],
        "fr-BE": [("compte bancaire", "p", []), ("compte en banque", "a", [])]}),
    ("c20", [], "noun", {
        "en": [("scam", "p", []), ("fraud", "a", [])],
        "nl-BE": [("oplichting", "p", []), ("fraude", "a", []), ("zwendel", "a", []), ("scam", "d", [])],
        "fr-BE": [("arnaque", "p", []), ("escroquerie", "a", []), ("fraude", "a", []), ("scam", "d", [])]}),
    ("c21", [], "noun", {
        "en": [("victim", "p", [])],
        "nl-BE": [("slachtoffer", "p", [])],
        "fr-BE": [("victime", "p", [])]}),
    ("c22", [], "noun", {
        "en": [("money mule", "p", [])],
        "nl-BE": [("geldezel", "p", []), ("money mule", "a", [])],
        "fr-BE": [("mule financière", "p", []), ("mule d'argent", "a", [])]}),
    ("c23", [], "noun", {
        "en": [("personal data", "p", [])],
        "nl-BE": [("persoonsgegevens", "p", []), ("persoonlijke gegevens", "a", [])],
        "fr-BE": [("données personnelles", "p", []), ("données à caractère personnel", "a", [])]}),
    ("c24", [], "noun", {
        "en": [("text message", "p", []), ("SMS", "a", [])],
        "nl-BE": [("sms", "p", []), ("sms-bericht", "a", []), ("tekstbericht", "a", [])],
        "fr-BE": [("SMS", "p", []), ("texto", "a", [])]}),
    ("c25", [], "noun", {
        "en": [("deepfake", "p", [])],
        "nl-BE": [("deepfake", "p", [])],
        "fr-BE": [("hypertrucage", "p", []), ("deepfake", "a", [])]}),
    ("c26", [], "properNoun", {
        "en": [("BIPT", "p", []), ("Belgian Institute for Postal Services and Telecommunications", "a", [])],
        "nl-BE": [("BIPT", "p", []), ("Belgisch Instituut voor Postdiensten en Telecommunicatie", "a", [])],
        "fr-BE": [("IBPT", "p", []), ("Institut belge des services postaux et des télécommunications", "a", [])]}),
    ("c27", [], "noun", {
        "en": [("federal public service", "p", []), ("FPS", "a", [])],
        "nl-BE": [("federale overheidsdienst", "p", []), ("FOD", "a", [])],
        "fr-BE": [("service public fédéral", "p", []), ("SPF", "a", [])]}),
    ("c28", [], "properNoun", {
        "en": [("FPS Economy", "p", []), ("Federal Public Service Economy", "a", [])],
        "nl-BE": [("FOD Economie", "p", []), ("Federale Overheidsdienst Economie", "a", [])],
        "fr-BE": [("SPF Economie", "p", []), ("Service public fédéral Economie", "a", [])]}),
    ("c29", [], "properNoun", {
        "en": [("Economic Inspection", "p", [])],
        "nl-BE": [("Economische Inspectie", "p", [])],
        "fr-BE": [("Inspection économique", "p", [])]}),
    ("c30", [], "properNoun", {
        "en": [("European Consumer Centre", "p", []), ("ECC", "a", [])],
        "nl-BE": [("Europees Centrum voor de Consument", "p", []), ("ECC", "a", [])],
        "fr-BE": [("Centre Européen des Consommateurs", "p", []), ("CEC", "a", [])]}),
    ("c31", ["taalgrens:dnt", "taalgrens:case=sensitive"], "properNoun", {
        "en": [("Child Focus", "p", [])], "nl-BE": [("Child Focus", "p", [])], "fr-BE": [("Child Focus", "p", [])]}),
    ("c32", ["taalgrens:case=sensitive"], "properNoun", {
        "en": [("Test Achats", "p", []), ("Test Aankoop", "a", [])],
        "nl-BE": [("Test Aankoop", "p", [])],
        "fr-BE": [("Test Achats", "p", [])]}),
    ("c33", [], "noun", {
        "en": [("ombudsman", "p", []), ("ombudsperson", "a", []), ("mediation service", "a", [])],
        "nl-BE": [("ombudsdienst", "p", []), ("ombudsman", "a", [])],
        "fr-BE": [("service de médiation", "p", []), ("médiateur", "a", [])]}),
]
