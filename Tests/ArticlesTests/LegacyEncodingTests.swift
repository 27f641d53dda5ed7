import Articles
import Foundation
import TaalgrensCore
import Testing

/// Text files as old editors save them (session 19, articles19): which legacy single-byte encoding is read,
/// and text encoded twice refused, so that no mojibake reaches a memory or a bundle.
@Suite("Legacy encodings of article files")
struct LegacyEncodingTests {
    static func text(_ bytes: [UInt8], name: String = "nl-BE.txt") throws -> [String] {
        try InputHygieneTests.read(bytes, name: name).blocks.map(\.content.plainText)
    }

    /// A classic Mac editor's file (Mac OS Roman, lines ended by CR) came out as Windows-1252:
    /// "ÒBetaal nietÓ, zegt de woordvoerder Ð …" and "Û49,95".
    @Test("Mac OS Roman with CR line ends", arguments: ["nl-BE.txt", "nl-BE.md", "nl-BE.html"])
    func macRomanCR(_ name: String) throws {
        let open = name.hasSuffix("html") ? Array("<p>".utf8) : []
        let bytes = open + Array("Valse facturen\r\r".utf8) + open + [0xD2] + Array("Betaal niet".utf8) + [0xD3]
            + Array(", zegt de woordvoerder ".utf8) + [0xD0] + Array(" ook voor ".utf8) + [0xDB] + Array("49,95.\r".utf8)
        #expect(try Self.text(bytes, name: name).last == "“Betaal niet”, zegt de woordvoerder – ook voor €49,95.")
    }

    /// Line ends converted to LF: the characters still decide. `è` is 0x8F, a byte Windows-1252 leaves undefined
    /// (the file was refused); `“ ”` are 0xD2 and 0xD3, Windows-1252's `Ò` and `Ó`.
    @Test("Mac OS Roman with LF line ends, by its characters")
    func macRomanLF() throws {
        #expect(try Self.text(Array("Li".utf8) + [0x8F] + Array("ge, tr".utf8) + [0x8F] + Array("s cher.\n".utf8), name: "fr-BE.txt")
                == ["Liège, très cher."])
        #expect(try Self.text([0xD2] + Array("Stop".utf8) + [0xD3] + Array(", zei hij. Echt waar.\n".utf8))
                == ["“Stop”, zei hij. Echt waar."])
    }

    @Test("ISO 8859-15: the euro sign and œ where ISO 8859-1 has ¤ and ½")
    func latin9() throws {
        #expect(try Self.text(Array("Un c".utf8) + [0xBD] + Array("ur pour 5 ".utf8) + [0xA4] + Array(" seulement.\n".utf8), name: "fr-BE.txt")
                == ["Un cœur pour 5 € seulement."])
    }

    /// Must not change: Windows-1252 and ISO 8859-1 text, also with CR line ends, which favour Mac OS Roman
    /// only when the two read as well.
    @Test("Windows-1252 stays Windows-1252, with any line ends", arguments: ["\n", "\r\n", "\r"])
    func windows1252(_ lineEnd: String) throws {
        // "L’été à Liège – 5 €" in Windows-1252.
        let line: [UInt8] = [0x4C, 0x92, 0xE9, 0x74, 0xE9, 0x20, 0xE0, 0x20, 0x4C, 0x69, 0xE8, 0x67, 0x65, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]
        #expect(try Self.text(Array("Titre".utf8) + Array(lineEnd.utf8) + Array(lineEnd.utf8) + line + Array(".".utf8) + Array(lineEnd.utf8), name: "fr-BE.txt")
                == ["Titre", "L’été à Liège – 5 €."])
        // ISO 8859-1 (no byte in 0x80–0x9F).
        #expect(try Self.text(Array("Caf".utf8) + [0xE9] + Array(" d".utf8) + [0xE9, 0x6A, 0xE0] + Array(" ferm".utf8) + [0xE9, 0x2E] + Array(lineEnd.utf8), name: "fr-BE.txt")
                == ["Café déjà fermé."])
    }

    @Test("bytes no legacy encoding reads as text are refused, naming the byte")
    func unreadable() throws {
        let error = try #require(InputHygieneTests.error(Array("Text ".utf8) + [0x81, 0xB0, 0xAD, 0xC5, 0x0A], name: "en.txt"))
        #expect(error.line == 1 && error.column == 6, "\(error)")
        #expect(error.description.contains("found byte 0x81 at byte offset 5"), "\(error)")
        #expect(error.description.contains("save the file as UTF-8"), "\(error)")
    }

    /// UTF-8 read as Windows-1252 and saved again as UTF-8 ("Ã©" for "é", "â€™" for "’") was read as it
    /// was, and its mojibake went into the memory and the bundle.
    @Test("text encoded twice is refused, naming the line, the column and the character meant", arguments: [
        ("Fausses factures\n\nLa police met en garde : dÃ©jÃ  vu.\n", 3, 27, "Ã©", "é"),
        ("Plus dâ€™infos\n", 1, 7, "â€™", "’"),
        ("Prix : 49,95Â\u{A0}â‚¬\n", 1, 13, "Â\u{A0}", "\u{A0}"),
    ])
    func doubleEncoded(_ text: String, _ line: Int, _ column: Int, _ written: String, _ meant: String) throws {
        for name in ["fr-BE.txt", "fr-BE.md"] {
            let error = try #require(InputHygieneTests.error(Array(text.utf8), name: name))
            #expect(error.line == line && error.column == column, "\(error)")
            #expect(error.description.contains("found “\(written)”, which is “\(meant)” encoded twice"), "\(error)")
        }
    }

    /// Must not change: text whose capitals and symbols only look like such runs.
    @Test("accented capitals and symbols in UTF-8 are no text encoded twice", arguments: [
        "ÇA VA ? À Liège, É. Dupont a dit « Ô » — © 2026 Ü.", "Â is no word here.", "São Paulo ©",
    ])
    func notDoubleEncoded(_ text: String) throws {
        #expect(try Self.text(Array((text + "\n").utf8), name: "fr-BE.txt") == [text])
    }

    /// Nineteenth trial, finding 14 (b): a page saved as "Webpage, Single File" was "expected an article file
    /// ending in .md, …" with no way out.
    @Test("a page saved as MHTML is refused with the way to save it as an article", arguments: ["nl-BE.mhtml", "saved.fr-BE.MHT"])
    func mhtml(_ name: String) throws {
        let error = try #require(InputHygieneTests.error(Array("MIME-Version: 1.0\nContent-Type: multipart/related;\n".utf8), name: name))
        #expect(error.description.contains("a web page saved as a single file (MHTML"), "\(error)")
        #expect(error.description.contains("\"Webpage, HTML Only\""), "\(error)")
    }
}
