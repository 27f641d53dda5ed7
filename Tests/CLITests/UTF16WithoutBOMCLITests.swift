import Foundation
import Testing
import TaalgrensTestSupport

/// A UTF-16 text file without a byte-order mark is read like one with the mark (eighth trial, item 18: it
/// was refused with "expected text, found a NUL byte at byte offset 1"), by every reader of text: article
/// files, query files and CSV termbases. A file that is not text is still refused.
@Suite("UTF-16 text without a byte-order mark (process)")
struct UTF16WithoutBOMCLITests {
    /// `text` as UTF-16 code units in the given byte order, without a byte-order mark.
    static func utf16(_ text: String, littleEndian: Bool) -> Data {
        Data(text.utf16.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    }

    @Test("an article file in UTF-16 LE or BE without a mark, with CRLF, segments as its UTF-8 original", arguments: [true, false])
    func articleFile(littleEndian: Bool) throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let original = CLI.example("safer-internet-day-2020").appendingPathComponent("nl-BE.md")
        let text = try String(contentsOf: original, encoding: .utf8)
        // Typographic quotes (U+201C, U+201D) give the file units whose high byte is not NUL; ë one in Latin-1.
        #expect(text.contains("\u{201C}") && text.contains("ë"))
        let copy = scratch.appendingPathComponent("nl-BE.md")
        try Self.utf16(text.replacingOccurrences(of: "\n", with: "\r\n"), littleEndian: littleEndian).write(to: copy)
        let expected = try CLI.run(["segment", original.path, "--locale", "nl-BE", "--format", "json"])
        let got = try CLI.run(["segment", copy.path, "--locale", "nl-BE", "--format", "json"])
        #expect(expected.status == 0 && got.status == 0, "\(got.stderr)")
        #expect(got.stdout == expected.stdout)
        #expect(got.stdout.contains("Safer Internet Day"))
    }

    @Test("a query file in UTF-16 LE without a mark gives the UTF-8 file's matches")
    func queryFile() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        #expect(try CLI.run(["import", "Examples/articles/safer-internet-day-2020"], memory: memory).status == 0)
        let queries = "Safer Internet Day is a global event created by the European Commission.\nCelebrated in more than 170 countries, Safer Internet Day is an important event.\n"
        let utf8 = scratch.appendingPathComponent("q8.txt"), utf16 = scratch.appendingPathComponent("q16.txt")
        try Data(queries.utf8).write(to: utf8)
        try Self.utf16(queries, littleEndian: true).write(to: utf16)
        let expected = try CLI.run(["query", "--file", utf8.path, "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory)
        let got = try CLI.run(["query", "--file", utf16.path, "--from", "en", "--to", "nl-BE", "--format", "json"], memory: memory)
        #expect(expected.status == 0 && got.status == 0, "\(got.stderr)")
        #expect(got.stdout == expected.stdout)
        #expect(got.stdout.contains("Safer Internet Day"))
    }

    @Test("a CSV termbase in UTF-16 LE without a mark lists the UTF-8 file's entries")
    func csvTermbase() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let original = CLI.repository.appendingPathComponent("Tests/Fixtures/interop/realfiles8/memoq-termbase-export.csv")
        var text = try String(contentsOf: original, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        for (name, data) in [("utf8", Data(text.utf8)), ("utf16", Self.utf16(text, littleEndian: true))] {
            let folder = scratch.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: folder.appendingPathComponent("terms.csv"))
        }
        func list(_ name: String) throws -> CLI.Result {
            try CLI.run(["terms", "list", "--no-default-termbase", "--termbase", scratch.appendingPathComponent("\(name)/terms.csv").path,
                         "--format", "json"], in: scratch.appendingPathComponent(name))
        }
        let expected = try list("utf8"), got = try list("utf16")
        #expect(expected.status == 0 && got.status == 0, "\(got.stderr)")
        #expect(got.stdout.replacingOccurrences(of: "/utf16/", with: "/utf8/") == expected.stdout)
        #expect(got.stdout.contains("federaal minister"))
    }

    @Test("a binary file and UTF-32 text are still refused as not text (exit 2)")
    func notText() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let image = try Data(contentsOf: CLI.example("safer-internet-day-2020").appendingPathComponent("images/sid2020.png"))
        var utf32 = Data()
        for scalar in "Een korte titel\n\nEen zin over het internet.\n".unicodeScalars {
            withUnsafeBytes(of: scalar.value.littleEndian) { utf32.append(contentsOf: $0) }
        }
        for (name, data) in [("image", image), ("utf32", utf32)] {
            let file = scratch.appendingPathComponent("\(name).nl-BE.txt")
            try data.write(to: file)
            let result = try CLI.run(["segment", file.path, "--locale", "nl-BE"])
            #expect(result.status == 2, "\(name): \(result.stderr)")
            #expect(result.stderr.contains("expected text") || result.stderr.contains("expected UTF"), "\(name): \(result.stderr)")
        }
    }
}
