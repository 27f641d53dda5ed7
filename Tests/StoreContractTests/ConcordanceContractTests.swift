import Foundation
import TaalgrensCore
import Testing
import TranslationMemory
import TranslationMemoryPostgres

/// Concordance rules every store applies alike: sub-flow texts (a TMX `<sub>`) are searched, whole-word hits
/// rank before in-word ones (`docs/memory.md`, "Concordance").
@Suite("Store contract: concordance")
struct ConcordanceContractTests {
    /// A unit whose English link carries a footnote in a TMX `<sub>` (the code as `TMXReader` gives it).
    static func footnoteUnit(_ id: String = "fn") -> TranslationUnit {
        func link(_ kind: InlineCode.Kind, _ inner: String?) -> InlineElement {
            var attributes = ["markup": kind == .opening ? "<a title=\"…\">" : "</a>"]
            if let inner { attributes[InlineCode.tmxInnerAttribute] = inner }
            return .code(InlineCode(id: "1", kind: kind, type: .link, attributes: attributes))
        }
        let en = RichText([.text("The report "), link(.opening, #"&lt;a title="<sub>Figures from the Walloon statistics office, spring survey</sub>"&gt;"#),
                           .text("counts"), link(.closing, nil), .text(" every school in Namur.")])
        let fr = RichText([.text("Le rapport "), link(.opening, #"&lt;a title="<sub>Chiffres de l'office wallon de la statistique, enquête de printemps</sub>"&gt;"#),
                           .text("recense"), link(.closing, nil), .text(" chaque école de Namur.")])
        return TranslationUnit(id: id, variants: [Variant(locale: "en", content: en), Variant(locale: "fr-BE", content: fr)])
    }

    /// Fourteenth trial, finding 16, on both stores: a phrase typed with keyboard quotes finds “ ” and « »
    /// (with the no-break spaces French sets inside), and a phrase with typographic quotes finds straight ones.
    @Test(arguments: StoreKind.allCases)
    func quotationMarksFoldAlike(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "quotes") else { return }
        let unit = TranslationUnit(id: "bank", variants: [
            Variant(locale: "en", content: "The text message claims to come from \"your bank\"."),
            Variant(locale: "nl-BE", content: "Het sms’je zegt dat het van “je bank” komt."),
            Variant(locale: "fr-BE", content: "Le SMS prétend venir de «\u{A0}votre banque\u{A0}».")])
        #expect(try sut.store.importUnits([unit], origin: "sms.tmx") == ImportCounts(added: 1))
        #expect(try sut.store.concordance("\"je bank\"", locale: "nl-BE", limit: 5).map(\.ranges) == [[28..<37]])
        #expect(try sut.store.concordance("\"votre banque\"", locale: "fr-BE", limit: 5).map(\.ranges) == [[24..<40]])
        #expect(try sut.store.concordance("“your bank”", locale: "en", limit: 5).map(\.ranges) == [[37..<48]])
        #expect(try sut.store.concordance("\"ma banque\"", locale: "fr-BE", limit: 5).isEmpty)
    }

    /// A phrase of the footnote finds the unit, with the hit in the sub-flow text and none in the sentence;
    /// the sentence's own words are found as before; the footnote is no part of the fuzzy keys or the hash.
    @Test(arguments: StoreKind.allCases)
    func subFlowTextIsSearchedButNotMatched(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "subflow") else { return }
        let unit = Self.footnoteUnit()
        #expect(try sut.store.importUnits([unit], origin: "notes.tmx") == ImportCounts(added: 1))
        let hits = try sut.store.concordance("STATISTICS office", locale: "en", limit: 5)
        let hit = try #require(hits.first)
        #expect(hits.count == 1 && hit.unit.id == "notes.tmx#fn" && hit.ranges.isEmpty)
        #expect(hit.subFlowHits == [.init(codeID: "1", text: "Figures from the Walloon statistics office, spring survey", ranges: [25..<42])])
        #expect(hit.unit.variants == unit.variants, "the stored content keeps the code's markup")
        #expect(try sut.store.concordance("office wallon", locale: "fr-BE", limit: 5).first?.subFlowHits.first?.ranges == [14..<27])
        let sentence = try #require(try sut.store.concordance("every school", locale: "en", limit: 5).first)
        #expect(sentence.ranges == [18..<30] && sentence.subFlowHits.isEmpty)
        // A phrase across the end of the sentence and the start of the footnote is no phrase of either.
        #expect(try sut.store.concordance("namur. figures", locale: "en", limit: 5).isEmpty)
        #expect(try sut.store.concordance("namur.", locale: "en", limit: 5).count == 1)
        // Exact lookup of the stored sentence finds it; the footnote's words do not make a fuzzy match.
        let exact = try sut.store.exactMatches(MatchQuery(text: unit.variants[0].content, source: "en", target: "fr-BE"))
        #expect(exact.map(\.unit.id) == ["notes.tmx#fn"])
        let footnote = MatchQuery(text: RichText(plain: "Figures from the Walloon statistics office, spring survey"), source: "en", target: "fr-BE", minScore: 30)
        #expect(try sut.store.search(footnote).isEmpty)
    }

    /// Whole-word hits come before in-word hits, whatever their status or date; within each group the
    /// stores' order holds (reviewed first, then newer). The limit keeps whole-word hits first.
    @Test(arguments: StoreKind.allCases)
    func wholeWordHitsRankFirst(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "wholeword") else { return }
        func unit(_ id: String, _ en: String, _ nl: String, _ status: UnitStatus, day: Double) -> TranslationUnit {
            var u = TranslationUnit(id: id, variants: [Variant(locale: "en", content: RichText(plain: en)), Variant(locale: "nl-BE", content: RichText(plain: nl))])
            u.status = status
            u.created = Date(timeIntervalSince1970: 1_700_000_000 + day * 86_400)
            u.changed = u.created
            return u
        }
        _ = try sut.store.importUnits([
            unit("helpline", "Call the helpline for advice.", "Bel de hulplijn voor advies.", .reviewed, day: 9),
            unit("online", "Most children are online every day.", "De meeste kinderen zijn elke dag online.", .reviewed, day: 8),
            unit("line-old", "The line was busy all morning.", "De lijn was de hele ochtend bezet.", .aligned, day: 1),
            unit("line-new", "Stay on the line, please.", "Blijf aan de lijn, alstublieft.", .aligned, day: 5),
            unit("hyphen", "The line-up of speakers is ready.", "De sprekerslijst is klaar.", .aligned, day: 2),
            unit("lines", "Read between the lines.", "Lees tussen de regels.", .translated, day: 7),
        ], origin: "lines.tmx")
        func ids(_ phrase: String, limit: Int = 10) throws -> [String] {
            try sut.store.concordance(phrase, locale: "en", limit: limit).map { $0.unit.id.replacingOccurrences(of: "lines.tmx#", with: "") }
        }
        #expect(try ids("line") == ["line-new", "hyphen", "line-old", "helpline", "online", "lines"])
        #expect(try sut.store.concordance("line", locale: "en", limit: 10).map(\.isWholeWord) == [true, true, true, false, false, false])
        #expect(try ids("line", limit: 2) == ["line-new", "hyphen"])
        #expect(try ids("line", limit: 4) == ["line-new", "hyphen", "line-old", "helpline"])
        // A phrase that starts or ends with no letter is whole wherever it occurs; a short phrase too.
        #expect(try sut.store.concordance(", please", locale: "en", limit: 5).map(\.isWholeWord) == [true])
        #expect(try sut.store.concordance("e, p", locale: "en", limit: 5).map(\.isWholeWord) == [false])
        #expect(try ids("on") == ["line-new", "online"])
    }
}
