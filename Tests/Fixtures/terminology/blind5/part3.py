# Terminology blind set 5, part 3: social security. French plural terms used in the singular ("l'allocation
# familiale"), acronyms of the other language ("ONEM" in Dutch), names of other bodies ("Forem"), terms of
# France ("indemnité de chômage"), a forbidden French term ("retraite") beside its word in another sense ("à la
# retraite") and inside an admitted term ("pension de retraite"), words in another sense (French "mutuelle" an
# adjective, "pension" a boarding kennel, English "pension" a guesthouse), an entry inside a longer one ("social
# security" in "FPS Social Security"), a multi-word term written closed or hyphenated inside a Dutch compound
# ("socialezekerheidsbijdragen", "sociale-zekerheidsovereenkomst"), a term inside a name rendered by an acronym
# ("social security number" / "INSZ-nummer"), and a heading in capitals.
# Same conventions as part1.py.
from part1 import g, gg, MT, FT, DNT, MT2  # noqa: F401

# --- child benefit, family allowance: kinderbijslag, groeipakket; allocations familiales ----------------------
g("clean: admitted nl groeipakket; the French plural term",
  "The child benefit is paid at the start of each month.",
  "Het groeipakket wordt aan het begin van elke maand uitbetaald.",
  "Les allocations familiales sont versées au début de chaque mois.")
g("clean: admitted en family allowance; nl compound basiskinderbijslag; fr the plural term in the singular",
  "The basic family allowance rises by 2%.",
  "De basiskinderbijslag stijgt met 2%.",
  "L'allocation familiale de base augmente de 2~%.")
g("error: nl kindergeld, the term of the Netherlands",
  "Parents of newborns apply for child benefit online.",
  "Ouders van pasgeborenen vragen het kindergeld online aan.",
  "Les parents de nouveau-nés demandent les allocations familiales en ligne.",
  err=MT("nl-BE"))
g("error: fr primes de naissance (a birth grant, another concept)",
  "Child benefit continues until the age of 25 for students.",
  "De kinderbijslag loopt door tot 25 jaar voor studenten.",
  "Les primes de naissance continuent jusqu'à 25 ans pour les étudiants.",
  err=MT("fr-BE"))

# --- unemployment benefit: werkloosheidsuitkering, werkloosheidsvergoeding; allocation de chômage --------------
g("clean: admitted nl werkloosheidsvergoeding",
  "Who is entitled to an unemployment benefit after a dismissal?",
  "Wie heeft na een ontslag recht op een werkloosheidsvergoeding?",
  "Qui a droit à une allocation de chômage après un licenciement~?")
g("error: nl leefloon (the living wage, another concept)",
  "The unemployment benefit is paid by a payment institution.",
  "Het leefloon wordt betaald door een uitbetalingsinstelling.",
  "L'allocation de chômage est payée par un organisme de paiement.",
  err=MT("nl-BE"))
g("error: fr indemnité de chômage, the term of France",
  "Your unemployment benefit depends on your last wage.",
  "Je werkloosheidsuitkering hangt af van je laatste loon.",
  "Votre indemnité de chômage dépend de votre dernier salaire.",
  err=MT("fr-BE"))
g("clean: near-miss temporary unemployment (werkloosheid, chômage without the benefit)",
  "Temporary unemployment due to the storm was extended.",
  "De tijdelijke werkloosheid door de storm werd verlengd.",
  "Le chômage temporaire lié à la tempête a été prolongé.")

# --- National Employment Office, NEO: Rijksdienst voor Arbeidsvoorziening, RVA; Office national de l'emploi, ONEM
g("clean: the acronyms; fr after an elision (l'ONEM)",
  "Register with the NEO within eight days.",
  "Schrijf je binnen acht dagen in bij de RVA.",
  "Inscrivez-vous auprès de l'ONEM dans les huit jours.")
g("error: nl ONEM, the French acronym in Dutch",
  "The NEO checks whether you are actively looking for work.",
  "De ONEM controleert of je actief naar werk zoekt.",
  "L'ONEM vérifie si vous cherchez activement du travail.",
  err=MT("nl-BE"))
g("error: fr Forem (another body, the Walloon employment service)",
  "The NEO publishes its annual report in May.",
  "De RVA publiceert zijn jaarverslag in mei.",
  "Le Forem publie son rapport annuel en mai.",
  err=MT("fr-BE"))

# --- health insurance fund: ziekenfonds, mutualiteit; mutualité, mutuelle ---------------------------------------
g("clean: word in another sense, fr mutuelle an adjective (confiance mutuelle)",
  "The agreement rests on mutual trust between the regions.",
  "Het akkoord berust op wederzijds vertrouwen tussen de gewesten.",
  "L'accord repose sur la confiance mutuelle entre les régions.")
g("error: fr assurance maladie (the insurance, not the fund)",
  "Ask your health insurance fund for the form.",
  "Vraag het formulier aan je ziekenfonds.",
  "Demandez le formulaire à votre assurance maladie.",
  err=MT("fr-BE"))
g("error: nl Verzekeraars (insurers, another concept)",
  "Health insurance funds will get a bigger role in reintegration.",
  "Verzekeraars krijgen een grotere rol bij de re-integratie.",
  "Les mutualités joueront un rôle plus important dans la réintégration.",
  err=MT("nl-BE"))

# --- pension: pensioen, rustpensioen; pension, pension de retraite, retraite deprecated --------------------------
g("clean: nl compound minimumpensioen ending with the term; fr pension minimum",
  "The minimum pension rises to 1,800 euros.",
  "Het minimumpensioen stijgt tot 1.800 euro.",
  "La pension minimum passe à 1^800 euros.")
g("clean: admitted terms; fr retraite inside the admitted pension de retraite",
  "Can I work while receiving a retirement pension?",
  "Mag ik werken terwijl ik een rustpensioen ontvang?",
  "Puis-je travailler tout en percevant une pension de retraite~?")
g("error: fr retraite, deprecated",
  "Your pension is paid on the last working day of the month.",
  "Je pensioen wordt op de laatste werkdag van de maand gestort.",
  "Votre retraite est versée le dernier jour ouvrable du mois.",
  err=FT("fr-BE"))
g("clean: word in another sense, fr à la retraite (retired), not the deprecated term for the pension",
  "Retired teachers may return to the classroom.",
  "Gepensioneerde leerkrachten mogen terug voor de klas staan.",
  "Les enseignants à la retraite peuvent retourner en classe.")
g("clean: word in another sense, fr pension (a boarding kennel), nl hondenpension",
  "The dog stays in a boarding kennel during the holidays.",
  "De hond verblijft tijdens de vakantie in een hondenpension.",
  "Le chien séjourne dans une pension pour chiens pendant les vacances.")
g("clean: word in another sense, en pension (a guesthouse), nl familiepension",
  "We stayed in a small family pension in the Ardennes.",
  "We logeerden in een klein familiepension in de Ardennen.",
  "Nous avons logé dans une petite pension de famille dans les Ardennes.")
g("error: nl uitkering (a benefit in general)",
  "The pension of civil servants is being reformed.",
  "De uitkering van ambtenaren wordt hervormd.",
  "La pension des fonctionnaires est réformée.",
  err=MT("nl-BE"))

# --- FPS Social Security; social security -------------------------------------------------------------------------
g("clean: FPS Social Security holds social security (longest match), nl and fr alike",
  "FPS Social Security manages the disability allowances.",
  "De FOD Sociale Zekerheid beheert de tegemoetkomingen voor personen met een handicap.",
  "Le SPF Sécurité sociale gère les allocations aux personnes handicapées.")
g("error: nl FOD Sociale Zaken, a name that does not exist",
  "Apply to FPS Social Security for the allowance.",
  "Vraag de tegemoetkoming aan bij de FOD Sociale Zaken.",
  "Demandez l'allocation au SPF Sécurité sociale.",
  err=MT("nl-BE"))
g("clean: nl closed compound socialezekerheidsbijdragen, fr cotisations de sécurité sociale",
  "Social security contributions rise by 0.5%.",
  "De socialezekerheidsbijdragen stijgen met 0,5%.",
  "Les cotisations de sécurité sociale augmentent de 0,5~%.")
g("clean: nl hyphenated compound sociale-zekerheidsovereenkomst",
  "Belgium signed a social security agreement with Morocco.",
  "België ondertekende een sociale-zekerheidsovereenkomst met Marokko.",
  "La Belgique a signé une convention de sécurité sociale avec le Maroc.")
g("error: fr la sécu, a colloquial word the termbase does not list",
  "Social security has a deficit of 3 billion euros.",
  "De sociale zekerheid heeft een tekort van 3 miljard euro.",
  "La sécu affiche un déficit de 3 milliards d'euros.",
  err=MT("fr-BE"))
g("clean: the term inside a longer name rendered by its acronyms (INSZ-nummer, numéro NISS)",
  "Your social security number is on the back of your eID.",
  "Je INSZ-nummer staat op de achterkant van je eID.",
  "Votre numéro NISS figure au verso de votre eID.")
g("clean: heading in capitals",
  "SOCIAL SECURITY REFORM APPROVED",
  "HERVORMING VAN DE SOCIALE ZEKERHEID GOEDGEKEURD",
  "LA RÉFORME DE LA SÉCURITÉ SOCIALE APPROUVÉE")
