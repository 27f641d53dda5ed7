import Testing
import TaalgrensCore

@Suite("ICU bridge")
struct ICUTests {
    @Test("links the system's ICU 72")
    func version() {
        #expect(ICU.version.hasPrefix("72"))
    }

    @Test("sentence boundaries are UTF-16 offsets ending at the text's length")
    func sentences() throws {
        let text = "Één zin. Nog één! 😀 Klaar?"
        let bounds = try ICU.sentenceBoundaries(in: text, locale: "nl")
        #expect(bounds.last == text.utf16.count)
        #expect(bounds.count == 3)
        #expect(bounds.first == 9)  // after "Één zin. "
    }

    @Test("word boundaries carry the kind of token")
    func words() throws {
        let bounds = try ICU.wordBoundaries(in: "Tel 116 000.", locale: "en")
        #expect(bounds.map(\.offset) == [3, 4, 7, 8, 11, 12])
        #expect(bounds.map(\.kind) == [.letter, .none, .number, .none, .number, .none])
    }

    @Test("normalization, case folding and transforms")
    func transforms() throws {
        let nfd = "e\u{0301}le\u{0300}ve"
        #expect(ICU.normalize(nfd, .nfc) == "élève")
        #expect(ICU.normalize("élève", .nfd).unicodeScalars.count == 7)
        #expect(ICU.foldCase("Straße ÉTÉ") == "strasse été")
        #expect(ICU.lowercased("İstanbul", locale: "tr") == "istanbul")
        #expect(try ICU.transliterate("Brussel–Bruxelles: één café", transform: "Latin-ASCII") == "Brussel-Bruxelles: een cafe")
        #expect(throws: ICU.Failure.self) { try ICU.transliterate("x", transform: "No-Such-Transform") }
    }

    @Test("invalid locale ids fall back rather than fail")
    func fallbackLocale() throws {
        #expect(try ICU.sentenceBoundaries(in: "A. B.", locale: "xx").last == 5)
        #expect(try ICU.sentenceBoundaries(in: "", locale: "en").isEmpty)
    }
}
