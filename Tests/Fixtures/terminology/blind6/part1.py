# Terminology blind set 6, part 1: cyberbullying, sextortion, grooming, images of abuse, helplines, the verbs
# "report" and "block", and the names kept as is (Child Focus, TikTok, Snapchat, WhatsApp, Awel). Aims: a Dutch
# noun that is an infinitive rendered by its participle ("gecyberpest"), Dutch forbidden terms inside compounds
# ("kinderpornografie"), separable and inflected verbs ("geven ... aan", "meldde", "signalez") and their traps
# ("Meld je aan" is signing up, "geeft aan dat" is saying, "comme le signale" is pointing out), names with a
# possessive ("TikToks algoritme", "Child Focus' campagne") and in Dutch closed compounds ("Snapchatgebruikers",
# "WhatsAppgroep"), a name that is also a common word ("Awel", well), a term's word in another sense ("dog
# grooming"), and a term taken up by a pronoun in the next unit.
# Written by hand before the checker ran on it. Each group: a note saying what it tests and its units; a unit's
# err lists the findings (locale, rule) it must give; every other finding on it is a false one.
# In French text "^" stands for U+202F (narrow no-break space) and "~" for U+00A0 (no-break space).
from labelled_set import Groups, MT, FT, DNT  # noqa: F401
G = Groups()
g, gg = G.g, G.gg

# --- cyberbullying: cyberpesten / cyberharcèlement ------------------------------------------------------------
g("clean: the preferred terms, fr elided article",
  "Cyberbullying often continues after school hours.",
  "Cyberpesten gaat vaak door na de schooluren.",
  "Le cyberharcèlement se poursuit souvent après les heures de cours.")
g("clean: nl compound on the noun's verb stem (cyberpestgedrag), fr term after a preposition",
  "Teachers learn to recognise cyberbullying behaviour in class.",
  "Leerkrachten leren cyberpestgedrag in de klas herkennen.",
  "Les enseignants apprennent à reconnaître les comportements de cyberharcèlement en classe.")
g("error: nl cyberbullying, forbidden in Dutch",
  "One pupil in five has experienced cyberbullying.",
  "Eén leerling op vijf kreeg al met cyberbullying te maken.",
  "Un élève sur cinq a déjà été victime de cyberharcèlement.",
  err=FT("nl-BE"))
g("clean: the admitted terms in all three languages",
  "Online bullying hits girls harder.",
  "Online pesten treft meisjes harder.",
  "Le harcèlement en ligne touche davantage les filles.")
g("error: fr intimidation en ligne, a calque the termbase does not list",
  "Cyberbullying can lead to depression.",
  "Cyberpesten kan tot depressie leiden.",
  "L'intimidation en ligne peut mener à la dépression.",
  err=MT("fr-BE"))
g("error: fr cyberintimidation, forbidden (Quebec usage)",
  "Schools must have a plan against cyberbullying.",
  "Scholen moeten een plan tegen cyberpesten hebben.",
  "Les écoles doivent avoir un plan contre la cyberintimidation.",
  err=FT("fr-BE"))
g("clean: the source's verb (cyberbullied) rendered by the verbs (gecyberpest, cyberharcelée)",
  "She was cyberbullied for months by classmates.",
  "Ze werd maandenlang door klasgenoten gecyberpest.",
  "Elle a été cyberharcelée pendant des mois par des camarades de classe.")

# --- sextortion: sextortion, seksuele afpersing / sextorsion; fr sextortion forbidden ---------------------------
g("clean: nl keeps the English loanword, fr sextorsion",
  "Sextortion cases doubled last year.",
  "Het aantal gevallen van sextortion verdubbelde vorig jaar.",
  "Les cas de sextorsion ont doublé l'an dernier.")
g("clean: nl admitted seksuele afpersing",
  "Boys are the main victims of sextortion.",
  "Jongens zijn de voornaamste slachtoffers van seksuele afpersing.",
  "Les garçons sont les principales victimes de la sextorsion.")
g("error: fr sextortion, the English spelling forbidden in French (nl the same word is preferred)",
  "Child Focus warns about sextortion on Instagram.",
  "Child Focus waarschuwt voor sextortion op Instagram.",
  "Child Focus met en garde contre la sextortion sur Instagram.",
  err=FT("fr-BE"))
g("error: nl afpersing alone, the generic word without the one that makes it the concept",
  "In a sextortion case, never pay the blackmailer.",
  "Betaal bij afpersing nooit de afperser.",
  "En cas de sextorsion, ne payez jamais le maître chanteur.",
  err=MT("nl-BE"))
g("clean: nl closed compound holding the loanword (sextortionzaken)",
  "Police handled 300 sextortion cases.",
  "De politie behandelde 300 sextortionzaken.",
  "La police a traité 300 affaires de sextorsion.")
g("clean: near-miss extortion / afpersing / extorsion, no term",
  "The gang was convicted of extortion and fraud.",
  "De bende werd veroordeeld voor afpersing en fraude.",
  "La bande a été condamnée pour extorsion et fraude.")
gg("clean: sextortion named, then taken up by a pronoun in the next unit",
   ("Sextortion starts with a flattering message.",
    "Sextortion begint met een vleiend berichtje.",
    "La sextorsion commence par un message flatteur."),
   ("Sextortion then quickly turns into threats.",
    "Daarna draait het snel uit op bedreigingen.",
    "Elle se transforme ensuite rapidement en menaces."))

# --- grooming ---------------------------------------------------------------------------------------------------
g("clean: online grooming (admitted en) rendered with an adjective phrase after the fr term",
  "Online grooming often starts in game chats.",
  "Online grooming begint vaak in de chat van games.",
  "Le grooming en ligne commence souvent dans le chat des jeux.")
g("clean: fr admitted pédopiégeage",
  "Grooming is a criminal offence in Belgium.",
  "Grooming is in België strafbaar.",
  "Le pédopiégeage est une infraction pénale en Belgique.")
g("error: nl paraphrase (online lokken) instead of the term",
  "Parents rarely notice grooming in time.",
  "Ouders merken het online lokken van kinderen zelden op tijd op.",
  "Les parents remarquent rarement le grooming à temps.",
  err=MT("nl-BE"))
g("clean: grooming in another sense (the care of a dog's coat)",
  "Dog grooming salons are busy before the summer.",
  "Hondentrimsalons hebben het druk voor de zomer.",
  "Les salons de toilettage pour chiens sont très demandés avant l'été.")

# --- child sexual abuse material; forbidden kinderporno, kinderpornografie, pédopornographie ----------------------
g("clean: the full terms; the verb term's noun reports (after a number) asks for no verb",
  "Child Focus received 2,000 reports of child sexual abuse material.",
  "Child Focus ontving 2.000 meldingen van beelden van seksueel misbruik van kinderen.",
  "Child Focus a reçu 2^000 signalements d'images d'abus sexuels sur mineurs.")
g("error: nl kinderporno, forbidden",
  "Sharing child sexual abuse material is a crime.",
  "Het delen van kinderporno is een misdrijf.",
  "Le partage d'images d'abus sexuels sur mineurs est un délit.",
  err=FT("nl-BE"))
g("error: fr pédopornographie, forbidden",
  "The platform removed the CSAM within an hour.",
  "Het platform verwijderde de beelden van seksueel kindermisbruik binnen het uur.",
  "La plateforme a retiré la pédopornographie en moins d'une heure.",
  err=FT("fr-BE"))
g("error: nl kinderpornografie, forbidden (also a compound on the forbidden kinderporno)",
  "Possession of child sexual abuse material carries up to five years in prison.",
  "Op het bezit van kinderpornografie staat tot vijf jaar cel.",
  "La détention d'images d'abus sexuels sur mineurs est punie de cinq ans de prison au plus.",
  err=FT("nl-BE"))
g("clean: the acronym CSAM in the source; fr term split by an adjective (images connues d'abus ...)",
  "Hash lists help platforms find known CSAM.",
  "Met hashlijsten vinden platformen gekende beelden van seksueel kindermisbruik.",
  "Les listes de hachage aident les plateformes à repérer les images connues d'abus sexuels sur mineurs.")

# --- helpline: hulplijn / ligne d'écoute, ligne d'aide ------------------------------------------------------------
g("clean: the preferred terms",
  "Children can call the helpline free of charge.",
  "Kinderen kunnen gratis naar de hulplijn bellen.",
  "Les enfants peuvent appeler gratuitement la ligne d'écoute.")
g("clean: plurals (hulplijnen, lignes d'écoute)",
  "Belgium has three helplines for young people.",
  "België heeft drie hulplijnen voor jongeren.",
  "La Belgique compte trois lignes d'écoute pour les jeunes.")
g("clean: nl closed compound (kinderhulplijn), fr admitted ligne d'aide; en children's before the term",
  "The children's helpline is open every day.",
  "De kinderhulplijn is elke dag open.",
  "La ligne d'aide aux enfants est ouverte tous les jours.")
g("error: nl telefoonlijn, a generic word",
  "Teenagers rarely call a helpline first.",
  "Tieners bellen zelden eerst naar een telefoonlijn.",
  "Les adolescents appellent rarement une ligne d'écoute en premier.",
  err=MT("nl-BE"))
g("error: fr service, a generic word; the name Awel kept everywhere",
  "The Awel helpline also answers by chat.",
  "De hulplijn van Awel antwoordt ook via chat.",
  "Le service d'Awel répond aussi par chat.",
  err=MT("fr-BE"))
g("clean: near-miss vermeldt (mentions) beside the helpline",
  "The app mentions the helpline in its settings.",
  "De app vermeldt de hulplijn in haar instellingen.",
  "L'application mentionne la ligne d'écoute dans ses paramètres.")

# --- report (verb): melden, aangeven / signaler -----------------------------------------------------------------
g("clean: imperatives (Meld, Signalez)",
  "Report the profile to the platform.",
  "Meld het profiel bij het platform.",
  "Signalez le profil à la plateforme.")
g("clean: nl separable aangeven split (geven ... aan bij), fr infinitive",
  "Victims should report sextortion to the police.",
  "Slachtoffers geven sextortion best aan bij de politie.",
  "Les victimes ont intérêt à signaler la sextorsion à la police.")
g("clean: past tenses (meldde, a signalé); nl nepaccount renders account",
  "Lotte reported the fake account the same evening.",
  "Lotte meldde het nepaccount nog dezelfde avond.",
  "Lotte a signalé le faux compte le soir même.")
g("error: nl vertellen instead of melden",
  "Report every threat, even if it seems small.",
  "Vertel over elke bedreiging, ook als ze klein lijkt.",
  "Signalez chaque menace, même si elle semble mineure.",
  err=MT("nl-BE"))
g("error: fr dénoncer instead of signaler",
  "Only 10% of victims report the abuse.",
  "Slechts 10% van de slachtoffers meldt het misbruik.",
  "Seuls 10~% des victimes dénoncent les abus.",
  err=MT("fr-BE"))
g("clean: nl Meld je aan (signing up, the separable aanmelden), not the verb melden",
  "Sign up for our newsletter on safe gaming.",
  "Meld je aan voor onze nieuwsbrief over veilig gamen.",
  "Inscrivez-vous à notre lettre d'information sur le jeu en ligne sûr.")
g("clean: nl geeft aan dat (says, the separable aangeven in another sense)",
  "One teenager in three says they have seen a deepfake of someone they know.",
  "Eén tiener op drie geeft aan dat hij al een deepfake zag van iemand die hij kent.",
  "Un adolescent sur trois déclare avoir déjà vu un deepfake d'une personne qu'il connaît.")
g("clean: fr the noun signalement renders the verb",
  "You can report it anonymously.",
  "Je kunt het anoniem melden.",
  "Le signalement peut se faire de manière anonyme.")
g("clean: fr comme le signale (points out), report a noun in the source",
  "As the report points out, most victims are boys.",
  "Zoals het rapport opmerkt, zijn de meeste slachtoffers jongens.",
  "Comme le signale le rapport, la plupart des victimes sont des garçons.")

# --- block (verb): blokkeren / bloquer ------------------------------------------------------------------------------
g("clean: imperatives",
  "Block the sender and keep the messages.",
  "Blokkeer de afzender en bewaar de berichten.",
  "Bloquez l'expéditeur et conservez les messages.")
g("error: nl negeren (ignore), another action",
  "You can block a contact without them knowing.",
  "Je kunt een contact negeren zonder dat die het merkt.",
  "Vous pouvez bloquer un contact à son insu.",
  err=MT("nl-BE"))
g("clean: block a noun after a number",
  "The school is two blocks from the station.",
  "De school ligt twee straten van het station.",
  "L'école est à deux rues de la gare.")

# --- names kept as is -------------------------------------------------------------------------------------------
g("clean: nl genitive TikToks (Dutch writes the possessive -s on a name without an apostrophe)",
  "TikTok's algorithm keeps children scrolling.",
  "TikToks algoritme houdt kinderen aan het scrollen.",
  "L'algorithme de TikTok incite les enfants à faire défiler sans fin.")
g("clean: possessive apostrophe after a final s (Child Focus')",
  "Child Focus's new campaign targets parents.",
  "Child Focus' nieuwe campagne richt zich op ouders.",
  "La nouvelle campagne de Child Focus s'adresse aux parents.")
g("error: nl Tiktok, the name's capitals changed",
  "TikTok raised the minimum age for livestreams to 18.",
  "Tiktok trok de minimumleeftijd voor livestreams op naar 18 jaar.",
  "TikTok a relevé à 18 ans l'âge minimum pour les lives.",
  err=DNT("nl-BE"))
g("error: fr SnapChat, the name's capitals changed",
  "Snapchat deletes messages after they are read.",
  "Snapchat wist berichten nadat ze gelezen zijn.",
  "SnapChat efface les messages une fois lus.",
  err=DNT("fr-BE"))
g("clean: nl the name at the start of a closed compound (Snapchatgebruikers, as Dutch spells brand compounds)",
  "Snapchat users can share their location on a map.",
  "Snapchatgebruikers kunnen hun locatie op een kaart delen.",
  "Les utilisateurs de Snapchat peuvent partager leur position sur une carte.")
g("clean: nl the name in a hyphenated compound (TikTok-account), privacy settings",
  "Check the privacy settings of your TikTok account.",
  "Controleer de privacy-instellingen van je TikTok-account.",
  "Vérifiez les paramètres de confidentialité de votre compte TikTok.")
g("error: nl Child-Focus, a hyphen added",
  "Parents can contact Child Focus day and night.",
  "Ouders kunnen dag en nacht terecht bij Child-Focus.",
  "Les parents peuvent contacter Child Focus jour et nuit.",
  err=DNT("nl-BE"))
g("error: nl Whatsapp, the name's capitals changed",
  "Class WhatsApp groups are often where cyberbullying happens.",
  "Klasgroepen op Whatsapp zijn vaak de plek waar cyberpesten gebeurt.",
  "Les groupes WhatsApp de classe sont souvent le lieu du cyberharcèlement.",
  err=DNT("nl-BE"))
g("clean: nl the name at the start of a closed compound (WhatsAppgroep)",
  "Leave the WhatsApp group if it turns nasty.",
  "Verlaat de WhatsAppgroep als het er onaangenaam wordt.",
  "Quittez le groupe WhatsApp si l'ambiance devient malsaine.")
g("clean: nl Awel the interjection (well), not the helpline",
  "'Well, I didn't know what to do,' says Lotte.",
  "'Awel, ik wist niet wat ik moest doen', zegt Lotte.",
  "«~Eh bien, je ne savais pas quoi faire~», dit Lotte.")
g("clean: the helpline's name",
  "Young people can chat with Awel anonymously.",
  "Jongeren kunnen anoniem chatten met Awel.",
  "Les jeunes peuvent discuter anonymement avec Awel.")
g("error: fr the name left out (La ligne)",
  "Awel also answers questions about sexting.",
  "Awel beantwoordt ook vragen over sexting.",
  "La ligne répond aussi aux questions sur le sexting.",
  err=DNT("fr-BE"))
