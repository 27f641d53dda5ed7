import Foundation
import Testing
import TaalgrensCore
import Alignment

/// The blind sets (`Tests/Fixtures/alignment/blind/`, `blind2/` to `blind16/`): articles written and given gold beads before
/// the aligner was run on them. Strict bead F1 per pair is printed; the test fails when a pair falls below the
/// floor measured after the fixes recorded in `docs/alignment.md` ("Blind set 1" to "Blind set 16"), so that a
/// later change cannot lose what was gained unnoticed.
@Suite struct BlindSetTests {
    /// Per set folder: its number of articles and the measured floor per pair (F1 in [0, 1]); see
    /// `docs/alignment.md`.
    static let sets: [String: (articles: Int, floor: [String: Double])] = [
        "blind": (6, ["en-nl": 0.985, "en-fr": 0.985, "nl-fr": 0.987]),
        "blind2": (5, ["en-nl": 0.895, "en-fr": 0.945, "nl-fr": 0.90]),
        "blind3": (6, ["en-nl": 0.977, "en-fr": 0.975, "nl-fr": 0.977]),
        "blind4": (6, ["en-nl": 0.979, "en-fr": 0.939, "nl-fr": 0.941]),
        "blind5": (6, ["en-nl": 0.962, "en-fr": 0.962, "nl-fr": 0.962]),
        "blind6": (7, ["en-nl": 0.984, "en-fr": 0.984, "nl-fr": 0.984]),
        "blind7": (6, ["en-nl": 0.999, "en-fr": 0.999, "nl-fr": 0.999]),
        "blind8": (7, ["en-nl": 0.999, "en-fr": 0.999, "nl-fr": 0.999]),
        "blind9": (7, ["en-nl": 0.999, "en-fr": 0.999, "nl-fr": 0.999]),
        "blind10": (8, ["en-nl": 0.999, "en-fr": 0.999, "nl-fr": 0.999]),
        "blind11": (8, ["en-nl": 0.961, "en-fr": 0.984, "nl-fr": 0.945]),
        "blind12": (8, ["en-nl": 0.987, "en-fr": 0.987, "nl-fr": 0.988]),
        // The first run's figures (`Tests/Fixtures/alignment/blind13/README.md`) until a fix raises them; nl-fr
        // raised by session 15's fixes. It fell to 0.931 with e8dd139 (U+202F is white space) and is back at 0.943
        // since two additions' evidence sets aside a name written per language (session 18, "Blind set 16").
        "blind13": (8, ["en-nl": 0.919, "en-fr": 0.951, "nl-fr": 0.943]),
        // Raised by session 16's fixes (`docs/alignment.md`, "Blind set 14").
        "blind14": (8, ["en-nl": 0.970, "en-fr": 0.965, "nl-fr": 0.966]),
        // Raised by session 17's fix (`docs/alignment.md`, "Blind set 15").
        "blind15": (7, ["en-nl": 0.924, "en-fr": 0.944, "nl-fr": 0.907]),
        // Raised by session 18's fix (`docs/alignment.md`, "Blind set 16").
        "blind16": (8, ["en-nl": 0.956, "en-fr": 0.962, "nl-fr": 0.953]),
    ]

    /// The beads the aligner gives case `name` of blind set folder `set`, English as the source.
    static func beads(_ set: String, _ name: String) throws -> [Bead] {
        let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent(set).appendingPathComponent(name))
        return try Aligner().align(c.versions, source: "en").beads
    }

    /// The bead of `beads` whose segments are exactly `segments` for each locale named (others not compared).
    static func bead(_ beads: [Bead], _ segments: [LanguageTag: [Int]]) -> Bead? {
        beads.first { b in segments.allSatisfy { b.indices(for: $0.key) == $0.value } }
    }

    @Test(arguments: ["blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16"]) func strictBeadF1PerPair(set name: String) throws {
        let expected = try #require(Self.sets[name])
        let (names, set) = try SetScore.measure(Fixtures.alignment.appendingPathComponent(name, isDirectory: true))
        #expect(names.count == expected.articles, "alignment \(name) has \(expected.articles) articles")
        for line in set.misses { print("alignment \(name): \(line)") }
        print("alignment \(name): \(set.exact.count) of \(names.count) articles exact (\(set.exact.joined(separator: ", ")))")
        print("alignment \(name): \(set.confidentWrong.count) of \(set.wrong) wrong beads at or above the review threshold")
        for line in set.confidentWrong { print("alignment \(name): confident wrong bead \(line)") }
        for pair in ["en-nl", "en-fr", "nl-fr"] {
            let s = try #require(set.pairs[pair], "no \(pair) pair in \(name)")
            print(String(format: "alignment %@ %@: F1 %.1f%% (precision %.1f%%, recall %.1f%%, %d gold beads, %d predicted)",
                         name, pair, s.f1 * 100, s.precision * 100, s.recall * 100, s.gold, s.predicted))
            #expect(s.f1 >= expected.floor[pair]!, "strict bead F1 \(pair) on \(name) is \(s.f1), below its measured floor \(expected.floor[pair]!)")
        }
    }

    /// The beads of the classes fixed after the first run (`docs/alignment.md`, "Blind set 1"), each with
    /// the article that showed it.
    @Test func theFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        func beads(_ name: String) throws -> [Bead] {
            let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent("blind").appendingPathComponent(name))
            return try Aligner().align(c.versions, source: "en").beads
        }
        func has(_ beads: [Bead], _ segments: [LanguageTag: [Int]]) -> Bool {
            beads.contains { b in segments.allSatisfy { b.indices(for: $0.key) == $0.value } }
        }
        // A caption absent in nl-BE stands alone; the paragraph before it keeps its 1-2 split.
        let voices = try beads("cloned-voice-calls")
        #expect(has(voices, [en: [4], nl: [], fr: [4]]), "the caption missing in nl-BE")
        #expect(has(voices, [en: [2], nl: [2, 3], fr: [2]]), "the sentence split in nl-BE")
        // A sentence added in nl-BE and fr-BE (not in en) is one unit, not paired with the English sentence
        // fr-BE left out; the region whose alignments disagreed stays under review.
        #expect(has(voices, [en: [], nl: [15], fr: [14]]), "the sentence added in both translations")
        #expect(has(voices, [en: [15], nl: [16], fr: []]), "the English sentence fr-BE left out")
        #expect(voices.first { $0.indices(for: fr) == [14] }?.needsReview == true)
        // Three parallel list items turned into one Dutch sentence: a 3-1 bead (three-way 3-1-3).
        let tips = try beads("account-safety-tips")
        #expect(has(tips, [en: [7, 8, 9], nl: [7], fr: [7, 8, 9]]), "three list items merged in nl-BE")
        #expect(has(tips, [en: [12, 13], nl: [11, 12], fr: [11]]), "two list items merged in fr-BE, repeated words kept")
        // Two unrelated additions next to each other (nl-BE explains, fr-BE adds news) are not one unit.
        let sleep = try beads("teen-sleep-survey")
        #expect(has(sleep, [en: [], nl: [33], fr: []]), "the sentence only in nl-BE")
        #expect(has(sleep, [en: [], nl: [], fr: [27]]), "the sentence only in fr-BE")
    }

    /// The classes fixed after the first run of blind set 2 (`docs/alignment.md`, "Blind set 2"): moved text
    /// and lists flattened into a paragraph, each with the article that showed it.
    @Test func theSecondSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        func beads(_ name: String, source: LanguageTag = "en") throws -> [Bead] {
            let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent("blind2").appendingPathComponent(name))
            return try Aligner().align(c.versions, source: source).beads
        }
        func bead(_ beads: [Bead], _ segments: [LanguageTag: [Int]]) -> Bead? {
            beads.first { b in segments.allSatisfy { b.indices(for: $0.key) == $0.value } }
        }
        // A sentence fr-BE moved from the fifth paragraph into the first: paired across the others, and to
        // be confirmed by a person; the bead stands at its place in the source version.
        let verdict = try beads("romance-scam-verdict")
        let moved = try #require(bead(verdict, [en: [16], nl: [16], fr: [3]]), "the sentence moved in fr-BE")
        #expect(moved.needsReview)
        #expect(verdict.firstIndex { $0.indices(for: en) == [16] }! > verdict.firstIndex { $0.indices(for: en) == [15] }!)
        // Two paragraphs swapped in nl-BE: both pair, and the sentences around them stay one to one.
        let monitor = try beads("youth-media-monitor")
        for (e, d, f) in [(20, 22, 17), (22, 24, 19), (23, 19, 20), (25, 21, 22), (26, 25, 23)] {
            #expect(bead(monitor, [en: [e], nl: [d], fr: [f]]) != nil, "en \(e), nl-BE \(d), fr-BE \(f) in the swapped section")
        }
        // The closing paragraph moved up in fr-BE (two versions, nl-BE the source), and a list with its
        // introduction flattened into one French paragraph (a 4-1 block bead: the intro 1-1, the items 3-1).
        let doorbell = try beads("doorbell-camera-fine", source: "nl-BE")
        #expect(bead(doorbell, [nl: [16], fr: [3]]) != nil && bead(doorbell, [nl: [17], fr: [4]]) != nil, "the paragraph moved in fr-BE")
        #expect(bead(doorbell, [nl: [10], fr: [11]]) != nil, "the list's introduction")
        #expect(bead(doorbell, [nl: [11, 12, 13], fr: [12]]) != nil, "three list items in one French sentence")
        // A four-row table flattened by fr-BE into two sentences: the rows pair two by two.
        let parking = try beads("qr-parking-fines")
        #expect(bead(parking, [en: [7, 8], nl: [9, 10], fr: [6]]) != nil && bead(parking, [en: [9, 10], nl: [11, 12], fr: [7]]) != nil,
                "the table rows flattened in fr-BE")
    }

    /// The classes fixed after the first run of blind set 3 (`docs/alignment.md`, "Blind set 3"): a heading
    /// folded into the sentence it introduces, times and numbers written differently, two sentences swapped,
    /// two question-and-answer pairs swapped; each bead was wrong at the first run.
    @Test func theThirdSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        func beads(_ name: String) throws -> [Bead] { try Self.beads("blind3", name) }
        let bead = Self.bead
        // "Turnout" and its first sentence are one French sentence ("Côté participation, …"); "Where the money
        // comes from" and the sentence after it one Dutch sentence.
        let election = try beads("leuven-election-night")
        #expect(bead(election, [en: [9, 10], nl: [7, 8], fr: [11]]) != nil, "the heading folded into a French sentence")
        let transfer = try beads("bruges-striker-transfer")
        #expect(bead(transfer, [en: [11, 12], nl: [14], fr: [9, 10]]) != nil, "the heading folded into a Dutch sentence")
        // fr-BE moves the Herent paragraph up; "1.15 a.m." is "1 h 15" (with the name, enough to move it).
        let herent = try #require(bead(election, [en: [18], nl: [18], fr: [4]]), "the moved sentence with the time")
        #expect(herent.needsReview)
        #expect(bead(election, [en: [17], nl: [17], fr: [3]]) != nil, "the moved paragraph's first sentence")
        // fr-BE swaps the two helpline sentences: each pairs with its own translation.
        let recall = try beads("baby-food-recall")
        #expect(bead(recall, [en: [13], nl: [14], fr: [10]]) != nil, "the second helpline sentence")
        #expect(bead(recall, [en: [12], nl: [13], fr: [11]]) != nil, "the first helpline sentence")
        // fr-BE swaps two question-and-answer pairs; the questions move with their answers ("Ten years ago"
        // is "il y a dix ans").
        let interview = try beads("food-bank-interview")
        #expect(bead(interview, [en: [7], nl: [6], fr: [9]]) != nil, "the question moved with its answer")
        #expect(bead(interview, [en: [9, 10], nl: [9, 10], fr: [11]]) != nil, "the answer merged in fr-BE")
        #expect(bead(interview, [en: [11], nl: [11], fr: [6]]) != nil, "the other question")
    }

    /// The class fixed after the first run of blind set 4 (`docs/alignment.md`, "Blind set 4"): a month named
    /// without a day is a date anchor, which gives the paragraph nl-BE moves up (its only number and the
    /// month "June" / "juni") the evidence a move needs. The bead was wrong at the first run (left out in
    /// nl-BE and added at its new place).
    @Test func theFourthSetsFixedClassStaysFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent("blind4").appendingPathComponent("school-smartphone-ban"))
        let beads = try Aligner().align(c.versions, source: "en").beads
        let moved = try #require(beads.first { $0.indices(for: en) == [12] }, "a bead for the minister's sentence")
        #expect(moved.indices(for: nl) == [3], "the paragraph nl-BE moved up pairs with its English sentence")
        #expect(moved.indices(for: fr) == [9])
        #expect(moved.needsReview, "a move is confirmed by a person")
    }

    /// The classes fixed after the first run of blind set 5 (`docs/alignment.md`, "Blind set 5"), each with
    /// the article that showed it; every bead below was wrong at the first run.
    @Test func theFifthSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        func alignment(_ name: String) throws -> ArticleAlignment {
            let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent("blind5").appendingPathComponent(name))
            return try Aligner().align(c.versions, source: "en")
        }
        func bead(_ beads: [Bead], _ segments: [LanguageTag: [Int]]) -> Bead? {
            beads.first { b in segments.allSatisfy { b.indices(for: $0.key) == $0.value } }
        }
        // fr-BE reorders a numbered list and renumbers it: "2. Namur" / "1. Namur" is a heading that moved
        // with its paragraph, not "1. Ghent" / "1. Namur" paired by their numbers.
        let trips = try alignment("train-day-trips").beads
        #expect(bead(trips, [en: [6], nl: [6], fr: [3]]) != nil, "2. Namur / 2. Namen / 1. Namur")
        #expect(bead(trips, [en: [12], nl: [12], fr: [9]]) != nil, "4. Mons / 4. Bergen / 3. Mons")
        #expect(bead(trips, [en: [18], nl: [19], fr: [6]]) != nil, "6. Dinant / 6. Dinant / 2. Dinant")
        // Which destinations count as moved is a reading of the new order: since blind set 10 the heading
        // "1. Ghent" / "4. Gand" moves with its paragraph, so Ghent, Bruges and Dinant are the moved ones and
        // Namur and Mons stay in order (before, the Namur heading was the move). The moved ones are confirmed
        // by a person.
        for (e, f) in [(3, 12), (9, 15), (18, 6)] {
            #expect(bead(trips, [en: [e], fr: [f]])?.needsReview == true, "en \(e) / fr-BE \(f): a move is confirmed by a person")
        }
        // fr-BE moves a sentence into the previous paragraph, inside the span of a bead it merges in nl-BE:
        // the moved sentence keeps its own partners instead of joining that bead (which then swallowed two
        // paragraphs), and the bead's French text leaves it out.
        let opinion = try alignment("early-language-opinion")
        #expect(bead(opinion.beads, [en: [9, 10, 11], nl: [9], fr: [9, 10, 12]]) != nil, "the objections")
        let moved = try #require(bead(opinion.beads, [en: [14], nl: [12], fr: [11]]), "the sentence fr-BE moved")
        #expect(moved.needsReview)
        let unit = try #require(opinion.translationUnits(articleID: "opinion").first {
            let english = $0.variant(for: en)?.content.plainText ?? ""
            return english.hasPrefix("The objections are familiar.") && english.hasSuffix("agree on a curriculum.")
        }, "the unit of the whole bead")
        let french = try #require(unit.variant(for: fr)?.content.plainText)
        #expect(french.hasPrefix("Les objections sont connues."))
        #expect(french.contains("Les Communautés ne s'entendent pas"))
        #expect(!french.contains("Le manque de professeurs"), "the moved sentence is not part of the bead's text")
        // fr-BE leaves out the 16:05 entry and adds a 15:45 entry after it: the last sentence of each is no
        // pair (nothing but length spoke for it, beside two beads whose time stamps contradict them).
        let storm = try alignment("storm-hilde-live").beads
        #expect(bead(storm, [en: [11], nl: [11], fr: []]) != nil, "Police have turned back dozens of onlookers …")
        #expect(bead(storm, [en: [], nl: [14], fr: [11]]) != nil, "the motorway closed, added in both translations")
    }

    /// The classes fixed after the first run of blind set 6 (`docs/alignment.md`, "Blind set 6"): a list
    /// sorted alphabetically per language, so its items are reordered; every bead below was wrong at the
    /// first run.
    @Test func theSixthSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent("blind6").appendingPathComponent("heating-oil-prices-list"))
        let beads = try Aligner().align(c.versions, source: "en").beads
        func bead(_ segments: [LanguageTag: [Int]]) -> Bead? {
            beads.first { b in segments.allSatisfy { b.indices(for: $0.key) == $0.value } }
        }
        // "Mons: €979" is "Bergen: 979 euro", second in the Dutch list (one number, the city written per
        // language): a list item moved within its list, not left out in one place and added in another.
        let mons = try #require(bead([en: [12], nl: [5], fr: [12]]), "Mons / Bergen / Mons")
        #expect(mons.needsReview, "a move is confirmed by a person")
        // fr-BE has "Liège" before "Louvain": two neighbouring items swapped, each with its own translation
        // (not one 2-2 bead), and the Dutch items around the moved one stay one to one.
        #expect(bead([en: [10], nl: [11], fr: [11]]) != nil, "Leuven / Leuven / Louvain")
        #expect(bead([en: [11], nl: [12], fr: [10]]) != nil, "Liège / Luik / Liège")
    }

    /// The classes fixed after the first run of blind set 7 (`docs/alignment.md`, "Blind set 7"); every bead
    /// below was wrong at the first run.
    @Test func theSeventhSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        func beads(_ name: String) throws -> [Bead] { try Self.beads("blind7", name) }
        let bead = Self.bead
        // "Schools must then take the following measures:" ends its paragraph and introduces the list; fr-BE
        // writes it and the first two items as one sentence: one 3-1 bead across a paragraph and two list
        // items (the first run left the introduction out and paired the items 2-1 at 0.96).
        let heat = try beads("school-heat-plan")
        #expect(bead(heat, [en: [3, 4, 5], nl: [3, 4, 5], fr: [3]]) != nil, "the introduction and two items in one sentence")
        #expect(bead(heat, [en: [3], nl: [3], fr: []]) == nil, "the introduction is not left out")
        // fr-BE moves question 7 and its answer before question 5: the move takes the question with it,
        // and stops there (question 6 and its answer share nothing with question 4 and its answer).
        let faq = try beads("brussels-renovation-faq")
        #expect(bead(faq, [en: [19], nl: [18], fr: [14]]) != nil, "How long does it take? / Combien de temps faut-il attendre ?")
        #expect(bead(faq, [en: [20], nl: [19], fr: [15]]) != nil, "… within three months / … dans les trois mois")
        #expect(bead(faq, [en: [17], nl: [16], fr: [20]]) != nil, "Can I combine it with other grants? stays in place")
        #expect(bead(faq, [en: [13], nl: [13], fr: [13]]) != nil, "the answer to question 4 stays in place")
        // fr-BE puts question 3 before question 2, and neither has a number or a name: once question 2 is
        // paired in place, question 3 and its answer are left out in one place and added in the other in
        // both versions, and the two answers translate each other (a block left out and a block added).
        #expect(bead(faq, [en: [6], nl: [6], fr: [9]]) != nil, "How much is the premium? / Combien rapporte la prime ?")
        let works = try #require(bead(faq, [en: [9], nl: [9], fr: [6]]), "Which works are covered? / Quels travaux sont concernés ?")
        #expect(works.needsReview, "a move is confirmed by a person")
        #expect(bead(faq, [en: [10], nl: [10], fr: [7]]) != nil, "Insulation, … / L'isolation, …")
        #expect(bead(faq, [en: [11], nl: [11], fr: [8]]) != nil, "Solar panels are not. / Les panneaux photovoltaïques ne le sont pas.")
        // The same class in blind set 5: fr-BE reorders a listicle's destinations; the paragraph of one of
        // them ("1. Ghent" / "4. Gand") was left out in place and added where fr-BE put it.
        let trips = try Self.beads("blind5", "train-day-trips")
        #expect(bead(trips, [en: [4], fr: [13]]) != nil, "the moved destination's first sentence")
        #expect(bead(trips, [en: [5], fr: [14]]) != nil, "the moved destination's second sentence")
    }

    /// The class fixed after the first run of blind set 8 (`docs/alignment.md`, "Blind set 8"): a table row
    /// that a translation moves takes its label cell with its figure cells.
    @Test func theEighthSetsFixedClassStaysFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        let bead = Self.bead
        // nl-BE moves the Bruges row (en cells 28–31) up among the Flemish cities (nl-BE cells 20–23); fr-BE
        // leaves it out. The first run paired the three figure cells as moved items and left "Bruges" out in
        // place and "Brugge" added where nl-BE put it.
        let table = try Self.beads("blind8", "water-bill-table")
        let label = try #require(bead(table, [en: [28], nl: [20], fr: []]), "Bruges / Brugge moves with its row")
        #expect(label.needsReview, "a move is confirmed by a person")
        #expect(bead(table, [en: [29], nl: [21], fr: []]) != nil, "€4.63 / € 4,63")
        #expect(bead(table, [en: [31], nl: [23], fr: []]) != nil, "+5.4% / +5,4%")
        #expect(bead(table, [en: [28], nl: [], fr: []]) == nil, "the label is not left out in place")
        // The rows around it stay in place, labels included: Brussels' row before the gap in nl-BE, Charleroi's
        // after it.
        #expect(bead(table, [en: [16], nl: [16], fr: [16]]) != nil, "Brussels / Brussel / Bruxelles")
        #expect(bead(table, [en: [20], nl: [24], fr: [20]]) != nil, "Charleroi")
    }

    /// The class fixed after the first run of blind set 9 (`docs/alignment.md`, "Blind set 9"): sentences put
    /// in another order inside a paragraph, with fewer than two anchor points that cross.
    @Test func theNinthSetsFixedClassStaysFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        let bead = Self.bead
        // nl-BE swaps "Head teachers see the difference …" (en 4) and "Children who used to arrive …" (en 5),
        // fr-BE swaps "The city pays half of the cost." (en 11) and the Federation's half (en 12). The first
        // run held each pair in a 2-2 bead at 0.95 and 0.94.
        let meals = try Self.beads("blind9", "charleroi-school-meals")
        let heads = try #require(bead(meals, [en: [4], nl: [5], fr: [6]]), "Head teachers / Directeurs / Les directions")
        #expect(bead(meals, [en: [5], nl: [4], fr: [7]]) != nil, "Children / Kinderen / Les enfants")
        let city = try #require(bead(meals, [en: [11], nl: [11], fr: [14]]), "The city pays half / La Ville paie l'autre moitié")
        #expect(bead(meals, [en: [12], nl: [12], fr: [13]]) != nil, "The other half … 2027 / La Fédération … 2027")
        #expect(heads.needsReview && city.needsReview, "a reordering is confirmed by a person")
        #expect(!meals.contains { $0.indices(for: en).count == 2 && !$0.needsReview }, "no confident 2-2 bead is left")
        // nl-BE moves the last sentence of the "Practical" paragraph (en 13, about prams) to its front (nl 11);
        // fr-BE joins the paragraph's first two with a semicolon.
        let night = try Self.beads("blind9", "ostend-museum-night")
        let prams = try #require(bead(night, [en: [13], nl: [11], fr: [12]]), "the prams sentence moved to the front")
        #expect(prams.needsReview)
        #expect(bead(night, [en: [11, 12], nl: [12, 13], fr: [11]]) != nil, "the two ticket sentences")
    }

    /// The second class fixed after the first run of blind set 9: a version twice as long (explanations
    /// added) no longer lets the block alignment merge a paragraph, a heading and the next paragraph against
    /// one paragraph of the other version.
    @Test func aVersionThatExplainsMoreKeepsItsSentencesPaired() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        let bead = Self.bead
        // "Gardens too": nl-BE adds two sentences (nl 12, 13) between the grant (en 9) and the 212 households
        // (en 10); the first run left en 9 and 10 out and took all four Dutch sentences as additions.
        let basins = try Self.beads("blind9", "aalst-rain-basins")
        #expect(bead(basins, [en: [9], nl: [11], fr: [9]]) != nil, "€1,500 / 1.500 euro / 1 500 €")
        #expect(bead(basins, [en: [10], nl: [14], fr: [10]]) != nil, "212 households / 212 gezinnen / 212 ménages")
        for added in [3, 5, 12, 13, 18, 20] {
            let alone = try #require(bead(basins, [en: [], nl: [added], fr: []]), "the explanation nl-BE \(added) stands alone")
            #expect(alone.needsReview)
        }
        #expect(bead(basins, [en: [5], nl: [7], fr: [5]]) != nil, "the longer Dutch funding sentence")
    }
    /// The class fixed after the first run of blind set 10 (`docs/alignment.md`, "Blind set 10"): a heading
    /// that moved with its section and shares no anchor with its translation moves with it.
    @Test func theTenthSetsMovedHeadingsMoveWithTheirSections() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        let bead = Self.bead
        // fr-BE puts the Brussels section (heading en 28, paragraphs en 29–38) before Antwerp. The first run
        // moved the paragraphs only, paired "Antwerp" (en 11) with "Bruxelles" (fr 11) at 0.67 and "Brussels"
        // with "Wallonie", and joined "Wallonia" to the next sentence.
        let zones = try Self.beads("blind10", "low-emission-zones-explainer")
        let brussels = try #require(bead(zones, [en: [28], nl: [28], fr: [11]]), "Brussels / Brussel / Bruxelles")
        #expect(brussels.needsReview, "a move is confirmed by a person")
        #expect(bead(zones, [en: [11], nl: [11], fr: [22]]) != nil, "Antwerp / Antwerpen / Anvers")
        #expect(bead(zones, [en: [39], nl: [38], fr: [39]]) != nil, "Wallonia / Wallonië / Wallonie")
        #expect(bead(zones, [en: [40], nl: [39], fr: [40]]) != nil, "the first Wallonia sentence stands alone")
        #expect(!zones.contains { $0.indices(for: en) == [11] && $0.indices(for: fr) == [11] }, "Antwerp is not paired with Bruxelles")
        // fr-BE moves the "Background" section of the strike report up, after the lede.
        let strike = try Self.beads("blind10", "antwerp-dock-strike")
        let background = try #require(bead(strike, [en: [14], nl: [14], fr: [4]]), "Background / Achtergrond / Le contexte")
        #expect(background.needsReview)
        #expect(bead(strike, [en: [15], nl: [15], fr: [5]]) != nil, "the moved paragraph's first sentence")
        // A list sorted per language: "Campine … 14 degrees" is third in en and fr-BE, "Kempen … 14 graden"
        // sixth in nl-BE; three items are at 14 degrees, so no anchor point; the first run left it out in
        // one place and added it in the other.
        let weather = try Self.beads("blind10", "weekend-weather-regions")
        let campine = try #require(bead(weather, [en: [7], nl: [9], fr: [7]]), "Campine / Kempen / Campine")
        #expect(campine.needsReview, "a move is confirmed by a person")
    }

    /// The classes fixed after the first run of blind set 11 (`docs/alignment.md`, "Blind set 11"), each bead
    /// wrong at the first run.
    @Test func theEleventhSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        // fr-BE swaps the last two sentences of a paragraph; nothing in them orders them against the English
        // (no number, no name in common), so en–fr took one 2-2 bead, confidently (0.83). en–nl pairs them
        // in order and the direct nl–fr alignment crossed: the two swapped pairs, under review.
        let library = try Self.beads("blind11", "leuven-library-renovation")
        let roof = try #require(Self.bead(library, [en: [13], nl: [16], fr: [13]]), "new roof / nieuw dak / nouvelle toiture")
        let third = try #require(Self.bead(library, [en: [14], nl: [17], fr: [12]]), "a third / een derde / un tiers")
        #expect(roof.needsReview && third.needsReview, "a reorder is confirmed by a person")
        #expect(Self.bead(library, [en: [12], nl: [15], fr: [11]])?.needsReview == false, "the sentence before stays confident")
        // A glossary sorted per language: fr-BE puts the two-step-verification section (en's last) first and
        // malware after phishing. No anchor point: both sections were left out in one place and added in the
        // other. Now the sections pair as moves, under review; the malware section is one sentence under its
        // heading, taken with it.
        let glossary = try Self.beads("blind11", "online-fraud-glossary")
        for (e, d, f) in [(17, 20, 3), (18, 21, 4), (19, 22, 5), (8, 8, 13), (9, 9, 14)] {
            let moved = try #require(Self.bead(glossary, [en: [e], nl: [d], fr: [f]]), "en \(e), nl-BE \(d), fr-BE \(f)")
            #expect(moved.needsReview, "a move is confirmed by a person")
        }
        #expect(Self.bead(glossary, [en: [10], nl: [10], fr: [11]]) != nil, "Phishing / Hameçonnage (phishing) in place")
        // A live blog: nl-BE adds a 16.30 uur update (the Blankenberge pier), fr-BE a 16h30 update (the N4);
        // the two time stamps were joined as one unit added by both translations. Each is its own bead.
        let live = try Self.beads("blind11", "storm-nadia-live")
        #expect(Self.bead(live, [en: [], nl: [13], fr: []]) != nil, "16.30 uur, nl-BE only")
        #expect(Self.bead(live, [en: [], nl: [], fr: [9]]) != nil, "16h30, fr-BE only")
    }

    /// The classes fixed after the first run of blind set 12 (`docs/alignment.md`, "Blind set 12"), each bead
    /// wrong at the first run.
    @Test func theTwelfthSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        // A newsletter whose versions order the same events differently: the event paragraphs moved, their
        // headings, which hold the city's name written per language and nothing else in common, stayed behind.
        let agenda = try Self.beads("blind12", "museum-pass-march-agenda")
        let bruges = try #require(Self.bead(agenda, [en: [15], nl: [9], fr: []]), "(Bruges) / (Brugge), fr-BE has no Bruges event")
        let brussels = try #require(Self.bead(agenda, [en: [12], nl: [15], fr: [3]]), "(Brussels) / (Brussel) / (Bruxelles)")
        #expect(bruges.needsReview && brussels.needsReview, "a move is confirmed by a person")
        // An interview whose nl-BE version drops a question (a heading) and runs its answer on in the answer
        // before: the question was paired with the middle of the Dutch paragraph, and the sentences before it
        // merged 2-1. A heading does not land inside a paragraph.
        let interview = try Self.beads("blind12", "brussels-night-mayor-interview")
        #expect(Self.bead(interview, [en: [13], nl: [], fr: [11]]) != nil, "And the residents? / Et les riverains ?, no nl-BE side")
        for (e, d, f) in [(11, 11, 9), (12, 12, 10), (14, 13, 12)] {
            let kept = try #require(Self.bead(interview, [en: [e], nl: [d], fr: [f]]), "en \(e), nl-BE \(d), fr-BE \(f)")
            #expect(!kept.needsReview, "the answers' sentences pair one to one, confidently")
        }
    }

    /// The classes fixed in session 15 (`docs/alignment.md`, "Blind set 13"), each bead wrong before.
    @Test func theThirteenthSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        // Two one-sentence paragraphs at one place that say different things, paired because two one-sided beads
        // cost more under Gale & Church's priors: an omission beside an addition. Blind set 12: en's "Read also:
        // Student rooms in Leuven …" and fr-BE's "À lire aussi : Bruxelles : …"; blind set 11: en's note to
        // editors, nl-BE's Flemish and fr-BE's Walloon press contact, each the last paragraph.
        let rents = try Self.beads("blind12", "ghent-rents-correction")
        #expect(Self.bead(rents, [en: [3], nl: [3], fr: []]) != nil, "Read also: Student rooms in Leuven / Lees ook: Studentenkoten")
        #expect(Self.bead(rents, [en: [], nl: [], fr: [3]]) != nil, "À lire aussi : Bruxelles, fr-BE only")
        let release = try Self.beads("blind11", "child-focus-sextortion-release")
        for (e, d, f) in [([16], [Int](), [Int]()), ([], [17], []), ([], [], [14])] {
            let alone = try #require(Self.bead(release, [en: e, nl: d, fr: f]), "en \(e), nl-BE \(d), fr-BE \(f) alone")
            #expect(alone.needsReview, "a version without the sentence is confirmed by a person")
        }
        // An editor's note that fr-BE puts at the top and nl-BE at the end (en has none): one unit of the two,
        // paired by its time (17 h 30 / 17.30 uur) as one-sentence paragraphs both left without partner.
        let note = try Self.beads("blind13", "charleroi-airport-editors-note")
        let moved = try #require(Self.bead(note, [en: [], nl: [12], fr: [1]]), "Note de la rédaction … / Dit artikel werd …")
        #expect(moved.needsReview)
        // The opening sentence both translations add (en has none) is one unit too, although "Waals Gewest" and
        // "Région wallonne" (one name written per language) have no partner: its evidence sets them aside. It was
        // two one-sided beads once the tokenizer read U+202F as white space (e8dd139, "« Charleroi sans bruit »"
        // gave fr-BE's "Charleroi" one more segment and its match less weight: −0.93 nats against the −1 needed).
        let added = try #require(Self.bead(note, [en: [], nl: [1], fr: [2]]), "De luchthaven van Charleroi … / L'aéroport de Charleroi …")
        #expect(added.needsReview, "a unit without a source side is confirmed by a person")
    }
    /// The classes fixed after the first run of blind set 14 (`docs/alignment.md`, "Blind set 14"), each bead
    /// wrong at the first run.
    @Test func theFourteenthSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        // "24 heures sur 24" is an idiom ("around the clock", "dag en nacht"), not two numbers without partner: the
        // helpline sentence pairs with its translation, and the sentence fr-BE adds after it stands alone. At the
        // first run the English sentence was paired with the addition at 0.85, confidently wrong.
        let steps = try Self.beads("blind14", "first-smartphone-parent-steps")
        #expect(Self.bead(steps, [en: [9], nl: [8], fr: [10]]) != nil, "The helpline answers around the clock. / … 24 heures sur 24.")
        let added = try #require(Self.bead(steps, [en: [], nl: [], fr: [11]]), "Les enfants eux-mêmes … , fr-BE only")
        #expect(added.needsReview)
        // A sentence left out at a paragraph's end whose number has no partner in the sentence before it ("Only 3%
        // filed a complaint.", which fr-BE leaves out) is left out, not joined 2-1 to that sentence.
        let brief = try Self.beads("blind14", "online-shopping-statistics-brief")
        #expect(Self.bead(brief, [en: [9], nl: [8], fr: [8]]) != nil, "One in ten … / Een op de tien … / Un acheteur … sur dix")
        let left = try #require(Self.bead(brief, [en: [10], nl: [9], fr: []]), "Only 3% … / Amper 3 procent …, no fr-BE side")
        #expect(left.needsReview)
    }

    /// The classes fixed after the first run of blind set 15 (`docs/alignment.md`, "Blind set 15"), each bead
    /// wrong at the first run, and the same class in another shape.
    @Test func theFifteenthSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        // A heading goes with its section: "About Child Focus" and its paragraph, which fr-BE leaves out, and the
        // press contact block, which en leaves out, each stand without the other version. At the first run en–fr
        // and nl–fr paired "About Child Focus" / "Over Child Focus" with "Contact presse" (under review), and nl-BE's
        // "Perscontact" stood alone.
        let release = try Self.beads("blind15", "child-focus-grooming-boilerplate")
        #expect(Self.bead(release, [en: [7], nl: [7], fr: []]) != nil, "About Child Focus / Over Child Focus, no fr-BE side")
        #expect(Self.bead(release, [en: [8], nl: [8], fr: []]) != nil, "the boilerplate's first sentence")
        let contact = try #require(Self.bead(release, [en: [], nl: [10], fr: [7]]), "Perscontact / Contact presse, no en side")
        #expect(contact.needsReview)
        #expect(Self.bead(release, [en: [], nl: [12], fr: [9]]) != nil, "the contact line with the telephone number")
        // Two versions, another shape: en's background section (a heading with a name) is left out by fr-BE,
        // which adds a practical section in its place; the headings are not paired, and the shared section after
        // them keeps its heading pair.
        let english = Fixtures.article(id: "reading-plan", locale: en, blocks: [
            (.title, ["Flemish schools get a new reading plan"]),
            (.paragraph, ["The Flemish Government presents a reading plan for 1,200 primary schools.", "Each school gets €5,000 for books."]),
            (.heading, ["What PIRLS found"]),
            (.paragraph, ["Reading scores of ten-year-olds fell sharply in the PIRLS study of 2021."]),
            (.heading, ["Next steps"]),
            (.paragraph, ["Schools can apply until 15 March.", "The first books arrive in September."]),
        ])
        let french = Fixtures.article(id: "reading-plan", locale: fr, blocks: [
            (.title, ["Un nouveau plan lecture pour les écoles flamandes"]),
            (.paragraph, ["Le Gouvernement flamand présente un plan lecture pour 1 200 écoles primaires.", "Chaque école recevra 5 000\u{00A0}€ pour des livres."]),
            (.heading, ["En pratique"]),
            (.paragraph, ["Les parents francophones peuvent consulter la liste des livres choisis sur le site du ministère."]),
            (.heading, ["Prochaines étapes"]),
            (.paragraph, ["Les écoles peuvent s'inscrire jusqu'au 15 mars.", "Les premiers livres arriveront en septembre."]),
        ])
        let plan = try Aligner().align([english, french], source: en).beads
        #expect(Self.bead(plan, [en: [3], fr: [3]]) == nil, "What PIRLS found / En pratique paired")
        #expect(Self.bead(plan, [en: [3], fr: []]) != nil && Self.bead(plan, [en: [], fr: [3]]) != nil, "each heading alone")
        #expect(Self.bead(plan, [en: [5], fr: [5]]) != nil && Self.bead(plan, [en: [6], fr: [6]]) != nil, "Next steps / Prochaines étapes and its first sentence")
    }

    /// The class fixed after the first run of blind set 16 (`docs/alignment.md`, "Blind set 16"), its beads wrong
    /// at the first run.
    @Test func theSixteenthSetsFixedClassesStayFixed() throws {
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE", fr: LanguageTag = "fr-BE"
        // fr-BE moves the second photo (a caption block and a credit block) up, right after the first. At the first
        // run only its credit, found by the photographer's name, was paired in en–fr, the caption stood alone on
        // each side and the three-version bead fell apart; the credit's move now takes its caption along ("in
        // 2019" / "en 2019"), and the bead holds nl-BE's caption with its inline credit. Under review, as every move.
        let photos = try Self.beads("blind16", "tournai-cathedral-captions-correction")
        let moved = try #require(Self.bead(photos, [en: [8, 9], nl: [8], fr: [5, 6]]), "A stonemason at work … / Photo: Belga / Marc Hennuy")
        #expect(moved.needsReview, "a move is confirmed by a person")
        // The paragraph that stays in place around the moved photo pairs one to one.
        #expect(Self.bead(photos, [en: [5], nl: [5], fr: [7]]) != nil && Self.bead(photos, [en: [7], nl: [7], fr: [9]]) != nil)
    }
}
