# Terminology blind set 2: the termbase, written by hand for this set (Belgian online-safety and public-service
# news). build.py writes it as TBX v3 (TBX-Basic, DCA style) to termbase.tbx.
#
# Only names kept as is carry Taalgrens notes (taalgrens:dnt, case=sensitive): no compound-head or case hints,
# as a termbase from the field has none.
# Each entry: (id, notes on the entry, part of speech, {locale: [(term, status, [term notes])]}).
# Status: p = preferred, a = admitted, d = deprecated (forbidden). Decisions recorded here:
# - nl-BE "hacker" is forbidden for the criminal: newsroom style, because "hacker" also names the ethical
#   hacker (its own entry, t07), and the ethical hacker's terms win where they stand (longest match).
# - nl-BE "email" is forbidden (Dutch "email" is enamel); "e-mail" and "mail" are the approved forms.
# - "fair", "fine", "link", "cookie", "update" are nouns of their concept only: "a fair price", "fine print",
#   "a link between", a cookie one eats, "update your phone" (a verb) are other words.
ENTRIES = [
    ("t01", [], "noun", {
        "en": [("phishing", "p", [])],
        "nl-BE": [("phishing", "p", [])],
        "fr-BE": [("hameçonnage", "p", []), ("phishing", "a", [])]}),
    ("t02", [], "noun", {
        "en": [("password manager", "p", [])],
        "nl-BE": [("wachtwoordbeheerder", "p", []), ("wachtwoordmanager", "a", [])],
        "fr-BE": [("gestionnaire de mots de passe", "p", [])]}),
    ("t03", [], "noun", {
        "en": [("password", "p", [])],
        "nl-BE": [("wachtwoord", "p", [])],
        "fr-BE": [("mot de passe", "p", [])]}),
    ("t04", [], "noun", {
        "en": [("two-factor authentication", "p", []), ("2FA", "a", [])],
        "nl-BE": [("tweestapsverificatie", "p", []), ("tweefactorauthenticatie", "a", [])],
        "fr-BE": [("authentification à deux facteurs", "p", []), ("double authentification", "a", [])]}),
    ("t05", [], "noun", {
        "en": [("e-mail", "p", []), ("email", "a", [])],
        "nl-BE": [("e-mail", "p", []), ("mail", "a", []), ("email", "d", [])],
        "fr-BE": [("courriel", "p", []), ("e-mail", "a", []), ("mail", "a", [])]}),
    ("t06", [], "noun", {
        "en": [("cybercriminal", "p", []), ("hacker", "a", [])],
        "nl-BE": [("cybercrimineel", "p", []), ("hacker", "d", [])],
        "fr-BE": [("cybercriminel", "p", []), ("pirate informatique", "a", []), ("hacker", "d", [])]}),
    ("t07", [], "noun", {
        "en": [("ethical hacker", "p", [])],
        "nl-BE": [("ethische hacker", "p", [])],
        "fr-BE": [("hacker éthique", "p", []), ("pirate éthique", "a", [])]}),
    ("t08", [], "properNoun", {
        "en": [("EU", "p", []), ("European Union", "a", [])],
        "nl-BE": [("EU", "p", []), ("Europese Unie", "a", [])],
        "fr-BE": [("UE", "p", []), ("Union européenne", "a", [])]}),
    ("t09", [], "properNoun", {
        "en": [("Centre for Cybersecurity Belgium", "p", []), ("CCB", "a", [])],
        "nl-BE": [("Centrum voor Cybersecurity België", "p", []), ("CCB", "a", [])],
        "fr-BE": [("Centre pour la Cybersécurité Belgique", "p", []), ("CCB", "a", [])]}),
    ("t10", ["taalgrens:dnt", "taalgrens:case=sensitive"], "properNoun", {
        "en": [("Safeonweb", "p", [])], "nl-BE": [("Safeonweb", "p", [])], "fr-BE": [("Safeonweb", "p", [])]}),
    ("t11", ["taalgrens:dnt", "taalgrens:case=sensitive"], "properNoun", {
        "en": [("itsme", "p", [])], "nl-BE": [("itsme", "p", [])], "fr-BE": [("itsme", "p", [])]}),
    ("t12", [], "properNoun", {
        "en": [("FPS Economy", "p", [])],
        "nl-BE": [("FOD Economie", "p", [])],
        "fr-BE": [("SPF Economie", "p", [])]}),
    ("t13", [], "noun", {
        "en": [("data breach", "p", [])],
        "nl-BE": [("datalek", "p", [])],
        "fr-BE": [("fuite de données", "p", []), ("violation de données", "a", [])]}),
    ("t14", [], "noun", {
        "en": [("identity theft", "p", [])],
        "nl-BE": [("identiteitsfraude", "p", []), ("identiteitsdiefstal", "a", [])],
        "fr-BE": [("usurpation d'identité", "p", []), ("vol d'identité", "a", [])]}),
    ("t15", [], "noun", {
        "en": [("cyberbullying", "p", [])],
        "nl-BE": [("cyberpesten", "p", []), ("online pesten", "a", [])],
        "fr-BE": [("cyberharcèlement", "p", []), ("harcèlement en ligne", "a", [])]}),
    ("t16", [], "noun", {
        "en": [("scam", "p", [])],
        "nl-BE": [("oplichting", "p", []), ("fraude", "a", [])],
        "fr-BE": [("arnaque", "p", []), ("escroquerie", "a", [])]}),
    ("t17", [], "noun", {
        "en": [("ransomware", "p", [])],
        "nl-BE": [("ransomware", "p", []), ("gijzelsoftware", "a", [])],
        "fr-BE": [("rançongiciel", "p", []), ("ransomware", "a", [])]}),
    ("t18", [], "noun", {
        "en": [("malware", "p", [])],
        "nl-BE": [("malware", "p", []), ("kwaadaardige software", "a", [])],
        "fr-BE": [("logiciel malveillant", "p", []), ("maliciel", "a", [])]}),
    ("t19", [], "noun", {
        "en": [("webshop", "p", []), ("online shop", "a", [])],
        "nl-BE": [("webwinkel", "p", []), ("webshop", "a", [])],
        "fr-BE": [("boutique en ligne", "p", [])]}),
    ("t20", [], "noun", {
        "en": [("fake profile", "p", [])],
        "nl-BE": [("nepprofiel", "p", []), ("vals profiel", "a", [])],
        "fr-BE": [("faux profil", "p", [])]}),
    ("t21", [], "noun", {
        "en": [("update", "p", [])],
        "nl-BE": [("update", "p", [])],
        "fr-BE": [("mise à jour", "p", [])]}),
    ("t22", [], "noun", {
        "en": [("link", "p", [])],
        "nl-BE": [("link", "p", [])],
        "fr-BE": [("lien", "p", [])]}),
    ("t23", [], "noun", {
        "en": [("cookie", "p", [])],
        "nl-BE": [("cookie", "p", [])],
        "fr-BE": [("cookie", "p", []), ("témoin de connexion", "a", [])]}),
    ("t24", [], "noun", {
        "en": [("fair", "p", [])],
        "nl-BE": [("beurs", "p", [])],
        "fr-BE": [("salon", "p", [])]}),
    ("t25", [], "noun", {
        "en": [("fine", "p", [])],
        "nl-BE": [("boete", "p", [])],
        "fr-BE": [("amende", "p", [])]}),
    ("t26", [], "noun", {
        "en": [("smartphone", "p", [])],
        "nl-BE": [("smartphone", "p", []), ("gsm", "a", [])],
        "fr-BE": [("smartphone", "p", []), ("GSM", "a", [])]}),
    ("t27", [], "noun", {
        "en": [("municipality", "p", [])],
        "nl-BE": [("gemeente", "p", [])],
        "fr-BE": [("commune", "p", [])]}),
    ("t28", [], "noun", {
        "en": [("citizen", "p", [])],
        "nl-BE": [("burger", "p", [])],
        "fr-BE": [("citoyen", "p", [])]}),
    ("t29", [], "adjective", {
        "en": [("digital", "p", [])],
        "nl-BE": [("digitaal", "p", [])],
        "fr-BE": [("numérique", "p", [])]}),
    ("t30", [], "adjective", {
        "en": [("vulnerable", "p", [])],
        "nl-BE": [("kwetsbaar", "p", [])],
        "fr-BE": [("vulnérable", "p", [])]}),
    ("t31", [], "noun", {
        "en": [("app", "p", [])],
        "nl-BE": [("app", "p", []), ("applicatie", "a", [])],
        "fr-BE": [("application", "p", []), ("appli", "a", [])]}),
    ("t32", [], "noun", {
        "en": [("sextortion", "p", [])],
        "nl-BE": [("sextortion", "p", []), ("seksuele afpersing", "a", [])],
        "fr-BE": [("sextorsion", "p", [])]}),
    ("t33", [], "noun", {
        "en": [("social media", "p", [])],
        "nl-BE": [("sociale media", "p", [])],
        "fr-BE": [("réseaux sociaux", "p", []), ("médias sociaux", "a", [])]}),
    ("t34", [], "noun", {
        "en": [("eID", "p", []), ("electronic identity card", "a", [])],
        "nl-BE": [("eID", "p", []), ("elektronische identiteitskaart", "a", [])],
        "fr-BE": [("eID", "p", []), ("carte d'identité électronique", "a", [])]}),
]
