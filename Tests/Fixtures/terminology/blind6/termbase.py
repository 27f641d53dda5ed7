# Terminology blind set 6: the termbase, written by hand for this set (online-safety awareness articles of a
# Belgian Safer Internet Centre: cyberbullying, sextortion, grooming, phishing, deepfakes, parental control, screen
# time, age verification, the GDPR, helplines and the apps young people use). build.py writes it as a CSV of term
# rows (termbase.csv: one row per term, the layout Taalgrens's own writer produces and terminology teams keep in a
# spreadsheet), which no earlier set used (sets 2 and 3: TBX v3; 4: a spreadsheet of concept rows; 5: TBX 2008):
# ";" between fields as Belgian Excel writes it, a status column with the words teams write ("preferred",
# "admitted", "forbidden"), a partOfSpeech column, a usage note per term where the team wrote one, and the
# entry's note (the Taalgrens conventions, such as taalgrens:dnt, and free text) on the entry's first row.
#
# Each entry: (id, subject field, part of speech, entry notes, {locale: [(term, status, usage note)]}), status
# p / a / d for preferred / admitted / forbidden (deprecated).
# Decisions recorded here:
# - Loanwords Belgian usage keeps are preferred as they are: nl "sextortion", "grooming", "phishing", "deepfake",
#   "screenshot", "account", "influencer", "lootbox"; fr "grooming", "deepfake". French forbids the English
#   "phishing" and "sextortion" (the Belgian French press and the federal Safeonweb campaign write "hameçonnage"
#   and "sextorsion") and the Quebec "cyberintimidation".
# - Child Focus asks not to call images of abuse "pornography": nl "kinderporno", "kinderpornografie" and fr
#   "pédopornographie" are forbidden, beside the approved "beelden van seksueel kindermisbruik" / "images d'abus
#   sexuels sur mineurs". English lists no forbidden term (the source is not checked for them in this set).
# - "report" and "block" are verbs (the noun "report" is another concept, not listed); every other entry is a
#   noun or a name.
# - "parental control" is the software and the settings (nl "ouderlijk toezicht", fr "contrôle parental"); the
#   Dutch term also means parental supervision in general, which the set holds as a trap.
# - "perpetrator" is fr "auteur" (of the facts), a word that also means the author of a book: a trap.
# - "password manager" is not an entry: the question the set asks is whether "wachtwoordbeheerder" renders
#   "password" (it does: the compound holds it).
# - Names kept as is (taalgrens:dnt): Child Focus, TikTok, Snapchat, WhatsApp, Awel (the Flemish youth helpline,
#   also a West Flemish interjection, "well").
P, A, D = "p", "a", "d"
ENTRIES = [
    ("s01", "online safety", "noun", [], {
        "en": [("cyberbullying", P, ""), ("online bullying", A, "")],
        "nl-BE": [("cyberpesten", P, "The noun is the infinitive: 'cyberpesten is strafbaar'."),
                  ("online pesten", A, ""), ("cyberbullying", D, "English loanword: not in Flemish texts.")],
        "fr-BE": [("cyberharcèlement", P, ""), ("harcèlement en ligne", A, ""),
                  ("cyberintimidation", D, "Quebec usage.")]}),
    ("s02", "online safety", "noun", [], {
        "en": [("sextortion", P, "")],
        "nl-BE": [("sextortion", P, "As used by the federal police."), ("seksuele afpersing", A, "")],
        "fr-BE": [("sextorsion", P, ""), ("sextortion", D, "English spelling: write 'sextorsion'.")]}),
    ("s03", "online safety", "noun", [], {
        "en": [("grooming", P, "Only the luring of a minor, not the care of an animal's coat."), ("online grooming", A, "")],
        "nl-BE": [("grooming", P, "")],
        "fr-BE": [("grooming", P, ""), ("pédopiégeage", A, "")]}),
    ("s04", "online safety", "noun", [], {
        "en": [("child sexual abuse material", P, ""), ("CSAM", A, "")],
        "nl-BE": [("beelden van seksueel kindermisbruik", P, ""), ("beelden van seksueel misbruik van kinderen", A, ""),
                  ("kinderporno", D, "Child Focus: abuse is not pornography."), ("kinderpornografie", D, "")],
        "fr-BE": [("images d'abus sexuels sur mineurs", P, ""),
                  ("pédopornographie", D, "Child Focus: abuse is not pornography.")]}),
    ("s05", "helplines", "noun", [], {
        "en": [("helpline", P, "")],
        "nl-BE": [("hulplijn", P, "")],
        "fr-BE": [("ligne d'écoute", P, ""), ("ligne d'aide", A, "")]}),
    ("s06", "helplines", "verb", [], {
        "en": [("report", P, "To a platform, the police or Child Focus.")],
        "nl-BE": [("melden", P, ""), ("aangeven", A, "To the police.")],
        "fr-BE": [("signaler", P, "")]}),
    ("s07", "online safety", "verb", [], {
        "en": [("block", P, "A contact or an account.")],
        "nl-BE": [("blokkeren", P, "")],
        "fr-BE": [("bloquer", P, "")]}),
    ("s08", "apps", "properNoun", ["taalgrens:dnt", "Foundation for missing and sexually exploited children."], {
        "en": [("Child Focus", P, "")], "nl-BE": [("Child Focus", P, "")], "fr-BE": [("Child Focus", P, "")]}),
    ("s09", "apps", "properNoun", ["taalgrens:dnt"], {
        "en": [("TikTok", P, "")], "nl-BE": [("TikTok", P, "")], "fr-BE": [("TikTok", P, "")]}),
    ("s10", "apps", "properNoun", ["taalgrens:dnt"], {
        "en": [("Snapchat", P, "")], "nl-BE": [("Snapchat", P, "")], "fr-BE": [("Snapchat", P, "")]}),
    ("s11", "apps", "properNoun", ["taalgrens:dnt"], {
        "en": [("WhatsApp", P, "")], "nl-BE": [("WhatsApp", P, "")], "fr-BE": [("WhatsApp", P, "")]}),
    ("s12", "helplines", "properNoun", ["taalgrens:dnt", "The Flemish helpline for children and young people (102)."], {
        "en": [("Awel", P, "")], "nl-BE": [("Awel", P, "")], "fr-BE": [("Awel", P, "")]}),
    ("s13", "fraud", "noun", [], {
        "en": [("phishing", P, "")],
        "nl-BE": [("phishing", P, "")],
        "fr-BE": [("hameçonnage", P, "l'hameçonnage, d'hameçonnage"), ("phishing", D, "Write 'hameçonnage'.")]}),
    ("s14", "fraud", "noun", [], {
        "en": [("scam", P, "")],
        "nl-BE": [("oplichting", P, ""), ("oplichterij", A, "")],
        "fr-BE": [("arnaque", P, ""), ("escroquerie", A, "")]}),
    ("s15", "accounts", "noun", [], {
        "en": [("password", P, "")],
        "nl-BE": [("wachtwoord", P, ""), ("paswoord", D, "Colloquial.")],
        "fr-BE": [("mot de passe", P, "")]}),
    ("s16", "accounts", "noun", [], {
        "en": [("account", P, "A user account on a service; not a bank account.")],
        "nl-BE": [("account", P, "de account (Belgian usage)")],
        "fr-BE": [("compte", P, "")]}),
    ("s17", "accounts", "noun", [], {
        "en": [("privacy settings", P, "")],
        "nl-BE": [("privacy-instellingen", P, "")],
        "fr-BE": [("paramètres de confidentialité", P, "")]}),
    ("s18", "evidence", "noun", [], {
        "en": [("screenshot", P, "")],
        "nl-BE": [("screenshot", P, ""), ("schermafbeelding", A, "")],
        "fr-BE": [("capture d'écran", P, "")]}),
    ("s19", "disinformation", "noun", [], {
        "en": [("deepfake", P, "")],
        "nl-BE": [("deepfake", P, "")],
        "fr-BE": [("deepfake", P, ""), ("hypertrucage", A, "")]}),
    ("s20", "disinformation", "noun", [], {
        "en": [("fake news", P, "")],
        "nl-BE": [("nepnieuws", P, ""), ("fake news", A, "")],
        "fr-BE": [("fausse information", P, "Usually plural: 'fausses informations'."), ("infox", A, "")]}),
    ("s21", "disinformation", "noun", [], {
        "en": [("media literacy", P, "")],
        "nl-BE": [("mediawijsheid", P, "Flemish usage; not 'mediageletterdheid'.")],
        "fr-BE": [("éducation aux médias", P, "")]}),
    ("s22", "parents", "noun", [], {
        "en": [("parental control", P, "The software and its settings.")],
        "nl-BE": [("ouderlijk toezicht", P, "")],
        "fr-BE": [("contrôle parental", P, "")]}),
    ("s23", "parents", "noun", [], {
        "en": [("screen time", P, "")],
        "nl-BE": [("schermtijd", P, "")],
        "fr-BE": [("temps d'écran", P, "")]}),
    ("s24", "regulation", "noun", [], {
        "en": [("age verification", P, ""), ("age check", A, "")],
        "nl-BE": [("leeftijdsverificatie", P, ""), ("leeftijdscontrole", A, "")],
        "fr-BE": [("vérification de l'âge", P, ""), ("vérification d'âge", A, "")]}),
    ("s25", "regulation", "noun", [], {
        "en": [("GDPR", P, ""), ("General Data Protection Regulation", A, "")],
        "nl-BE": [("AVG", P, ""), ("GDPR", A, "Common in Belgium."), ("Algemene Verordening Gegevensbescherming", A, "")],
        "fr-BE": [("RGPD", P, ""), ("règlement général sur la protection des données", A, "")]}),
    ("s26", "gaming", "noun", [], {
        "en": [("loot box", P, "Banned in Belgium since 2018 as a game of chance.")],
        "nl-BE": [("lootbox", P, "")],
        "fr-BE": [("coffre à butin", P, ""), ("loot box", A, "")]}),
    ("s27", "social media", "noun", [], {
        "en": [("influencer", P, "")],
        "nl-BE": [("influencer", P, "")],
        "fr-BE": [("influenceur", P, "Feminine: influenceuse.")]}),
    ("s28", "online safety", "noun", [], {
        "en": [("nude", P, "A naked picture of oneself."), ("nude photo", A, "")],
        "nl-BE": [("naaktfoto", P, "")],
        "fr-BE": [("photo dénudée", P, ""), ("nude", A, "")]}),
    ("s29", "online safety", "noun", [], {
        "en": [("perpetrator", P, "")],
        "nl-BE": [("dader", P, "")],
        "fr-BE": [("auteur", P, "l'auteur des faits")]}),
]
