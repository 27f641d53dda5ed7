# Blind set, part 2: privacy, personal data, passwords, apps, social networks, screen time, media literacy.
from part1 import g

g("clean: privacy kept in nl, vie privée in fr",
  "Many apps collect far more personal data than they need.",
  "Veel apps verzamelen veel meer persoonsgegevens dan ze nodig hebben.",
  "De nombreuses applications collectent bien plus de données personnelles que nécessaire.")
g("clean: admitted nl persoonlijke gegevens, fr données à caractère personnel",
  "Schools must protect the personal data of their pupils.",
  "Scholen moeten de persoonlijke gegevens van hun leerlingen beschermen.",
  "Les écoles doivent protéger les données à caractère personnel de leurs élèves.")
g("error: fr personal data missing ('informations privées')",
  "Never share personal data with someone you only know online.",
  "Deel nooit persoonsgegevens met iemand die je alleen online kent.",
  "Ne partagez jamais d'informations privées avec quelqu'un que vous ne connaissez qu'en ligne.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("error: fr deprecated privacy",
  "Privacy settings differ from one social network to another.",
  "Privacy-instellingen verschillen van sociaal netwerk tot sociaal netwerk.",
  "Les paramètres de privacy varient d'un réseau social à l'autre.",
  err=[("fr-BE", "forbidden-term")])
g("clean: privacy as compound modifier in nl, fr elided",
  "Check your privacy settings at least once a year.",
  "Controleer je privacyinstellingen minstens één keer per jaar.",
  "Vérifiez les paramètres de votre vie privée au moins une fois par an.")
g("clean trap: privacy in another sense (the privacy of the home)",
  "The interview took place in the privacy of the family home.",
  "Het interview vond plaats in de beslotenheid van de gezinswoning.",
  "L'entretien s'est déroulé dans l'intimité du foyer familial.")
g("clean: password plural and fr plural mots de passe",
  "Use different passwords for your email and your bank.",
  "Gebruik verschillende wachtwoorden voor je e-mail en je bank.",
  "Utilisez des mots de passe différents pour votre messagerie et votre banque.")
g("clean: password as nl compound head and modifier",
  "A password manager generates strong passwords for you.",
  "Een wachtwoordbeheerder maakt sterke wachtwoorden voor je aan.",
  "Un gestionnaire de mots de passe crée pour vous des mots de passe robustes.")
g("clean: nl compound head standaardwachtwoord",
  "Change the default password of your router as soon as you install it.",
  "Verander het standaardwachtwoord van je router zodra je hem installeert.",
  "Changez le mot de passe par défaut de votre routeur dès son installation.")
g("error: nl password missing ('code')",
  "Nearly half of teenagers share their password with a friend.",
  "Bijna de helft van de tieners deelt zijn code met een vriend.",
  "Près de la moitié des adolescents partagent leur mot de passe avec un ami.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean: 12-character passwords, hyphenated number compound",
  "Experts recommend passwords of at least 12 characters.",
  "Experts raden wachtwoorden van minstens 12 tekens aan.",
  "Les experts recommandent des mots de passe d'au moins 12^caractères.")
g("error: fr number 12 -> 8",
  "A strong password has at least 12 characters and no personal details.",
  "Een sterk wachtwoord telt minstens 12 tekens en geen persoonlijke details.",
  "Un mot de passe robuste compte au moins 8 caractères et aucun détail personnel.",
  err=[("fr-BE", "number-mismatch")])
g("clean: app diminutive in nl, appli admitted in fr",
  "The new app warns parents when a child shares their location.",
  "Het nieuwe appje waarschuwt ouders als een kind zijn locatie deelt.",
  "La nouvelle appli avertit les parents quand un enfant partage sa position.")
g("clean: apps plural, applicatie admitted",
  "Free apps are often paid for with your data.",
  "Gratis applicaties betaal je vaak met je gegevens.",
  "Les applications gratuites se paient souvent avec vos données.")
g("clean trap: WhatsApp contains 'app' but is a name",
  "Most class groups now run on WhatsApp.",
  "De meeste klasgroepen draaien tegenwoordig op WhatsApp.",
  "La plupart des groupes de classe passent aujourd'hui par WhatsApp.")
g("error: fr app missing ('logiciel')",
  "Download the app from the official store only.",
  "Download de app alleen uit de officiële winkel.",
  "Ne téléchargez le logiciel que depuis la boutique officielle.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean: social networks plural both, fr réseaux sociaux",
  "Most pupils join social networks before the minimum age of 13.",
  "De meeste leerlingen sluiten zich vóór de minimumleeftijd van 13 jaar aan bij sociale netwerken.",
  "La plupart des élèves s'inscrivent sur les réseaux sociaux avant l'âge minimum de 13^ans.")
g("error: nl social network missing ('sociale media')",
  "Teenagers spend on average three hours a day on social networks.",
  "Tieners brengen gemiddeld drie uur per dag door op sociale media.",
  "Les adolescents passent en moyenne trois heures par jour sur les réseaux sociaux.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean trap: 3 hours a day (a duration, not a time of day)",
  "On weekends, screen time rises to 3 hours a day.",
  "In het weekend stijgt de schermtijd tot 3 uur per dag.",
  "Le week-end, le temps d'écran grimpe à 3^heures par jour.")
g("clean trap: 2.5 hours as a decimal duration",
  "Children under 12 spend 2.5 hours a day in front of a screen on average.",
  "Kinderen jonger dan 12 zitten gemiddeld 2,5 uur per dag voor een scherm.",
  "Les enfants de moins de 12^ans passent en moyenne 2,5^heures par jour devant un écran.")
g("error: nl screen time missing ('tijd achter een scherm') ",
  "Limiting screen time works better when parents set an example.",
  "Tijd achter een scherm beperken werkt beter als ouders het goede voorbeeld geven.",
  "Limiter le temps d'écran fonctionne mieux lorsque les parents montrent l'exemple.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean: parental control plural fr contrôles parentaux",
  "Parental controls cannot replace a conversation.",
  "Ouderlijk toezicht kan een gesprek niet vervangen.",
  "Les contrôles parentaux ne remplacent pas une conversation.")
g("error: fr parental control missing ('filtre familial')",
  "Only 38% of parents use parental control on their child's tablet.",
  "Slechts 38% van de ouders gebruikt ouderlijk toezicht op de tablet van hun kind.",
  "Seuls 38^% des parents utilisent un filtre familial sur la tablette de leur enfant.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean: media literacy admitted synonyms",
  "Media literacy should be part of every curriculum, the experts argue.",
  "Mediageletterdheid hoort in elk leerplan thuis, vinden de experts.",
  "Selon les experts, la littératie médiatique devrait faire partie de chaque programme.")
g("clean: media literacy preferred, fr elision l'éducation aux médias",
  "The centre offers free media literacy workshops for teachers.",
  "Het centrum biedt gratis workshops mediawijsheid aan voor leerkrachten.",
  "Le centre propose aux enseignants des ateliers gratuits d'éducation aux médias.")
g("error: nl media literacy missing ('mediakennis')",
  "Media literacy starts in nursery school, according to the report.",
  "Mediakennis begint volgens het rapport al in de kleuterschool.",
  "Selon le rapport, l'éducation aux médias commence dès l'école maternelle.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean: online safety admitted internet safety / internetveiligheid",
  "Internet safety is on the agenda of the school council this month.",
  "Internetveiligheid staat deze maand op de agenda van de schoolraad.",
  "La sécurité en ligne est à l'ordre du jour du conseil d'école ce mois-ci.")
g("error: fr online safety missing ('sécurité sur internet')",
  "Online safety is everyone's business, not just that of the school.",
  "Online veiligheid is een zaak van iedereen, niet alleen van de school.",
  "La sécurité sur internet est l'affaire de tous, pas seulement de l'école.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean: digital citizenship, fr agreement",
  "Digital citizenship is about rights as well as responsibilities.",
  "Digitaal burgerschap gaat over rechten, maar ook over plichten.",
  "La citoyenneté numérique porte sur les droits autant que sur les devoirs.")
g("error: nl digital citizenship missing",
  "The course on digital citizenship runs for eight weeks.",
  "De cursus over online burgerzin loopt acht weken.",
  "Le cours de citoyenneté numérique dure huit semaines.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean: terms and conditions, fr admitted CGU",
  "Few young people read the terms and conditions before signing up.",
  "Weinig jongeren lezen de algemene voorwaarden voor ze zich inschrijven.",
  "Peu de jeunes lisent les conditions générales d'utilisation avant de s'inscrire.")
g("error: fr terms and conditions missing ('règlement')",
  "The terms and conditions of the platform changed on 1 January.",
  "De algemene voorwaarden van het platform zijn op 1 januari veranderd.",
  "Le règlement de la plateforme a changé le 1er janvier.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean trap: 1 January vs 1er janvier (ordinal in a French date)",
  "The new law on personal data comes into force on 1 January 2026.",
  "De nieuwe wet op de persoonsgegevens treedt op 1 januari 2026 in werking.",
  "La nouvelle loi sur les données personnelles entre en vigueur le 1er janvier 2026.")
g("clean: hacking nl admitted hacken, fr piratage",
  "Hacking a classmate's account is a criminal offence.",
  "Het hacken van de account van een klasgenoot is strafbaar.",
  "Le piratage du compte d'un camarade de classe est une infraction pénale.")
g("clean trap: hacking in another sense (a hacking cough)",
  "The boy had a hacking cough for weeks.",
  "De jongen had wekenlang een droge hoest.",
  "Le garçon a eu une toux sèche pendant des semaines.")
g("error: nl hacking missing ('inbreken')",
  "Hacking incidents at schools rose by 40% in 2024.",
  "Het aantal gevallen van inbraak in computersystemen van scholen steeg in 2024 met 40%.",
  "Les incidents de piratage dans les écoles ont augmenté de 40^% en 2024.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean: awareness raising hyphenated admitted, nl bewustmaking",
  "Awareness-raising campaigns alone do not change behaviour.",
  "Bewustmakingscampagnes alleen veranderen geen gedrag.",
  "Les campagnes de sensibilisation ne suffisent pas à changer les comportements.")
g("clean: youth participation and youth ambassadors, fr feminine",
  "Youth participation is at the heart of the project: two youth ambassadors sit on the board.",
  "Jongerenparticipatie staat centraal in het project: twee jongerenambassadeurs zetelen in het bestuur.",
  "La participation des jeunes est au cœur du projet~: deux jeunes ambassadrices siègent au conseil d'administration.")
g("error: fr youth ambassador missing ('représentantes')",
  "The youth ambassadors presented their ideas to the minister.",
  "De jongerenambassadeurs stelden hun ideeën voor aan de minister.",
  "Les représentantes des jeunes ont présenté leurs idées à la ministre.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean: youth movement plural, fr mouvements de jeunesse",
  "Youth movements are drawing up a code of conduct for group chats.",
  "Jeugdbewegingen stellen een gedragscode voor groepschats op.",
  "Les mouvements de jeunesse élaborent un code de conduite pour les discussions de groupe.")
g("clean: language border, fr plural agreement",
  "The project brings together schools on both sides of the language border.",
  "Het project brengt scholen aan beide kanten van de taalgrens samen.",
  "Le projet rassemble des écoles des deux côtés de la frontière linguistique.")
g("error: nl language border missing",
  "Cooperation across the language border is still too rare.",
  "Samenwerking over de grens tussen de gemeenschappen heen is nog te zeldzaam.",
  "La coopération par-delà la frontière linguistique reste trop rare.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
