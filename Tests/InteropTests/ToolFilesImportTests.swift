import Foundation
import Interchange
import TaalgrensCore
import TaalgrensKit
import TaalgrensTestSupport
import Testing

/// Trial 4, items 6 and 10, through `taalgrens import` and `tm export` (Workspace, SQLite memory): the
/// trial's own files (`Tests/Fixtures/interop/trial4-*`) and its German and `xx-YY` files.
@Suite struct ToolFilesImportTests {
    private static func fixture(_ name: String) -> URL {
        TestEnvironment.repository.appendingPathComponent("Tests/Fixtures/interop").appendingPathComponent(name)
    }

    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-toolfiles-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let workspace = Workspace(data: DataDirectory(root: TestEnvironment.repository))

    @Test("who translated and when, usage and notes survive import and tm export; the export validates")
    func metadataThroughTheMemory() throws {
        let tmp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let memory = tmp.appendingPathComponent("m.tm").path
        let files = ["trial4-trados.tmx", "trial4-omegat-project_save.tmx", "trial4-okapi-1.2.xlf", "trial4-memoq.mqxliff.xlf", "trial4-notes-2.0.xlf"]
        let summaries = try Self.workspace.importPaths(files.map(Self.fixture), memory: memory)
        #expect(summaries.allSatisfy { $0.undescribedLocales == nil })
        let data = try Self.workspace.exportMemory(filter: MemoryFilter(pair: nil, article: nil, since: nil, status: nil), memory: memory)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("creationid=\"NEWSROOM\\anne\" changeid=\"NEWSROOM\\anne\" usagecount=\"3\" lastusagedate=\"20220209T080000Z\" creationtool=\"SDL Language Platform\""), "\(text)")
        #expect(text.contains("<tuv xml:lang=\"nl-BE\" changedate=\"20211010T081600Z\" changeid=\"jan\">"))
        // Only a change date: created then, not at the import.
        #expect(text.contains("creationdate=\"20211010T081600Z\" changedate=\"20211010T081600Z\""))
        #expect(text.contains("creationdate=\"20220301T120500Z\" changedate=\"20220301T120500Z\" changeid=\"sophie\""))
        #expect(text.contains("<note>Checked with the ministry's press release.</note>"))
        #expect(text.contains("<note>Use Belgian Dutch.</note>"))
        let units = try TMXReader.read(data: data, file: "export.tmx").units
        let memoQ = try #require(units.first { $0.variant(for: "fr-BE")?.text == "Les assureurs enverront des experts dès lundi." })
        #expect(memoQ.properties["tmx:changeid"] == "sophie")
    }

    @Test("a well-formed locale without Locales/ is stored and named; a malformed one fails with the file and line")
    func locales() throws {
        let tmp = try Self.folder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let memory = tmp.appendingPathComponent("m.tm").path
        let german = tmp.appendingPathComponent("german.tmx")
        try Data(#"<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="de-DE"><seg>Hallo</seg></tuv></tu></body></tmx>"#.utf8).write(to: german)
        let xx = tmp.appendingPathComponent("unknownlocale.xlf")
        try Data("""
        <?xml version="1.0"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" target-language="xx-YY"><body>
        <trans-unit id="1"><source>Hello</source><target>Hallo</target></trans-unit>
        </body></file></xliff>
        """.utf8).write(to: xx)
        let summaries = try Self.workspace.importPaths([german, xx], memory: memory)
        #expect(summaries.map(\.added) == [1, 1])
        #expect(summaries[0].undescribedLocales == ["de-DE"])
        #expect(summaries[1].undescribedLocales == ["xx-YY"])
        #expect(summaries[0].line.contains("note: stored variants in de-DE, which Locales/ does not describe"), "\(summaries[0].line)")
        // The memory keeps them: a multilingual export writes them; a locale option needs Locales/.
        let text = String(decoding: try Self.workspace.exportMemory(filter: MemoryFilter(pair: nil, article: nil, since: nil, status: nil), memory: memory), as: UTF8.self)
        #expect(text.contains("<tuv xml:lang=\"de-DE\">") && text.contains("<tuv xml:lang=\"xx-YY\">"))
        let refused = try #require(throws: InputError.self) { _ = try Self.workspace.query("Hello", from: "en", to: "de-DE", memory: memory) }
        #expect(refused.message.contains("unknown locale 'de-DE'"))

        let bad = tmp.appendingPathComponent("bad.tmx")
        try Data("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n<tu><tuv xml:lang=\"en\"><seg>Hello</seg></tuv>\n<tuv xml:lang=\"english language\"><seg>Hallo</seg></tuv></tu></body></tmx>".utf8).write(to: bad)
        let error = try #require(throws: InputError.self) { _ = try Self.workspace.importPaths([bad], memory: memory) }
        #expect(error.file == bad.path)
        #expect(error.line == 4)
        #expect(error.message.contains("'english language' is not a well-formed BCP 47 language tag"))
    }
}
