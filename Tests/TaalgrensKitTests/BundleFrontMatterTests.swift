import Articles
import Bundles
import Foundation
import TaalgrensCore
import Testing
import TranslationMemory

/// Front-matter fields translated through the memory, `lang` of the target, through the library API.
@Suite struct BundleFrontMatterTests {
    static let article = "safer-internet-day-2020"

    /// The gold units of the example plus its field units, as `taalgrens import` stores them.
    static func memory() throws -> SQLiteStore {
        var metadata: [LanguageTag: [String: String]] = [:]
        for locale: LanguageTag in ["en", "nl-BE", "fr-BE"] {
            metadata[locale] = try BundleTestSupport.segmented(article, locale: locale).article.metadata
        }
        let fields = FrontMatterFields.translationUnits(articleID: article, source: "en", metadata: metadata)
        #expect(fields.map(\.id) == ["\(article):field:category"])
        #expect(fields.first?.variants.map { "\($0.locale) \($0.content.plainText)" } == ["en Awareness", "fr-BE Sensibilisation", "nl-BE Sensibilisering"])
        let store = try SQLiteStore.inMemory()
        _ = try store.importArticle(id: article, units: try BundleTestSupport.goldUnits(article) + fields, source: "en")
        return store
    }

    @Test func categoryTranslatedLangReplacedAuthorKept() throws {
        let tmp = try BundleTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        var source = try BundleTestSupport.segmented(Self.article, locale: "en")
        source.article.metadata["lang"] = "en"
        var options = BundleOptions(exportDate: Date(timeIntervalSince1970: 1_585_555_200), tool: "taalgrens test")
        options.translatableFields = BundleOptions.defaultTranslatableFields
        let results = try BundleExporter(store: try Self.memory(), data: BundleTestSupport.data)
            .export(source, targets: ["nl-BE", "fr-BE"], to: tmp, options: options)
        for (result, category) in zip(results, ["Sensibilisering", "Sensibilisation"]) {
            let md = try String(contentsOf: result.folder.appendingPathComponent("article.md"), encoding: .utf8)
            let read = try ArticleReader.read(md, format: .markdown, locale: result.targetLocale, articleID: Self.article, file: "article.md")
            #expect(read.metadata["lang"] == result.targetLocale.identifier)
            #expect(read.metadata["category"] == category)
            #expect(read.metadata["author"] == "Belgian Safer Internet Centre")
            #expect(read.blocks.count == source.article.blocks.count, "the field block is not left in the body")
            let field = try #require(result.report.segments.last)
            #expect(field.source == "Awareness" && field.target == category && field.band <= .exact)
            #expect(result.report.totals.segments == source.allSegments.count + 1)
        }
        // A library caller's default: no field units, the category stays in English.
        let plain = try BundleExporter(store: try Self.memory(), data: BundleTestSupport.data)
            .analyze(source, targets: ["nl-BE"], options: BundleOptions(exportDate: Date(timeIntervalSince1970: 0), tool: "t"))
        #expect(plain[0].totals.segments == source.allSegments.count)
    }
}
