# Terminology blind set 2, part 1: phishing, passwords, password managers, two-factor authentication, e-mail,
# cybercriminals and hackers, the EU, the CCB, Safeonweb, itsme, the FPS Economy.
# Written by hand before the checker ran on it. Each group: a note saying what it tests and its units; a unit's
# err lists the findings (locale, rule) it must give; every other finding on it is a false one.
# In French text "^" stands for U+202F (narrow no-break space) and "~" for U+00A0 (no-break space).
G = []
def g(note, en, nl, fr, err=()):
    G.append(dict(note=note, units=[dict(en=en, nl=nl, fr=fr, err=list(err))]))
def gg(note, *units):
    """A group of several units checked together (a term named in one unit and taken up in the next)."""
    G.append(dict(note=note, units=[dict(en=u[0], nl=u[1], fr=u[2], err=list(u[3] if len(u) > 3 else ())) for u in units]))
MT = lambda loc: [(loc, "missing-term"), (loc, "cross-target")]

g("clean: fr elision l'hameçonnage, nl keeps phishing, sentence-initial capitals",
  "Phishing remains the most common form of online fraud in Belgium.",
  "Phishing blijft de meest voorkomende vorm van onlinefraude in België.",
  "L'hameçonnage reste la forme de fraude en ligne la plus répandue en Belgique.")
g("clean: nl closed compound phishingpogingen, fr d'hameçonnage",
  "Safeonweb received more than six million suspicious messages last year, most of them phishing attempts.",
  "Safeonweb ontving vorig jaar meer dan zes miljoen verdachte berichten, de meeste daarvan phishingpogingen.",
  "Safeonweb a reçu l'an dernier plus de six millions de messages suspects, pour la plupart des tentatives d'hameçonnage.")
g("error: fr renders phishing with the Quebec word filoutage",
  "Banks never ask for your card code by e-mail, a classic phishing trick.",
  "Banken vragen nooit je kaartcode via e-mail, een klassieke phishingtruc.",
  "Les banques ne demandent jamais votre code de carte par courriel, un grand classique du filoutage.",
  err=MT("fr-BE"))
g("clean: quoted English term kept in both targets, admitted in fr",
  'Experts call this technique "spear phishing": a message written for one victim.',
  'Experts noemen die techniek "spear phishing": een bericht dat voor één slachtoffer geschreven is.',
  "Les experts appellent cette technique «~spear phishing~»~: un message rédigé pour une seule victime.")
g("clean: password, mot de passe",
  "Use a different password for every account.",
  "Gebruik voor elke account een ander wachtwoord.",
  "Utilisez un mot de passe différent pour chaque compte.")
g("clean: plurals wachtwoorden, mots de passe (first word inflected)",
  "Weak passwords are still behind a third of all break-ins on accounts.",
  "Zwakke wachtwoorden zitten nog altijd achter een derde van alle inbraken op accounts.",
  "Les mots de passe faibles sont encore à l'origine d'un tiers des intrusions dans des comptes.")
g("error: nl uses the colloquial Belgian paswoord",
  "Never share your password with friends, not even with your best friend.",
  "Deel je paswoord nooit met vrienden, zelfs niet met je beste vriend.",
  "Ne partagez jamais votre mot de passe avec des amis, même pas avec votre meilleur ami.",
  err=MT("nl-BE"))
g("clean: sentence-initial plural Wachtwoorden, fr indefinite plural",
  "Passwords such as 123456 or azerty are cracked in less than a second.",
  "Wachtwoorden als 123456 of azerty worden in minder dan een seconde gekraakt.",
  "Des mots de passe comme 123456 ou azerty sont craqués en moins d'une seconde.")
g("clean: password manager next to passwords (longest match)",
  "A password manager remembers all your passwords for you.",
  "Een wachtwoordbeheerder onthoudt al je wachtwoorden voor jou.",
  "Un gestionnaire de mots de passe retient tous vos mots de passe à votre place.")
g("clean: plurals wachtwoordbeheerders, gestionnaires de mots de passe",
  "Free password managers are often just as safe as paid ones.",
  "Gratis wachtwoordbeheerders zijn vaak even veilig als betalende.",
  "Les gestionnaires de mots de passe gratuits sont souvent aussi sûrs que les payants.")
g("clean: nl hyphenated compound wachtwoordbeheerder-apps; fr rephrases as gestion de mots de passe",
  "Several password manager apps were hit by the same flaw this spring.",
  "Verschillende wachtwoordbeheerder-apps werden dit voorjaar door hetzelfde lek getroffen.",
  "Plusieurs applications de gestion de mots de passe ont été touchées par la même faille ce printemps.")
g("clean: nl compound with the term as its last part (Bitwarden-wachtwoordbeheerder)",
  "The Bitwarden password manager is open source.",
  "De Bitwarden-wachtwoordbeheerder is opensource.",
  "Le gestionnaire de mots de passe Bitwarden est open source.")
g("error: fr coffre-fort de mots de passe instead of gestionnaire; nl admitted wachtwoordmanager",
  "Store the recovery codes in your password manager as well.",
  "Bewaar ook de herstelcodes in je wachtwoordmanager.",
  "Conservez aussi les codes de récupération dans votre coffre-fort de mots de passe.",
  err=MT("fr-BE"))
g("clean: source abbreviation 2FA, nl full term, fr admitted double authentification; nl e-mailaccount",
  "Turn on 2FA for your e-mail account first.",
  "Schakel eerst tweestapsverificatie in voor je e-mailaccount.",
  "Activez d'abord la double authentification pour votre compte e-mail.")
g("clean: sentence-initial hyphenated source term, nl admitted synonym",
  "Two-factor authentication blocks almost all automated attacks on accounts.",
  "Tweefactorauthenticatie houdt bijna alle geautomatiseerde aanvallen op accounts tegen.",
  "L'authentification à deux facteurs bloque presque toutes les attaques automatisées contre des comptes.")
g("error: nl keeps the English term",
  "Only 40 percent of Belgians use two-factor authentication for online banking.",
  "Slechts 40 procent van de Belgen gebruikt two-factor authentication voor online bankieren.",
  "Seuls 40~% des Belges utilisent l'authentification à deux facteurs pour leurs opérations bancaires en ligne.",
  err=MT("nl-BE"))
g("error: fr authentification à deux étapes (two-step) is not the approved term",
  "Banks must offer two-factor authentication to all customers.",
  "Banken moeten al hun klanten tweestapsverificatie aanbieden.",
  "Les banques doivent proposer l'authentification à deux étapes à tous leurs clients.",
  err=MT("fr-BE"))
g("clean: source and target admit the source's term in parentheses",
  "Two-factor authentication (2FA) is free with most services.",
  "Tweestapsverificatie (2FA) is bij de meeste diensten gratis.",
  "L'authentification à deux facteurs (2FA) est gratuite sur la plupart des services.")
g("clean: en admitted email, nl admitted mail, fr courriel",
  "Never click on a link in an unexpected email.",
  "Klik nooit op een link in een onverwachte mail.",
  "Ne cliquez jamais sur un lien dans un courriel inattendu.")
g("error: nl forbidden spelling email",
  "The fake e-mail seemed to come from the FPS Finance.",
  "De valse email leek van de FOD Financiën te komen.",
  "Le faux courriel semblait provenir du SPF Finances.",
  err=[("nl-BE", "forbidden-term")])
g("clean: sentence-initial plural E-mails, fr admitted e-mails",
  "E-mails announcing a parcel that could not be delivered are almost always fake.",
  "E-mails over een pakje dat niet kon worden geleverd, zijn bijna altijd vals.",
  "Les e-mails annonçant un colis qui n'a pas pu être livré sont presque toujours faux.")
g("clean: nl diminutive mailtje, fr admitted mail, scam rendered",
  "A short email from 'your boss' asking for gift cards is a scam.",
  "Een kort mailtje van 'je baas' dat om cadeaukaarten vraagt, is oplichting.",
  "Un petit mail de «~votre patron~» qui demande des cartes-cadeaux est une arnaque.")
g("clean: fr email, the hyphenless spelling of the admitted e-mail (the termbase forbids it in nl only)",
  "Check the sender's address before you answer an email.",
  "Controleer het adres van de afzender voordat je een e-mail beantwoordt.",
  "Vérifiez l'adresse de l'expéditeur avant de répondre à un email.")
g("error: nl forbidden plural emails",
  "Criminals sent thousands of emails in the name of the police.",
  "Criminelen verstuurden duizenden emails in naam van de politie.",
  "Des criminels ont envoyé des milliers de courriels au nom de la police.",
  err=[("nl-BE", "forbidden-term")])
g("error: nl forbidden spelling inside the closed compound emailadres",
  "Enter your e-mail address and choose a password.",
  "Vul je emailadres in en kies een wachtwoord.",
  "Saisissez votre adresse e-mail et choisissez un mot de passe.",
  err=[("nl-BE", "forbidden-term")])
g("clean: English mail is postal mail, not the e-mail concept",
  "Your new PIN code will be sent to you by mail.",
  "Je nieuwe pincode wordt je per post opgestuurd.",
  "Votre nouveau code PIN vous sera envoyé par courrier.")
g("clean: name inside an e-mail address does not count; plural e-mails / courriels",
  "Forward suspicious e-mails to verdacht@safeonweb.be.",
  "Stuur verdachte e-mails door naar verdacht@safeonweb.be.",
  "Transférez les courriels suspects à verdacht@safeonweb.be.")
g("clean: nl phishingmails holds both terms, fr d'hameçonnage with e-mails",
  "Every day, 300,000 phishing e-mails reach Belgian inboxes.",
  "Elke dag belanden 300.000 phishingmails in Belgische mailboxen.",
  "Chaque jour, 300^000 e-mails d'hameçonnage arrivent dans les boîtes de réception belges.")
g("error: fr has the term only inside the URL",
  "Read our advice on phishing at www.safeonweb.be/phishing.",
  "Lees ons advies over phishing op www.safeonweb.be/phishing.",
  "Lisez nos conseils sur www.safeonweb.be/phishing.",
  err=MT("fr-BE"))
g("clean: term in link text, URL in the link's href",
  'Learn to recognise <a href="https://www.safeonweb.be/phishing">phishing messages</a>.',
  'Leer <a href="https://www.safeonweb.be/phishing">phishingberichten</a> herkennen.',
  "Apprenez à reconnaître les <a href=\"https://www.safeonweb.be/phishing\">messages d'hameçonnage</a>.")
g("error: fr has the term only in the inline code's href",
  'Test yourself with the <a href="https://www.safeonweb.be/quiz-phishing">phishing quiz</a>.',
  'Test jezelf met de <a href="https://www.safeonweb.be/quiz-phishing">phishingquiz</a>.',
  'Testez-vous avec le <a href="https://www.safeonweb.be/quiz-phishing">quiz de Safeonweb</a>.',
  err=MT("fr-BE"))
g("clean: the forbidden nl hacker inside a URL does not count",
  "Victims can report the attack at https://www.safeonweb.be/report-a-hacker.",
  "Slachtoffers kunnen de aanval melden op https://www.safeonweb.be/report-a-hacker.",
  "Les victimes peuvent signaler l'attaque sur https://www.safeonweb.be/report-a-hacker.")
g("clean: en admitted Hackers; nl cybercriminelen (forbidden hacker not used), fr admitted pirates informatiques",
  "Hackers stole the data of 30,000 customers of a Flemish webshop.",
  "Cybercriminelen stalen de gegevens van 30.000 klanten van een Vlaamse webwinkel.",
  "Des pirates informatiques ont volé les données de 30^000 clients d'une boutique en ligne flamande.")
g("error: nl forbidden plural hackers",
  "The hackers demanded a ransom in bitcoin.",
  "De hackers eisten losgeld in bitcoin.",
  "Les cybercriminels ont exigé une rançon en bitcoins.",
  err=[("nl-BE", "forbidden-term")])
g("error: fr forbidden plural hackers",
  "Cybercriminals are increasingly targeting small businesses.",
  "Cybercriminelen viseren steeds vaker kleine ondernemingen.",
  "Les hackers ciblent de plus en plus les petites entreprises.",
  err=[("fr-BE", "forbidden-term")])
g("error: fr forbidden singular hacker",
  "The hacker was only 16 years old.",
  "De cybercrimineel was amper 16 jaar oud.",
  "Le hacker n'avait que 16 ans.",
  err=[("fr-BE", "forbidden-term")])
g("clean: ethical hackers is its own concept; the forbidden hacker stands inside it",
  "The city hired ethical hackers to test its systems.",
  "De stad huurde ethische hackers in om haar systemen te testen.",
  "La ville a engagé des hackers éthiques pour tester ses systèmes.")
g("clean: the term used as an adjective, nl cybercriminele, fr cybercriminels",
  "Cybercriminal gangs now rent out their ransomware to others.",
  "Cybercriminele bendes verhuren hun ransomware nu aan anderen.",
  "Les gangs cybercriminels louent désormais leurs rançongiciels à d'autres.")
g("error: nl computerkraker is not the approved term",
  "A 19-year-old cybercriminal from Ghent was arrested on Tuesday.",
  "Een 19-jarige computerkraker uit Gent werd dinsdag opgepakt.",
  "Un cybercriminel gantois de 19 ans a été arrêté mardi.",
  err=MT("nl-BE"))
g("clean: the source names the word hacker itself; the targets keep it in the same use",
  "Cybercriminals, often simply called hackers, work in organised groups.",
  "Cybercriminelen, vaak gewoon hackers genoemd, werken in georganiseerde groepen.",
  "Les cybercriminels, souvent appelés simplement hackers, travaillent en groupes organisés.")
g("clean: pirates informatiques (admitted, both words plural)",
  "Hackers took over the accounts of several Belgian influencers.",
  "Cybercriminelen namen de accounts van verschillende Belgische influencers over.",
  "Des pirates informatiques ont pris le contrôle des comptes de plusieurs influenceurs belges.")
g("clean: hacking is not the term hacker",
  "Hacking into someone else's account is a crime.",
  "Inbreken op de account van iemand anders is een misdrijf.",
  "Pirater le compte de quelqu'un d'autre est un délit.")
g("clean: EU / l'UE with elision",
  "The EU wants to make two-factor authentication mandatory for online payments.",
  "De EU wil tweestapsverificatie verplicht maken voor onlinebetalingen.",
  "L'UE veut rendre obligatoire l'authentification à deux facteurs pour les paiements en ligne.")
g("clean: nl hyphenated compound EU-lidstaten, fr de l'UE",
  "All EU member states must appoint a cybersecurity authority.",
  "Alle EU-lidstaten moeten een cyberveiligheidsautoriteit aanwijzen.",
  "Tous les États membres de l'UE doivent désigner une autorité de cybersécurité.")
g("error: fr keeps the English abbreviation EU",
  "The new rules apply across the EU from next year.",
  "De nieuwe regels gelden vanaf volgend jaar in de hele EU.",
  "Les nouvelles règles s'appliqueront dans toute l'EU dès l'an prochain.",
  err=MT("fr-BE"))
g("clean: admitted full names; fined (verb) rendered with boete / amende",
  "The European Union fined the platform 345 million euros.",
  "De Europese Unie legde het platform een boete van 345 miljoen euro op.",
  "L'Union européenne a infligé une amende de 345 millions d'euros à la plateforme.")
g("clean: eu inside a URL; possessive EU's",
  "The full text is on https://eur-lex.europa.eu, the EU's legal portal.",
  "De volledige tekst staat op https://eur-lex.europa.eu, de juridische portaalsite van de EU.",
  "Le texte complet se trouve sur https://eur-lex.europa.eu, le portail juridique de l'UE.")
g("clean: multi-word name in en and fr, admitted abbreviation in nl",
  "The Centre for Cybersecurity Belgium issued a warning on Friday.",
  "Het CCB gaf vrijdag een waarschuwing uit.",
  "Le Centre pour la Cybersécurité Belgique a lancé un avertissement vendredi.")
g("clean: source abbreviation, nl full name",
  "According to the CCB, the flaw affects thousands of routers.",
  "Volgens het Centrum voor Cybersecurity België treft het lek duizenden routers.",
  "Selon le CCB, la faille touche des milliers de routeurs.")
g("error: nl translates the name's Cybersecurity",
  "The Centre for Cybersecurity Belgium runs the Safeonweb campaign.",
  "Het Centrum voor Cyberveiligheid België voert de Safeonweb-campagne.",
  "Le Centre pour la Cybersécurité Belgique mène la campagne Safeonweb.",
  err=MT("nl-BE"))
g("clean: name kept as is in a hyphenated compound and after l'application",
  "More than a million people have installed the Safeonweb app.",
  "Meer dan een miljoen mensen installeerden de Safeonweb-app.",
  "Plus d'un million de personnes ont installé l'application Safeonweb.")
g("error: nl changes the name's capitals (SafeOnWeb)",
  "Safeonweb sends an alert when your e-mail address appears in a data breach.",
  "SafeOnWeb stuurt een waarschuwing wanneer je e-mailadres in een datalek opduikt.",
  "Safeonweb envoie une alerte lorsque votre adresse e-mail apparaît dans une fuite de données.",
  err=[("nl-BE", "dnt-changed")])
g("error: fr splits the name (Safe on Web)",
  "You can forward suspicious messages to Safeonweb free of charge.",
  "Je kunt verdachte berichten gratis doorsturen naar Safeonweb.",
  "Vous pouvez transférer gratuitement les messages suspects à Safe on Web.",
  err=[("fr-BE", "dnt-changed")])
g("error: nl leaves the name out",
  "Download the Safeonweb app to receive warnings.",
  "Download de officiële app om waarschuwingen te krijgen.",
  "Téléchargez l'application Safeonweb pour recevoir des alertes.",
  err=[("nl-BE", "dnt-changed")])
g("clean: lower-case brand itsme; capitalised at the start of the nl sentence",
  "itsme is now used by more than seven million Belgians.",
  "Itsme wordt nu door meer dan zeven miljoen Belgen gebruikt.",
  "Plus de sept millions de Belges utilisent désormais itsme.")
g("error: nl capitalises the brand inside the sentence (ItsMe)",
  "Log in to the tax portal with itsme or your eID.",
  "Meld je aan op het belastingportaal met ItsMe of je eID.",
  "Connectez-vous au portail fiscal avec itsme ou votre eID.",
  err=[("nl-BE", "dnt-changed")])
g("clean: itsme-app hyphenated; Oplichters (swindlers) is not oplichting (scam)",
  "Fraudsters also imitate the itsme app.",
  "Oplichters bootsen ook de itsme-app na.",
  "Les escrocs imitent aussi l'application itsme.")
g("clean: brand after an opening quote",
  '"Itsme never asks for your PIN by text message," the company says.',
  '"Itsme vraagt nooit je pincode via sms," zegt het bedrijf.',
  "«~itsme ne demande jamais votre code PIN par SMS~», affirme l'entreprise.")
g("clean: headline in capitals",
  "BEWARE OF FAKE ITSME MESSAGES",
  "OPGELET VOOR VALSE ITSME-BERICHTEN",
  "ATTENTION AUX FAUX MESSAGES ITSME")
g("clean: FPS Economy / FOD Economie / SPF Economie, plural webwinkels",
  "The FPS Economy received 15,000 complaints about fake webshops.",
  "De FOD Economie kreeg 15.000 klachten over valse webwinkels.",
  "Le SPF Economie a reçu 15^000 plaintes concernant de fausses boutiques en ligne.")
g("error: fr uses the Dutch name FOD Economie",
  "Consumers can report a fraudulent webshop to the FPS Economy.",
  "Consumenten kunnen een frauduleuze webwinkel melden bij de FOD Economie.",
  "Les consommateurs peuvent signaler une boutique en ligne frauduleuse au FOD Economie.",
  err=MT("fr-BE"))
g("clean: possessive FPS Economy's",
  "The FPS Economy's contact point handles complaints about scams.",
  "Het meldpunt van de FOD Economie behandelt klachten over oplichting.",
  "Le point de contact du SPF Economie traite les plaintes relatives aux arnaques.")
