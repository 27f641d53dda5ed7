import Foundation
import Testing

/// Fourteenth trial, finding 7: a Crowdin export of website strings whose Dutch plural string
/// `{count, plural, one {# nieuw bericht} other {# nieuwe berichten}}` was read as English (`plural`, `one`,
/// `other`) and stored as needing review; `query` gave 95 with "−5 status". ICU syntax is now left out of the
/// per-segment language check, and an English sub-message under nl-BE is still caught.
@Suite("import: ICU MessageFormat strings and the language check (process)")
struct ICUMessageImportCLITests {
    @Test("the trial's Crowdin file: the Dutch plural is translated and a 100 % match")
    func dutchPlural() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("t.tm")
        let file = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/trial14/finding7/crowdin-12.xliff")
        let imported = try CLI.run(["import", file.path], in: scratch, memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(!imported.stdout.contains("reads as"), "\(imported.stdout)")
        #expect(!imported.stdout.contains("need review"), "\(imported.stdout)")
        let query = try CLI.run(["query", "{count, plural, one {# new message} other {# new messages}}", "--from", "en", "--to", "nl-BE",
                                 "--format", "json"], in: scratch, memory: memory)
        let top = (try query.json()["matches"] as? [[String: Any]])?.first
        #expect(top?["score"] as? Double == 100, "\(query.stdout)")
    }

    @Test("an English plural left in a nl-BE file is still read as English")
    func englishPlural() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("strings.xliff")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="en" target-language="nl-BE" datatype="plaintext" original="en.json">
            <body>
              <trans-unit id="2"><source>{count, plural, one {Read the message from the school} other {Read the messages from the school}}</source>
                <target state="translated">{count, plural, one {Read the message from the school and reply} other {Read the messages from the school and reply}}</target></trans-unit>
            </body>
          </file>
        </xliff>
        """.write(to: file, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["import", file.path], in: scratch, memory: scratch.appendingPathComponent("t.tm"))
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("unit 2 segment 1: the target reads as English"), "\(imported.stdout)")
    }
}
