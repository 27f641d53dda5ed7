# Terminology blind set 5, part 1: taxes and digital government. Acronyms beside their full forms (VAT / btw /
# TVA, FPS Finance / FOD Financiën / SPF Finances, AER, IPP, eID), the other language's acronym, terms of another
# country's administration (fr "avis d'imposition", "impôt sur le revenu"), deprecated names ("ministerie van
# Financiën", "ministère des Finances") beside near-miss words ("minister", "ministre"), plural and hyphenated
# French terms ("avertissements-extraits de rôle"), spelling and hyphen variants of "e-mail" / "email" / "mail"
# and "cyberaanval" / "cyber-aanval", the enamel "emaillen", names kept as is (MyMinfin, Tax-on-web, itsme,
# eBox) and changed, headings in capitals, and a term taken up by a short form or a pronoun.
# Written by hand before the checker ran on it. Each group: a note saying what it tests and its units; a unit's
# err lists the findings (locale, rule) it must give; every other finding on it is a false one.
# In French text "^" stands for U+202F (narrow no-break space) and "~" for U+00A0 (no-break space).
from labelled_set import Groups, MT, FT, DNT  # noqa: F401
G = Groups()
g, gg = G.g, G.gg

def MT2():
    """The term missing in both targets: missing-term in each, no cross-target (neither renders it)."""
    return [("nl-BE", "missing-term"), ("fr-BE", "missing-term")]

# --- VAT: btw, belasting over de toegevoegde waarde; TVA, taxe sur la valeur ajoutée --------------------------
g("clean: VAT; nl btw at the start of a hyphenated compound (btw-tarief)",
  "The VAT rate on electricity falls from 21% to 6%.",
  "Het btw-tarief op elektriciteit daalt van 21% naar 6%.",
  "Le taux de TVA sur l'électricité passe de 21~% à 6~%.")
g("clean: the expanded forms in all three languages",
  "Value added tax is charged on most goods and services.",
  "De belasting over de toegevoegde waarde wordt op de meeste goederen en diensten geheven.",
  "La taxe sur la valeur ajoutée s'applique à la plupart des biens et services.")
g("clean: nl BTW in capitals mid-sentence (the old spelling of a case-insensitive term)",
  "Freelancers below 25,000 euros a year are exempt from VAT.",
  "Freelancers onder 25.000 euro per jaar zijn vrijgesteld van BTW.",
  "Les indépendants sous les 25^000 euros par an sont exemptés de TVA.")
g("error: nl TVA-aangifte, the French acronym in a Dutch compound",
  "Small businesses can now file their VAT return quarterly.",
  "Kleine ondernemingen kunnen hun TVA-aangifte nu per kwartaal indienen.",
  "Les petites entreprises peuvent désormais déposer leur déclaration TVA chaque trimestre.",
  err=MT("nl-BE"))
g("error: fr taxe, a generic word for the tax",
  "VAT on restaurant meals stays at 12%.",
  "De btw op restaurantmaaltijden blijft 12%.",
  "La taxe sur les repas au restaurant reste à 12~%.",
  err=MT("fr-BE"))
g("clean: heading in capitals (BTW-TARIEVEN, TVA)",
  "NEW VAT RATES FOR RENOVATION WORK",
  "NIEUWE BTW-TARIEVEN VOOR RENOVATIEWERKEN",
  "NOUVEAUX TAUX DE TVA POUR LES TRAVAUX DE RÉNOVATION")
g("clean: near-miss vat (a barrel) in lower case, nl vat, fr cuve",
  "The brewery in Leuven ages its beer in an oak vat for six months.",
  "De brouwerij in Leuven laat haar bier zes maanden rijpen in een eikenhouten vat.",
  "La brasserie de Louvain fait vieillir sa bière six mois dans une cuve en chêne.")

# --- FPS Finance: FOD Financiën; SPF Finances; deprecated ministerie van Financiën, ministère des Finances -------
g("clean: the acronym names; tax return rendered",
  "FPS Finance extends the deadline for the tax return.",
  "FOD Financiën verlengt de termijn voor de belastingaangifte.",
  "Le SPF Finances prolonge le délai de la déclaration d'impôt.")
g("clean: the full names in all three languages",
  "The Federal Public Service Finance has opened a new office in Namur.",
  "De Federale Overheidsdienst Financiën heeft een nieuw kantoor in Namen geopend.",
  "Le Service public fédéral Finances a ouvert un nouveau bureau à Namur.")
g("error: nl ministerie van Financiën, deprecated",
  "FPS Finance will send the letters in May.",
  "Het ministerie van Financiën verstuurt de brieven in mei.",
  "Le SPF Finances enverra les courriers en mai.",
  err=FT("nl-BE"))
g("error: fr ministère des Finances, deprecated",
  "FPS Finance confirms the figures.",
  "FOD Financiën bevestigt de cijfers.",
  "Le ministère des Finances confirme les chiffres.",
  err=FT("fr-BE"))
g("error: fr le fisc, a colloquial name the termbase does not list",
  "FPS Finance has already refunded 2 billion euros.",
  "FOD Financiën heeft al 2 miljard euro terugbetaald.",
  "Le fisc a déjà remboursé 2 milliards d'euros.",
  err=MT("fr-BE"))
g("error: nl SPF Finances, the French name in Dutch",
  "FPS Finance publishes the new tax scales.",
  "De SPF Finances publiceert de nieuwe belastingschalen.",
  "Le SPF Finances publie les nouveaux barèmes fiscaux.",
  err=MT("nl-BE"))
g("clean: near-miss minister / ministre (a person), not the deprecated ministerie / ministère",
  "The Minister of Finance presented the budget on Wednesday.",
  "De minister van Financiën stelde woensdag de begroting voor.",
  "Le ministre des Finances a présenté le budget mercredi.")

# --- tax return: belastingaangifte, aangifte in de personenbelasting; déclaration d'impôt, déclaration fiscale ---
g("clean: plurals nl belastingaangiftes (-s after e), fr déclarations d'impôt",
  "Almost 80% of tax returns are filed online.",
  "Bijna 80% van de belastingaangiftes wordt online ingediend.",
  "Près de 80~% des déclarations d'impôt sont introduites en ligne.")
g("clean: admitted terms; nl aangifte in de personenbelasting holds the term of another entry (personenbelasting)",
  "You can file your tax return until 15 July.",
  "Je kunt je aangifte in de personenbelasting tot 15 juli indienen.",
  "Vous pouvez introduire votre déclaration fiscale jusqu'au 15 juillet.")
g("error: nl belastingformulieren (the form, not the return)",
  "Paper tax returns must reach the office by 30 June.",
  "Papieren belastingformulieren moeten het kantoor uiterlijk op 30 juni bereiken.",
  "Les déclarations d'impôt sur papier doivent parvenir au bureau au plus tard le 30 juin.",
  err=MT("nl-BE"))
g("error: fr feuille d'impôt, a word the termbase does not list",
  "Taxpayers who moved house must mention it in their tax return.",
  "Belastingplichtigen die verhuisd zijn, moeten dat in hun belastingaangifte vermelden.",
  "Les contribuables qui ont déménagé doivent le mentionner dans leur feuille d'impôt.",
  err=MT("fr-BE"))
gg("clean: the tax return taken up by the short form nl aangifte and the pronoun fr la",
   ("The tax return for income year 2025 is available on MyMinfin from 8 May.",
    "De belastingaangifte voor inkomstenjaar 2025 staat vanaf 8 mei op MyMinfin.",
    "La déclaration d'impôt pour les revenus de 2025 est disponible sur MyMinfin dès le 8 mai."),
   ("Those who file their tax return before 15 June get their money back sooner.",
    "Wie zijn aangifte vóór 15 juni indient, krijgt zijn geld sneller terug.",
    "Ceux qui la rentrent avant le 15 juin sont remboursés plus vite."))

# --- tax assessment notice: aanslagbiljet; avertissement-extrait de rôle, AER ---------------------------------
g("clean: the hyphenated French term after an elision; the name eBox",
  "The tax assessment notice arrives by post or in your eBox.",
  "Het aanslagbiljet komt met de post of in je eBox.",
  "L'avertissement-extrait de rôle arrive par la poste ou dans votre eBox.")
g("clean: nl plural aanslagbiljetten (doubled t), fr d'AER (elided acronym)",
  "Over 2 million assessment notices were sent last week.",
  "Vorige week werden meer dan 2 miljoen aanslagbiljetten verstuurd.",
  "Plus de 2 millions d'AER ont été envoyés la semaine dernière.")
g("error: fr avis d'imposition, the term of France",
  "Check the amount on your assessment notice.",
  "Controleer het bedrag op je aanslagbiljet.",
  "Vérifiez le montant sur votre avis d'imposition.",
  err=MT("fr-BE"))
g("clean: French plural of a hyphenated term, both parts plural (avertissements-extraits de rôle)",
  "Assessment notices for 2024 contain a QR code.",
  "De aanslagbiljetten voor 2024 bevatten een QR-code.",
  "Les avertissements-extraits de rôle de 2024 contiennent un code QR.")
g("error: nl belastingbrief, a word the termbase does not list",
  "Your assessment notice shows whether you will get money back.",
  "Je belastingbrief toont of je geld terugkrijgt.",
  "Votre avertissement-extrait de rôle indique si vous serez remboursé.",
  err=MT("nl-BE"))

# --- personal income tax: personenbelasting; impôt des personnes physiques, IPP -------------------------------
g("clean: admitted income tax and IPP",
  "Income tax brackets will be indexed by 2%.",
  "De schijven van de personenbelasting worden met 2% geïndexeerd.",
  "Les tranches de l'IPP seront indexées de 2~%.")
g("error: fr impôt sur le revenu, the term of France",
  "Personal income tax brings in a third of federal revenue.",
  "De personenbelasting brengt een derde van de federale inkomsten op.",
  "L'impôt sur le revenu rapporte un tiers des recettes fédérales.",
  err=MT("fr-BE"))

# --- names kept as is: MyMinfin, Tax-on-web -------------------------------------------------------------------
g("clean: three names kept as is (MyMinfin, itsme, eID is an admitted term)",
  "Log in to MyMinfin with itsme or your eID.",
  "Meld je aan op MyMinfin met itsme of je eID.",
  "Connectez-vous à MyMinfin avec itsme ou votre eID.")
g("error: nl My Minfin, the name split",
  "Your documents are in MyMinfin.",
  "Je documenten staan in My Minfin.",
  "Vos documents se trouvent dans MyMinfin.",
  err=DNT("nl-BE"))
g("error: fr Taxonweb, the name without its hyphens",
  "Use Tax-on-web to file online.",
  "Gebruik Tax-on-web om online aangifte te doen.",
  "Utilisez Taxonweb pour introduire votre déclaration en ligne.",
  err=DNT("fr-BE"))

# --- electronic identity card, eID --------------------------------------------------------------------------------
g("clean: plurals with inflected adjectives (elektronische identiteitskaarten, cartes d'identité électroniques)",
  "Electronic identity cards issued before 2016 expire this year.",
  "Elektronische identiteitskaarten die vóór 2016 zijn uitgereikt, vervallen dit jaar.",
  "Les cartes d'identité électroniques délivrées avant 2016 expirent cette année.")
g("error: nl identiteitsbewijs, a generic word",
  "Bring your electronic identity card to the town hall.",
  "Breng je identiteitsbewijs mee naar het gemeentehuis.",
  "Apportez votre carte d'identité électronique à la maison communale.",
  err=MT("nl-BE"))
g("error: fr carte d'identité, the term without its adjective",
  "Your electronic identity card is valid for ten years.",
  "Je elektronische identiteitskaart is tien jaar geldig.",
  "Votre carte d'identité est valable dix ans.",
  err=MT("fr-BE"))

# --- itsme, eBox (names kept as is) -------------------------------------------------------------------------------
g("clean: a lower-case name with a capital at the start of the sentence (Itsme)",
  "Itsme is now used by 7 million Belgians.",
  "Itsme wordt nu door 7 miljoen Belgen gebruikt.",
  "Itsme est désormais utilisé par 7 millions de Belges.")
g("error: nl ItsMe, the name's capitals changed",
  "Confirm the payment in the itsme app.",
  "Bevestig de betaling in de ItsMe-app.",
  "Confirmez le paiement dans l'application itsme.",
  err=DNT("nl-BE"))
g("error: fr e-Box, the name with a hyphen added",
  "Documents stay in the eBox for five years.",
  "Documenten blijven vijf jaar in de eBox.",
  "Les documents restent cinq ans dans l'e-Box.",
  err=DNT("fr-BE"))
gg("clean: the eBox taken up by nl Ze, fr Elle; itsme in a Dutch hyphenated compound",
   ("Citizens can read official letters in the eBox.",
    "Burgers kunnen officiële brieven lezen in de eBox.",
    "Les citoyens peuvent lire les courriers officiels dans l'eBox."),
   ("The eBox is also available in the itsme app.",
    "Ze is ook beschikbaar in de itsme-app.",
    "Elle est aussi disponible dans l'application itsme."))

# --- email: nl e-mail, mail (admitted), email (deprecated); fr courriel, e-mail (admitted), mail (deprecated) ---
g("clean: nl mailtje, the diminutive of the admitted mail",
  "You will receive an email when your tax assessment notice is ready.",
  "Je krijgt een mailtje wanneer je aanslagbiljet klaar is.",
  "Vous recevrez un courriel lorsque votre avertissement-extrait de rôle sera prêt.")
g("error: nl email, the deprecated spelling",
  "Never answer an email that asks for your bank details.",
  "Beantwoord nooit een email die naar je bankgegevens vraagt.",
  "Ne répondez jamais à un courriel qui vous demande vos coordonnées bancaires.",
  err=FT("nl-BE"))
g("error: fr mail, deprecated in French (admitted in Dutch)",
  "FPS Finance never asks for your password by email.",
  "FOD Financiën vraagt nooit je wachtwoord via e-mail.",
  "Le SPF Finances ne vous demande jamais votre mot de passe par mail.",
  err=FT("fr-BE"))
g("clean: nl e-mailadres (hyphenated compound), fr adresse e-mail (admitted)",
  "Enter your email address in MyMinfin.",
  "Vul je e-mailadres in op MyMinfin.",
  "Indiquez votre adresse e-mail dans MyMinfin.")
g("error: nl emailadres, a compound on the deprecated spelling",
  "Check your e-mail address in your profile.",
  "Controleer je emailadres in je profiel.",
  "Vérifiez votre adresse courriel dans votre profil.",
  err=FT("nl-BE"))
g("clean: word in another sense, nl emaillen (made of enamel), not the deprecated email",
  "The museum shows old enamel signs from petrol stations.",
  "Het museum toont oude emaillen reclameborden van benzinestations.",
  "Le musée expose d'anciennes plaques émaillées de stations-service.")
g("clean: plurals of admitted terms (nl mails, fr e-mails)",
  "The eBox replaces paper letters and emails from the government.",
  "De eBox vervangt papieren brieven en mails van de overheid.",
  "L'eBox remplace les lettres papier et les e-mails de l'administration.")
g("clean: heading in capitals (E-MAIL, COURRIEL); the FPS names in capitals",
  "E-MAIL SCAMS IN THE NAME OF FPS FINANCE",
  "OPLICHTING PER E-MAIL IN NAAM VAN FOD FINANCIËN",
  "ARNAQUES PAR COURRIEL AU NOM DU SPF FINANCES")
g("clean: nl gemaild, the verb of the term's family",
  "You will get the result by email.",
  "Je krijgt het resultaat gemaild.",
  "Vous recevrez le résultat par courriel.")
g("error: nl brief (a letter) for the email",
  "Reply to the email within ten days.",
  "Beantwoord de brief binnen tien dagen.",
  "Répondez au courriel dans les dix jours.",
  err=MT("nl-BE"))

# --- cyberattack: cyberaanval; cyberattaque -------------------------------------------------------------------
g("clean: nl cyber-aanval, a hyphen variant the termbase does not list",
  "A cyberattack paralysed the municipal website for two days.",
  "Een cyber-aanval legde de gemeentelijke website twee dagen plat.",
  "Une cyberattaque a paralysé le site web communal pendant deux jours.")
g("error: nl hackeraanval; the source writes cyber attack in two words",
  "The cyber attack on the tax website lasted three hours.",
  "De hackeraanval op de belastingwebsite duurde drie uur.",
  "La cyberattaque contre le site fiscal a duré trois heures.",
  err=MT("nl-BE"))
g("error: fr attaque informatique, a phrase the termbase does not list",
  "The cyberattack did not affect any citizen's data.",
  "De cyberaanval had geen gevolgen voor de gegevens van burgers.",
  "L'attaque informatique n'a touché aucune donnée de citoyens.",
  err=MT("fr-BE"))
g("clean: en cyber-attack, fr cyber-attaque (hyphen variants)",
  "The municipality reported the cyber-attack to the police.",
  "De gemeente meldde de cyberaanval bij de politie.",
  "La commune a signalé la cyber-attaque à la police.")

# --- electronic signature: elektronische handtekening; signature électronique ----------------------------------
g("error: nl digitale handtekening, another adjective",
  "The electronic signature uses your eID.",
  "De digitale handtekening gebruikt je eID.",
  "La signature électronique utilise votre eID.",
  err=MT("nl-BE"))
g("clean: an adjective before the Dutch term and after the French one",
  "A qualified electronic signature is needed for the deed.",
  "Voor de akte is een gekwalificeerde elektronische handtekening nodig.",
  "Une signature électronique qualifiée est nécessaire pour l'acte.")
