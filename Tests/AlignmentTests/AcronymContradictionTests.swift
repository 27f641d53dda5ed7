import Foundation
import Testing
import TaalgrensCore
import Alignment

/// An acronym that one version writes and the other never does ("GSM" for "mobile phone", "SMS" for "text
/// message", "CV" for "résumé") is a word of that language, not a name the translation left out: it does not
/// make a pair "contradicted" (`docs/alignment.md`, "Confidence", contradicted beads). Twelfth trial, finding 19:
/// the GSM sentence's fr-BE pair was capped at 0.50, so `publish` showed the English sentence in the French page.
@Suite struct AcronymContradictionTests {
    /// The trial's folder (`/tmp/trial12/repro/19/phones`), as segments.
    static let phones: [SegmentedArticle] = [
        Fixtures.article(id: "phones", locale: "en", blocks: [
            (.title, ["Phones"]),
            (.paragraph, ["Parents received a fake text message yesterday."]),
            (.paragraph, ["Call your child on his mobile phone."]),
            (.paragraph, ["The helpline is free."]),
        ]),
        Fixtures.article(id: "phones", locale: "nl-BE", blocks: [
            (.title, ["Telefoons"]),
            (.paragraph, ["Ouders kregen gisteren een vals sms’je."]),
            (.paragraph, ["Bel je kind op zijn gsm."]),
            (.paragraph, ["De hulplijn is gratis."]),
        ]),
        Fixtures.article(id: "phones", locale: "fr-BE", blocks: [
            (.title, ["Téléphones"]),
            (.paragraph, ["Des parents ont reçu hier un faux SMS."]),
            (.paragraph, ["Appelez votre enfant sur son GSM."]),
            (.paragraph, ["La ligne d’aide est gratuite."]),
        ]),
    ]

    @Test func aFrenchAcronymForEnglishWordsDoesNotCapTheRightPair() throws {
        let alignment = try Aligner().align(Self.phones, source: "en")
        #expect(alignment.beads.count == 4)
        for k in 0..<4 {
            let bead = try #require(alignment.beads.first { $0.indices(for: "en") == [k] }, "en \(k)")
            #expect(bead.indices(for: "fr-BE") == [k] && bead.indices(for: "nl-BE") == [k])
            // First run: 0.50 for the GSM sentence's fr-BE pair.
            #expect(bead.confidence(for: "fr-BE") >= 0.6, "en \(k) / fr-BE \(k) at \(bead.confidence(for: "fr-BE"))")
            #expect(!bead.needsReview)
        }
    }

    /// Another input of the kind, two versions: Belgian French "CV" and "PC" where English has words.
    @Test func otherAcronymsOfOneLanguageDoNotCapEither() throws {
        let en = Fixtures.article(id: "jobs", locale: "en", blocks: [
            (.title, ["Job fair in Namur on Saturday"]),
            (.paragraph, ["Bring a printed résumé to every stand you visit.",
                          "Laptops are available for those who want to apply online.",
                          "Entry is free for everyone."]),
        ])
        let fr = Fixtures.article(id: "jobs", locale: "fr-BE", blocks: [
            (.title, ["Salon de l’emploi à Namur samedi"]),
            (.paragraph, ["Apportez un CV imprimé à chaque stand que vous visitez.",
                          "Des PC portables sont à disposition de ceux qui veulent postuler en ligne.",
                          "L’entrée est gratuite pour tous."]),
        ])
        let alignment = try Aligner().align([en, fr], source: "en")
        for k in 0..<4 {
            let bead = try #require(alignment.beads.first { $0.indices(for: "en") == [k] }, "en \(k)")
            #expect(bead.indices(for: "fr-BE") == [k])
            #expect(bead.confidence(for: "fr-BE") >= 0.6, "en \(k) / fr-BE \(k) at \(bead.confidence(for: "fr-BE"))")
        }
    }
}
