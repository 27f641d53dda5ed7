import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Eleventh trial, finding 2: a unit read from XLIFF 2 with `<sc>`/`<ec>` came back from the memory's own TMX
/// export as another unit ("1 added, 6 merged", the pair then listed twice by `query`): the `<ec>` read as a
/// code of type `other` while TMX carries one type per `<bpt>`/`<ept>` pair. What an XLIFF reader makes of a
/// segment must survive TMX unchanged, for every XLIFF file the tests hold from other tools.
@Suite("XLIFF segments through TMX")
struct XLIFFThroughTMXTests {
    @Test("the sc/ec pair: the closing code takes the opening's type")
    func startEndPair() throws {
        let xliff = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr-BE">
        <file id="f1"><unit id="u3"><segment id="s5" state="final">
        <source>Apply via <sc id="3" type="link"/>the online portal<ec startRef="3"/> or call 1700.</source>
        <target>Introduisez votre demande via <sc id="3" type="link"/>le guichet en ligne<ec startRef="3"/> ou appelez le 1700.</target>
        </segment></unit></file></xliff>
        """
        let segment = try #require(XLIFFReader.read(Data(xliff.utf8), file: "phrase.xlf").units.first?.segments.first)
        let codes = segment.source.elements.compactMap { if case .code(let c) = $0 { c } else { nil } }
        #expect(codes.map(\.kind) == [.opening, .closing])
        #expect(codes.map(\.type) == [.link, .link])
    }

    @Test("every XLIFF fixture's segments come back from TMX with the same content")
    func everyFixture() throws {
        let folder = TestSupport.interop("")
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { ["xlf", "xliff", "sdlxliff"].contains($0.pathExtension) })
        #expect(files.count >= 20)
        var compared = 0
        for file in files {
            guard let document = try? XLIFFReader.read(Data(contentsOf: file), file: file.lastPathComponent) else { continue }
            var units: [TranslationUnit] = []
            for unit in document.units {
                for segment in unit.segments {
                    guard let target = segment.target, !target.plainText.isEmpty, !segment.source.plainText.isEmpty else { continue }
                    units.append(TranslationUnit(id: "\(unit.id)#\(segment.id)#\(units.count)", variants: [
                        Variant(locale: document.sourceLocale, content: segment.source),
                        Variant(locale: document.targetLocale, content: target),
                    ]))
                }
            }
            let back = try TMXReader.read(data: TMXWriter.data(for: units), file: "export.tmx").units
            let byID = Dictionary(back.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            for unit in units {
                let other = byID[unit.id]
                for variant in unit.variants {
                    let read = other?.variant(for: variant.locale)?.content
                    #expect(read == variant.content, "\(file.lastPathComponent) \(unit.id) \(variant.locale): \(variant.content.codes) came back as \(String(describing: read?.codes))")
                }
                compared += 1
            }
        }
        #expect(compared >= 60, "only \(compared) segments compared")
    }
}
