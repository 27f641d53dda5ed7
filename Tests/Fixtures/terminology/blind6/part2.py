# Terminology blind set 6, part 2: phishing, scams, passwords, accounts, screenshots, deepfakes, fake news and the
# GDPR. Aims: French elision before a term ("l'hameçonnage", "d'hameçonnage", inside a link), French plurals and
# agreement ("les arnaques", "fausses informations"), the near-miss "mordre à l'hameçon", Dutch compounds that hold
# a term ("phishingmails", "wachtwoordbeheerder", "nepaccount") or a word that is not the term ("wachtwoordzin"),
# a forbidden colloquial word ("paswoord"), "account" in other senses ("take into account", "en fin de compte", a
# bank account), a noun term rendered by the verb made on it ("screenshotten"), an English plural inside a Dutch
# text ("lootboxes" is in part 3), the acronym AVG against the antivirus brand AVG, an acronym misspelt ("RGDP"),
# and headings in capitals.
# Written by hand before the checker ran on it (see part1.py for the format).
from labelled_set import MT, FT, DNT  # noqa: F401
from part1 import G
g, gg = G.g, G.gg

# --- phishing / hameçonnage; fr phishing forbidden ----------------------------------------------------------------
g("clean: nl closed compound (phishingmails), fr d'hameçonnage",
  "Phishing emails often imitate your bank.",
  "Phishingmails doen zich vaak voor als je bank.",
  "Les e-mails d'hameçonnage imitent souvent votre banque.")
g("clean: fr l'hameçonnage; the verb report as a participle (gemelde, signalée)",
  "Phishing is the most reported form of online fraud.",
  "Phishing is de vaakst gemelde vorm van onlinefraude.",
  "L'hameçonnage est la forme de fraude en ligne la plus signalée.")
g("error: fr phishing, forbidden in French",
  "Phishing by text message is on the rise.",
  "Phishing via sms neemt toe.",
  "Le phishing par SMS est en hausse.",
  err=FT("fr-BE"))
g("error: nl valse berichten instead of the term",
  "Learn to spot phishing before you click.",
  "Leer valse berichten herkennen voor je klikt.",
  "Apprenez à repérer l'hameçonnage avant de cliquer.",
  err=MT("nl-BE"))
g("clean: nl compound phishingpogingen, fr tentatives d'hameçonnage; an e-mail address kept",
  "Forward phishing attempts to suspicious@safeonweb.be.",
  "Stuur phishingpogingen door naar suspicious@safeonweb.be.",
  "Transférez les tentatives d'hameçonnage à suspicious@safeonweb.be.")
g("clean: the term inside a link, fr elided article before the link (l'<a>hameçonnage</a>)",
  'Read our guide to <a href="https://www.safeonweb.be">phishing</a>.',
  'Lees onze gids over <a href="https://www.safeonweb.be">phishing</a>.',
  'Lisez notre guide sur l\'<a href="https://www.safeonweb.be">hameçonnage</a>.')
g("clean: near-miss fr mordre à l'hameçon (take the bait), no term",
  "Don't take the bait, even when the message looks urgent.",
  "Hap niet toe, ook niet als het bericht dringend lijkt.",
  "Ne mordez pas à l'hameçon, même si le message semble urgent.")

# --- scam: oplichting, oplichterij / arnaque, escroquerie ---------------------------------------------------------
g("clean: plurals (online scams, les arnaques en ligne)",
  "Online scams cost Belgians 40 million euros last year.",
  "Online oplichting kostte Belgen vorig jaar 40 miljoen euro.",
  "Les arnaques en ligne ont coûté 40 millions d'euros aux Belges l'an dernier.")
g("clean: a modifier before the source term (romance scam), adjectives in the targets",
  "A romance scam can last for months.",
  "Romantische oplichting kan maanden duren.",
  "Une arnaque sentimentale peut durer des mois.")
g("error: fr fraude, a generic word",
  "This scam targets older people on Facebook.",
  "Deze oplichting is gericht op ouderen op Facebook.",
  "Cette fraude vise les personnes âgées sur Facebook.",
  err=MT("fr-BE"))
g("error: nl bedrog, a generic word",
  "Never pay a fee to release a prize: it is a scam.",
  "Betaal nooit kosten om een prijs vrij te geven: het is bedrog.",
  "Ne payez jamais de frais pour débloquer un prix~: c'est une arnaque.",
  err=MT("nl-BE"))
g("clean: the admitted terms (oplichterij, escroquerie)",
  "The scam used the logo of a well-known bank.",
  "De oplichterij gebruikte het logo van een bekende bank.",
  "L'escroquerie utilisait le logo d'une banque connue.")
g("clean: near-miss the person (scammer, oplichter, escroc), not the scam",
  "The scammer pretended to be a police officer.",
  "De oplichter deed zich voor als politieagent.",
  "L'escroc se faisait passer pour un policier.")

# --- password: wachtwoord (paswoord forbidden) / mot de passe -------------------------------------------------------
g("clean: the preferred terms; account (de account, compte)",
  "Use a different password for each account.",
  "Gebruik voor elke account een ander wachtwoord.",
  "Utilisez un mot de passe différent pour chaque compte.")
g("clean: password manager (no entry): nl wachtwoordbeheerder holds wachtwoord, fr mots de passe",
  "A password manager remembers them for you.",
  "Een wachtwoordbeheerder onthoudt ze voor jou.",
  "Un gestionnaire de mots de passe les retient pour vous.")
g("error: nl paswoord, forbidden",
  "Never share your password, not even with a friend.",
  "Deel je paswoord nooit, zelfs niet met een vriend.",
  "Ne partagez jamais votre mot de passe, même avec un ami.",
  err=FT("nl-BE"))
g("error: fr code instead of mot de passe",
  "Change your password after a data breach.",
  "Wijzig je wachtwoord na een datalek.",
  "Changez votre code après une fuite de données.",
  err=MT("fr-BE"))
g("clean: near-miss passphrase (nl wachtwoordzin, fr phrase de passe), no term",
  "Choose a long passphrase of four random words.",
  "Kies een lange wachtwoordzin van vier willekeurige woorden.",
  "Choisissez une longue phrase de passe de quatre mots aléatoires.")

# --- account: account / compte ----------------------------------------------------------------------------------
g("clean: plurals (accounts, comptes)",
  "Delete old accounts you no longer use.",
  "Verwijder oude accounts die je niet meer gebruikt.",
  "Supprimez les anciens comptes que vous n'utilisez plus.")
g("clean: take into account / rekening houden / tenir compte, no term",
  "Take your child's age into account.",
  "Hou rekening met de leeftijd van je kind.",
  "Tenez compte de l'âge de votre enfant.")
g("clean: fr en fin de compte (in the end), no term",
  "In the end, the parents decide.",
  "Uiteindelijk beslissen de ouders.",
  "En fin de compte, ce sont les parents qui décident.")
g("clean: a bank account (another concept; nl bankrekening, fr compte bancaire)",
  "The scammer emptied her bank account.",
  "De oplichter maakte haar bankrekening leeg.",
  "L'escroc a vidé son compte bancaire.")
g("error: nl profiel instead of account",
  "Create an account together with your parents.",
  "Maak samen met je ouders een profiel aan.",
  "Créez un compte avec vos parents.",
  err=MT("nl-BE"))

# --- screenshot: screenshot, schermafbeelding / capture d'écran -----------------------------------------------------
g("clean: the preferred terms; block as a verb after you",
  "Take a screenshot before you block the person.",
  "Neem een screenshot voor je de persoon blokkeert.",
  "Faites une capture d'écran avant de bloquer la personne.")
g("clean: plurals, nl admitted schermafbeeldingen",
  "Screenshots are evidence for the police.",
  "Schermafbeeldingen zijn bewijs voor de politie.",
  "Les captures d'écran constituent des preuves pour la police.")
g("error: fr photo, a generic word",
  "Keep a screenshot of every threatening message.",
  "Bewaar een screenshot van elk dreigend bericht.",
  "Gardez une photo de chaque message menaçant.",
  err=MT("fr-BE"))
g("clean: the source's verb (screenshotted), nl the verb made on the noun (screenshotten)",
  "Friends screenshotted her story and shared it.",
  "Vrienden screenshotten haar story en deelden hem.",
  "Des amis ont fait une capture d'écran de sa story et l'ont partagée.")

# --- deepfake; fr hypertrucage admitted -------------------------------------------------------------------------
g("clean: the loanword in all three languages",
  "A deepfake can put words in anyone's mouth.",
  "Een deepfake kan iedereen woorden in de mond leggen.",
  "Un deepfake peut faire dire n'importe quoi à n'importe qui.")
g("clean: plurals",
  "Deepfakes of classmates are spreading in schools.",
  "Deepfakes van klasgenoten verspreiden zich op scholen.",
  "Les deepfakes de camarades de classe se répandent dans les écoles.")
g("error: nl nepvideo instead of the term",
  "The deepfake showed the mayor giving a fake speech.",
  "De nepvideo toonde de burgemeester die een valse toespraak gaf.",
  "Le deepfake montrait le bourgmestre prononçant un faux discours.",
  err=MT("nl-BE"))
g("clean: nl hyphenated compound (Deepfake-apps), fr admitted hypertrucage",
  "Deepfake apps are free to download.",
  "Deepfake-apps zijn gratis te downloaden.",
  "Les applications d'hypertrucage sont téléchargeables gratuitement.")
g("clean: near-miss fake (nepprofielen, faux profils), no term",
  "Fake profiles often use stolen photos.",
  "Nepprofielen gebruiken vaak gestolen foto's.",
  "Les faux profils utilisent souvent des photos volées.")

# --- fake news: nepnieuws, fake news / fausse information, infox ---------------------------------------------------
g("clean: fr the singular term in the plural with agreement (fausses informations)",
  "Fake news spreads six times faster than real news.",
  "Nepnieuws verspreidt zich zes keer sneller dan echt nieuws.",
  "Les fausses informations se propagent six fois plus vite que les vraies.")
g("error: fr fausses nouvelles, not the termbase's term",
  "Check the source before sharing fake news.",
  "Controleer de bron voor je nepnieuws deelt.",
  "Vérifiez la source avant de partager de fausses nouvelles.",
  err=MT("fr-BE"))
g("clean: the admitted terms (nl fake news, fr infox)",
  "Fake news about the vaccine circulated on WhatsApp.",
  "Over het vaccin circuleerde fake news op WhatsApp.",
  "Des infox sur le vaccin ont circulé sur WhatsApp.")

# --- GDPR: AVG, GDPR / RGPD ---------------------------------------------------------------------------------------
g("clean: the acronyms",
  "Under the GDPR, children under 13 need their parents' consent.",
  "Volgens de AVG hebben kinderen jonger dan 13 de toestemming van hun ouders nodig.",
  "Selon le RGPD, les enfants de moins de 13 ans ont besoin du consentement de leurs parents.")
g("clean: heading in capitals, nl admitted GDPR in a hyphenated compound",
  "GDPR FINES FOR APPS THAT TRACK CHILDREN",
  "GDPR-BOETES VOOR APPS DIE KINDEREN VOLGEN",
  "AMENDES RGPD POUR LES APPLICATIONS QUI PISTENT LES ENFANTS")
g("error: nl privacywet, a generic word",
  "The GDPR gives you the right to have photos removed.",
  "De privacywet geeft je het recht om foto's te laten verwijderen.",
  "Le RGPD vous donne le droit de faire supprimer des photos.",
  err=MT("nl-BE"))
g("error: fr RGDP, the acronym misspelt",
  "Schools must respect the GDPR when they publish photos.",
  "Scholen moeten de AVG naleven wanneer ze foto's publiceren.",
  "Les écoles doivent respecter le RGDP lorsqu'elles publient des photos.",
  err=MT("fr-BE"))
g("clean: AVG the antivirus brand, not the Dutch acronym of the GDPR",
  "Install an antivirus such as AVG or Avast on the family computer.",
  "Installeer een antivirusprogramma zoals AVG of Avast op de gezinscomputer.",
  "Installez un antivirus comme AVG ou Avast sur l'ordinateur familial.")
g("clean: the full names, capitalised in Dutch",
  "The General Data Protection Regulation came into force in May 2018.",
  "De Algemene Verordening Gegevensbescherming trad in mei 2018 in werking.",
  "Le règlement général sur la protection des données est entré en vigueur en mai 2018.")
g("clean: en avg. (average) in a figure caption, nl gem., fr moy.: no term",
  "Screen time per day (avg.): 3 hours",
  "Schermtijd per dag (gem.): 3 uur",
  "Temps d'écran par jour (moy.)~: 3 heures")
