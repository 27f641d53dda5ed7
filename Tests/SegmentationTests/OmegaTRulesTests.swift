import Foundation
import Testing
import Segmentation
import TaalgrensCore

/// OmegaT's `defaultRules.srx`, a real third-party SRX 2.0 file (empty header, 16 rule sets, language
/// maps that rely on cascade), loads and segments. It is never committed: `scripts/fetch-omegat-srx.sh`
/// takes it from Debian's `omegat` package into `.build-data/omegat/` before the tests run.
@Suite struct OmegaTRulesTests {
    static let file = TestSupport.repository.appendingPathComponent(".build-data/omegat/defaultRules.srx")

    static func available() -> Bool {
        if FileManager.default.fileExists(atPath: file.path) { return true }
        TestSupport.missing("\(file.path): run scripts/fetch-omegat-srx.sh first")
        return false
    }

    @Test func theFileLoadsWithItsLanguageMaps() throws {
        guard OmegaTRulesTests.available() else { return }
        let document = try SRXDocument(contentsOf: OmegaTRulesTests.file)
        #expect(document.cascade, "an empty header means cascade")
        let names = Set(document.languageRules.map(\.name))
        #expect(names.isSuperset(of: ["English", "Dutch", "French", "German", "Default", "Text", "HTML"]))
        #expect(document.languageRules.reduce(0) { $0 + $1.rules.count } > 1000)
        // Cascade: English rules, then the catch-all Default, Text and HTML sets.
        let english = try #require(document.rules(for: "en-GB"))
        let englishSet = try #require(document.languageRules.first { $0.name == "English" })
        let defaults = ["Default", "Text", "HTML"].compactMap { name in document.languageRules.first { $0.name == name } }
        #expect(english == englishSet.rules + defaults.flatMap(\.rules))
        #expect(document.rules(for: "pt-BR")?.count == defaults.reduce(0) { $0 + $1.rules.count })
    }

    @Test func itSegmentsThreeLanguages() throws {
        guard OmegaTRulesTests.available() else { return }
        let english = try Segmenter(locale: "en", rules: OmegaTRulesTests.file)
        #expect(TestSupport.sentences("Mr. Smith met Dr. Jones on Tuesday. They talked about privacy.", english)
                == ["Mr. Smith met Dr. Jones on Tuesday.", "They talked about privacy."])
        let dutch = try Segmenter(locale: "nl-BE", rules: OmegaTRulesTests.file)
        #expect(TestSupport.sentences("Gisteren kwam dhr. Janssens langs, o.a. voor de koffie. Hij bleef lang.", dutch)
                == ["Gisteren kwam dhr. Janssens langs, o.a. voor de koffie.", "Hij bleef lang."])
        let french = try Segmenter(locale: "fr-BE", rules: OmegaTRulesTests.file)
        #expect(TestSupport.sentences("M. Dupont est venu. Il a parlé de la vie privée.", french)
                == ["M. Dupont est venu.", "Il a parlé de la vie privée."])
        let german = try Segmenter(locale: "de", rules: OmegaTRulesTests.file)
        #expect(TestSupport.sentences("Die Abt. Verwaltung und Dr. Müller sind zuständig. Danach folgt mehr.", german)
                == ["Die Abt. Verwaltung und Dr. Müller sind zuständig.", "Danach folgt mehr."])
    }
}
