import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Seventeenth trial, finding 8 (its TMX part): a unit holding Word's manual line break (U+000B) was written
/// to TMX as `<seg>Els PeetersSpokesperson FPS Economy…</seg>`, the character dropped (XML 1.0 cannot hold it)
/// and the words glued. The kind: every line and paragraph separator (U+000B, U+000C, U+0085, U+2028, U+2029)
/// in a segment's text, written to and read from TMX, XLIFF 2 and XLIFF 1.2.
@Suite("SegmentLineBreaks: a line separator inside a segment is a line-break code, written and read the same way")
struct SegmentLineBreaksTests {
    static let separators: [Unicode.Scalar] = ["\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]

    /// The lines of a press contact block joined by `separator`.
    static func contact(_ separator: Unicode.Scalar) -> String {
        ["Els Peeters", "Spokesperson FPS Economy", "els.peeters@example.be"].joined(separator: String(Character(separator)))
    }

    @Test("each separator becomes a standalone line-break code lb1, lb2, …; the plain text keeps the words apart", arguments: separators)
    func codes(separator: Unicode.Scalar) {
        let text = SegmentLineBreaks.codes(in: RichText(plain: Self.contact(separator)))
        #expect(text.plainText == "Els Peeters Spokesperson FPS Economy els.peeters@example.be")
        #expect(text.codes == [InlineCode(id: "lb1", kind: .standalone, type: .lineBreak), InlineCode(id: "lb2", kind: .standalone, type: .lineBreak)])
        // An id the text uses already is skipped; a text without separators is returned as it is.
        let taken = SegmentLineBreaks.codes(in: RichText([.code(InlineCode(id: "lb1", kind: .standalone, type: .image)), .text("a\u{2028}b")]))
        #expect(taken.codes.map(\.id) == ["lb1", "lb2"])
        #expect(SegmentLineBreaks.codes(in: "No break – here.") == "No break – here.")
    }

    @Test("TMX: the writer puts a <ph type=\"lb\"> where the separator was, and reading gives the code back", arguments: separators)
    func tmxRoundTrip(separator: Unicode.Scalar) throws {
        let unit = TranslationUnit(id: "contact", variants: [
            Variant(locale: LanguageTag("en"), content: RichText(plain: Self.contact(separator))),
            Variant(locale: LanguageTag("nl-BE"), content: RichText(plain: Self.contact(separator).replacingOccurrences(of: "Spokesperson FPS Economy", with: "Woordvoerder FOD Economie"))),
        ])
        let data = TMXWriter.data(for: [unit])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"<seg>Els Peeters<ph type="lb">&lt;br/&gt;</ph>Spokesperson FPS Economy<ph type="lb">&lt;br/&gt;</ph>els.peeters@example.be</seg>"#), "\(text)")
        let (units, _) = try TMXReader.read(data: data, file: "contact.tmx")
        let english = try #require(units.first?.variant(for: LanguageTag("en")))
        #expect(english.content == SegmentLineBreaks.codes(in: RichText(plain: Self.contact(separator))))
        #expect(units.first?.variant(for: LanguageTag("nl-BE"))?.text == "Els Peeters Woordvoerder FOD Economie els.peeters@example.be")
    }

    @Test("a TMX or XLIFF file holding U+2028 reads as the line-break code, as the written one does")
    func reading() throws {
        let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext" creationtool="t" creationtoolversion="1"/><body>
        <tu><tuv xml:lang="en"><seg>Els Peeters\u{2028}Spokesperson</seg></tuv><tuv xml:lang="fr-BE"><seg>Els Peeters\u{2028}Porte-parole</seg></tuv></tu>
        </body></tmx>
        """
        let (units, _) = try TMXReader.read(data: Data(tmx.utf8), file: "ls.tmx")
        #expect(units.first?.variants.map(\.content.codes) == [[InlineCode(id: "lb1", kind: .standalone, type: .lineBreak)],
                                                                [InlineCode(id: "lb1", kind: .standalone, type: .lineBreak)]])
        let xliff = """
        <?xml version="1.0"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="c.html" source-language="en" target-language="fr-BE" datatype="html"><body>
        <trans-unit id="1"><source>Els Peeters\u{2028}Spokesperson</source><target>Els Peeters\u{2029}Porte-parole</target></trans-unit>
        </body></file></xliff>
        """
        var details = XLIFFReadDetails()
        let segment = try #require(try XLIFFReader.read(Data(xliff.utf8), file: "c.xlf", details: &details).units.first?.segments.first)
        #expect(segment.source.plainText == "Els Peeters Spokesperson")
        #expect(segment.target?.codes.map(\.type) == [.lineBreak])
    }

    @Test("XLIFF 2.1 and 1.2: a U+000B held as text is written as a line-break code and reads back as one", arguments: XLIFFVersion.allCases)
    func xliffRoundTrip(version: XLIFFVersion) throws {
        let source = RichText(plain: Self.contact("\u{0B}"))
        let document = XLIFFDocument(sourceLocale: LanguageTag("en"), targetLocale: LanguageTag("nl-BE"), units: [
            XLIFFUnit(id: "u1", segments: [XLIFFSegment(id: "s1", source: source, target: RichText(plain: "Els Peeters\u{0B}Woordvoerder"), state: .translated)]),
        ])
        let data = try XLIFFWriter.write(document, version: version)
        var details = XLIFFReadDetails()
        let read = try XLIFFReader.read(data, file: "c.xlf", details: &details)
        let segment = try #require(read.units.first?.segments.first)
        #expect(segment.source.plainText == "Els Peeters Spokesperson FPS Economy els.peeters@example.be")
        #expect(segment.source.codes.map(\.type) == [.lineBreak, .lineBreak])
        #expect(segment.target?.plainText == "Els Peeters Woordvoerder")
        #expect(!String(decoding: data, as: UTF8.self).contains("PeetersSpokesperson"))
    }
}
