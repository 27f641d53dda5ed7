import Foundation
import Testing

/// Notes logged by the jobs read like the tool's other messages (a termbase note was printed in swift-log's
/// stream format: `2026-11-30T07:12:09+0000 warning taalgrens: [TaalgrensKit] note: …`).
@Suite("taalgrens log lines on standard error")
struct LogOutputCLITests {
    @Test("a termbase note is one plain `note:` line: no timestamp, level column or label")
    func termbaseNoteIsPlain() throws {
        let fixtures = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial6")
        let result = try CLI.run(["terms", "list", "--no-default-termbase",
                                  "--termbase", fixtures.appendingPathComponent("clash-client.tbx").path,
                                  "--termbase", fixtures.appendingPathComponent("clash-newsroom.tbx").path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("note: ") == true, "\(result.stderr)")
        #expect(lines.first?.contains("concept id 'c1' is used in") == true, "\(result.stderr)")
        #expect(!result.stderr.contains("[TaalgrensKit]") && !result.stderr.contains("+0000"), "\(result.stderr)")
    }
}
