# Terminology blind set 4: the termbase, written by hand for this set (online-safety awareness, education and
# consumer-protection news in Belgium). build.py writes it as a spreadsheet glossary, termbase.csv: one row per
# concept, the languages named in words in the header ("English", "Dutch (Belgium)", "French (Belgium)"),
# synonyms in one cell separated by " | " (the first preferred, the others admitted), the forbidden terms in
# "Do not use (nl-BE)" / "Do not use (fr-BE)" columns, a "Part of speech" column and a "Note" column, semicolons
# between the fields. Sets 2 and 3 are TBX v3; this one is the format of a glossary kept in Excel.
#
# Each entry: (id, part of speech, note, en terms, nl-BE terms, fr-BE terms, nl-BE forbidden, fr-BE forbidden).
# Decisions recorded here:
# - Verbs are entered in their citation form: "report", "block", "update", "verify"; "mettre à jour" is a
#   French verb of three words.
# - "account" is the user account of an online service; a bank account is another concept (nl "rekening",
#   fr "compte bancaire") that the termbase does not hold.
# - "hotline" is the reporting hotline for illegal content or fraud (nl "meldpunt", fr "point de contact"),
#   not a helpline one calls for advice.
# - "phishing" and "phishing email" are two entries; a source "phishing email" is the second (longest match).
# - "consumer" and "consumer organisation" are two entries likewise.
# - Abbreviations and their full forms are terms of one entry (DPA / GBA / APD, CCB in all three).
# - Safeonweb and ConsumerConnect are names kept as is (taalgrens:dnt), the only Taalgrens notes: a glossary
#   from the field carries no compound-head or case hints.
# - Forbidden: nl "rapporteren" (report), "cyberbullying", "scam"; fr "reporter" (report), "fake news",
#   "scam".
ENTRIES = [
    ("e01", "verb", "", ["report"], ["melden", "aangeven"], ["signaler"], ["rapporteren"], ["reporter"]),
    ("e02", "verb", "", ["block"], ["blokkeren"], ["bloquer"], [], []),
    ("e03", "verb", "", ["update"], ["bijwerken", "updaten"], ["mettre à jour", "actualiser"], [], []),
    ("e04", "verb", "", ["verify"], ["controleren", "nagaan"], ["vérifier"], [], []),
    ("e05", "noun", "", ["account"], ["account"], ["compte"], [], []),
    ("e06", "noun", "", ["hotline"], ["meldpunt"], ["point de contact"], [], []),
    ("e07", "noun", "", ["reporting form"], ["meldingsformulier", "meldformulier"], ["formulaire de signalement"], [], []),
    ("e08", "noun", "", ["phishing"], ["phishing"], ["hameçonnage", "phishing"], [], []),
    ("e09", "noun", "", ["phishing email", "phishing e-mail"], ["phishingmail"], ["courriel d'hameçonnage", "e-mail de phishing"], [], []),
    ("e10", "noun", "", ["data breach"], ["datalek"], ["fuite de données", "violation de données"], [], []),
    ("e11", "noun", "", ["identity theft"], ["identiteitsfraude", "identiteitsdiefstal"], ["usurpation d'identité", "vol d'identité"], [], []),
    ("e12", "noun", "", ["cyberbullying"], ["cyberpesten"], ["cyberharcèlement"], ["cyberbullying"], []),
    ("e13", "noun", "", ["password"], ["wachtwoord"], ["mot de passe"], [], []),
    ("e14", "noun", "", ["two-step verification", "two-factor authentication"], ["tweestapsverificatie"], ["vérification en deux étapes", "double authentification"], [], []),
    ("e15", "noun", "", ["parental controls", "parental control"], ["ouderlijk toezicht"], ["contrôle parental"], [], []),
    ("e16", "noun", "", ["refund"], ["terugbetaling"], ["remboursement"], [], []),
    ("e17", "noun", "", ["cooling-off period"], ["bedenktijd", "herroepingstermijn"], ["délai de rétractation"], [], []),
    ("e18", "noun", "", ["personal data"], ["persoonsgegevens"], ["données personnelles", "données à caractère personnel"], [], []),
    ("e19", "noun", "", ["sextortion"], ["sextortion", "seksuele afpersing"], ["sextorsion"], [], []),
    ("e20", "noun", "", ["consumer"], ["consument"], ["consommateur"], [], []),
    ("e21", "noun", "", ["consumer organisation", "consumer organization"], ["consumentenorganisatie"], ["organisation de consommateurs"], [], []),
    ("e22", "noun", "", ["complaint"], ["klacht"], ["plainte", "réclamation"], [], []),
    ("e23", "noun", "", ["disinformation"], ["desinformatie", "nepnieuws"], ["désinformation", "infox"], [], ["fake news"]),
    ("e24", "noun", "", ["media literacy"], ["mediawijsheid"], ["éducation aux médias"], [], []),
    ("e25", "noun", "", ["screen time"], ["schermtijd"], ["temps d'écran"], [], []),
    ("e26", "noun", "", ["Data Protection Authority", "DPA"], ["Gegevensbeschermingsautoriteit", "GBA"], ["Autorité de protection des données", "APD"], [], []),
    ("e27", "noun", "", ["Centre for Cybersecurity Belgium", "CCB"], ["Centrum voor Cybersecurity België", "CCB"], ["Centre pour la Cybersécurité Belgique", "CCB"], [], []),
    ("e28", "properNoun", "taalgrens:dnt", ["Safeonweb"], ["Safeonweb"], ["Safeonweb"], [], []),
    ("e29", "properNoun", "taalgrens:dnt", ["ConsumerConnect"], ["ConsumerConnect"], ["ConsumerConnect"], [], []),
    ("e30", "noun", "", ["scam"], ["oplichting", "fraude"], ["escroquerie", "arnaque"], ["scam"], ["scam"]),
    ("e31", "noun", "", ["invoice"], ["factuur"], ["facture"], [], []),
]
