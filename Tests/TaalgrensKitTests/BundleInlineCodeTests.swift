import Articles
import Bundles
import Foundation
import Segmentation
import TaalgrensCore
import Testing
import TranslationMemory

/// Inline codes through a bundle: a code across two sentences (`<sc>`/`<ec>`), links whose translation points
/// to the target-language page, and a translation that lost a link.
@Suite struct BundleInlineCodeTests {
    static let english = """
        ---
        title: Codes across sentences
        date: 2020-03-30
        ---

        Intro sentence here. **Bold sentence one. Bold sentence two.** Last sentence here.

        Read the [report of the centre](https://example.org/en/report) today. Then visit [the helpline](https://example.org/en/help).
        """
    static let dutch = """
        ---
        title: Codes over zinnen heen
        date: 2020-03-30
        ---

        Inleidende zin hier. **Vette zin een. Vette zin twee.** Laatste zin hier.

        Lees vandaag het [rapport van het centrum](https://example.org/nl/rapport). Bezoek daarna [de hulplijn](https://example.org/nl/hulp).
        """

    static func segmented(_ markdown: String, _ locale: LanguageTag) throws -> SegmentedArticle {
        let article = try ArticleReader.read(markdown, format: .markdown, locale: locale, articleID: "codes", file: "\(locale).md")
        return try Segmenter(locale: locale, data: BundleTestSupport.data).segment(article)
    }

    /// A memory of the two versions, sentence i with sentence i, context from the neighbours.
    static func memory(dutch: String = dutch) throws -> SQLiteStore {
        #expect(try segmented(english, "en").allSegments.count == 7)
        return try memory(source: english, target: dutch, locale: "nl-BE")
    }

    func export(_ source: SegmentedArticle, store: SQLiteStore, in folder: URL) throws -> (BundleResult, String, String) {
        let result = try BundleExporter(store: store, data: BundleTestSupport.data)
            .export(source, targets: ["nl-BE"], to: folder.appendingPathComponent("out"),
                    options: BundleOptions(exportDate: BundleExportTests.epoch, tool: "taalgrens 0.1.0"))[0]
        let xliff = try String(contentsOf: result.folder.appendingPathComponent("article.xlf"), encoding: .utf8)
        let markdown = try String(contentsOf: result.folder.appendingPathComponent("article.md"), encoding: .utf8)
        return (result, xliff, markdown)
    }

    @Test func codesAcrossSentencesAndLocalisedLinks() throws {
        let tmp = try BundleTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let (result, xliff, markdown) = try export(try Self.segmented(Self.english, "en"), store: try Self.memory(), in: tmp)
        #expect(result.report.segments.allSatisfy { $0.band == .context && !$0.needsReview })
        #expect(result.report.findings.isEmpty)
        // The bold run spans two segments: <sc> in one, <ec> in the next.
        #expect(xliff.contains("<sc ") && xliff.contains("<ec "))
        #expect(markdown.contains("Inleidende zin hier. **Vette zin een. Vette zin twee.** Laatste zin hier."))
        // Same links in the memory's source: the translation's own (Dutch) addresses are kept.
        #expect(markdown.contains("[rapport van het centrum](https://example.org/nl/rapport)"))
        #expect(markdown.contains("[de hulplijn](https://example.org/nl/hulp)"))
        if let xmllint = BundleTestSupport.xmllint(), let schema = BundleTestSupport.schema("xliff2/xliff_with_modules.xsd") {
            let problems = try BundleTestSupport.validate(result.folder.appendingPathComponent("article.xlf"), xmllint: xmllint, schema: schema)
            #expect(problems == nil, "\(problems ?? "")")
        }
    }

    @Test func aLinkThatChangedInTheSourceTakesTheSourceAddress() throws {
        let tmp = try BundleTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let changed = Self.english.replacingOccurrences(of: "https://example.org/en/help", with: "https://example.org/en/helpline-2020")
        let (result, _, markdown) = try export(try Self.segmented(changed, "en"), store: try Self.memory(), in: tmp)
        // Whatever the memory scores it (the text is the same, one link address is not), the article never
        // links to the page the memory's source linked to: the source's new address wins.
        #expect(markdown.contains("(https://example.org/en/helpline-2020)"))
        #expect(!markdown.contains("https://example.org/nl/hulp"))
        #expect(markdown.contains("[rapport van het centrum](https://example.org/nl/rapport)"))
        let visit = try #require(result.report.segments.first { $0.source.hasPrefix("Then visit") })
        if !visit.renderedInSource { #expect(markdown.contains("[de hulplijn](https://example.org/en/helpline-2020)")) }
    }

    /// A memory of an article and its translation into `locale`, sentence i with sentence i, context from
    /// the neighbours.
    static func memory(source: String, target: String, locale: LanguageTag) throws -> SQLiteStore {
        let en = try segmented(source, "en").allSegments, other = try segmented(target, locale).allSegments
        #expect(en.count == other.count)
        let units = zip(en.indices, zip(en, other)).map { i, pair in
            TranslationUnit(id: "codes:\(pair.0.block):\(pair.0.position)", variants: [
                Variant(locale: "en", content: pair.0.content, previous: i > 0 ? en[i - 1].text : nil, next: i + 1 < en.count ? en[i + 1].text : nil),
                Variant(locale: locale, content: pair.1.content, previous: i > 0 ? other[i - 1].text : nil, next: i + 1 < other.count ? other[i + 1].text : nil),
            ], origin: Origin(article: "codes", block: pair.0.block, position: pair.0.position))
        }
        let store = try SQLiteStore.inMemory()
        _ = try store.importArticle(id: "codes", units: units, source: "en")
        return store
    }

    static let museum = """
        ---
        title: The museum reopens
        ---

        The museum opens on 1 March. Entry is free for children.

        Visitors can finally read the guide online.
        """

    /// Before: the French `<sup>` and the Dutch `<em>`, which only the translations have, were dropped from
    /// the bundle's target, the segment was marked for review and the report had an inline-code-mismatch.
    @Test("codes only the memory's translation has stay in the target and the article, as XLIFF added codes, without a finding",
          arguments: [
            ("fr-BE", """
             ---
             title: Le musée rouvre
             ---

             Le musée ouvre le 1<sup>er</sup> mars. L'entrée est gratuite pour les enfants.

             Les visiteurs peuvent enfin lire le guide en ligne.
             """, "Le musée ouvre le 1<sup>er</sup> mars.", "type=\"fmt\" dataRefStart="),
            ("nl-BE", """
             ---
             title: Het museum gaat weer open
             ---

             Het museum gaat open op 1 maart. De toegang is gratis voor kinderen.

             Bezoekers kunnen de gids *eindelijk* online lezen.
             """, "Bezoekers kunnen de gids <em>eindelijk</em> online lezen.", "type=\"fmt\" subType=\"xlf:i\""),
          ])
    func targetOnlyCodes(locale: String, translation: String, html: String, xliffType: String) throws {
        let tmp = try BundleTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let target = try #require(LanguageTag(locale))
        let store = try Self.memory(source: Self.museum, target: translation, locale: target)
        let result = try BundleExporter(store: store, data: BundleTestSupport.data)
            .export(try Self.segmented(Self.museum, "en"), targets: [target], to: tmp.appendingPathComponent("out"),
                    options: BundleOptions(exportDate: BundleExportTests.epoch, tool: "taalgrens 0.1.0"))[0]
        #expect(result.report.segments.allSatisfy { $0.state == "translated" && !$0.needsReview && !$0.renderedInSource },
                "\(result.report.segments.map { "\($0.id) \($0.notes)" })")
        #expect(result.report.findings.filter { $0.rule == "inline-code-mismatch" }.isEmpty, "\(result.report.findings.map(\.message))")
        #expect(result.report.segments.contains { $0.notes.contains("kept 1 inline code of the memory's translation that the source does not have") })
        let article = try String(contentsOf: result.folder.appendingPathComponent("article.html"), encoding: .utf8)
        #expect(article.contains(html), "\(article)")
        // In the XLIFF the code is in the target only, with an id of its own and the editing hints of an added code.
        let xliff = try String(contentsOf: result.folder.appendingPathComponent("article.xlf"), encoding: .utf8)
        let added = try #require(xliff.range(of: "canCopy=\"no\" canDelete=\"yes\" \(xliffType)"), "\(xliff)")
        let source = try #require(xliff.range(of: "<source>", options: .backwards, range: xliff.startIndex..<added.lowerBound))
        let targetStart = try #require(xliff.range(of: "<target>", options: .backwards, range: xliff.startIndex..<added.lowerBound))
        #expect(source.lowerBound < targetStart.lowerBound, "the added code sits in a <target>")
        #expect(xliff.components(separatedBy: "canCopy=\"no\"").count == 2, "one added code")
        if let xmllint = BundleTestSupport.xmllint(), let schema = BundleTestSupport.schema("xliff2/xliff_with_modules.xsd") {
            let problems = try BundleTestSupport.validate(result.folder.appendingPathComponent("article.xlf"), xmllint: xmllint, schema: schema)
            #expect(problems == nil, "\(problems ?? "")")
        }
    }

    @Test func aTranslationThatLostALinkIsFlagged() throws {
        let tmp = try BundleTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let lost = Self.dutch.replacingOccurrences(of: "[de hulplijn](https://example.org/nl/hulp)", with: "de hulplijn")
        let (result, _, markdown) = try export(try Self.segmented(Self.english, "en"), store: try Self.memory(dutch: lost), in: tmp)
        let visit = try #require(result.report.segments.first { $0.source.hasPrefix("Then visit") })
        // The lost link is an error finding, so the segment goes to review (eighth trial, finding 4).
        #expect(visit.state == "initial" && visit.needsReview && !visit.renderedInSource)
        #expect(visit.notes.contains { $0.contains("inline codes") })
        // One problem, one finding: the checker's inline-code-mismatch (error, at the source's linked text),
        // not also a warning from the bundle (the fresh-user trial found both).
        let findings = result.report.findings.filter { $0.rule == "inline-code-mismatch" }
        #expect(findings.count == 1, "\(findings)")
        let finding = try #require(findings.first)
        #expect(finding.segment == visit.id && finding.unit == "b2" && finding.severity == "error")
        #expect(finding.locale == "nl-BE" && finding.textLocale == "en" && finding.text == "the helpline")
        #expect(result.report.needsReview == [visit.id])
        #expect(markdown.contains("Bezoek daarna de hulplijn."))
    }
}
