import Foundation
import Testing
import TaalgrensCore
import Interchange

/// Twelfth trial, finding 11: Phrase's MXLIFF records who translated a unit and when (`m:created-by`,
/// `m:created-at`, `m:modified-by`, `m:modified-at`, milliseconds since 1970); the units got the import time
/// and no translator, so `tm export --since` resent October's work as new.
@Suite("MXLIFF: Phrase's translators and dates")
struct PhraseProvenanceTests {
    @Test("each segment's creator, editor and dates come from its trans-unit")
    func provenance() throws {
        let name = "trial12/phrase/phishing-2025.docx.mxliff"
        let document = try XLIFFReader.read(Data(contentsOf: TestSupport.interop(name)), file: name)
        let unit = try #require(document.units.first)
        let tool = document.toolMetadata(unit: unit, segment: unit.segments[0])
        #expect(tool.created == Date(timeIntervalSince1970: 1_759_420_800))  // 2 October 2025, 16:00 UTC
        #expect(tool.changed == Date(timeIntervalSince1970: 1_759_507_200))  // 3 October 2025
        #expect(tool.properties["tmx:creationid"] == "j.devos")
        #expect(tool.properties["tmx:changeid"] == "j.devos")
        // Every unit of the file has its dates, none the import time.
        for unit in document.units {
            for segment in unit.segments {
                let dates = document.toolMetadata(unit: unit, segment: segment)
                #expect(dates.created != nil && dates.changed != nil, "\(unit.id)")
            }
        }
    }
}
