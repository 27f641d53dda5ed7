import Bundles
import Foundation
import TaalgrensCore
import Testing

/// The small public pieces of the Bundles module: names, timestamps, bands, word counts, manifest, report page.
@Suite struct BundlePartsTests {
    @Test func namesAreSanitisedIntoOneSafeComponent() {
        #expect(BundleName.sanitized("safer-internet-day-2020") == "safer-internet-day-2020")
        #expect(BundleName.sanitized("../../etc/passwd") == "etc-passwd")
        #expect(BundleName.sanitized("/tmp/evil") == "tmp-evil")
        #expect(BundleName.sanitized("a\\..\\b") == "a-..-b")
        #expect(BundleName.sanitized("Kinderrechten in België") == "Kinderrechten-in-Belgie")
        #expect(BundleName.sanitized(".hidden") == "hidden")
        #expect(BundleName.sanitized("CON") == "_CON")
        #expect(BundleName.sanitized("nul.txt") == "_nul.txt")
        #expect(BundleName.sanitized("..") == nil)
        #expect(BundleName.sanitized("") == nil)
        #expect(BundleName.sanitized("///") == nil)
        let long = String(repeating: "x", count: 300)
        #expect(BundleName.sanitized(long)?.count == BundleName.maximumLength)
    }

    @Test func relativePathsAreCheckedComponentByComponent() {
        #expect(BundleName.isSafeRelativePath("safer-internet-day-2020/nl-BE/article.xlf"))
        #expect(!BundleName.isSafeRelativePath("a/../b"))
        #expect(!BundleName.isSafeRelativePath("/etc/passwd"))
        #expect(!BundleName.isSafeRelativePath("a//b"))
        #expect(!BundleName.isSafeRelativePath("a/.hidden"))
        #expect(!BundleName.isSafeRelativePath(""))
    }

    @Test func sourceDateEpochFixesTheExportDate() throws {
        let date = try ExportTimestamp.resolve(environment: ["SOURCE_DATE_EPOCH": "1585526400"])
        #expect(ExportTimestamp.iso8601(date) == "2020-03-30T00:00:00Z")
        let now = Date(timeIntervalSince1970: 1_700_000_000.75)
        #expect(try ExportTimestamp.resolve(environment: [:], now: now) == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(throws: InputError.self) { try ExportTimestamp.resolve(environment: ["SOURCE_DATE_EPOCH": "12abc"]) }
        #expect(throws: InputError.self) { try ExportTimestamp.resolve(environment: ["SOURCE_DATE_EPOCH": "-5"]) }
    }

    @Test func bandsFollowTheRoundedScore() {
        #expect(LeverageBand(score: 101) == .context)
        #expect(LeverageBand(score: 100) == .exact)
        #expect(LeverageBand(score: 99.9) == .fuzzy95)
        #expect(LeverageBand(score: 95) == .fuzzy95)
        #expect(LeverageBand(score: 94.9) == .fuzzy85)
        #expect(LeverageBand(score: 84.96) == .fuzzy85)   // rounds to 85.0
        #expect(LeverageBand(score: 75) == .fuzzy75)
        #expect(LeverageBand(score: 74.9) == .fuzzy50)
        #expect(LeverageBand(score: 49.9) == .noMatch)
        #expect(LeverageBand(score: nil) == .noMatch)
        #expect(LeverageBand.allCases.map(\.label) == ["101", "100", "95–99", "85–94", "75–84", "50–74", "no match"])
    }

    @Test func wordsAreICUTokensWithALetterOrDigit() {
        #expect(WordCount.count("On Tuesday, 11 February 2020, the world celebrated Safer Internet Day (SID)!", locale: "en") == 12)
        #expect(WordCount.count("« Ensemble pour un internet meilleur ! »", locale: "fr-BE") == 5)
        #expect(WordCount.count("l'internet", locale: "fr-BE") == 1)
        #expect(WordCount.count(" — ; ! ", locale: "en") == 0)
        #expect(WordCount.count("", locale: "nl-BE") == 0)
    }

    @Test func manifestFilesCarrySHA256AndSize() {
        // FIPS 180-2, appendix B.1: SHA-256("abc").
        let file = BundleManifest.File(path: "article.md", data: Data("abc".utf8))
        #expect(file.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(file.bytes == 3)
        let manifest = BundleManifest(article: "a", sourceLocale: "en", targetLocale: "nl-BE", tool: "taalgrens 0.1.0",
                                      memory: "m", exportedAt: "2020-03-30T00:00:00Z",
                                      files: [file, BundleManifest.File(path: "article.html", data: Data())])
        #expect(manifest.files.map(\.path) == ["article.html", "article.md"])
        #expect(manifest.verifies(path: "article.md", data: Data("abc".utf8)))
        #expect(!manifest.verifies(path: "article.md", data: Data("abd".utf8)))
    }

    @Test func reportPageEscapesEverything() {
        let segment = LeveragedSegment(id: "b1.s0", unit: "b1", block: 1, positions: [0],
                                       source: "<script>alert(\"x\")</script> & 'more'", target: nil, band: .noMatch,
                                       score: nil, kind: nil, matchUnit: nil, state: "initial", needsReview: true,
                                       renderedInSource: true, words: 4, notes: ["no match in the memory"])
        let report = LeverageReport(article: "a<b", sourceLocale: "en", targetLocale: "fr-BE", memory: "m", minScore: 75,
                                    totals: .init(segments: 1, words: 4), segments: [segment], findings: [])
        let html = report.html()
        #expect(!html.contains("<script>"))
        // `'` needs no escaping in text or in a double-quoted attribute (MarkupEscaping).
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'more'"))
        #expect(html.contains("a&lt;b"))
        #expect(html.contains("<td lang=\"fr-BE\">"))
        #expect(report.bands.first { $0.band == .noMatch }?.segments == 1)
        #expect(report.needsReview == ["b1.s0"])
        #expect(report.untranslated == ["b1.s0"])
    }
}
