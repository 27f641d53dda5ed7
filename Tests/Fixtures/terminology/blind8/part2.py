# Terminology blind set 8, part 2: mobility and taxes (the mobile phone, the driving licence, the mobility budget,
# the season ticket, the Euro 6 standard, personal income tax, the verb "apply for", MyMinfin and the e-Box).
# Aims: Belgian Dutch against Netherlands Dutch ("gsm" / "mobiele telefoon" / "mobieltje", "inkomstenbelasting"),
# Belgian French against France's or Quebec's ("cellulaire", "mobile", "impôt sur le revenu"), an acronym in small
# letters ("gsm" in French); words in another sense ("ordinateur portable", "the mobile unit", "abonnement" at the
# gym, "permis" de bâtir, "demander" for ask); a shorter form in the next unit ("un nouveau permis"); a Dutch
# separable verb split ("Vraag … aan") and rendered by a noun ("een aanvraag indienen"); numbers inside terms ("Euro
# 6-norm", "Euro-6-norm"); a term in a link text and a heading; names kept as is with odd capitals ("MyMinfin",
# "e-Box") changed ("MyMinFin", "Myminfin", "E-box"), in a link, in capitals and in a hyphenated compound.
# Written by hand before the checker ran on it; conventions as in part1.py.
from labelled_set import FT, MT, DNT  # noqa: F401
from part1 import G
g, gg = G.g, G.gg

# --- mobile phone: gsm, mobiele telefoon, mobieltje (deprecated) / GSM, téléphone portable, portable, cellulaire ------
g("clean: the preferred terms, nl gsm in small letters, fr GSM in capitals",
  "Keep your mobile phone switched on.",
  "Laat je gsm aanstaan.",
  "Gardez votre GSM allumé.")
g("clean: the admitted terms (mobiele telefoon, téléphone portable) and an amount",
  "Using a mobile phone while driving costs 174 euros.",
  "Wie tijdens het rijden een mobiele telefoon gebruikt, betaalt 174 euro.",
  "Utiliser un téléphone portable au volant coûte 174 euros.")
g("error: nl the deprecated mobieltje",
  "Scan the code with your mobile phone.",
  "Scan de code met je mobieltje.",
  "Scannez le code avec votre GSM.",
  err=FT("nl-BE"))
g("error: fr the deprecated cellulaire (Quebec); nl a hyphenated compound (gsm-nummer)",
  "Enter your mobile phone number.",
  "Vul je gsm-nummer in.",
  "Indiquez votre numéro de cellulaire.",
  err=FT("fr-BE"))
g("clean: fr the acronym in small letters (votre gsm), as Belgian French often writes it",
  "Switch off your mobile phone in the waiting room.",
  "Zet je gsm uit in de wachtzaal.",
  "Éteignez votre gsm dans la salle d'attente.")
g("clean: fr portable in another sense (ordinateur portable, a laptop)",
  "Bring your laptop to the course.",
  "Breng je laptop mee naar de cursus.",
  "Apportez votre ordinateur portable au cours.")
g("clean: en mobile as an adjective (the mobile unit), another sense",
  "The mobile unit of the Red Cross visits the village.",
  "De mobiele eenheid van het Rode Kruis bezoekt het dorp.",
  "L'unité mobile de la Croix-Rouge se rend dans le village.")
g("error: fr mobile, France's word",
  "Charge your mobile phone before the trip.",
  "Laad je gsm op voor de reis.",
  "Rechargez votre mobile avant le voyage.",
  err=MT("fr-BE"))

# --- driving licence: rijbewijs / permis de conduire -----------------------------------------------------------------
gg("clean: the term in full, then fr its head (un nouveau permis) in the next unit",
   ("You can renew your driving licence at the municipality.",
    "Je kunt je rijbewijs bij de gemeente vernieuwen.",
    "Vous pouvez renouveler votre permis de conduire à la commune."),
   ("A new driving licence costs 25 euros.",
    "Een nieuw rijbewijs kost 25 euro.",
    "Un nouveau permis coûte 25 euros."))
g("clean: near-miss, fr permis of another kind (a building permit)",
  "You need a permit to build a garage.",
  "Voor een garage heb je een vergunning nodig.",
  "Pour construire un garage, il vous faut un permis.")
g("error: fr licence de conduite, a calque",
  "Show your driving licence at the check.",
  "Toon je rijbewijs bij de controle.",
  "Présentez votre licence de conduite lors du contrôle.",
  err=MT("fr-BE"))
g("error: nl rijvergunning, not the Belgian term",
  "Learners need a provisional driving licence.",
  "Leerlingen hebben een voorlopige rijvergunning nodig.",
  "Les apprentis conducteurs doivent avoir un permis de conduire provisoire.",
  err=MT("nl-BE"))
g("clean: en the admitted term with a possessive in the plural, nl rijbewijzen",
  "Foreign driver's licences are valid for a year.",
  "Buitenlandse rijbewijzen zijn een jaar geldig.",
  "Les permis de conduire étrangers sont valables un an.")

# --- mobility budget: mobiliteitsbudget / budget mobilité ------------------------------------------------------------
g("error: nl vervoersbudget, a synonym the termbase does not list",
  "Employees choose how to spend their mobility budget.",
  "Werknemers kiezen zelf hoe ze hun vervoersbudget besteden.",
  "Les travailleurs choisissent comment dépenser leur budget mobilité.",
  err=MT("nl-BE"))
g("clean: the term in a link text that is a heading",
  "<a href=\"https://mobilitybudget.be\">Mobility budget: the new rules</a>",
  "<a href=\"https://mobilitybudget.be\">Mobiliteitsbudget: de nieuwe regels</a>",
  "<a href=\"https://mobilitybudget.be\">Budget mobilité^: les nouvelles règles</a>")

# --- season ticket: abonnement (nl, fr) ------------------------------------------------------------------------------
g("clean: nl a closed compound (treinabonnement)",
  "A season ticket for the train is cheaper for commuters.",
  "Voor pendelaars is een treinabonnement goedkoper.",
  "Pour les navetteurs, un abonnement de train est moins cher.")
g("clean: fr abonnement in another sense (a gym membership)",
  "Cancel your gym membership online.",
  "Zeg je lidmaatschap van de fitness online op.",
  "Résiliez votre abonnement à la salle de sport en ligne.")
g("error: nl seizoenskaart, a calque",
  "Your employer pays for your season ticket.",
  "Je werkgever betaalt je seizoenskaart.",
  "Votre employeur paie votre abonnement.",
  err=MT("nl-BE"))

# --- Euro 6 standard: Euro 6-norm / norme Euro 6 ---------------------------------------------------------------------
g("clean: the terms with their number",
  "Diesel cars below the Euro 6 standard may no longer enter Brussels.",
  "Dieselwagens die niet aan de Euro 6-norm voldoen, mogen Brussel niet meer in.",
  "Les voitures diesel qui ne respectent pas la norme Euro 6 ne peuvent plus entrer à Bruxelles.")
g("clean: nl a hyphenation variant (Euro-6-norm)",
  "Only vans that meet the Euro 6 standard get the premium.",
  "Alleen bestelwagens met de Euro-6-norm krijgen de premie.",
  "Seules les camionnettes conformes à la norme Euro 6 reçoivent la prime.")
g("error: fr norme européenne 6, a paraphrase",
  "Check whether your car meets the Euro 6 standard.",
  "Kijk of je wagen aan de Euro 6-norm voldoet.",
  "Vérifiez si votre voiture respecte la norme européenne 6.",
  err=MT("fr-BE"))

# --- personal income tax: personenbelasting / impôt des personnes physiques, IPP --------------------------------------
g("clean: fr the admitted acronym, elided (l'IPP)",
  "The reform lowers personal income tax.",
  "De hervorming verlaagt de personenbelasting.",
  "La réforme réduit l'IPP.")
g("error: fr impôt sur le revenu, France's name",
  "Personal income tax brings in billions each year.",
  "De personenbelasting brengt elk jaar miljarden op.",
  "L'impôt sur le revenu rapporte chaque année des milliards.",
  err=MT("fr-BE"))
g("error: nl inkomstenbelasting, the Netherlands' name",
  "Personal income tax falls for low wages.",
  "De inkomstenbelasting daalt voor lage lonen.",
  "L'impôt des personnes physiques baisse pour les bas salaires.",
  err=MT("nl-BE"))

# --- apply for (verb): aanvragen / demander, introduire une demande -------------------------------------------------
g("clean: nl the separable verb split (Vraag … aan), fr an imperative",
  "Apply for the premium online.",
  "Vraag de premie online aan.",
  "Demandez la prime en ligne.")
g("clean: nl a noun phrase (een aanvraag indienen), fr the admitted term",
  "You can apply for the allowance until the end of the year.",
  "Je kunt tot het einde van het jaar een aanvraag indienen.",
  "Vous pouvez introduire une demande jusqu'à la fin de l'année.")
g("error: fr postuler, to apply for a job",
  "Apply for a parking card at the town hall.",
  "Vraag een parkeerkaart aan in het gemeentehuis.",
  "Postulez pour une carte de stationnement à la maison communale.",
  err=MT("fr-BE"))
g("clean: fr demander in another sense (to ask), no such verb in the source",
  "Ask your employer for a certificate.",
  "Vraag je werkgever om een attest.",
  "Demandez une attestation à votre employeur.")
g("error: nl solliciteren, to apply for a job",
  "Self-employed persons can apply for the bridging right.",
  "Zelfstandigen kunnen solliciteren voor het overbruggingsrecht.",
  "Les indépendants peuvent demander le droit passerelle.",
  err=MT("nl-BE"))
g("clean: passive participles (aangevraagd, demandée)",
  "The premium must be applied for within a year.",
  "De premie moet binnen een jaar worden aangevraagd.",
  "La prime doit être demandée dans un délai d'un an.")

# --- MyMinfin and e-Box (names kept as is) ---------------------------------------------------------------------------
g("error: nl MyMinFin, the name changed",
  "Log in to MyMinfin with itsme.",
  "Meld je aan op MyMinFin met itsme.",
  "Connectez-vous à MyMinfin avec itsme.",
  err=DNT("nl-BE"))
g("error: fr Myminfin, the name changed",
  "Your tax return is pre-filled in MyMinfin.",
  "Je aangifte staat vooraf ingevuld in MyMinfin.",
  "Votre déclaration est préremplie dans Myminfin.",
  err=DNT("fr-BE"))
g("clean: the name as a link text; nl a hyphenated compound (MyMinfin-account)",
  "Your <a href=\"https://myminfin.be\">MyMinfin</a> account is linked to your eID.",
  "Je <a href=\"https://myminfin.be\">MyMinfin</a>-account is gekoppeld aan je eID.",
  "Votre compte <a href=\"https://myminfin.be\">MyMinfin</a> est lié à votre eID.")
g("error: nl E-box, the name changed",
  "Activate the e-Box in MyMinfin.",
  "Activeer de E-box in MyMinfin.",
  "Activez l'e-Box dans MyMinfin.",
  err=DNT("nl-BE"))
g("clean: the name in a heading in capitals",
  "E-BOX: FIVE TIPS",
  "E-BOX: VIJF TIPS",
  "E-BOX^: CINQ CONSEILS")
