# Terminology blind set 6, part 3: parental control, screen time, age verification, privacy settings, loot boxes,
# influencers, media literacy, nudes and perpetrators. Aims: a Dutch term that also names another concept
# ("ouderlijk toezicht", parental supervision), terms under bold markup that covers only one of their words, French
# plural agreement ("contrôles parentaux", "influenceuses") and feminine forms, Dutch compounds that hold a term
# ("schermtijdlimiet"), an English plural inside a Dutch text ("lootboxes") beside the Dutch one ("lootboxen"),
# another country's term ("mediageletterdheid"), a French verb in another sense ("signaler", to label), a term's
# word as an adjective ("nude statues"), and a French term that is also a common word in another sense ("auteur",
# the author of a book).
# Written by hand before the checker ran on it (see part1.py for the format).
from labelled_set import MT, FT, DNT  # noqa: F401
from part1 import G
g, gg = G.g, G.gg

# --- parental control: ouderlijk toezicht / contrôle parental ------------------------------------------------------
g("clean: the source plural (parental controls), the targets' singular",
  "Parental controls let you limit in-app purchases.",
  "Met ouderlijk toezicht kun je aankopen in apps beperken.",
  "Le contrôle parental permet de limiter les achats intégrés.")
g("clean: fr plural agreement (contrôles parentaux)",
  "Most consoles have built-in parental controls.",
  "De meeste consoles hebben ingebouwd ouderlijk toezicht.",
  "La plupart des consoles disposent de contrôles parentaux intégrés.")
g("error: nl controle door de ouders, a calque the termbase does not list",
  "Set up parental controls before giving your child a phone.",
  "Stel controle door de ouders in voor je je kind een gsm geeft.",
  "Configurez le contrôle parental avant de donner un téléphone à votre enfant.",
  err=MT("nl-BE"))
g("error: fr surveillance parentale instead of contrôle parental",
  "Parental control apps can also read messages.",
  "Apps voor ouderlijk toezicht kunnen ook berichten lezen.",
  "Les applications de surveillance parentale peuvent aussi lire les messages.",
  err=MT("fr-BE"))
g("clean: nl ouderlijk toezicht in another sense (parental supervision), no term in the source",
  "Children under 12 may only play under parental supervision.",
  "Kinderen jonger dan 12 mogen alleen onder ouderlijk toezicht spelen.",
  "Les enfants de moins de 12 ans ne peuvent jouer que sous la surveillance de leurs parents.")
g("clean: bold markup around one word of the term",
  "It is <b>parental</b> control, not spying.",
  "Het is <b>ouderlijk</b> toezicht, geen spionage.",
  "C'est du contrôle <b>parental</b>, pas de l'espionnage.")
g("clean: the term in bold as a menu item",
  "Tap <b>Parental control</b> in the settings.",
  "Tik in de instellingen op <b>Ouderlijk toezicht</b>.",
  "Appuyez sur <b>Contrôle parental</b> dans les paramètres.")

# --- screen time: schermtijd / temps d'écran -----------------------------------------------------------------------
g("clean: the preferred terms",
  "Screen time rises sharply around the age of 12.",
  "De schermtijd stijgt sterk rond de leeftijd van 12 jaar.",
  "Le temps d'écran augmente fortement vers l'âge de 12 ans.")
g("clean: nl closed compound (schermtijdlimiet), fr the term after de",
  "Set a daily screen time limit.",
  "Stel een dagelijkse schermtijdlimiet in.",
  "Fixez une limite quotidienne de temps d'écran.")
g("error: fr temps passé devant les écrans, a paraphrase the termbase does not list",
  "Screen time before bed disturbs sleep.",
  "Schermtijd voor het slapengaan verstoort de slaap.",
  "Le temps passé devant les écrans avant le coucher perturbe le sommeil.",
  err=MT("fr-BE"))
g("error: nl beeldschermgebruik instead of schermtijd",
  "Agree on screen time together.",
  "Maak samen afspraken over het beeldschermgebruik.",
  "Mettez-vous d'accord ensemble sur le temps d'écran.",
  err=MT("nl-BE"))

# --- age verification: leeftijdsverificatie, leeftijdscontrole / vérification de l'âge, vérification d'âge ---------
g("clean: the preferred terms",
  "Age verification will be mandatory on adult sites from next year.",
  "Leeftijdsverificatie wordt volgend jaar verplicht op sites voor volwassenen.",
  "La vérification de l'âge deviendra obligatoire sur les sites pour adultes dès l'an prochain.")
g("clean: the admitted terms",
  "An age check with a selfie is not reliable.",
  "Een leeftijdscontrole met een selfie is niet betrouwbaar.",
  "Une vérification d'âge par selfie n'est pas fiable.")
g("error: nl identiteitscontrole, another check",
  "Social networks must improve age verification.",
  "Sociale netwerken moeten hun identiteitscontrole verbeteren.",
  "Les réseaux sociaux doivent améliorer la vérification de l'âge.",
  err=MT("nl-BE"))
g("error: fr contrôle d'identité, another check",
  "Age verification must respect privacy.",
  "Leeftijdsverificatie moet de privacy respecteren.",
  "Le contrôle d'identité doit respecter la vie privée.",
  err=MT("fr-BE"))

# --- privacy settings: privacy-instellingen / paramètres de confidentialité ----------------------------------------
g("clean: the preferred terms",
  "Check your privacy settings after every update.",
  "Controleer je privacy-instellingen na elke update.",
  "Vérifiez vos paramètres de confidentialité après chaque mise à jour.")
g("clean: nl written without the hyphen (privacyinstellingen)",
  "Go through the privacy settings with your teenager.",
  "Overloop samen met je tiener de privacyinstellingen.",
  "Parcourez les paramètres de confidentialité avec votre ado.")
g("error: fr réglages de vie privée instead of the term",
  "Instagram changed its privacy settings again.",
  "Instagram veranderde opnieuw zijn privacy-instellingen.",
  "Instagram a encore modifié ses réglages de vie privée.",
  err=MT("fr-BE"))
g("clean: the source's plural term in the singular",
  "One privacy setting makes your profile public.",
  "Eén privacy-instelling maakt je profiel openbaar.",
  "Un seul paramètre de confidentialité rend votre profil public.")

# --- loot box: lootbox / coffre à butin, loot box -----------------------------------------------------------------
g("clean: plurals (lootboxen, coffres à butin)",
  "Belgium banned loot boxes in 2018.",
  "België verbood lootboxen in 2018.",
  "La Belgique a interdit les coffres à butin en 2018.")
g("clean: nl the English plural lootboxes, fr admitted loot boxes",
  "Loot boxes are still hidden in some mobile games.",
  "In sommige mobiele games zitten nog altijd lootboxes verstopt.",
  "Des loot boxes se cachent encore dans certains jeux mobiles.")
g("error: nl verrassingspakket instead of lootbox",
  "A loot box works like a slot machine.",
  "Een verrassingspakket werkt als een gokautomaat.",
  "Un coffre à butin fonctionne comme une machine à sous.",
  err=MT("nl-BE"))

# --- influencer / influenceur --------------------------------------------------------------------------------------
g("clean: fr masculine and feminine plurals; fr signaler in another sense (to label)",
  "Influencers must label paid posts.",
  "Influencers moeten betaalde posts als reclame aanduiden.",
  "Les influenceurs et influenceuses doivent signaler les publications payantes.")
g("clean: fr feminine singular (influenceuse)",
  "A 15-year-old influencer earns more than her teacher.",
  "Een influencer van 15 verdient meer dan haar leerkracht.",
  "Une influenceuse de 15 ans gagne plus que son professeur.")
g("error: fr créatrice de contenu instead of the term",
  "The influencer promoted a fake investment.",
  "De influencer maakte reclame voor een nepbelegging.",
  "La créatrice de contenu faisait la promotion d'un faux investissement.",
  err=MT("fr-BE"))
g("clean: near-miss fr influence (invloed), no term",
  "Friends have a strong influence on what teenagers post.",
  "Vrienden hebben een grote invloed op wat tieners posten.",
  "Les amis ont une grande influence sur ce que publient les adolescents.")

# --- media literacy: mediawijsheid / éducation aux médias ----------------------------------------------------------
g("clean: the preferred terms",
  "Media literacy starts in primary school.",
  "Mediawijsheid begint in de lagere school.",
  "L'éducation aux médias commence à l'école primaire.")
g("error: nl mediageletterdheid, the term of the Netherlands",
  "Media literacy helps children recognise deepfakes.",
  "Mediageletterdheid helpt kinderen deepfakes te herkennen.",
  "L'éducation aux médias aide les enfants à reconnaître les deepfakes.",
  err=MT("nl-BE"))

# --- nude: naaktfoto / photo dénudée, nude ------------------------------------------------------------------------
g("clean: the preferred terms",
  "Never forward a nude of someone else.",
  "Stuur nooit een naaktfoto van iemand anders door.",
  "Ne transférez jamais la photo dénudée de quelqu'un d'autre.")
g("clean: nl plural in 's (naaktfoto's), fr admitted nudes",
  "Sharing nudes without consent is punishable.",
  "Naaktfoto's delen zonder toestemming is strafbaar.",
  "Partager des nudes sans consentement est punissable.")
g("clean: nude an adjective (nude statues), another sense",
  "The museum shows nude statues from ancient Greece.",
  "Het museum toont naakte beelden uit het oude Griekenland.",
  "Le musée expose des statues nues de la Grèce antique.")
g("error: fr selfie instead of the term",
  "He threatened to post her nude online.",
  "Hij dreigde haar naaktfoto online te zetten.",
  "Il a menacé de publier son selfie en ligne.",
  err=MT("fr-BE"))

# --- perpetrator: dader / auteur ----------------------------------------------------------------------------------
g("clean: the preferred terms, fr elided article",
  "The perpetrator was a classmate.",
  "De dader was een klasgenoot.",
  "L'auteur était un camarade de classe.")
g("clean: fr auteur in another sense (the author of a book), no term in the source",
  "The author of the book on sextortion will speak at the school.",
  "De auteur van het boek over sextortion spreekt op school.",
  "L'auteur du livre sur la sextorsion parlera à l'école.")
g("error: nl pester (bully) instead of dader",
  "The perpetrator often knows the victim.",
  "De pester kent het slachtoffer vaak.",
  "L'auteur connaît souvent la victime.",
  err=MT("nl-BE"))
g("clean: plurals (Daders, auteurs)",
  "Perpetrators of sextortion often operate from abroad.",
  "Daders van sextortion opereren vaak vanuit het buitenland.",
  "Les auteurs de sextorsion opèrent souvent depuis l'étranger.")
