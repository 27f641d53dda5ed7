import Foundation
import Testing

/// Ninth trial, finding 1: a memory moved to another store the way `docs/cli.md` gives (`tm export --format tmx`,
/// then `import` of that TMX into PostgreSQL or another SQLite file) kept each unit's article only in the file's
/// scope, so the next `publish` of the same articles stored every sentence a second time (70 units → 138).
@Suite("a memory moved by TMX is not doubled by the next publish (process)")
struct MovedMemoryCLITests {
    /// A two-language article of three sentences, written into `scratch/<id>`.
    static func article(in scratch: URL, id: String) throws -> URL {
        let folder = scratch.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
            # Lock your screen

            A phone left unlocked on a school desk is an open diary.

            Set a code of six digits and let the screen lock after one minute.

            """.write(to: folder.appendingPathComponent("en.md"), atomically: true, encoding: .utf8)
        try """
            # Vergrendel je scherm

            Een telefoon die ontgrendeld op een schoolbank ligt, is een open dagboek.

            Stel een code van zes cijfers in en laat het scherm na een minuut vergrendelen.

            """.write(to: folder.appendingPathComponent("nl-BE.md"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The number of `<tu>` elements `tm export` writes for the memory.
    static func unitCount(_ memory: URL, scratch: URL) throws -> Int {
        let tmx = scratch.appendingPathComponent("count-\(UUID().uuidString).tmx")
        let result = try CLI.run(["tm", "export", "--format", "tmx", "--out", tmx.path], memory: memory)
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOf: tmx, encoding: .utf8).components(separatedBy: "<tu ").count - 1
    }

    @Test("publish after importing the old memory's TMX stores each sentence once and says so")
    func movedMemoryPublish() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try Self.article(in: scratch, id: "lock-screen")
        let old = scratch.appendingPathComponent("old.tm")
        let new = scratch.appendingPathComponent("new.tm")
        let out = scratch.appendingPathComponent("out")
        #expect(try CLI.run(["publish", folder.path, "--to", "nl-BE", "--out", out.path], memory: old).status == 0)
        let before = try Self.unitCount(old, scratch: scratch)
        #expect(before == 3)

        // The move: the old memory written as TMX, imported into a new one.
        let tmx = scratch.appendingPathComponent("old.tmx")
        #expect(try CLI.run(["tm", "export", "--format", "tmx", "--out", tmx.path], memory: old).status == 0)
        let moved = try CLI.run(["import", tmx.path], memory: new)
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(try Self.unitCount(new, scratch: scratch) == 3)

        // Next week's publish of the same article into the new memory.
        let published = try CLI.run(["publish", folder.path, "--to", "nl-BE", "--out", out.path, "--format", "json"], memory: new)
        #expect(published.status == 0, "\(published.stderr)")
        let imports = try #require(try published.json()["imports"] as? [[String: Any]])
        #expect((imports.first?["adoptedCopies"] as? [String])?.count == 3, "\(imports)")
        #expect(try Self.unitCount(new, scratch: scratch) == 3)

        // One exact match, not two.
        let matches = try CLI.run(["query", "A phone left unlocked on a school desk is an open diary.", "--from", "en", "--to", "nl-BE",
                                   "--format", "json"], memory: new).json()["matches"] as? [[String: Any]] ?? []
        #expect(matches.filter { ($0["score"] as? Double ?? 0) >= 100 }.count == 1, "\(matches)")

        // Importing the folder again finds its own units: nothing left to merge.
        let again = try CLI.run(["import", folder.path], memory: new)
        #expect(again.status == 0)
        #expect(again.stdout.contains("3 unchanged") && !again.stdout.contains("another memory's TMX"), "\(again.stdout)")
        #expect(try Self.unitCount(new, scratch: scratch) == 3)
    }

    @Test("a PostgreSQL memory given to import as a path gets the TMX way, without its password")
    func postgresPath() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CLI.run(["import", "postgres://editor:s3cret@127.0.0.1:1/newsroom?schema=sport"], memory: scratch.appendingPathComponent("laptop.tm"))
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot import a PostgreSQL memory as a path: to merge or move another memory, write it as TMX"),
                "\(result.stderr)")
        #expect(result.stderr.contains("127.0.0.1") && !result.stderr.contains("s3cret"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.appendingPathComponent("laptop.tm").path))
    }

    @Test("a TMX copy whose translation differs from the folder's stays")
    func differentCopyStays() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try Self.article(in: scratch, id: "lock-screen")
        let old = scratch.appendingPathComponent("old.tm")
        let new = scratch.appendingPathComponent("new.tm")
        #expect(try CLI.run(["import", folder.path], memory: old).status == 0)
        let tmx = scratch.appendingPathComponent("old.tmx")
        #expect(try CLI.run(["tm", "export", "--format", "tmx", "--out", tmx.path], memory: old).status == 0)
        // Someone corrected one translation in the other memory: that copy holds a text the folder does not have.
        let text = try String(contentsOf: tmx, encoding: .utf8)
        let corrected = text.replacingOccurrences(of: "is een open dagboek.", with: "is als een open dagboek.")
        #expect(corrected != text)
        try corrected.write(to: tmx, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import", tmx.path], memory: new).status == 0)
        let imported = try CLI.run(["import", folder.path], memory: new)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("note: 2 units that tmx:old.tmx held for this article (another memory's TMX) are the folder's own"),
                "\(imported.stdout)")
        // The article's three units, and the corrected copy beside them.
        #expect(try Self.unitCount(new, scratch: scratch) == 4)
    }
}
