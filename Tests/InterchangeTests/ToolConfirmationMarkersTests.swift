import Foundation
import Testing
import TaalgrensCore
@testable import Interchange

/// Tool-specific "not confirmed" markers in XLIFF 1.2 dialects (TRIAL6 finding 2): a segment a tool marks
/// as unconfirmed comes back `initial` (needs review), never `translated`, whatever its target says.
@Suite struct ToolConfirmationMarkersTests {
    @Test("Phrase MXLIFF: m:confirmed=\"1\" is translated; \"0\" or \"false\" is initial, even over state=\"translated\"")
    func phraseConfirmed() throws {
        let name = "trial6/phrase-unconfirmed.mxliff.xlf"
        var details = XLIFFReadDetails()
        let document = try XLIFFReader.read(Data(contentsOf: TestSupport.interop(name)), file: name, details: &details)
        #expect(document.targetLocale == "nl-BE")
        #expect(document.units.map(\.id) == ["hb:0", "hb:1", "hb:2", "hb:3"])
        #expect(document.units.map { $0.segments[0].state } == [.translated, .initial, .initial, .initial])
        // The draft's text is kept (it is a draft to review, not a placeholder).
        #expect(document.units[1].segments[0].target?.plainText == "Bewoners kunnen sirenes horen.")
        // The state in Phrase's words, and how to confirm it.
        #expect(details.segment(unit: "hb:1", segment: "1")?.state == "Phrase m:confirmed=\"0\"")
        #expect(details.segment(unit: "hb:1", segment: "1")?.confirm.contains("Phrase") == true)
    }
}
