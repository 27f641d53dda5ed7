import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// Units holding the same source and target are one match (tenth trial, finding 10; `docs/matching.md`,
/// "Identical pairs"): listed once as the best-ranked unit, with the number of units it stands for, in every
/// store and by the index as by the brute-force scan.
@Suite("Store contract: identical pairs")
struct IdenticalPairContractTests {
    static let source = "Did you give your PIN code to anyone?"
    static let target = "Hebt u uw pincode aan iemand gegeven?"

    /// Three units of one pair (aligned, reviewed, needs review), one of the same source with another
    /// target, and one of another sentence. The three hold other French variants (or none): a unit whose
    /// variants all equal a stored unit's is merged into it on import (`docs/memory.md`), so one pair is held
    /// twice only by units of different locale sets or other third versions, as an article's unit (en, nl-BE,
    /// fr-BE) and its returned nl-BE bundle's unit (en, nl-BE) are.
    static func units() -> [TranslationUnit] {
        func unit(_ id: String, _ en: String, _ nl: String, _ status: UnitStatus, fr: String? = nil) -> TranslationUnit {
            var variants = [Variant(locale: "en", content: RichText(plain: en)), Variant(locale: "nl-BE", content: RichText(plain: nl))]
            if let fr { variants.append(Variant(locale: "fr-BE", content: RichText(plain: fr))) }
            return TranslationUnit(id: id, variants: variants, status: status)
        }
        return [
            unit("article", source, target, .aligned, fr: "Avez-vous donné votre code PIN à quelqu'un ?"),
            unit("returned", source, target, .reviewed),
            unit("doubtful", source, target, .needsReview, fr: "Avez-vous communiqué votre code PIN ?"),
            unit("other-target", source, "Heeft u uw pincode aan iemand gegeven?", .aligned),
            unit("other-sentence", "Did you give your card number to anyone?", "Hebt u uw kaartnummer aan iemand gegeven?", .aligned),
        ]
    }

    @Test(arguments: StoreKind.allCases)
    func identicalPairsAreListedOnce(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "identical-pairs") else { return }
        let counts = try sut.store.importUnits(IdenticalPairContractTests.units(), origin: "tmx:pairs.tmx")
        #expect(counts.added == 5)

        // A fuzzy query: before, the three copies took all three places.
        var fuzzy = MatchQuery(text: "Did you give your code to anyone?", source: "en", target: "nl-BE", minScore: 50, limit: 3)
        let matches = try sut.store.search(fuzzy)
        #expect(matches.map(\.unit.id) == ["tmx:pairs.tmx#returned", "tmx:pairs.tmx#other-target", "tmx:pairs.tmx#other-sentence"])
        #expect(matches.map(\.units) == [3, 1, 1])
        #expect(matches.map(\.target.text) == [IdenticalPairContractTests.target, "Heeft u uw pincode aan iemand gegeven?",
                                               "Hebt u uw kaartnummer aan iemand gegeven?"])
        fuzzy.strategy = .bruteForce
        #expect(try sut.store.search(fuzzy).map(MatchSummary.init) == matches.map(MatchSummary.init))

        // The exact text: the lookup by hash fills the limit with two distinct pairs and counts the copy
        // that needs review (95) under its reviewed twin, as the brute-force scan does.
        var exact = MatchQuery(text: RichText(plain: IdenticalPairContractTests.source), source: "en", target: "nl-BE", limit: 2)
        let exactMatches = try sut.store.search(exact)
        #expect(exactMatches.map(\.unit.id) == ["tmx:pairs.tmx#returned", "tmx:pairs.tmx#other-target"])
        #expect(exactMatches.map(\.units) == [3, 1])
        #expect(exactMatches.map(\.score) == [100, 100])
        exact.strategy = .bruteForce
        #expect(try sut.store.search(exact).map(MatchSummary.init) == exactMatches.map(MatchSummary.init))
        // Exact matches only: the copy that needs review is not one.
        #expect(try sut.store.exactMatches(exact).map { "\($0.unit.id)×\($0.units)" } == ["tmx:pairs.tmx#returned×2", "tmx:pairs.tmx#other-target×1"])

        // Limit 1 still counts every copy.
        exact.limit = 1
        exact.strategy = .index
        #expect(try sut.store.search(exact).map { "\($0.unit.id)×\($0.units)" } == ["tmx:pairs.tmx#returned×3"])
    }

    /// Inline codes are part of the pair: the same words with and without emphasis are two pairs.
    @Test(arguments: StoreKind.allCases)
    func codesTellPairsApart(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "identical-codes") else { return }
        let open = InlineCode(id: "1", kind: .opening, type: .strong), close = InlineCode(id: "1", kind: .closing, type: .strong)
        let plain = TranslationUnit(id: "plain", variants: [Variant(locale: "en", content: "Never share your code."),
                                                            Variant(locale: "fr-BE", content: "Ne partagez jamais votre code.")], status: .aligned)
        let bold = TranslationUnit(id: "bold", variants: [
            Variant(locale: "en", content: RichText([.text("Never share your "), .code(open), .text("code"), .code(close), .text(".")])),
            Variant(locale: "fr-BE", content: RichText([.text("Ne partagez jamais votre "), .code(open), .text("code"), .code(close), .text(".")])),
        ], status: .aligned)
        _ = try sut.store.importUnits([plain, bold], origin: "tmx:codes.tmx")
        let matches = try sut.store.search(MatchQuery(text: "Never share your PIN code.", source: "en", target: "fr-BE", minScore: 50))
        #expect(matches.count == 2)
        #expect(matches.allSatisfy { $0.units == 1 })
    }
}
