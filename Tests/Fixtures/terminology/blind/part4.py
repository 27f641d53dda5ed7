# Blind set, part 4: URLs and e-mail addresses, inline codes, untranslated segments, French spacing,
# doubled spaces.
from part1 import g

g("clean: URL at the end of a sentence, trailing full stop",
  "More tips for parents are available at www.mediawijs.be.",
  "Meer tips voor ouders vind je op www.mediawijs.be.",
  "D'autres conseils pour les parents sont disponibles sur www.mediawijs.be.")
g("clean trap: URL with trailing slash in one target, in brackets in another",
  "Find your nearest helpline at https://www.betterinternetforkids.eu/.",
  "Vind de dichtstbijzijnde hulplijn op https://www.betterinternetforkids.eu.",
  "Trouvez la ligne d'aide la plus proche (https://www.betterinternetforkids.eu/).")
g("error: nl URL changed (.be -> .com)",
  "Reports can also be filed online at www.childfocus.be.",
  "Meldingen kunnen ook online worden ingediend via www.childfocus.com.",
  "Les signalements peuvent aussi être introduits en ligne sur www.childfocus.be.",
  err=[("nl-BE", "url-changed")])
g("error: fr URL path changed",
  "The lesson plans can be downloaded from https://www.saferinternet.be/lessons.",
  "De lesfiches kun je downloaden op https://www.saferinternet.be/lessons.",
  "Les fiches pédagogiques peuvent être téléchargées sur https://www.saferinternet.be/lecons.",
  err=[("fr-BE", "url-changed")])
g("clean trap: e-mail address with different case",
  "Questions can be sent to info@childfocus.be.",
  "Vragen kun je sturen naar Info@childfocus.be.",
  "Les questions peuvent être envoyées à info@childfocus.be.")
g("error: fr e-mail address changed",
  "Schools can book a workshop by writing to workshops@mediawijs.be.",
  "Scholen kunnen een workshop boeken via workshops@mediawijs.be.",
  "Les écoles peuvent réserver un atelier en écrivant à ateliers@mediawijs.be.",
  err=[("fr-BE", "url-changed")])
g("clean trap: URL inside French quotes with no-break spaces",
  "The campaign site, www.saferinternetday.org, has a page for every country.",
  "De campagnesite, www.saferinternetday.org, heeft een pagina per land.",
  "Le site de la campagne, «~www.saferinternetday.org~», propose une page par pays.")
g("clean trap: a deprecated word inside a URL",
  "See www.hotline.be for the reporting form.",
  "Zie www.hotline.be voor het meldingsformulier.",
  "Voir www.hotline.be pour le formulaire de signalement.")
g("error: nl URL dropped",
  "Full results are published at www.apestaartjaren.be.",
  "De volledige resultaten worden op de website gepubliceerd.",
  "Les résultats complets sont publiés sur www.apestaartjaren.be.",
  err=[("nl-BE", "url-changed")])
g("clean: link markup with localised href",
  "Read <a href=\"https://example.org/en/guide\">our guide</a> before you start.",
  "Lees <a href=\"https://example.org/nl/gids\">onze gids</a> voor je begint.",
  "Lisez <a href=\"https://example.org/fr/guide\">notre guide</a> avant de commencer.")
g("clean trap: bold moved to another position",
  "<b>Never</b> share your password, not even with friends.",
  "Deel je wachtwoord <b>nooit</b>, zelfs niet met vrienden.",
  "Ne partagez <b>jamais</b> votre mot de passe, pas même avec vos amis.")
g("error: fr bold dropped",
  "Parents should talk <b>with</b> their children, not only about them.",
  "Ouders moeten <b>met</b> hun kinderen praten, niet alleen over hen.",
  "Les parents devraient parler avec leurs enfants, pas seulement d'eux.",
  err=[("fr-BE", "inline-code-mismatch")])
g("error: nl link dropped",
  "Download <a href=\"https://example.org/poster.pdf\">the poster</a> and hang it in the classroom.",
  "Download de affiche en hang ze op in de klas.",
  "Téléchargez <a href=\"https://example.org/poster.pdf\">l'affiche</a> et accrochez-la en classe.",
  err=[("nl-BE", "inline-code-mismatch")])
g("clean trap: two codes in swapped order",
  "The <i>Apestaartjaren</i> study is published by <b>Mediawijs</b>.",
  "<b>Mediawijs</b> publiceert de studie <i>Apestaartjaren</i>.",
  "<b>Mediawijs</b> publie l'étude <i>Apestaartjaren</i>.")
g("error: fr line break dropped",
  "Helpline: 116 000<br/>Hotline: www.childfocus.be",
  "Hulplijn: 116 000<br/>Meldpunt: www.childfocus.be",
  "Ligne d'aide~: 116^000 Point de signalement~: www.childfocus.be",
  err=[("fr-BE", "inline-code-mismatch")])
g("clean trap: line break with spaces around it",
  "Child Focus <br/> 116 000",
  "Child Focus <br/> 116 000",
  "Child Focus <br/> 116 000")
g("error: nl extra italic added",
  "The film shows how quickly a photo can spread.",
  "De film toont hoe <i>snel</i> een foto zich kan verspreiden.",
  "Le film montre à quelle vitesse une photo peut se propager.",
  err=[("nl-BE", "inline-code-mismatch")])
g("error: nl italic changed to bold",
  "The slogan <i>Think before you post</i> is still used today.",
  "De slogan <b>Think before you post</b> wordt nog steeds gebruikt.",
  "Le slogan <i>Think before you post</i> est encore utilisé aujourd'hui.",
  err=[("nl-BE", "inline-code-mismatch")])
g("clean trap: link to a localised site with different domain",
  "Visit the <a href=\"https://www.childfocus.be/en\">Child Focus website</a>.",
  "Bezoek de <a href=\"https://www.childfocus.be/nl\">website van Child Focus</a>.",
  "Consultez le <a href=\"https://www.childfocus.be/fr\">site de Child Focus</a>.")
g("error: nl untranslated (source copied)",
  "Young people often turn to friends before they call a helpline.",
  "Young people often turn to friends before they call a helpline.",
  "Les jeunes se tournent souvent vers leurs amis avant d'appeler une ligne d'aide.",
  err=[("nl-BE", "untranslated")])
g("error: fr untranslated (source copied)",
  "The survey was carried out among 3,000 pupils in Flanders and Wallonia.",
  "De bevraging werd afgenomen bij 3.000 leerlingen in Vlaanderen en Wallonië.",
  "The survey was carried out among 3,000 pupils in Flanders and Wallonia.",
  err=[("fr-BE", "untranslated")])
g("error: fr empty target",
  "Parents often underestimate how much time their children spend online.",
  "Ouders onderschatten vaak hoeveel tijd hun kinderen online doorbrengen.",
  "",
  err=[("fr-BE", "untranslated")])
g("error: nl empty target",
  "The minister wants a ban on smartphones in primary schools.",
  "",
  "La ministre veut interdire les smartphones dans les écoles primaires.",
  err=[("nl-BE", "untranslated")])
g("clean trap: title identical in all languages (name and year)",
  "Safer Internet Day 2025",
  "Safer Internet Day 2025",
  "Safer Internet Day 2025")
g("clean trap: list of terms identical in nl (approved same spelling)",
  "Sexting, grooming and privacy",
  "Sexting, grooming en privacy",
  "Sexting, grooming et vie privée")
g("clean trap: short heading identical in nl",
  "Sexting & grooming",
  "Sexting & grooming",
  "Sextage & grooming")
g("error: fr untranslated with names and numbers",
  "Child Focus received 2,400 calls about sextortion in 2023.",
  "Child Focus kreeg in 2023 2.400 oproepen over sextortion.",
  "Child Focus received 2,400 calls about sextortion in 2023.",
  err=[("fr-BE", "untranslated")])
g("error: french spacing, ordinary space before question mark",
  "What should you do if a photo of you is shared?",
  "Wat doe je als er een foto van jou gedeeld wordt?",
  "Que faire si une photo de vous est partagée ?",
  err=[("fr-BE", "french-spacing")])
g("error: french spacing, no space before exclamation mark",
  "Talk about it!",
  "Praat erover!",
  "Parlez-en!",
  err=[("fr-BE", "french-spacing")])
g("error: french spacing, ordinary space before colon",
  "The message is simple: ask for help.",
  "De boodschap is eenvoudig: vraag hulp.",
  "Le message est simple : demandez de l'aide.",
  err=[("fr-BE", "french-spacing")])
g("error: french spacing, ordinary spaces inside guillemets",
  "The campaign is called \"Think first\".",
  "De campagne heet \"Eerst denken\".",
  "La campagne s'appelle « Réfléchis d'abord ».",
  err=[("fr-BE", "french-spacing")])
g("error: french spacing, no space before semicolon",
  "Some apps are free; others are not.",
  "Sommige apps zijn gratis; andere niet.",
  "Certaines applications sont gratuites; d'autres pas.",
  err=[("fr-BE", "french-spacing")])
g("clean trap: French ?! and URL with colon",
  "Really?! Check https://www.saferinternet.be now.",
  "Echt?! Kijk nu op https://www.saferinternet.be.",
  "Vraiment^?! Consultez dès maintenant https://www.saferinternet.be.")
g("clean trap: French with English-style quotes, no guillemets",
  "Pupils called the game \"addictive\".",
  "Leerlingen noemden het spel \"verslavend\".",
  "Les élèves ont qualifié le jeu de \"addictif\".")
g("clean trap: time with a colon in French",
  "The stream starts at 20:00 sharp.",
  "De stream start om 20.00 uur stipt.",
  "Le direct commence à 20:00 précises.")
g("error: doubled space in nl",
  "Parents can ask for advice at the helpline too.",
  "Ook ouders kunnen  bij de hulplijn terecht voor advies.",
  "Les parents peuvent eux aussi demander conseil à la ligne d'aide.",
  err=[("nl-BE", "doubled-space")])
g("error: doubled space in fr",
  "The teachers received a new lesson pack on disinformation.",
  "De leerkrachten kregen een nieuw lespakket over desinformatie.",
  "Les enseignants ont reçu un nouveau  dossier pédagogique sur la désinformation.",
  err=[("fr-BE", "doubled-space")])
g("error: doubled space after a comma in nl",
  "In the end, the pupil decided to talk to a teacher.",
  "Uiteindelijk,  besloot de leerling met een leerkracht te praten.",
  "Finalement, l'élève a décidé de parler à un enseignant.",
  err=[("nl-BE", "doubled-space")])
g("clean trap: doubled space already in the source",
  "Hotline:  www.childfocus.be",
  "Meldpunt:  www.childfocus.be",
  "Point de signalement~: www.childfocus.be")
g("error: doubled space before an inline code in fr",
  "Read <b>the full report</b> online.",
  "Lees <b>het volledige rapport</b> online.",
  "Lisez  <b>le rapport complet</b> en ligne.",
  err=[("fr-BE", "doubled-space")])
g("clean trap: no-break space before colon and narrow before question mark",
  "Question of the week: who sees your posts?",
  "Vraag van de week: wie ziet jouw berichten?",
  "Question de la semaine~: qui voit vos publications^?")
