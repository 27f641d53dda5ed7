# Terminology blind set 5, part 2: mobility and environment. Dutch multi-word terms with an inflected adjective
# ("zware vrachtwagens", "de zware vrachtwagen", "het overstromingsgevoelige gebied") and split by an adjective
# ("zware Poolse vrachtwagen"), Dutch plurals with a doubled consonant or a voiced f/s ("regenputten",
# "hittegolven", "rijbewijzen"), French agreement ("zones inondables", "la zone inondable", "rues cyclables") and
# a plural term used in the singular ("transport en commun"), a term written with a space instead of its hyphen
# ("lage emissiezone", "radars tronçons"), the other country's term (nl "milieuzone", fr "zone à faibles
# émissions"), deprecated Belgian colloquialisms and Netherlands Dutch ("camion", "auto van de zaak",
# "leaseauto") beside the French "camions" that is no deprecated term, headings in capitals, a term taken up by
# a pronoun, and near-miss words ("heavy traffic", "border controls", "cycle path", "car company", "fine",
# "green light", "heat pump").
# Same conventions as part1.py.
from part1 import g, gg, MT, FT, DNT, MT2  # noqa: F401

# --- heavy goods vehicle, HGV: zware vrachtwagen (camion deprecated); poids lourd, véhicule lourd -------------
g("clean: Dutch plural with the inflected adjective, French plural",
  "Heavy goods vehicles may no longer drive through the town centre.",
  "Zware vrachtwagens mogen niet meer door het centrum rijden.",
  "Les poids lourds ne peuvent plus traverser le centre-ville.")
g("clean: Dutch and French singular with the definite article",
  "The heavy goods vehicle overturned on the ring road.",
  "De zware vrachtwagen kantelde op de ring.",
  "Le poids lourd s'est renversé sur le ring.")
g("clean: HGV; the Dutch term split by an adjective (zware Poolse vrachtwagen), French followed by one",
  "Police stopped a Polish HGV with faulty brakes.",
  "De politie hield een zware Poolse vrachtwagen met defecte remmen tegen.",
  "La police a arrêté un poids lourd polonais aux freins défectueux.")
g("error: nl Camions, the deprecated Belgian colloquialism",
  "Heavy goods vehicles pay a kilometre charge.",
  "Camions betalen een kilometerheffing.",
  "Les poids lourds paient un prélèvement kilométrique.",
  err=FT("nl-BE"))
g("error: fr camions (a generic word; deprecated only in Dutch)",
  "The bridge is closed to heavy goods vehicles.",
  "De brug is gesloten voor zware vrachtwagens.",
  "Le pont est fermé aux camions.",
  err=MT("fr-BE"))
g("error: nl Vrachtwagens, the term without its adjective",
  "Heavy goods vehicles are banned from the left lane.",
  "Vrachtwagens mogen niet op de linkerrijstrook rijden.",
  "Les poids lourds sont interdits sur la bande de gauche.",
  err=MT("nl-BE"))
g("clean: near-miss heavy traffic / zwaar verkeer",
  "Heavy traffic is expected on the coast road this weekend.",
  "Dit weekend wordt zwaar verkeer verwacht op de kustweg.",
  "Un trafic dense est attendu ce week-end sur la route côtière.")
gg("clean: heavy goods vehicles taken up by nl ze, fr ils",
   ("Heavy goods vehicles cause 40% of the damage to road surfaces.",
    "Zware vrachtwagens veroorzaken 40% van de schade aan het wegdek.",
    "Les poids lourds causent 40~% des dégâts au revêtement routier."),
   ("That is why heavy goods vehicles will pay more from 2026.",
    "Daarom zullen ze vanaf 2026 meer betalen.",
    "C'est pourquoi ils paieront davantage à partir de 2026."))

# --- kilometre charge: kilometerheffing; prélèvement kilométrique, taxe kilométrique ---------------------------
g("clean: admitted en kilometer charges; plurals (kilometerheffingen, prélèvements kilométriques)",
  "Wallonia and Flanders collect separate kilometer charges.",
  "Wallonië en Vlaanderen innen elk hun eigen kilometerheffingen.",
  "La Wallonie et la Flandre perçoivent chacune leurs propres prélèvements kilométriques.")
g("error: fr péage (a toll)",
  "A kilometre charge for cars is not on the agenda.",
  "Een kilometerheffing voor personenwagens staat niet op de agenda.",
  "Un péage pour les voitures n'est pas à l'ordre du jour.",
  err=MT("fr-BE"))

# --- low-emission zone, LEZ: lage-emissiezone, LEZ; zone de basses émissions, ZBE, LEZ ------------------------
g("clean: the terms with an adjective (Brusselse, bruxelloise)",
  "The Brussels low-emission zone bans older diesel cars from 2025.",
  "De Brusselse lage-emissiezone weert oudere dieselwagens vanaf 2025.",
  "La zone de basses émissions bruxelloise interdit les voitures diesel plus anciennes à partir de 2025.")
g("clean: nl lage emissiezone, the term written with a space instead of its hyphen",
  "Ghent extends its low-emission zone.",
  "Gent breidt zijn lage emissiezone uit.",
  "Gand étend sa zone de basses émissions.")
g("clean: the acronym LEZ in a Dutch hyphenated compound and after a French noun",
  "Cars without a valid LEZ registration are fined 350 euros.",
  "Wagens zonder geldige LEZ-registratie krijgen een boete van 350 euro.",
  "Les voitures sans enregistrement LEZ valable reçoivent une amende de 350 euros.")
g("error: nl milieuzone, the term of the Netherlands",
  "Check whether your car may enter the low-emission zone.",
  "Controleer of je auto de milieuzone in mag.",
  "Vérifiez si votre voiture peut entrer dans la zone de basses émissions.",
  err=MT("nl-BE"))
g("error: fr zone à faibles émissions, the term of France",
  "The low-emission zone applies day and night.",
  "De lage-emissiezone geldt dag en nacht.",
  "La zone à faibles émissions s'applique jour et nuit.",
  err=MT("fr-BE"))
gg("clean: the low-emission zone taken up by nl Ze, fr Elle",
   ("Antwerp's low-emission zone was extended in 2020.",
    "De Antwerpse lage-emissiezone werd in 2020 uitgebreid.",
    "La zone de basses émissions d'Anvers a été étendue en 2020."),
   ("The low-emission zone now covers the whole city.",
    "Ze beslaat nu de hele stad.",
    "Elle couvre désormais toute la ville."))

# --- section control: trajectcontrole; radar-tronçon, contrôle de vitesse moyenne ------------------------------
g("clean: fr radars tronçons, the plural written with a space instead of the hyphen; nl trajectcontroles",
  "Flanders will install 20 new section controls.",
  "Vlaanderen plaatst 20 nieuwe trajectcontroles.",
  "La Flandre installera 20 nouveaux radars tronçons.")
g("error: nl flitspaal (a fixed speed camera, another concept); admitted en average speed camera",
  "The average speed camera in the tunnel is working again.",
  "De flitspaal in de tunnel werkt weer.",
  "Le radar-tronçon du tunnel fonctionne à nouveau.",
  err=MT("nl-BE"))
g("error: fr radar fixe (a fixed speed camera, another concept)",
  "A section control will measure average speed on the coast road.",
  "Een trajectcontrole zal de gemiddelde snelheid op de kustweg meten.",
  "Un radar fixe mesurera la vitesse moyenne sur la route côtière.",
  err=MT("fr-BE"))
g("clean: near-miss border controls / grenscontroles / contrôles",
  "Border controls were reinstated at the French border.",
  "De grenscontroles aan de Franse grens werden heringevoerd.",
  "Les contrôles aux frontières ont été réintroduits à la frontière française.")

# --- driving licence: rijbewijs; permis de conduire -----------------------------------------------------------
g("clean: nl plural rijbewijzen (s voiced to z), fr invariable permis de conduire",
  "The municipality issued 4,000 driving licences last year.",
  "De gemeente reikte vorig jaar 4.000 rijbewijzen uit.",
  "La commune a délivré 4^000 permis de conduire l'an dernier.")
g("clean: near-miss environmental permit / permis d'environnement",
  "The farm needs an environmental permit for the new shed.",
  "De boerderij heeft een omgevingsvergunning nodig voor de nieuwe loods.",
  "La ferme a besoin d'un permis d'environnement pour le nouveau hangar.")
g("error: fr licence de conduite, a calque the termbase does not list; admitted en driver's license",
  "Show your driver's license at the checkpoint.",
  "Toon je rijbewijs aan de controlepost.",
  "Montrez votre licence de conduite au poste de contrôle.",
  err=MT("fr-BE"))

# --- cycle street: fietsstraat; rue cyclable -----------------------------------------------------------------
g("clean: plurals (fietsstraten, rues cyclables)",
  "The city creates ten new cycle streets.",
  "De stad legt tien nieuwe fietsstraten aan.",
  "La ville aménage dix nouvelles rues cyclables.")
g("error: fr piste cyclable (a cycle path, another concept)",
  "Kerkstraat becomes a cycle street on Monday.",
  "De Kerkstraat wordt maandag een fietsstraat.",
  "La Kerkstraat devient lundi une piste cyclable.",
  err=MT("fr-BE"))
g("error: nl Fietspaden (cycle paths, another concept)",
  "Cycle streets are marked with a red surface.",
  "Fietspaden zijn gemarkeerd met een rode wegdekkleur.",
  "Les rues cyclables sont signalées par un revêtement rouge.",
  err=MT("nl-BE"))
g("clean: near-miss cycle path / fietspad / piste cyclable",
  "The cycle path along the canal is being widened.",
  "Het fietspad langs het kanaal wordt verbreed.",
  "La piste cyclable le long du canal est élargie.")

# --- company car: bedrijfswagen, salariswagen; deprecated auto van de zaak, leaseauto; voiture de société ------
g("clean: plurals (bedrijfswagens, voitures de société)",
  "Company cars will only be tax-deductible if they are emission-free.",
  "Bedrijfswagens zijn enkel nog fiscaal aftrekbaar als ze uitstootvrij zijn.",
  "Les voitures de société ne seront fiscalement déductibles que si elles sont zéro émission.")
g("clean: admitted nl salariswagen, fr voiture de fonction",
  "One in ten employees drives a company car.",
  "Een op de tien werknemers rijdt met een salariswagen.",
  "Un salarié sur dix roule en voiture de fonction.")
g("error: nl leaseauto, deprecated (Netherlands Dutch)",
  "Your company car counts as a benefit in kind.",
  "Je leaseauto telt als voordeel van alle aard.",
  "Votre voiture de société compte comme un avantage de toute nature.",
  err=FT("nl-BE"))
g("error: nl auto's van de zaak, the deprecated term in the plural with 's",
  "The number of company cars keeps rising.",
  "Het aantal auto's van de zaak blijft stijgen.",
  "Le nombre de voitures de société continue d'augmenter.",
  err=FT("nl-BE"))
g("error: fr voitures d'entreprise, a phrase the termbase does not list",
  "Electric company cars need a charging point at home.",
  "Elektrische bedrijfswagens hebben thuis een laadpunt nodig.",
  "Les voitures d'entreprise électriques nécessitent une borne de recharge à domicile.",
  err=MT("fr-BE"))

# --- public transport: openbaar vervoer; transports en commun, transport public --------------------------------
g("clean: nl closed compound openbaarvervoermaatschappijen, fr the plural term in the singular",
  "The public transport companies ask for more money.",
  "De openbaarvervoermaatschappijen vragen meer geld.",
  "Les sociétés de transport en commun demandent plus d'argent.")
g("error: nl De Lijn (the company) for public transport",
  "Public transport in Flanders is reorganised around hubs.",
  "De Lijn wordt in Vlaanderen rond knooppunten gereorganiseerd.",
  "Les transports en commun en Flandre sont réorganisés autour de pôles.",
  err=MT("nl-BE"))
g("error: fr Les bus (one mode) for public transport",
  "Public transport stops at 10 p.m. during the works.",
  "Het openbaar vervoer stopt om 22 uur tijdens de werken.",
  "Les bus s'arrêtent à 22~h pendant les travaux.",
  err=MT("fr-BE"))

# --- flood-prone area: overstromingsgevoelig gebied; zone inondable --------------------------------------------
g("clean: plurals with inflected adjectives (overstromingsgevoelige gebieden, zones inondables)",
  "Building in flood-prone areas will be banned.",
  "Bouwen in overstromingsgevoelige gebieden wordt verboden.",
  "Il sera interdit de construire dans les zones inondables.")
g("clean: the singular without article (een overstromingsgevoelig gebied, en zone inondable)",
  "The house lies in a flood-prone area.",
  "Het huis ligt in een overstromingsgevoelig gebied.",
  "La maison se trouve en zone inondable.")
g("clean: admitted en flood zone; nl het overstromingsgevoelige gebied, fr la zone inondable",
  "The flood zone along the Vesdre is being redrawn.",
  "Het overstromingsgevoelige gebied langs de Vesder wordt hertekend.",
  "La zone inondable le long de la Vesdre est redessinée.")
g("clean: fr split by an adverb (zones fortement inondables), nl an adverb before (sterk)",
  "Highly flood-prone areas get a building freeze.",
  "In sterk overstromingsgevoelige gebieden komt een bouwstop.",
  "Les zones fortement inondables font l'objet d'un gel de la construction.")
g("error: nl overstromingsgebieden (areas flooded on purpose, another concept)",
  "Insurers raise premiums in flood-prone areas.",
  "Verzekeraars verhogen de premies in overstromingsgebieden.",
  "Les assureurs augmentent les primes dans les zones inondables.",
  err=MT("nl-BE"))
g("error: fr zone à risque, a phrase the termbase does not list",
  "The map shows every flood-prone area in Wallonia.",
  "De kaart toont elk overstromingsgevoelig gebied in Wallonië.",
  "La carte montre chaque zone à risque de Wallonie.",
  err=MT("fr-BE"))

# --- green waste: groenafval, tuinafval; déchets verts, déchets de jardin ---------------------------------------
g("error: fr déchets ménagers (household waste, another concept)",
  "Burning green waste in the garden is forbidden.",
  "Groenafval verbranden in de tuin is verboden.",
  "Il est interdit de brûler des déchets ménagers dans le jardin.",
  err=MT("fr-BE"))

# --- heatwave: hittegolf; vague de chaleur, canicule ------------------------------------------------------------
g("clean: admitted en heat waves; nl plural hittegolven (f voiced to v), fr admitted canicules",
  "Heat waves are becoming more frequent in Belgium.",
  "Hittegolven komen in België steeds vaker voor.",
  "Les canicules sont de plus en plus fréquentes en Belgique.")
g("clean: heading in capitals",
  "HEATWAVE: THE FIRST PHASE OF THE HEAT PLAN IS ACTIVATED",
  "HITTEGOLF: DE EERSTE FASE VAN HET HITTEPLAN WORDT GEACTIVEERD",
  "VAGUE DE CHALEUR~: LA PREMIÈRE PHASE DU PLAN CHALEUR EST ACTIVÉE")
g("error: nl warmteperiode, a word the termbase does not list",
  "The heatwave drives up ozone levels.",
  "De warmteperiode doet de ozonconcentraties stijgen.",
  "La vague de chaleur fait grimper les concentrations d'ozone.",
  err=MT("nl-BE"))
gg("clean: the heatwave taken up by nl ze, fr elle",
   ("The heatwave started on Monday.",
    "De hittegolf begon maandag.",
    "La vague de chaleur a commencé lundi."),
   ("Experts expect the heatwave to last a week.",
    "Experts verwachten dat ze een week aanhoudt.",
    "Les experts s'attendent à ce qu'elle dure une semaine."))

# --- particulate matter: fijnstof; particules fines -------------------------------------------------------------
g("clean: nl compound Fijnstofdeeltjes beginning with the term; admitted en fine particles",
  "Fine particles penetrate deep into the lungs.",
  "Fijnstofdeeltjes dringen diep in de longen door.",
  "Les particules fines pénètrent profondément dans les poumons.")
g("clean: word in another sense, en fine (a penalty); LEZ rendered by zone",
  "The fine for entering the zone is 150 euros.",
  "De boete voor het binnenrijden van de zone bedraagt 150 euro.",
  "L'amende pour l'entrée dans la zone s'élève à 150 euros.")
g("error: nl Stof (dust), the term without its modifier",
  "Particulate matter from wood stoves is a growing problem.",
  "Stof van houtkachels is een groeiend probleem.",
  "Les particules fines des poêles à bois sont un problème croissant.",
  err=MT("nl-BE"))
g("error: fr poussières (dust)",
  "The city measures particulate matter at 40 schools.",
  "De stad meet fijnstof aan 40 scholen.",
  "La ville mesure les poussières dans 40 écoles.",
  err=MT("fr-BE"))

# --- rainwater tank: regenput, regenwatertank; citerne d'eau de pluie, citerne à eau de pluie ----------------
g("clean: plurals (regenputten, doubled t; citernes d'eau de pluie)",
  "The municipality subsidises rainwater tanks of 5,000 litres or more.",
  "De gemeente subsidieert regenputten van 5.000 liter of meer.",
  "La commune subsidie les citernes d'eau de pluie de 5^000 litres ou plus.")
g("error: nl regenton (a rain barrel, another thing)",
  "A rainwater tank saves up to 50% on drinking water.",
  "Een regenton bespaart tot 50% drinkwater.",
  "Une citerne d'eau de pluie permet d'économiser jusqu'à 50~% d'eau potable.",
  err=MT("nl-BE"))
g("error: fr réservoir, a generic word",
  "Clean your rainwater tank once a year.",
  "Maak je regenput één keer per jaar schoon.",
  "Nettoyez votre réservoir une fois par an.",
  err=MT("fr-BE"))
