# Blind set, part 1: helplines, reporting points, cyberbullying, names kept as is.
# Each group: (id, note, units) where units = [dict(en=, nl=, fr=)] and err = [(locale, rule)] per unit.
# In French text "^" stands for U+202F (narrow no-break space) and "~" for U+00A0 (no-break space).
G = []
def g(note, en, nl, fr, err=()):
    G.append(dict(note=note, units=[dict(en=en, nl=nl, fr=fr, err=list(err))]))

g("clean: helpline plural, sentence-initial, admitted fr synonym",
  "Helplines across Europe reported a sharp rise in calls during the lockdown.",
  "Hulplijnen in heel Europa kregen tijdens de lockdown opvallend meer oproepen.",
  "Partout en Europe, les lignes d'écoute ont enregistré une forte hausse des appels pendant le confinement.")
g("error: nl helpline rendered with a non-approved word",
  "Teenagers who feel threatened online can contact the helpline anonymously.",
  "Tieners die zich online bedreigd voelen, kunnen anoniem contact opnemen met de hulpdienst.",
  "Les adolescents qui se sentent menacés en ligne peuvent contacter anonymement la ligne d'aide.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean: Child Focus compound in nl, elision-free fr, 116 000 phone number",
  "Children and parents can reach Child Focus day and night on 116 000.",
  "Kinderen en ouders kunnen Child Focus dag en nacht bereiken op 116 000.",
  "Les enfants et les parents peuvent joindre Child Focus jour et nuit au 116^000.")
g("clean: Dutch compound with helpline as head, fr elided plural",
  "The children's helpline answered more than 4,200 chats last year.",
  "De kinderhulplijn beantwoordde vorig jaar meer dan 4.200 chats.",
  "La ligne d'aide pour enfants a répondu l'an dernier à plus de 4^200 conversations en ligne.")
g("error: fr number changed (4,200 -> 2 400)",
  "The helpline handled 4,200 conversations in the first six months.",
  "De hulplijn voerde in de eerste zes maanden 4.200 gesprekken.",
  "La ligne d'aide a traité 2^400 conversations au cours des six premiers mois.",
  err=[("fr-BE", "number-mismatch")])
g("clean: hotline = meldpunt / point de signalement, plural and compound",
  "European hotlines removed thousands of images of child sexual abuse in 2023.",
  "Europese meldpunten lieten in 2023 duizenden beelden van seksueel kindermisbruik verwijderen.",
  "En 2023, les points de signalement européens ont fait retirer des milliers d'images d'abus sexuels sur des enfants.")
g("error: nl deprecated hotline",
  "Anyone who comes across such material should report it to the hotline.",
  "Wie zulk materiaal tegenkomt, meldt het best bij de hotline.",
  "Toute personne qui tombe sur ce type de contenu doit le signaler au point de signalement.",
  err=[("nl-BE", "forbidden-term")])
g("error: fr deprecated hotline",
  "The Belgian hotline works closely with the federal police.",
  "Het Belgische meldpunt werkt nauw samen met de federale politie.",
  "La hotline belge travaille en étroite collaboration avec la police fédérale.",
  err=[("fr-BE", "forbidden-term")])
g("clean: en 'hotline' is the approved English term; nl compound meldpunt as head",
  "Last year the hotline passed 312 reports on to the police.",
  "Vorig jaar gaf het meldpunt 312 meldingen door aan de politie.",
  "L'an dernier, le point de signalement a transmis 312 signalements à la police.")
g("clean: cyberbullying admitted synonyms both sides",
  "Online bullying often continues after the school day has ended.",
  "Online pesten gaat vaak door als de schooldag al voorbij is.",
  "Le harcèlement en ligne se poursuit souvent après la journée d'école.")
g("error: nl deprecated cyberbullying",
  "One pupil in six says they have experienced cyberbullying.",
  "Eén leerling op zes zegt al met cyberbullying te maken te hebben gehad.",
  "Un élève sur six dit avoir déjà subi du cyberharcèlement.",
  err=[("nl-BE", "forbidden-term")])
g("error: fr deprecated hyphenated cyber-harcèlement",
  "Schools are drawing up action plans against cyberbullying.",
  "Scholen stellen actieplannen tegen cyberpesten op.",
  "Les écoles élaborent des plans d'action contre le cyber-harcèlement.",
  err=[("fr-BE", "forbidden-term")])
g("clean: cyberbullying capitalised, inside quotes, nl quote marks",
  "\"Cyberbullying is not a joke,\" the minister said on Tuesday.",
  "\"Cyberpesten is geen grap\", zei de minister dinsdag.",
  "«~Le cyberharcèlement n'est pas une blague~», a déclaré la ministre mardi.")
g("error: fr missing cyberbullying (translated as 'intimidation')",
  "The survey asked 2,000 teenagers about cyberbullying and sexting.",
  "In de bevraging kregen 2.000 tieners vragen over cyberpesten en sexting.",
  "L'enquête a interrogé 2^000 adolescents sur l'intimidation et le sexting.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])
g("clean: sexting admitted fr sextage, nl sexting",
  "Sexting between consenting teenagers is not a crime in itself.",
  "Sexting tussen tieners die ermee instemmen, is op zich geen misdrijf.",
  "Le sextage entre adolescents consentants n'est pas un délit en soi.")
g("clean: grooming admitted fr pédopiégeage, en admitted online grooming",
  "Online grooming usually starts with flattery and small gifts.",
  "Grooming begint meestal met vleierij en kleine cadeautjes.",
  "Le pédopiégeage commence généralement par des flatteries et de petits cadeaux.")
g("error: nl grooming missing (translated 'lokken')",
  "Police warn parents about grooming on gaming platforms.",
  "De politie waarschuwt ouders voor het online lokken van kinderen op gameplatformen.",
  "La police met les parents en garde contre le grooming sur les plateformes de jeux.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean: Child Focus with possessive and nl hyphenated compound",
  "Child Focus's campaign reached over 1.2 million people.",
  "De Child Focus-campagne bereikte meer dan 1,2 miljoen mensen.",
  "La campagne de Child Focus a touché plus de 1,2 million de personnes.")
g("error: dnt Child Focus changed in nl",
  "Child Focus will present its annual report on 14 May.",
  "Childfocus stelt op 14 mei zijn jaarverslag voor.",
  "Child Focus présentera son rapport annuel le 14 mai.",
  err=[("nl-BE", "dnt-changed")])
g("error: dnt Child Focus translated in fr",
  "Volunteers at Child Focus follow a six-week training course.",
  "Vrijwilligers bij Child Focus volgen een opleiding van zes weken.",
  "Les bénévoles de Focus Enfant suivent une formation de six semaines.",
  err=[("fr-BE", "dnt-changed")])
g("clean: Safer Internet Day at sentence start, in quotes, with year",
  "Safer Internet Day 2025 takes place on Tuesday 11 February.",
  "Safer Internet Day 2025 valt op dinsdag 11 februari.",
  "Le Safer Internet Day 2025 aura lieu le mardi 11 février.")
g("error: fr dnt Safer Internet Day translated",
  "Hundreds of schools are taking part in Safer Internet Day this year.",
  "Honderden scholen doen dit jaar mee aan Safer Internet Day.",
  "Des centaines d'écoles participent cette année à la Journée pour un internet plus sûr.",
  err=[("fr-BE", "dnt-changed")])
g("clean: SID acronym in targets for the full name in the source",
  "On Safer Internet Day, pupils design their own posters.",
  "Op SID ontwerpen leerlingen hun eigen affiches.",
  "Lors du SID, les élèves conçoivent leurs propres affiches.")
g("clean: Insafe with fr elision and nl compound",
  "The Insafe network brings together 30 awareness centres.",
  "Het Insafe-netwerk brengt 30 sensibiliseringscentra samen.",
  "Le réseau d'Insafe rassemble 30 centres de sensibilisation.")
g("error: nl dnt Insafe changed case",
  "Insafe coordinates the campaign at European level.",
  "InSafe coördineert de campagne op Europees niveau.",
  "Insafe coordonne la campagne au niveau européen.",
  err=[("nl-BE", "dnt-changed")])
g("clean: B-BICO compounds and admitted full name",
  "The B-BICO partners met in Brussels on 3 March.",
  "De B-BICO-partners kwamen op 3 maart samen in Brussel.",
  "Les partenaires du Belgian Better Internet Consortium se sont réunis à Bruxelles le 3 mars.")
g("error: fr dnt B-BICO altered",
  "B-BICO publishes a new guide for parents every autumn.",
  "B-BICO publiceert elk najaar een nieuwe gids voor ouders.",
  "Le BBICO publie chaque automne un nouveau guide pour les parents.",
  err=[("fr-BE", "dnt-changed")])
g("clean: Safer Internet Centres plural (prefix match) with consortium",
  "Safer Internet Centres in every member state run a helpline and a hotline.",
  "Safer Internet Centres in elke lidstaat hebben een hulplijn en een meldpunt.",
  "Dans chaque État membre, les Safer Internet Centres gèrent une ligne d'aide et un point de signalement.")
g("clean: Better Internet for Kids with BIK in targets",
  "The Better Internet for Kids portal lists resources in 25 languages.",
  "Het BIK-portaal biedt materiaal in 25 talen.",
  "Le portail BIK propose des ressources en 25 langues.")
g("error: source uses the superseded programme name (warning in source)",
  "The project was funded under the Safer Internet Programme until 2014.",
  "Het project werd tot 2014 gefinancierd via Better Internet for Kids.",
  "Le projet a été financé par Better Internet for Kids jusqu'en 2014.",
  err=[("en", "forbidden-term")])
g("clean: FamiNum and Technopolis kept as is, fr elision",
  "FamiNum and Technopolis developed an escape game about privacy.",
  "FamiNum en Technopolis ontwikkelden een escapegame over privacy.",
  "FamiNum et Technopolis ont développé un jeu d'évasion sur la vie privée.")
g("error: dnt FamiNum changed in nl",
  "Parents will find practical tips on the FamiNum website.",
  "Ouders vinden praktische tips op de website van Faminum.",
  "Les parents trouveront des conseils pratiques sur le site de FamiNum.",
  err=[("nl-BE", "dnt-changed")])
g("clean: LUCA School of Arts: 'School' is part of the name, not school",
  "Students from LUCA School of Arts designed the campaign visuals.",
  "Studenten van LUCA School of Arts ontwierpen de campagnebeelden.",
  "Des étudiants de LUCA School of Arts ont conçu les visuels de la campagne.")
g("error: fr dnt LUCA School of Arts dropped part",
  "The exhibition opens at LUCA School of Arts in Ghent on 20 September.",
  "De tentoonstelling opent op 20 september in LUCA School of Arts in Gent.",
  "L'exposition ouvre le 20 septembre à LUCA à Gand.",
  err=[("fr-BE", "dnt-changed")])
g("clean: Technopolis possessive-free, admitted escape game fr",
  "At Technopolis, families can try the escape game until the end of August.",
  "In Technopolis kunnen gezinnen tot eind augustus de escapegame spelen.",
  "À Technopolis, les familles peuvent tester l'escape game jusqu'à la fin du mois d'août.")
g("error: nl escape game missing (translated 'ontsnappingsspel')",
  "The escape game takes about 45 minutes and suits groups of four to six.",
  "Het ontsnappingsspel duurt ongeveer 45 minuten en is geschikt voor groepjes van vier tot zes.",
  "Le jeu d'évasion dure environ 45 minutes et convient à des groupes de quatre à six personnes.",
  err=[("nl-BE", "missing-term"), ("nl-BE", "cross-target")])
g("clean: fake news -> nepnieuws / infox (admitted)",
  "Fake news spreads six times faster than accurate reports, the study found.",
  "Nepnieuws verspreidt zich zes keer sneller dan correcte berichtgeving, zo blijkt uit de studie.",
  "Selon l'étude, les infox se propagent six fois plus vite que les informations exactes.")
g("error: nl fake news deprecated",
  "Teachers want better tools to discuss fake news in class.",
  "Leerkrachten willen betere hulpmiddelen om fake news in de klas te bespreken.",
  "Les enseignants veulent de meilleurs outils pour aborder les fausses informations en classe.",
  err=[("nl-BE", "forbidden-term")])
g("error: fr fake news deprecated",
  "How can pupils tell fake news from real news?",
  "Hoe kunnen leerlingen nepnieuws van echt nieuws onderscheiden?",
  "Comment les élèves peuvent-ils distinguer les fake news des vraies informations^?",
  err=[("fr-BE", "forbidden-term")])
g("clean trap: fr 'jeunes' as an adjective (young voters), not the term young people",
  "Disinformation campaigns target young voters in particular.",
  "Desinformatiecampagnes richten zich vooral op jonge kiezers.",
  "Les campagnes de désinformation ciblent en particulier les jeunes électeurs.")
g("clean: hate speech with quotes and plural",
  "The platform removed 48,000 posts containing hate speech in one quarter.",
  "Het platform verwijderde in één kwartaal 48.000 berichten met haatspraak.",
  "La plateforme a supprimé en un trimestre 48^000 messages contenant des discours de haine.")
g("error: fr hate speech missing ('propos haineux')",
  "Hate speech against LGBTQ+ teenagers has doubled since 2019.",
  "Haatspraak tegen LGBTQ+-tieners is sinds 2019 verdubbeld.",
  "Les propos haineux visant les adolescents LGBTQ+ ont doublé depuis 2019.",
  err=[("fr-BE", "missing-term"), ("fr-BE", "cross-target")])

def gm(note, units):
    """A group of several units checked together (the cross-unit rule). units: [(en, nl, fr, err)]."""
    G.append(dict(note=note, units=[dict(en=e, nl=n, fr=f, err=list(x)) for e, n, f, x in units]))
