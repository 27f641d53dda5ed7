import Foundation
import Testing
import Articles
import TaalgrensCore

@Suite("Input hygiene")
struct InputHygieneTests {
    /// Writes bytes to a temporary `name` and reads it as an article.
    static func read(_ bytes: [UInt8], name: String = "en.md") throws -> Article {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return try ArticleReader.read(url, locale: "en", articleID: "a")
    }

    static func error(_ bytes: [UInt8], name: String = "en.md") -> InputError? {
        expectInputError { _ = try read(bytes, name: name) }
    }

    @Test("UTF-8 with a byte-order mark reads like UTF-8 without one")
    func byteOrderMark() throws {
        let text = Array("---\ntitle: Café\n---\nText.\n".utf8)
        let with = try Self.read([0xEF, 0xBB, 0xBF] + text)
        let without = try Self.read(text)
        #expect(outline(with) == ["title: Café", "paragraph: Text."])
        #expect(with.blocks == without.blocks)
    }

    @Test("CRLF and lone CR line endings read like LF")
    func lineEndings() throws {
        let crlf = try Self.read(Array("---\r\ntitle: T\r\n---\r\n\r\nOne\r\nline.\r\n\r\n- item\r\n".utf8))
        let cr = try Self.read(Array("---\rtitle: T\r---\r\rOne\rline.\r\r- item\r".utf8))
        #expect(outline(crlf) == ["title: T", "paragraph: One line.", "listItem/1: item"])
        #expect(crlf.blocks.map(\.content) == cr.blocks.map(\.content))
    }

    @Test("NFD text becomes NFC, scalar for scalar", arguments: ["en.md", "en.txt", "en.html"])
    func normalization(_ name: String) throws {
        let decomposed = "Cafe\u{0301} ope\u{0301}ration"   // "Café opération" in NFD
        let article = try Self.read(Array("\(name.hasSuffix("html") ? "<p>" : "")\(decomposed)\n".utf8), name: name)
        let scalars = Array(article.blocks.last!.content.plainText.unicodeScalars)
        #expect(scalars == Array("Caf\u{E9} op\u{E9}ration".unicodeScalars))
    }

    @Test("entities that decompose are normalised too")
    func entityNormalization() throws {
        let article = try html("<p>Cafe&#x301;</p>")
        #expect(Array(article.blocks[0].content.plainText.unicodeScalars) == Array("Caf\u{E9}".unicodeScalars))
    }

    @Test("Windows-1252 is detected and decoded", arguments: ["en.md", "en.txt", "en.html"])
    func windows1252(_ name: String) throws {
        // "Café “quoted” – 5 €" in Windows-1252.
        let bytes: [UInt8] = Array("\(name.hasSuffix("html") ? "<p>" : "")Caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8)
            + [0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x0A]
        let article = try Self.read(bytes, name: name)
        #expect(article.blocks.last?.content.plainText == "Café “quoted” – 5 €")
    }

    @Test("a file that mixes UTF-8 and another encoding is refused with the byte offset")
    func mixedEncodings() {
        // "Café" in UTF-8 on line 1, then a Windows-1252 "é" (0xE9) on line 2.
        let bytes: [UInt8] = Array("Caf\u{E9}\nd".utf8) + [0xE9, 0x0A]
        let error = Self.error(bytes, name: "en.txt")
        #expect(error?.line == 2)
        #expect(error?.column == 2)
        #expect(error?.message.contains("byte offset 7") == true)
        #expect(error?.message.contains("0xE9") == true)
        #expect(error?.file.hasSuffix("en.txt") == true)
    }

    /// Tenth trial, finding 2: an e-mail saved as Windows-1252 in which an editor pasted one word as UTF-8
    /// was decoded as Windows-1252 ("numÃ©ro" stored in the memory): the UTF-8 came after the first
    /// Windows-1252 byte, and only sequences before it were counted.
    @Test("Windows-1252 text with a UTF-8 word pasted after it is refused as mixed", arguments: ["en.txt", "en.md", "en.html"])
    func windows1252ThenUTF8(_ name: String) {
        // Line 1: "Café" in Windows-1252 (0xE9); line 2: "numéro" in UTF-8 (0xC3 0xA9).
        let bytes: [UInt8] = Array("\(name.hasSuffix("html") ? "<p>" : "")Caf".utf8) + [0xE9, 0x0A] + Array("le num".utf8) + [0xC3, 0xA9] + Array("ro\n".utf8)
        let error = Self.error(bytes, name: name)
        let prefix = name.hasSuffix("html") ? 3 : 0
        #expect(error?.line == 1)
        #expect(error?.column == 4 + prefix)
        #expect(error?.message.contains("0xE9") == true)
        #expect(error?.message.contains("the first at line 2, column 7") == true)
        #expect(error?.message.contains("mixes encodings") == true)
    }

    @Test("a byte Windows-1252 leaves undefined is refused")
    func undefinedWindows1252() {
        let error = Self.error(Array("abc ".utf8) + [0x81, 0x20, 0xE9], name: "en.txt")
        #expect(error?.message.contains("0x81") == true)
        #expect(error?.message.contains("byte offset 4") == true)
    }

    @Test("a NUL byte is refused")
    func nulByte() {
        #expect(Self.error([0x61, 0x00, 0x62], name: "en.txt")?.message.contains("NUL") == true)
    }

    @Test("UTF-16 with a byte-order mark is decoded")
    func utf16() throws {
        let text = "Het Vlaams Agentschap\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try Self.read(little, name: "nl.txt").blocks.map(\.content.plainText) == ["Het Vlaams Agentschap"])
        #expect(try Self.read(big, name: "nl.txt").blocks.map(\.content.plainText) == ["Het Vlaams Agentschap"])
    }

    @Test("soft hyphens, zero-width spaces, word joiners and U+FEFF are removed from the text, never codes (TRIAL7 finding 5)")
    func invisibleCharacters() throws {
        // The trial's input: a CMS's &shy; inside a long word made "anti<ph/>disinformation" in XLIFF.
        let page = try html("<p>The federal parliament approved the anti&shy;disinformation law on Thursday.</p>")
        #expect(page.blocks[0].content.isPlain)
        #expect(page.blocks[0].content.plainText == "The federal parliament approved the antidisinformation law on Thursday.")
        let markdownArticle = try markdown("Cyber\u{00AD}pesten en www.\u{200B}example.be, 10\u{2060}km en een\u{FEFF} BOM.")
        #expect(markdownArticle.blocks[0].content.isPlain)
        #expect(markdownArticle.blocks[0].content.plainText == "Cyberpesten en www.example.be, 10km en een BOM.")
        // Entities, inside an inline code's text and in an attached alt text.
        let entities = try html("<p>de <em>anti&shy;desinformatie&#xAD;wet</em> en www.&#x200B;x.be&#x2060;.</p><p>Een <img src=\"a.png\" alt=\"Desinformatie&shy;wet\"> foto.</p>")
        #expect(notation(entities.blocks[0].content) == "de {emphasis#1}antidesinformatiewet{/emphasis#1} en www.x.be.")
        #expect(entities.blocks.map(\.content.plainText).contains("Desinformatiewet"))
        // Kept: the zero-width joiner of an emoji sequence and a right-to-left mark change what is shown.
        let kept = try html("<p>Gezin 👨\u{200D}👩\u{200D}👧 en \u{200F}x.</p>")
        #expect(kept.blocks[0].content.plainText == "Gezin 👨\u{200D}👩\u{200D}👧 en \u{200F}x.")
    }

    @Test("a stray U+FEFF inside the text is removed")
    func strayByteOrderMark() throws {
        #expect(try plainText("One\u{FEFF} two.").blocks[0].content.plainText == "One two.")
    }

    @Test("missing files, folders, unknown extensions and oversized files are refused")
    func unreadable() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = expectInputError { _ = try ArticleReader.read(folder.appendingPathComponent("en.md"), locale: "en") }
        #expect(missing?.message.contains("no such file") == true)
        #expect(missing?.file == folder.appendingPathComponent("en.md").path)
        let sub = folder.appendingPathComponent("nl.md")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        #expect(expectInputError { _ = try ArticleReader.read(sub, locale: "nl") }?.message.contains("folder") == true)
        let docx = folder.appendingPathComponent("en.docx")
        try Data("x".utf8).write(to: docx)
        #expect(expectInputError { _ = try ArticleReader.read(docx, locale: "en") }?.message.contains(".md") == true)
        let big = folder.appendingPathComponent("fr.txt")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(ArticleReader.maximumFileSize + 1))
        try handle.close()
        #expect(expectInputError { _ = try ArticleReader.read(big, locale: "fr") }?.message.contains("limit") == true)
    }
}
