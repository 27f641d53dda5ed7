import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Found in session 19 (interop19): a unit without `tuid` takes its id from its `srclang` variant (eleventh trial,
/// finding 1), but the reader looked that variant up by its place in the file's `<tuv>` order inside the unit's
/// variants, which are sorted by locale. When the source sorts after a target (a Dutch-first press release,
/// `srclang="nl-BE"` with `fr-BE`; French towards English), the id came from the *target*: a later export with a
/// corrected translation got a new id and was added beside the superseded one. The kind: every file whose source
/// language sorts after one of its targets.
@Suite("TMX ids without tuid: from the source side whatever the languages' order")
struct SourceSideIDTests {
    static func units(_ source: (String, String), _ target: (String, String), srclang: String) throws -> [TranslationUnit] {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="SDL Language Platform" creationtoolversion="8.1" segtype="sentence" o-tmf="SDL TM8 Format"
         adminlang="en-US" srclang="\(srclang)" datatype="xml"/><body>
        <tu><tuv xml:lang="\(source.0)"><seg>\(source.1)</seg></tuv><tuv xml:lang="\(target.0)"><seg>\(target.1)</seg></tuv></tu>
        </body></tmx>
        """
        return try TMXReader.read(data: Data(xml.utf8), file: "persberichten.tmx").units
    }

    @Test("a corrected target keeps the id when the source sorts after the target", arguments: [
        ("nl-BE", "Het station gaat dicht op 3 maart.", "fr-BE", "La gare ferme le 3 mars.", "La gare fermera le 3 mars."),
        ("fr-BE", "La gare ferme le 3 mars.", "en-GB", "The station closes on 3 March.", "The station will close on 3 March."),
        ("en-GB", "The station closes on 3 March.", "nl-BE", "Het station sluit op 3 maart.", "Het station gaat dicht op 3 maart."),
    ])
    func correctionKeepsID(sourceLocale: String, source: String, targetLocale: String, old: String, corrected: String) throws {
        let before = try Self.units((sourceLocale, source), (targetLocale, old), srclang: sourceLocale)
        let after = try Self.units((sourceLocale, source), (targetLocale, corrected), srclang: sourceLocale)
        #expect(before.count == 1 && after.count == 1)
        #expect(before[0].id == after[0].id, "\(sourceLocale) → \(targetLocale)")
        // Another source sentence is another unit.
        let other = try Self.units((sourceLocale, source + " Bis."), (targetLocale, old), srclang: sourceLocale)
        #expect(other[0].id != before[0].id)
    }
}
