import Foundation
import Testing

/// Eleventh trial, finding 15, through the commands a user ran: an HTML page saved as `.xliff`, a CSV
/// glossary saved as `.tbx`, and a folder of TMX files given to `import` as if it were an article folder.
/// Each is refused with exit code 2 and a message that says what the input is and what to do.
@Suite("A file in another format than its extension (process)")
struct WrongFormatCLITests {
    @Test("import page.xliff, terms list --termbase glossary.tbx, import a folder of TMX files")
    func mixUps() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        try """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>The shelter opens its doors</title>
        </head><body><h1>The shelter opens its doors</h1><p>Forty dogs wait for a family.</p></body></html>
        """.write(to: scratch.appendingPathComponent("page.xliff"), atomically: true, encoding: .utf8)
        try "en;nl-BE;fr-BE\r\nshelter;asiel;refuge\r\ndog;hond;chien\r\n"
            .write(to: scratch.appendingPathComponent("glossary.tbx"), atomically: true, encoding: .utf8)
        let folder = scratch.appendingPathComponent("received")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["agency.tmx", "desk.tmx"] {
            try "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body/></tmx>\n"
                .write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let memory = scratch.appendingPathComponent("m.tm")

        let page = try CLI.run(["import", "page.xliff", "--tm", memory.path], in: scratch)
        #expect(page.status == 2)
        #expect(page.stderr.contains("page.xliff:1: this is an HTML page, not an XLIFF file"), "\(page.stderr)")
        #expect(!page.stderr.contains("<meta>"), "\(page.stderr)")

        let glossary = try CLI.run(["terms", "list", "--no-default-termbase", "--termbase", "glossary.tbx"], in: scratch)
        #expect(glossary.status == 2)
        #expect(glossary.stderr.contains("glossary.tbx:1: this is text in columns separated by ';'"), "\(glossary.stderr)")
        #expect(glossary.stderr.contains(".csv"), "\(glossary.stderr)")

        let received = try CLI.run(["import", "received", "--tm", memory.path], in: scratch)
        #expect(received.status == 2)
        #expect(received.stderr.contains("received: holds TMX files (agency.tmx, desk.tmx), not an article"), "\(received.stderr)")
        #expect(received.stderr.contains("taalgrens import received/*.tmx"), "\(received.stderr)")
        // The way out works: the files themselves are read.
        let files = try CLI.run(["import", "received/agency.tmx", "received/desk.tmx", "--tm", memory.path], in: scratch)
        #expect(files.status == 0, "\(files.stderr)")
    }
}
