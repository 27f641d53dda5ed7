import Articles
import Bundles
import Foundation
import TaalgrensCore
import Testing
import TranslationMemory

/// `article.md` and `article.html`: the article rendered in the target locale from the memory's targets.
@Suite struct BundleRenderingTests {
    static let article = BundleExportTests.article

    func options() -> BundleOptions { BundleOptions(exportDate: BundleExportTests.epoch, tool: "taalgrens 0.1.0") }

    /// Links of a block, in order.
    func links(_ block: Block) -> [String] {
        block.content.codes.filter { $0.type == .link && $0.kind == .opening }.compactMap { $0.attributes["href"] }
    }

    @Test(arguments: [("nl-BE", "30 maart 2020"), ("fr-BE", "30 mars 2020")])
    func englishOnlyExportRendersTheTranslation(locale: String, date: String) throws {
        let target = try #require(LanguageTag(locale))
        let tmp = try BundleTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let fixture = try BundleExportTests.fixture
        let result = try BundleExporter(store: fixture.store, data: BundleTestSupport.data)
            .export(fixture.englishOnly, targets: [target], to: tmp.appendingPathComponent("out"), options: options())[0]

        // Read back, article.md holds the team's translation, block by block, links included: the memory
        // gave every sentence and the article's structure comes from the English version.
        let rendered = try ArticleReader.read(result.folder.appendingPathComponent("article.md"), locale: target, articleID: Self.article)
        let gold = try ArticleReader.read(BundleTestSupport.exampleFolder(Self.article).appendingPathComponent("\(locale).md"),
                                          locale: target, articleID: Self.article)
        #expect(rendered.blocks.map(\.kind) == gold.blocks.map(\.kind))
        // The examples write straight apostrophes; the target typography makes them typographic (’).
        let plain = { (b: Block) in b.content.plainText.replacingOccurrences(of: "’", with: "'") }
        for (r, g) in zip(rendered.blocks, gold.blocks) {
            #expect(plain(r) == plain(g))
            #expect(links(r) == links(g), "the translation's links point to the \(locale) pages")
        }
        #expect(rendered.title == gold.title)
        #expect(rendered.metadata["displayDate"] == nil, "the front matter gets no key the source did not have; the localised date is article.html's")
        #expect(rendered.metadata["date"] == "2020-03-30")

        let html = try String(contentsOf: result.folder.appendingPathComponent("article.html"), encoding: .utf8)
        #expect(html.contains("<html lang=\"\(locale)\">"))
        #expect(html.contains("<time datetime=\"2020-03-30\">\(date)</time>"))
        #expect(html.contains("<h1>\(gold.title!)</h1>"))
    }

    @Test func targetTypographyAppliesToTranslatedSentencesOnly() throws {
        let tmp = try BundleTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        // A memory whose French targets lost their no-break spaces (as a CAT tool or a plain-text TMX may).
        func plainSpaces(_ text: RichText) -> RichText {
            RichText(text.elements.map { element in
                if case .text(let t) = element {
                    return .text(t.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " "))
                }
                return element
            })
        }
        var units = try BundleTestSupport.goldUnits(Self.article)
        for u in units.indices {
            for v in units[u].variants.indices where units[u].variants[v].locale == "fr-BE" {
                units[u].variants[v].content = plainSpaces(units[u].variants[v].content)
            }
        }
        #expect(units.contains { $0.variant(for: "fr-BE")?.text.contains("consortium : rassembler") == true })
        let store = try SQLiteStore.inMemory()
        _ = try store.importArticle(id: Self.article, units: units, source: "en")
        let source = try BundleExportTests.fixture.revised
        let result = try BundleExporter(store: store, data: BundleTestSupport.data)
            .export(source, targets: ["fr-BE"], to: tmp.appendingPathComponent("out"), options: options())[0]
        let markdown = try String(contentsOf: result.folder.appendingPathComponent("article.md"), encoding: .utf8)
        // Translated sentences: a no-break space before ':', narrow ones inside « ».
        #expect(markdown.contains("La force de ce consortium\u{00A0}: rassembler"))
        #expect(markdown.contains("«\u{202F}Nous devons préparer les enfants"))
        #expect(markdown.contains("en ligne\u{202F}», a déclaré"))
        #expect(!markdown.contains("consortium : rassembler"))
        // A sentence left in English keeps English punctuation.
        let english = try #require(result.report.segments.first { $0.source.hasPrefix("On Tuesday, 11 February 2020") })
        #expect(english.renderedInSource)
        #expect(markdown.contains("with the theme \"Together for a better internet!\"."))
        // The XLIFF keeps the memory's text as stored: typography is for the rendered article.
        let xliff = try String(contentsOf: result.folder.appendingPathComponent("article.xlf"), encoding: .utf8)
        #expect(xliff.contains("La force de ce consortium : rassembler"))
        let html = try String(contentsOf: result.folder.appendingPathComponent("article.html"), encoding: .utf8)
        #expect(html.contains("La force de ce consortium\u{00A0}: rassembler"))
        #expect(html.contains("Schools across the country took part"))
    }
}
