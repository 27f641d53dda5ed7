import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// A fresh-user trial: a segment marked final in the nl-BE bundle raised the whole unit to `reviewed`, so
/// its fr-BE variant ranked and exported as reviewed too. The status belongs to the variant.
@Suite("Store contract: review status per locale")
struct VariantStatusContractTests {
    /// The nl-BE translation a returned bundle gives for sentence `index` of the example article.
    func returned(_ index: Int, status: UnitStatus) -> TranslationUnit {
        TranslationUnit(id: "b\(index):b\(index).s0", variants: [Variant(locale: "en", content: RichText(plain: exampleArticle[index].0)),
                                                               Variant(locale: "nl-BE", content: RichText(plain: exampleArticle[index].1))],
                        status: status)
    }

    @Test(arguments: StoreKind.allCases)
    func aSignOffMarksOnlyItsLocale(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "variant-status") else { return }
        let store = sut.store
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits()) == ImportCounts(added: 4))
        // The nl-BE translator confirms sentence 0 as the memory has it (state final).
        #expect(try store.importTranslations([returned(0, status: .reviewed)], article: "sid-2020", source: "en", target: "nl-BE",
                                             origin: "xliff:nl-BE:sid-2020") == ImportCounts(updated: 1))
        let unit = try #require(try store.unit(id: "sid-2020:0:0"))
        #expect(unit.status == .aligned, "the aligner's verdict on the unit stays")
        #expect(unit.status(for: "nl-BE") == .reviewed)
        #expect(unit.status(for: "fr-BE") == .aligned)
        #expect(unit.status(for: "en") == .aligned)
        #expect(unit.variant(for: "nl-BE")?.status == .reviewed && unit.variant(for: "fr-BE")?.status == nil)

        // Export filters read the pair's target.
        func exported(_ statuses: Set<UnitStatus>, _ target: LanguageTag?) throws -> [String] {
            try store.allUnits(filter: UnitFilter(locales: ["en", target ?? "fr-BE"], statuses: statuses, statusLocale: target)).map(\.id)
        }
        #expect(try exported([.reviewed], "fr-BE") == [])
        #expect(try exported([.reviewed], "nl-BE") == ["sid-2020:0:0"])
        #expect(try exported([.reviewed], nil) == ["sid-2020:0:0"], "without a locale: any variant")
        #expect(try exported([.aligned], "fr-BE").count == 4)
        #expect(try exported([.aligned], "nl-BE").count == 3)

        let statistics = try store.statistics()
        #expect(statistics.unitsPerStatus == [.aligned: 4])
        #expect(statistics.variantsPerStatus == ["en": [.aligned: 4], "nl-BE": [.aligned: 3, .reviewed: 1], "fr-BE": [.aligned: 4]])
        #expect(statistics.variantsWithOwnStatus == ["nl-BE": 1])

        // The same file again, and the article folder again: nothing changes, the sign-off stays.
        #expect(try store.importTranslations([returned(0, status: .reviewed)], article: "sid-2020", source: "en", target: "nl-BE",
                                             origin: "xliff:nl-BE:sid-2020") == ImportCounts(unchanged: 1))
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits()) == ImportCounts(unchanged: 4))
        #expect(try store.unit(id: "sid-2020:0:0")?.status(for: "nl-BE") == .reviewed)
        #expect(try store.unit(id: "sid-2020:0:0")?.status(for: "fr-BE") == .aligned)

        // The folder's fr-BE text changes: the nl-BE sign-off still holds for the same en and nl-BE texts.
        var revised = exampleUnits()
        revised[0].variants[1].content = RichText(plain: "Le Safer Internet Day 2020 a été fêté dans plus de 170 pays.")
        #expect(try store.importArticle(id: "sid-2020", units: revised) == ImportCounts(updated: 1, unchanged: 3))
        #expect(try store.unit(id: "sid-2020:0:0")?.status(for: "nl-BE") == .reviewed)
        // Its nl-BE text changes: the folder wins, and says so.
        revised[0].variants[2].content = RichText(plain: "Safer Internet Day 2020 werd in ruim 170 landen gevierd.")
        var expected = ImportCounts(updated: 1, unchanged: 3)
        expected.replacedReviewed = ["sid-2020:0:0"]
        #expect(try store.importArticle(id: "sid-2020", units: revised) == expected)
        #expect(try store.unit(id: "sid-2020:0:0")?.status(for: "nl-BE") == .aligned)
    }

    /// Three units for one English sentence pair, with their own statuses per locale.
    static func interchangeUnits() -> [TranslationUnit] {
        let old = Date(timeIntervalSince1970: 1_577_836_800), new = Date(timeIntervalSince1970: 1_609_459_200)
        let library = "The library opens at nine."
        return [
            TranslationUnit(id: "a", variants: [Variant(locale: "en", content: RichText(plain: library)),
                                                Variant(locale: "nl-BE", content: "De bibliotheek opent om negen uur.", status: .reviewed),
                                                Variant(locale: "fr-BE", content: "La bibliothèque ouvre à neuf heures.")],
                            changed: old),
            TranslationUnit(id: "b", variants: [Variant(locale: "en", content: RichText(plain: library)),
                                                Variant(locale: "nl-BE", content: "De bib gaat open om negen uur."),
                                                Variant(locale: "fr-BE", content: "La bibliothèque ouvre ses portes à neuf heures.")],
                            changed: new),
            TranslationUnit(id: "c", variants: [Variant(locale: "en", content: "The museum closes at five."),
                                                Variant(locale: "nl-BE", content: "Het museum sluit om vijf uur."),
                                                Variant(locale: "fr-BE", content: "Le musée ferme à cinq heures.", status: .needsReview)],
                            changed: new),
        ]
    }

    @Test(arguments: StoreKind.allCases)
    func rankingAndPenaltyReadTheTargetVariant(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "variant-rank") else { return }
        let store = sut.store
        let units = Self.interchangeUnits()
        #expect(try store.importUnits(units, origin: "tmx:statuses.tmx") == ImportCounts(added: 3))
        #expect(try store.unit(id: "tmx:statuses.tmx#a").map(UnitContent.init)?.unit.variants == units[0].variants)

        func ranked(_ text: String, _ target: LanguageTag, exact: Bool = false) throws -> [String] {
            let query = MatchQuery(text: RichText(plain: text), source: "en", target: target, minScore: 50)
            let matches = exact ? try store.exactMatches(query) : try store.search(query)
            return matches.map { "\($0.unit.id.split(separator: "#").last ?? "") \($0.kind.rawValue) \($0.score)" }
        }
        // Equal scores: reviewed before aligned for nl-BE (a is reviewed there, though older); newer first for fr-BE.
        #expect(try ranked("The library opens at nine.", "nl-BE") == ["a exact 100.0", "b exact 100.0"])
        #expect(try ranked("The library opens at nine.", "fr-BE") == ["b exact 100.0", "a exact 100.0"])
        #expect(try ranked("The library opens at nine.", "fr-BE", exact: true) == ["b exact 100.0", "a exact 100.0"])
        // The fr-BE variant of c needs review: no exact match into fr-BE, a penalty; into nl-BE an exact match.
        #expect(try ranked("The museum closes at five.", "nl-BE") == ["c exact 100.0"])
        #expect(try ranked("The museum closes at five.", "nl-BE", exact: true) == ["c exact 100.0"])
        #expect(try ranked("The museum closes at five.", "fr-BE", exact: true) == [])
        let french = try store.search(MatchQuery(text: "The museum closes at five.", source: "en", target: "fr-BE"))
        #expect(french.map(\.kind) == [.fuzzy])
        #expect(french.first?.breakdown.penalties == [Penalty(reason: .status, points: FuzzyScorer.needsReviewPenalty, count: 1)])
    }
}
