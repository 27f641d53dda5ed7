import Foundation
import Testing

/// `concordance` with a phrase typed in keyboard quotes (fourteenth trial, finding 16): it finds the
/// typographic quotation marks of every locale, and a search without hits names the phrase once.
@Suite("Concordance with quotation marks (process)")
struct QuoteConcordanceCLITests {
    @Test("\"je bank\" finds “je bank” and „je bank”; \"votre banque\" finds « votre banque »; no doubled quotes")
    func keyboardQuotes() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = CLI.repository.appendingPathComponent("Tests/Fixtures/memories/v15-quotes.tmx")
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let imported = try CLI.run(["import", file.path], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")

        let nl = try CLI.run(["concordance", "\"je bank\"", "--locale", "nl-BE"], memory: memory)
        #expect(nl.status == 0, "\(nl.stderr)")
        #expect(nl.stdout.contains("nl-BE: Het sms’je zegt dat het van [“je bank”] komt.  [tmx:v15-quotes.tmx#bank]"), "\(nl.stdout)")
        #expect(nl.stdout.contains("nl-BE: Geef nooit je code aan [„je bank”] aan de telefoon.  [tmx:v15-quotes.tmx#low]"), "\(nl.stdout)")
        #expect(!nl.stdout.contains("#plain"), "the phrase without quotes is not a hit of the quoted one")

        let fr = try CLI.run(["concordance", "\"votre banque\"", "--locale", "fr-BE", "--format", "json"], memory: memory).json()
        let hits = try #require(fr["hits"] as? [[String: Any]])
        #expect(hits.compactMap { $0["unit"] as? String }.sorted() == ["tmx:v15-quotes.tmx#bank", "tmx:v15-quotes.tmx#low"])
        #expect(hits.first { $0["unit"] as? String == "tmx:v15-quotes.tmx#bank" }?["ranges"] as? [[Int]] == [[24, 40]])

        let none = try CLI.run(["concordance", "\"ma banque\"", "--locale", "fr-BE"], memory: memory)
        #expect(none.status == 0 && none.stdout == "no occurrence of \"ma banque\" in fr-BE\n", "\(none.stdout)")
        let guillemets = try CLI.run(["concordance", "« ma banque »", "--locale", "fr-BE"], memory: memory)
        #expect(guillemets.stdout == "no occurrence of « ma banque » in fr-BE\n", "\(guillemets.stdout)")
        let bare = try CLI.run(["concordance", "ma banque", "--locale", "fr-BE"], memory: memory)
        #expect(bare.stdout == "no occurrence of \"ma banque\" in fr-BE\n", "\(bare.stdout)")
    }
}
