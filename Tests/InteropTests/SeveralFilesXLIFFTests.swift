import Bundles
import Foundation
import Interchange
import TaalgrensCore
import TaalgrensTestSupport
import Testing

/// An XLIFF of several `<file>`s (Xcode writes one per storyboard and `.strings` file, REALFILES7): every
/// unit knows its own `<file>`, its memory unit's origin names that file, and context (the sentences
/// before and after) never crosses from one `<file>` into the next. Units with the same id in two files
/// are both kept.
@Suite struct SeveralFilesXLIFFTests {
    private static let name = "xcode-two-files.xliff"

    private static func read() throws -> (XLIFFDocument, XLIFFReadDetails) {
        let data = try Data(contentsOf: TestEnvironment.repository.appendingPathComponent("Tests/Fixtures/interop/realfiles7/" + name))
        var details = XLIFFReadDetails()
        return (try XLIFFReader.read(data, file: name, details: &details), details)
    }

    @Test("each unit carries the original of its own <file>")
    func unitFile() throws {
        let (document, _) = try Self.read()
        #expect(document.units.map(\.file) == ["Krant/Base.lproj/Main.storyboard", "Krant/en.lproj/Localizable.strings", "Krant/en.lproj/Localizable.strings"])
    }

    @Test("origin is the unit's own file; previous/next stop at the file boundary; the two 'title' units are both kept")
    func translationUnits() throws {
        let (document, details) = try Self.read()
        let units = BundleXLIFF.translationUnits(from: document, details: details, fileName: Self.name).units
        #expect(units.count == 3)
        #expect(Set(units.map(\.id)).count == 3)
        let headlines = try #require(units.first { $0.variant(for: "en")?.text == "Today's headlines" })
        #expect(headlines.origin?.article == "Krant/Base.lproj/Main.storyboard")
        #expect(headlines.variant(for: "en")?.next == nil)
        #expect(headlines.variant(for: "nl-BE")?.next == nil)
        let warning = try #require(units.first { $0.variant(for: "en")?.text == "Weather warning" })
        #expect(warning.origin?.article == "Krant/en.lproj/Localizable.strings")
        #expect(warning.variant(for: "en")?.previous == nil)
        #expect(warning.variant(for: "en")?.next == "Read more")
        #expect(warning.variant(for: "nl-BE")?.next == "Lees meer")
    }
}
