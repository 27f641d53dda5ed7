# Terminology blind set 3, part 2: verb terms (conjugated, Dutch separable verbs split and joined, past
# participles, French reflexive verbs), verb terms standing as nouns, adjectives with French agreement and
# feminine forms, plural/singular switches, and forbidden terms used and avoided.
# Same conventions as part1.py.
from part1 import g, gg, MT, FT, DNT

# --- report: melden / aangeven (separable) / signaler; forbidden rapporteren, reporter ---------------------
g("clean: conjugated meldt (nl) and signale (fr)",
  "Anyone who reports a fake webshop helps other consumers.",
  "Wie een valse webwinkel meldt, helpt andere consumenten.",
  "Quiconque signale une fausse boutique en ligne aide d'autres consommateurs.")
g("clean: imperatives Meld / Signalez; adjective agreement verdachte, suspects",
  "Report suspicious text messages to the police.",
  "Meld verdachte sms'en aan de politie.",
  "Signalez les SMS suspects à la police.")
g("clean: past participles gemeld, signalées (feminine plural agreement)",
  "Last year 12,000 fake webshops were reported.",
  "Vorig jaar werden 12.000 valse webwinkels gemeld.",
  "L'an dernier, 12^000 fausses boutiques en ligne ont été signalées.")
g("clean: nl separable admitted aangeven split (gaf ... aan)",
  "The victim reported the theft to the police.",
  "Het slachtoffer gaf de diefstal aan bij de politie.",
  "La victime a signalé le vol à la police.")
g("clean: nl participle aangegeven, fr signalées",
  "Only a small share of scams are reported.",
  "Slechts een klein deel van de gevallen van oplichting wordt aangegeven.",
  "Seule une petite partie des arnaques sont signalées.")
g("error: nl forbidden rapporteren",
  "Employees must report every data leak within 72 hours.",
  "Werknemers moeten elk datalek binnen 72 uur rapporteren.",
  "Les employés doivent signaler toute fuite de données dans les 72 heures.",
  err=FT("nl-BE"))
g("error: fr forbidden anglicism reporter",
  "Users can report abusive comments with one click.",
  "Gebruikers kunnen beledigende reacties met één klik melden.",
  "Les utilisateurs peuvent reporter les commentaires abusifs en un clic.",
  err=FT("fr-BE"))
g("clean: fr reportée means postponed, no report in the source",
  "The hearing of the suspected scammers was postponed to March.",
  "De zitting van de vermoedelijke oplichters werd uitgesteld tot maart.",
  "L'audience des escrocs présumés a été reportée à mars.")
g("clean: fr un reporter (a journalist)",
  "A journalist from the VRT went undercover in a call centre.",
  "Een journalist van de VRT ging undercover in een callcenter.",
  "Un reporter de la VRT s'est infiltré dans un centre d'appels.")
g("clean: report as a noun (annual report) asks for no verb",
  "The BIPT presented its annual report on Tuesday.",
  "Het BIPT stelde dinsdag zijn jaarverslag voor.",
  "L'IBPT a présenté son rapport annuel mardi.")
g("error: the second report is the forbidden rapporteer (nl)",
  "Report the webshop to the FPS Economy and report the payment to your bank.",
  "Meld de webwinkel bij de FOD Economie en rapporteer de betaling aan je bank.",
  "Signalez la boutique en ligne au SPF Economie et signalez le paiement à votre banque.",
  err=FT("nl-BE"))

# --- forward: doorsturen (separable) / transférer ---------------------------------------------------------
g("clean: nl separable split (Stuur ... door), fr imperative",
  "Forward the suspicious e-mail to the police and then delete it.",
  "Stuur de verdachte e-mail door naar de politie en verwijder hem daarna.",
  "Transférez l'e-mail suspect à la police, puis supprimez-le.")
g("clean: nl participle doorgestuurd, fr transféré",
  "Last year Belgians forwarded six million messages to Safeonweb.",
  "Vorig jaar hebben Belgen zes miljoen berichten doorgestuurd naar Safeonweb.",
  "L'an dernier, les Belges ont transféré six millions de messages à Safeonweb.")
g("error: nl deel (share) for forward",
  "Do not forward chain messages that promise a free voucher.",
  "Deel geen kettingberichten die een gratis waardebon beloven.",
  "Ne transférez pas les messages en chaîne qui promettent un bon d'achat gratuit.",
  err=MT("nl-BE"))
g("error: nl stuur ... op (send) is another separable verb than doorsturen",
  "Forward the text message free of charge to the number 8828.",
  "Stuur het sms-bericht gratis op naar het nummer 8828.",
  "Transférez gratuitement le SMS au numéro 8828.",
  err=MT("nl-BE"))
g("clean: forward as an adverb (move forward)",
  "The government wants to move forward with the new consumer law.",
  "De regering wil vooruitgang boeken met de nieuwe consumentenwet.",
  "Le gouvernement veut avancer sur la nouvelle loi relative aux consommateurs.")

# --- cancel: opzeggen (separable) / annuleren; résilier / annuler -------------------------------------------
g("clean: infinitives opzeggen, résilier",
  "You can cancel your subscription at any time.",
  "Je kunt je abonnement op elk moment opzeggen.",
  "Vous pouvez résilier votre abonnement à tout moment.")
g("clean: nl separable split over a long object (Zeg ... op)",
  "Cancel your gym subscription before the end of the month.",
  "Zeg je abonnement bij de fitness op voor het einde van de maand.",
  "Résiliez votre abonnement à la salle de sport avant la fin du mois.")
g("clean: nl participle opgezegd, fr résilié",
  "Thousands of customers cancelled their contract after the price increase.",
  "Duizenden klanten hebben hun contract opgezegd na de prijsstijging.",
  "Des milliers de clients ont résilié leur contrat après la hausse des prix.")
g("clean: admitted annuleren / annuler as participles (geannuleerd, annulé)",
  "Passengers whose flight was cancelled are entitled to a refund.",
  "Passagiers van wie de vlucht geannuleerd werd, hebben recht op een terugbetaling.",
  "Les passagers dont le vol a été annulé ont droit à un remboursement.")
g("error: nl stopzetten for cancel",
  "Many consumers do not know how to cancel a streaming subscription.",
  "Veel consumenten weten niet hoe ze een streamingabonnement moeten stopzetten.",
  "Beaucoup de consommateurs ne savent pas comment résilier un abonnement de streaming.",
  err=MT("nl-BE"))

# --- block: blokkeren / bloquer ----------------------------------------------------------------------------
g("clean: past tense blokkeerde, fr bloqué",
  "The bank blocked the card within ten minutes.",
  "De bank blokkeerde de kaart binnen tien minuten.",
  "La banque a bloqué la carte en dix minutes.")
g("clean: block as a noun (a block of flats)",
  "The police searched a block of flats in Molenbeek.",
  "De politie doorzocht een appartementsblok in Molenbeek.",
  "La police a perquisitionné un immeuble à appartements à Molenbeek.")
g("error: fr suspendre for block",
  "Call Card Stop immediately to block your bank card.",
  "Bel meteen Card Stop om je bankkaart te blokkeren.",
  "Appelez immédiatement Card Stop pour suspendre votre carte bancaire.",
  err=MT("fr-BE"))
g("clean: nouns next to the verb term: blokkade, blocage (no block in the source)",
  "The farmers' blockade of the port lasted three days.",
  "De blokkade van de haven door de boeren duurde drie dagen.",
  "Le blocage du port par les agriculteurs a duré trois jours.")

# --- sign up: registreren / aanmelden / inschrijven; s'inscrire ----------------------------------------------
g("clean: nl separable aanmelden split (Meld je ... aan), fr inscrivez-vous",
  "Sign up on the website of the FPS Economy to receive the alerts.",
  "Meld je aan op de website van de FOD Economie om de waarschuwingen te ontvangen.",
  "Inscrivez-vous sur le site web du SPF Economie pour recevoir les alertes.")
g("clean: nl separable inschrijven split (schrijven zich in), fr s'inscrivent",
  "Hundreds of parents sign up for the online workshops on sextortion every month.",
  "Elke maand schrijven honderden ouders zich in voor de online workshops over sextortion.",
  "Chaque mois, des centaines de parents s'inscrivent aux ateliers en ligne sur la sextorsion.")
g("clean: source register; nl je registreren, fr vous inscrire",
  "You have to register with your eID.",
  "Je moet je registreren met je eID.",
  "Vous devez vous inscrire avec votre eID.")
g("error: nl abonneerden zich (subscribed) for signed up; fr se sont inscrites (feminine agreement)",
  "More than 50,000 people signed up for the alert service.",
  "Meer dan 50.000 mensen abonneerden zich op de waarschuwingsdienst.",
  "Plus de 50^000 personnes se sont inscrites au service d'alerte.",
  err=MT("nl-BE"))

# --- suspicious: verdacht / suspect, douteux ---------------------------------------------------------------
g("clean: fr feminine suspecte, nl verdachte",
  "A suspicious transaction appeared on her account statement.",
  "Op haar rekeninguittreksel verscheen een verdachte transactie.",
  "Une transaction suspecte est apparue sur son extrait de compte.")
g("clean: fr admitted douteux in the plural",
  "Delete suspicious e-mails without opening the attachments.",
  "Verwijder verdachte e-mails zonder de bijlagen te openen.",
  "Supprimez les e-mails douteux sans ouvrir les pièces jointes.")
g("clean: fr feminine plural douteuses; nl compound pakjesleveringen",
  "The police received 300 calls about suspicious parcel deliveries.",
  "De politie kreeg 300 oproepen over verdachte pakjesleveringen.",
  "La police a reçu 300 appels concernant des livraisons de colis douteuses.")
g("clean: nl verdachten are suspects (people); no suspicious in the source",
  "The police arrested two suspects in a phishing case.",
  "De politie arresteerde twee verdachten in een phishingzaak.",
  "La police a arrêté deux personnes soupçonnées dans une affaire d'hameçonnage.")
g("error: fr bizarre for suspicious",
  "Never click on a link in a suspicious message.",
  "Klik nooit op een link in een verdacht bericht.",
  "Ne cliquez jamais sur un lien dans un message bizarre.",
  err=MT("fr-BE"))

# --- misleading: misleidend / trompeur, mensonger -----------------------------------------------------------
g("clean: fr feminine trompeuse, nl misleidende",
  "The FPS Economy fined the company for misleading advertising.",
  "De FOD Economie beboette het bedrijf voor misleidende reclame.",
  "Le SPF Economie a infligé une amende à l'entreprise pour publicité trompeuse.")
g("clean: source admitted deceptive; fr admitted mensongères (feminine plural)",
  "Deceptive claims about green energy are banned.",
  "Misleidende beweringen over groene energie zijn verboden.",
  "Les allégations mensongères sur l'énergie verte sont interdites.")
g("clean: fr masculine plural trompeurs; singular complaint, klacht, plainte",
  "Misleading prices are the most common complaint.",
  "Misleidende prijzen zijn de meest voorkomende klacht.",
  "Les prix trompeurs sont le motif de plainte le plus fréquent.")
g("error: nl bedrieglijk for misleading",
  "The ad was misleading, the jury decided.",
  "De advertentie was bedrieglijk, oordeelde de jury.",
  "La publicité était trompeuse, a estimé le jury.",
  err=MT("nl-BE"))

# --- free of charge: gratis, kosteloos / gratuit -------------------------------------------------------------
g("clean: nl admitted kosteloos, fr feminine gratuite",
  "Mediation is free of charge for consumers.",
  "De bemiddeling is kosteloos voor consumenten.",
  "La médiation est gratuite pour les consommateurs.")
g("clean: fr feminine plural gratuites; warranty, garantie",
  "Repairs under warranty are free of charge.",
  "De herstellingen onder garantie zijn gratis.",
  "Les réparations sous garantie sont gratuites.")
g("error: fr offert for free of charge",
  "Return shipping is free of charge within 30 days.",
  "Het terugsturen is gratis binnen 30 dagen.",
  "Le renvoi est offert dans les 30 jours.",
  err=MT("fr-BE"))

# --- consumer, victim: French feminine forms, plural/singular switches ---------------------------------------
g("clean: fr feminine and masculine singular side by side (une consommatrice ou un consommateur)",
  "One in three consumers has already been the victim of online fraud.",
  "Een op de drie consumenten was al het slachtoffer van onlinefraude.",
  "Une consommatrice ou un consommateur sur trois a déjà été victime d'une fraude en ligne.")
g("clean: fr consommatrices et consommateurs",
  "Consumers are entitled to a refund within 14 days.",
  "Consumenten hebben recht op een terugbetaling binnen 14 dagen.",
  "Les consommatrices et consommateurs ont droit à un remboursement dans les 14 jours.")
g("clean: only the feminine forms: nl consumentes, fr consommatrices",
  "The study questioned 2,000 female consumers about online shopping.",
  "Voor de studie werden 2.000 consumentes ondervraagd over online winkelen.",
  "L'étude a interrogé 2^000 consommatrices sur leurs achats en ligne.")
g("clean: plurals slachtoffers, victimes, geldezels, mules financières",
  "Victims of a money mule network lost 3 million euros.",
  "De slachtoffers van een netwerk van geldezels verloren 3 miljoen euro.",
  "Les victimes d'un réseau de mules financières ont perdu 3 millions d'euros.")
g("clean: singular every victim, nl plural alle slachtoffers",
  "Every victim receives a letter from the public prosecutor.",
  "Alle slachtoffers krijgen een brief van het parket.",
  "Chaque victime reçoit une lettre du parquet.")
g("clean: plural complaints, fr admitted réclamations",
  "Complaints about parcel deliveries doubled in one year.",
  "Het aantal klachten over pakjesleveringen verdubbelde in één jaar.",
  "Le nombre de réclamations relatives aux livraisons de colis a doublé en un an.")
g("clean: a complaint, porter plainte",
  "How do you file a complaint against a webshop?",
  "Hoe dien je een klacht in tegen een webwinkel?",
  "Comment porter plainte contre une boutique en ligne^?")
g("clean: plural bank accounts, nl singular telkens een bankrekening",
  "The suspects opened bank accounts in the names of students.",
  "De verdachten openden op naam van studenten telkens een bankrekening.",
  "Les suspects ont ouvert des comptes bancaires au nom d'étudiants.")
g("clean: plural refunds, terugbetalingen, remboursements",
  "Airlines must pay refunds within seven days.",
  "Luchtvaartmaatschappijen moeten terugbetalingen binnen zeven dagen uitvoeren.",
  "Les compagnies aériennes doivent effectuer les remboursements dans les sept jours.")
g("clean: the noun refund used as a verb (refund you): terugbetalen, rembourser",
  "The webshop must refund you within 14 days.",
  "De webwinkel moet je binnen 14 dagen terugbetalen.",
  "La boutique en ligne doit vous rembourser dans les 14 jours.")

# --- forbidden terms -----------------------------------------------------------------------------------
g("error: nl forbidden bankaccount",
  "Never lend your bank account to someone you met online.",
  "Leen je bankaccount nooit uit aan iemand die je online hebt leren kennen.",
  "Ne prêtez jamais votre compte bancaire à quelqu'un rencontré en ligne.",
  err=FT("nl-BE"))
g("clean: fr admitted compte en banque",
  "The money was transferred to a bank account in Lithuania.",
  "Het geld werd overgeschreven naar een bankrekening in Litouwen.",
  "L'argent a été viré sur un compte en banque en Lituanie.")
g("error: fr forbidden scam",
  "The scam targets people who sell second-hand items online.",
  "De oplichting is gericht op mensen die tweedehandsspullen online verkopen.",
  "Le scam vise les personnes qui vendent des objets de seconde main en ligne.",
  err=FT("fr-BE"))
g("error: nl forbidden scam inside a closed compound (romancescams)",
  "Romance scams cost victims an average of 10,000 euros.",
  "Romancescams kosten slachtoffers gemiddeld 10.000 euro.",
  "Les arnaques sentimentales coûtent en moyenne 10^000 euros aux victimes.",
  err=FT("nl-BE"))
