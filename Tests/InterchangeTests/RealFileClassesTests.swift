import Foundation
import Testing
import TaalgrensCore
import Interchange

/// Classes of input found in real files from other tools (REALFILES7): Phrase's tag notation as text, its
/// workflow levels, files whose source and target language are the same, and XLIFF without a target
/// language. The fixtures in `Tests/Fixtures/interop/realfiles7/` have the other tools' structure and our
/// own sentences.
@Suite struct RealFileClassesTests {
    private static func data(_ name: String) throws -> Data {
        try Data(contentsOf: TestSupport.interop("realfiles7/" + name))
    }

    private static func xliff(_ name: String) throws -> XLIFFDocument {
        try XLIFFReader.read(data(name), file: name)
    }

    /// The segment of a unit, by unit id.
    private static func segment(_ document: XLIFFDocument, unit: String) throws -> XLIFFSegment {
        try #require(document.units.first { $0.id == unit }?.segments.first)
    }

    @Test("Phrase MXLIFF: {1>…<1} is a pair of codes, {2} a standalone one, {b>…<b} strong, {j} a marker; the words stay words")
    func phraseTagNotation() throws {
        let document = try Self.xliff("phrase-tags.mxliff.xlf")
        let lane = try Self.segment(document, unit: "T1:0")
        #expect(lane.source.plainText == "The council approved the new cycle lane on Monday.")
        #expect(lane.source.codes.map(\.id) == ["1", "1"])
        #expect(lane.source.codes.map(\.kind) == [.opening, .closing])
        #expect(lane.source.codes.map { $0.attributes["markup"] } == ["{1>", "<1}"])
        let target = try #require(lane.target)
        #expect(target.plainText == "De gemeenteraad keurde het nieuwe fietspad maandag goed.")
        #expect(target.codes.map(\.id) == ["1", "1"])

        let march = try Self.segment(document, unit: "T1:1")
        #expect(march.source.plainText == "Work starts in March.")
        #expect(march.source.codes.map(\.kind) == [.opening, .closing, .standalone])
        #expect(march.source.codes.map(\.type) == [.strong, .strong, .other])
        #expect(march.source.codes.map(\.id) == ["b", "b", "2"])

        let object = try Self.segment(document, unit: "T1:2")
        #expect(object.source.plainText == "Residents can still object")
        #expect(object.source.codes.map(\.id) == ["j"])
    }

    @Test("Phrase notation only in its exact shapes: a < b, {x} and a two-digit {10} as the file has them")
    func phraseExactShapes() throws {
        let prices = try Self.segment(try Self.xliff("phrase-tags.mxliff.xlf"), unit: "T1:3")
        #expect(prices.source.plainText == "Prices rise by  per cent, a < b holds, {x} stays text.")
        #expect(prices.source.codes.map(\.id) == ["10", "i", "i"])
        #expect(prices.source.codes.map(\.type) == [.other, .emphasis, .emphasis])
    }

    @Test("Phrase m:confirmed is the workflow step: 2 reviewed, 1 translated, 0 not confirmed")
    func phraseWorkflowLevels() throws {
        let document = try Self.xliff("phrase-tags.mxliff.xlf")
        #expect(try Self.segment(document, unit: "T1:0").state == .reviewed)
        #expect(try Self.segment(document, unit: "T1:1").state == .translated)
        #expect(try Self.segment(document, unit: "T1:2").state == .initial)
    }

    @Test("a TMX from Memsource/Phrase reads the notation; another tool's braces stay text")
    func phraseTMX() throws {
        let phrase = try #require(try TMXReader.read(data: Self.data("memsource-text-tags.tmx"), file: "m.tmx").units.first)
        let en = try #require(phrase.variant(for: "en"))
        #expect(en.text == "Read the full report online.")
        #expect(en.content.codes.map(\.kind) == [.opening, .closing])
        #expect(try #require(phrase.variant(for: "fr-BE")).content.codes.map(\.id) == ["1", "1"])

        let other = try #require(try TMXReader.read(data: Self.data("other-tool-braces.tmx"), file: "o.tmx").units.first)
        #expect(other.variant(for: "en")?.text == "Read {1>the full report<1} online.")
        #expect(other.variant(for: "en")?.content.codes.isEmpty == true)
    }

    @Test("memoQ 7 context on the source <tuv>, wrapped as <seg>…</seg>: the unwrapped sentences become previous and next")
    func memoQVariantContext() throws {
        let unit = try #require(try TMXReader.read(data: Self.data("memoq7-tuv-context.tmx"), file: "m.tmx").units.first)
        let en = try #require(unit.variant(for: "en"))
        #expect(en.previous == "Roadworks start on Monday.")
        #expect(en.next == "Buses take a detour & trams run as usual.")
        // The props stay as memoQ wrote them, for a TMX export (eleventh trial, finding 7).
        #expect(unit.properties["en:x-context-pre"]?.contains("<seg>") == true)
        #expect(unit.properties["en:x-context-post"]?.contains("<seg>") == true)
        #expect(unit.variant(for: "nl-BE")?.previous == nil)
    }

    @Test("source and target language the same (Xcode's development-language export, XLIFF 1.2 and 2.0): an error naming the file, line and both languages")
    func sameLanguage() throws {
        for (name, line, language) in [("xcode-development-language.xliff", 3, "en"), ("same-language-2.0.xlf", 2, "fr-BE")] {
            let error = try #require(throws: InputError.self) { try Self.xliff(name) }
            #expect(error.file == name)
            #expect(error.line == line)
            #expect(error.message.hasPrefix("the source and the target language are both \(language): expected a translation into another language"))
        }
    }

    @Test("XLIFF 1.2 with XLIFF 2's srcLang/trgLang on <xliff> (locize) and no languages on the <file>: read with those languages")
    func rootLanguageAttributes() throws {
        let document = try Self.xliff("locize-1.2-srcLang-trgLang.xliff")
        #expect(document.sourceLocale == "nl-BE")
        #expect(document.targetLocale == "fr-BE")
        let postponed = try Self.segment(document, unit: "match.postponed")
        #expect(postponed.target?.plainText == "Le match est reporté.")
        #expect(postponed.state == .translated)
    }

    @Test("XLIFF 1.1/1.2 without target-language: an untranslated file says so; a translated one asks for the attribute")
    func missingTargetLanguage() throws {
        let untranslated = try #require(throws: InputError.self) { try Self.xliff("no-target-language-untranslated.xlf") }
        #expect(untranslated.line == 3)
        #expect(untranslated.message == "the <file> has no target-language and no <target> holds a translation: an untranslated file, nothing to import")
        let translated = try #require(throws: InputError.self) { try Self.xliff("no-target-language-translated.xlf") }
        #expect(translated.line == 3)
        #expect(translated.message.hasSuffix("expected the target language (add target-language=\"…\" to the <file>)"))
    }
}
