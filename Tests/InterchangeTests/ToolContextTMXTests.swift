import Foundation
import Testing
import TaalgrensCore
import Interchange

/// Eleventh trial, finding 7: other tools' context props in TMX (memoQ, OmegaT, XTM, Trados Studio) are the
/// source variant's context, and a TMX export writes them back as the unit came, not as Taalgrens's own.
@Suite("TMX: other tools' context props, read and written back")
struct ToolContextTMXTests {
    static func units(_ name: String) throws -> [TranslationUnit] {
        try TMXReader.read(data: Data(contentsOf: TestSupport.interop(name)), file: name).units
    }

    @Test("each tool's convention gives the source variant's previous and next sentence")
    func conventions() throws {
        // OmegaT: the alternative translation's prev/next, short tags taken out; the default one has none.
        let omegat = try Self.units("context12/omegat-alternatives.tmx")
        #expect(omegat.count == 2)
        #expect(omegat[0].variant(for: "en-GB")?.previous == nil)
        let alternative = try #require(omegat[1].variant(for: "en-GB"))
        #expect(alternative.previous == "Schools in West Flanders stay closed.")
        #expect(alternative.next == "Trains run as usual.")
        #expect(omegat[1].variant(for: "nl-BE")?.previous == nil)
        #expect(omegat[1].properties["prev"] == "Schools in <b0>West Flanders</b0> stay closed.")

        // XTM: x-previous-source-text / x-next-source-text; an empty one is no context.
        let xtm = try Self.units("context12/xtm-context.tmx")
        #expect(xtm[0].variant(for: "en-GB")?.previous == "Storm Ciarán reached the coast on Thursday night.")
        #expect(xtm[0].variant(for: "en-GB")?.next == "Trains between Ostend and Bruges were cancelled.")
        #expect(xtm[1].variant(for: "en-GB")?.previous == nil)
        #expect(xtm[1].variant(for: "en-GB")?.next == "Gusts of up to 110 km/h were measured in Zeebrugge.")

        // Trados: the first field of x-ContextContent, its doubled bars made single; the second field is the
        // previous *target* in Trados's default mode, so no next.
        let trados = try #require(try Self.units("context12/trados-context.tmx").first)
        #expect(trados.variant(for: "en-GB")?.previous == "Choose \"Wind | Rain\" in the app.")
        #expect(trados.variant(for: "en-GB")?.next == nil)
        // …and the following source when the header says PrecedingAndFollowingSource.
        let following = try #require(try Self.units("context12/trados-following-source.tmx").first)
        #expect(following.variant(for: "en-GB")?.previous == "Choose \"Wind | Rain\" in the app.")
        #expect(following.variant(for: "en-GB")?.next == "Warnings stay on screen for an hour.")
    }

    @Test("a TMX export writes the tool's props back, names the source variant, and reads back the same units",
          arguments: ["memoq.tmx", "realfiles7/memoq7-tuv-context.tmx", "context12/omegat-alternatives.tmx",
                      "context12/xtm-context.tmx", "context12/trados-context.tmx"])
    func roundTrip(name: String) throws {
        let units = try Self.units(name)
        let exported = String(decoding: TMXWriter.data(for: units), as: UTF8.self)
        // No Taalgrens context prop where the tool's props give the same text.
        #expect(!exported.contains("x-taalgrens-previous") && !exported.contains("x-taalgrens-next"), "\(exported)")
        let back = try TMXReader.read(data: Data(exported.utf8), file: "export.tmx").units
        #expect(back.count == units.count)
        for (a, b) in zip(units, back) {
            #expect(a.variants == b.variants, "\(a.id)")
            #expect(a.properties == b.properties, "\(a.id)")
        }
    }

    @Test("the memoQ props are written as memoQ wrote them")
    func memoQPropsWrittenBack() throws {
        let exported = String(decoding: TMXWriter.data(for: try Self.units("memoq.tmx")), as: UTF8.self)
        #expect(exported.contains("<prop type=\"x-context-post\">The wind reached 110 km/h.</prop>"), "\(exported)")
        #expect(exported.contains("<prop type=\"x-context-pre\">A storm hit the coast on Monday.</prop>"), "\(exported)")
        #expect(exported.contains("srclang=\"en-GB\""))
    }

    @Test("context that differs from the tool's props (an article's newer context) is written as Taalgrens's own and wins")
    func changedContextWins() throws {
        var unit = try #require(try Self.units("memoq.tmx").first)
        unit.variants[0].next = "The wind reached 120 km/h."
        let exported = String(decoding: TMXWriter.data(for: [unit]), as: UTF8.self)
        #expect(exported.contains("<prop type=\"x-taalgrens-next\">The wind reached 120 km/h.</prop>"), "\(exported)")
        let back = try #require(try TMXReader.read(data: Data(exported.utf8), file: "e.tmx").units.first)
        #expect(back.variants[0].next == "The wind reached 120 km/h.")
    }

    @Test("Trados's x-ContextContent fields: separators with single bars, doubled bars inside a field")
    func tradosFields() throws {
        let file = """
            <?xml version="1.0" encoding="utf-8"?>
            <tmx version="1.4"><header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format" datatype="xml" segtype="sentence" adminlang="en-GB" srclang="en-GB">
            <prop type="x-TextContextMatchType">PrecedingAndFollowingSource</prop></header><body>
            <tu><prop type="x-ContextContent">|| leading bar || | AAEC | trailing bar || | </prop>
            <tuv xml:lang="en-GB"><seg>Middle sentence.</seg></tuv><tuv xml:lang="nl-BE"><seg>Middelste zin.</seg></tuv></tu>
            <tu><prop type="x-ContextContent"> |  | Only a following sentence. | </prop>
            <tuv xml:lang="en-GB"><seg>First sentence.</seg></tuv><tuv xml:lang="nl-BE"><seg>Eerste zin.</seg></tuv></tu>
            </body></tmx>
            """
        let units = try TMXReader.read(data: Data(file.utf8), file: "t.tmx").units
        #expect(units[0].variants[0].previous == "| leading bar |")
        #expect(units[0].variants[0].next == "trailing bar |")
        #expect(units[1].variants[0].previous == nil)
        #expect(units[1].variants[0].next == "Only a following sentence.")
    }
}
