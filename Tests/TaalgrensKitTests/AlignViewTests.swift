import Foundation
import TaalgrensCore
import TaalgrensKit
import Testing

/// `taalgrens align`'s views: the side-by-side text fits its width and marks beads and pairs to review;
/// units follow their own pairs (a caption missing in one version does not hold back another's).
@Suite("Align views: side by side, units")
struct AlignViewTests {
    let workspace = Workspace(data: BundleTestSupport.data)

    /// An article whose image caption exists in en and fr-BE but not in nl-BE (TRIAL.md item 13).
    func museum() throws -> URL {
        let folder = try BundleTestSupport.temporaryFolder("museum")
        let files = [
            "en.md": """
                ---
                title: The science museum opens a gallery about the internet
                ---

                The new gallery in Brussels shows how the internet grew from 213 computers in 1981 to billions of devices today. Visitors can send a message through a model of the first network.

                ![A replica of the IMP router from 1969 stands at the entrance.](imp.jpg)

                Entry costs 8 euros, and pupils under 12 enter for free.
                """,
            "nl-BE.md": """
                ---
                title: Het wetenschapsmuseum opent een zaal over het internet
                ---

                De nieuwe zaal in Brussel toont hoe het internet groeide van 213 computers in 1981 tot miljarden toestellen vandaag. Bezoekers kunnen een bericht versturen via een model van het eerste netwerk.

                De toegang kost 8 euro, en leerlingen jonger dan 12 mogen gratis binnen.
                """,
            "fr-BE.md": """
                ---
                title: Le musée des sciences ouvre une salle consacrée à internet
                ---

                La nouvelle salle à Bruxelles montre comment internet est passé de 213 ordinateurs en 1981 à des milliards d'appareils aujourd'hui. Les visiteurs peuvent envoyer un message par une maquette du premier réseau.

                ![Une réplique du routeur IMP de 1969 se trouve à l'entrée.](imp.jpg)

                L'entrée coûte 8 euros, et les élèves de moins de 12 ans entrent gratuitement.
                """,
        ]
        let article = folder.appendingPathComponent("museum")
        try FileManager.default.createDirectory(at: article, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: article.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return article
    }

    @Test("the side-by-side view fits the width and marks the bead and the missing version's pair")
    func sideBySide() throws {
        let article = try museum()
        defer { try? FileManager.default.removeItem(at: article.deletingLastPathComponent()) }
        let result = try workspace.align(folder: article)
        for width in [60, 90, 140] {
            let view = result.sideBySide(width: width)
            let lines = view.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { $0.count <= width }, "width \(width): \(lines.map(\.count).max() ?? 0) columns")
        }
        let view = result.sideBySide(width: 90)
        let caption = try #require(view.split(separator: "\n").first { $0.contains("A replica of the IMP") })
        #expect(caption.hasPrefix(" 0.30 ! "), "the bead needs review: \(caption)")
        #expect(caption.trimmingCharacters(in: .whitespaces).hasSuffix("│ ! —"),
                "nl-BE (the last column) has nothing there and its pair is below the threshold: \(caption)")
        #expect(view.contains("5 beads, 1 need review"))
    }

    @Test("the caption's en–fr unit is aligned although nl-BE has none")
    func units() throws {
        let article = try museum()
        defer { try? FileManager.default.removeItem(at: article.deletingLastPathComponent()) }
        let result = try workspace.align(folder: article)
        let unit = try #require(result.units.first { $0.variant(for: "en")?.text == "A replica of the IMP router from 1969 stands at the entrance." })
        #expect(unit.locales == ["en", "fr-BE"])
        #expect(unit.status == .aligned)
        let tmx = String(decoding: result.tmx(), as: UTF8.self)
        #expect(tmx.contains("Une réplique du routeur IMP de 1969 se trouve à l'entrée."))
        let report = result.report
        let bead = try #require(report.beads.first { $0.segments["en"] == [3] })
        #expect(bead.segments["nl-BE"] == [] && bead.needsReview && bead.confidence == 0.3)
    }
}
