import Foundation
import Testing
import TaalgrensCore
import Alignment

/// A list item moved within its list pairs on one number (`docs/alignment.md`, "Moved text", step 2); an item
/// left out of one list and an item added to another list, with the same number, are not one item moved
/// (`docs/known-issues.md`, blind set 10's leftover).
@Suite struct ListItemMoveTests {
    static let en = Fixtures.article(id: "fuel", locale: "en", blocks: [
        (.title, ["Heating oil and diesel prices this week"]),
        (.paragraph, ["Heating oil became cheaper in most cities this week, the FPS Economy reports."]),
        (.listItem, ["Ghent: €951 per 1,000 litres."]),
        (.listItem, ["Mons: €979 per 1,000 litres."]),
        (.listItem, ["Liège: €998 per 1,000 litres."]),
        (.paragraph, ["Diesel at the pump went up slightly in every region."]),
        (.listItem, ["Flanders: €1.83 a litre."]),
        (.listItem, ["Brussels: €1.85 a litre."]),
        (.listItem, ["Wallonia: €1.84 a litre."]),
    ])
    /// nl-BE leaves out the Mons item of the first list and adds a Namur item, with the same figure, to the
    /// second one: two unrelated items, not the Mons item moved.
    static let nl = Fixtures.article(id: "fuel", locale: "nl-BE", blocks: [
        (.title, ["Prijzen van stookolie en diesel deze week"]),
        (.paragraph, ["Stookolie werd deze week in de meeste steden goedkoper, meldt de FOD Economie."]),
        (.listItem, ["Gent: 951 euro per 1.000 liter."]),
        (.listItem, ["Luik: 998 euro per 1.000 liter."]),
        (.paragraph, ["Diesel aan de pomp werd in elk gewest iets duurder."]),
        (.listItem, ["Vlaanderen: 1,83 euro per liter."]),
        (.listItem, ["Brussel: 1,85 euro per liter."]),
        (.listItem, ["Wallonië: 1,84 euro per liter."]),
        (.listItem, ["Namen, stookolie ter vergelijking: 979 euro per 1.000 liter."]),
    ])

    @Test func anItemLeftOutOfOneListIsNotPairedWithAnItemAddedToAnother() throws {
        let beads = try Aligner().align([Self.en, Self.nl], source: "en").beads
        let en: LanguageTag = "en", nl: LanguageTag = "nl-BE"
        let mons = try #require(beads.first { $0.indices(for: en) == [3] }, "the Mons item")
        #expect(mons.indices(for: nl) == [], "Mons is left out in nl-BE, not paired with the Namur item of the diesel list")
        let namur = try #require(beads.first { $0.indices(for: nl) == [8] }, "the Namur item")
        #expect(namur.indices(for: en) == [], "Namur is added in nl-BE")
        #expect(beads.first { $0.indices(for: en) == [4] }?.indices(for: nl) == [3], "Liège / Luik in place")
    }
}
