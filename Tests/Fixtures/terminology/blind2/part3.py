# Terminology blind set 2, part 3: groups of two units, where the first names a term and the second takes it
# up with a pronoun or leaves it out on purpose (as translators do in running text), and a shortened name.
# Same conventions as part1.py.
from part1 import gg, MT

gg("clean: the second unit takes the password manager up with a pronoun (hij, il)",
   ("Safeonweb recommends a password manager.",
    "Safeonweb raadt een wachtwoordbeheerder aan.",
    "Safeonweb recommande un gestionnaire de mots de passe."),
   ("A password manager also warns you when a site is fake.",
    "Hij waarschuwt je ook wanneer een site vals is.",
    "Il vous avertit aussi lorsqu'un site est faux."))
gg("clean: the second mention shortens the name to FOD / SPF",
   ("The FPS Economy is launching a new contact point for victims of scams.",
    "De FOD Economie lanceert een nieuw meldpunt voor slachtoffers van oplichting.",
    "Le SPF Economie lance un nouveau point de contact pour les victimes d'arnaques."),
   ("The FPS Economy expects 20,000 reports in the first year.",
    "De FOD verwacht 20.000 meldingen in het eerste jaar.",
    "Le SPF s'attend à 20^000 signalements la première année."))
gg("clean: the heading names the term; the next sentence leaves it out on purpose",
   ("Two-factor authentication: what you need to know",
    "Tweestapsverificatie: wat je moet weten",
    "L'authentification à deux facteurs~: ce qu'il faut savoir"),
   ("Two-factor authentication adds a second step after your password, such as a code on your smartphone.",
    "Na je wachtwoord volgt een tweede stap, zoals een code op je smartphone.",
    "Après votre mot de passe s'ajoute une deuxième étape, par exemple un code sur votre smartphone."))
gg("clean: both targets take ransomware up with a pronoun (het, il)",
   ("Ransomware encrypts all the files on a network.",
    "Ransomware versleutelt alle bestanden op een netwerk.",
    "Un rançongiciel chiffre tous les fichiers d'un réseau."),
   ("Then the ransomware shows a message demanding payment.",
    "Daarna toont het een bericht waarin betaling wordt geëist.",
    "Il affiche ensuite un message exigeant un paiement."))
gg("clean: only nl takes the link up with a pronoun (hij)",
   ("Check the link before you click.",
    "Controleer de link voor je klikt.",
    "Vérifiez le lien avant de cliquer."),
   ("If the link looks strange, do not click it.",
    "Ziet hij er vreemd uit, klik er dan niet op.",
    "Si le lien a l'air bizarre, ne cliquez pas dessus."))
gg("error: the second unit drops the term where nothing before names it for nl; fr keeps it",
   ("The police arrested three suspects in Antwerp.",
    "De politie arresteerde drie verdachten in Antwerpen.",
    "La police a arrêté trois suspects à Anvers."),
   ("They are accused of identity theft.",
    "Ze worden beschuldigd van diefstal.",
    "Ils sont accusés d'usurpation d'identité.", MT("nl-BE")))
