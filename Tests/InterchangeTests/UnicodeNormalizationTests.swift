import Foundation
import Testing
import TaalgrensCore
@testable import Interchange

/// XLIFF and TMX text is stored in NFC (UAX #15), as article text is (TRIAL6 finding 9): a target written
/// decomposed (`E` + U+0301) is read as `É`.
@Suite struct UnicodeNormalizationTests {
    @Test("a decomposed XLIFF 1.2 target, inside and outside an inline code, is read in NFC")
    func xliff12() throws {
        let name = "trial6/nfd-returned.xlf"
        let data = try Data(contentsOf: TestSupport.interop(name))
        #expect(String(decoding: data, as: UTF8.self).unicodeScalars.contains("\u{301}"))  // the fixture is NFD
        let document = try XLIFFReader.read(data, file: name)
        let target = try #require(document.units.first?.segments.first?.target)
        #expect(target.plainText.unicodeScalars.elementsEqual("Été à Liège, déjà réservé".unicodeScalars))
        #expect(target.codes.count == 2)
    }

    @Test("a decomposed TMX segment is read in NFC; the ASCII source is unchanged")
    func tmx() throws {
        let name = "trial6/nfd.tmx"
        let (units, _) = try TMXReader.read(data: Data(contentsOf: TestSupport.interop(name)), file: name)
        let variants = try #require(units.first?.variants)
        #expect(variants.map(\.locale) == ["en", "fr-BE"])
        #expect(variants[1].text.unicodeScalars.elementsEqual("Le café ouvre à Namur".unicodeScalars))
        #expect(variants[0].text.unicodeScalars.elementsEqual("The café opens".unicodeScalars))
    }

    @Test("XLIFF 2 text in NFD is read in NFC")
    func xliff2() throws {
        let decomposed = "Re\u{301}sume\u{301}"
        let text = """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr-BE">
        <file id="f1"><unit id="u1"><segment state="translated"><source>Summary</source><target>\(decomposed)</target></segment></unit></file></xliff>
        """
        let document = try XLIFFReader.read(Data(text.utf8), file: "nfd-2.0.xlf")
        let target = try #require(document.units.first?.segments.first?.target)
        #expect(target.plainText.unicodeScalars.elementsEqual("Résumé".unicodeScalars))
    }
}
