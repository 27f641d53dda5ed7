import Foundation
import Testing
import TaalgrensCore
import Interchange

/// Eleventh trial, finding 13: Trados Studio's comments in an SDLXLIFF (`<cmt-def>` text attached with
/// `<mrk mtype="x-sdl-comment">`) were dropped without a note; they are the unit's notes.
@Suite("SDLXLIFF: Trados Studio comments become notes")
struct SDLCommentsTests {
    @Test("a comment on part of a target, a thread of two on a whole segment, and one on the file")
    func comments() throws {
        let name = "comments12/trados-comments.sdlxliff"
        let document = try XLIFFReader.read(Data(contentsOf: TestSupport.interop(name)), file: name)
        #expect(document.units.count == 2)
        #expect(document.units[0].notes == [
            "Trados Studio comment by AGENCY\\lies (Medium) on “Antwerpen”: Use the Dutch name of the city.",
        ])
        #expect(document.units[1].notes == [
            "Trados Studio comment by AGENCY\\tom (High) on “Twaalf bewoners werden geëvacueerd.”: Figure checked with the fire brigade: 12, not 21.",
            "Trados Studio comment by AGENCY\\lies (Low) on “Twaalf bewoners werden geëvacueerd.”: Thanks, corrected.",
        ])
        #expect(document.notes == ["Trados Studio comment by AGENCY\\tom (Low): Client style guide: Belgian Dutch spelling."])
        // The commented text itself stays in the target.
        #expect(document.units[0].segments[0].target?.plainText == "In Antwerpen brak vannacht brand uit.")
        #expect(document.units[1].segments[0].target?.plainText == "Twaalf bewoners werden geëvacueerd.")
    }

    @Test("the notes a stored unit gets: the file's comment, then the segment's")
    func toolMetadataNotes() throws {
        let name = "comments12/trados-comments.sdlxliff"
        let document = try XLIFFReader.read(Data(contentsOf: TestSupport.interop(name)), file: name)
        let unit = document.units[0]
        let notes = document.toolMetadata(unit: unit, segment: unit.segments[0]).notes
        #expect(notes == ["Trados Studio comment by AGENCY\\tom (Low): Client style guide: Belgian Dutch spelling.",
                          "Trados Studio comment by AGENCY\\lies (Medium) on “Antwerpen”: Use the Dutch name of the city."])
    }
}
