# Terminology blind set 4, part 1: verb terms (English "-ed" and "-ing" forms, French verbs of several words
# split by their object, Dutch separable verbs), the term's word in another sense ("report" a noun, a school
# report, a police report; "account" in "take into account", "on account of", "account for", a bank account),
# renderings by a noun of the verb's family ("aangifte doen", "faire un signalement") and by another verb.
# Written by hand before the checker ran on it. Each group: a note saying what it tests and its units; a unit's
# err lists the findings (locale, rule) it must give; every other finding on it is a false one.
# In French text "^" stands for U+202F (narrow no-break space) and "~" for U+00A0 (no-break space).
from labelled_set import Groups, MT, FT, DNT  # noqa: F401
G = Groups()
g, gg = G.g, G.gg

# --- report (verb): melden / aangeven; signaler; forbidden rapporteren, reporter ------------------------------
g("clean: report a noun (a study), the DPA elided in French (l'Autorité)",
  "A new report by the Data Protection Authority shows that few schools have a data protection officer.",
  "Een nieuw rapport van de Gegevensbeschermingsautoriteit toont dat weinig scholen een functionaris voor gegevensbescherming hebben.",
  "Un nouveau rapport de l'Autorité de protection des données montre que peu d'écoles ont un délégué à la protection des données.")
g("clean: report a noun, subject of a passive",
  "The report was published on Tuesday.",
  "Het rapport werd dinsdag gepubliceerd.",
  "Le rapport a été publié mardi.")
g("clean: reports a plural noun rendered by the nouns meldingen / signalements",
  "The hotline received more reports of sextortion than ever.",
  "Het meldpunt kreeg meer meldingen van sextortion dan ooit.",
  "Le point de contact a reçu plus de signalements de sextorsion que jamais.")
g("error: -ed form; fr transmis, another verb (nl meldden is fine)",
  "Parents who reported the messages were helped quickly.",
  "Ouders die de berichten meldden, werden snel geholpen.",
  "Les parents qui ont transmis les messages ont été aidés rapidement.",
  err=MT("fr-BE"))
g("clean: -ing form (By reporting); nl te melden, fr present participle signalant",
  "By reporting suspicious messages, you protect other users.",
  "Door verdachte berichten te melden, bescherm je andere gebruikers.",
  "En signalant les messages suspects, vous protégez les autres utilisateurs.")
g("clean: -ed passive; nl gemeld, fr signalés",
  "Most cases of sextortion are never reported.",
  "De meeste gevallen van sextortion worden nooit gemeld.",
  "La plupart des cas de sextorsion ne sont jamais signalés.")
g("clean: report in another sense (a school report); nl rapport, fr bulletin",
  "Pupils get their report on Friday.",
  "De leerlingen krijgen vrijdag hun rapport.",
  "Les élèves reçoivent leur bulletin vendredi.")
g("clean: near-miss reporter (a journalist)",
  "A reporter of the VRT tested the app.",
  "Een verslaggever van de VRT testte de app.",
  "Un journaliste de la VRT a testé l'application.")
g("error: nl forbidden rapporteren (infinitive after kunnen)",
  "Teachers can report cyberbullying through the school's website.",
  "Leerkrachten kunnen cyberpesten rapporteren via de website van de school.",
  "Les enseignants peuvent signaler le cyberharcèlement via le site web de l'école.",
  err=FT("nl-BE"))
g("error: nl doorgeven, another verb, for report",
  "You can report a data breach to the Data Protection Authority within 72 hours.",
  "Je kunt een datalek binnen 72 uur doorgeven aan de Gegevensbeschermingsautoriteit.",
  "Vous pouvez signaler une fuite de données à l'Autorité de protection des données dans les 72 heures.",
  err=MT("nl-BE"))
g("clean: the verb rendered by a noun of its family: nl aangifte doen (aangeven), fr faire un signalement",
  "Victims should report it to the police.",
  "Slachtoffers doen best aangifte bij de politie.",
  "Les victimes ont intérêt à faire un signalement à la police.")
g("clean: heading in capitals; imperatives MELD, SIGNALEZ; the name in capitals",
  "REPORT FAKE MESSAGES TO SAFEONWEB",
  "MELD VALSE BERICHTEN AAN SAFEONWEB",
  "SIGNALEZ LES FAUX MESSAGES À SAFEONWEB")
g("clean: report a noun (a police report); nl proces-verbaal, fr procès-verbal",
  "Keep a copy of the police report.",
  "Bewaar een kopie van het proces-verbaal.",
  "Conservez une copie du procès-verbal.")
g("clean: reporting as a modifier (the reporting button); nl meldknop, fr bouton de signalement",
  "The reporting button is hidden in the menu.",
  "De meldknop zit verstopt in het menu.",
  "Le bouton de signalement est caché dans le menu.")
g("error: -ing form as a subject; fr dénoncer, another verb",
  "Reporting fake profiles takes only a minute.",
  "Valse profielen melden duurt maar een minuut.",
  "Dénoncer de faux profils ne prend qu'une minute.",
  err=MT("fr-BE"))

# --- block (verb): blokkeren; bloquer -----------------------------------------------------------------------
g("error: heading in capitals; fr FILTRER, another verb",
  "HOW TO BLOCK UNKNOWN CALLERS",
  "ZO BLOKKEER JE ONBEKENDE BELLERS",
  "COMMENT FILTRER LES APPELS INCONNUS",
  err=MT("fr-BE"))
g("clean: -ing form as a subject; infinitives blokkeren, Bloquer",
  "Blocking a contact does not delete the conversation.",
  "Een contact blokkeren verwijdert het gesprek niet.",
  "Bloquer un contact ne supprime pas la conversation.")
g("clean: -ed passive; geblokkeerd, bloqué; account, plural passwords (wachtwoorden, mots de passe)",
  "The account was blocked after three wrong passwords.",
  "Het account werd geblokkeerd na drie foute wachtwoorden.",
  "Le compte a été bloqué après trois mots de passe erronés.")
g("clean: block a noun (a block of time)",
  "Students get a block of two hours for the workshop.",
  "De leerlingen krijgen een blok van twee uur voor de workshop.",
  "Les élèves disposent d'une plage de deux heures pour l'atelier.")
g("error: nl op de zwarte lijst zetten, not the term",
  "Block the sender and delete the message.",
  "Zet de afzender op de zwarte lijst en verwijder het bericht.",
  "Bloquez l'expéditeur et supprimez le message.",
  err=MT("nl-BE"))
g("clean: blocked off (a street) in another sense",
  "The police blocked off the street.",
  "De politie sloot de straat af.",
  "La police a bouclé la rue.")
g("error: -ing form; nl tegenhouden, another verb",
  "Blocking pop-ups protects children.",
  "Pop-ups tegenhouden beschermt kinderen.",
  "Bloquer les fenêtres publicitaires protège les enfants.",
  err=MT("nl-BE"))

# --- update (verb): bijwerken / updaten; mettre à jour / actualiser -----------------------------------------
g("clean: update a noun; nl update, fr mise à jour (the entry is the verb)",
  "The update fixes a serious security flaw.",
  "De update herstelt een ernstig beveiligingslek.",
  "La mise à jour corrige une grave faille de sécurité.")
g("clean: imperative; nl separable split (Werk … bij), fr mettre à jour split by its object (Mettez vos applications à jour)",
  "Update your apps as soon as possible.",
  "Werk je apps zo snel mogelijk bij.",
  "Mettez vos applications à jour dès que possible.")
g("clean: -ed passive; bijgewerkt, mis à jour",
  "Phones that are not updated remain vulnerable.",
  "Telefoons die niet worden bijgewerkt, blijven kwetsbaar.",
  "Les téléphones qui ne sont pas mis à jour restent vulnérables.")
g("clean: -ing form; nl updaten (admitted), fr the noun actualisation of the admitted actualiser",
  "Updating the operating system takes a few minutes.",
  "Het besturingssysteem updaten duurt enkele minuten.",
  "L'actualisation du système d'exploitation prend quelques minutes.")
g("error: fr modifier, another verb",
  "Microsoft updated the browser last week.",
  "Microsoft heeft de browser vorige week bijgewerkt.",
  "Microsoft a modifié le navigateur la semaine dernière.",
  err=MT("fr-BE"))
g("clean: updated an adjective; nl bijgewerkte (inflected participle), fr actualisée (feminine participle)",
  "The CCB published an updated version of its guide.",
  "Het CCB publiceerde een bijgewerkte versie van zijn gids.",
  "Le CCB a publié une version actualisée de son guide.")

# --- verify (verb): controleren / nagaan; vérifier -----------------------------------------------------------
g("clean: imperatives Controleer, Vérifiez",
  "Always verify the sender's address.",
  "Controleer altijd het adres van de afzender.",
  "Vérifiez toujours l'adresse de l'expéditeur.")
g("clean: -ed form; gecontroleerd, vérifiée (feminine agreement)",
  "Once your identity is verified, you can log in.",
  "Zodra je identiteit gecontroleerd is, kun je inloggen.",
  "Une fois votre identité vérifiée, vous pouvez vous connecter.")
g("clean: near-miss verification inside the term two-step verification; email account (nl e-mailaccount, fr compte de messagerie)",
  "Turn on two-step verification for your email account.",
  "Schakel tweestapsverificatie in voor je e-mailaccount.",
  "Activez la vérification en deux étapes pour votre compte de messagerie.")
g("error: nl nakijken (split: Kijk … na), a synonym the termbase does not list",
  "Verify the web address before you enter your password.",
  "Kijk het webadres na voor je je wachtwoord ingeeft.",
  "Vérifiez l'adresse web avant de saisir votre mot de passe.",
  err=MT("nl-BE"))
g("error: -ed form; nl bevestigd (confirmed), another verb",
  "None of the claims could be verified.",
  "Geen enkele bewering kon worden bevestigd.",
  "Aucune des affirmations n'a pu être vérifiée.",
  err=MT("nl-BE"))

# --- account: account; compte -------------------------------------------------------------------------------
g("clean: take into account (another sense); nl rekening houden met, fr tenir compte de",
  "The judge took into account the age of the victim.",
  "De rechter hield rekening met de leeftijd van het slachtoffer.",
  "Le juge a tenu compte de l'âge de la victime.")
g("clean: a bank account, another concept; nl bankrekening",
  "Money was taken from their bank account.",
  "Er werd geld van hun bankrekening gehaald.",
  "De l'argent a été retiré de leur compte bancaire.")
g("clean: on account of (because of)",
  "The event was cancelled on account of the storm.",
  "Het evenement werd afgelast wegens de storm.",
  "L'événement a été annulé en raison de la tempête.")
g("error: nl profiel, not the term",
  "Delete the account of your child if it is no longer used.",
  "Verwijder het profiel van je kind als het niet meer gebruikt wordt.",
  "Supprimez le compte de votre enfant s'il n'est plus utilisé.",
  err=MT("nl-BE"))
g("clean: account in another sense (her story)",
  "According to her account, the caller knew her bank details.",
  "Volgens haar verhaal kende de beller haar bankgegevens.",
  "Selon son récit, l'appelant connaissait ses coordonnées bancaires.")
g("clean: plural accounts; nl compound Instagramaccounts, fr comptes Instagram; pronoun ze / en",
  "Hackers took over 2,000 Instagram accounts and used them to sell fake products.",
  "Hackers kaapten 2.000 Instagramaccounts en gebruikten ze om namaakproducten te verkopen.",
  "Des pirates ont pris le contrôle de 2^000 comptes Instagram et s'en sont servis pour vendre des contrefaçons.")
g("clean: near-miss accountant; invoice rendered (valse factuur, fausse facture)",
  "Her accountant noticed the fake invoice.",
  "Haar boekhouder merkte de valse factuur op.",
  "Son comptable a remarqué la fausse facture.")
g("clean: account for (make up) in another sense; screen time rendered",
  "Phones account for most of the screen time.",
  "Smartphones zijn goed voor het grootste deel van de schermtijd.",
  "Les smartphones représentent l'essentiel du temps d'écran.")
g("clean: French elision de compte after a negation; nl account",
  "Children under 13 may not create an account.",
  "Kinderen jonger dan 13 mogen geen account aanmaken.",
  "Les enfants de moins de 13 ans ne peuvent pas créer de compte.")
