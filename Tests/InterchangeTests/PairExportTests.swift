import Foundation
import Testing
import TaalgrensCore
import Interchange

/// Eleventh trial, finding 11: a bilingual export (`tm export --pair en-GB,fr-BE`) wrote every English
/// variant under its own tag (`en`, `en-GB`, a legacy `en-UK`), which a CAT tool's en-GB memory refuses.
@Suite("TMX: a bilingual export writes the pair's own tags")
struct PairExportTests {
    static func units() throws -> (units: [TranslationUnit], report: TMXReadReport) {
        let name = "pair12/mixed-english.tmx"
        return try TMXReader.read(data: Data(contentsOf: TestSupport.interop(name)), file: name)
    }

    @Test("en-GB itself, the bare en and the legacy en-UK are written as en-GB; en-US is left out and counted")
    func regionRule() throws {
        let (units, _) = try Self.units()
        let options = TMXWriter.Options(pair: ("en-GB", "fr-BE"))
        var out = Data()
        let writer = TMXWriter(options: options) { out.append($0) }
        for unit in units { try writer.write(unit) }
        try writer.finish()
        let text = String(decoding: out, as: UTF8.self)
        let languages = text.components(separatedBy: "xml:lang=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(languages) == ["en-GB", "fr-BE"], "\(text)")
        #expect(writer.written == 4 && writer.skipped == 1)
        #expect(writer.relabelled == [.init(stored: "en", pair: "en-GB"): 1, .init(stored: "en-UK", pair: "en-GB"): 2])
        #expect(writer.otherRegion == [.init(stored: "en-US", pair: "en-GB"): 1])
        #expect(!text.contains("The program starts in the fall."))
        // Read back: every unit is en-GB–fr-BE.
        let back = try TMXReader.read(data: out, file: "pair.tmx").units
        #expect(back.allSatisfy { $0.variants.map(\.locale) == ["en-GB", "fr-BE"] })
    }

    @Test("a pair tag without a region takes any region of its language, written under the pair's tag")
    func bareLanguage() throws {
        let (units, _) = try Self.units()
        let data = TMXWriter.data(for: units, options: TMXWriter.Options(pair: ("en", "fr-BE")))
        let back = try TMXReader.read(data: data, file: "pair.tmx").units
        #expect(back.count == 5)
        #expect(back.allSatisfy { $0.variants.map(\.locale) == ["en", "fr-BE"] })
    }

    @Test("the pair rule, variant by variant")
    func pairVariant() throws {
        func unit(_ tags: [LanguageTag]) -> TranslationUnit {
            TranslationUnit(id: "u", variants: tags.map { Variant(locale: $0, content: RichText(plain: $0.identifier)) })
        }
        #expect(TMXWriter.pairVariant(in: unit(["en", "en-GB", "fr-BE"]), for: "en-GB").variant?.locale == "en-GB")
        #expect(TMXWriter.pairVariant(in: unit(["en", "en-US", "fr-BE"]), for: "en-GB").variant?.locale == "en")
        #expect(TMXWriter.pairVariant(in: unit(["en-US", "fr-BE"]), for: "en-GB").otherRegion == "en-US")
        #expect(TMXWriter.pairVariant(in: unit(["en-US", "fr-BE"]), for: "en-GB").variant == nil)
        #expect(TMXWriter.pairVariant(in: unit(["en-UK", "fr-BE"]), for: "en-GB").variant?.locale == "en-UK")
        #expect(TMXWriter.pairVariant(in: unit(["en-GB", "fr"]), for: "fr-BE").variant?.locale == "fr")
        #expect(TMXWriter.pairVariant(in: unit(["en-GB", "fr-FR"]), for: "fr-BE").variant == nil)
        #expect(TMXWriter.pairVariant(in: unit(["en-GB", "fr-FR"]), for: "fr").variant?.locale == "fr-FR")
    }

    @Test("importing EN-UK says that UK is no region code, once per spelling")
    func legacyRegionReported() throws {
        let (units, report) = try Self.units()
        #expect(units[2].variants.map(\.locale) == ["en-UK", "fr-BE"])
        #expect(report.counts[.legacyRegion] == 1)
        let entry = try #require(report.entries.first { $0.reason == .legacyRegion })
        #expect(entry.message.hasPrefix("xml:lang 'EN-UK': UK is no region code (the United Kingdom is GB, ISO 3166-1): stored as en-UK; tm export --pair en-GB,… writes it as en-GB"), "\(entry.message)")
    }
}
