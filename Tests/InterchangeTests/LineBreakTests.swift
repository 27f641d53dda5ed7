import Foundation
import Interchange
import TaalgrensCore
import Testing

/// A line-break placeholder inside a sentence keeps the words around it apart in the plain text that
/// matching, QA and word counts read (docs/known-issues.md, fixed: they used to read "weekdaysfrom").
@Suite("Line breaks read from TMX and XLIFF")
struct LineBreakTests {
    static let expected = "Open on weekdays from nine to five."

    @Test("TMX 1.4b <ph type=\"lb\">")
    func tmx() throws {
        let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
        <body><tu tuid="1">
          <tuv xml:lang="en"><seg>Open on weekdays<ph x="1" type="lb">&lt;br/&gt;</ph>from nine to five.</seg></tuv>
          <tuv xml:lang="nl-BE"><seg>Open op weekdagen<ph x="1" type="lb">&lt;br/&gt;</ph>van negen tot vijf.</seg></tuv>
        </tu></body></tmx>
        """
        let (units, _) = try TMXReader.read(data: Data(tmx.utf8), file: "lb.tmx")
        let en = try #require(units.first?.variant(for: "en")?.content)
        #expect(en.codes.map(\.type) == [.lineBreak])
        #expect(en.plainText == Self.expected)
        #expect(units.first?.variant(for: "nl-BE")?.text == "Open op weekdagen van negen tot vijf.")
    }

    @Test("XLIFF 2.1 <ph type=\"fmt\" subType=\"xlf:lb\"/> and XLIFF 1.2 <x ctype=\"lb\"/>")
    func xliff() throws {
        let v2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="nl-BE">
         <file id="f1"><unit id="u1"><segment id="s1" state="translated">
          <source>Open on weekdays<ph id="1" type="fmt" subType="xlf:lb"/>from nine to five.</source>
          <target>Open op weekdagen<ph id="1" type="fmt" subType="xlf:lb"/>van negen tot vijf.</target>
         </segment></unit></file></xliff>
        """
        let v12 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
         <file original="a.md" source-language="en" target-language="nl-BE" datatype="plaintext"><body>
          <trans-unit id="u1"><source>Open on weekdays<x id="1" ctype="lb"/>from nine to five.</source>
          <target state="translated">Open op weekdagen<x id="1" ctype="lb"/>van negen tot vijf.</target></trans-unit>
         </body></file></xliff>
        """
        for (name, text) in [("v2.xlf", v2), ("v12.xlf", v12)] {
            let doc = try XLIFFReader.read(Data(text.utf8), file: name)
            let segment = try #require(doc.units.first?.segments.first, "\(name)")
            #expect(segment.source.codes.map(\.type) == [.lineBreak], "\(name)")
            #expect(segment.source.plainText == Self.expected, "\(name)")
            #expect(segment.target?.plainText == "Open op weekdagen van negen tot vijf.", "\(name)")
        }
    }
}
