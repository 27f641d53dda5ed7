import Foundation
import TaalgrensCore
import Testing
import Terminology

/// The shipped `Glossary/` read through the public API, with the repository's locale rules.
@Suite struct ShippedGlossaryTests {
    @Test func loadsAndHoldsItsConventions() throws {
        let tb = try Termbase.loadDefault(from: DataDirectory(root: repositoryRoot))
        #expect(tb.entries.count >= 25)
        let ids = tb.entries.map(\.id)
        #expect(Set(ids).count == ids.count)
        // Names kept as is carry taalgrens:dnt at entry level.
        let childFocus = try #require(tb.entries.first { $0.terms.contains { $0.text == "Child Focus" } })
        #expect(childFocus.effectiveProperties(of: childFocus.terms[0]).doNotTranslate)
        #expect(childFocus.effectiveProperties(of: childFocus.terms[0]).caseSensitive)
        // Some variant is deprecated.
        #expect(tb.entries.contains { $0.terms.contains { $0.status == .deprecated } })
        // Bare `nl`/`fr` sections serve nl-BE and fr-BE.
        #expect(!tb.entries(for: "nl-BE").isEmpty && !tb.entries(for: "fr-BE").isEmpty)
    }

    @Test func recognisesInflectedFormsWithShippedData() throws {
        let tb = try Termbase.loadDefault(from: DataDirectory(root: repositoryRoot))
        let checker = TermChecker(termbase: tb, data: try localeData())
        func ids(_ text: String, _ locale: LanguageTag) throws -> Set<String> {
            Set(checker.recognize(text, locale: locale).map { tb.entry(id: $0.entryID)!.terms(for: "en").first?.text ?? $0.entryID })
        }
        #expect(try ids("Ze zitten op sociale netwerken en bellen hulplijnen.", "nl-BE").isSuperset(of: ["social network", "helpline"]))
        #expect(try ids("Les réseaux sociaux et les données personnelles des jeunes.", "fr-BE").isSuperset(of: ["social network", "personal data", "young people"]))
        // "school" inside the name "LUCA School of Arts" is not the term school.
        let luca = checker.recognize("Students of LUCA School of Arts", locale: "en")
        #expect(luca.map(\.text).contains("LUCA School of Arts") && !luca.map(\.text).contains("School"))
    }

    @Test func namesThatMayRunOnKeepTheirMatchMode() throws {
        let tb = try Termbase.loadDefault(from: DataDirectory(root: repositoryRoot))
        let checker = TermChecker(termbase: tb, data: try localeData())
        // c02 is do-not-translate with match=prefix: a plural in the translation is the name kept as is.
        let ok = checker.check([unit("u1", en: "The Safer Internet Centre helps.", fr: "Les Safer Internet Centres aident.")])
        #expect(ok.filter { $0.rule == CheckRule.dntChanged.id }.isEmpty, "\(ok)")
        let changed = checker.check([unit("u2", en: "The Safer Internet Centre helps.", fr: "Le Centre pour un internet plus sûr aide.")])
        #expect(changed.filter { $0.rule == CheckRule.dntChanged.id }.map(\.locale) == ["fr-BE"])
    }
}

