# Terminology blind set 7, part 2: data protection and accounts (data breach, the GDPR, the Data Protection
# Authority, personal data, e-mail, passwords, identity theft, smishing, two-factor authentication).
# Aims: abbreviations against full forms ("AVG" / "Algemene Verordening Gegevensbescherming", "GBA", "APD",
# "2FA"), the other language's acronym ("GDPR" in Dutch and French), a superseded name ("Privacycommissie"),
# plurals and diminutives ("datalekken", "wachtwoordje"), French gender and elision ("la fuite", "l'APD",
# "d'authentification"), hyphenation variants ("e-mail" / "email" / "mail"), a multi-word term across a line break
# and inside a link, a term's word in another sense ("lek" in a roof, "la fuite" of a suspect, "breach of
# contract", "données" alone, "authentification" of a painting), the shorter form taking up the full term in the
# next unit ("het lek", "la fuite"), and near-miss words.
# Written by hand before the checker ran on it; the conventions are those of part1.py.
from labelled_set import MT, FT, DNT  # noqa: F401
from part1 import G
g, gg = G.g, G.gg

# --- data breach: datalek, gegevenslek / fuite de données, violation de données ---------------------------------
g("clean: the preferred terms, fr feminine article",
  "The hospital reported a data breach last week.",
  "Het ziekenhuis meldde vorige week een datalek.",
  "L'hôpital a signalé une fuite de données la semaine dernière.")
g("clean: plurals (datalekken, fuites de données)",
  "Data breaches must be reported within 72 hours.",
  "Datalekken moeten binnen 72 uur gemeld worden.",
  "Les fuites de données doivent être notifiées dans les 72 heures.")
g("clean: the admitted terms (gegevenslek, violation de données), en admitted personal data breach",
  "A personal data breach is not always a hack.",
  "Een gegevenslek is niet altijd een hack.",
  "Une violation de données n'est pas toujours un piratage.")
g("error: nl databreach, forbidden",
  "The data breach affected 40,000 customers.",
  "De databreach trof 40.000 klanten.",
  "La fuite de données a touché 40^000 clients.",
  err=FT("nl-BE"))
g("error: fr data breach, forbidden (the English term kept)",
  "Who is liable after a data breach?",
  "Wie is aansprakelijk na een datalek?",
  "Qui est responsable après un data breach^?",
  err=FT("fr-BE"))
g("error: nl lek alone, the term cut short without a take-up",
  "The data breach at the ticket office was discovered by chance.",
  "Het lek bij de ticketverkoper werd toevallig ontdekt.",
  "La fuite de données chez le vendeur de billets a été découverte par hasard.",
  err=MT("nl-BE"))
gg("clean: the full term in the first unit, the shorter form (het lek, la fuite) in the second",
   ("A data breach at a Belgian insurer exposed medical files.",
    "Een datalek bij een Belgische verzekeraar legde medische dossiers bloot.",
    "Une fuite de données chez un assureur belge a exposé des dossiers médicaux."),
   ("The insurer says the data breach has been closed.",
    "Volgens de verzekeraar is het lek gedicht.",
    "Selon l'assureur, la fuite a été colmatée."))
g("clean: lek and fuite in another sense (a leaking roof), no entry",
  "The archive was closed after a leak in the roof.",
  "Het archief ging dicht na een lek in het dak.",
  "Les archives ont été fermées après une fuite dans le toit.")
g("clean: near-miss breach (of contract), no data breach",
  "A breach of contract is not a crime.",
  "Contractbreuk is geen misdrijf.",
  "La rupture de contrat n'est pas un délit.")
g("clean: fr fuite in another sense (the suspect's flight)",
  "The suspect fled after the data breach was discovered.",
  "De verdachte vluchtte nadat het datalek ontdekt was.",
  "Le suspect a pris la fuite après la découverte de la fuite de données.")
g("clean: heading in capitals",
  "DATA BREACH AT CITY HALL",
  "DATALEK IN HET STADHUIS",
  "FUITE DE DONNÉES À L'HÔTEL DE VILLE")

# --- GDPR: AVG, Algemene Verordening Gegevensbescherming / RGPD ---------------------------------------------------
g("clean: the preferred acronyms",
  "The GDPR applies to every municipality.",
  "De AVG geldt voor elke gemeente.",
  "Le RGPD s'applique à chaque commune.")
g("clean: nl and fr the admitted full forms for the source's acronym",
  "Under the GDPR, you may ask for your file.",
  "Volgens de Algemene Verordening Gegevensbescherming mag je je dossier opvragen.",
  "En vertu du règlement général sur la protection des données, vous pouvez demander votre dossier.")
g("clean: the source's full form, the acronyms in both targets",
  "The General Data Protection Regulation took effect in 2018.",
  "De AVG trad in 2018 in werking.",
  "Le RGPD est entré en vigueur en 2018.")
g("error: nl GDPR, the English acronym forbidden in Dutch",
  "The school broke the GDPR by publishing the photos.",
  "De school schond de GDPR door de foto's te publiceren.",
  "L'école a enfreint le RGPD en publiant les photos.",
  err=FT("nl-BE"))
g("error: fr privacy law, a paraphrase (loi sur la vie privée)",
  "The GDPR gives you the right to be forgotten.",
  "De AVG geeft je het recht om vergeten te worden.",
  "La loi sur la vie privée vous donne le droit à l'oubli.",
  err=MT("fr-BE"))
g("clean: nl compound on the acronym with a hyphen (AVG-boete), fr amende RGPD",
  "The company received a GDPR fine of two million euros.",
  "Het bedrijf kreeg een AVG-boete van twee miljoen euro.",
  "L'entreprise a reçu une amende RGPD de deux millions d'euros.")
g("clean: near-miss avg. (an average) in the source",
  "The avg. response time is three days.",
  "De gem. antwoordtijd bedraagt drie dagen.",
  "Le délai moyen de réponse est de trois jours.")

# --- Data Protection Authority: Gegevensbeschermingsautoriteit, GBA / Autorité de protection des données, APD -----
g("clean: the preferred full forms",
  "The Data Protection Authority opened an investigation.",
  "De Gegevensbeschermingsautoriteit opende een onderzoek.",
  "L'Autorité de protection des données a ouvert une enquête.")
g("clean: the admitted acronyms, fr elided (l'APD)",
  "You can file a complaint with the DPA.",
  "Je kunt een klacht indienen bij de GBA.",
  "Vous pouvez introduire une plainte auprès de l'APD.")
g("error: nl Privacycommissie, the superseded name",
  "The Data Protection Authority fined the city.",
  "De Privacycommissie legde de stad een boete op.",
  "L'Autorité de protection des données a infligé une amende à la ville.",
  err=FT("nl-BE"))
g("error: fr autorité de la vie privée, a calque",
  "Ask the Data Protection Authority for advice.",
  "Vraag advies aan de Gegevensbeschermingsautoriteit.",
  "Demandez conseil à l'autorité de la vie privée.",
  err=MT("fr-BE"))
gg("clean: the full name first, the acronym (de GBA, l'APD) in the next unit for the source's full name again",
   ("The Data Protection Authority published its annual report.",
    "De Gegevensbeschermingsautoriteit publiceerde haar jaarverslag.",
    "L'Autorité de protection des données a publié son rapport annuel."),
   ("According to the Data Protection Authority, complaints rose by a third.",
    "Volgens de GBA steeg het aantal klachten met een derde.",
    "Selon l'APD, les plaintes ont augmenté d'un tiers."))
g("clean: across a line break in the source and in French",
  "Contact the Data Protection<br/>Authority.",
  "Neem contact op met de<br/>Gegevensbeschermingsautoriteit.",
  "Contactez l'Autorité de protection<br/>des données.")

# --- personal data: persoonsgegevens / données à caractère personnel, données personnelles -------------------------
g("clean: the preferred terms",
  "Protect your personal data.",
  "Bescherm je persoonsgegevens.",
  "Protégez vos données à caractère personnel.")
g("clean: fr the admitted données personnelles",
  "The app sold personal data to advertisers.",
  "De app verkocht persoonsgegevens aan adverteerders.",
  "L'application a vendu des données personnelles à des annonceurs.")
g("error: nl gegevens alone, fr données alone",
  "Never send personal data by e-mail.",
  "Stuur nooit gegevens via e-mail.",
  "N'envoyez jamais de données par e-mail.",
  err=[("nl-BE", "missing-term"), ("fr-BE", "missing-term")])
g("clean: near-miss gegeven (given), data alone",
  "Given the data, the risk is small.",
  "Gezien die gegevens is het risico klein.",
  "Compte tenu de ces données, le risque est faible.")

# --- e-mail: e-mail, mail / e-mail, courriel; nl email and fr mail forbidden -------------------------------------
g("clean: the English variant email, the preferred terms",
  "Never click a link in an unexpected email.",
  "Klik nooit op een link in een onverwachte e-mail.",
  "Ne cliquez jamais sur un lien dans un e-mail inattendu.")
g("clean: nl the admitted mail, fr the admitted courriel, plurals",
  "The FPS Finance does not send e-mails about refunds.",
  "De FOD Financiën stuurt geen mails over terugbetalingen.",
  "Le SPF Finances n'envoie pas de courriels concernant des remboursements.")
g("error: nl emails, forbidden spelling",
  "Fraudsters send fake e-mails in the name of the FPS Finance.",
  "Oplichters sturen valse emails in naam van de FOD Financiën.",
  "Des fraudeurs envoient de faux e-mails au nom du SPF Finances.",
  err=FT("nl-BE"))
g("error: fr mail, forbidden",
  "Report the suspicious e-mail to Safeonweb.",
  "Stuur de verdachte e-mail door naar Safeonweb.",
  "Transférez le mail suspect à Safeonweb.",
  err=FT("fr-BE"))
g("clean: nl compound e-mailadres, fr adresse e-mail",
  "Check the sender's e-mail address.",
  "Controleer het e-mailadres van de afzender.",
  "Vérifiez l'adresse e-mail de l'expéditeur.")
g("clean: near-miss mailbox and post (letterbox)",
  "The letter from the tax office arrives in your letterbox.",
  "De brief van de belastingdienst komt in je brievenbus.",
  "La lettre du fisc arrive dans votre boîte aux lettres.")
g("clean: the source's verb e-mail, nl mailen, fr envoyer un courriel",
  "You can e-mail the helpdesk at any time.",
  "Je kunt de helpdesk altijd mailen.",
  "Vous pouvez à tout moment envoyer un courriel au service d'assistance.")

# --- password: wachtwoord / mot de passe; nl paswoord forbidden ------------------------------------------------
g("clean: nl diminutive (wachtwoordje)",
  "A short password is cracked in seconds.",
  "Een kort wachtwoordje is in enkele seconden gekraakt.",
  "Un mot de passe court est craqué en quelques secondes.")
g("error: nl paswoord, forbidden",
  "Change your password every year.",
  "Verander elk jaar je paswoord.",
  "Changez votre mot de passe chaque année.",
  err=FT("nl-BE"))
g("error: fr code d'accès, another word",
  "Never share your password with colleagues.",
  "Deel je wachtwoord nooit met collega's.",
  "Ne partagez jamais votre code d'accès avec des collègues.",
  err=MT("fr-BE"))
g("clean: nl plural in a compound (wachtwoordbeheerders), fr mots de passe",
  "Password managers store all your passwords.",
  "Wachtwoordbeheerders bewaren al je wachtwoorden.",
  "Les gestionnaires de mots de passe conservent tous vos mots de passe.")
g("clean: near-miss pass (a pass for the museum)",
  "The museum pass is free for children.",
  "De museumpas is gratis voor kinderen.",
  "Le pass musées est gratuit pour les enfants.")

# --- identity theft: identiteitsfraude, identiteitsdiefstal / usurpation d'identité, vol d'identité ---------------
g("clean: the admitted terms in both targets",
  "Identity theft often starts with a copy of your eID.",
  "Identiteitsdiefstal begint vaak met een kopie van je eID.",
  "Le vol d'identité commence souvent par une copie de votre eID.")
g("error: nl fraude alone",
  "Victims of identity theft can call the FPS Economy.",
  "Slachtoffers van fraude kunnen de FOD Economie bellen.",
  "Les victimes d'usurpation d'identité peuvent appeler le SPF Économie.",
  err=MT("nl-BE"))
g("clean: the source's admitted identity fraud, fr elided usurpation",
  "Identity fraud rose by 20% last year.",
  "Identiteitsfraude steeg vorig jaar met 20%.",
  "L'usurpation d'identité a augmenté de 20^% l'an dernier.")

# --- smishing: smishing, sms-phishing / hameçonnage par SMS, smishing -------------------------------------------
g("clean: nl the loanword, fr the admitted smishing",
  "Smishing is phishing by text message.",
  "Smishing is phishing via sms.",
  "Le smishing est du phishing par SMS.")
g("clean: nl the admitted sms-phishing, fr the preferred term",
  "Smishing messages claim that a parcel is waiting.",
  "Bij sms-phishing beweert men dat er een pakje klaarligt.",
  "Les messages d'hameçonnage par SMS prétendent qu'un colis vous attend.")
g("error: fr arnaque par SMS, a generic word",
  "Smishing targets older people in particular.",
  "Smishing viseert vooral ouderen.",
  "L'arnaque par SMS vise surtout les personnes âgées.",
  err=MT("fr-BE"))

# --- two-factor authentication: tweestapsverificatie, tweefactorauthenticatie / authentification à deux facteurs ---
g("clean: the preferred terms",
  "Turn on two-factor authentication for your e-mail.",
  "Zet tweestapsverificatie aan voor je e-mail.",
  "Activez l'authentification à deux facteurs pour votre e-mail.")
g("clean: the admitted terms and the source's admitted 2FA",
  "2FA stops most account takeovers.",
  "Tweefactorauthenticatie houdt de meeste accountovernames tegen.",
  "La double authentification bloque la plupart des piratages de comptes.")
g("clean: the source's acronym given once beside the full form",
  "Two-factor authentication (2FA) is now mandatory in MyMinfin.",
  "Tweestapsverificatie is nu verplicht in MyMinfin.",
  "L'authentification à deux facteurs est désormais obligatoire dans MyMinfin.")
g("error: nl verificatie alone",
  "Without two-factor authentication, a stolen password is enough.",
  "Zonder verificatie volstaat een gestolen wachtwoord.",
  "Sans authentification à deux facteurs, un mot de passe volé suffit.",
  err=MT("nl-BE"))
g("error: fr contrôle supplémentaire, a generic word",
  "Banks must offer two-factor authentication.",
  "Banken moeten tweestapsverificatie aanbieden.",
  "Les banques doivent proposer un contrôle supplémentaire.",
  err=MT("fr-BE"))
g("clean: the term across a line in the source (a soft line break) and inside links",
  "Read our guide to <a href=\"https://safeonweb.be/2fa\">two-factor\nauthentication</a>.",
  "Lees onze gids over <a href=\"https://safeonweb.be/2fa\">tweestapsverificatie</a>.",
  "Lisez notre guide sur <a href=\"https://safeonweb.be/2fa\">l'authentification à deux facteurs</a>.")
g("clean: authentification in another sense (of a painting), no entry",
  "Experts confirmed the authenticity of the painting.",
  "Experts bevestigden de echtheid van het schilderij.",
  "Des experts ont confirmé l'authentification du tableau.")
g("clean: the source's two-factor hyphenated across a no-break space, fr elided d'authentification",
  "The two-factor~authentication code expires after 30 seconds.",
  "De code voor tweestapsverificatie vervalt na 30 seconden.",
  "Le code d'authentification à deux facteurs expire après 30 secondes.")
