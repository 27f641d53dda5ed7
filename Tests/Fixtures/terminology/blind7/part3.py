# Terminology blind set 7, part 3: online safety and helplines (cyberbullying, the helpline and the hotline, Child
# Focus, Safeonweb, the Centre for Cybersecurity Belgium, cyberattacks, ransomware, security updates).
# Aims: hyphenation variants ("cyber-pesten", "cyber-aanval"), an abbreviation against its full form ("CCB"), a
# name across a no-break space ("Child~Focus"), names changed ("Safe On Web", "Childfocus"), plurals and French
# elision ("mises à jour de sécurité", "l'attaque"), a term's word in another sense ("hotline" of a shop, "update"
# as a verb, "ligne" of a bus), headings in capitals, a term taken up by a pronoun, and near-miss words.
# Written by hand before the checker ran on it; the conventions are those of part1.py.
from labelled_set import MT, FT, DNT  # noqa: F401
from part1 import G
g, gg = G.g, G.gg

# --- cyberbullying: cyberpesten, online pesten / cyberharcèlement, harcèlement en ligne ----------------------------
g("clean: nl cyber-pesten, a hyphenation variant of the preferred term",
  "Cyberbullying peaks in the first weeks of the school year.",
  "Cyber-pesten piekt in de eerste weken van het schooljaar.",
  "Le cyberharcèlement culmine pendant les premières semaines de l'année scolaire.")
g("error: nl pesten alone",
  "The Safer Internet Centre trains teachers against cyberbullying.",
  "Het Safer Internet Centre leidt leerkrachten op tegen pesten.",
  "Le Safer Internet Centre forme les enseignants contre le cyberharcèlement.",
  err=MT("nl-BE"))
g("clean: fr cyber-harcèlement, a hyphenation variant",
  "Cyberbullying is punishable in Belgium.",
  "Cyberpesten is strafbaar in België.",
  "Le cyber-harcèlement est punissable en Belgique.")

# --- helpline: hulplijn / ligne d'aide, ligne d'écoute -----------------------------------------------------------
g("clean: fr the admitted ligne d'écoute; a set phrase of hours",
  "The helpline for children answers 24 hours a day.",
  "De hulplijn voor kinderen is 24 uur op 24 bereikbaar.",
  "La ligne d'écoute pour enfants répond 24 heures sur 24.")
g("error: fr numéro d'urgence, another service",
  "Call the helpline if you are being threatened.",
  "Bel de hulplijn als je bedreigd wordt.",
  "Appelez le numéro d'urgence si vous êtes menacé.",
  err=MT("fr-BE"))
g("clean: ligne in another sense (a bus line), no entry",
  "Bus line 71 stops in front of the tax office.",
  "Buslijn 71 stopt voor het belastingkantoor.",
  "La ligne de bus 71 s'arrête devant le bureau des contributions.")

# --- hotline: meldpunt / point de contact, point de signalement -------------------------------------------------
g("clean: the preferred terms",
  "Report images of abuse to the Child Focus hotline.",
  "Meld beelden van misbruik bij het meldpunt van Child Focus.",
  "Signalez les images d'abus au point de contact de Child Focus.")
g("clean: nl compound (cybermeldpunt), fr admitted point de signalement",
  "The hotline received 8,000 reports last year.",
  "Het cybermeldpunt ontving vorig jaar 8.000 meldingen.",
  "Le point de signalement a reçu 8^000 signalements l'an dernier.")
g("error: nl hotline, not the Dutch term",
  "Anyone can report hate speech to the hotline.",
  "Iedereen kan haatspraak melden bij de hotline.",
  "Tout le monde peut signaler un discours de haine au point de contact.",
  err=MT("nl-BE"))
g("clean: hotline in another sense (a shop's customer line), no entry in the targets",
  "The electronics shop runs a hotline for broken card readers.",
  "De elektronicawinkel heeft een klantenlijn voor defecte kaartlezers.",
  "Le magasin d'électronique a un service clientèle pour les lecteurs de carte défectueux.")

# --- Child Focus, Safeonweb (names kept as is) ----------------------------------------------------------------
g("clean: the name across a no-break space in all three languages",
  "Child~Focus helps parents of missing children.",
  "Child~Focus helpt ouders van vermiste kinderen.",
  "Child~Focus aide les parents d'enfants disparus.")
g("error: nl Childfocus, the name run together",
  "Call Child Focus on 116 000.",
  "Bel Childfocus op 116 000.",
  "Appelez Child Focus au 116^000.",
  err=DNT("nl-BE"))
g("error: fr Safe On Web, the name changed",
  "Safeonweb warns of a new wave of fake e-mails.",
  "Safeonweb waarschuwt voor een nieuwe golf valse e-mails.",
  "Safe On Web met en garde contre une nouvelle vague de faux e-mails.",
  err=DNT("fr-BE"))
g("clean: the name inside a link and in a nl hyphenated compound (Safeonweb-app)",
  "Install the Safeonweb app or visit <a href=\"https://safeonweb.be\">Safeonweb</a>.",
  "Installeer de Safeonweb-app of bezoek <a href=\"https://safeonweb.be\">Safeonweb</a>.",
  "Installez l'app Safeonweb ou consultez <a href=\"https://safeonweb.be\">Safeonweb</a>.")
g("clean: near-miss on the web (no name)",
  "Be safe on the web this summer.",
  "Surf veilig op het web deze zomer.",
  "Surfez en sécurité sur le web cet été.")

# --- Centre for Cybersecurity Belgium: Centrum voor Cybersecurity België / Centre pour la Cybersécurité Belgique, CCB
g("clean: the source's full name, the acronym in both targets",
  "The Centre for Cybersecurity Belgium runs Safeonweb.",
  "Het CCB beheert Safeonweb.",
  "Le CCB gère Safeonweb.")
g("clean: the source's acronym, the full names in both targets",
  "The CCB published an alert on Friday.",
  "Het Centrum voor Cybersecurity België publiceerde vrijdag een waarschuwing.",
  "Le Centre pour la Cybersécurité Belgique a publié une alerte vendredi.")
g("error: fr agence de cybersécurité, a paraphrase",
  "The Centre for Cybersecurity Belgium advises hospitals.",
  "Het Centrum voor Cybersecurity België adviseert ziekenhuizen.",
  "L'agence belge de cybersécurité conseille les hôpitaux.",
  err=MT("fr-BE"))

# --- cyberattack: cyberaanval / cyberattaque ----------------------------------------------------------------------
g("clean: plurals (cyberaanvallen, cyberattaques)",
  "Cyberattacks on municipalities doubled.",
  "Cyberaanvallen op gemeenten zijn verdubbeld.",
  "Les cyberattaques contre les communes ont doublé.")
g("clean: hyphenation variants (cyber-aanval, cyber-attaque)",
  "The cyberattack shut down the city's website.",
  "De cyber-aanval legde de website van de stad plat.",
  "La cyber-attaque a paralysé le site web de la ville.")
g("error: nl aanval alone",
  "A cyberattack can hit any company.",
  "Een aanval kan elk bedrijf treffen.",
  "Une cyberattaque peut toucher n'importe quelle entreprise.",
  err=MT("nl-BE"))
gg("clean: the term in the first unit, the shorter form (de aanval, l'attaque) in the second",
   ("A cyberattack paralysed the university on Monday.",
    "Een cyberaanval legde maandag de universiteit lam.",
    "Une cyberattaque a paralysé l'université lundi."),
   ("The cyberattack was claimed by a known group.",
    "De aanval werd opgeëist door een bekende groep.",
    "L'attaque a été revendiquée par un groupe connu."))
g("clean: heading in capitals",
  "CYBERATTACK ON HOSPITAL",
  "CYBERAANVAL OP ZIEKENHUIS",
  "CYBERATTAQUE CONTRE UN HÔPITAL")

# --- ransomware: ransomware, gijzelsoftware / rançongiciel, ransomware ------------------------------------------
g("clean: nl the admitted gijzelsoftware, fr the preferred rançongiciel, plural",
  "Ransomware encrypts all your files.",
  "Gijzelsoftware versleutelt al je bestanden.",
  "Les rançongiciels chiffrent tous vos fichiers.")
g("error: fr logiciel malveillant, a generic word",
  "Ransomware hit three hospitals this year.",
  "Ransomware trof dit jaar drie ziekenhuizen.",
  "Un logiciel malveillant a touché trois hôpitaux cette année.",
  err=MT("fr-BE"))
g("clean: near-miss ransom (a ransom demand without the software)",
  "The criminals demanded a ransom in bitcoin.",
  "De criminelen eisten losgeld in bitcoin.",
  "Les criminels ont exigé une rançon en bitcoins.")

# --- security update: beveiligingsupdate, veiligheidsupdate / mise à jour de sécurité ----------------------------
g("clean: fr plural mises à jour de sécurité, nl plural",
  "Install security updates as soon as they appear.",
  "Installeer beveiligingsupdates zodra ze verschijnen.",
  "Installez les mises à jour de sécurité dès leur parution.")
g("clean: nl the admitted veiligheidsupdate, fr the term across a line break",
  "A security update fixes<br/>the flaw.",
  "Een veiligheidsupdate dicht<br/>het lek.",
  "Une mise à jour<br/>de sécurité corrige la faille.")
g("error: nl update alone",
  "The security update for the card reader is ready.",
  "De update voor de kaartlezer staat klaar.",
  "La mise à jour de sécurité du lecteur de carte est prête.",
  err=MT("nl-BE"))
g("clean: update as a verb in the source, no entry",
  "We update this page every week.",
  "We werken deze pagina elke week bij.",
  "Nous mettons cette page à jour chaque semaine.")
