import Foundation
import Testing
import TaalgrensCore
import XMLSupport

/// Reads a whole document from bytes with ``XMLReader``; returns the error, or `nil` when it parses (an
/// error of another type is recorded as an issue).
func xmlReadError(_ data: Data, file: String) -> InputError? {
    xmlReadError { try XMLReader(data: data, file: file) }
}

/// Reads a whole document with the reader `open` makes; returns the error, or `nil` when it parses.
func xmlReadError(_ open: () throws -> XMLReader) -> InputError? {
    do {
        let reader = try open()
        while try reader.next() != nil {}
        return nil
    } catch let error as InputError {
        return error
    } catch {
        Issue.record("unexpected error type: \(error)")
        return nil
    }
}

/// The messages of ``XMLReader`` for documents that end too early, are empty, or go on after the root
/// element: libxml2 calls most of these "Extra content at the end of the document"; we say what is wrong.
@Suite("XMLReader error messages")
struct XMLReaderErrorTests {
    /// Reads a whole document from bytes; returns the error, or `nil` when it parses.
    func error(_ data: Data, file: String = "test.xml") -> InputError? {
        xmlReadError(data, file: file)
    }

    /// Reads a whole document by streaming the file.
    func error(file url: URL) -> InputError? {
        xmlReadError { try XMLReader(contentsOf: url) }
    }

    /// A TMX document of `units` units with accented text, over 64 KiB for 600 units (libxml2 reads files
    /// in chunks, so a cut far from the start exercises the streaming path).
    static func tmx(units: Int) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header srclang=\"en\" segtype=\"sentence\"/>\n<body>\n"
        for i in 1...units {
            out += "<tu tuid=\"\(i)\"><tuv xml:lang=\"en\"><seg>Sentence \(i) is here.</seg></tuv>"
            out += "<tuv xml:lang=\"fr-BE\"><seg>La phrase \(i) est là, déjà.</seg></tuv></tu>\n"
        }
        return out + "</body>\n</tmx>\n"
    }

    static func scratchFile(_ data: Data, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @Test("empty documents say they are empty", arguments: ["", "   \n\n", "<?xml version=\"1.0\"?>\n", "<?xml version=\"1.0\"?>\n<!-- only a comment -->\n"])
    func empty(text: String) throws {
        let bytes = try #require(error(Data(text.utf8)))
        #expect(bytes.message == "the document is empty: expected an XML document with a root element")
        #expect(bytes.file == "test.xml")
        let url = try Self.scratchFile(Data(text.utf8), name: "empty.tmx")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let streamed = try #require(error(file: url))
        #expect(streamed.message == bytes.message)
        #expect(streamed.file == url.path)
    }

    @Test("a document cut inside an element says it ends too early and names the open elements")
    func cutInElement() throws {
        let cases: [(String, String, Int, Int)] = [
            ("<tmx><body><tu>", "unclosed <tu> in <tmx>/<body>", 1, 16),
            ("<tmx>\n<body>\n<tu tuid=\"1\"", "unclosed <body> in <tmx>", 3, 13),
            ("<a>text", "unclosed <a>", 1, 8),
            ("<a><b x=\"1", "unclosed <a>", 1, 11),
            ("<a><!-- a comment", "unclosed <a>", 1, 18),
            ("<a>caf\u{E9}</a", "unclosed <a>", 1, 11),
        ]
        for (xml, unclosed, line, column) in cases {
            let e = try #require(error(Data(xml.utf8)), "\(xml) parsed")
            #expect(e.message == "the document ends too early (\(unclosed)); the file may be truncated", "\(xml)")
            #expect(e.line == line, "\(xml)")
            #expect(e.column == column, "\(xml)")
        }
    }

    @Test("a real TMX file cut at many points always says it ends too early; the whole file parses")
    func truncatedFiles() throws {
        let full = Data(Self.tmx(units: 600).utf8)
        #expect(full.count > 65_536)
        let url = try Self.scratchFile(full, name: "memory.tmx")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        #expect(error(file: url) == nil)
        let start = full.range(of: Data("<body>".utf8))!.upperBound
        // Cut points spread over the body, including inside multi-byte characters ("é", "à").
        var cuts = Array(stride(from: start + 1, to: full.count - 8, by: 4_999))
        let accent = full.range(of: Data("l\u{E0}".utf8), in: 40_000..<full.count)!
        cuts.append(accent.lowerBound + 2)  // between the two bytes of "à"
        cuts.append(full.count - 3)         // inside "</tmx>"
        for cut in cuts {
            let truncated = full.prefix(cut)
            try truncated.write(to: url)
            let streamed = try #require(error(file: url), "cut at \(cut) parsed")
            #expect(streamed.message.hasPrefix("the document ends too early (unclosed "), "cut at \(cut): \(streamed.message)")
            #expect(streamed.message.contains("<tmx>"), "cut at \(cut): \(streamed.message)")
            #expect(streamed.line != nil)
            let inMemory = try #require(error(Data(truncated)), "cut at \(cut) parsed")
            #expect(inMemory.message == streamed.message, "cut at \(cut)")
            #expect(inMemory.line == streamed.line, "cut at \(cut)")
        }
        // The last line of a file cut after the 300th unit is where the error points.
        let cut = full.range(of: Data("<tu tuid=\"301\">".utf8))!.lowerBound
        try full.prefix(cut).write(to: url)
        let e = try #require(error(file: url))
        #expect(e.message == "the document ends too early (unclosed <body> in <tmx>); the file may be truncated")
        #expect(e.line == 304)
    }

    @Test("content after the root element is named as such")
    func extraContent() throws {
        let e = try #require(error(Data("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body/></tmx>\n<tmx/>\n".utf8)))
        #expect(e.message == "unexpected content after the root element <tmx> ended; expected only comments or whitespace there")
        #expect(e.line == 3)
        // Comments and whitespace after the root are fine.
        #expect(error(Data("<a/>\n<!-- done -->\n  ".utf8)) == nil)
    }

    @Test("other errors are said in plain words with libxml2's message in parentheses, even at the end of the document")
    func otherErrors() throws {
        let mismatch = try #require(error(Data("<tmx><body></tmx>".utf8)))
        #expect(mismatch.message == "malformed XML: the end tag </tmx> does not match the open element <body> (opened on line 1): expected </body> (libxml2: Opening and ending tag mismatch: body line 1 and tmx)")
        let middle = try #require(error(Data("<a>\n<b></c>\n<d/></a>".utf8)))
        #expect(middle.message.hasPrefix("malformed XML: the end tag </c> does not match the open element <b>"))
        #expect(middle.line == 2)
        let noRoot = try #require(error(Data("just text".utf8)))
        #expect(noRoot.message.hasPrefix("malformed XML: "))
    }
}
