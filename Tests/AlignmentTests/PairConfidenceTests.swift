import Foundation
import Testing
import TaalgrensCore
import Alignment

/// Confidence per pair (`docs/alignment.md`, "Confidence"): a locale missing from a bead does not lower the
/// confidence of another locale's pair, and translation units follow the confidence of their own pairs.
@Suite struct PairConfidenceTests {
    /// An article whose figure caption exists in en and fr-BE but not in nl-BE (TRIAL.md item 13).
    static let english = Fixtures.article(id: "museum", locale: "en", blocks: [
        (.title, ["The science museum opens a gallery about the internet"]),
        (.paragraph, ["The new gallery in Brussels shows how the internet grew from 213 computers in 1981 to billions of devices today.",
                      "Visitors can send a message through a model of the first network."]),
        (.caption, ["A replica of the IMP router from 1969 stands at the entrance."]),
        (.paragraph, ["Entry costs 8 euros, and pupils under 12 enter for free."]),
    ])
    static let dutch = Fixtures.article(id: "museum", locale: "nl-BE", blocks: [
        (.title, ["Het wetenschapsmuseum opent een zaal over het internet"]),
        (.paragraph, ["De nieuwe zaal in Brussel toont hoe het internet groeide van 213 computers in 1981 tot miljarden toestellen vandaag.",
                      "Bezoekers kunnen een bericht versturen via een model van het eerste netwerk."]),
        (.paragraph, ["De toegang kost 8 euro, en leerlingen jonger dan 12 mogen gratis binnen."]),
    ])
    static let french = Fixtures.article(id: "museum", locale: "fr-BE", blocks: [
        (.title, ["Le musée des sciences ouvre une salle consacrée à internet"]),
        (.paragraph, ["La nouvelle salle à Bruxelles montre comment internet est passé de 213 ordinateurs en 1981 à des milliards d'appareils aujourd'hui.",
                      "Les visiteurs peuvent envoyer un message par une maquette du premier réseau."]),
        (.caption, ["Une réplique du routeur IMP de 1969 se trouve à l'entrée."]),
        (.paragraph, ["L'entrée coûte 8 euros, et les élèves de moins de 12 ans entrent gratuitement."]),
    ])

    @Test func aLocaleMissingFromABeadDoesNotHoldBackTheOtherPair() throws {
        let alignment = try Aligner().align([Self.english, Self.dutch, Self.french], source: nil)
        let caption = try #require(alignment.beads.first { $0.indices(for: "en") == [3] })
        #expect(caption.indices(for: "fr-BE") == [3])
        #expect(caption.indices(for: "nl-BE") == [])
        // The bead as a whole claims that nl-BE has nothing here: a person checks that.
        #expect(caption.needsReview)
        #expect(caption.confidence(for: "nl-BE") <= 0.3)
        #expect(caption.confidence == caption.confidence(for: "nl-BE"))
        // The en–fr pair is as sure as any other.
        #expect(caption.confidence(for: "fr-BE") >= alignment.reviewThreshold)
        let units = alignment.translationUnits(articleID: "museum")
        let unit = try #require(units.first { $0.variant(for: "en")?.text == "A replica of the IMP router from 1969 stands at the entrance." })
        #expect(unit.locales == ["en", "fr-BE"])
        #expect(unit.status == .aligned, "the missing Dutch caption must not hold back the French one")
        #expect(unit.confidence == caption.confidence(for: "fr-BE"))
        #expect(unit.id == "museum:2:0")
    }

    @Test func aBeadWhoseLocalesDisagreeAboutReviewGivesTwoUnits() throws {
        let segments: [LanguageTag: [Segment]] = [
            "en": Self.english.allSegments, "nl-BE": Self.dutch.allSegments, "fr-BE": Self.french.allSegments,
        ]
        let bead = Bead(segments: ["en": [0], "nl-BE": [0], "fr-BE": [0]], confidence: 0.4, needsReview: true,
                        pairConfidences: ["nl-BE": 0.9, "fr-BE": 0.4])
        let alignment = ArticleAlignment(source: "en", locales: ["en", "nl-BE", "fr-BE"], segments: segments, beads: [bead])
        let units = alignment.translationUnits(articleID: "museum")
        try #require(units.count == 2)
        #expect(units[0].id == "museum:0:0" && units[0].locales == ["en", "nl-BE"])
        #expect(units[0].status == .aligned && units[0].confidence == 0.9)
        #expect(units[1].id == "museum:0:0~fr-BE" && units[1].locales == ["en", "fr-BE"])
        #expect(units[1].status == .needsReview && units[1].confidence == 0.4)
        #expect(units.allSatisfy { $0.origin == Origin(article: "museum", block: 0, position: 0) })
        // Agreeing pairs give one unit, with the lower confidence.
        var agreeing = bead
        agreeing.pairConfidences = ["nl-BE": 0.9, "fr-BE": 0.7]
        let one = ArticleAlignment(source: "en", locales: ["en", "nl-BE", "fr-BE"], segments: segments, beads: [agreeing])
            .translationUnits(articleID: "museum")
        #expect(one.count == 1 && one[0].locales == ["en", "fr-BE", "nl-BE"] && one[0].confidence == 0.7 && one[0].status == .aligned)
    }

    /// On every development article: the bead's confidence is its lowest pair, and every unit's status and
    /// confidence follow the pairs it holds.
    @Test(arguments: try! Fixtures.caseNames(in: Fixtures.alignment)) func unitsFollowTheirPairs(_ name: String) throws {
        let c = try Fixtures.load(Fixtures.alignment.appendingPathComponent(name))
        let alignment = try Aligner().align(c.versions, source: nil)
        let targets = alignment.locales.filter { $0 != alignment.source }
        for bead in alignment.beads {
            #expect(Set(bead.pairConfidences.keys) == Set(targets))
            #expect(bead.confidence == bead.pairConfidences.values.min())
            for locale in targets where bead.indices(for: locale).isEmpty || bead.indices(for: alignment.source).isEmpty {
                #expect(bead.confidence(for: locale) <= 0.3)
            }
        }
        let units = alignment.translationUnits(articleID: c.name)
        #expect(Set(units.map(\.id)).count == units.count, "unit ids are unique")
        let sourceSegments = alignment.segments[alignment.source]!
        for unit in units {
            let pairs = unit.locales.filter { $0 != alignment.source }
            // The bead that holds the unit's first source segment.
            let first = try #require(sourceSegments.firstIndex { $0.block == unit.origin?.block && $0.position == unit.origin?.position })
            let bead = try #require(alignment.beads.first { $0.indices(for: alignment.source).contains(first) })
            #expect(unit.variants.allSatisfy { !bead.indices(for: $0.locale).isEmpty })
            // A unit of a finer pair (fewer source sentences than its bead) takes the confidence of that pair;
            // the bead's own unit, which holds every locale, the bead's pair confidences.
            let wholeBead = (unit.variant(for: alignment.source)?.sentenceStarts.count ?? 0) + 1 == bead.indices(for: alignment.source).count
            func confidence(_ locale: LanguageTag) -> Double {
                if wholeBead { return bead.confidence(for: locale) }
                return bead.finerPairs[locale]?.first { $0.source.contains(first) }?.confidence ?? bead.confidence(for: locale)
            }
            let expected = pairs.isEmpty ? bead.confidence : pairs.map(confidence).min()!
            #expect(unit.confidence == expected)
            #expect(unit.status == (expected >= alignment.reviewThreshold ? .aligned : .needsReview))
        }
    }
}
