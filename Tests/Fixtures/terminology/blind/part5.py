# Blind set, part 5: groups of units for inconsistent-translation, then more inflection, compound and case
# traps and errors.
from part1 import g, gm

gm("error: same headline translated two ways in nl", [
  ("Ten tips for safer gaming", "Tien tips om veiliger te gamen", "Dix conseils pour jouer en toute sécurité", []),
  ("Ten tips for safer gaming", "Tien tips voor veiliger gamen", "Dix conseils pour jouer en toute sécurité", [("nl-BE", "inconsistent-translation")]),
])
gm("clean trap: same source, same translation, different apostrophe and spacing", [
  ("What's new at the helpline?", "Wat is er nieuw bij de hulplijn?", "Quoi de neuf à la ligne d'aide^?", []),
  ("What’s new at the helpline?", "Wat is er nieuw bij de hulplijn?", "Quoi de neuf à la ligne d’aide^?", []),
])
gm("error: same sentence translated two ways in fr", [
  ("Ask an adult you trust for help.", "Vraag hulp aan een volwassene die je vertrouwt.", "Demande de l'aide à un adulte de confiance.", []),
  ("Ask an adult you trust for help.", "Vraag hulp aan een volwassene die je vertrouwt.", "Demande de l'aide à un adulte en qui tu as confiance.", [("fr-BE", "inconsistent-translation")]),
])
gm("error: two different sources share one translation", [
  ("Block the sender.", "Blokkeer de afzender.", "Bloque l'expéditeur.", []),
  ("Report the sender.", "Blokkeer de afzender.", "Bloque l'expéditeur.", [("nl-BE", "inconsistent-translation"), ("fr-BE", "inconsistent-translation")]),
])
gm("clean trap: similar but different sources with different translations", [
  ("Talk to your parents.", "Praat met je ouders.", "Parle à tes parents.", []),
  ("Talk to your teacher.", "Praat met je leerkracht.", "Parle à ton enseignant.", []),
])
gm("clean trap: preferred and admitted synonyms in different units (term consistency is off)", [
  ("Call the helpline.", "Bel de hulplijn.", "Appelle la ligne d'aide.", []),
  ("The helpline is free.", "De hulplijn is gratis.", "La ligne d'écoute est gratuite.", []),
])
gm("error: three units, one departs from the majority translation in nl", [
  ("Keep your password to yourself.", "Hou je wachtwoord voor jezelf.", "Garde ton mot de passe pour toi.", []),
  ("Keep your password to yourself.", "Hou je wachtwoord voor jezelf.", "Garde ton mot de passe pour toi.", []),
  ("Keep your password to yourself.", "Houd je wachtwoord geheim.", "Garde ton mot de passe pour toi.", [("nl-BE", "inconsistent-translation")]),
])
gm("clean: an identical unit repeated (same source, same translations)", [
  ("Safer Internet Day is coming.", "Safer Internet Day komt eraan.", "Le Safer Internet Day approche.", []),
  ("Safer Internet Day is coming.", "Safer Internet Day komt eraan.", "Le Safer Internet Day approche.", []),
])
gm("error: the same call to action translated two ways in fr, one with an error of its own", [
  ("Don't forward it, report it.", "Stuur het niet door, meld het.", "Ne le transfère pas, signale-le.", []),
  ("Don't forward it, report it.", "Stuur het niet door, meld het.", "Ne le partage pas~; signale-le.", [("fr-BE", "inconsistent-translation")]),
])
gm("error: different English sources rendered by one fr sentence", [
  ("Think before you post.", "Denk na voor je iets post.", "Réfléchis avant de publier.", []),
  ("Think before you share.", "Denk na voor je iets deelt.", "Réfléchis avant de publier.", [("fr-BE", "inconsistent-translation")]),
])
gm("clean trap: one heading, nl Unicode normalisation differs (precomposed vs combining)", [
  ("Ideas for the classroom", "Ideeën voor de klas", "Idées pour la classe", []),
  ("Ideas for the classroom", "Ideee\u0308n voor de klas", "Ide\u0301es pour la classe", []),
])
gm("error: same source, nl differs only by a term synonym choice (sentence-level inconsistency)", [
  ("Teachers play a key role.", "Leerkrachten spelen een sleutelrol.", "Les enseignants jouent un rôle clé.", []),
  ("Teachers play a key role.", "Leraren spelen een sleutelrol.", "Les enseignants jouent un rôle clé.", [("nl-BE", "inconsistent-translation")]),
])

# More single units.
g("clean: teacher feminine and plural in fr, leraar admitted",
  "The teacher noticed that the pupil had been excluded from the class group.",
  "De leraar merkte dat de leerling uit de klasgroep was gezet.",
  "L'enseignante a remarqué que l'élève avait été exclue du groupe de la classe.")
g("error: fr teacher missing ('professeure')",
  "Every teacher will receive a copy of the guide.",
  "Elke leerkracht krijgt een exemplaar van de gids.",
  "Chaque professeure recevra un exemplaire du guide.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean trap: nl medeleerlingen (compound ending in leerling)",
  "She asked her fellow pupils to stop sharing the video.",
  "Ze vroeg haar medeleerlingen de video niet langer te delen.",
  "Elle a demandé aux autres élèves de cesser de partager la vidéo.")
g("clean: pupil possessive and nl leerlingenraad",
  "The pupils' council wrote its own charter on phone use.",
  "De leerlingenraad schreef een eigen charter over gsm-gebruik.",
  "Le conseil des élèves a rédigé sa propre charte sur l'usage du téléphone.")
g("clean trap: pupil in another sense (the eye)",
  "Blue light makes the pupil contract.",
  "Blauw licht doet de pupil samentrekken.",
  "La lumière bleue fait se contracter la pupille.")
g("error: nl pupil missing ('scholieren')",
  "Pupils in the final year of primary school will get a workshop.",
  "Scholieren in het laatste jaar van de lagere school krijgen een workshop.",
  "Les élèves de dernière année de l'école primaire bénéficieront d'un atelier.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean: teenagers, fr feminine plural adolescentes",
  "The teenagers interviewed for the study were all girls.",
  "De tieners die voor de studie werden bevraagd, waren allemaal meisjes.",
  "Les adolescentes interrogées pour l'étude étaient toutes des filles.")
g("clean trap: nl tienerjaren compound, fr adolescence",
  "Most teenagers get their first phone at the start of their teenage years.",
  "De meeste tieners krijgen hun eerste gsm bij het begin van hun tienerjaren.",
  "La plupart des adolescents reçoivent leur premier téléphone au début de leur adolescence.")
g("error: fr teenager missing ('ados')",
  "Teenagers are less naive online than adults think.",
  "Tieners zijn online minder naïef dan volwassenen denken.",
  "Les ados sont moins naïfs en ligne que les adultes ne le pensent.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean: young people, capitalised nl 'Jongeren' and fr 'Les jeunes'",
  "Young people want to be heard, not lectured.",
  "Jongeren willen gehoord worden, niet de les gelezen.",
  "Les jeunes veulent être entendus, pas sermonnés.")
g("clean: a young person singular in targets, no term in English",
  "Every young person deserves a safe place online.",
  "Elke jongere verdient een veilige plek online.",
  "Chaque jeune mérite un espace sûr en ligne.")
g("error: nl young people missing ('jeugd')",
  "The festival is organised by and for young people.",
  "Het festival wordt georganiseerd door en voor de jeugd.",
  "Le festival est organisé par et pour les jeunes.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean trap: nl jongerenwerking compound begins with the term",
  "Young people from the local youth centre made the film.",
  "Jongeren van de plaatselijke jongerenwerking maakten de film.",
  "Des jeunes de la maison de jeunes locale ont réalisé le film.")
g("clean: school compound nl basisschool, fr école primaire",
  "At primary school, children learn to recognise advertising.",
  "In de basisschool leren kinderen reclame herkennen.",
  "À l'école primaire, les enfants apprennent à reconnaître la publicité.")
g("clean trap: school of fish",
  "Divers filmed a school of fish off the Belgian coast.",
  "Duikers filmden een school vissen voor de Belgische kust.",
  "Des plongeurs ont filmé un banc de poissons au large de la côte belge.")
g("error: fr school missing ('établissement')",
  "The school has banned phones during breaks since September.",
  "De school verbiedt sinds september gsm's tijdens de speeltijden.",
  "L'établissement interdit les téléphones pendant les récréations depuis septembre.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean: consortium in all three",
  "The consortium includes universities, NGOs and the regulator.",
  "Het consortium bestaat uit universiteiten, ngo's en de regulator.",
  "Le consortium réunit des universités, des ONG et le régulateur.")
g("clean trap: 'app' inside a hyphenated word and in an acronym-like word",
  "The add-on is not an app but a browser extension.",
  "De add-on is geen app maar een browserextensie.",
  "Le module complémentaire n'est pas une application mais une extension de navigateur.")
g("clean: apps capitalised at sentence start in nl, fr elided l'application",
  "Apps for younger children should not contain advertising.",
  "Apps voor jongere kinderen horen geen reclame te bevatten.",
  "Les applications destinées aux jeunes enfants ne devraient pas contenir de publicité.")
g("clean trap: social network hyphenated in English, fr plural",
  "Social-network profiles of minors should be private by default.",
  "Profielen van minderjarigen op sociale netwerken zouden standaard privé moeten zijn.",
  "Les profils des mineurs sur les réseaux sociaux devraient être privés par défaut.")
g("error: fr social network singular replaced by 'plateforme'",
  "Which social network do pupils use most?",
  "Welk sociaal netwerk gebruiken leerlingen het vaakst?",
  "Quelle plateforme les élèves utilisent-ils le plus^?",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean: helpline inside quotes with capital; fr 'jeune fille' (girl) is not young people",
  "\"The Helpline saved my life,\" one girl wrote.",
  "\"De hulplijn heeft mijn leven gered\", schreef een meisje.",
  "«~La ligne d'aide m'a sauvé la vie~», a écrit une jeune fille.")
g("error: nl hulplijn replaced by 'telefoonlijn' in a plural",
  "The helplines of the three communities will share one number.",
  "De telefoonlijnen van de drie gemeenschappen krijgen één nummer.",
  "Les lignes d'aide des trois communautés partageront un seul numéro.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean trap: nl hulplijnmedewerkers compound begins with the term",
  "Helpline staff are trained to listen without judging.",
  "Hulplijnmedewerkers leren luisteren zonder te oordelen.",
  "Le personnel de la ligne d'aide est formé à écouter sans juger.")
g("clean: sensibilisering compound, fr sensibilisation",
  "The awareness-raising week ends on Friday with a quiz.",
  "De sensibiliseringsweek eindigt vrijdag met een quiz.",
  "La semaine de sensibilisation se termine vendredi par un quiz.")
g("error: fr awareness raising missing ('prévention')",
  "Awareness raising among parents remains a priority.",
  "Sensibilisering van ouders blijft een prioriteit.",
  "La prévention auprès des parents reste une priorité.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean: disinformation, capitalised, fr elision",
  "Disinformation about vaccines circulated widely among teenagers.",
  "Desinformatie over vaccins ging vlot rond onder tieners.",
  "La désinformation sur les vaccins a largement circulé parmi les adolescents.")
g("error: nl disinformation missing ('misleiding')",
  "The EU wants platforms to act faster against disinformation.",
  "De EU wil dat platformen sneller optreden tegen misleiding.",
  "L'UE veut que les plateformes agissent plus vite contre la désinformation.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean trap: 'SIC' in Latin sense lower case",
  "The message read 'your to young' (sic).",
  "In het bericht stond 'your to young' (sic).",
  "Le message disait 'your to young' (sic).")
g("clean: SIC acronym and Safer Internet Centre",
  "The Belgian SIC is one of 27 Safer Internet Centres in Europe.",
  "Het Belgische SIC is een van de 27 Safer Internet Centres in Europa.",
  "Le SIC belge est l'un des 27 Safer Internet Centres en Europe.")
g("error: nl Safer Internet Centre translated",
  "The Safer Internet Centre trains 400 teachers a year.",
  "Het Centrum voor een Veiliger Internet leidt jaarlijks 400 leerkrachten op.",
  "Le Safer Internet Centre forme 400 enseignants par an.",
  err=[("nl-BE", "dnt-changed")])
g("error: fr Technopolis misspelt",
  "School groups can visit Technopolis free of charge on Wednesday.",
  "Schoolgroepen kunnen woensdag gratis naar Technopolis.",
  "Les groupes scolaires peuvent visiter gratuitement Technopolys mercredi.",
  err=[("fr-BE", "dnt-changed")])
g("clean trap: Technopolis' possessive in nl",
  "Technopolis's new exhibition is about artificial intelligence.",
  "Technopolis' nieuwe tentoonstelling gaat over artificiële intelligentie.",
  "La nouvelle exposition de Technopolis porte sur l'intelligence artificielle.")
g("error: nl forbidden superseded name in target",
  "Better Internet for Kids replaced the earlier programme in 2012.",
  "Het Safer Internet Programme verving in 2012 het vorige programma.",
  "Better Internet for Kids a remplacé le programme précédent en 2012.",
  err=[("nl-BE", "forbidden-term"), ("nl-BE", "dnt-changed")])
g("clean: youth participation capitalised nl, fr elided des jeunes",
  "Youth participation requires time and money.",
  "Jongerenparticipatie vraagt tijd en geld.",
  "La participation des jeunes demande du temps et de l'argent.")
g("error: fr youth participation missing",
  "The report calls for more youth participation in policy.",
  "Het rapport pleit voor meer jongerenparticipatie in het beleid.",
  "Le rapport plaide pour une plus grande implication de la jeunesse dans la politique.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean trap: 'jeunes' adjective in fr only (young children)",
  "Young children copy what they see their parents do on screens.",
  "Jonge kinderen doen na wat ze hun ouders op schermen zien doen.",
  "Les jeunes enfants imitent ce qu'ils voient leurs parents faire sur les écrans.")
g("clean: données personnelles capitalised at sentence start",
  "Personal data of minors deserve extra protection.",
  "Persoonsgegevens van minderjarigen verdienen extra bescherming.",
  "Les données personnelles des mineurs méritent une protection supplémentaire.")
g("clean trap: fr 'données' alone is not personal data",
  "The data show a clear rise in reports.",
  "De gegevens tonen een duidelijke stijging van het aantal meldingen.",
  "Les données montrent une nette hausse des signalements.")
g("clean: parental control nl, fr contrôle parental singular with elision",
  "Setting up parental control takes less than ten minutes.",
  "Ouderlijk toezicht instellen duurt minder dan tien minuten.",
  "L'installation du contrôle parental prend moins de dix minutes.")
g("error: nl parental control missing ('ouderfilter')",
  "Parental control apps can also be misused to spy on partners.",
  "Ouderfilterapps kunnen ook misbruikt worden om partners te bespioneren.",
  "Les applications de contrôle parental peuvent aussi être détournées pour espionner un partenaire.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean: screen time capitalised, nl compound schermtijdregels",
  "Screen time rules work best when children help to write them.",
  "Schermtijdregels werken het best als kinderen ze mee opstellen.",
  "Les règles sur le temps d'écran fonctionnent mieux quand les enfants aident à les rédiger.")
g("error: fr screen time missing ('temps passé devant les écrans' is not the term)",
  "How much screen time is too much?",
  "Hoeveel schermtijd is te veel?",
  "À partir de combien de temps passé devant les écrans est-ce trop^?",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean: terms and conditions capitalised",
  "Terms and conditions are often longer than a novel.",
  "Algemene voorwaarden zijn vaak langer dan een roman.",
  "Les conditions d'utilisation sont souvent plus longues qu'un roman.")
g("error: nl forbidden fake news inside quotes",
  "\"Fake news\" was the word of the year in 2017.",
  "\"Fake news\" was in 2017 het woord van het jaar.",
  "«~Infox~» a été le mot de l'année en 2017.",
  err=[("nl-BE", "forbidden-term")])
g("clean: hate speech capitalised, nl compound haatspraakwet",
  "Hate speech laws differ between the regions.",
  "Haatspraakwetten verschillen tussen de gewesten.",
  "Les lois sur les discours de haine diffèrent d'une région à l'autre.")
g("error: nl number of victims changed (87 -> 78)",
  "Police identified 87 victims of grooming last year.",
  "De politie identificeerde vorig jaar 78 slachtoffers van grooming.",
  "La police a identifié l'an dernier 87 victimes de grooming.",
  err=[("nl-BE", "number-mismatch")])
g("clean: escape game admitted in nl with space, fr preferred",
  "The escape game was developed with pupils from Liège.",
  "De escape game werd ontwikkeld met leerlingen uit Luik.",
  "Le jeu d'évasion a été développé avec des élèves de Liège.")
g("clean: online safety preferred in all",
  "Online safety starts with a good conversation at home.",
  "Online veiligheid begint met een goed gesprek thuis.",
  "La sécurité en ligne commence par une bonne conversation à la maison.")
g("clean: digital citizenship fr elision and capital",
  "Digital citizenship lessons start in the fifth year.",
  "De lessen digitaal burgerschap beginnen in het vijfde jaar.",
  "Les cours de citoyenneté numérique commencent en cinquième année.")
g("error: nl doubled space and nothing else",
  "Sexting is not always a problem, but sharing images without consent is.",
  "Sexting is niet altijd een probleem,  maar beelden delen zonder toestemming wel.",
  "Le sexting n'est pas toujours un problème, mais partager des images sans consentement, si.",
  err=[("nl-BE", "doubled-space")])
g("error: fr colon spacing in a heading",
  "Helpline: 116 000",
  "Hulplijn: 116 000",
  "Ligne d'aide: 116^000",
  err=[("fr-BE", "french-spacing")])
g("clean: language border hyphenated nl compound",
  "The cross-border project won a prize.",
  "Het taalgrensoverschrijdende project won een prijs.",
  "Le projet qui franchit la frontière linguistique a remporté un prix.")
g("error: fr app replaced by programme in a number sentence",
  "The app has been downloaded 80,000 times since March.",
  "De app werd sinds maart 80.000 keer gedownload.",
  "Le programme a été téléchargé 80^000 fois depuis mars.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("error: nl URL typo",
  "Teachers can register at www.mediawijs.be/lerarendag.",
  "Leerkrachten kunnen zich inschrijven via www.mediawijs.be/lerarendg.",
  "Les enseignants peuvent s'inscrire sur www.mediawijs.be/lerarendag.",
  err=[("nl-BE", "url-changed")])
g("error: fr untranslated heading copied",
  "Tips for parents of teenagers",
  "Tips voor ouders van tieners",
  "Tips for parents of teenagers",
  err=[("fr-BE", "untranslated")])
g("clean trap: 'Insafe' run on in English and French",
  "Insafe's annual meeting is held in Luxembourg.",
  "De jaarlijkse Insafe-bijeenkomst vindt plaats in Luxemburg.",
  "La réunion annuelle d'Insafe se tient à Luxembourg.")
