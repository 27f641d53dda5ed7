# Terminology blind set 4, part 3: personal data, sextortion, consumers and consumer organisations, complaints,
# disinformation, media literacy, screen time, abbreviations beside full forms (DPA / GBA / APD, CCB) with
# French elision and contraction ("L'APD", "du CCB"), the two names kept as is, scam and invoice, terms taken
# up by a pronoun ("het", "il", "elle", "haar") in a group of two units, headings in capitals, and near-miss
# words ("consumption", "consumer credit", "complain", "misinformation", "invoiced").
# Same conventions as part1.py.
from part1 import g, gg, MT, FT, DNT  # noqa: F401

# --- personal data: persoonsgegevens; données personnelles / données à caractère personnel ------------------------
g("clean: fr term split by coordination (données bancaires et personnelles)",
  "Never give your personal data or bank details over the phone.",
  "Geef nooit je persoonsgegevens of bankgegevens door via de telefoon.",
  "Ne communiquez jamais vos données bancaires et personnelles par téléphone.")
g("clean: fr admitted données à caractère personnel",
  "The law protects the personal data of pupils.",
  "De wet beschermt de persoonsgegevens van leerlingen.",
  "La loi protège les données à caractère personnel des élèves.")
g("error: nl persoonlijke informatie, not the term",
  "The app collected personal data without consent.",
  "De app verzamelde persoonlijke informatie zonder toestemming.",
  "L'application collectait des données personnelles sans consentement.",
  err=MT("nl-BE"))
g("error: heading in capitals; nl PRIVACY, not the term",
  "PROTECT YOUR PERSONAL DATA",
  "BESCHERM JE PRIVACY",
  "PROTÉGEZ VOS DONNÉES PERSONNELLES",
  err=MT("nl-BE"))

# --- sextortion: sextortion / seksuele afpersing; sextorsion ------------------------------------------------------
g("error: fr sextortion, the English spelling, not the term",
  "Sextortion cases involving teenagers are rising.",
  "Het aantal gevallen van sextortion bij tieners stijgt.",
  "Les cas de sextortion chez les adolescents sont en hausse.",
  err=MT("fr-BE"))
g("clean: nl admitted seksuele afpersing; fr La sextorsion",
  "Sextortion is a form of blackmail.",
  "Seksuele afpersing is een vorm van chantage.",
  "La sextorsion est une forme de chantage.")

# --- consumer: consument; consommateur -- consumer organisation: consumentenorganisatie; organisation de consommateurs
g("clean: consumers and complaint; the name ConsumerConnect holds the word Consumer",
  "Consumers can file a complaint with ConsumerConnect.",
  "Consumenten kunnen een klacht indienen bij ConsumerConnect.",
  "Les consommateurs peuvent introduire une plainte auprès de ConsumerConnect.")
g("clean: fr contraction aux and the feminine consommatrices",
  "The campaign is aimed at young consumers.",
  "De campagne richt zich tot jonge consumenten.",
  "La campagne s'adresse aux jeunes consommatrices et consommateurs.")
g("clean: near-miss consumption",
  "Energy consumption fell by ten percent.",
  "Het energieverbruik daalde met tien procent.",
  "La consommation d'énergie a baissé de dix pour cent.")
g("clean: consumer as a modifier; nl compound Consumentenrechten, fr droits des consommateurs (contraction des)",
  "Consumer rights also apply to online purchases.",
  "Consumentenrechten gelden ook voor onlineaankopen.",
  "Les droits des consommateurs s'appliquent aussi aux achats en ligne.")
g("clean: consumer credit, a set phrase; fr crédit à la consommation does not name consumers",
  "Consumer credit is advertised aggressively online.",
  "Consumentenkrediet wordt online agressief aangeprezen.",
  "Le crédit à la consommation fait l'objet d'une publicité agressive en ligne.")
g("error: nl klanten (customers), another concept",
  "The FPS Economy warns consumers about fake energy contracts.",
  "De FOD Economie waarschuwt klanten voor valse energiecontracten.",
  "Le SPF Economie met en garde les consommateurs contre de faux contrats d'énergie.",
  err=MT("nl-BE"))
g("clean: fr term split by an adjective (organisation belge de consommateurs); the organisation's names differ by language",
  "The Belgian consumer organisation Test Achats tested 20 apps.",
  "De Belgische consumentenorganisatie Test Aankoop testte 20 apps.",
  "L'organisation belge de consommateurs Test Achats a testé 20 applications.")
g("error: fr association de consommateurs, not the term",
  "The consumer organisation demands a ban on loot boxes.",
  "De consumentenorganisatie eist een verbod op lootboxen.",
  "L'association de consommateurs réclame l'interdiction des coffres à butin.",
  err=MT("fr-BE"))

# --- complaint: klacht; plainte / réclamation ---------------------------------------------------------------------
g("clean: plural complaints; klachten, plaintes",
  "More than 800 complaints were filed.",
  "Er werden meer dan 800 klachten ingediend.",
  "Plus de 800 plaintes ont été déposées.")
g("clean: near-miss complain (a verb)",
  "Many parents complain about the cost of school trips.",
  "Veel ouders klagen over de kostprijs van schooluitstappen.",
  "De nombreux parents se plaignent du coût des voyages scolaires.")
g("error: nl melding (a report), not the term",
  "The ombudsman received a complaint about the webshop.",
  "De ombudsman ontving een melding over de webwinkel.",
  "Le médiateur a reçu une plainte concernant la boutique en ligne.",
  err=MT("nl-BE"))

# --- disinformation: desinformatie / nepnieuws; désinformation / infox (forbidden fake news) ------------------------
g("error: fr forbidden fake news",
  "Disinformation spreads faster than corrections.",
  "Desinformatie verspreidt zich sneller dan rechtzettingen.",
  "Les fake news se propagent plus vite que les rectificatifs.",
  err=FT("fr-BE"))
g("clean: nl admitted nepnieuws",
  "Pupils learn to recognise disinformation.",
  "Leerlingen leren nepnieuws herkennen.",
  "Les élèves apprennent à reconnaître la désinformation.")
g("clean: near-miss misinformation (not the term)",
  "Misinformation about vaccines circulated widely.",
  "Foute informatie over vaccins circuleerde op grote schaal.",
  "De fausses informations sur les vaccins ont largement circulé.")
g("clean: disinformation as a modifier; nl desinformatiecampagne, fr campagne de désinformation",
  "A disinformation campaign targeted the vaccination programme.",
  "Een desinformatiecampagne viseerde het vaccinatieprogramma.",
  "Une campagne de désinformation a visé le programme de vaccination.")

# --- media literacy: mediawijsheid; éducation aux médias -- screen time: schermtijd; temps d'écran ------------------
g("clean: fr term split by an adjective (éducation critique aux médias)",
  "Schools must teach critical media literacy.",
  "Scholen moeten kritische mediawijsheid aanleren.",
  "Les écoles doivent enseigner l'éducation critique aux médias.")
g("clean: fr elided L'éducation aux médias, contraction du",
  "Media literacy will be part of the curriculum from next year.",
  "Mediawijsheid maakt vanaf volgend jaar deel uit van het leerplan.",
  "L'éducation aux médias fera partie du programme dès l'année prochaine.")
g("clean: media literacy as a modifier; nl compound with a linking s (mediawijsheidsprojecten)",
  "The Flemish government funds 40 media literacy projects.",
  "De Vlaamse regering financiert 40 mediawijsheidsprojecten.",
  "Le gouvernement flamand finance 40 projets d'éducation aux médias.")
g("error: fr littératie médiatique, a synonym the termbase does not list",
  "Media literacy helps pupils spot fake videos.",
  "Mediawijsheid helpt leerlingen om valse video's te herkennen.",
  "La littératie médiatique aide les élèves à repérer les fausses vidéos.",
  err=MT("fr-BE"))
g("clean: heading in capitals; French capitals without accents (L'EDUCATION AUX MEDIAS)",
  "MEDIA LITERACY IN EVERY CLASSROOM",
  "MEDIAWIJSHEID IN ELKE KLAS",
  "L'EDUCATION AUX MEDIAS DANS CHAQUE CLASSE")
g("clean: screen time",
  "Experts advise limiting screen time before bed.",
  "Experts raden aan de schermtijd voor het slapengaan te beperken.",
  "Les experts conseillent de limiter le temps d'écran avant le coucher.")
g("error: fr paraphrase temps passé devant les écrans, not the term",
  "Screen time among toddlers has doubled.",
  "De schermtijd bij peuters is verdubbeld.",
  "Le temps passé devant les écrans par les tout-petits a doublé.",
  err=MT("fr-BE"))
g("clean: heading in capitals; OUDERLIJK TOEZICHT, CONTRÔLE PARENTAL",
  "FIVE TIPS ON PARENTAL CONTROLS",
  "VIJF TIPS OVER OUDERLIJK TOEZICHT",
  "CINQ CONSEILS SUR LE CONTRÔLE PARENTAL")

# --- abbreviations: DPA / GBA / APD; CCB --------------------------------------------------------------------------
g("clean: abbreviations; fr elided L'APD",
  "The DPA fined the school 5,000 euros.",
  "De GBA legde de school een boete van 5.000 euro op.",
  "L'APD a infligé une amende de 5^000 euros à l'école.")
g("clean: English possessive CCB's; fr contraction du CCB",
  "The CCB's advice is clear.",
  "Het advies van het CCB is duidelijk.",
  "L'avis du CCB est clair.")
g("error: fr GBA, the Dutch abbreviation",
  "Complaints to the DPA doubled in two years.",
  "Het aantal klachten bij de GBA verdubbelde in twee jaar.",
  "Les plaintes adressées à la GBA ont doublé en deux ans.",
  err=MT("fr-BE"))
g("clean: full form with the abbreviation in brackets; the name Safeonweb",
  "The Centre for Cybersecurity Belgium (CCB) runs Safeonweb.",
  "Het Centrum voor Cybersecurity België (CCB) beheert Safeonweb.",
  "Le Centre pour la Cybersécurité Belgique (CCB) gère Safeonweb.")

# --- the names kept as is: Safeonweb, ConsumerConnect -----------------------------------------------------------
g("error: nl Safe on Web, the name changed",
  "Check suspicious links on the Safeonweb website.",
  "Controleer verdachte links op de website van Safe on Web.",
  "Vérifiez les liens suspects sur le site de Safeonweb.",
  err=DNT("nl-BE"))
g("clean: the name in a heading in capitals",
  "SAFEONWEB WARNS OF FAKE TAX MESSAGES",
  "SAFEONWEB WAARSCHUWT VOOR VALSE BELASTINGBERICHTEN",
  "SAFEONWEB MET EN GARDE CONTRE DE FAUX MESSAGES FISCAUX")
g("error: fr Consumer Connect, the name changed",
  "Report the unfair practice on ConsumerConnect.",
  "Meld de oneerlijke praktijk bij ConsumerConnect.",
  "Signalez la pratique déloyale sur Consumer Connect.",
  err=DNT("fr-BE"))
g("clean: the name in a Dutch hyphenated compound (ConsumerConnect-formulier)",
  "The ConsumerConnect form is short.",
  "Het ConsumerConnect-formulier is kort.",
  "Le formulaire de ConsumerConnect est court.")

# --- scam: oplichting / fraude (forbidden scam); escroquerie / arnaque (forbidden scam) ---------------------------
g("error: nl forbidden scam",
  "The scam targets elderly people.",
  "De scam viseert ouderen.",
  "L'escroquerie vise les personnes âgées.",
  err=FT("nl-BE"))
g("clean: nl compound ending with the admitted fraude (Beleggingsfraude), fr arnaques à l'investissement",
  "Investment scams cost Belgians 30 million euros.",
  "Beleggingsfraude kostte Belgen 30 miljoen euro.",
  "Les arnaques à l'investissement ont coûté 30 millions d'euros aux Belges.")
g("error: fr fraude, not a term of the entry in French",
  "The scam started with a text message.",
  "De oplichting begon met een sms.",
  "La fraude a commencé par un SMS.",
  err=MT("fr-BE"))

# --- invoice: factuur; facture --------------------------------------------------------------------------------
g("clean: plural fake invoices; valse facturen, fausses factures",
  "Companies receive fake invoices for domain names.",
  "Bedrijven krijgen valse facturen voor domeinnamen.",
  "Des entreprises reçoivent de fausses factures pour des noms de domaine.")
g("clean: invoiced a verb made on the noun; nl factuur, fr facturé",
  "The customer was invoiced twice.",
  "De klant kreeg twee keer een factuur.",
  "Le client a été facturé deux fois.")
g("error: nl rekening (a bill), not the term; account number (nl rekeningnummer, fr numéro de compte) in another sense",
  "Pay the invoice only after checking the account number.",
  "Betaal de rekening pas nadat je het rekeningnummer hebt nagekeken.",
  "Ne payez la facture qu'après avoir contrôlé le numéro de compte.",
  err=MT("nl-BE"))

# --- a term taken up by a pronoun in the next unit ---------------------------------------------------------------
gg("clean: the hotline taken up by nl Het, fr Il",
   ("The hotline received 4,000 reports last year.",
    "Het meldpunt kreeg vorig jaar 4.000 meldingen.",
    "Le point de contact a reçu 4^000 signalements l'an dernier."),
   ("The hotline passed a third of them on to the police.",
    "Het gaf een derde ervan door aan de politie.",
    "Il en a transmis un tiers à la police."))
gg("clean: the consumer organisation taken up by nl haar, fr elle",
   ("The consumer organisation tested twelve smartwatches for children.",
    "De consumentenorganisatie testte twaalf smartwatches voor kinderen.",
    "L'organisation de consommateurs a testé douze montres connectées pour enfants."),
   ("According to the consumer organisation, eight of them leak personal data.",
    "Volgens haar lekken er acht persoonsgegevens.",
    "Selon elle, huit d'entre elles laissent fuiter des données personnelles."))
gg("clean: the data breach taken up by nl Het, fr Elle",
   ("The data breach at the ticket seller was discovered in May.",
    "Het datalek bij de ticketverkoper werd in mei ontdekt.",
    "La fuite de données chez le vendeur de billets a été découverte en mai."),
   ("The data breach affected 300,000 customers.",
    "Het trof 300.000 klanten.",
    "Elle a touché 300^000 clients."))
gg("clean: a verb term taken up by nl het doen, fr le faire; update rendered in the first unit",
   ("Update your browser today.",
    "Werk je browser vandaag nog bij.",
    "Mettez votre navigateur à jour dès aujourd'hui."),
   ("If you do not update it, hackers can get in.",
    "Als je dat niet doet, kunnen hackers binnendringen.",
    "Si vous ne le faites pas, des pirates peuvent s'introduire."))
