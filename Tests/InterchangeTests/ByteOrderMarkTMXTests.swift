import Foundation
import Interchange
import TaalgrensCore
import Testing

/// Thirteenth trial, finding 9: a TMX with a second byte-order mark — two at the start, as tools that
/// concatenate or prepend a BOM leave it, or one after the XML declaration — failed with "found text" at
/// 1:1 and no word of the BOM, invisible in an editor.
@Suite("TMX with a second byte-order mark")
struct ByteOrderMarkTMXTests {
    static let body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<tmx version=\"1.4\"><header srclang=\"nl-BE\" segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" datatype=\"plaintext\" creationtool=\"t\" creationtoolversion=\"1\"/><body>\n<tu><tuv xml:lang=\"nl-BE\"><seg>De regering keurt de begroting goed.</seg></tuv><tuv xml:lang=\"fr-BE\"><seg>Le gouvernement approuve le budget.</seg></tuv></tu>\n</body></tmx>\n"
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test("two or three UTF-8 BOMs at the start read as one, from bytes and from a file", arguments: [2, 3])
    func leadingBOMs(count: Int) throws {
        let bytes = Data(Array(repeating: Self.bom, count: count).flatMap { $0 } + Array(Self.body.utf8))
        let (units, _) = try TMXReader.read(data: bytes, file: "double-bom.tmx")
        #expect(units.count == 1)
        #expect(Set(units.first?.variants.map(\.text) ?? []) == ["De regering keurt de begroting goed.", "Le gouvernement approuve le budget."])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("double-bom-\(UUID().uuidString).tmx")
        try bytes.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let reader = try TMXReader(contentsOf: url)
        var fromFile: [TranslationUnit] = []
        while let unit = try reader.next() { fromFile.append(unit) }
        #expect(fromFile.map { $0.variants.map(\.text) } == units.map { $0.variants.map(\.text) })
    }

    @Test("a doubled UTF-16LE BOM at the start reads as one")
    func leadingUTF16() throws {
        let text = Self.body.replacingOccurrences(of: "utf-8", with: "utf-16")
        let bytes = Data([0xFF, 0xFE, 0xFF, 0xFE] + Array(text.data(using: .utf16LittleEndian)!))
        #expect(try TMXReader.read(data: bytes, file: "u16.tmx").units.count == 1)
    }

    @Test("a BOM after the XML declaration, or on a later line before the root, is named with its line and column")
    func strayBOM() throws {
        let afterDeclaration = Self.body.replacingOccurrences(of: "?>\n", with: "?>\u{FEFF}\n")
        for (text, line, column) in [(afterDeclaration, 1, 39), ("<?xml version=\"1.0\"?>\n<!-- x -->\n\u{FEFF}" + Self.body.dropFirst(38), 3, 1)] {
            do {
                _ = try TMXReader.read(data: Data(text.utf8), file: "bom.tmx")
                Issue.record("a stray BOM was accepted")
            } catch let error as InputError {
                #expect(error.file == "bom.tmx" && error.line == line && error.column == column, "\(error)")
                #expect(error.message.contains("a second byte-order mark (U+FEFF, the bytes EF BB BF)"), "\(error)")
                #expect(error.message.contains("remove it"), "\(error)")
                #expect(!error.message.contains("found text"), "\(error)")
            }
        }
    }

    @Test("a U+FEFF inside a segment is text, not an error")
    func insideSegment() throws {
        let text = Self.body.replacingOccurrences(of: "keurt de", with: "keurt\u{FEFF} de")
        #expect(try TMXReader.read(data: Data(text.utf8), file: "in.tmx").units.count == 1)
    }
}
