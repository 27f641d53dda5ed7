import Foundation
import Testing
import TaalgrensCore
@testable import Interchange

/// Trados Studio SDLXLIFF: `<g id>`/`<x id>` take their native markup and type from the header's
/// `<tag-defs>` (TRIAL6 finding 6), as memoQ's `<bpt ctype>` and Okapi's `<bpt>` content already do.
@Suite struct SDLTagDefinitionsTests {
    static func document() throws -> XLIFFDocument {
        let name = "trial6/trados-tagdefs.sdlxliff.xlf"
        return try XLIFFReader.read(Data(contentsOf: TestSupport.interop(name)), file: name)
    }

    @Test("bold and a link with its href and title: type and native markup from <tag-defs>")
    func boldAndLink() throws {
        let unit = try #require(try Self.document().units.first)
        #expect(unit.segments.map(\.id) == ["1", "2"])
        let bold = try #require(unit.segments[0].target?.codes)
        #expect(bold.map(\.type) == [.strong, .strong] && bold.map(\.kind) == [.opening, .closing])
        // <b> is strong; its native text is kept because the canonical tag would be <strong>.
        #expect(NativeMarkup.text(for: bold[0]) == "<b>" && NativeMarkup.text(for: bold[1]) == "</b>")
        let link = try #require(unit.segments[1].target?.codes)
        #expect(link.map(\.type) == [.link, .link])
        #expect(link[0].attributes["href"] == "https://www.wegenenverkeer.be/werken")
        #expect(link[0].attributes["title"] == "Werken")
        #expect(NativeMarkup.text(for: link[0]) == "<a href=\"https://www.wegenenverkeer.be/werken\" title=\"Werken\">")
        #expect(unit.segments[1].target?.plainText == "Zie de pagina over de werken.")
    }

    @Test("a standalone <x> is a line break; a tag without a known type keeps its markup as other")
    func lineBreakAndOther() throws {
        let segment = try #require(try Self.document().units.last?.segments.first)
        let codes = try #require(segment.target?.codes)
        #expect(codes.map(\.type) == [.other, .other, .lineBreak])
        #expect(codes.map(\.kind) == [.opening, .closing, .standalone])
        #expect(NativeMarkup.text(for: codes[0]) == "<span class=\"kicker\">" && NativeMarkup.text(for: codes[1]) == "</span>")
        #expect(NativeMarkup.text(for: codes[2]) == "<br>")
        // The source side reads the same definitions.
        #expect(segment.source.codes.map(\.type) == [.other, .other, .lineBreak])
    }
}
