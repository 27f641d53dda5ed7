import Foundation
import TaalgrensCore
import Testing
import Terminology

/// Eleventh trial, finding 12: Dutch plurals that double the last consonant after a short vowel ("bonus" →
/// "bonussen", "loket" → "loketten") were not the term, so a deprecated "energiebonussen" was reported as a
/// missing term instead of a deprecated one, and `terms lookup` found nothing while `check` accepted
/// "e-loketten" (its looser compound test). The `endings` and `inflections` of `Locales/nl-BE/terminology.json`
/// now undo the doubling for every consonant, in recognition, so lookup and both rules agree.
@Suite struct DutchDoubledConsonantTests {
    let termbase: Termbase

    init() throws {
        termbase = try tbx(tbx3([
            concept("bonus", [("en", "energy bonus", "preferred"), ("nl", "energiepremie", "preferred"), ("nl", "energiebonus", "deprecated")]),
            concept("portal", [("en", "online portal", "preferred"), ("nl", "e-loket", "preferred"), ("nl", "onlineloket", "deprecated")]),
            concept("class", [("en", "class", "preferred"), ("nl", "klas", "preferred")]),
        ].joined(separator: "\n")))
    }

    @Test("a deprecated plural with a doubled consonant is forbidden-term, not missing-term")
    func deprecatedPluralIsNamed() throws {
        let f = try checker(termbase).check([
            unit("plural:1:0", en: "The energy bonuses are paid in March.", nl: "De energiebonussen worden in maart uitbetaald."),
            unit("plural:2:0", en: "Both online portals close on Sunday.", nl: "Beide onlineloketten sluiten op zondag."),
            unit("plural:3:0", en: "Both online portals close on Sunday.", nl: "Beide e-loketten sluiten op zondag."),
            unit("plural:4:0", en: "All classes start at nine.", nl: "Alle klassen beginnen om negen uur."),
        ])
        #expect(f.of(.forbiddenTerm).map { "\($0.unit) \($0.text) \($0.suggestion ?? "")" }
                == ["plural:1:0 energiebonussen energiepremie", "plural:2:0 onlineloketten e-loket"], "\(f.of(.forbiddenTerm))")
        #expect(f.of(.missingTerm).isEmpty, "\(f.of(.missingTerm))")
    }

    @Test("terms lookup finds the plurals, as check does")
    func lookupAgreesWithCheck() throws {
        let rules = try localeData().rules(for: "nl-BE")
        for (word, id) in [("energiebonussen", "bonus"), ("onlineloketten", "portal"), ("e-loketten", "portal"), ("klassen", "class"),
                           ("energiepremies", "bonus")] {
            #expect(termbase.lookup(word, locale: "nl-BE", rules: rules).map(\.id) == [id], "\(word)")
        }
    }
}
