import Bundles
import Foundation
import Interchange
import TaalgrensCore
import Testing

/// The reading half of the bundle contract: a translator's XLIFF back to translation units, through a
/// real XLIFF 2.1 file (written, then read, so that reasons carry their lines).
@Suite("BundleXLIFF: a returned XLIFF to translation units")
struct BundleXLIFFTests {
    /// Writes `document` as XLIFF 2.1 and reads it back with its details, as `taalgrens import` does.
    static func read(_ document: XLIFFDocument) throws -> (XLIFFDocument, XLIFFReadDetails) {
        let data = try XLIFFWriter.write(document, version: .v21)
        var details = XLIFFReadDetails()
        let read = try XLIFFReader.read(data, file: "article.xlf", details: &details)
        return (read, details)
    }

    /// A bundle's document for article `a1`: block 2 with four segments in the four states that matter.
    static func bundle() -> XLIFFDocument {
        let stamped: RichText = "De raad vergadert."
        let segments = [
            XLIFFSegment(id: "b2.s0", source: "The council meets.", target: stamped, state: .translated,
                         metadata: PretranslationStamp.metadata(target: stamped, state: .translated)),
            XLIFFSegment(id: "b2.s1", source: "It votes.", target: "Hij stemt.", state: .final),
            XLIFFSegment(id: "b2.s2-3", source: "It ends. Late.", target: "Het eindigt. Laat.", state: .translated,
                         metadata: [BundleMetadataKey.sentences: "2,3"]),
            XLIFFSegment(id: "b2.s4", source: "A draft.", target: "Een ontwerp.", state: .initial),
        ]
        return XLIFFDocument(sourceLocale: "en", targetLocale: "nl-BE", fileID: "a1", original: "a1/en.md",
                             units: [XLIFFUnit(id: "b2", segments: segments, metadata: [BundleMetadataKey.block: "2"])],
                             metadata: [BundleMetadataKey.article: "Article One"])
    }

    @Test("a bundle's file: its article from the metadata, confirmed segments as units at their block and sentence")
    func bundleUnits() throws {
        let (document, details) = try Self.read(Self.bundle())
        let reading = BundleXLIFF.translationUnits(from: document, details: details, fileName: "article.xlf", scopeName: "ignored")
        #expect(reading.article == "Article One")
        #expect(reading.scopeName == "Article One")
        // The stamped pre-translation nobody touched gives no unit; the draft is skipped with its line.
        #expect(reading.untouched == 1)
        #expect(reading.skipped == 1)
        // Stored under their source text (eighth trial: segment ids shift when the article is revised).
        #expect(reading.units.map(\.id) == [BundleXLIFF.storedID(source: "It votes."), BundleXLIFF.storedID(source: "It ends. Late.")])
        #expect(BundleXLIFF.storedID(source: "It votes.") == "src:" + "5a4df01d4f5c")
        #expect(reading.units.map(\.status) == [.reviewed, .translated])
        #expect(reading.units.map(\.origin) == [Origin(article: "Article One", block: 2, position: 1),
                                                Origin(article: "Article One", block: 2, position: 2)])
        let line = try #require(details.segment(unit: "b2", segment: "b2.s4")?.line)
        #expect(reading.reasons == ["line \(line): unit b2 segment b2.s4: state=\"initial\" (a draft nobody confirmed): not imported; "
                                    + "set state=\"translated\", \"reviewed\" or \"final\" to import it"])
        // Context: the neighbouring segments in the file, on both sides.
        #expect(reading.units[0].variants[0].previous == "The council meets.")
        #expect(reading.units[0].variants[1].next == "Het eindigt. Laat.")
    }

    @Test("a bundle written before the article metadata: the article is the <file> id when original starts with it")
    func legacyBundle() throws {
        var legacy = Self.bundle()
        legacy.metadata = [:]
        #expect(BundleXLIFF.article(of: legacy) == "a1")
        legacy.original = "elsewhere/en.md"
        #expect(BundleXLIFF.article(of: legacy) == nil)
    }

    @Test("the place of a segment without metadata comes from its ids: b<block> and s<first>-<last>")
    func placeFromIDs() {
        let unit = XLIFFUnit(id: "b7", segments: [])
        #expect(BundleXLIFF.place(unit: unit, segment: XLIFFSegment(id: "b7.s3-5", source: "x"), article: "a")
                == Origin(article: "a", block: 7, position: 3))
        let marked = XLIFFUnit(id: "u", segments: [], metadata: [BundleMetadataKey.block: "4"])
        #expect(BundleXLIFF.place(unit: marked, segment: XLIFFSegment(id: "x", source: "x", metadata: [BundleMetadataKey.sentences: "9,10"]),
                                  article: "a") == Origin(article: "a", block: 4, position: 9))
    }

    @Test("another tool's XLIFF: drafts become needsReview units, repeated ids are numbered, the scope is the file name")
    func otherTool() throws {
        let segments = [
            XLIFFSegment(id: "1", source: "Hello.", target: "Hallo.", state: .initial),
            XLIFFSegment(id: "2", source: "Bye.", target: nil, state: .initial),
        ]
        let document = XLIFFDocument(sourceLocale: "en", targetLocale: "nl-BE",
                                     units: [XLIFFUnit(id: "u", segments: segments), XLIFFUnit(id: "u", segments: [segments[0]])])
        // Read as given (two units with one id cannot be written as XLIFF 2.1): reasons then have no line.
        let reading = BundleXLIFF.translationUnits(from: document, details: XLIFFReadDetails(), fileName: "vendor.xlf")
        #expect(reading.article == nil)
        #expect(reading.scopeName == "vendor.xlf")
        #expect(reading.untouched == 0)
        #expect(reading.units.map(\.id) == ["u:1", "u:1~2"])
        #expect(reading.units.allSatisfy { $0.status == .needsReview && $0.origin == Origin(article: "vendor.xlf") })
        #expect(reading.skipped == 1)
        // Each draft is named as stored for review (eleventh trial, finding 9), the empty segment as skipped.
        #expect(reading.reasons == ["unit u segment 1: state initial (a draft): stored as needing review, never offered as a 100 % match",
                                    "unit u segment 2: no target",
                                    "unit u segment 1: state initial (a draft): stored as needing review, never offered as a 100 % match"])
        let named = BundleXLIFF.translationUnits(from: document, details: XLIFFReadDetails(), fileName: "vendor.xlf", scopeName: "recall")
        #expect(named.scopeName == "recall")
    }

    /// TRIAL6: Okapi's placeholder copy and a segment with only an `<alt-trans>` were both reported as "no
    /// target", which a Trados or Okapi user reads as a lost translation.
    @Test("skip reasons name a placeholder copy and candidates instead of 'no target'")
    func placeholderAndCandidateReasons() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="phishing.html" source-language="en" target-language="nl-BE" datatype="html"><body>
            <trans-unit id="tu1"><source>Would you click this link?</source>
            <target state="needs-translation">Would you click this link?</target>
            <alt-trans match-quality="74"><source>Would you open this attachment?</source><target>Zou je deze bijlage openen?</target></alt-trans>
            </trans-unit>
            <trans-unit id="tu2"><source>Check the sender first.</source>
            <alt-trans match-quality="100"><source>Check the sender first.</source><target>Controleer eerst de afzender.</target></alt-trans>
            <alt-trans match-quality="81"><source>Check the address first.</source><target>Controleer eerst het adres.</target></alt-trans>
            </trans-unit>
            </body></file></xliff>
            """
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Data(xliff.utf8), file: "okapi.xlf", details: &details)
        let reading = BundleXLIFF.translationUnits(from: document, details: details, fileName: "okapi.xlf")
        #expect(reading.units.isEmpty)
        #expect(reading.skipped == 2)
        #expect(reading.reasons == [
            "line 4: unit tu1 segment 1: no translation yet (state=\"needs-translation\": the target is empty or a copy of the source); only a candidate (74%), not imported: nobody chose it",
            "line 8: unit tu2 segment 1: no target; only 2 candidates (best 100%), not imported: nobody chose them",
        ], "\(reading.reasons)")
    }

    /// Seventh trial, finding 2: memoQ, Trados and OmegaT re-create a target's `<g>` from the source's id and
    /// `ctype` and drop attributes of other namespaces, so `<g id="1" ctype="link">E40</g>` came back without
    /// the `tg:href` of the source's link, was stored so, and the next bundle published `<a href="">`.
    @Test("a target code takes the attributes it lacks from the source code of the same id")
    func targetCodesTakeTheSourceCodesAttributes() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:tg="urn:taalgrens:xliff-extensions:1.0">
            <file original="roads.html" source-language="en" target-language="nl-BE" datatype="html"><body>
            <trans-unit id="u1"><source>Update: the <g id="1" ctype="link" tg:href="https://example.be/e40">E40</g> is closed towards the coast.</source>
            <target state="translated">Update: de <g id="1" ctype="link">E40</g> is afgesloten richting de kust.</target></trans-unit>
            <trans-unit id="u2"><source>See <g id="1" ctype="link" tg:href="https://example.be/map">the map</g>.</source>
            <target state="translated">Zie <g id="1">de kaart</g>.</target></trans-unit>
            <trans-unit id="u3"><source>Read <g id="1" ctype="link" tg:href="https://example.be/en/faq">the FAQ</g>.</source>
            <target state="translated">Lees <g id="1" ctype="link" tg:href="https://example.be/nl/faq">de FAQ</g>.</target></trans-unit>
            </body></file></xliff>
            """
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Data(xliff.utf8), file: "returned.xlf", details: &details)
        let units = BundleXLIFF.translationUnits(from: document, details: details, fileName: "returned.xlf").units
        func link(_ unit: Int) -> InlineCode? {
            units[unit].variants.first { $0.locale == "nl-BE" }?.content.codes.first { $0.kind == .opening }
        }
        #expect(units.count == 3)
        #expect(link(0)?.type == .link && link(0)?.attributes["href"] == "https://example.be/e40", "\(String(describing: link(0)))")
        // A `<g>` without `ctype` is the source's link too.
        #expect(link(1)?.type == .link && link(1)?.attributes["href"] == "https://example.be/map", "\(String(describing: link(1)))")
        // The translator's own address (a localised page) wins.
        #expect(link(2)?.attributes["href"] == "https://example.be/nl/faq")
    }

    /// Seventh trial, finding 8: OmegaT and Okapi write an untranslated segment's target as a copy of its
    /// source (no state); it was stored as a translation and published in English inside the Dutch article.
    @Test("a target that copies its source is stored as needing review, with a warning; short names are not copies")
    func copiedSourceNeedsReview() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="storm.html" source-language="en" target-language="nl-BE" datatype="html"><body>
            <trans-unit id="u1"><source>We update this page every fifteen minutes.</source><target>We update this page every fifteen minutes.</target></trans-unit>
            <trans-unit id="u2"><source>Safer Internet Day</source><target>Safer Internet Day</target></trans-unit>
            <trans-unit id="u3"><source>The storm reached the coast.</source><target state="final">The storm reached the coast.</target></trans-unit>
            <trans-unit id="u4"><source>The trains stopped.</source><target>De treinen stopten.</target></trans-unit>
            </body></file></xliff>
            """
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Data(xliff.utf8), file: "omegat.xlf", details: &details)
        let reading = BundleXLIFF.translationUnits(from: document, details: details, fileName: "omegat.xlf")
        #expect(reading.units.map(\.status) == [.needsReview, .translated, .reviewed, .translated], "\(reading.units.map(\.status))")
        // The signed-off copy keeps its status, and both are said never to be offered as matches (the
        // search leaves copies out: seventeenth trial, finding 15).
        #expect(reading.reasons.count == 2 && reading.reasons[0].contains("unit u1 segment") && reading.reasons[0].contains("copy of the source"), "\(reading.reasons)")
        #expect(reading.reasons.allSatisfy { $0.contains("never offered as a match for nl-BE") }, "\(reading.reasons)")
        #expect(reading.reasons.count == 2 && reading.reasons[1].contains("unit u3 segment") && reading.reasons[1].contains("as signed off"), "\(reading.reasons)")
    }

    /// Seventh trial, finding 6: both sentences of a paragraph translated into the first segment's target and
    /// the second left empty were stored as the translation of the first sentence alone.
    @Test("one target for two sentences of a paragraph is stored as one unit of both; an empty target alone is skipped")
    func joinedSentencesAreStoredTogether() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:tg="urn:taalgrens:xliff-extensions:1.0">
            <file original="storm.html" source-language="en" target-language="nl-BE" datatype="html"><body>
            <group id="b10">
            <trans-unit id="b10.s0"><source>The emergency number <g id="1" ctype="bold">1722</g> is overloaded.</source>
            <target state="translated">Omdat het noodnummer <g id="1" ctype="bold">1722</g> overbelast is, belt u <g id="2" ctype="link">112</g> alleen bij levensgevaar.</target></trans-unit>
            <trans-unit id="b10.s1"><source>Call <g id="2" ctype="link">112</g> only if lives are in danger.</source>
            <target state="translated"></target></trans-unit>
            </group>
            <group id="b11">
            <trans-unit id="b11_b11.s0" tg:segment="b11.s0"><source>The storm weakens tonight.</source>
            <target state="translated">De storm neemt vannacht af, en morgen is het weer rustig aan de kust.</target></trans-unit>
            <trans-unit id="b11_b11.s1" tg:segment="b11.s1"><source>Tomorrow will be calm at the coast.</source><target state="translated"/></trans-unit>
            </group>
            <group id="b12">
            <trans-unit id="b12_b12.s0" tg:segment="b12.s0"><source>Schools stay open.</source><target state="translated">Scholen blijven open.</target></trans-unit>
            <trans-unit id="b12_b12.s1" tg:segment="b12.s1"><source>Buses run as usual.</source><target state="translated"/></trans-unit>
            </group>
            </body></file></xliff>
            """
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Data(xliff.utf8), file: "joined.xlf", details: &details)
        let reading = BundleXLIFF.translationUnits(from: document, details: details, fileName: "joined.xlf")
        let sources = reading.units.map { $0.variants[0].content.plainText }
        #expect(sources == ["The emergency number 1722 is overloaded. Call 112 only if lives are in danger.",
                            "The storm weakens tonight. Tomorrow will be calm at the coast.",
                            "Schools stay open."], "\(sources)")
        #expect(reading.units[0].variants[0].sentenceStarts == [41])
        // The link's code now has its source in the unit: no code of the target is left unexplained.
        #expect(Set(reading.units[0].variants[1].content.codes.map(\.id)) == Set(reading.units[0].variants[0].content.codes.map(\.id)))
        #expect(reading.skipped == 1, "\(reading.reasons)")
        #expect(reading.reasons.filter { $0.contains("one target for both sentences") }.count == 2, "\(reading.reasons)")
    }
}
