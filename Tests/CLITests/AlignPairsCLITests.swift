import Foundation
import Testing

/// Fifth fresh-user trial, item 22: `align --format json` gave one confidence per bead, so a good en–fr-BE
/// pair beside a nl-BE sentence left out read as `confidence 0.3, needsReview true` for both.
@Suite("align --format json: a confidence per locale pair (process)")
struct AlignPairsCLITests {
    func write(_ files: [String: String], in folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    }

    @Test("a sentence missing in nl-BE: nl-BE's pair needs review, fr-BE's does not; two locales have no pairs")
    func pairConfidences() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("transfer")
        try write([
            "en.md": """
            # Club signs a new striker

            The club signed a striker from Ghent on Monday for three seasons.

            The transfer fee was not disclosed, but it is said to be around four million euros.

            The player will be presented to the fans on Saturday before the home match.

            """,
            "fr-BE.md": """
            # Le club engage un nouvel attaquant

            Le club a engagé lundi un attaquant gantois pour trois saisons.

            Le montant du transfert n'a pas été communiqué, mais il serait d'environ quatre millions d'euros.

            Le joueur sera présenté aux supporters samedi avant le match à domicile.

            """,
            "nl-BE.md": """
            # Club haalt nieuwe spits binnen

            De club heeft maandag een spits uit Gent vastgelegd voor drie seizoenen.

            De speler wordt zaterdag voor de thuiswedstrijd aan de fans voorgesteld.

            """,
        ], in: folder)
        let result = try CLI.run(["align", folder.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        let beads = try #require(json["beads"] as? [[String: Any]])
        // The bead of the transfer-fee sentence: en and fr-BE, no nl-BE.
        let lonely = try #require(beads.first { bead in
            let segments = bead["segments"] as? [String: [Int]]
            return segments?["nl-BE"] == [] && segments?["en"]?.isEmpty == false && segments?["fr-BE"]?.isEmpty == false
        }, "\(beads)")
        let pairs = try #require(lonely["pairs"] as? [String: [String: Any]], "\(lonely)")
        let fr = try #require(pairs["fr-BE"]), nl = try #require(pairs["nl-BE"])
        #expect(fr["needsReview"] as? Bool == false)
        #expect(nl["needsReview"] as? Bool == true)
        let frConfidence = try #require(fr["confidence"] as? Double), nlConfidence = try #require(nl["confidence"] as? Double)
        #expect(frConfidence > nlConfidence)
        // The bead's own keys stay: its confidence is the lowest pair's.
        #expect(lonely["confidence"] as? Double == nlConfidence)
        #expect(lonely["needsReview"] as? Bool == true)
        // Every bead of a three-locale alignment has both pairs.
        #expect(beads.allSatisfy { ($0["pairs"] as? [String: Any])?.keys.sorted() == ["fr-BE", "nl-BE"] })

        // Two locales: one pair, the bead's confidence; no `pairs` key.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("nl-BE.md"))
        let two = try CLI.run(["align", folder.path, "--format", "json"]).json()
        let twoBeads = try #require(two["beads"] as? [[String: Any]])
        #expect(!twoBeads.isEmpty && twoBeads.allSatisfy { $0["pairs"] == nil })
    }
}
