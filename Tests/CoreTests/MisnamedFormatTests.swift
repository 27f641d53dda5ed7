import Foundation
import Testing
import TaalgrensCore
import XMLSupport

/// Eleventh trial, finding 15: a file in another format than its extension says got libxml2's complaint
/// about where the XML broke ("the end tag </head> does not match the open element <meta>"). The reader now
/// says what the file is and what to do.
@Suite("XMLReader: a file in another format than its extension")
struct MisnamedFormatTests {
    func error(_ text: String, file: String) -> InputError? {
        error(Data(text.utf8), file: file)
    }

    func error(_ data: Data, file: String) -> InputError? {
        xmlReadError(data, file: file)
    }

    static let page = """
    <!DOCTYPE html>
    <html lang="en"><head>
    <meta charset="utf-8">
    <title>The shelter opens its doors</title>
    </head><body><p>Forty dogs.<br>Ten cats.</p></body></html>
    """

    @Test("an HTML page saved as .xliff or .tmx is named as one, at line 1, from bytes and from a streamed file")
    func htmlPage() throws {
        // The failing input's class: libxml2 stopped at the unclosed <meta> and said so.
        let fromData = try #require(error(Self.page, file: "page.xliff"))
        #expect(fromData.line == 1)
        #expect(fromData.message.hasPrefix("this is an HTML page, not an XLIFF file"), "\(fromData.message)")
        #expect(fromData.message.contains("article folder"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("misnamed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.tmx")
        try ("<!-- saved by a browser -->\n<!doctype HTML>\n" + Self.page.dropFirst(16)).write(to: file, atomically: true, encoding: .utf8)
        let reader = try XMLReader(contentsOf: file)
        let streamed = try #require(throws: InputError.self) { while try reader.next() != nil {} }
        #expect(streamed.message.hasPrefix("this is an HTML page, not a TMX memory"), "\(streamed.message)")
    }

    @Test("CSV or tab-separated text saved as .tbx or .tmx: what it is, and the .csv way out for a termbase")
    func columns() throws {
        let csv = "\u{FEFF}en;nl-BE;fr-BE;note\r\nshelter;asiel;refuge;\r\n\"dog; puppy\";hond;chien;animals\r\n"
        let tbx = try #require(error(csv, file: "glossary.tbx"))
        #expect(tbx.line == 1)
        #expect(tbx.message.hasPrefix("this is text in columns separated by ';' (a CSV or spreadsheet export), not a TBX termbase"), "\(tbx.message)")
        #expect(tbx.message.contains("extension .csv"))
        let tsv = try #require(error("source\ttarget\nshelter\tasiel\n", file: "memory.tmx"))
        #expect(tsv.message.hasPrefix("this is text in columns separated by tabs"), "\(tsv.message)")
        #expect(tsv.message.contains("export a TMX memory"), "\(tsv.message)")
    }

    @Test("a ZIP archive (an .xlsx) saved as .tbx")
    func zipArchive() throws {
        let zip = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) + Data("[Content_Types].xml".utf8)
        let found = try #require(error(zip, file: "glossary.tbx"))
        #expect(found.message.hasPrefix("this is a ZIP archive"), "\(found.message)")
        #expect(found.message.contains("save the spreadsheet as CSV"))
    }

    @Test("malformed XML, a line of prose and prose with commas keep the XML messages")
    func notMisnamed() throws {
        let broken = try #require(error("<?xml version=\"1.0\"?>\n<xliff version=\"2.1\"><file id=\"f\"></xliff>", file: "a.xlf"))
        #expect(broken.message.hasPrefix("malformed XML"), "\(broken.message)")
        let prose = try #require(error("Forty dogs, ten cats and a parrot.", file: "a.tmx"))
        #expect(prose.message.contains("expected an XML document (starting with <), found text"), "\(prose.message)")
        let lines = try #require(error("Forty dogs, ten cats and a parrot.\nVisits on Saturday.\n", file: "a.tmx"))
        #expect(!lines.message.hasPrefix("this is"), "\(lines.message)")
    }
}
