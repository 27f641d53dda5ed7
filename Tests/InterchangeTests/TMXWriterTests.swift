import Foundation
import Interchange
import TaalgrensCore
import Testing

@Suite("TMX writer")
struct TMXWriterTests {
    private func fixtureUnits() throws -> [TranslationUnit] {
        try TMXReader.read(data: TestSupport.fixtureData("multilingual-utf8-bom.tmx"), file: "multilingual-utf8-bom.tmx").units
    }

    /// Units with every field Taalgrens keeps: status, origin, confidence, context, sentence starts,
    /// variant-level properties, codes of every form, white space.
    private var modelUnits: [TranslationUnit] {
        let en = RichText([.text("Call "), .code(InlineCode(id: "1", kind: .opening, type: .link, attributes: ["href": "tel:116000", "title": "Child \"Focus\" & co"])),
                           .text("116 000"), .code(InlineCode(id: "1", kind: .closing, type: .link)), .text(". Help is there."),
                           .code(InlineCode(id: "2", kind: .standalone, type: .lineBreak))])
        let nl = RichText([.text("Bel "), .code(InlineCode(id: "1", kind: .opening, type: .link, attributes: ["href": "tel:116000", "title": "Child \"Focus\" & co"])),
                           .text("116 000"), .code(InlineCode(id: "1", kind: .closing, type: .link)), .text("."),
                           .code(InlineCode(id: "2", kind: .standalone, type: .lineBreak))])
        let fr = RichText([.code(InlineCode(id: "3", kind: .opening, type: .emphasis)), .text("Appelez le 116 000."),
                           .code(InlineCode(id: "4", kind: .closing, type: .strong))])
        let created = Date(timeIntervalSince1970: 1_580_000_000)
        return [
            TranslationUnit(id: "safer-internet-day-2020:3:1",
                            variants: [Variant(locale: "en", content: en, sentenceStarts: [17], previous: "Who can help?", next: nil),
                                       Variant(locale: "nl-BE", content: nl, previous: "Wie kan helpen?", status: .reviewed),
                                       Variant(locale: "fr-BE", content: fr)],
                            origin: Origin(article: "safer-internet-day-2020", block: 3, position: 1), status: .needsReview,
                            confidence: 0.4137, properties: ["x-client": "Child Focus", "nl-BE:x-reviewer": "An", "fr-BE:x-note": "typo"],
                            notes: ["2-1 bead", "checked"], created: created, changed: created.addingTimeInterval(86_400)),
            TranslationUnit(id: "caption", variants: [
                Variant(locale: "en", content: RichText([.code(InlineCode(id: "1", kind: .standalone, type: .other, attributes: ["attribute": "alt", "owner": "3:2"])),
                                                         .text("A "), .code(InlineCode(id: "2", kind: .opening, type: .link, attributes: ["href": "/a", "data x": "odd key"])),
                                                         .text("logo"), .code(InlineCode(id: "2", kind: .closing, type: .link))])),
                Variant(locale: "nl-BE", content: RichText([.code(InlineCode(id: "1", kind: .standalone, type: .other, attributes: ["attribute": "alt", "owner": "3:2"])),
                                                            .text("Een logo")]), status: .translated),
            ], origin: Origin(article: "a")),
            TranslationUnit(id: "plain", variants: [Variant(locale: "en", content: " lead and trail  "), Variant(locale: "nl-BE", content: "voor en na")]),
        ]
    }

    @Test("written TMX validates against the TMX 1.4b DTD")
    func validatesAgainstDTD() throws {
        let data = TMXWriter.data(for: try fixtureUnits() + modelUnits, options: TMXWriter.Options(creationDate: Date(timeIntervalSince1970: 0)))
        guard let xmllint = TestSupport.xmllint(), let dtd = TestSupport.schema("tmx/tmx14.dtd") else { return }
        let problems = try TestSupport.validate(data, xmllint: xmllint, dtd: dtd)
        #expect(problems == nil, "\(problems ?? "")\n\(String(decoding: data, as: UTF8.self))")
    }

    @Test("multilingual TMX re-imports identically: read fixture → write → read gives the same units")
    func roundTripFixture() throws {
        let units = try fixtureUnits()
        let written = TMXWriter.data(for: units)
        let (again, report) = try TMXReader.read(data: written, file: "again.tmx")
        #expect(again == units)
        #expect(report.imported == units.count && report.merged == 0 && report.skipped == 0)
        // and writing the re-imported units gives the same bytes
        #expect(TMXWriter.data(for: again) == written)
    }

    @Test("every field of the model survives: status, origin, confidence, context, sentence starts, variant props, dates, codes, white space")
    func roundTripModel() throws {
        let (again, _) = try TMXReader.read(data: TMXWriter.data(for: modelUnits), file: "model.tmx")
        #expect(again == modelUnits)
    }

    @Test("a variant's own status is a prop of its <tuv>; the unit's stays on the <tu>")
    func variantStatusProps() throws {
        let text = String(decoding: TMXWriter.data(for: modelUnits), as: UTF8.self)
        let nl = try #require(text.range(of: "<tuv xml:lang=\"nl-BE\">"))
        let unitStatus = try #require(text.range(of: "<prop type=\"x-taalgrens-status\">needsReview</prop>"))
        let variantStatus = try #require(text.range(of: "<prop type=\"x-taalgrens-status\">reviewed</prop>"))
        #expect(unitStatus.lowerBound < nl.lowerBound && nl.upperBound < variantStatus.lowerBound)
        // A pair export keeps the target's own status.
        let pair = TMXWriter.data(for: modelUnits, options: TMXWriter.Options(pair: (source: "en", target: "nl-BE")))
        let (again, _) = try TMXReader.read(data: pair, file: "pair.tmx")
        #expect(again.map { $0.status(for: "nl-BE") } == [.reviewed, .translated, .aligned])
        #expect(again.map { $0.status(for: "en") } == [.needsReview, .aligned, .aligned])
    }

    @Test("bilingual output: the pair's two languages only, under the pair's tags, source first, region fallback, units lacking one skipped")
    func bilingual() throws {
        let units = try fixtureUnits()
        let data = TMXWriter.data(for: units, options: TMXWriter.Options(pair: (source: "en", target: "nl")))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"srclang="en""#))
        let (again, _) = try TMXReader.read(data: data, file: "pair.tmx")
        let expected = units.filter { $0.variant(for: "en") != nil && $0.variant(for: "nl") != nil }
        #expect(again.map(\.id) == expected.map(\.id))
        // The nl-BE variants are written under the pair's own tag, nl (eleventh trial, finding 11: a CAT
        // tool's memory of the pair takes the pair's tags).
        #expect(again.allSatisfy { $0.locales == ["en", "nl"] })
        let five = try #require(again.first { $0.id == "sid-1" })
        #expect(five.variant(for: "nl")?.text == "De Dag van het Veilig Internet vindt plaats op 11 februari 2020.")
        let firstTUV = try #require(text.range(of: "<tu tuid=\"sid-1\""))
        let enTUV = try #require(text.range(of: "xml:lang=\"en\"", range: firstTUV.upperBound..<text.endIndex))
        let nlTUV = try #require(text.range(of: "xml:lang=\"nl\"", range: firstTUV.upperBound..<text.endIndex))
        #expect(enTUV.lowerBound < nlTUV.lowerBound)
        guard let xmllint = TestSupport.xmllint(), let dtd = TestSupport.schema("tmx/tmx14.dtd") else { return }
        #expect(try TestSupport.validate(data, xmllint: xmllint, dtd: dtd) == nil)
    }

    @Test("header: creationtool Taalgrens, segtype sentence, adminlang, srclang *all*, o-tmf, datatype, DOCTYPE")
    func header() throws {
        let text = String(decoding: TMXWriter.data(for: modelUnits), as: UTF8.self)
        #expect(text.contains(#"<!DOCTYPE tmx SYSTEM "tmx14.dtd">"#))
        #expect(text.contains(#"<header creationtool="Taalgrens" creationtoolversion=""# + TaalgrensVersion.current + #"" segtype="sentence" o-tmf="Taalgrens" adminlang="en" srclang="*all*" datatype="html"/>"#))
    }

    @Test("inline forms: bpt/ept pair, it for an unpaired end, ph for a standalone code, x from numeric ids")
    func inlineForms() throws {
        let text = String(decoding: TMXWriter.data(for: modelUnits), as: UTF8.self)
        #expect(text.contains(#"<seg>Call <bpt i="1" x="1" type="link">&lt;a href=&quot;tel:116000&quot; title=&quot;Child &amp;quot;Focus&amp;quot; &amp;amp; co&quot;&gt;</bpt>116 000<ept i="1">&lt;/a&gt;</ept>. Help is there.<ph x="2" type="lb">&lt;br/&gt;</ph></seg>"#))
        #expect(text.contains(#"<seg><it pos="begin" x="3" type="italic">&lt;em&gt;</it>Appelez le 116 000.<it pos="end" x="4" type="bold">&lt;/strong&gt;</it></seg>"#))
    }

    @Test("streaming to a file gives the same bytes as in memory")
    func streamingToFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tmx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("out.tmx")
        var units: [TranslationUnit] = []
        for i in 0..<1000 {
            units.append(TranslationUnit(id: "u\(i)", variants: [Variant(locale: "en", content: RichText(plain: "Sentence number \(i).")),
                                                                  Variant(locale: "fr-BE", content: RichText(plain: "Phrase numéro \(i)."))]))
        }
        let writer = try TMXWriter(url: url)
        for unit in units { try writer.write(unit) }
        try writer.finish()
        #expect(writer.written == 1000)
        #expect(try Data(contentsOf: url) == TMXWriter.data(for: units))
        let reader = try TMXReader(contentsOf: url)
        var again: [TranslationUnit] = []
        while let unit = try reader.next() { again.append(unit) }
        #expect(again.count == 1000)
        #expect(again == units)
    }
}
