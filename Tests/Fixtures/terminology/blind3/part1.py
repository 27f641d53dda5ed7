# Terminology blind set 3, part 1: synonyms the termbase lists (and words it does not), abbreviations in one
# language and full forms in another, terms inside longer proper names, and the two names (Child Focus kept
# as is, Test Achats / Test Aankoop written with its capitals).
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
FT = lambda loc: [(loc, "forbidden-term")]
DNT = lambda loc: [(loc, "dnt-changed")]

# --- Synonyms the termbase lists, and words it does not ---------------------------------------------------
g("clean: admitted synonyms zwendel (nl) and escroquerie (fr) for scam",
  "The police warn of a new scam with fake parcel notifications.",
  "De politie waarschuwt voor een nieuwe zwendel met valse pakjesmeldingen.",
  "La police met en garde contre une nouvelle escroquerie aux faux avis de colis.")
g("clean: the source uses the admitted fraud; nl closed compound onlinefraude, fr fraude",
  "Online fraud cost Belgian consumers 40 million euros last year.",
  "Onlinefraude kostte Belgische consumenten vorig jaar 40 miljoen euro.",
  "La fraude en ligne a coûté 40 millions d'euros aux consommateurs belges l'an dernier.")
g("error: nl bedrog, a word the termbase does not list for scam",
  "Anyone who pays in advance for a cheap holiday home may be the target of a scam.",
  "Wie vooraf betaalt voor een goedkoop vakantiehuis, kan het doelwit zijn van bedrog.",
  "Qui paie à l'avance une maison de vacances bon marché peut être la cible d'une arnaque.",
  err=MT("nl-BE"))
g("clean: source online store (admitted), nl webshop (admitted), fr e-shop (admitted, elided)",
  "The online store closed its doors after a few months.",
  "De webshop sloot na enkele maanden de deuren.",
  "L'e-shop a fermé ses portes après quelques mois.")
g("clean: source webshop (admitted), nl onlinewinkel, fr magasin en ligne (both admitted)",
  "Check the reviews of a webshop before you order.",
  "Lees de reviews van een onlinewinkel voor je iets bestelt.",
  "Consultez les avis sur un magasin en ligne avant de commander.")
g("error: fr sites marchands, not a term of the entry",
  "The FPS Economy shut down 120 fraudulent online shops this year.",
  "De FOD Economie heeft dit jaar 120 frauduleuze webwinkels offline gehaald.",
  "Le SPF Economie a fait fermer cette année 120 sites marchands frauduleux.",
  err=MT("fr-BE"))
g("clean: nl admitted bezorging, fr livraison",
  "Delivery took three weeks instead of three days.",
  "De bezorging duurde drie weken in plaats van drie dagen.",
  "La livraison a pris trois semaines au lieu de trois jours.")
g("clean: source admitted guarantee; garantie in both",
  "The seller refused to honour the guarantee.",
  "De verkoper weigerde de garantie na te komen.",
  "Le vendeur a refusé d'honorer la garantie.")
g("clean: source admitted bill in energy bill; nl compound energierekening (admitted rekening), fr facture",
  "Many families struggle to pay their energy bill.",
  "Veel gezinnen hebben moeite om hun energierekening te betalen.",
  "De nombreuses familles ont du mal à payer leur facture d'énergie.")
g("clean: bill in another sense (a draft law)",
  "Parliament approved the bill on Thursday.",
  "Het parlement keurde het wetsontwerp donderdag goed.",
  "Le Parlement a approuvé le projet de loi jeudi.")
g("error: nl nota, not a term of the invoice entry",
  "Always ask for an invoice when a craftsman works in your home.",
  "Vraag altijd een nota wanneer een vakman bij je thuis werkt.",
  "Demandez toujours une facture lorsqu'un artisan travaille chez vous.",
  err=MT("nl-BE"))
g("clean: source admitted energy providers; nl plural compound, fr plural of the first word",
  "Energy providers must inform their customers of every price change.",
  "Energieleveranciers moeten hun klanten op de hoogte brengen van elke prijswijziging.",
  "Les fournisseurs d'énergie doivent informer leurs clients de chaque changement de prix.")
g("error: fr fournisseur d'électricité for energy supplier",
  "Switching energy supplier takes only a few minutes online.",
  "Van energieleverancier veranderen kost online maar enkele minuten.",
  "Changer de fournisseur d'électricité ne prend que quelques minutes en ligne.",
  err=MT("fr-BE"))
g("clean: source admitted telecom operator; nl gsm-operator, fr opérateur mobile (admitted); block as a verb",
  "Your telecom operator can block premium-rate numbers on request.",
  "Je gsm-operator kan betaalnummers op verzoek blokkeren.",
  "Votre opérateur mobile peut bloquer les numéros surtaxés sur demande.")
g("clean: source admitted register; nl inschrijven (admitted, not split), fr s'inscrire",
  "Consumers can register for the newsletter on the website.",
  "Consumenten kunnen zich op de website inschrijven voor de nieuwsbrief.",
  "Les consommateurs peuvent s'inscrire à la newsletter sur le site web.")
g("clean: registered letter is no sign-up; nl separable zeg ... op, fr résiliez",
  "Cancel your contract by registered letter.",
  "Zeg je contract op met een aangetekende brief.",
  "Résiliez votre contrat par lettre recommandée.")
g("clean: admitted persoonlijke gegevens (nl) and données à caractère personnel (fr)",
  "The company sold the personal data of 200,000 customers.",
  "Het bedrijf verkocht de persoonlijke gegevens van 200.000 klanten.",
  "L'entreprise a vendu les données à caractère personnel de 200^000 clients.")
g("error: nl privégegevens for personal data",
  "Never give your personal data to someone who calls you unexpectedly.",
  "Geef je privégegevens nooit aan iemand die je onverwacht opbelt.",
  "Ne donnez jamais vos données personnelles à quelqu'un qui vous appelle à l'improviste.",
  err=MT("nl-BE"))
g("clean: admitted sms-bericht (nl) and texto (fr)",
  "A text message with a link to pay customs fees is almost always fake.",
  "Een sms-bericht met een link om douanekosten te betalen is bijna altijd vals.",
  "Un texto contenant un lien pour payer des frais de douane est presque toujours faux.")
g("clean: source abbreviation SMS (admitted); nl plural sms'en, fr SMS",
  "Scammers sent thousands of SMS messages in the name of bpost.",
  "Oplichters verstuurden duizenden sms'en in naam van bpost.",
  "Des escrocs ont envoyé des milliers de SMS au nom de bpost.")
g("error: fr courriel (an e-mail) for text message",
  "The bank will never ask for your card code by text message.",
  "De bank zal je nooit via sms om je kaartcode vragen.",
  "La banque ne vous demandera jamais votre code de carte par courriel.",
  err=MT("fr-BE"))
g("clean: plural money mules, nl singular admitted money mule, fr plural with agreement",
  "Young people are recruited as money mules via Snapchat.",
  "Jongeren worden via Snapchat geronseld als money mule.",
  "Des jeunes sont recrutés comme mules financières via Snapchat.")
g("error: nl geldkoerier for money mule",
  "A money mule lends his bank account to criminals.",
  "Een geldkoerier leent zijn bankrekening uit aan criminelen.",
  "Une mule financière prête son compte bancaire à des criminels.",
  err=MT("nl-BE"))
g("clean: plural deepfakes, fr hypertrucages",
  "Deepfakes of well-known presenters advertise fake investments.",
  "Deepfakes van bekende presentatoren maken reclame voor valse beleggingen.",
  "Des hypertrucages de présentateurs connus font la promotion de faux investissements.")
g("clean: source admitted ombudsperson; nl admitted ombudsman, fr admitted médiateur; nl compound telecomfacturen",
  "The ombudsperson received 1,200 complaints about telecom bills.",
  "De ombudsman ontving 1.200 klachten over telecomfacturen.",
  "Le médiateur a reçu 1^200 plaintes concernant des factures de télécommunications.")

# --- Abbreviations in one language, full forms in another ---------------------------------------------------
g("clean: en BIPT, nl the full name, fr IBPT",
  "The BIPT wants operators to block spoofed numbers.",
  "Het Belgisch Instituut voor Postdiensten en Telecommunicatie wil dat operatoren vervalste nummers blokkeren.",
  "L'IBPT veut que les opérateurs bloquent les numéros usurpés.")
g("clean: en the full name, nl BIPT, fr the full name",
  "The Belgian Institute for Postal Services and Telecommunications publishes a price comparison every year.",
  "Het BIPT publiceert elk jaar een prijsvergelijking.",
  "L'Institut belge des services postaux et des télécommunications publie chaque année une comparaison des prix.")
g("error: fr writes the Dutch abbreviation BIPT",
  "According to the BIPT, one in five calls from abroad is a fraud attempt.",
  "Volgens het BIPT is een op de vijf oproepen uit het buitenland een fraudepoging.",
  "Selon le BIPT, un appel de l'étranger sur cinq est une tentative de fraude.",
  err=MT("fr-BE"))
g("error: nl writes the French abbreviation IBPT",
  "The BIPT fined the operator 1.5 million euros.",
  "Het IBPT legde de operator een boete van 1,5 miljoen euro op.",
  "L'IBPT a infligé une amende de 1,5 million d'euros à l'opérateur.",
  err=MT("nl-BE"))
g("clean: en the full form Federal Public Service Economy, nl FOD Economie, fr SPF Economie; reports as a noun",
  "The Federal Public Service Economy received 40,000 reports of online fraud.",
  "De FOD Economie ontving 40.000 meldingen van onlinefraude.",
  "Le SPF Economie a reçu 40^000 signalements de fraude en ligne.")
g("clean: en FPS Economy, nl and fr the full forms",
  "Consumers who have been cheated can contact the FPS Economy.",
  "Consumenten die bedrogen zijn, kunnen contact opnemen met de Federale Overheidsdienst Economie.",
  "Les consommateurs lésés peuvent contacter le Service public fédéral Economie.")
g("clean: fr writes SPF Économie with the accent on the capital",
  "The FPS Economy publishes a list of suspicious websites.",
  "De FOD Economie publiceert een lijst van verdachte websites.",
  "Le SPF Économie publie une liste de sites web suspects.")
g("error: fr writes the Dutch name FOD Economie",
  "The FPS Economy is investigating the webshop.",
  "De FOD Economie onderzoekt de webwinkel.",
  "Le FOD Economie enquête sur la boutique en ligne.",
  err=MT("fr-BE"))
g("clean: generic FPS inside another service's name (FPS Finance, FOD Financiën, SPF Finances)",
  "The FPS Finance warns of fake tax refund e-mails.",
  "De FOD Financiën waarschuwt voor valse e-mails over een belastingterugbetaling.",
  "Le SPF Finances met en garde contre de faux e-mails de remboursement d'impôt.")
g("clean: lower-case full form in en, abbreviations FOD and SPF in the targets",
  "Each federal public service has its own contact point for fraud.",
  "Elke FOD heeft een eigen meldpunt voor fraude.",
  "Chaque SPF dispose de son propre point de contact pour la fraude.")
g("clean: nl the full Federale Overheidsdienst inside a longer proper name",
  "The FPS Home Affairs manages the eID.",
  "De Federale Overheidsdienst Binnenlandse Zaken beheert de eID.",
  "Le SPF Intérieur gère l'eID.")
g("clean: en FPS, nl the full form inside the name, fr SPF; BIPT / IBPT",
  "The FPS Mobility and the BIPT are working on the new rules.",
  "De Federale Overheidsdienst Mobiliteit en het BIPT werken aan de nieuwe regels.",
  "Le SPF Mobilité et l'IBPT travaillent sur les nouvelles règles.")
g("clean: en ECC, nl the full name (holding Consument), fr CEC",
  "The ECC helps Belgians who have a problem with a webshop in another EU country.",
  "Het Europees Centrum voor de Consument helpt Belgen die een probleem hebben met een webshop in een ander EU-land.",
  "Le CEC aide les Belges qui ont un problème avec une boutique en ligne d'un autre pays de l'UE.")
g("clean: the full name inside a longer name (… Belgium), nl ECC België",
  "European Consumer Centre Belgium handled 6,000 cross-border complaints.",
  "ECC België behandelde 6.000 grensoverschrijdende klachten.",
  "Le Centre Européen des Consommateurs Belgique a traité 6^000 plaintes transfrontalières.")
g("error: fr writes ECC, the English and Dutch abbreviation",
  "Contact the European Consumer Centre if the seller is based in France.",
  "Neem contact op met het Europees Centrum voor de Consument als de verkoper in Frankrijk gevestigd is.",
  "Contactez l'ECC si le vendeur est établi en France.",
  err=MT("fr-BE"))

# --- Terms inside longer proper names -------------------------------------------------------------------------
g("clean: Economic Inspection, nl Economische Inspectie, fr elided l'Inspection économique",
  "The Economic Inspection carried out 300 checks at webshops.",
  "De Economische Inspectie voerde 300 controles uit bij webwinkels.",
  "L'Inspection économique a effectué 300 contrôles auprès de boutiques en ligne.")
g("clean: the name inside a longer name (Directorate-General …) beside FPS Economy",
  "The Directorate-General Economic Inspection of the FPS Economy leads the investigation.",
  "De Algemene Directie Economische Inspectie van de FOD Economie leidt het onderzoek.",
  "La Direction générale de l'Inspection économique du SPF Economie mène l'enquête.")
g("error: nl Economische Dienst for the Economic Inspection",
  "The Economic Inspection can impose fines on misleading webshops.",
  "De Economische Dienst kan misleidende webwinkels beboeten.",
  "L'Inspection économique peut infliger des amendes aux boutiques en ligne trompeuses.",
  err=MT("nl-BE"))
g("clean: consumer and mediation service inside the name; nl Consumentenombudsdienst, fr … pour le consommateur",
  "The Consumer Mediation Service handles disputes with online shops.",
  "De Consumentenombudsdienst behandelt geschillen met webwinkels.",
  "Le Service de médiation pour le consommateur traite les litiges avec les boutiques en ligne.")
g("clean: European Consumer Centre in every language, then taken up by het centrum / il",
  "The European Consumer Centre is opening a branch in Eupen for German-speaking consumers.",
  "Het Europees Centrum voor de Consument opent een kantoor in Eupen voor Duitstalige consumenten.",
  "Le Centre Européen des Consommateurs ouvre une antenne à Eupen pour les consommateurs germanophones.")

# --- Names: Child Focus (kept as is), Test Achats / Test Aankoop (capitals) ---------------------------------
g("error: nl writes Childfocus",
  "Child Focus received more reports of sextortion than ever.",
  "Childfocus ontving meer meldingen van sextortion dan ooit.",
  "Child Focus a reçu plus de signalements de sextorsion que jamais.",
  err=DNT("nl-BE"))
g("error: nl replaces the name by a description",
  "Parents can ask Child Focus for advice.",
  "Ouders kunnen advies vragen aan de stichting voor vermiste en misbruikte kinderen.",
  "Les parents peuvent demander conseil à Child Focus.",
  err=DNT("nl-BE"))
g("clean: Child Focus; free of charge as an adverb: nl gratis, fr gratuitement",
  "Victims can call Child Focus free of charge on 116 000.",
  "Slachtoffers kunnen Child Focus gratis bellen op 116 000.",
  "Les victimes peuvent appeler Child Focus gratuitement au 116 000.")
g("clean: Test Achats in en and fr, Test Aankoop in nl",
  "Test Achats compared the prices of 25 energy suppliers.",
  "Test Aankoop vergeleek de prijzen van 25 energieleveranciers.",
  "Test Achats a comparé les prix de 25 fournisseurs d'énergie.")
g("clean: nl testaankoop (a test purchase) in small letters is not the name",
  "An inspector made a test purchase in the webshop.",
  "Een inspecteur deed een testaankoop in de webwinkel.",
  "Un inspecteur a effectué un achat test dans la boutique en ligne.")
g("error: fr writes the Dutch name Test Aankoop",
  "According to Test Achats, half of the energy contracts are too expensive.",
  "Volgens Test Aankoop is de helft van de energiecontracten te duur.",
  "Selon Test Aankoop, la moitié des contrats d'énergie sont trop chers.",
  err=MT("fr-BE"))
g("clean: the names written with a hyphen (Test-Aankoop, Test-Achats), as the organisation also writes them",
  "Test Achats is calling for a ban on aggressive door-to-door selling.",
  "Test-Aankoop pleit voor een verbod op agressieve deur-aan-deurverkoop.",
  "Test-Achats plaide pour une interdiction du démarchage agressif à domicile.")
