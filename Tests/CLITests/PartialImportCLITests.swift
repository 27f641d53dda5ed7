import Foundation
import Testing

/// Eleventh trial, finding 4: `import a.tmx bad.tmx c.tmx` kept `a.tmx` in the memory (each path is one
/// transaction) but printed only the error, in text and JSON, and never said that `c.tmx` was not imported.
@Suite("import: several paths, one failing (process)")
struct PartialImportCLITests {
    private static func tmx(_ english: String, _ dutch: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="Trados" creationtoolversion="16" segtype="sentence" o-tmf="TM8"
         adminlang="en-US" srclang="en-GB" datatype="xml"/><body>
        <tu><tuv xml:lang="en-GB"><seg>\(english)</seg></tuv><tuv xml:lang="nl-BE"><seg>\(dutch)</seg></tuv></tu>
        </body></tmx>
        """
    }

    @Test("the committed file's summary is printed (text and JSON), then the error, then the paths not imported")
    func committedAndNotImported() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try Self.tmx("The bridge opens in December.", "De brug gaat in december open.")
            .write(to: scratch.appendingPathComponent("first.tmx"), atomically: true, encoding: .utf8)
        let broken = Self.tmx("The bridge is closed.", "De brug is dicht.")
        try String(broken.prefix(broken.count - 30)).write(to: scratch.appendingPathComponent("broken.tmx"), atomically: true, encoding: .utf8)
        try Self.tmx("Cyclists are welcome.", "Fietsers zijn welkom.")
            .write(to: scratch.appendingPathComponent("last.tmx"), atomically: true, encoding: .utf8)

        let memory = scratch.appendingPathComponent("text.tm")
        let text = try CLI.run(["import", "first.tmx", "broken.tmx", "last.tmx"], in: scratch, memory: memory)
        #expect(text.status == 2)
        #expect(text.stdout == "first.tmx: 1 unit read: 1 added, 0 updated, 0 unchanged (tmx)\n" ||
                text.stdout == "first.tmx: 1 units read: 1 added, 0 updated, 0 unchanged (tmx)\n", "\(text.stdout)")
        let errorLines = text.stderr.split(separator: "\n").map(String.init)
        #expect(errorLines.first?.hasPrefix("error: broken.tmx:") == true, "\(text.stderr)")
        #expect(errorLines.last == "note: not imported (after the error): last.tmx", "\(text.stderr)")

        let json = try CLI.run(["import", "first.tmx", "broken.tmx", "last.tmx", "--format", "json"], in: scratch,
                               memory: scratch.appendingPathComponent("json.tm"))
        #expect(json.status == 2)
        let committed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(committed?.count == 1, "\(json.stdout)")
        #expect(committed?.first?["added"] as? Int == 1)
        #expect(json.stderr.contains("note: not imported (after the error): last.tmx"), "\(json.stderr)")

        // The first path failing: nothing committed, nothing on standard output.
        let none = try CLI.run(["import", "broken.tmx", "first.tmx"], in: scratch, memory: scratch.appendingPathComponent("none.tm"))
        #expect(none.status == 2)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr.contains("note: not imported (after the error): first.tmx"), "\(none.stderr)")
    }
}
