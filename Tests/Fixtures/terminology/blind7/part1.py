# Terminology blind set 7, part 1: digital government and taxes (eID, itsme, the e-Box, MyMinfin, Tax-on-web, the
# FPS Finance, the tax return and the tax bill, the digital key, the card reader, the PIN code, the verb "log in").
# Aims: names kept as is with French elision ("l'e-Box", "d'itsme"), at the start of a sentence and in compounds,
# changed names ("eBox", "MyMinFin", "Tax-On-Web"); an acronym against its full form ("FOD Financiën" / "Federale
# Overheidsdienst Financiën"); the shorter form taking up a full one in the next unit ("de FOD", "le SPF"); terms
# across a no-break space and a line break; terms inside links and under bold markup; headings in capitals; a word
# of a term in another sense ("aangifte" at the police, "sleutel" of a house, "lecteurs" of a newspaper, "pin" on
# a map, "key figures"); and near-miss words.
# Written by hand before the checker ran on it. Each group: a note saying what it tests and its units; a unit's
# err lists the findings (locale, rule) it must give; every other finding on it is a false one.
# In every language "^" stands for U+202F (narrow no-break space) and "~" for U+00A0 (no-break space).
from labelled_set import Groups, MT, FT, DNT  # noqa: F401
G = Groups()
g, gg = G.g, G.gg

# --- eID: eID, elektronische identiteitskaart / carte d'identité électronique -----------------------------------
g("clean: the acronym in all three languages, fr elided (l'eID)",
  "You can sign the form with your eID.",
  "Je kunt het formulier ondertekenen met je eID.",
  "Vous pouvez signer le formulaire avec votre eID.")
g("clean: nl and fr the admitted full forms for the source's acronym",
  "The eID now holds your fingerprints.",
  "De elektronische identiteitskaart bevat nu je vingerafdrukken.",
  "La carte d'identité électronique contient désormais vos empreintes digitales.")
g("clean: fr elision before the acronym, nl plural of the full form",
  "The municipality renews about 400 eIDs a week.",
  "De gemeente vernieuwt zo'n 400 elektronische identiteitskaarten per week.",
  "La commune renouvelle environ 400 eID par semaine.")
g("error: nl identiteitskaart alone, another card (the paper one)",
  "Keep your eID in a safe place.",
  "Bewaar je identiteitskaart op een veilige plaats.",
  "Conservez votre eID en lieu sûr.",
  err=MT("nl-BE"))
g("error: fr carte d'identité alone",
  "Insert your eID into the reader.",
  "Steek je eID in de lezer.",
  "Insérez votre carte d'identité dans le lecteur.",
  err=MT("fr-BE"))
g("clean: near-miss EID (the Muslim feast, written Eid) is no acronym of the card",
  "Offices are open as usual during Eid.",
  "Tijdens het Suikerfeest zijn de kantoren gewoon open.",
  "Les bureaux sont ouverts normalement pendant l'Aïd.")

# --- itsme (name kept as is) -----------------------------------------------------------------------------------
g("clean: the name, fr after d' and an article",
  "More than seven million Belgians use itsme.",
  "Meer dan zeven miljoen Belgen gebruiken itsme.",
  "Plus de sept millions de Belges utilisent l'application itsme.")
g("clean: the name with a capital at the start of the sentence",
  "itsme asks you to confirm every login.",
  "Itsme vraagt je om elke aanmelding te bevestigen.",
  "Itsme vous demande de confirmer chaque connexion.")
g("error: nl ItsMe, the name changed",
  "Open the itsme app and confirm.",
  "Open de ItsMe-app en bevestig.",
  "Ouvrez l'app itsme et confirmez.",
  err=DNT("nl-BE"))
g("error: fr its me, the name split",
  "Fraudsters imitate itsme messages.",
  "Oplichters bootsen berichten van itsme na.",
  "Des escrocs imitent les messages de its me.",
  err=DNT("fr-BE"))
g("clean: nl hyphenated compound on the name (itsme-code), fr d'itsme",
  "Never share your itsme code by phone.",
  "Deel je itsme-code nooit via de telefoon.",
  "Ne communiquez jamais votre code d'itsme par téléphone.")

# --- e-Box (name kept as is) --------------------------------------------------------------------------------------
g("clean: fr elision l'e-Box, nl de e-Box",
  "Your tax documents arrive in your e-Box.",
  "Je belastingdocumenten komen in je e-Box terecht.",
  "Vos documents fiscaux arrivent dans votre e-Box.")
g("clean: fr l'e-Box after an elided article",
  "The e-Box is free for every citizen.",
  "De e-Box is gratis voor elke burger.",
  "L'e-Box est gratuite pour chaque citoyen.")
g("error: nl eBox, the name changed",
  "Activate your e-Box before 1 March.",
  "Activeer je eBox voor 1 maart.",
  "Activez votre e-Box avant le 1er mars.",
  err=DNT("nl-BE"))
g("error: fr e-box, the name's capital dropped",
  "Companies also have an e-Box.",
  "Ook ondernemingen hebben een e-Box.",
  "Les entreprises ont aussi une e-box.",
  err=DNT("fr-BE"))
g("clean: the name under bold markup and inside a link",
  "Read the letter in <b>your e-Box</b> or via <a href=\"https://eboxcitizen.be\">e-Box</a>.",
  "Lees de brief in <b>je e-Box</b> of via <a href=\"https://eboxcitizen.be\">e-Box</a>.",
  "Lisez la lettre dans <b>votre e-Box</b> ou via <a href=\"https://eboxcitizen.be\">l'e-Box</a>.")
g("clean: nl compound on the name with a hyphen (e-Box-melding), fr notification de l'e-Box",
  "An e-Box notification never asks for your bank details.",
  "Een e-Box-melding vraagt nooit naar je bankgegevens.",
  "Une notification de l'e-Box ne demande jamais vos coordonnées bancaires.")

# --- MyMinfin, Tax-on-web (names kept as is) ----------------------------------------------------------------------
g("clean: both names, nl via, fr sur",
  "File your tax return in MyMinfin, which replaced Tax-on-web.",
  "Dien je belastingaangifte in via MyMinfin, dat Tax-on-web verving.",
  "Introduisez votre déclaration d'impôt sur MyMinfin, qui a remplacé Tax-on-web.")
g("error: nl MyMinFin, the name's capitals changed",
  "Log in to MyMinfin with itsme.",
  "Log in op MyMinFin met itsme.",
  "Connectez-vous à MyMinfin avec itsme.",
  err=DNT("nl-BE"))
g("error: fr Tax-On-Web, the name changed",
  "Tax-on-web stays open until the end of July.",
  "Tax-on-web blijft open tot eind juli.",
  "Tax-On-Web reste ouvert jusqu'à fin juillet.",
  err=DNT("fr-BE"))
g("error: nl the name left out (de toepassing)",
  "Your pre-filled return is ready in MyMinfin.",
  "Je vooraf ingevulde aangifte staat klaar in de toepassing.",
  "Votre déclaration préremplie est prête dans MyMinfin.",
  err=DNT("nl-BE"))
g("clean: the name inside a link in all three languages",
  "The <a href=\"https://myminfin.be\">MyMinfin</a> homepage shows your refund.",
  "Op de startpagina van <a href=\"https://myminfin.be\">MyMinfin</a> zie je je terugbetaling.",
  "La page d'accueil de <a href=\"https://myminfin.be\">MyMinfin</a> indique votre remboursement.")

# --- FPS Finance: FOD Financiën / SPF Finances --------------------------------------------------------------------
g("clean: the preferred acronyms, across a no-break space in nl and fr",
  "The FPS Finance sends the tax bills in June.",
  "De FOD~Financiën verstuurt de aanslagbiljetten in juni.",
  "Le SPF~Finances envoie les avertissements-extraits de rôle en juin.")
g("clean: the admitted full forms for the source's acronym",
  "The FPS Finance warns of fake refunds.",
  "De Federale Overheidsdienst Financiën waarschuwt voor valse terugbetalingen.",
  "Le Service public fédéral Finances met en garde contre de faux remboursements.")
gg("clean: the full name in the first unit, the shorter form (de FOD, le SPF) in the second",
   ("The FPS Finance has opened a new contact centre.",
    "De FOD Financiën heeft een nieuw contactcenter geopend.",
    "Le SPF Finances a ouvert un nouveau centre de contact."),
   ("The FPS Finance says waiting times are down by half.",
    "Volgens de FOD zijn de wachttijden gehalveerd.",
    "Selon le SPF, les temps d'attente ont diminué de moitié."))
g("error: fr ministère des Finances, the superseded name",
  "The FPS Finance never asks for your PIN code.",
  "De FOD Financiën vraagt nooit naar je pincode.",
  "Le Ministère des Finances ne demande jamais votre code PIN.",
  err=FT("fr-BE"))
g("error: nl de fiscus, a generic word for the service",
  "Contact the FPS Finance if in doubt.",
  "Neem bij twijfel contact op met de fiscus.",
  "En cas de doute, contactez le SPF Finances.",
  err=MT("nl-BE"))
g("clean: heading in capitals",
  "FPS FINANCE: NEW PHONE NUMBER",
  "FOD FINANCIËN: NIEUW TELEFOONNUMMER",
  "SPF FINANCES~: NOUVEAU NUMÉRO DE TÉLÉPHONE")
g("clean: near-miss finance (public finances), no entry",
  "Public finances are under pressure.",
  "De overheidsfinanciën staan onder druk.",
  "Les finances publiques sont sous pression.")

# --- tax return: belastingaangifte, aangifte / déclaration d'impôt, déclaration fiscale ------------------------
g("clean: nl the admitted aangifte, fr the admitted déclaration fiscale",
  "Check your tax return before you sign it.",
  "Controleer je aangifte voor je ze ondertekent.",
  "Vérifiez votre déclaration fiscale avant de la signer.")
g("clean: plural and elision (déclarations d'impôt, belastingaangiftes)",
  "Most tax returns are filed online.",
  "De meeste belastingaangiftes worden online ingediend.",
  "La plupart des déclarations d'impôt sont introduites en ligne.")
g("error: fr formulaire, a generic word",
  "The deadline for the paper tax return is 30 June.",
  "De uiterste datum voor de papieren belastingaangifte is 30 juni.",
  "La date limite pour le formulaire papier est le 30 juin.",
  err=MT("fr-BE"))
g("clean: nl aangifte in another sense (a complaint to the police), no tax return anywhere",
  "Victims of identity fraud should report it to the police.",
  "Slachtoffers van identiteitsfraude doen best aangifte bij de politie.",
  "Les victimes d'usurpation d'identité ont intérêt à porter plainte à la police.")
g("clean: near-miss return (a product returned)",
  "You can return the card reader within 14 days.",
  "Je kunt de kaartlezer binnen 14 dagen terugsturen.",
  "Vous pouvez renvoyer le lecteur de carte dans les 14 jours.")

# --- tax bill: aanslagbiljet / avertissement-extrait de rôle ------------------------------------------------------
g("clean: the preferred terms, fr plural in both parts",
  "Tax bills arrive in your e-Box.",
  "Aanslagbiljetten komen in je e-Box.",
  "Les avertissements-extraits de rôle arrivent dans votre e-Box.")
g("error: nl factuur, another document",
  "Your tax bill shows the amount to pay.",
  "Op je factuur staat het te betalen bedrag.",
  "Votre avertissement-extrait de rôle indique le montant à payer.",
  err=MT("nl-BE"))
g("clean: the admitted English tax assessment, nl diminutive-free compound",
  "A tax assessment can be contested within six months.",
  "Tegen een aanslagbiljet kun je binnen zes maanden bezwaar indienen.",
  "Un avertissement-extrait de rôle peut être contesté dans les six mois.")

# --- digital key: digitale sleutel / clé numérique -----------------------------------------------------------------
g("clean: plural, nl inflected adjective",
  "itsme and the eID are digital keys.",
  "itsme en de eID zijn digitale sleutels.",
  "itsme et l'eID sont des clés numériques.")
g("error: fr clé électronique, a calque the termbase does not list",
  "Choose a digital key to log in.",
  "Kies een digitale sleutel om in te loggen.",
  "Choisissez une clé électronique pour vous connecter.",
  err=MT("fr-BE"))
g("clean: sleutel and clé in another sense (a house key), key in another sense (key figures)",
  "Key figures: one in ten burglaries starts with a key under the mat.",
  "Kerncijfers: één op de tien inbraken begint met een sleutel onder de mat.",
  "Chiffres clés~: un cambriolage sur dix commence par une clé sous le paillasson.")

# --- card reader: kaartlezer / lecteur de carte --------------------------------------------------------------------
g("clean: the terms, fr plural lecteurs de carte",
  "Card readers are sold in every electronics shop.",
  "Kaartlezers zijn te koop in elke elektronicawinkel.",
  "Les lecteurs de carte sont vendus dans tous les magasins d'électronique.")
g("error: nl lezer alone",
  "Connect the card reader to your computer.",
  "Sluit de lezer aan op je computer.",
  "Branchez le lecteur de carte sur votre ordinateur.",
  err=MT("nl-BE"))
g("clean: fr lecteurs in another sense (a newspaper's readers), nl lezers",
  "Many readers asked us how to avoid the scam.",
  "Veel lezers vroegen ons hoe ze de oplichting kunnen vermijden.",
  "De nombreux lecteurs nous ont demandé comment éviter l'arnaque.")

# --- PIN code: pincode / code PIN ----------------------------------------------------------------------------------
g("clean: the admitted PIN in the source, the terms in both targets",
  "Enter your PIN after inserting the card.",
  "Geef je pincode in nadat je de kaart hebt ingestoken.",
  "Introduisez votre code PIN après avoir inséré la carte.")
g("error: fr code secret, a generic word",
  "Your PIN code is in the letter from the municipality.",
  "Je pincode staat in de brief van de gemeente.",
  "Votre code secret figure dans la lettre de la commune.",
  err=MT("fr-BE"))
g("clean: near-miss pin (a pin on a map), nl speld, fr épingle",
  "Drop a pin on the map to find the nearest office.",
  "Zet een speld op de kaart om het dichtstbijzijnde kantoor te vinden.",
  "Placez une épingle sur la carte pour trouver le bureau le plus proche.")
g("clean: nl pincode written with a capital in a heading, fr CODE PIN",
  "FORGOT YOUR PIN CODE?",
  "PINCODE VERGETEN?",
  "CODE PIN OUBLIÉ^?")

# --- log in (verb): inloggen, aanmelden / se connecter -------------------------------------------------------------
g("clean: nl separable verb split (Log … in), fr imperative with its pronoun",
  "Log in with your eID or with itsme.",
  "Log in met je eID of met itsme.",
  "Connectez-vous avec votre eID ou avec itsme.")
g("clean: nl admitted aanmelden, fr infinitive",
  "You must log in again after ten minutes.",
  "Na tien minuten moet je je opnieuw aanmelden.",
  "Après dix minutes, vous devez vous reconnecter.")
g("error: fr entrer, another verb",
  "Citizens log in to MyMinfin more often in June.",
  "Burgers loggen in juni vaker in op MyMinfin.",
  "Les citoyens entrent plus souvent dans MyMinfin en juin.",
  err=MT("fr-BE"))
g("clean: fr connectés in another sense (connected devices), no verb in the source",
  "Connected devices at home are easy targets.",
  "Verbonden toestellen in huis zijn makkelijke doelwitten.",
  "Les objets connectés à la maison sont des cibles faciles.")
g("clean: the source's noun login (no verb), nl aanmelding, fr connexion",
  "Every login is recorded for six months.",
  "Elke aanmelding wordt zes maanden bijgehouden.",
  "Chaque connexion est conservée pendant six mois.")
