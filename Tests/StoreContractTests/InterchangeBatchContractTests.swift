import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// An interchange import decides its units one after the other, even where a store writes the batch
/// set-based (the PostgreSQL store stages new units and inserts them with one statement per table): a
/// later unit of the batch sees what the earlier ones changed.
@Suite("Store contract: an interchange batch acts as its units one by one")
struct InterchangeBatchContractTests {
    static func unit(_ id: String, _ en: String, _ nl: String, previous: String? = nil, next: String? = nil,
                     confidence: Double? = nil, properties: [String: String] = [:], notes: [String] = [],
                     created: Date? = nil) -> TranslationUnit {
        TranslationUnit(id: id, variants: [Variant(locale: "en", content: RichText(plain: en), previous: previous, next: next),
                                           Variant(locale: "nl-BE", content: RichText(plain: nl))],
                        confidence: confidence, properties: properties, notes: notes, created: created)
    }

    @Test(arguments: StoreKind.allCases)
    func laterUnitsSeeEarlierOnes(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "batch") else { return }
        let store = sut.store
        let origin = "tmx:batch.tmx"
        #expect(try store.importUnits([Self.unit("u1", "The gallery opens at nine.", "De galerie opent om negen uur.", notes: ["one"]),
                                       Self.unit("u2", "Parking is free.", "Parkeren is gratis.")], origin: origin)
                == ImportCounts(added: 2))

        // Awkward text for every nullable column a batch writes: quotes, a backslash, braces, commas, the
        // word NULL, an empty string; and values that must come back bit for bit.
        let awkward = #"She said "yes", {then} \left; NULL"#
        let confidence = 0.1 + 0.2
        let created = Date(timeIntervalSince1970: 1_732_912_345.123_456_7)
        let batch = [
            // u1 is revised: its content becomes that of u3 below.
            Self.unit("u1", "The gallery opens at ten.", "De galerie opent om tien uur.", notes: ["one"]),
            // A duplicate of u1 as just revised (not as stored before the batch): merged into u1.
            Self.unit("u3", "The gallery opens at ten.", "De galerie opent om tien uur.", properties: ["x-client": "city"], notes: ["three"]),
            // New.
            Self.unit("u4", "Tickets cost five euros.", "Tickets kosten vijf euro.", previous: awkward, next: "",
                      confidence: confidence, properties: ["x-domain": "culture"], created: created),
            // A duplicate of u4, which the batch itself adds: merged into it.
            Self.unit("u5", "Tickets cost five euros.", "Tickets kosten vijf euro.", previous: awkward, next: "",
                      properties: ["x-domain": "sport", "x-note": "NULL"], notes: ["five"]),
            // A duplicate of u2, stored before.
            Self.unit("u6", "Parking is free.", "Parkeren is gratis.", notes: ["six"]),
        ]
        #expect(try store.importUnits(batch, origin: origin) == ImportCounts(added: 1, updated: 1, merged: 3))
        #expect(try store.statistics().units == 3)

        let u1 = try #require(try store.unit(id: "\(origin)#u1"))
        #expect(u1.variant(for: "nl-BE")?.text == "De galerie opent om tien uur.")
        #expect(u1.properties == ["x-client": "city"])
        #expect(u1.notes == ["one", "three"])
        let u4 = try #require(try store.unit(id: "\(origin)#u4"))
        #expect(u4.variant(for: "en")?.previous == awkward)
        #expect(u4.variant(for: "en")?.next == "")
        #expect(u4.variant(for: "nl-BE")?.previous == nil)
        #expect(u4.confidence == confidence)
        #expect(u4.created == created)
        // The first holder's properties win a merge; notes are added.
        #expect(u4.properties == ["x-domain": "culture", "x-note": "NULL"])
        #expect(u4.notes == ["five"])
        #expect(u4.origin == Origin(article: origin))
        #expect(try store.unit(id: "\(origin)#u2")?.notes == ["six"])
        for id in ["u3", "u5", "u6"] { #expect(try store.unit(id: "\(origin)#\(id)") == nil) }

        // The index holds the new and the revised content, and not the old.
        let query = MatchQuery(text: "Tickets cost five euros.", source: "en", target: "nl-BE")
        #expect(try store.exactMatches(query).map(\.unit.id) == ["\(origin)#u4"])
        #expect(try store.exactMatches(MatchQuery(text: "The gallery opens at ten.", source: "en", target: "nl-BE")).map(\.unit.id) == ["\(origin)#u1"])
        #expect(try store.exactMatches(MatchQuery(text: "The gallery opens at nine.", source: "en", target: "nl-BE")).isEmpty)
        let fuzzy = try store.search(MatchQuery(text: "The gallery opens at eleven.", source: "en", target: "nl-BE", minScore: 50))
        #expect(fuzzy.map(\.unit.id) == ["\(origin)#u1"])
    }
}
