# Terminology blind set 2, part 2: data breaches, identity theft, cyberbullying, scams, ransomware, malware,
# webshops, fake profiles, updates, links, cookies, fairs, fines, smartphones, municipalities, citizens,
# digital, vulnerable, apps, sextortion, social media, eID. Same conventions as part1.py.
from part1 import g, MT

g("clean: nl plural datalekken (doubled consonant), fr fuites de données",
  "The number of reported data breaches rose by a quarter.",
  "Het aantal gemelde datalekken steeg met een kwart.",
  "Le nombre de fuites de données signalées a augmenté d'un quart.")
g("clean: fr term split by an adjective (fuite massive de données)",
  "A massive data breach at a telecom operator exposed 1.2 million customers.",
  "Een massaal datalek bij een telecomoperator legde de gegevens van 1,2 miljoen klanten bloot.",
  "Une fuite massive de données chez un opérateur télécom a exposé 1,2 million de clients.")
g("clean: fr admitted violation de données",
  "Companies must report a data breach within 72 hours.",
  "Bedrijven moeten een datalek binnen 72 uur melden.",
  "Les entreprises doivent notifier une violation de données dans les 72~heures.")
g("error: nl calque data-inbreuk",
  "The hospital only discovered the data breach three weeks later.",
  "Het ziekenhuis ontdekte de data-inbreuk pas drie weken later.",
  "L'hôpital n'a découvert la fuite de données que trois semaines plus tard.",
  err=MT("nl-BE"))
g("clean: sentence-initial terms, fr l'usurpation d'identité",
  "Identity theft often starts with a stolen photo of an identity card.",
  "Identiteitsfraude begint vaak met een gestolen foto van een identiteitskaart.",
  "L'usurpation d'identité commence souvent par une photo volée d'une carte d'identité.")
g("clean: admitted synonyms in both targets",
  "Victims of identity theft can file a complaint with the police.",
  "Slachtoffers van identiteitsdiefstal kunnen een klacht indienen bij de politie.",
  "Les victimes de vol d'identité peuvent porter plainte auprès de la police.")
g("clean: fr renders the term with its verb (leur identité avait été usurpée)",
  "Some 4,000 Belgians reported identity theft last year.",
  "Zowat 4.000 Belgen meldden vorig jaar identiteitsfraude.",
  "Quelque 4^000 Belges ont signalé l'an dernier que leur identité avait été usurpée.")
g("error: nl identiteitsroof is not approved",
  "Identity theft costs victims an average of 1,500 euros.",
  "Identiteitsroof kost slachtoffers gemiddeld 1.500 euro.",
  "L'usurpation d'identité coûte en moyenne 1^500 euros aux victimes.",
  err=MT("nl-BE"))
g("clean: sentence-initial Cyberpesten, fr le cyberharcèlement",
  "Cyberbullying affects one pupil in five in Flemish schools.",
  "Cyberpesten treft één op de vijf leerlingen in Vlaamse scholen.",
  "Le cyberharcèlement touche un élève sur cinq dans les écoles flamandes.")
g("clean: fr plural agreement cyberharcèlements",
  "Schools reported more cases of cyberbullying than ever before.",
  "Scholen meldden meer gevallen van cyberpesten dan ooit tevoren.",
  "Les écoles ont signalé plus de cyberharcèlements que jamais auparavant.")
g("clean: nl renders the admitted term with its verb (online gepest worden)",
  "Victims of cyberbullying often do not dare to tell their parents.",
  "Jongeren die online gepest worden, durven dat vaak niet aan hun ouders te vertellen.",
  "Les victimes de cyberharcèlement n'osent souvent pas en parler à leurs parents.")
g("error: fr harcèlement sur internet is not approved",
  "The school organised a workshop on cyberbullying for parents.",
  "De school organiseerde een workshop over cyberpesten voor ouders.",
  "L'école a organisé un atelier sur le harcèlement sur internet pour les parents.",
  err=MT("fr-BE"))
g("clean: fr hyphenated spelling cyber-harcèlement; nl derived noun cyberpesterijen",
  "Cyberbullying does not stop at the school gate.",
  "Cyberpesterijen houden niet op aan de schoolpoort.",
  "Le cyber-harcèlement ne s'arrête pas à la grille de l'école.")
g("error: the term is left out without context (information lost)",
  "Victims of cyberbullying can contact the school's confidential adviser.",
  "Slachtoffers kunnen terecht bij de vertrouwenspersoon van de school.",
  "Les victimes de cyberharcèlement peuvent s'adresser à la personne de confiance de l'école.",
  err=MT("nl-BE"))
g("clean: scam / oplichting / l'arnaque",
  "The scam targets older people who are looking for a cheap holiday home.",
  "De oplichting is gericht op ouderen die een goedkope vakantiewoning zoeken.",
  "L'arnaque vise les personnes âgées à la recherche d'une location de vacances bon marché.")
g("clean: nl closed compound liefdesoplichting, fr admitted plural escroqueries",
  "Love scams cost Belgian victims 10 million euros a year.",
  "Liefdesoplichting kost Belgische slachtoffers 10 miljoen euro per jaar.",
  "Les escroqueries sentimentales coûtent 10 millions d'euros par an aux victimes belges.")
g("error: nl zwendel is not approved; parking fines rendered in compounds",
  "The police warn of a new scam with fake parking fines.",
  "De politie waarschuwt voor een nieuwe zwendel met valse parkeerboetes.",
  "La police met en garde contre une nouvelle arnaque aux fausses amendes de stationnement.",
  err=MT("nl-BE"))
g("clean: nl admitted fraude, fr plural arnaques",
  "Scams on second-hand platforms have doubled.",
  "Fraude op tweedehandsplatformen is verdubbeld.",
  "Les arnaques sur les plateformes de seconde main ont doublé.")
g("clean: nl admitted gijzelsoftware; municipality / gemeente / commune",
  "Ransomware paralysed the IT systems of a Walloon municipality for weeks.",
  "Gijzelsoftware legde de informaticasystemen van een Waalse gemeente wekenlang plat.",
  "Un rançongiciel a paralysé pendant des semaines les systèmes informatiques d'une commune wallonne.")
g("clean: nl closed compound ransomwareaanvallen, fr admitted ransomware",
  "Ransomware attacks on hospitals are on the rise.",
  "Ransomwareaanvallen op ziekenhuizen nemen toe.",
  "Les attaques par ransomware contre les hôpitaux sont en hausse.")
g("error: fr logiciel de rançon is not approved",
  "The attackers used ransomware to encrypt the files.",
  "De aanvallers gebruikten ransomware om de bestanden te versleutelen.",
  "Les attaquants ont utilisé un logiciel de rançon pour chiffrer les fichiers.",
  err=MT("fr-BE"))
g("clean: fr plural agreement logiciels malveillants, fausses applications",
  "Fake apps on unofficial stores often contain malware.",
  "Valse apps in onofficiële winkels bevatten vaak malware.",
  "Les fausses applications des magasins non officiels contiennent souvent des logiciels malveillants.")
g("clean: admitted kwaadaardige software (inflected adjective), maliciel; plural smartphones",
  "The malware steals banking codes from infected smartphones.",
  "De kwaadaardige software steelt bankcodes van besmette smartphones.",
  "Le maliciel vole les codes bancaires sur les smartphones infectés.")
g("error: nl virus for malware",
  "Opening the attachment installs malware on your computer.",
  "Als je de bijlage opent, installeer je een virus op je computer.",
  "L'ouverture de la pièce jointe installe un logiciel malveillant sur votre ordinateur.",
  err=MT("nl-BE"))
g("clean: webshop / webwinkel / boutique en ligne",
  "Before you buy, check whether the webshop has a Belgian company number.",
  "Controleer voor je iets koopt of de webwinkel een Belgisch ondernemingsnummer heeft.",
  "Avant d'acheter, vérifiez si la boutique en ligne possède un numéro d'entreprise belge.")
g("clean: en admitted online shops, nl admitted webshops, fr plural",
  "Fake online shops pop up before every sales period.",
  "Voor elke soldenperiode duiken er valse webshops op.",
  "De fausses boutiques en ligne apparaissent avant chaque période de soldes.")
g("error: fr site de vente en ligne is not approved",
  "The webshop disappeared as soon as the money had been paid.",
  "De webwinkel verdween zodra het geld was betaald.",
  "Le site de vente en ligne a disparu dès que l'argent a été versé.",
  err=MT("fr-BE"))
g("clean: plurals nepprofielen, faux profils",
  "The platform removed 2 billion fake profiles last year.",
  "Het platform verwijderde vorig jaar 2 miljard nepprofielen.",
  "La plateforme a supprimé l'an dernier 2 milliards de faux profils.")
g("clean: nl admitted vals profiel",
  "He used a fake profile to contact teenagers.",
  "Hij gebruikte een vals profiel om tieners te benaderen.",
  "Il utilisait un faux profil pour contacter des adolescents.")
g("clean: the source term is split (fake Instagram profile); fr keeps the words together, nl does not",
  "The scammer created a fake Instagram profile in the name of a famous footballer.",
  "De oplichter maakte een vals Instagramprofiel aan op naam van een bekende voetballer.",
  "L'escroc a créé un faux profil Instagram au nom d'un footballeur célèbre.")
g("error: nl half-English fake profiel",
  "Report a fake profile directly in the app.",
  "Meld een fake profiel rechtstreeks in de app.",
  "Signalez un faux profil directement dans l'application.",
  err=MT("nl-BE"))
g("clean: title case source headline",
  "How To Spot A Fake Profile",
  "Zo herken je een nepprofiel",
  "Comment repérer un faux profil")
g("clean: update / update / mise à jour",
  "The update fixes a serious security flaw.",
  "De update dicht een ernstig beveiligingslek.",
  "La mise à jour corrige une grave faille de sécurité.")
g("clean: fr plural mises à jour (first word inflected)",
  "Install updates as soon as they are available.",
  "Installeer updates zodra ze beschikbaar zijn.",
  "Installez les mises à jour dès qu'elles sont disponibles.")
g("clean: update is a verb here (bijwerken, mettre à jour), not the noun of the termbase",
  "Update your smartphone before you travel abroad.",
  "Werk je smartphone bij voor je naar het buitenland reist.",
  "Mettez votre smartphone à jour avant de partir à l'étranger.")
g("error: fr actualisation is not approved",
  "The latest update of the app was downloaded 2 million times.",
  "De jongste update van de app werd 2 miljoen keer gedownload.",
  "La dernière actualisation de l'application a été téléchargée 2 millions de fois.",
  err=MT("fr-BE"))
g("clean: nl hyphenated software-update, fr mise à jour logicielle",
  "A software update is available for your router.",
  "Er is een software-update beschikbaar voor je router.",
  "Une mise à jour logicielle est disponible pour votre routeur.")
g("clean: link in another sense (a link between: verband)",
  "Researchers found a link between screen time and poor sleep.",
  "Onderzoekers vonden een verband tussen schermtijd en slecht slapen.",
  "Les chercheurs ont établi un lien entre le temps d'écran et un mauvais sommeil.")
g("clean: plural links / liens inside bold codes; nl sms'jes",
  "Never open <b>links</b> in text messages from unknown numbers.",
  "Open nooit <b>links</b> in sms'jes van onbekende nummers.",
  "N'ouvrez jamais les <b>liens</b> des SMS envoyés par des numéros inconnus.")
g("error: nl koppeling is not approved; bevestigingsmail renders e-mail",
  "Click the link in the confirmation e-mail to activate your account.",
  "Klik op de koppeling in de bevestigingsmail om je account te activeren.",
  "Cliquez sur le lien dans le courriel de confirmation pour activer votre compte.",
  err=MT("nl-BE"))
g("clean: plural cookies",
  "The website places cookies without asking for consent.",
  "De website plaatst cookies zonder om toestemming te vragen.",
  "Le site web dépose des cookies sans demander le consentement.")
g("clean: cookie in another sense (a biscuit)",
  "Each visitor to the stand received a cookie and a leaflet on online safety.",
  "Elke bezoeker van de stand kreeg een koekje en een folder over online veiligheid.",
  "Chaque visiteur du stand a reçu un biscuit et un dépliant sur la sécurité en ligne.")
g("clean: nl closed compound trackingcookies, fr admitted plural témoins de connexion",
  "You can refuse tracking cookies in your browser settings.",
  "Je kunt trackingcookies weigeren in de instellingen van je browser.",
  "Vous pouvez refuser les témoins de connexion de suivi dans les paramètres de votre navigateur.")
g("clean: nl closed compound cookiebanner, fr bandeau cookies",
  "The cookie banner must offer a clear 'refuse' button.",
  "De cookiebanner moet een duidelijke knop 'weigeren' bevatten.",
  "Le bandeau cookies doit proposer un bouton «~refuser~» bien visible.")
g("clean: job fair / jobbeurs (compound) / salon de l'emploi",
  "The job fair in Brussels focused on careers in cybersecurity.",
  "De jobbeurs in Brussel stond in het teken van loopbanen in cyberveiligheid.",
  "Le salon de l'emploi à Bruxelles était consacré aux carrières dans la cybersécurité.")
g("clean: fair in another sense (a fair price)",
  "Consumers want a fair price for their internet subscription.",
  "Consumenten willen een eerlijke prijs voor hun internetabonnement.",
  "Les consommateurs veulent un prix juste pour leur abonnement internet.")
g("clean: fair in another sense (adjective)",
  "The rules are not fair to small webshops.",
  "De regels zijn niet eerlijk voor kleine webwinkels.",
  "Les règles ne sont pas équitables envers les petites boutiques en ligne.")
g("error: fr foire is not the approved salon",
  "More than 200 exhibitors are taking part in the security fair in Kortrijk.",
  "Meer dan 200 exposanten nemen deel aan de veiligheidsbeurs in Kortrijk.",
  "Plus de 200 exposants participent à la foire de la sécurité à Courtrai.",
  err=MT("fr-BE"))
g("clean: fine / boete / amende",
  "The company received a fine of 50,000 euros from the data protection authority.",
  "Het bedrijf kreeg een boete van 50.000 euro van de gegevensbeschermingsautoriteit.",
  "L'entreprise s'est vu infliger une amende de 50^000 euros par l'autorité de protection des données.")
g("clean: fine in another sense (the fine print)",
  "Read the fine print before you accept the conditions.",
  "Lees de kleine lettertjes voordat je de voorwaarden aanvaardt.",
  "Lisez les petits caractères avant d'accepter les conditions.")
g("clean: fine in another sense (is fine)",
  "Sharing a holiday photo with your family is fine, the police say.",
  "Een vakantiefoto delen met je familie is prima, zegt de politie.",
  "Partager une photo de vacances avec sa famille ne pose pas de problème, selon la police.")
g("error: nl geldstraf is not the approved boete",
  "Parents who ignore the rules risk a fine.",
  "Ouders die de regels negeren, riskeren een geldstraf.",
  "Les parents qui ignorent les règles risquent une amende.",
  err=MT("nl-BE"))
g("clean: admitted nl gsm, fr GSM",
  "Almost every pupil in secondary school has a smartphone.",
  "Bijna elke leerling in het secundair onderwijs heeft een gsm.",
  "Presque chaque élève du secondaire a un GSM.")
g("clean: nl plural with apostrophe gsm's",
  "Smartphones are banned in class at many schools.",
  "In veel scholen zijn gsm's in de klas verboden.",
  "Dans de nombreuses écoles, les smartphones sont interdits en classe.")
g("clean: sentence-initial Gsm; fr gsm in small letters (the termbase writes GSM)",
  "Lost your smartphone? Block your SIM card immediately.",
  "Gsm verloren? Laat je simkaart meteen blokkeren.",
  "Vous avez perdu votre gsm^? Faites immédiatement bloquer votre carte SIM.")
g("error: fr téléphone portable is not approved",
  "The app only works on a smartphone with Android 12 or later.",
  "De app werkt alleen op een smartphone met Android 12 of hoger.",
  "L'application ne fonctionne que sur un téléphone portable équipé d'Android 12 ou plus récent.",
  err=MT("fr-BE"))
g("clean: nl plural gemeenten, fr communes",
  "Several municipalities were hit by the same attack.",
  "Verschillende gemeenten werden door dezelfde aanval getroffen.",
  "Plusieurs communes ont été touchées par la même attaque.")
g("clean: nl plural gemeentes; adjective digitale / numériques",
  "Municipalities in Flanders will offer free workshops on digital skills.",
  "Vlaamse gemeentes bieden gratis workshops over digitale vaardigheden aan.",
  "Les communes flamandes proposeront des ateliers gratuits sur les compétences numériques.")
g("clean: possessive municipality's",
  "Ask for help at your municipality's service desk.",
  "Vraag hulp aan het loket van je gemeente.",
  "Demandez de l'aide au guichet de votre commune.")
g("error: fr municipalité is not the Belgian commune",
  "The municipality will send every resident a letter about the data breach.",
  "De gemeente stuurt elke inwoner een brief over het datalek.",
  "La municipalité enverra à chaque habitant un courrier sur la fuite de données.",
  err=MT("fr-BE"))
g("clean: plurals burgers, citoyens",
  "Citizens can now request most documents online.",
  "Burgers kunnen de meeste documenten nu online aanvragen.",
  "Les citoyens peuvent désormais demander la plupart des documents en ligne.")
g("clean: fr feminine and masculine plural citoyennes et citoyens",
  "The minister thanked the citizens who reported the fake messages.",
  "De minister bedankte de burgers die de valse berichten meldden.",
  "La ministre a remercié les citoyennes et citoyens qui ont signalé les faux messages.")
g("clean: fellow citizens as closed compounds medeburgers, concitoyens",
  "Help your fellow citizens who are less at ease with computers.",
  "Help je medeburgers die minder vertrouwd zijn met computers.",
  "Aidez vos concitoyens moins à l'aise avec l'informatique.")
g("error: nl inwoner (resident) for citizen",
  "Every citizen has the right to see the data the government keeps on them.",
  "Elke inwoner heeft het recht om de gegevens in te kijken die de overheid over hem bijhoudt.",
  "Tout citoyen a le droit de consulter les données que les autorités détiennent à son sujet.",
  err=MT("nl-BE"))
g("clean: inflected adjective digitale, fr plural numériques",
  "Many older people lack basic digital skills.",
  "Veel ouderen missen digitale basisvaardigheden.",
  "Beaucoup de personnes âgées n'ont pas les compétences numériques de base.")
g("clean: uninflected digitaal before a neuter noun",
  "The digital counter of the city is open around the clock.",
  "Het digitaal loket van de stad is dag en nacht open.",
  "Le guichet numérique de la ville est ouvert jour et nuit.")
g("error: fr anglicism digitale",
  "The government wants to close the digital divide.",
  "De regering wil de digitale kloof dichten.",
  "Le gouvernement veut combler la fracture digitale.",
  err=MT("fr-BE"))
g("clean: digitalisering (a derivation) is not the adjective",
  "The digitisation of public services leaves some people behind.",
  "De digitalisering van de openbare diensten laat sommige mensen achter.",
  "La numérisation des services publics laisse certaines personnes de côté.")
g("clean: inflected kwetsbare, fr plural vulnérables",
  "Scammers target vulnerable people such as the elderly.",
  "Oplichters viseren kwetsbare mensen zoals ouderen.",
  "Les escrocs ciblent les personnes vulnérables comme les aînés.")
g("clean: comparative kwetsbaarder",
  "Children are more vulnerable to manipulation online.",
  "Kinderen zijn online kwetsbaarder voor manipulatie.",
  "Les enfants sont plus vulnérables à la manipulation en ligne.")
g("clean: kwetsbaarheid (a derivation) is not the adjective",
  "The vulnerability was fixed within a week.",
  "De kwetsbaarheid werd binnen een week verholpen.",
  "La faille a été corrigée en une semaine.")
g("error: nl kansarm (disadvantaged) for vulnerable",
  "The campaign is aimed at vulnerable young people.",
  "De campagne richt zich op kansarme jongeren.",
  "La campagne s'adresse aux jeunes vulnérables.",
  err=MT("nl-BE"))
g("clean: nl diminutive appje, fr admitted appli",
  "Just send me an app message when you get home.",
  "Stuur me gewoon een appje als je thuis bent.",
  "Envoie-moi juste un message sur l'appli quand tu es rentré.")
g("clean: fr application in another sense (application de la loi) where the source has no app",
  "Enforcement of the new law is up to the FPS Economy.",
  "De handhaving van de nieuwe wet is een taak van de FOD Economie.",
  "L'application de la nouvelle loi relève du SPF Economie.")
g("clean: plural apps, applications",
  "Check which apps have access to your location.",
  "Controleer welke apps toegang hebben tot je locatie.",
  "Vérifiez quelles applications ont accès à votre localisation.")
g("error: fr programme for app",
  "Download the app only from the official store.",
  "Download de app alleen uit de officiële winkel.",
  "Ne téléchargez le programme que depuis le magasin officiel.",
  err=MT("fr-BE"))
g("clean: sextortion / sextorsion",
  "Sextortion cases involving teenage boys have tripled.",
  "Het aantal gevallen van sextortion bij tienerjongens is verdrievoudigd.",
  "Les cas de sextorsion impliquant des adolescents ont triplé.")
g("clean: the source names the English word; the quotes keep it",
  'Police call this form of blackmail "sextortion".',
  'De politie noemt deze vorm van afpersing "sextortion".',
  "La police appelle cette forme de chantage «~sextortion~».")
g("error: fr keeps the English term in running text",
  "Victims of sextortion should never pay.",
  "Slachtoffers van sextortion mogen nooit betalen.",
  "Les victimes de sextortion ne doivent jamais payer.",
  err=MT("fr-BE"))
g("clean: nl admitted seksuele afpersing",
  "The number of complaints about sextortion rose sharply.",
  "Het aantal klachten over seksuele afpersing steeg fors.",
  "Le nombre de plaintes pour sextorsion a fortement augmenté.")
g("clean: sociale media, réseaux sociaux",
  "Social media are the main source of news for young people.",
  "Sociale media zijn de belangrijkste nieuwsbron voor jongeren.",
  "Les réseaux sociaux sont la principale source d'information des jeunes.")
g("clean: nl closed compound socialemediakanalen (official spelling)",
  "The police use social media channels to trace suspects.",
  "De politie gebruikt socialemediakanalen om verdachten op te sporen.",
  "La police utilise les réseaux sociaux pour retrouver des suspects.")
g("error: nl keeps the English social media",
  "Think twice before you share photos of your children on social media.",
  "Denk twee keer na voor je foto's van je kinderen deelt op social media.",
  "Réfléchissez à deux fois avant de partager des photos de vos enfants sur les réseaux sociaux.",
  err=MT("nl-BE"))
g("clean: eID in all three",
  "You need a card reader to log in with your eID.",
  "Om je aan te melden met je eID heb je een kaartlezer nodig.",
  "Pour vous connecter avec votre eID, vous avez besoin d'un lecteur de carte.")
g("clean: admitted multi-word terms",
  "Children under twelve can also get an electronic identity card.",
  "Ook kinderen jonger dan twaalf kunnen een elektronische identiteitskaart krijgen.",
  "Les enfants de moins de douze ans peuvent aussi obtenir une carte d'identité électronique.")
g("clean: the whole multi-word term in bold",
  "A <b>password manager</b> generates strong passwords.",
  "Een <b>wachtwoordbeheerder</b> maakt sterke wachtwoorden aan.",
  "Un <b>gestionnaire de mots de passe</b> génère des mots de passe robustes.")
g("clean: a colon headline, nl compound phishingberichten",
  "Alert: phishing messages in the name of the FPS Finance",
  "Alert: phishingberichten in naam van de FOD Financiën",
  "Alerte~: messages d'hameçonnage au nom du SPF Finances")
