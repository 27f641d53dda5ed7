import Testing
import Segmentation
import TaalgrensCore

/// Police and military ranks shortened before a name (tenth trial, finding 4): nl-BE "insp." and fr-BE
/// "l'insp." ended the sentence before "Marc Dubois", so the aligner paired one English sentence with two.
/// The trial's input, the class around it (lowercase and capitalised, after an elision), and a rank word
/// written out at a sentence end, which still ends it.
extension RuleTests {
    @Test("a shortened police or military rank before a name ends no sentence", arguments: [
        Case("nl-BE", "\"Bel nooit terug,\" zei insp. Marc Dubois van de Computer Crime Unit. Hij waarschuwt al jaren.",
             ["\"Bel nooit terug,\" zei insp. Marc Dubois van de Computer Crime Unit.", "Hij waarschuwt al jaren."]),
        Case("fr-BE", "« Ne rappelez jamais », a déclaré l'insp. Marc Dubois de la Computer Crime Unit. Il le répète depuis des années.",
             ["« Ne rappelez jamais », a déclaré l'insp. Marc Dubois de la Computer Crime Unit.", "Il le répète depuis des années."]),
        Case("nl-BE", "Het onderzoek wordt geleid door hoofdinsp. Peeters en comm. Claes. Zij geven morgen uitleg.",
             ["Het onderzoek wordt geleid door hoofdinsp. Peeters en comm. Claes.", "Zij geven morgen uitleg."]),
        Case("nl-BE", "Volgens kpt. Janssens en lt. De Smet was de oefening geslaagd.",
             ["Volgens kpt. Janssens en lt. De Smet was de oefening geslaagd."]),
        Case("fr-BE", "Selon le comm. Lambert et le sgt. Dupont, l'exercice a réussi.",
             ["Selon le comm. Lambert et le sgt. Dupont, l'exercice a réussi."]),
        Case("fr-BE", "Insp. Marc Dubois confirme les faits.", ["Insp. Marc Dubois confirme les faits."]),
        Case("nl-BE", "De zaak ging naar de inspecteur. Die belde meteen terug.", ["De zaak ging naar de inspecteur.", "Die belde meteen terug."]),
    ])
    func ranksBeforeNames(_ c: Case) { RuleTests.check(c) }
}
