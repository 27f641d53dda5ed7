# Blind set, part 6: a few more QA-rule errors and clean traps.
from part1 import g

g("error: nl link text kept but link removed and bold added instead",
  "Sign the <a href=\"https://example.org/charter\">charter</a> with your class.",
  "Onderteken het <b>charter</b> met je klas.",
  "Signez la <a href=\"https://example.org/charte\">charte</a> avec votre classe.",
  err=[("nl-BE", "inline-code-mismatch")])
g("error: fr one of two links dropped",
  "Read the <a href=\"https://example.org/a\">report</a> and the <a href=\"https://example.org/b\">summary</a>.",
  "Lees het <a href=\"https://example.org/a\">rapport</a> en de <a href=\"https://example.org/b\">samenvatting</a>.",
  "Lisez le <a href=\"https://example.org/a\">rapport</a> et le résumé.",
  err=[("fr-BE", "inline-code-mismatch")])
g("error: fr https URL changed to http",
  "The quiz is online at https://quiz.saferinternet.be.",
  "De quiz staat online op https://quiz.saferinternet.be.",
  "Le quiz est en ligne sur http://quiz.saferinternet.be.",
  err=[("fr-BE", "url-changed")])
g("error: nl e-mail domain changed",
  "Press enquiries: press@childfocus.be",
  "Persvragen: pers@childfocus.be",
  "Demandes de la presse~: press@childfocus.be",
  err=[("nl-BE", "url-changed")])
g("error: fr doubled space between number and unit-free word",
  "More than 600 schools have signed up.",
  "Meer dan 600 scholen hebben zich ingeschreven.",
  "Plus de 600  écoles se sont inscrites.",
  err=[("fr-BE", "doubled-space")])
g("error: fr no space inside guillemets",
  "\"I didn't know who to tell,\" the girl said.",
  "\"Ik wist niet aan wie ik het moest vertellen\", zei het meisje.",
  "«Je ne savais pas à qui le dire», a raconté la jeune fille.",
  err=[("fr-BE", "french-spacing")])
g("clean trap: narrow no-break space before semicolon and exclamation mark",
  "Ask questions; listen; don't judge!",
  "Stel vragen; luister; oordeel niet!",
  "Posez des questions^; écoutez^; ne jugez pas^!")
g("clean trap: hyphenated nl compound with a number",
  "The 10-week programme ends in June.",
  "Het 10-weekse programma eindigt in juni.",
  "Le programme de 10^semaines se termine en juin.")
g("clean trap: year range with an en dash",
  "Between 2019 and 2023, reports doubled.",
  "Tussen 2019 en 2023 verdubbelde het aantal meldingen.",
  "Entre 2019 et 2023, les signalements ont doublé.")
g("clean trap: ordinal 2nd in all three",
  "The 2nd round of workshops starts on 3 October.",
  "De 2de ronde workshops start op 3 oktober.",
  "Le 2e cycle d'ateliers débute le 3 octobre.")
g("clean trap: fr 'h' for hours in a duration range",
  "The training lasts 2 to 3 hours.",
  "De opleiding duurt 2 à 3 uur.",
  "La formation dure de 2 à 3^heures.")
g("clean trap: quoted English slogan kept in all three",
  "The slogan \"Together for a better internet\" is used across Europe.",
  "De slogan \"Together for a better internet\" wordt in heel Europa gebruikt.",
  "Le slogan «~Together for a better internet~» est utilisé dans toute l'Europe.")
