# Terminology blind set 3, part 3: terms in headings written in capitals, a term repeated in one unit with one
# occurrence translated and one not, clean units with near-miss words (a term's letters inside another word,
# a form of a term's word in another sense), a term taken up by a pronoun, and plain errors.
# Same conventions as part1.py.
from part1 import g, gg, MT, FT, DNT

# --- Headings in capitals ----------------------------------------------------------------------------------
g("clean: heading in capitals: REPORT, SCAMS, FPS ECONOMY / FOD ECONOMIE / SPF ECONOMIE",
  "REPORT SCAMS TO THE FPS ECONOMY",
  "MELD OPLICHTING BIJ DE FOD ECONOMIE",
  "SIGNALEZ LES ARNAQUES AU SPF ECONOMIE")
g("clean: heading in capitals holding the name CHILD FOCUS",
  "CHILD FOCUS LAUNCHES A NEW HELPLINE",
  "CHILD FOCUS LANCEERT EEN NIEUWE HULPLIJN",
  "CHILD FOCUS LANCE UNE NOUVELLE LIGNE D'AIDE")
g("clean: heading in capitals: BIPT / IBPT, BLOCKED / GEBLOKKEERD / BLOQUÉS",
  "BIPT: SPOOFED NUMBERS WILL BE BLOCKED",
  "BIPT: VERVALSTE NUMMERS WORDEN GEBLOKKEERD",
  "IBPT~: LES NUMÉROS USURPÉS SERONT BLOQUÉS")
g("error: heading in capitals, nl BERICHTEN (messages) for TEXT MESSAGES",
  "WARNING: FAKE TEXT MESSAGES FROM YOUR BANK",
  "OPGELET: VALSE BERICHTEN VAN JE BANK",
  "ATTENTION~: FAUX SMS DE VOTRE BANQUE",
  err=MT("nl-BE"))
g("clean: heading in capitals with the case-sensitive name TEST ACHATS / TEST AANKOOP",
  "MISLEADING ADVERTISING: TEST ACHATS FILES A COMPLAINT",
  "MISLEIDENDE RECLAME: TEST AANKOOP DIENT KLACHT IN",
  "PUBLICITÉ TROMPEUSE~: TEST ACHATS PORTE PLAINTE")
g("error: heading in capitals, fr ESCROCS (scammers) for SCAM",
  "NEW PHONE SCAM TARGETS PENSIONERS",
  "NIEUWE TELEFOONOPLICHTING VISEERT GEPENSIONEERDEN",
  "DE NOUVEAUX ESCROCS AU TÉLÉPHONE VISENT LES PENSIONNÉS",
  err=MT("fr-BE"))
g("clean: heading in title case with a Dutch separable verb (zeg ... op)",
  "How to Cancel a Subscription You Never Ordered",
  "Zo zeg je een abonnement op dat je nooit bestelde",
  "Comment résilier un abonnement que vous n'avez jamais commandé")

# --- A term repeated in one unit: one occurrence translated, one not -----------------------------------------
g("error: the second refund is left in English in nl",
  "A refund is a right: if the seller refuses the refund, contact the Consumer Mediation Service.",
  "Een terugbetaling is een recht: als de verkoper de refund weigert, neem dan contact op met de Consumentenombudsdienst.",
  "Un remboursement est un droit~: si le vendeur refuse le remboursement, contactez le Service de médiation pour le consommateur.",
  err=[("nl-BE", "missing-term")])
g("error: the second FPS Economy is left in English in fr",
  "The FPS Economy has shut down the site. According to the FPS Economy, hundreds of consumers were cheated.",
  "De FOD Economie heeft de site offline gehaald. Volgens de FOD Economie werden honderden consumenten opgelicht.",
  "Le SPF Economie a fait fermer le site. Selon le FPS Economy, des centaines de consommateurs ont été escroqués.",
  err=[("fr-BE", "missing-term")])
g("error: the second money mule becomes passeur d'argent in fr",
  "A money mule is not a victim but an accomplice: every money mule risks prosecution.",
  "Een geldezel is geen slachtoffer maar een medeplichtige: elke geldezel riskeert vervolging.",
  "Une mule financière n'est pas une victime mais une complice~: chaque passeur d'argent risque des poursuites.",
  err=[("fr-BE", "missing-term")])
g("error: the second online shop is the forbidden webshop in fr",
  "The online shop promised delivery in two days, but the online shop never shipped anything.",
  "De webwinkel beloofde levering binnen twee dagen, maar de webwinkel verstuurde nooit iets.",
  "La boutique en ligne promettait une livraison en deux jours, mais le webshop n'a jamais rien expédié.",
  err=FT("fr-BE"))
g("clean: the second subscription is taken up by a pronoun (het, le); nl joined opzegt",
  "The subscription renews automatically unless you cancel the subscription a month in advance.",
  "Het abonnement wordt automatisch verlengd, tenzij je het een maand op voorhand opzegt.",
  "L'abonnement est reconduit automatiquement, sauf si vous le résiliez un mois à l'avance.")
g("clean: the second delivery is left out (ze, elle)",
  "Delivery is free of charge in Belgium; delivery to the Netherlands costs 5 euros.",
  "Levering is gratis in België; naar Nederland kost ze 5 euro.",
  "La livraison est gratuite en Belgique~; vers les Pays-Bas, elle coûte 5 euros.")
g("clean: the repeated scam rendered with the preferred and an admitted term",
  "The scam is well known: the scam starts with a text message from a 'son' or 'daughter'.",
  "De oplichting is bekend: de zwendel begint met een sms van een 'zoon' of 'dochter'.",
  "L'arnaque est connue~: l'escroquerie commence par un SMS d'un «~fils~» ou d'une «~fille~».")

# --- Near-miss words: a term's letters inside another word, a term's word in another sense ---------------
g("clean: consumption is no consumer (fr consommation)",
  "Energy consumption fell by 10 percent.",
  "Het energieverbruik daalde met 10 procent.",
  "La consommation d'énergie a baissé de 10~%.")
g("clean: nl rekening houden met (take into account) is no invoice",
  "Webshops must take the right of withdrawal into account.",
  "Webwinkels moeten rekening houden met het herroepingsrecht.",
  "Les boutiques en ligne doivent tenir compte du droit de rétractation.")
g("clean: nl vermelden (state) ends in melden but is not report",
  "The invoice must state the total price.",
  "De factuur moet de totale prijs vermelden.",
  "La facture doit mentionner le prix total.")
g("clean: nl geeft aan (indicates) is the separable aangeven in another sense",
  "The BIPT indicates that prices rose by 4 percent.",
  "Het BIPT geeft aan dat de prijzen met 4 procent stegen.",
  "L'IBPT indique que les prix ont augmenté de 4~%.")
g("clean: fr signale que (points out) is signaler in another sense",
  "The ombudsman points out that most disputes are settled amicably.",
  "De ombudsdienst wijst erop dat de meeste geschillen in der minne worden geregeld.",
  "Le médiateur signale que la plupart des litiges sont réglés à l'amiable.")
g("clean: nl compound Slachtofferhulp, fr aide aux victimes; free without of charge",
  "Victim support offers free psychological help.",
  "Slachtofferhulp biedt gratis psychologische hulp.",
  "L'aide aux victimes offre un soutien psychologique gratuit.")
g("clean: SMS code, nl hyphenated sms-code, separable voer ... in",
  "Enter the SMS code you received.",
  "Voer de sms-code in die je ontving.",
  "Entrez le code SMS que vous avez reçu.")
g("clean: delivery drivers are couriers, not a delivery",
  "The scammers pose as delivery drivers.",
  "De oplichters doen zich voor als koeriers.",
  "Les escrocs se font passer pour des livreurs.")
g("clean: consumer price index names another concept",
  "The consumer price index rose by 3 percent.",
  "De consumptieprijsindex steeg met 3 procent.",
  "L'indice des prix à la consommation a augmenté de 3~%.")
g("clean: nl verwarring is no warranty; fr garantir is a verb (no term in the source)",
  "The new label should end the confusion, the minister promised.",
  "Het nieuwe label moet een einde maken aan de verwarring, beloofde de minister.",
  "Le nouveau label doit mettre fin à la confusion, a promis la ministre.")
g("clean: fr mule alone for the animal, nl ezel; no money mule in the source",
  "The farm in Ciney keeps a donkey and a mule.",
  "De boerderij in Ciney houdt een ezel en een muilezel.",
  "La ferme de Ciney élève un âne et une mule.")
g("clean: nl blokken (blocks of text) and fr blocs: nouns, no block in the source",
  "The contract puts the conditions in small blocks of text.",
  "Het contract zet de voorwaarden in kleine tekstblokken.",
  "Le contrat présente les conditions en petits blocs de texte.")

# --- A term taken up by a pronoun -----------------------------------------------------------------------
gg("clean: the second unit takes the energy supplier up with a pronoun (hij, il)",
   ("Your energy supplier must send you an annual statement.",
    "Je energieleverancier moet je een jaarafrekening sturen.",
    "Votre fournisseur d'énergie doit vous envoyer un décompte annuel."),
   ("Your energy supplier must also tell you about cheaper tariffs.",
    "Hij moet je ook wijzen op goedkopere tarieven.",
    "Il doit aussi vous signaler des tarifs moins chers."))

# --- Plain errors ---------------------------------------------------------------------------------------
g("error: nl waarborg (Belgian usage) for warranty",
  "The warranty on electrical appliances lasts two years.",
  "De waarborg op elektrische toestellen duurt twee jaar.",
  "La garantie sur les appareils électriques dure deux ans.",
  err=MT("nl-BE"))
g("error: fr souscription (a false friend) for subscription",
  "The subscription was renewed without the customer's consent.",
  "Het abonnement werd verlengd zonder de toestemming van de klant.",
  "La souscription a été renouvelée sans le consentement du client.",
  err=MT("fr-BE"))
g("error: nl nepvideo for deepfake",
  "A deepfake of the prime minister circulated on social media.",
  "Een nepvideo van de premier circuleerde op sociale media.",
  "Un hypertrucage du Premier ministre a circulé sur les réseaux sociaux.",
  err=MT("nl-BE"))
g("error: fr personnes lésées for victims",
  "The victims can join the criminal proceedings as civil parties.",
  "De slachtoffers kunnen zich burgerlijke partij stellen in het strafproces.",
  "Les personnes lésées peuvent se constituer partie civile dans la procédure pénale.",
  err=MT("fr-BE"))
g("error: fr clients for consumers",
  "Consumers have fourteen days to change their mind.",
  "Consumenten hebben veertien dagen om van gedacht te veranderen.",
  "Les clients disposent de quatorze jours pour changer d'avis.",
  err=MT("fr-BE"))
g("error: nl restitutie for refund",
  "The refund must be made with the same means of payment.",
  "De restitutie moet met hetzelfde betaalmiddel gebeuren.",
  "Le remboursement doit être effectué avec le même moyen de paiement.",
  err=MT("nl-BE"))
g("error: nl mededeling for complaint",
  "The ombudsman handled the complaint within a month.",
  "De ombudsdienst behandelde de mededeling binnen een maand.",
  "Le service de médiation a traité la plainte en un mois.",
  err=MT("nl-BE"))
g("clean: nl klachtenformulier and fr formulaire de plainte hold the term",
  "Fill in the complaint form on the website.",
  "Vul het klachtenformulier op de website in.",
  "Remplissez le formulaire de plainte sur le site web.")
