import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// The matches of the generated memory in a SQLite memory: what every store must return.
enum Reference {
    static let memory = GeneratedMemory(units: 2000, queries: 300, seed: 0x7AA1_6E25)

    struct Answers: Sendable {
        var fuzzy: [[MatchSummary]] = []
        var exact: [[MatchSummary]] = []
        var statistics: MemoryStatistics
        var units: [UnitContent]
        var concordance: [[String]] = []
    }

    static let phrases = ["cafe", "CAFÉ", "the city", "ét", "helpline answered", "www.example.be", "3,", "reünie", "zz-no-hit", "a"]

    static let answers: Result<Answers, TMError> = {
        do {
            let store = try SQLiteStore.inMemory()
            try memory.importInto(store)
            return .success(try answers(of: store))
        } catch let e as TMError {
            return .failure(e)
        } catch {
            return .failure(.database("\(error)"))
        }
    }()

    static func answers(of store: any TMStore) throws -> Answers {
        var a = Answers(statistics: try store.statistics(), units: try store.allUnits().map(UnitContent.init))
        for q in memory.queries {
            a.fuzzy.append(try store.search(q).map(MatchSummary.init))
            a.exact.append(try store.exactMatches(q).map(MatchSummary.init))
        }
        for p in phrases {
            a.concordance.append(try store.concordance(p, locale: "en", limit: 25).map { "\($0.unit.id) \($0.variant.locale) \($0.ranges)" })
            a.concordance.append(try store.concordance(p, locale: "nl-BE", limit: 7).map { "\($0.unit.id) \($0.variant.locale) \($0.ranges)" })
        }
        return a
    }
}

@Suite("Store contract: matches")
struct MatchContractTests {
    /// Exact, context and fuzzy matches on 2,000 generated units and 300 queries are the same in every
    /// store as in the reference SQLite memory: same unit ids, scores, kinds, breakdowns, adapted targets
    /// and order. On a sample, the index agrees with a brute-force scan of the same store.
    @Test(arguments: StoreKind.allCases)
    func matchesAreIdenticalAcrossStores(_ kind: StoreKind) throws {
        let reference = try Reference.answers.get()
        guard let sut = try StoreUnderTest.make(kind, tag: "matches") else { return }
        try Reference.memory.importInto(sut.store)
        let answers = try Reference.answers(of: sut.store)

        #expect(answers.statistics == reference.statistics)
        #expect(answers.units == reference.units)
        var differing = 0
        for (i, q) in Reference.memory.queries.enumerated() where answers.fuzzy[i] != reference.fuzzy[i] || answers.exact[i] != reference.exact[i] {
            differing += 1
            if differing <= 5 {
                Issue.record("query \(i) «\(q.text.plainText)» ≥\(q.minScore) top \(q.limit): \(answers.fuzzy[i]) \(answers.exact[i]), expected \(reference.fuzzy[i]) \(reference.exact[i])")
            }
        }
        #expect(differing == 0)
        #expect(answers.concordance == reference.concordance)

        // The generated queries exercise what they should.
        let withHit = reference.fuzzy.filter { !$0.isEmpty }.count
        #expect(withHit * 2 >= Reference.memory.queries.count, "at least half of the queries have a match")
        #expect(reference.fuzzy.contains { $0.contains { $0.kind == .context } })
        #expect(reference.fuzzy.contains { $0.contains { $0.kind == .fuzzy && $0.adapted != nil } })
        #expect(reference.fuzzy.contains { ms in ms.contains { m in Reference.memory.queries.contains { abs(m.score - $0.minScore) <= 2 } } })
        #expect(reference.concordance.contains { !$0.isEmpty })

        // Index against brute force, in this store.
        for q in Reference.memory.queries.prefix(15) {
            var brute = q
            brute.strategy = .bruteForce
            #expect(try sut.store.search(q).map(MatchSummary.init) == sut.store.search(brute).map(MatchSummary.init))
        }
    }

    /// A context match (101) needs the stored previous and next segments; an untrusted unit never scores 100.
    @Test(arguments: StoreKind.allCases)
    func contextAndStatusRules(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "context") else { return }
        let en = "The museum opens its doors on 9 February 2021."
        _ = try sut.store.importUnits([
            TranslationUnit(id: "a", variants: [Variant(locale: "en", content: RichText(plain: en), previous: "Good news.", next: "Entrance is free."),
                                                Variant(locale: "nl-BE", content: "Het museum opent de deuren op 9 februari 2021.")],
                            status: .reviewed),
            TranslationUnit(id: "b", variants: [Variant(locale: "en", content: RichText(plain: en)),
                                                Variant(locale: "nl-BE", content: "Het museum gaat open op 9 februari 2021.")],
                            status: .untrusted),
        ], origin: "tmx:t.tmx")
        let withContext = MatchQuery(text: RichText(plain: en), source: "en-GB", target: "nl", previous: "Good news.", next: "Entrance is free.")
        let matches = try sut.store.search(withContext)
        #expect(matches.map(\.unit.id) == ["tmx:t.tmx#a", "tmx:t.tmx#b"])
        #expect(matches.map(\.score) == [101, 90])
        #expect(matches.map(\.kind) == [.context, .fuzzy])
        #expect(try sut.store.exactMatches(withContext).map(\.unit.id) == ["tmx:t.tmx#a"])

        let otherDate = MatchQuery(text: "The museum opens its doors on 11 March 2022.", source: "en", target: "nl-BE", minScore: 50)
        let adapted = try sut.store.search(otherDate)
        #expect(adapted.first?.unit.id == "tmx:t.tmx#a")
        #expect(adapted.first?.score == 98)
        #expect(adapted.first?.adaptedTarget != nil)
    }

    /// Thirteenth trial, finding 8, on every store: a French hour written with the word is a time, and the
    /// draft writes the query's hour in that form, from English and from French.
    @Test(arguments: StoreKind.allCases)
    func frenchHourWithTheWord(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "hours") else { return }
        _ = try sut.store.importUnits([
            TranslationUnit(id: "opens", variants: [Variant(locale: "en", content: "The office opens before 8 a.m. on weekdays."),
                                                    Variant(locale: "fr-BE", content: "Le bureau ouvre avant 8 heures en semaine.")]),
        ], origin: "tmx:h.tmx")
        let toFrench = try sut.store.search(MatchQuery(text: "The office opens before 9.30 a.m. on weekdays.", source: "en", target: "fr-BE", minScore: 50))
        #expect(toFrench.first?.score == 98 && toFrench.first?.adaptedTarget?.plainText == "Le bureau ouvre avant 9 heures 30 en semaine.")
        let fromFrench = try sut.store.search(MatchQuery(text: "Le bureau ouvre avant 10 heures en semaine.", source: "fr-BE", target: "en", minScore: 50))
        #expect(fromFrench.first?.score == 98 && fromFrench.first?.adaptedTarget?.plainText == "The office opens before 10 a.m. on weekdays.")
    }
}
