import Foundation
import Testing
import TaalgrensCore
import Interchange

/// Classes of input found in the second round of real files (REALFILES8): a tool's marker after a language
/// tag (Okapi's `FR-FR-mt`), and Trados Studio targets whose `xml:lang` contradicts the file's target
/// language. Fixtures in `Tests/Fixtures/interop/realfiles8/`: the tools' structure, our own sentences.
@Suite struct RealFileClasses8Tests {
    private static func data(_ name: String) throws -> Data {
        try Data(contentsOf: TestSupport.interop("realfiles8/" + name))
    }

    @Test("Okapi's FR-FR-mt keeps its own variant as private use fr-FR-x-mt, reported once; well-formed tags stay as they are")
    func toolLanguageSuffix() throws {
        let (units, report) = try TMXReader.read(data: Self.data("okapi-transcomp-mt-suffix.tmx"), file: "transcomp.tmx")
        #expect(units.count == 3)
        // Before: the marker was read as a second region, giving the locale fr-FR-MT.
        #expect(units[0].variants.map(\.locale.identifier) == ["en-US", "fr-FR", "fr-FR-x-MT"])
        let mt = try #require(units[0].variants.first { $0.locale.identifier == "fr-FR-x-MT" })
        #expect(mt.content.plainText == "Le conseil de la ville a approuvé le budget mardi.")
        #expect(mt.locale.region == "FR" && mt.locale.language == "fr")
        // The human variant is the exact match for fr-FR.
        #expect(("fr-FR" as LanguageTag).bestMatch(in: units[0].variants.map(\.locale))?.identifier == "fr-FR")
        #expect(Set(units[2].variants.map(\.locale.identifier)) == ["en-GB", "sr-Latn-RS", "es-419", "de-CH-1901", "nl-BE-x-review"])
        #expect(report.counts[.toolLanguageSuffix] == 1)
        let entry = try #require(report.entries.first { $0.reason == .toolLanguageSuffix })
        #expect(entry.line == 7 && entry.message.contains("'FR-FR-mt'") && entry.message.contains("'mt'"))
    }

    /// Since the thirteenth trial (finding 14) the contradicting language is the segment's own, so that an
    /// import stores that target as needing review and names its line (no grouped reader note any more).
    @Test("a Trados Studio <target xml:lang> of another language than target-language is the segment's foreign target language")
    func contradictingTargetLanguage() throws {
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Self.data("trados-target-lang-contradicts.sdlxliff"), file: "flood.sdlxliff", details: &details)
        #expect(document.targetLocale.identifier == "fr-BE")
        #expect(document.units.count == 3)
        // `fr` on a3 is the same language as fr-BE: not foreign.
        #expect(document.units.map { $0.segments.first?.foreignTargetLanguage?.identifier } == ["nl-BE", "nl-BE", nil])
    }

    @Test("an Xcode export with a development-language <file> (en into en) among nl-BE ones: that <file>'s units are left out, one note each")
    func developmentLanguageFile() throws {
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Self.data("xcode-export-with-development-language-file.xliff"), file: "nl-BE.xliff", details: &details)
        // Before: the whole document was refused ("expected one language pair per XLIFF document").
        #expect(document.sourceLocale.identifier == "en" && document.targetLocale.identifier == "nl-BE")
        #expect(document.units.map(\.id) == ["Headlines.Title", "Settings.Font"])
        #expect(document.units.map(\.file) == ["NewsApp/en.lproj/Localizable.strings", "NewsApp/en.lproj/Settings.strings"])
        let skipped = details.notes.filter(\.skipped)
        #expect(skipped.map(\.line) == [20, 25])
        #expect(skipped.allSatisfy { $0.message.contains("Plurals.stringsdict") && $0.message.contains("en into en") })
        #expect(skipped.map(\.unit).first == "/comments:dict/NSStringLocalizedFormatKey:dict/:string")
    }

    @Test("a single en-into-en document is still refused, and so is a <file> of another pair")
    func developmentLanguageAlone() throws {
        let alone = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="en" target-language="en" datatype="plaintext"><body>
        <trans-unit id="t"><source>Hello</source><target>Hello</target></trans-unit></body></file></xliff>
        """
        #expect(throws: InputError.self) { try XLIFFReader.read(Data(alone.utf8), file: "en.xliff") }
        let mixed = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="a" source-language="en" target-language="nl-BE" datatype="plaintext"><body>
        <trans-unit id="t"><source>Hello</source><target>Hallo</target></trans-unit></body></file>
        <file original="b" source-language="en" target-language="fr-BE" datatype="plaintext"><body>
        <trans-unit id="u"><source>Hello</source><target>Bonjour</target></trans-unit></body></file></xliff>
        """
        do {
            _ = try XLIFFReader.read(Data(mixed.utf8), file: "mixed.xliff")
            Issue.record("expected an InputError")
        } catch let error as InputError {
            #expect(error.line == 3 && error.message.contains("one language pair"))
        }
    }
}
