# Terminology blind set 8, part 3: the online services and safety advice around them (the citizen and the user, the
# e-mail address, phishing and the phishing e-mail, the password and the password manager, two-factor
# authentication, 5G, itsme and CSAM).
# Aims: French inclusive writing ("les citoyen·ne·s", "citoyen.ne.s", "utilisateur·rice·s", "usager·ère·s", "les
# citoyennes et les citoyens") and feminine forms ("l'utilisatrice", Dutch "de gebruikster"); Dutch closed compounds
# holding a term ("phishingmail", "wachtwoordbeheerder", "medeburgers", "5G-netwerk") and open ones
# ("phishing-e-mail"); deprecated terms ("paswoord", "emailadres", "adresse mail"); terms inside quotation marks, in
# a heading and in a link text; numbers inside terms ("2FA", "5G") and near them ("5 g", "4G", "two factors");
# names kept as is with odd capitals ("itsme", "CSAM") changed ("Itsme" inside a sentence, "Csam") and in another
# sense ("CSAM", child sexual abuse material); near-miss words ("user-friendly", "burgemeester", "it's me").
# Written by hand before the checker ran on it; conventions as in part1.py.
from labelled_set import FT, MT, DNT  # noqa: F401
from part1 import G
g, gg = G.g, G.gg

# --- citizen: burger / citoyen ---------------------------------------------------------------------------------------
g("clean: fr inclusive writing with middle dots (les citoyen·ne·s)",
  "Citizens can vote online.",
  "Burgers kunnen online stemmen.",
  "Les citoyen·ne·s peuvent voter en ligne.")
g("clean: fr inclusive writing with full stops (des citoyen.ne.s)",
  "The city is asking citizens for their opinion.",
  "De stad vraagt de burgers om hun mening.",
  "La ville demande l'avis des citoyen.ne.s.")
g("clean: fr the feminine and the masculine side by side (les citoyennes et les citoyens)",
  "Citizens will receive a letter.",
  "Burgers krijgen een brief.",
  "Les citoyennes et les citoyens recevront une lettre.")
g("clean: near-miss words (burgemeester, burgerlijke stand)",
  "The mayor opened the new civil registry office.",
  "De burgemeester opende het nieuwe kantoor van de burgerlijke stand.",
  "Le bourgmestre a inauguré le nouveau bureau de l'état civil.")
g("error: fr habitants, another concept",
  "Citizens can ask questions via the chat.",
  "Burgers kunnen vragen stellen via de chat.",
  "Les habitants peuvent poser des questions via le chat.",
  err=MT("fr-BE"))
g("error: nl inwoners, another concept",
  "The service is free for every citizen.",
  "De dienst is gratis voor alle inwoners.",
  "Le service est gratuit pour chaque citoyen.",
  err=MT("nl-BE"))
g("clean: nl a closed compound (medeburgers)",
  "We thank all citizens who helped.",
  "We danken alle medeburgers die hielpen.",
  "Nous remercions tous les citoyens qui ont aidé.")

# --- user: gebruiker / utilisateur, usager ---------------------------------------------------------------------------
g("clean: fr inclusive writing with middle dots (utilisateur·rice·s)",
  "The app has 2 million users.",
  "De app heeft 2 miljoen gebruikers.",
  "L'application compte 2 millions d'utilisateur·rice·s.")
g("clean: the feminine forms in both targets (de gebruikster, l'utilisatrice)",
  "The user, a nurse from Liège, reported the bug.",
  "De gebruikster, een verpleegster uit Luik, meldde de fout.",
  "L'utilisatrice, une infirmière liégeoise, a signalé le bug.")
g("clean: fr the admitted term in inclusive writing (les usager·ère·s)",
  "Users of public transport pay less on Sundays.",
  "Gebruikers van het openbaar vervoer betalen op zondag minder.",
  "Les usager·ère·s des transports publics paient moins le dimanche.")
g("error: fr clients, another concept",
  "Users receive a notification on their mobile phone.",
  "Gebruikers krijgen een melding op hun gsm.",
  "Les clients reçoivent une notification sur leur GSM.",
  err=MT("fr-BE"))
g("error: nl users, the English word left; nl gebruiksvriendelijker is a near miss",
  "The new version is easier for users.",
  "De nieuwe versie is gebruiksvriendelijker voor users.",
  "La nouvelle version est plus simple pour les utilisateurs.",
  err=MT("nl-BE"))
g("clean: near-miss, the source's hyphenated user-friendly",
  "The form is user-friendly.",
  "Het formulier is gebruiksvriendelijk.",
  "Le formulaire est convivial.")

# --- e-mail address: e-mailadres, mailadres, emailadres (deprecated) / adresse e-mail, adresse électronique -----------
g("clean: the admitted terms",
  "Check that your email address is correct.",
  "Controleer of je mailadres klopt.",
  "Vérifiez que votre adresse électronique est correcte.")
g("error: nl the deprecated emailadres",
  "Confirm your e-mail address via the link.",
  "Bevestig je emailadres via de link.",
  "Confirmez votre adresse e-mail via le lien.",
  err=FT("nl-BE"))
g("error: fr the deprecated adresse mail",
  "Your e-mail address is never shared.",
  "Je e-mailadres wordt nooit gedeeld.",
  "Votre adresse mail n'est jamais partagée.",
  err=FT("fr-BE"))
g("clean: the term before an address",
  "Write to the e-mail address info@riziv.fgov.be.",
  "Schrijf naar het e-mailadres info@riziv.fgov.be.",
  "Écrivez à l'adresse e-mail info@riziv.fgov.be.")

# --- phishing: phishing / hameçonnage; phishing e-mail: phishingmail, phishing-e-mail / e-mail de phishing -----------
g("clean: nl the closed compound, fr the preferred term",
  "Delete the phishing e-mail immediately.",
  "Verwijder de phishingmail onmiddellijk.",
  "Supprimez immédiatement l'e-mail de phishing.")
g("clean: nl the open compound (phishing-e-mail), fr the admitted term",
  "A phishing e-mail often contains spelling mistakes.",
  "Een phishing-e-mail bevat vaak taalfouten.",
  "Un courriel d'hameçonnage contient souvent des fautes d'orthographe.")
g("clean: plurals, a separable verb and an address",
  "Forward phishing e-mails to suspicious@safeonweb.be.",
  "Stuur phishingmails door naar suspicious@safeonweb.be.",
  "Transférez les e-mails de phishing à suspicious@safeonweb.be.")
g("error: nl spam, another concept",
  "This phishing e-mail pretends to come from the NIHDI.",
  "Deze spam doet alsof hij van het RIZIV komt.",
  "Cet e-mail de phishing prétend provenir de l'INAMI.",
  err=MT("nl-BE"))
g("error: fr pourriel, another concept; en the admitted phishing email",
  "Report every phishing email.",
  "Meld elke phishingmail.",
  "Signalez chaque pourriel.",
  err=MT("fr-BE"))
g("clean: the terms inside quotation marks",
  "What is a “phishing e-mail”?",
  "Wat is een “phishingmail”?",
  "Qu'est-ce qu'un «~e-mail de phishing~»^?")
g("clean: a term in a link text",
  "Read our <a href=\"https://safeonweb.be/phishing\">tips against phishing</a>.",
  "Lees onze <a href=\"https://safeonweb.be/phishing\">tips tegen phishing</a>.",
  "Lisez nos <a href=\"https://safeonweb.be/phishing\">conseils contre l'hameçonnage</a>.")

# --- password: wachtwoord, paswoord (deprecated) / mot de passe; password manager -----------------------------------
g("error: nl the deprecated paswoord",
  "Change your password every year.",
  "Verander je paswoord elk jaar.",
  "Changez votre mot de passe chaque année.",
  err=FT("nl-BE"))
g("clean: the terms (wachtwoordbeheerder, gestionnaire de mots de passe)",
  "A password manager remembers your passwords.",
  "Een wachtwoordbeheerder onthoudt je wachtwoorden.",
  "Un gestionnaire de mots de passe retient vos mots de passe.")
g("clean: nl the admitted wachtwoordmanager, 2FA in all three",
  "Choose a password manager with 2FA.",
  "Kies een wachtwoordmanager met 2FA.",
  "Choisissez un gestionnaire de mots de passe avec 2FA.")
g("error: fr coffre-fort numérique, another concept",
  "Install a password manager on your computer.",
  "Installeer een wachtwoordbeheerder op je computer.",
  "Installez un coffre-fort numérique sur votre ordinateur.",
  err=MT("fr-BE"))
g("clean: nl a diminutive (wachtwoordje), fr the term before an adjective",
  "A short password is easy to crack.",
  "Een kort wachtwoordje is makkelijk te kraken.",
  "Un mot de passe court est facile à craquer.")

# --- two-factor authentication: tweestapsverificatie, 2FA / authentification à deux facteurs, 2FA --------------------
g("clean: the abbreviation in all three, fr with an article",
  "2FA protects your account.",
  "2FA beschermt je account.",
  "La 2FA protège votre compte.")
g("error: nl tweefactorauthenticatie, a synonym the termbase does not list",
  "Use two-factor authentication for MyMinfin.",
  "Gebruik tweefactorauthenticatie voor MyMinfin.",
  "Utilisez l'authentification à deux facteurs pour MyMinfin.",
  err=MT("nl-BE"))
g("error: fr double vérification, a paraphrase",
  "Two-factor authentication stops most attacks.",
  "Tweestapsverificatie houdt de meeste aanvallen tegen.",
  "La double vérification arrête la plupart des attaques.",
  err=MT("fr-BE"))
g("clean: near-miss words (two factors)",
  "Two factors explain the rise.",
  "Twee factoren verklaren de stijging.",
  "Deux facteurs expliquent la hausse.")

# --- 5G ----------------------------------------------------------------------------------------------------------------
g("clean: the term, fr with an article (la 5G)",
  "5G is now available in every province.",
  "5G is nu in elke provincie beschikbaar.",
  "La 5G est désormais disponible dans chaque province.")
g("clean: nl a hyphenated compound (5G-netwerk), fr réseau 5G",
  "The 5G network covers 90% of the country.",
  "Het 5G-netwerk dekt 90% van het land.",
  "Le réseau 5G couvre 90^% du pays.")
g("clean: near-miss, grams (5 g)",
  "Eat no more than 5 g of salt a day.",
  "Eet niet meer dan 5 g zout per dag.",
  "Ne mangez pas plus de 5^g de sel par jour.")

# --- itsme and CSAM (names kept as is) -------------------------------------------------------------------------------
g("error: nl Itsme with a capital inside a sentence, the name changed",
  "Log in with itsme or your eID.",
  "Meld je aan met Itsme of je eID.",
  "Connectez-vous avec itsme ou votre eID.",
  err=DNT("nl-BE"))
g("clean: near-miss, it's me in a quotation",
  "“Mum, it's me,” the fraudster writes.",
  "“Mama, ik ben het”, schrijft de oplichter.",
  "«~Maman, c'est moi~», écrit l'escroc.")
g("clean: the name",
  "Log in with CSAM to access the portal.",
  "Meld je aan via CSAM om het portaal te openen.",
  "Connectez-vous via CSAM pour accéder au portail.")
g("clean: CSAM in another sense (child sexual abuse material), rendered in both targets",
  "Platforms must remove CSAM within an hour.",
  "Platformen moeten beelden van seksueel kindermisbruik binnen het uur verwijderen.",
  "Les plateformes doivent retirer les contenus pédopornographiques dans l'heure.")
g("error: fr Csam, the name changed",
  "The CSAM login page has a new look.",
  "De aanmeldpagina van CSAM heeft een nieuw uitzicht.",
  "La page de connexion de Csam a un nouveau look.",
  err=DNT("fr-BE"))
