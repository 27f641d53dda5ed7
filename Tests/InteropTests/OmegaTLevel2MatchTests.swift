import Foundation
import Interchange
import TaalgrensCore
import TaalgrensTestSupport
import Testing
import TranslationMemory

/// Known issue of the eleventh trial: OmegaT's level-2 codes (`<bpt>&lt;b0&gt;</bpt>`) were `other`, so an
/// article sentence with the same words and the same bold, italic and link scored 96, not 100: the scorer
/// compares codes by kind and type (`docs/matching.md`), and every code was an edit.
@Suite struct OmegaTLevel2MatchTests {
    static func unit(_ index: Int) throws -> TranslationUnit {
        let url = TestEnvironment.repository.appendingPathComponent("Tests/Fixtures/interop/omegat13/flooding-level2.tmx")
        return try TMXReader.read(data: Data(contentsOf: url), file: url.lastPathComponent).units[index]
    }

    /// A code as the article readers make it: the HTML type, no native markup.
    static func code(_ id: String, _ kind: InlineCode.Kind, _ type: InlineCode.CodeType, _ attributes: [String: String] = [:]) -> InlineElement {
        .code(InlineCode(id: id, kind: kind, type: type, attributes: attributes))
    }

    static func score(_ article: RichText, against unit: TranslationUnit) throws -> FuzzyScorer.Result {
        let source = try #require(unit.variant(for: "en-GB"))
        return FuzzyScorer().score(query: PreparedSegment(article, locale: "en-GB"),
                                   candidate: PreparedSegment(source.content, locale: "en-GB"), status: .aligned)
    }

    @Test("an article's bold and italic around the same words: 100, no code penalty")
    func boldAndItalic() throws {
        let article = RichText([
            .text("The "), Self.code("1", .opening, .strong), .text("Yser"), Self.code("1", .closing, .strong),
            .text(" burst its banks near "), Self.code("2", .opening, .emphasis), .text("Diksmuide"), Self.code("2", .closing, .emphasis),
            .text(" on Sunday night."),
        ])
        let result = try Self.score(article, against: Self.unit(0))
        #expect(result.score == 100, "\(result.breakdown)")
        #expect(result.identical)
    }

    @Test("an article's link and line break: 100; the same words with the link on other words cost the codes")
    func linkAndBreak() throws {
        let link = ["href": "https://www.vmm.be/overstromingskaart"]
        let article = RichText([
            .text("Read the "), Self.code("1", .opening, .link, link), .text("flood map"), Self.code("1", .closing, .link),
            .text(" of the Flemish Environment Agency"), Self.code("2", .standalone, .lineBreak), .text("before you travel."),
        ])
        #expect(try Self.score(article, against: Self.unit(1)).score == 100)
        let bold = RichText([
            .text("Read the "), Self.code("1", .opening, .strong), .text("flood map"), Self.code("1", .closing, .strong),
            .text(" of the Flemish Environment Agency"), Self.code("2", .standalone, .lineBreak), .text("before you travel."),
        ])
        let moved = try Self.score(bold, against: Self.unit(1))
        #expect(moved.score == 98, "\(moved.breakdown)")
    }
}
