# Blind set, part 3: numbers, dates, times, ordinals, ranges, units.
from part1 import g

g("clean: thousands separators three ways",
  "The helpline received 3,000 calls in February alone.",
  "De hulplijn kreeg alleen al in februari 3.000 oproepen.",
  "La ligne d'aide a reçu 3^000 appels rien qu'en février.")
g("clean: fr thousands with an ordinary space, nl without separator",
  "Around 1,500 pupils took part in the survey.",
  "Ongeveer 1500 leerlingen namen deel aan de bevraging.",
  "Environ 1 500 élèves ont participé à l'enquête.")
g("clean trap: fr-BE press style thousands with a dot",
  "The campaign video was viewed 250,000 times in a week.",
  "De campagnevideo werd in een week 250.000 keer bekeken.",
  "La vidéo de la campagne a été vue 250.000 fois en une semaine.")
g("error: fr keeps the English thousands comma (1,200 read as 1,2)",
  "More than 1,200 teachers have downloaded the lesson pack.",
  "Meer dan 1.200 leerkrachten hebben het lespakket gedownload.",
  "Plus de 1,200 enseignants ont téléchargé le dossier pédagogique.",
  err=[("fr-BE", "number-mismatch")])
g("clean: decimal comma and percentage with space",
  "The share of pupils who report cyberbullying fell to 3.5%.",
  "Het aandeel leerlingen dat cyberpesten meldt, daalde tot 3,5%.",
  "La part des élèves qui signalent du cyberharcèlement est tombée à 3,5^%.")
g("error: nl decimal lost (3.5% -> 35%)",
  "Only 3.5% of reports concerned adults.",
  "Slechts 35% van de meldingen ging over volwassenen.",
  "Seuls 3,5^% des signalements concernaient des adultes.",
  err=[("nl-BE", "number-mismatch")])
g("clean: per cent / procent / pour cent",
  "Almost 60 per cent of teenagers sleep with their phone within reach.",
  "Bijna 60 procent van de tieners slaapt met de telefoon binnen handbereik.",
  "Près de 60 pour cent des adolescents dorment avec leur téléphone à portée de main.")
g("clean trap: percentage points",
  "The figure rose by 4 percentage points compared with 2022.",
  "Het cijfer steeg met 4 procentpunt ten opzichte van 2022.",
  "Le chiffre a augmenté de 4 points de pourcentage par rapport à 2022.")
g("error: fr percentage changed",
  "One in four young people (25%) has received a sext without asking for it.",
  "Een op de vier jongeren (25%) kreeg al eens ongevraagd een sext.",
  "Un jeune sur quatre (20^%) a déjà reçu un sexto sans l'avoir demandé.",
  err=[("fr-BE", "number-mismatch")])
g("clean: million scale words",
  "The platform has 1.5 million users in Belgium.",
  "Het platform telt in België 1,5 miljoen gebruikers.",
  "La plateforme compte 1,5 million d'utilisateurs en Belgique.")
g("clean trap: million written out in digits in nl",
  "The EU is investing 2.3 million euros in the programme.",
  "De EU investeert 2.300.000 euro in het programma.",
  "L'UE investit 2,3 millions d'euros dans le programme.")
g("clean trap: euro sign placement and decimal comma",
  "A workshop costs €2.50 per pupil.",
  "Een workshop kost € 2,50 per leerling.",
  "Un atelier coûte 2,50^€ par élève.")
g("error: nl price changed",
  "Tickets for the escape game cost €12 for adults.",
  "Tickets voor de escapegame kosten € 15 voor volwassenen.",
  "Les billets pour le jeu d'évasion coûtent 12^€ pour les adultes.",
  err=[("nl-BE", "number-mismatch")])
g("clean trap: billion = miljard = milliard",
  "Worldwide, users spend 2 billion hours a month on the app.",
  "Wereldwijd besteden gebruikers 2 miljard uur per maand aan de app.",
  "Dans le monde, les utilisateurs passent 2 milliards d'heures par mois sur l'application.")
g("clean: 7 p.m. to 19 uur / 19 h",
  "The webinar for parents starts at 7 p.m.",
  "Het webinar voor ouders begint om 19 uur.",
  "Le webinaire destiné aux parents commence à 19^h.")
g("error: nl time 7 p.m. -> 17 uur",
  "The info evening for parents begins at 7 p.m. in the school hall.",
  "De infoavond voor ouders begint om 17 uur in de schoolzaal.",
  "La soirée d'information pour les parents commence à 19 h dans la salle de l'école.",
  err=[("nl-BE", "number-mismatch")])
g("clean: 2:30 p.m. -> 14.30 uur / 14 h 30",
  "The press conference is scheduled for 2:30 p.m. on Monday.",
  "De persconferentie is gepland maandag om 14.30 uur.",
  "La conférence de presse est prévue lundi à 14^h^30.")
g("clean: 24-hour clock 14u30",
  "Doors open at 14:30 and the debate starts at 15:00.",
  "De deuren gaan open om 14u30 en het debat begint om 15u.",
  "Les portes ouvrent à 14h30 et le débat commence à 15h.")
g("error: fr minutes dropped (14:30 -> 14 h)",
  "The youth ambassadors meet the press at 14:30.",
  "De jongerenambassadeurs staan om 14.30 uur de pers te woord.",
  "Les jeunes ambassadeurs rencontrent la presse à 14 h.",
  err=[("fr-BE", "number-mismatch")])
g("clean: time range with 12-hour clock",
  "The helpline is open from 9 a.m. to 7 p.m. on weekdays.",
  "De hulplijn is op weekdagen open van 9 tot 19 uur.",
  "La ligne d'aide est ouverte en semaine de 9^h à 19^h.")
g("clean trap: 24/7 vs dag en nacht / 24 h sur 24",
  "The hotline accepts reports 24/7.",
  "Het meldpunt ontvangt dag en nacht meldingen.",
  "Le point de signalement reçoit les signalements 24^h sur 24.")
g("clean trap: noon",
  "Results will be announced at noon on Friday.",
  "De resultaten worden vrijdag om 12 uur bekendgemaakt.",
  "Les résultats seront annoncés vendredi à midi.")
g("clean: full dates with month names",
  "The report was published on 6 February 2024.",
  "Het rapport verscheen op 6 februari 2024.",
  "Le rapport a été publié le 6 février 2024.")
g("clean trap: US-style date in English",
  "Registration closes on March 15, 2025.",
  "De inschrijvingen sluiten op 15 maart 2025.",
  "Les inscriptions se clôturent le 15 mars 2025.")
g("error: nl date day changed",
  "The awards ceremony will be held on 21 November.",
  "De prijsuitreiking vindt plaats op 12 november.",
  "La remise des prix aura lieu le 21 novembre.",
  err=[("nl-BE", "number-mismatch")])
g("error: fr year changed",
  "The law was passed in 2018 and amended in 2022.",
  "De wet werd in 2018 gestemd en in 2022 gewijzigd.",
  "La loi a été votée en 2018 et modifiée en 2021.",
  err=[("fr-BE", "number-mismatch")])
g("clean trap: numeric date written two ways",
  "The deadline is 30/04/2025.",
  "De deadline is 30.04.2025.",
  "La date limite est fixée au 30/04/2025.")
g("clean trap: weekday and date without year",
  "On Tuesday 11 February, schools will hold a minute of silence online.",
  "Op dinsdag 11 februari houden scholen online een minuut stilte.",
  "Le mardi 11 février, les écoles observeront une minute de silence en ligne.")
g("clean: ordinals 1st / 1ste / 1er",
  "It is the 1st time the festival is held in Namur.",
  "Het is de 1ste keer dat het festival in Namen plaatsvindt.",
  "C'est la 1re fois que le festival se tient à Namur.")
g("clean trap: ordinal 20th edition",
  "This is the 20th edition of Safer Internet Day.",
  "Dit is de 20e editie van Safer Internet Day.",
  "Il s'agit de la 20e édition du Safer Internet Day.")
g("clean trap: ordinal written as a word in both targets",
  "It is the 12th year in a row that the campaign has run.",
  "Het is het twaalfde jaar op rij dat de campagne loopt.",
  "C'est la douzième année consécutive que la campagne est menée.")
g("clean trap: 21st century, fr roman numeral",
  "Media literacy is a basic skill of the 21st century.",
  "Mediawijsheid is een basisvaardigheid van de 21ste eeuw.",
  "L'éducation aux médias est une compétence de base du XXIe siècle.")
g("clean: age range with to / tot / à",
  "The guide is meant for children aged 8 to 12.",
  "De gids is bedoeld voor kinderen van 8 tot 12 jaar.",
  "Le guide s'adresse aux enfants de 8 à 12^ans.")
g("clean trap: age range with hyphen, nl -jarigen compound",
  "The study followed 12- to 15-year-olds for two years.",
  "De studie volgde 12- tot 15-jarigen gedurende twee jaar.",
  "L'étude a suivi des 12-15^ans pendant deux ans.")
g("clean trap: school year range 2024-2025 vs 2024-25; fr année scolaire (adjective of école)",
  "The programme will run during the 2024-25 school year.",
  "Het programma loopt tijdens het schooljaar 2024-2025.",
  "Le programme se déroulera pendant l'année scolaire 2024-2025.")
g("error: nl range end changed",
  "The training is open to pupils aged 10 to 14.",
  "De opleiding staat open voor leerlingen van 10 tot 16 jaar.",
  "La formation est ouverte aux élèves de 10 à 14^ans.",
  err=[("nl-BE", "number-mismatch")])
g("clean trap: units GB/Go and MB/Mo",
  "The video is 2 GB, so download it over Wi-Fi.",
  "De video is 2 GB groot, download hem dus via wifi.",
  "La vidéo pèse 2^Go~: téléchargez-la donc en wifi.")
g("clean trap: km abbreviation",
  "Some pupils cycle 15 km to school every day.",
  "Sommige leerlingen fietsen elke dag 15 km naar school.",
  "Certains élèves parcourent chaque jour 15^km à vélo pour aller à l'école.")
g("clean trap: number words vs digits",
  "Three out of ten teenagers have never changed their password.",
  "3 op de 10 tieners hebben hun wachtwoord nog nooit veranderd.",
  "Trois adolescents sur dix n'ont jamais changé leur mot de passe.")
g("clean trap: 9 out of 10",
  "9 out of 10 parents want more information about apps.",
  "9 op de 10 ouders willen meer informatie over apps.",
  "9 parents sur 10 souhaitent davantage d'informations sur les applications.")
g("error: fr number dropped",
  "The hotline processed 5,800 reports, 62% of which were illegal.",
  "Het meldpunt verwerkte 5.800 meldingen, waarvan 62% illegaal was.",
  "Le point de signalement a traité 5^800 signalements, dont la majorité étaient illégaux.",
  err=[("fr-BE", "number-mismatch")])
g("clean trap: 116 000 with ordinary spaces in all languages",
  "Call 116 000 if a child goes missing.",
  "Bel 116 000 als een kind vermist wordt.",
  "Appelez le 116 000 si un enfant disparaît.")
g("clean trap: phone number with groups",
  "The helpline number is 0800 20 300.",
  "Het nummer van de hulplijn is 0800 20 300.",
  "Le numéro de la ligne d'aide est le 0800 20 300.")
g("error: nl phone number digit changed",
  "Worried parents can call 0800 20 300 free of charge.",
  "Bezorgde ouders kunnen gratis bellen naar 0800 20 330.",
  "Les parents inquiets peuvent appeler gratuitement le 0800 20 300.",
  err=[("nl-BE", "number-mismatch")])
g("clean trap: years in a decade",
  "Since the 1990s, the internet has changed childhood.",
  "Sinds de jaren 1990 heeft het internet de kindertijd veranderd.",
  "Depuis les années 1990, internet a transformé l'enfance.")
g("clean trap: half past seven in Dutch",
  "The screening starts at 7.30 p.m.",
  "De vertoning begint om 19.30 uur.",
  "La projection commence à 19^h^30.")
g("error: fr time 7.30 p.m. -> 17 h 30",
  "The debate with youth movements starts at 7.30 p.m.",
  "Het debat met de jeugdbewegingen begint om 19.30 uur.",
  "Le débat avec les mouvements de jeunesse commence à 17^h^30.",
  err=[("fr-BE", "number-mismatch")])
g("clean trap: decimal with one digit and thousands in one sentence",
  "Belgium counts 1,300 schools and 0.8 million pupils in secondary education.",
  "België telt 1.300 scholen en 0,8 miljoen leerlingen in het secundair onderwijs.",
  "La Belgique compte 1^300 écoles et 0,8 million d'élèves dans l'enseignement secondaire.")
g("error: nl decimal comma missing in million figure",
  "The app was downloaded 4.7 million times.",
  "De app werd 47 miljoen keer gedownload.",
  "L'application a été téléchargée 4,7 millions de fois.",
  err=[("nl-BE", "number-mismatch")])
g("clean trap: minutes abbreviation and 'min.'",
  "Each module takes 50 minutes.",
  "Elke module duurt 50 min.",
  "Chaque module dure 50^min.")
g("clean trap: 13-year-olds nl dertienjarigen",
  "Half of 13-year-olds already have a smartphone.",
  "De helft van de 13-jarigen heeft al een smartphone.",
  "La moitié des enfants de 13^ans possèdent déjà un smartphone.")
