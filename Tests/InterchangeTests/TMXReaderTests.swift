import Foundation
import Interchange
import TaalgrensCore
import Testing

@Suite("TMX reader")
struct TMXReaderTests {
    private func read(_ fixture: String) throws -> (units: [TranslationUnit], report: TMXReadReport) {
        let reader = try TMXReader(contentsOf: TestSupport.fixture(fixture))
        var units: [TranslationUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        return (units, reader.report)
    }

    private func unit(_ id: String, in units: [TranslationUnit]) throws -> TranslationUnit {
        try #require(units.first { $0.id == id }, "no unit \(id) in \(units.map(\.id))")
    }

    private func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test("UTF-8 with BOM: counts add up, a duplicate is merged, a one-language unit is skipped with its reasons")
    func countsAndReasons() throws {
        let (units, report) = try read("multilingual-utf8-bom.tmx")
        #expect(report.read == 8)
        #expect(report.imported == 6)
        #expect(report.merged == 1)
        #expect(report.skipped == 1)
        #expect(report.read == report.imported + report.merged + report.skipped)
        #expect(units.count == 6)
        #expect(report.counts[.duplicate] == 1)
        #expect(report.counts[.missingLanguage] == 1)
        #expect(report.counts[.fewerThanTwoLanguages] == 1)
        let duplicate = try #require(report.entries.first { $0.reason == .duplicate })
        #expect(duplicate.unit == "dup-2")
        #expect(duplicate.message.contains("line 30"))
        #expect(!units.contains { $0.id == "dup-2" || $0.id == "one-language" })
    }

    @Test("five languages in one unit, srclang *all* in the header, props, notes and dates")
    func fiveLanguages() throws {
        let (units, _) = try read("multilingual-utf8-bom.tmx")
        let u = try unit("sid-1", in: units)
        #expect(u.locales == ["de-DE", "en", "es", "fr-BE", "nl-BE"])
        #expect(u.variant(for: "fr-BE")?.text == "La Journée pour un Internet plus sûr a lieu le 11 février 2020.")
        #expect(u.variant(for: "nl")?.locale == "nl-BE")
        // The header's tool is every unit's (TMX 1.4b section 3.3), kept so it survives a merge with other files.
        #expect(u.properties == ["x-domain": "online safety", "tmx:creationtool": "Handwritten", "tmx:creationtoolversion": "1"])
        #expect(u.notes == ["Five languages in one unit."])
        #expect(u.created == date("2020-03-30T10:15:00Z"))
        #expect(u.changed == date("2020-04-01T12:00:00Z"))
        #expect(u.status == .aligned)
        #expect(u.origin == Origin(article: "multilingual-utf8-bom.tmx"))
        let reader = try TMXReader(contentsOf: TestSupport.fixture("multilingual-utf8-bom.tmx"))
        _ = try reader.next()
        #expect(reader.header?.sourceLanguage == "*all*")
        #expect(reader.header?.properties == ["x-project": "Safer Internet Day"])
    }

    @Test("bpt/ept with x, type and native HTML; ph line break")
    func pairedCodes() throws {
        let (units, _) = try read("multilingual-utf8-bom.tmx")
        let en = try #require(try unit("inline-1", in: units).variant(for: "en")?.content)
        #expect(en == RichText([
            .text("Read the "),
            .code(InlineCode(id: "1", kind: .opening, type: .link, attributes: ["href": "https://www.childfocus.be/en"])),
            .text("report"),
            .code(InlineCode(id: "1", kind: .closing, type: .link)),
            .text(" on "),
            .code(InlineCode(id: "2", kind: .opening, type: .strong, attributes: ["markup": "<b>"])),
            .text("sexting"),
            .code(InlineCode(id: "2", kind: .closing, type: .strong, attributes: ["markup": "</b>"])),
            .text("."),
            .code(InlineCode(id: "3", kind: .standalone, type: .lineBreak)),
        ]))
        // The line break stands for a space in the plain text (RichText.plainText), at the end too.
        #expect(en.plainText == "Read the report on sexting. ")
    }

    @Test("it (both positions), hi with its type")
    func isolatedAndHighlight() throws {
        let (units, _) = try read("multilingual-utf8-bom.tmx")
        let fr = try #require(try unit("inline-2", in: units).variant(for: "fr-BE")?.content)
        let hi = ["tmx-element": "hi", "tmx-type": "term"]
        #expect(fr == RichText([
            .code(InlineCode(id: "4", kind: .closing, type: .emphasis)),
            .text(" se termine ici, le "),
            .code(InlineCode(id: "5", kind: .opening, type: .other, attributes: hi)),
            .text("grooming"),
            .code(InlineCode(id: "5", kind: .closing, type: .other, attributes: hi)),
            .text(" commence "),
            .code(InlineCode(id: "6", kind: .opening, type: .emphasis)),
            .text("là"),
        ]))
    }

    @Test("ph with sub, ut, and a ph without x get ids and keep their native text")
    func subAndUT() throws {
        let (units, _) = try read("multilingual-utf8-bom.tmx")
        let codes = try #require(try unit("inline-3", in: units).variant(for: "en")?.content.codes)
        #expect(codes.count == 3)
        #expect(codes[0].id == "7")
        #expect(codes[0].type == .image)
        #expect(codes[0].attributes["alt"] == "Child Focus logo")
        #expect(codes[0].attributes["src"] == "logo.png")
        #expect(codes[0].attributes["tmx-inner"] == #"&lt;img src="logo.png" alt="<sub>Child Focus logo</sub>"/&gt;"#)
        #expect(codes[1] == InlineCode(id: "8", kind: .standalone, type: .other, attributes: ["markup": #"{\b}"#, "tmx-element": "ut"]))
        #expect(codes[2] == InlineCode(id: "ph1", kind: .standalone, type: .other, attributes: ["markup": #"<span class="tel"/>"#]))
    }

    @Test("legacy lang attribute, canonicalised tags, id generated from content when tuid is absent")
    func legacyLangAndGeneratedID() throws {
        let (units, _) = try read("multilingual-utf8-bom.tmx")
        let u = try #require(units.first { $0.variant(for: "en")?.text == "The helpline is open every day." })
        #expect(u.locales == ["en", "nl-BE"])
        #expect(u.id.hasPrefix("tmx-") && u.id.count == 20)
        let again = try read("multilingual-utf8-bom.tmx").units.first { $0.variant(for: "en")?.text == "The helpline is open every day." }
        #expect(again?.id == u.id)
    }

    @Test("white space inside segments is kept exactly")
    func whiteSpace() throws {
        let (units, _) = try read("multilingual-utf8-bom.tmx")
        #expect(try unit("spaces", in: units).variant(for: "en")?.text == "  Two  spaces and a tab\tstay. ")
    }

    @Test("UTF-16 with BOM, UTF-16 without BOM, UTF-8 without declaration all read the same, characters outside the BMP included")
    func encodings() throws {
        let a = try read("utf16le-bom.tmx").units
        let b = try read("utf16be-no-bom.tmx").units
        let c = try read("utf8-no-declaration.tmx").units
        #expect(a.count == 2)
        #expect(a == b.map { var u = $0; u.origin = a[0].origin; return u })
        #expect(a.map(\.variants) == c.map(\.variants))
        #expect(a[0].variant(for: "fr-BE")?.text == "Le cyberharcèlement blesse — « les mots » comptent.")
        #expect(a[1].variant(for: "nl-BE")?.text == "Emoji 😀 buiten het BMP.")
    }

    @Test("a truncated file fails with the file, line and column")
    func truncated() throws {
        let error = try #require(throws: InputError.self) { _ = try read("truncated.tmx") }
        #expect(error.file.hasSuffix("truncated.tmx"))
        #expect(error.line == 23)
        #expect(error.column != nil)
    }

    @Test("malformed XML fails with the line of the fault")
    func malformed() throws {
        let error = try #require(throws: InputError.self) { _ = try read("malformed.tmx") }
        #expect(error.line == 6)
        #expect(error.message.contains("malformed XML"))
    }

    @Test("an external entity is rejected and the file it names is never read")
    func externalEntity() throws {
        let error = try #require(throws: InputError.self) { _ = try read("external-entity.tmx") }
        #expect(error.message.contains("entity"))
        #expect(error.line == 7)
        #expect(!error.description.contains("root:"))
    }

    @Test("a document that is not TMX fails with what was expected")
    func notTMX() throws {
        let error = try #require(throws: InputError.self) {
            _ = try TMXReader.read(data: Data("<xliff version=\"1.2\"/>".utf8), file: "x.tmx")
        }
        #expect(error.message.contains("<tmx>"))
        let empty = try #require(throws: InputError.self) {
            _ = try TMXReader.read(data: Data("<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>a</seg></tuv>".utf8), file: "y.tmx")
        }
        #expect(empty.file == "y.tmx")
    }

    @Test("warnings: srclang without a variant, a repeated tuid with other content, a malformed date, a repeated language, an empty segment")
    func warnings() throws {
        let tmx = """
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="de" datatype="plaintext"/>
        <body>
        <tu tuid="a" creationdate="2020-03-30"><tuv xml:lang="en"><seg>One</seg></tuv><tuv xml:lang="nl"><seg>Een</seg></tuv></tu>
        <tu tuid="a"><tuv xml:lang="en"><seg>Two</seg></tuv><tuv xml:lang="nl"><seg>Twee</seg></tuv><tuv xml:lang="nl"><seg>Nog eens</seg></tuv><tuv xml:lang="fr"><seg>  </seg></tuv></tu>
        </body></tmx>
        """
        let (units, report) = try TMXReader.read(data: Data(tmx.utf8), file: "w.tmx")
        // The repeated tuid keeps both units: the later one gets an id of its own, derived from its content
        // (it used to come back as "a" too, and the store then overwrote the first unit with it).
        #expect(units.map(\.id) == ["a", "a~tmx-897f2f67058600e9"])
        #expect(try TMXReader.read(data: Data(tmx.utf8), file: "w.tmx").units.map(\.id) == units.map(\.id), "the same id on every read")
        #expect(units[0].created == nil)
        #expect(units[1].variant(for: "nl")?.text == "Twee")
        #expect(report.counts == [.sourceLanguageMissing: 2, .repeatedID: 1, .malformedDate: 1, .repeatedLanguage: 1, .emptySegment: 1])
        #expect(report.read == 2 && report.imported == 2)
        #expect(report.entries.first { $0.reason == .malformedDate }?.line == 3)
    }
}
