import Foundation
import Testing

/// Seventeenth trial, finding 14: soft hyphens (U+00AD) and zero-width spaces (U+200B) were removed from
/// article text but kept in TMX and XLIFF segments and in what `query` and `concordance` were given, so a
/// CafeTran TMX's `rijks&#173;register&#173;nummer` was no match for the word typed plainly, and a sentence
/// pasted from the published page with its soft hyphens missed its own stored text. The fixtures are the
/// trial's (a CafeTran TMX, an XLIFF 1.2 made from a Word document with optional hyphens).
@Suite("invisible format characters in TMX, XLIFF, query and concordance (process)")
struct InvisibleFormatInterchangeCLITests {
    private static let folder = "Tests/Fixtures/interop/invisible/"

    @Test("the TMX and XLIFF segments are stored without them; a query or phrase with or without them finds them")
    func storedAndSearched() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("t.tm")
        let imported = try CLI.run(["import", Self.folder + "shy.tmx", Self.folder + "shy.xlf"], memory: memory)
        try #require(imported.status == 0, "\(imported.stderr)")

        for (text, target) in [("Vermeld altijd uw rijksregisternummer in de email.", "Mentionnez toujours votre numéro de registre national dans l’e-mail."),
                               ("Vermeld altijd uw rijks\u{AD}register\u{AD}nummer.", "Mentionnez toujours votre numéro de registre national."),
                               ("Uw aanvraag wordt binnen 10\u{A0}dagen behandeld.", "Votre demande sera traitée dans les 10\u{A0}jours.")] {
            let query = try CLI.run(["query", text, "--from", "nl-BE", "--to", "fr-BE", "--format", "json"], memory: memory).json()
            let best = try #require((query["matches"] as? [[String: Any]])?.first, "\(text): \(query)")
            #expect(best["score"] as? Double == 100, "\(text): \(best)")
            #expect((best["target"] as? String)?.unicodeScalars.elementsEqual(target.unicodeScalars) == true, "the target as stored, without soft hyphens: \(best)")
        }
        for phrase in ["rijksregisternummer", "rijks\u{AD}register\u{AD}nummer", "aan\u{200B}vraag"] {
            let hits = try CLI.run(["concordance", phrase, "--locale", "nl-BE", "--format", "json"], memory: memory).json()
            #expect((hits["hits"] as? [Any])?.count ?? 0 >= 1, "\(phrase): \(hits)")
        }
        let french = try CLI.run(["concordance", "demande", "--locale", "fr-BE", "--format", "json"], memory: memory).json()
        #expect((french["hits"] as? [Any])?.count == 1, "the target's 'de\\u{AD}mande': \(french)")

        let tmx = try CLI.run(["tm", "export", "--format", "tmx"], memory: memory)
        #expect(!tmx.stdout.unicodeScalars.contains { $0.value == 0xAD || $0.value == 0x200B }, "none written back out")
        #expect(!tmx.stdout.contains("&#173;") && !tmx.stdout.contains("&#8203;"))
    }
}
