import Foundation
import TaalgrensCore
import TaalgrensTestSupport
import Testing
import TranslationMemory

@Suite("Fuzzy match scores")
struct ScoringTests {
    let sentence = "Young people, parents and teachers took part in hundreds of events across Europe."

    func store(_ units: [TranslationUnit]) throws -> SQLiteStore {
        let s = try SQLiteStore.inMemory()
        _ = try s.importUnits(units, origin: "test")
        return s
    }

    func penalties(_ m: Match) -> [PenaltyReason: Double] {
        Dictionary(uniqueKeysWithValues: m.breakdown.penalties.map { ($0.reason, $0.points) })
    }

    @Test func identicalIs100AndContextIs101() throws {
        let s = try store([pairUnit("u", RichText(plain: sentence), "Jongeren, ouders en leerkrachten namen deel.",
                                    previous: "Safer Internet Day was celebrated.", next: "The helpline was busy.")])
        let exact = try #require(try s.search(query(RichText(plain: sentence))).first)
        #expect(exact.score == 100 && exact.kind == .exact && exact.breakdown.penalties.isEmpty)
        let context = try #require(try s.search(query(RichText(plain: sentence), previous: "Safer Internet Day was celebrated.",
                                                      next: "The helpline was busy.")).first)
        #expect(context.score == 101 && context.kind == .context && context.breakdown.context)
        // Another previous segment: exact, not context.
        let other = try #require(try s.search(query(RichText(plain: sentence), previous: "Something else.", next: "The helpline was busy.")).first)
        #expect(other.score == 100 && other.kind == .exact)
        // Exact lookup by hash gives the same.
        #expect(try s.exactMatches(query(RichText(plain: sentence))).map(\.score) == [100])
        #expect(try s.exactMatches(query("Young people took part.")).isEmpty)
    }

    /// Known issue (Memory): a context stored before 29 November 2026 read a neighbour's line break as
    /// nothing ("116 000Hotline"), the text now reads it as a space, and the sentence after it was a 100
    /// match where it is a 101. Contexts compare without white space; another sentence is still another.
    @Test func aNeighboursLineBreakReadEitherWayIsTheSameContext() throws {
        let s = try store([pairUnit("u", RichText(plain: sentence), "Jongeren, ouders en leerkrachten namen deel.",
                                    previous: "Helpline: 116 000Hotline: www.childfocus.be", next: nil)])
        let context = try #require(try s.search(query(RichText(plain: sentence), previous: "Helpline: 116 000 Hotline: www.childfocus.be")).first)
        #expect(context.score == 101 && context.kind == .context)
        let spaced = try #require(try s.search(query(RichText(plain: sentence), previous: "Helpline:\u{00A0}116 000 \n Hotline: www.childfocus.be ")).first)
        #expect(spaced.score == 101)
        let other = try #require(try s.search(query(RichText(plain: sentence), previous: "Helpline: 116 111 Hotline: www.childfocus.be")).first)
        #expect(other.score == 100 && other.kind == .exact)
    }

    /// Seventh trial, finding 1: a heading's reviewed translation returned in a bundle XLIFF stored as next
    /// context the next XLIFF segment, which joined two sentences ("… until at least 8 p.m. A fallen tree
    /// blocks the line near Jabbeke."), while the article unit stored the next sentence and the export asked
    /// with the next sentence: the older aligned translation got 101, the reviewed one 100.
    @Test func aNeighbourRunOfSentencesMatchesItsNearestSentence() throws {
        let heading = "Trains suspended between Ostend and Bruges"
        let next = "SNCB has suspended all trains between Ostend and Bruges until at least 8 p.m."
        let run = next + " A fallen tree blocks the line near Jabbeke."
        let s = try store([pairUnit("returned", RichText(plain: heading), "Treinverkeer tussen Oostende en Brugge stilgelegd",
                                    previous: "Earlier today: the storm reached the coast. 16:45", next: run)])
        let nextOnly = try #require(try s.search(query(RichText(plain: heading), previous: "16:45", next: next)).first)
        #expect(nextOnly.score == 101 && nextOnly.kind == .context)
        // The previous neighbour matches on the run's last sentence only when the run's sentence before it ends.
        let both = try #require(try s.search(query(RichText(plain: heading), previous: "Earlier today: the storm reached the coast. 16:45", next: run)).first)
        #expect(both.score == 101)
        // Not a sentence: "A fallen tree" is the start of the run's second sentence, not a neighbour of its own.
        let partial = try #require(try s.search(query(RichText(plain: heading), previous: "16:45", next: "SNCB has suspended all trains")).first)
        #expect(partial.score == 100 && partial.kind == .exact)
        // A previous neighbour that is only the end of the run's last sentence is another context.
        let tail = try #require(try s.search(query(RichText(plain: heading), previous: "the coast. 16:45", next: next)).first)
        #expect(tail.score == 100)
    }

    @Test func oneWordOrADateDifferentScoresBetween70And99() throws {
        let long = "The Safer Internet Centre organised a workshop for parents and teachers on 11 February 2020."
        let s = try store([pairUnit("u", RichText(plain: long), "Het Safer Internet Centre organiseerde een workshop.")])
        let word = try #require(try s.search(query("The Safer Internet Centre organised a seminar for parents and teachers on 11 February 2020.")).first)
        #expect((70...99).contains(word.score) && word.kind == .fuzzy)
        // 13 keys (the date is one placeable), one substitution: 100 − 100/13 = 92.3.
        #expect(word.breakdown.base == 92.3 && word.breakdown.distance == 1 && word.score == 92.3)
        let date = try #require(try s.search(query("The Safer Internet Centre organised a workshop for parents and teachers on 9 February 2021.")).first)
        #expect((70...99).contains(date.score))
        #expect(date.breakdown.base == 100 && penalties(date) == [.date: 2] && date.score == 98)
    }

    @Test func eachPenaltyCosts() throws {
        let s = try store([pairUnit("u", RichText(plain: sentence), "x")])
        func top(_ q: String) throws -> Match { try #require(try s.search(query(RichText(plain: q), minScore: 50)).first) }
        let lower = try top("young people, parents and teachers took part in hundreds of events across Europe.")
        #expect(penalties(lower) == [.case: 1] && lower.score == 99)
        let punctuation = try top("Young people parents and teachers took part in hundreds of events across Europe!")
        #expect(penalties(punctuation) == [.punctuation: 2] && punctuation.score == 98)
        let spacing = try top("Young people, parents and  teachers took part in hundreds of events across Europe.")
        #expect(penalties(spacing) == [.whitespace: 1] && spacing.score == 99)
        let accents = try top("Young people, parents and teachers took part in hundreds of events across Éurope.")
        #expect(penalties(accents) == [.accents: 1] && accents.score == 99)
        // A moved comma is a punctuation difference, never a 100.
        let moved = try top("Young people parents, and teachers took part in hundreds of events across Europe.")
        #expect(penalties(moved) == [.punctuation: 2])
    }

    @Test func inlineCodesAndApostrophesArePenalised() throws {
        let linked = RichText([.text("Read the "), .code(InlineCode(id: "1", kind: .opening, type: .link, attributes: ["href": "https://a.be"])),
                               .text("report"), .code(InlineCode(id: "1", kind: .closing, type: .link)), .text(" today.")])
        let s = try store([pairUnit("u", linked, "Lees het rapport vandaag."),
                           TranslationUnit(id: "v", variants: [Variant(locale: "fr-BE", content: "L’internet est un droit."),
                                                               Variant(locale: "nl-BE", content: "Internet is een recht.")])])
        let plain = try #require(try s.search(query("Read the report today.")).first)
        #expect(penalties(plain) == [.code: 2] && plain.score == 98)
        #expect(try s.search(query(linked)).first?.score == 100)
        let moved = RichText([.text("Read the report "), .code(InlineCode(id: "1", kind: .opening, type: .link)),
                              .text("today"), .code(InlineCode(id: "1", kind: .closing, type: .link)), .text(".")])
        let movedMatch = try #require(try s.search(query(moved)).first)
        #expect(movedMatch.score < 100 && penalties(movedMatch)[.code] != nil)
        let apostrophe = try #require(try s.search(MatchQuery(text: "L'internet est un droit.", source: "fr-BE", target: "nl-BE")).first)
        #expect(penalties(apostrophe) == [.punctuation: 1] && apostrophe.score == 99)
    }

    @Test func placeablesWithAnotherValueOrFormArePenalised() throws {
        let s = try store([pairUnit("u", "The helpline answered 3,000 calls in 2020.", "De hulplijn beantwoordde 3.000 oproepen in 2020.")])
        let value = try #require(try s.search(query("The helpline answered 4,500 calls in 2021.")).first)
        #expect(value.breakdown.base == 100 && penalties(value) == [.number: 4] && value.score == 96)
        let form = try #require(try s.search(query("The helpline answered 3000 calls in 2020.")).first)
        #expect(penalties(form) == [.format: 1] && form.score == 99)
    }

    @Test func urlsAndEmailAddressesAreTypedPlaceables() throws {
        let s = try store([pairUnit("u", "Write to info@childfocus.be or visit https://www.childfocus.be/en today.",
                                    "Schrijf naar info@childfocus.be of surf naar https://www.childfocus.be/nl vandaag.")])
        let m = try #require(try s.search(query("Write to help@childfocus.be or visit https://www.childfocus.be/en today.")).first)
        #expect(m.breakdown.base == 100 && penalties(m) == [.email: 2] && m.score == 98)
        #expect(m.adaptedTarget?.plainText == "Schrijf naar help@childfocus.be of surf naar https://www.childfocus.be/nl vandaag.")
        let url = try #require(try s.search(query("Write to info@childfocus.be or visit https://www.saferinternet.be today.")).first)
        #expect(penalties(url) == [.url: 2])
        // The stored target has another URL than the stored source: nothing to replace, no adaptation.
        #expect(!url.adapted)
    }

    @Test func unitsThatNeedReviewNeverScore100() throws {
        let s = try store([pairUnit("r", RichText(plain: sentence), "a", status: .needsReview),
                           pairUnit("t", "Call the helpline today.", "b", status: .untrusted)])
        let review = try #require(try s.search(query(RichText(plain: sentence))).first)
        #expect(review.score == 95 && review.kind == .fuzzy && penalties(review) == [.status: 5])
        let untrusted = try #require(try s.search(query("Call the helpline today.")).first)
        #expect(untrusted.score == 90 && untrusted.kind == .fuzzy)
        #expect(try s.exactMatches(query(RichText(plain: sentence))).isEmpty)
    }

    @Test func tiesGoToReviewedThenNewerThenUnitID() throws {
        let old = Date(timeIntervalSince1970: 1_500_000_000), new = Date(timeIntervalSince1970: 1_600_000_000)
        let s = try store([
            pairUnit("d", "Call the helpline today.", "1", status: .aligned, changed: new),
            pairUnit("c", "Call the helpline today.", "2", status: .aligned, changed: new),
            pairUnit("b", "Call the helpline today.", "3", status: .aligned, changed: old),
            pairUnit("a", "Call the helpline today.", "4", status: .reviewed, changed: old),
        ])
        #expect(try s.search(query("Call the helpline today.", limit: 10)).map(\.unit.id) == ["test#a", "test#c", "test#d", "test#b"])
        #expect(try s.search(query("Call the helpline today.", limit: 2)).map(\.unit.id) == ["test#a", "test#c"])
    }

    @Test func thresholdsTestTheRoundedScore() throws {
        // 7 keys, one substitution: 100 − 100/7 = 85.714…, shown as 85.7.
        let s = try store([pairUnit("u", "one two three four five six seven", "x")])
        #expect(try s.search(query("one two three four five six eight", minScore: 85.7)).first?.score == 85.7)
        #expect(try s.search(query("one two three four five six eight", minScore: 85.8)).isEmpty)
    }
}

@Suite("Word-level distance")
struct DistanceTests {
    /// The textbook dynamic program, as the reference.
    func reference(_ a: [String], _ b: [String]) -> Int {
        var d = (0...b.count).map { $0 }
        for i in 1..<(a.count + 1) {
            var previous = d
            previous[0] = i
            for j in 1..<(b.count + 1) {
                previous[j] = min(d[j] + 1, previous[j - 1] + 1, d[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            d = previous
        }
        return d[b.count]
    }

    @Test func bitParallelAndDynamicProgrammingAgree() {
        var rng = SplitMix(seed: 7)
        let alphabet = ["a", "b", "c", "d", "e", "the", "of"]
        for round in 0..<3_000 {
            // Lengths around the 64-key word boundary, and empty ones.
            let n = round % 10 == 0 ? Int.random(in: 60...70, using: &rng) : Int.random(in: 0...20, using: &rng)
            let m = round % 7 == 0 ? Int.random(in: 60...70, using: &rng) : Int.random(in: 0...20, using: &rng)
            let a = (0..<n).map { _ in alphabet.randomElement(using: &rng)! }
            let b = (0..<m).map { _ in alphabet.randomElement(using: &rng)! }
            #expect(FuzzyScorer.keyDistance(a, b) == reference(a, b), "\(a) vs \(b)")
        }
        #expect(FuzzyScorer.keyDistance(["kitten"], []) == 1)
        #expect(FuzzyScorer.keyDistance(["a", "b", "c"], ["a", "c", "d"]) == 2)
    }
}
