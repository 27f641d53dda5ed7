import Foundation
import Testing

/// Eighteenth trial, finding 11: `concordance` on an EU memory printed all 24 languages under each hit; `--to`
/// shows only the languages wanted (by language subtag: `fr-BE` shows the memory's `fr-FR`).
@Suite("concordance --to: only the languages wanted beside each hit (process)")
struct ConcordanceLanguagesCLITests {
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="TMXtract" creationtoolversion="1.0" datatype="plaintext" segtype="sentence"
         adminlang="en-GB" srclang="EN-GB" o-tmf="DGT"/><body>
        <tu><tuv xml:lang="EN-GB"><seg>The competent authority shall inform the Commission.</seg></tuv>
        <tuv xml:lang="NL-NL"><seg>De bevoegde autoriteit stelt de Commissie in kennis.</seg></tuv>
        <tuv xml:lang="FR-FR"><seg>L'autorité compétente informe la Commission.</seg></tuv>
        <tuv xml:lang="DE-DE"><seg>Die zuständige Behörde unterrichtet die Kommission.</seg></tuv>
        <tuv xml:lang="IT-IT"><seg>L'autorità competente informa la Commissione.</seg></tuv></tu>
        </body></tmx>
        """

    @Test("--to en,fr-BE keeps English and French beside the Dutch hit; without it every language is shown")
    func onlyWantedLanguages() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Data(Self.tmx.utf8).write(to: scratch.appendingPathComponent("eurlex.tmx"))
        let memory = scratch.appendingPathComponent("eu.tm")
        #expect(try CLI.run(["import", "eurlex.tmx"], in: scratch, memory: memory).status == 0)
        let narrowed = try CLI.run(["concordance", "bevoegde autoriteit", "-l", "nl-BE", "--to", "en,fr-BE", "--format", "json"],
                                   in: scratch, memory: memory)
        #expect(narrowed.status == 0, "\(narrowed.stderr)")
        let hits = try #require(try narrowed.json()["hits"] as? [[String: Any]])
        #expect(hits.count == 1)
        #expect(Set((hits.first?["others"] as? [String: Any] ?? [:]).keys) == ["en-GB", "fr-FR"], "\(hits)")
        let text = try CLI.run(["concordance", "bevoegde autoriteit", "-l", "nl-BE", "--to", "en,fr-BE"], in: scratch, memory: memory)
        #expect(text.stdout.contains("L'autorité compétente") && !text.stdout.contains("zuständige") && !text.stdout.contains("autorità"), "\(text.stdout)")
        let all = try CLI.run(["concordance", "bevoegde autoriteit", "-l", "nl-BE", "--format", "json"], in: scratch, memory: memory)
        let every = try #require(try all.json()["hits"] as? [[String: Any]])
        #expect((every.first?["others"] as? [String: Any])?.count == 4, "\(every)")
    }
}
