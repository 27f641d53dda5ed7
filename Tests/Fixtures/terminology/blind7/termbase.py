# Terminology blind set 7: the termbase, written by hand for this set (public-service and online-safety news of a
# Belgian federal public service and a Safer Internet Centre: eID and itsme, the e-Box, MyMinfin and Tax-on-web,
# the FPS Finance, data breaches, the GDPR and the Data Protection Authority, two-factor authentication, helplines
# and hotlines). build.py writes it as a MultiTerm XML export (termbase.xml, root <mtf>, UTF-16 with a byte-order
# mark, as MultiTerm and Trados Studio write it), which no earlier set used (sets 2 and 3: TBX v3; 4: a spreadsheet
# of concept rows; 5: TBX 2008; 6: a CSV of term rows): languages as MultiTerm names them (EN-GB, NL-BE, FR-BE),
# several terms per language, the status in a user-defined "Usage" field with the words teams write ("approved"
# is not among them: teams write "preferred", "admitted", "forbidden", "superseded"), "Part of speech" and "Note"
# fields, the Taalgrens conventions (taalgrens:dnt) in a concept-level "Note" field.
#
# Each entry: (id, subject field, part of speech, entry notes, {locale: [(term, status)]}), status p / a / d / s for
# preferred / admitted / forbidden (deprecated) / superseded.
# Decisions recorded here:
# - Acronyms and their full forms are one concept, the acronym preferred where Belgian public-service copy uses it
#   (FOD Financiën, AVG, GBA, CCB) and the full form admitted, or the reverse where the full form is the usual one
#   (Gegevensbeschermingsautoriteit, Autorité de protection des données).
# - The English acronym "GDPR" is forbidden in Dutch and French copy (AVG, RGPD); "databreach" in Dutch and
#   "data breach" in French too.
# - The names of the bodies before their reform are superseded: "Privacycommissie" / "Commission de la protection
#   de la vie privée" (the GBA's predecessor until 2018), "Ministerie van Financiën" / "Ministère des Finances".
# - "e-mail": nl admits "mail" and forbids "email"; fr prefers "e-mail", admits "courriel", forbids "mail".
# - "log in" is a verb (nl "inloggen", separable: "log ... in"; "aanmelden" admitted; fr "se connecter").
# - "aangifte" (admitted for the tax return) is also the report one makes to the police: a trap.
# - "card reader": fr "lecteur de carte" (a "lecteur" is also a newspaper's reader: a trap).
# - Names kept as is (taalgrens:dnt): itsme, e-Box, MyMinfin, Tax-on-web, Safeonweb, Child Focus. "eID" is not a
#   name kept as is: Dutch and French admit the full forms.
P, A, D, S = "p", "a", "d", "s"
ENTRIES = [
    ("m01", "digital government", "noun", [], {
        "en": [("eID", P), ("electronic identity card", A)],
        "nl-BE": [("eID", P), ("elektronische identiteitskaart", A)],
        "fr-BE": [("eID", P), ("carte d'identité électronique", A)]}),
    ("m02", "digital government", "noun", ["taalgrens:dnt"], {
        "en": [("itsme", P)], "nl-BE": [("itsme", P)], "fr-BE": [("itsme", P)]}),
    ("m03", "digital government", "noun", ["taalgrens:dnt"], {
        "en": [("e-Box", P)], "nl-BE": [("e-Box", P)], "fr-BE": [("e-Box", P)]}),
    ("m04", "taxes", "noun", ["taalgrens:dnt"], {
        "en": [("MyMinfin", P)], "nl-BE": [("MyMinfin", P)], "fr-BE": [("MyMinfin", P)]}),
    ("m05", "taxes", "noun", ["taalgrens:dnt"], {
        "en": [("Tax-on-web", P)], "nl-BE": [("Tax-on-web", P)], "fr-BE": [("Tax-on-web", P)]}),
    ("m06", "online safety", "noun", ["taalgrens:dnt"], {
        "en": [("Safeonweb", P)], "nl-BE": [("Safeonweb", P)], "fr-BE": [("Safeonweb", P)]}),
    ("m07", "helplines", "noun", ["taalgrens:dnt"], {
        "en": [("Child Focus", P)], "nl-BE": [("Child Focus", P)], "fr-BE": [("Child Focus", P)]}),
    ("m08", "public administration", "noun", [], {
        "en": [("FPS Finance", P), ("Federal Public Service Finance", A)],
        "nl-BE": [("FOD Financiën", P), ("Federale Overheidsdienst Financiën", A), ("Ministerie van Financiën", S)],
        "fr-BE": [("SPF Finances", P), ("Service public fédéral Finances", A), ("Ministère des Finances", S)]}),
    ("m09", "data protection", "noun", [], {
        "en": [("data breach", P), ("personal data breach", A)],
        "nl-BE": [("datalek", P), ("gegevenslek", A), ("databreach", D)],
        "fr-BE": [("fuite de données", P), ("violation de données", A), ("data breach", D)]}),
    ("m10", "data protection", "noun", [], {
        "en": [("GDPR", P), ("General Data Protection Regulation", A)],
        "nl-BE": [("AVG", P), ("Algemene Verordening Gegevensbescherming", A), ("GDPR", D)],
        "fr-BE": [("RGPD", P), ("règlement général sur la protection des données", A), ("GDPR", D)]}),
    ("m11", "data protection", "noun", [], {
        "en": [("Data Protection Authority", P), ("DPA", A)],
        "nl-BE": [("Gegevensbeschermingsautoriteit", P), ("GBA", A), ("Privacycommissie", S)],
        "fr-BE": [("Autorité de protection des données", P), ("APD", A),
                  ("Commission de la protection de la vie privée", S)]}),
    ("m12", "online safety", "noun", [], {
        "en": [("two-factor authentication", P), ("2FA", A)],
        "nl-BE": [("tweestapsverificatie", P), ("tweefactorauthenticatie", A)],
        "fr-BE": [("authentification à deux facteurs", P), ("double authentification", A)]}),
    ("m13", "helplines", "noun", [], {
        "en": [("helpline", P)],
        "nl-BE": [("hulplijn", P)],
        "fr-BE": [("ligne d'aide", P), ("ligne d'écoute", A)]}),
    ("m14", "helplines", "noun", [], {
        "en": [("hotline", P), ("reporting point", A)],
        "nl-BE": [("meldpunt", P)],
        "fr-BE": [("point de contact", P), ("point de signalement", A)]}),
    ("m15", "online safety", "noun", [], {
        "en": [("e-mail", P), ("email", A)],
        "nl-BE": [("e-mail", P), ("mail", A), ("email", D)],
        "fr-BE": [("e-mail", P), ("courriel", A), ("mail", D)]}),
    ("m16", "online safety", "noun", [], {
        "en": [("cyberbullying", P)],
        "nl-BE": [("cyberpesten", P), ("online pesten", A)],
        "fr-BE": [("cyberharcèlement", P), ("harcèlement en ligne", A)]}),
    ("m17", "online safety", "noun", [], {
        "en": [("password", P)],
        "nl-BE": [("wachtwoord", P), ("paswoord", D)],
        "fr-BE": [("mot de passe", P)]}),
    ("m18", "online safety", "noun", [], {
        "en": [("identity theft", P), ("identity fraud", A)],
        "nl-BE": [("identiteitsfraude", P), ("identiteitsdiefstal", A)],
        "fr-BE": [("usurpation d'identité", P), ("vol d'identité", A)]}),
    ("m19", "taxes", "noun", [], {
        "en": [("tax return", P)],
        "nl-BE": [("belastingaangifte", P), ("aangifte", A)],
        "fr-BE": [("déclaration d'impôt", P), ("déclaration fiscale", A)]}),
    ("m20", "online safety", "noun", [], {
        "en": [("smishing", P)],
        "nl-BE": [("smishing", P), ("sms-phishing", A)],
        "fr-BE": [("hameçonnage par SMS", P), ("smishing", A)]}),
    ("m21", "digital government", "noun", [], {
        "en": [("digital key", P)],
        "nl-BE": [("digitale sleutel", P)],
        "fr-BE": [("clé numérique", P)]}),
    ("m22", "digital government", "noun", [], {
        "en": [("card reader", P)],
        "nl-BE": [("kaartlezer", P)],
        "fr-BE": [("lecteur de carte", P)]}),
    ("m23", "digital government", "noun", [], {
        "en": [("PIN code", P), ("PIN", A)],
        "nl-BE": [("pincode", P)],
        "fr-BE": [("code PIN", P)]}),
    ("m24", "online safety", "noun", [], {
        "en": [("security update", P)],
        "nl-BE": [("beveiligingsupdate", P), ("veiligheidsupdate", A)],
        "fr-BE": [("mise à jour de sécurité", P)]}),
    ("m25", "data protection", "noun", [], {
        "en": [("personal data", P)],
        "nl-BE": [("persoonsgegevens", P)],
        "fr-BE": [("données à caractère personnel", P), ("données personnelles", A)]}),
    ("m26", "online safety", "noun", [], {
        "en": [("ransomware", P)],
        "nl-BE": [("ransomware", P), ("gijzelsoftware", A)],
        "fr-BE": [("rançongiciel", P), ("ransomware", A)]}),
    ("m27", "online safety", "noun", [], {
        "en": [("cyberattack", P)],
        "nl-BE": [("cyberaanval", P)],
        "fr-BE": [("cyberattaque", P)]}),
    ("m28", "online safety", "noun", [], {
        "en": [("Centre for Cybersecurity Belgium", P), ("CCB", A)],
        "nl-BE": [("Centrum voor Cybersecurity België", P), ("CCB", A)],
        "fr-BE": [("Centre pour la Cybersécurité Belgique", P), ("CCB", A)]}),
    ("m29", "digital government", "verb", [], {
        "en": [("log in", P)],
        "nl-BE": [("inloggen", P), ("aanmelden", A)],
        "fr-BE": [("se connecter", P)]}),
    ("m30", "taxes", "noun", [], {
        "en": [("tax bill", P), ("tax assessment", A)],
        "nl-BE": [("aanslagbiljet", P)],
        "fr-BE": [("avertissement-extrait de rôle", P)]}),
]
