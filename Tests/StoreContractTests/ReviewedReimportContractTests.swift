import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// A fresh-user trial: a translator marked a segment final in a bundle, the returned XLIFF made the unit
/// `reviewed`, and re-importing the unchanged article folder set it back to `aligned` ("2 updated").
@Suite("Store contract: re-importing an article keeps translators' statuses")
struct ReviewedReimportContractTests {
    /// The bilingual unit a returned bundle gives for one sentence of the example article.
    func returned(_ index: Int, nl: String, status: UnitStatus) -> TranslationUnit {
        TranslationUnit(id: "u\(index)", variants: [Variant(locale: "en", content: RichText(plain: exampleArticle[index].0)),
                                                   Variant(locale: "nl-BE", content: RichText(plain: nl))],
                        status: status)
    }

    @Test(arguments: StoreKind.allCases)
    func sameTextKeepsStatusOtherTextIsReported(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "reviewed-reimport") else { return }
        let store = sut.store
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits()) == ImportCounts(added: 4))
        // The translator confirms sentence 0 as it is and rewrites sentence 1; sentence 2 is marked
        // translated with its text unchanged by a later edit of the unit.
        let translations = [returned(0, nl: exampleArticle[0].1, status: .reviewed),
                            returned(1, nl: "De hulplijn kreeg 3.000 oproepen in de campagneweek.", status: .reviewed)]
        #expect(try store.importTranslations(translations, article: "sid-2020", source: "en", target: "nl-BE",
                                             origin: "xliff:nl-BE:sid-2020") == ImportCounts(updated: 2))
        var translated = try #require(try store.unit(id: "sid-2020:1:0"))
        translated.status = .translated
        try store.update(translated)

        // The same folder again: the confirmed units keep their status; the rewritten one takes the
        // folder's text, counted as updated and named.
        var expected = ImportCounts(updated: 1, unchanged: 3)
        expected.replacedReviewed = ["sid-2020:0:1"]
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits()) == expected)
        #expect(try store.unit(id: "sid-2020:0:0")?.status(for: "nl-BE") == .reviewed)
        #expect(try store.unit(id: "sid-2020:0:0")?.status(for: "fr-BE") == .aligned)
        #expect(try store.unit(id: "sid-2020:1:0")?.status == .translated)
        #expect(try store.unit(id: "sid-2020:0:1")?.status(for: "nl-BE") == .aligned)
        #expect(try store.unit(id: "sid-2020:0:1")?.variant(for: "nl-BE")?.text == exampleArticle[1].1)
        #expect(try store.statistics().variantsPerStatus["nl-BE"]?[.reviewed] == 1)
        #expect(try store.statistics().unitsPerStatus[.reviewed] == nil, "a locale's sign-off is not the unit's")

        // And once more: all unchanged, nothing to report.
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits()) == ImportCounts(unchanged: 4))
        #expect(try store.unit(id: "sid-2020:0:0")?.status(for: "nl-BE") == .reviewed)
    }
}
