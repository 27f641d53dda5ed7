import Foundation
import Testing

/// Seventeenth trial, finding 2: the same article folder named on macOS (file names decomposed, NFD: "e" and
/// U+0301) and on Windows or Linux (composed, NFC: "é") was two articles whose ids print the same; every unit
/// was stored twice, and `tm remove --article` typed either way reached only one copy. Ids and scopes taken
/// from folder and file names are NFC now (`Article.normalizedID`).
@Suite("import: names decomposed by macOS (process)")
struct DecomposedNameCLITests {
    /// "sécurité-données" decomposed, as macOS writes it, and composed.
    private static let decomposed = "se\u{301}curite\u{301}-donne\u{301}es"
    private static let composed = "s\u{E9}curit\u{E9}-donn\u{E9}es"

    private static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test("one article folder copied with an NFD and an NFC name is one article; tm remove takes either form")
    func folderNames() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("t.tm")
        let example = CLI.example("safer-internet-day-2020")
        // Swift compares strings by canonical equivalence; the file system and SQLite compare bytes.
        #expect(Self.scalars(Self.decomposed) != Self.scalars(Self.composed))
        for name in [Self.decomposed, Self.composed] {
            try FileManager.default.copyItem(at: example, to: scratch.appendingPathComponent(name))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).count == 2, "two folders on disk")

        let first = try CLI.run(["import", Self.decomposed], in: scratch, memory: memory)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try CLI.run(["import", Self.composed, "--format", "json"], in: scratch, memory: memory)
        #expect(second.status == 0, "\(second.stderr)")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [[String: Any]])?.first, "\(second.stdout)")
        #expect(summary["added"] as? Int == 0, "the second copy adds nothing: \(second.stdout)")
        #expect(Self.scalars(try #require(summary["origin"] as? String)) == Self.scalars(Self.composed), "the id is NFC: \(second.stdout)")

        let stats = try CLI.run(["tm", "stats", "--format", "json"], in: scratch, memory: memory).json()
        #expect(stats["articles"] as? Int == 1, "\(stats)")
        let units = try #require(stats["units"] as? Int)

        for typed in [Self.decomposed, Self.composed] {
            let dry = try CLI.run(["tm", "remove", "--article", typed, "--dry-run", "--format", "json"], in: scratch, memory: memory).json()
            #expect(dry["units"] as? Int == units, "--article typed \(Self.scalars(typed)): \(dry)")
        }
    }

    @Test("a TMX file named decomposed and composed is one scope: the second import changes nothing")
    func tmxNames() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("t.tm")
        let source = scratch.appendingPathComponent("source.tm")
        let imported = try CLI.run(["import", CLI.example("safer-internet-day-2020").path], in: scratch, memory: source)
        try #require(imported.status == 0, "\(imported.stderr)")
        let exported = try CLI.run(["tm", "export", "--format", "tmx", "-o", "m\u{E9}moire.tmx"], in: scratch, memory: source)
        try #require(exported.status == 0, "\(exported.stderr)")
        try FileManager.default.copyItem(at: scratch.appendingPathComponent("m\u{E9}moire.tmx"), to: scratch.appendingPathComponent("me\u{301}moire.tmx"))

        let first = try CLI.run(["import", "me\u{301}moire.tmx"], in: scratch, memory: memory)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try CLI.run(["import", "m\u{E9}moire.tmx", "--format", "json"], in: scratch, memory: memory)
        #expect(second.status == 0, "\(second.stderr)")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [[String: Any]])?.first, "\(second.stdout)")
        #expect(summary["added"] as? Int == 0 && summary["merged"] as? Int ?? 0 == 0, "the same scope: every unit unchanged: \(second.stdout)")
        #expect((summary["unchanged"] as? Int ?? 0) > 0, "\(second.stdout)")
    }
}
