import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Eleventh trial, finding 1: memoQ, Trados Studio and Wordfast write no `tuid`, and a unit's id came from all
/// its variants, so the same file exported again with one translation corrected gave the correction a new id:
/// re-imported, it was added beside the superseded translation (both exact matches). The id now comes from the
/// `srclang` variant and the unit's languages.
@Suite("TMX ids without tuid")
struct UnitIDWithoutTUIDTests {
    /// A memoQ-shaped TMX (no `tuid`, `srclang` on the header) holding the given `<tu>` bodies.
    private func units(_ bodies: [String], srclang: String = "en-GB") throws -> (units: [TranslationUnit], report: TMXReadReport) {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="MemoQ" creationtoolversion="11" segtype="sentence" o-tmf="MemoQTM"
         adminlang="en-us" srclang="\(srclang)" datatype="unknown"/><body>
        \(bodies.map { "<tu changedate=\"20261130T101500Z\">\($0)</tu>" }.joined(separator: "\n"))
        </body></tmx>
        """
        let reader = try TMXReader(data: Data(xml.utf8), file: "memoq-agency.tmx")
        var read: [TranslationUnit] = []
        while let unit = try reader.next() { read.append(unit) }
        return (read, reader.report)
    }

    private func tuv(_ lang: String, _ text: String) -> String { "<tuv xml:lang=\"\(lang)\"><seg>\(text)</seg></tuv>" }

    @Test("a corrected translation keeps the unit's id; another source sentence does not")
    func correctionKeepsID() throws {
        let source = tuv("en-GB", "The minister will open the bridge on 15 December 2026 at 10:00.")
        let old = try units([source + tuv("nl-BE", "De minister opent de brug op 15 december 2026 om 10.00 uur.")]).units
        let corrected = try units([source + tuv("nl-BE", "De minister opent de fietsbrug op 15 december 2026 om 10 uur.")]).units
        #expect(old.count == 1 && corrected.count == 1)
        #expect(old[0].id == corrected[0].id)
        #expect(old[0].id.hasPrefix("tmx-") && old[0].id.count == 20)
        let other = try units([tuv("en-GB", "The minister will open the bridge on 16 December 2026 at 10:00.")
                               + tuv("nl-BE", "De minister opent de brug op 16 december 2026 om 10.00 uur.")]).units
        #expect(other[0].id != old[0].id)
    }

    @Test("the same English sentence towards Dutch and towards French: two ids")
    func languagesArePartOfTheID() throws {
        let source = tuv("en-GB", "Apply via the online portal.")
        let read = try units([source + tuv("nl-BE", "Vraag aan via het e-loket."),
                              source + tuv("fr-BE", "Faites la demande via le guichet en ligne.")])
        #expect(read.units.count == 2)
        #expect(Set(read.units.map(\.id)).count == 2)
        #expect(read.report.entries.isEmpty, "\(read.report.entries)")
    }

    @Test("two translations of one source sentence in one file are both kept, the second with an id of its own")
    func secondTranslationKept() throws {
        let source = tuv("en-GB", "Press office")
        let read = try units([source + tuv("nl-BE", "Persdienst"), source + tuv("nl-BE", "Woordvoering")])
        #expect(read.units.count == 2)
        #expect(read.units[1].id.hasPrefix(read.units[0].id + "~tmx-"))
        let entry = try #require(read.report.entries.first)
        #expect(entry.reason == .repeatedID)
        #expect(entry.message.contains("another translation of the same source text (srclang en-GB)"), "\(entry.message)")
    }

    @Test("srclang *all*: the id comes from every variant, so another translation is another unit")
    func allLanguages() throws {
        let a = try units([tuv("en", "Press office") + tuv("nl-BE", "Persdienst")], srclang: "*all*").units
        let b = try units([tuv("en", "Press office") + tuv("nl-BE", "Woordvoering")], srclang: "*all*").units
        #expect(a[0].id != b[0].id)
    }
}
