# Terminology blind set 4, part 2: Dutch terms inside compounds and as modifiers ("meldpunt",
# "meldingsformulier", "phishingmail", "datalekmeldingen", "cyberpestcampagne"), French multi-word terms split
# by an inserted adjective ("fuite massive de données", "délai légal de rétractation", "formulaire électronique
# de signalement", "organisation belge de consommateurs"), French elision and contraction ("l'usurpation",
# "d'hameçonnage", "du point de contact", "des consommateurs", "aux médias"), plurals inside multi-word terms
# ("mots de passe", "courriels d'hameçonnage"), and synonyms the termbase does not list.
# Same conventions as part1.py.
from part1 import g, gg, MT, FT, DNT  # noqa: F401

# --- hotline: meldpunt; point de contact ----------------------------------------------------------------------
g("clean: adjective before the term (het nationale meldpunt, le point de contact national)",
  "The national hotline received 4,200 reports in 2025.",
  "Het nationale meldpunt ontving in 2025 4.200 meldingen.",
  "Le point de contact national a reçu 4^200 signalements en 2025.")
g("clean: nl compound beginning with the term (Meldpuntmedewerkers), fr contraction du point de contact",
  "Hotline staff check every image by hand.",
  "Meldpuntmedewerkers controleren elk beeld met de hand.",
  "Le personnel du point de contact vérifie chaque image à la main.")
g("clean: nl compound ending with the term, built on the stem of cyberpesten (cyberpestmeldpunt)",
  "Since 2024 there is also a hotline for cyberbullying.",
  "Sinds 2024 is er ook een cyberpestmeldpunt.",
  "Depuis 2024, il existe aussi un point de contact pour le cyberharcèlement.")
g("error: nl meldcentrum, a word the termbase does not list",
  "Victims can call the hotline free of charge.",
  "Slachtoffers kunnen gratis naar het meldcentrum bellen.",
  "Les victimes peuvent appeler gratuitement le point de contact.",
  err=MT("nl-BE"))
g("error: nl hulplijn (a helpline, another concept)",
  "The hotline forwards the images to the federal police.",
  "De hulplijn stuurt de beelden door naar de federale politie.",
  "Le point de contact transmet les images à la police fédérale.",
  err=MT("nl-BE"))

# --- reporting form: meldingsformulier / meldformulier; formulaire de signalement -------------------------------
g("clean: the name ConsumerConnect in all three; fr formulaire de signalement",
  "Fill in the reporting form on the ConsumerConnect website.",
  "Vul het meldingsformulier op de website van ConsumerConnect in.",
  "Remplissez le formulaire de signalement sur le site de ConsumerConnect.")
g("clean: fr term split by an adjective (formulaire électronique de signalement)",
  "The online reporting form takes five minutes.",
  "Het online meldingsformulier neemt vijf minuten in beslag.",
  "Le formulaire électronique de signalement prend cinq minutes.")
g("clean: plurals; nl admitted meldformulieren, fr formulaires de signalement",
  "The reporting forms are available in three languages.",
  "De meldformulieren zijn in drie talen beschikbaar.",
  "Les formulaires de signalement sont disponibles en trois langues.")
g("error: nl klachtenformulier (a complaint form), not the term; report rendered (te melden, signaler)",
  "Use the reporting form to report a fake webshop.",
  "Gebruik het klachtenformulier om een valse webwinkel te melden.",
  "Utilisez le formulaire de signalement pour signaler une fausse boutique en ligne.",
  err=MT("nl-BE"))
g("error: fr formulaire de contact, not the term; contraction au",
  "Attach screenshots to the reporting form.",
  "Voeg schermafbeeldingen toe aan het meldingsformulier.",
  "Joignez des captures d'écran au formulaire de contact.",
  err=MT("fr-BE"))

# --- phishing: phishing; hameçonnage / phishing -- phishing email: phishingmail; courriel d'hameçonnage ---------
g("clean: plurals; nl Phishingmails, fr courriels d'hameçonnage (plural first word)",
  "Phishing emails often imitate banks and delivery companies.",
  "Phishingmails bootsen vaak banken en pakjesdiensten na.",
  "Les courriels d'hameçonnage imitent souvent les banques et les sociétés de livraison.")
g("clean: phishing as a modifier; nl compound phishingcampagnes, fr campagnes d'hameçonnage (elision)",
  "The number of phishing campaigns doubled.",
  "Het aantal phishingcampagnes verdubbelde.",
  "Le nombre de campagnes d'hameçonnage a doublé.")
g("clean: fr admitted e-mail de phishing",
  "Never click on a link in a phishing email.",
  "Klik nooit op een link in een phishingmail.",
  "Ne cliquez jamais sur un lien dans un e-mail de phishing.")
g("error: nl phishingbericht (a phishing message), not the term; the name inside an e-mail address",
  "Forward the phishing email to suspicious@safeonweb.be.",
  "Stuur het phishingbericht door naar suspicious@safeonweb.be.",
  "Transférez le courriel d'hameçonnage à suspicious@safeonweb.be.",
  err=MT("nl-BE"))
g("error: fr fraude en ligne, not the term",
  "Phishing costs Belgian banks millions.",
  "Phishing kost Belgische banken miljoenen.",
  "La fraude en ligne coûte des millions aux banques belges.",
  err=MT("fr-BE"))
g("clean: fr elided L'hameçonnage",
  "Phishing by text message is called smishing.",
  "Phishing via sms heet smishing.",
  "L'hameçonnage par SMS s'appelle le smishing.")
g("clean: heading in capitals; PHISHINGMAIL, COURRIEL D'HAMEÇONNAGE",
  "HOW TO SPOT A PHISHING EMAIL",
  "ZO HERKEN JE EEN PHISHINGMAIL",
  "COMMENT RECONNAÎTRE UN COURRIEL D'HAMEÇONNAGE")

# --- data breach: datalek; fuite de données / violation de données -----------------------------------------------
g("clean: fr term split by an adjective (fuite massive de données); nl groot datalek",
  "A massive data breach exposed the data of 1.5 million customers.",
  "Door een groot datalek lagen de gegevens van 1,5 miljoen klanten op straat.",
  "Une fuite massive de données a exposé les données de 1,5 million de clients.")
g("clean: fr admitted violation de données; report rendered (melden, signaler)",
  "Companies must report a data breach within 72 hours.",
  "Bedrijven moeten een datalek binnen 72 uur melden.",
  "Les entreprises doivent signaler une violation de données dans les 72 heures.")
g("clean: data breach as a modifier of reports (a noun); nl compound datalekmeldingen, fr notifications de fuites de données",
  "Data breach reports rose by a third.",
  "Het aantal datalekmeldingen steeg met een derde.",
  "Les notifications de fuites de données ont augmenté d'un tiers.")
g("error: nl gegevenslek, a word the termbase does not list",
  "The school informed parents about the data breach.",
  "De school bracht de ouders op de hoogte van het gegevenslek.",
  "L'école a informé les parents de la fuite de données.",
  err=MT("nl-BE"))

# --- identity theft: identiteitsfraude / identiteitsdiefstal; usurpation d'identité / vol d'identité ------------
g("clean: fr elided L'usurpation d'identité",
  "Identity theft often starts with a stolen photo of an eID.",
  "Identiteitsfraude begint vaak met een gestolen foto van een eID.",
  "L'usurpation d'identité commence souvent par la photo volée d'une eID.")
g("clean: nl compound beginning with the term (identiteitsfraudezaken), fr cas d'usurpation d'identité",
  "Cases of identity theft have tripled.",
  "Het aantal identiteitsfraudezaken is verdrievoudigd.",
  "Les cas d'usurpation d'identité ont triplé.")
g("error: fr fraude à l'identité, not the term; nl admitted identiteitsdiefstal",
  "Victims of identity theft can get help from the police.",
  "Slachtoffers van identiteitsdiefstal kunnen hulp krijgen van de politie.",
  "Les victimes de fraude à l'identité peuvent obtenir l'aide de la police.",
  err=MT("fr-BE"))

# --- cyberbullying: cyberpesten (forbidden cyberbullying); cyberharcèlement -------------------------------------
g("clean: nl cyberpesten after van, fr de cyberharcèlement",
  "One pupil in five has been a victim of cyberbullying.",
  "Eén leerling op vijf was al slachtoffer van cyberpesten.",
  "Un élève sur cinq a déjà été victime de cyberharcèlement.")
g("clean: cyberbullying as a modifier; nl compound on the stem (cyberpestcampagne), fr campagne contre le cyberharcèlement",
  "The cyberbullying campaign reached 300 schools.",
  "De cyberpestcampagne bereikte 300 scholen.",
  "La campagne contre le cyberharcèlement a touché 300 écoles.")
g("error: nl forbidden cyberbullying",
  "Cyberbullying leaves deep scars.",
  "Cyberbullying laat diepe sporen na.",
  "Le cyberharcèlement laisse des traces profondes.",
  err=FT("nl-BE"))
g("clean: near-miss bullying (not cyberbullying)",
  "Bullying in the playground has decreased.",
  "Pesten op de speelplaats is afgenomen.",
  "Le harcèlement dans la cour de récréation a diminué.")
g("error: fr intimidation en ligne, not the term",
  "Teachers learn how to recognise cyberbullying.",
  "Leerkrachten leren cyberpesten herkennen.",
  "Les enseignants apprennent à reconnaître l'intimidation en ligne.",
  err=MT("fr-BE"))

# --- password: wachtwoord; mot de passe -------------------------------------------------------------------------
g("clean: password and account in one sentence",
  "Use a different password for every account.",
  "Gebruik voor elk account een ander wachtwoord.",
  "Utilisez un mot de passe différent pour chaque compte.")
g("clean: plural passwords; nl wachtwoorden, fr mots de passe",
  "Passkeys replace passwords.",
  "Passkeys vervangen wachtwoorden.",
  "Les clés d'accès remplacent les mots de passe.")
g("clean: password as a modifier; nl wachtwoordmanager, fr gestionnaire de mots de passe",
  "A password manager remembers all your passwords.",
  "Een wachtwoordmanager onthoudt al je wachtwoorden.",
  "Un gestionnaire de mots de passe retient tous vos mots de passe.")
g("error: nl paswoord, a Belgian word the termbase does not list",
  "Never share your password, not even with friends.",
  "Deel je paswoord nooit, zelfs niet met vrienden.",
  "Ne partagez jamais votre mot de passe, même avec des amis.",
  err=MT("nl-BE"))
g("error: fr code secret, not the term",
  "The app asks for your password twice.",
  "De app vraagt twee keer naar je wachtwoord.",
  "L'application demande deux fois votre code secret.",
  err=MT("fr-BE"))
g("error: the term named twice in the source, the second left in English in nl (password); fr renders both",
  "If your password has leaked, change the password everywhere.",
  "Als je wachtwoord is uitgelekt, verander dan overal het password.",
  "Si votre mot de passe a fuité, changez le mot de passe partout.",
  err=[("nl-BE", "missing-term")])

# --- two-step verification; parental controls; refund; cooling-off period ---------------------------------------
g("clean: source admitted two-factor authentication; fr admitted double authentification",
  "Banks require two-factor authentication for online payments.",
  "Banken eisen tweestapsverificatie voor onlinebetalingen.",
  "Les banques exigent la double authentification pour les paiements en ligne.")
g("error: nl tweefactorauthenticatie, not the term; account as a modifier (accountkapingen, piratages de comptes)",
  "Two-step verification stops most account takeovers.",
  "Tweefactorauthenticatie houdt de meeste accountkapingen tegen.",
  "La vérification en deux étapes empêche la plupart des piratages de comptes.",
  err=MT("nl-BE"))
g("clean: parental controls and screen time",
  "Parental controls let you limit screen time.",
  "Met ouderlijk toezicht kun je de schermtijd beperken.",
  "Le contrôle parental permet de limiter le temps d'écran.")
g("clean: adjective before (nl Streng ouderlijk toezicht) and after (fr contrôle parental strict)",
  "Strict parental controls do not replace a conversation.",
  "Streng ouderlijk toezicht vervangt geen gesprek.",
  "Un contrôle parental strict ne remplace pas une conversation.")
g("error: nl ouderlijke controle, not the term",
  "Turn on parental controls on your child's tablet.",
  "Zet de ouderlijke controle aan op de tablet van je kind.",
  "Activez le contrôle parental sur la tablette de votre enfant.",
  err=MT("nl-BE"))
g("clean: refund",
  "The seller must pay the refund within 14 days.",
  "De verkoper moet de terugbetaling binnen 14 dagen uitvoeren.",
  "Le vendeur doit effectuer le remboursement dans les 14 jours.")
g("error: nl vergoeding (compensation), another concept",
  "You are entitled to a refund.",
  "Je hebt recht op een vergoeding.",
  "Vous avez droit à un remboursement.",
  err=MT("nl-BE"))
g("clean: fr term split by an adjective (délai légal de rétractation)",
  "Online purchases come with a cooling-off period of 14 days.",
  "Voor onlineaankopen geldt een bedenktijd van 14 dagen.",
  "Les achats en ligne bénéficient d'un délai légal de rétractation de 14 jours.")
g("clean: nl admitted herroepingstermijn",
  "The cooling-off period starts on the day of delivery.",
  "De herroepingstermijn begint te lopen op de dag van de levering.",
  "Le délai de rétractation commence le jour de la livraison.")
g("error: fr délai de réflexion, a synonym the termbase does not list",
  "Door-to-door sales also have a cooling-off period.",
  "Ook voor verkoop aan huis geldt een bedenktijd.",
  "La vente à domicile prévoit aussi un délai de réflexion.",
  err=MT("fr-BE"))
