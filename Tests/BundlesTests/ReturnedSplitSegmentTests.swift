import Bundles
import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Ninth trial, finding 5: a translator split one exported segment in a CAT tool; the pieces were stored as
/// units of half sentences and the next bundle found no translation for the exported sentence.
@Suite("BundleXLIFF: segments split in a translation tool")
struct ReturnedSplitSegmentTests {
    static func reading(_ units: [XLIFFUnit]) throws -> BundleXLIFF.Reading {
        let document = XLIFFDocument(sourceLocale: "en", targetLocale: "nl-BE", fileID: "report-post", original: "report-post/en.md",
                                     units: units, metadata: [BundleMetadataKey.article: "report-post"])
        let (read, details) = try BundleXLIFFTests.read(document)
        return BundleXLIFF.translationUnits(from: read, details: details, fileName: "article.xlf")
    }

    @Test("a piece split off an exported segment is merged back: one unit of the exported sentence, with a note")
    func pieceMerged() throws {
        let reading = try Self.reading([XLIFFUnit(id: "b2", segments: [
            XLIFFSegment(id: "b2.s0", source: "Schools ban phones.", target: "Scholen verbieden telefoons.", state: .translated),
            XLIFFSegment(id: "b2.s1", source: "Parents can report a post ", target: "Ouders kunnen een post melden ", state: .translated),
            XLIFFSegment(id: "b2.s1-2", source: "through the online form.", target: "via het onlineformulier.", state: .translated),
            XLIFFSegment(id: "b2.s2", source: "It is free.", target: "Het is gratis.", state: .translated),
        ])])
        #expect(reading.units.map { $0.variants[0].content.plainText }
                == ["Schools ban phones.", "Parents can report a post through the online form.", "It is free."])
        #expect(reading.units[1].variants[1].content.plainText == "Ouders kunnen een post melden via het onlineformulier.")
        #expect(reading.units[1].id == BundleXLIFF.storedID(source: "Parents can report a post through the online form."))
        #expect(reading.units[1].origin == Origin(article: "report-post", block: 2, position: 1))
        #expect(reading.reasons.contains { $0.hasSuffix("unit b2 segment b2.s1-2 was split off segment b2.s1 in the translation tool: "
                                                        + "both stored as one unit, the segment the bundle exported") })
    }

    @Test("pieces with a tool's own ids, no space between them, and a piece without a target")
    func foreignPieceIDs() throws {
        let reading = try Self.reading([XLIFFUnit(id: "b0", segments: [
            XLIFFSegment(id: "b0.s0", source: "Report it", target: "Meld het", state: .translated),
            XLIFFSegment(id: "b0.s0_1", source: "to the police.", target: "bij de politie.", state: .translated),
            XLIFFSegment(id: "x-split-2", source: "Today.", target: nil, state: .initial),
        ])])
        #expect(reading.units.count == 1)
        #expect(reading.units[0].variants[0].content.plainText == "Report it to the police. Today.")
        #expect(reading.units[0].variants[1].content.plainText == "Meld het bij de politie.")
    }

    @Test("a unit whose segments all have a tool's ids, and a bundle's own join, are left as they are")
    func notSplits() throws {
        let reading = try Self.reading([
            XLIFFUnit(id: "b3", segments: [
                XLIFFSegment(id: "1", source: "First line.", target: "Eerste regel.", state: .translated),
                XLIFFSegment(id: "2", source: "Second line.", target: "Tweede regel.", state: .translated),
            ]),
            XLIFFUnit(id: "b4", segments: [
                XLIFFSegment(id: "b4.s0-1", source: "It ends. Late.", target: "Het eindigt laat.", state: .translated),
                XLIFFSegment(id: "b4.s2", source: "Bye.", target: "Dag.", state: .translated),
            ]),
        ])
        #expect(reading.units.map { $0.variants[0].content.plainText } == ["First line.", "Second line.", "It ends. Late.", "Bye."])
        #expect(!reading.reasons.contains { $0.contains("split off") })
    }
}
