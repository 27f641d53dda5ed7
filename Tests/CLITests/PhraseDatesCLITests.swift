import Foundation
import Testing

/// Twelfth trial, finding 11: units imported from a Phrase MXLIFF got the import time as their dates, so an
/// incremental `tm export --since` resent October's translations as new.
@Suite("import of a Phrase MXLIFF: the units keep Phrase's dates and translators (process)")
struct PhraseDatesCLITests {
    @Test("tm export writes October's dates and the translator; --since a later day leaves them out")
    func phraseDates() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("m.tm")
        let file = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial12/phrase/phishing-2025.docx.mxliff")
        let imported = try CLI.run(["import", file.path], in: scratch, memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        let all = try CLI.run(["tm", "export", "--format", "tmx"], in: scratch, memory: memory)
        #expect(all.stdout.contains("creationdate=\"20251002T160000Z\""), "\(all.stdout)")
        #expect(all.stdout.contains("creationid=\"j.devos\""), "\(all.stdout)")
        let later = try CLI.run(["tm", "export", "--format", "tmx", "--since", "2026-01-01"], in: scratch, memory: memory)
        #expect(later.status == 0, "\(later.stderr)")
        #expect(!later.stdout.contains("<tu "), "\(later.stdout)")
    }
}
