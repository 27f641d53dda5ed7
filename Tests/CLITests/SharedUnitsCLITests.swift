import Foundation
import Testing

/// Eighteenth trial, finding 12: a TMX whose units the memory already held from another file was merged into that
/// file's units and left no trace, so `tm remove` of the other file deleted what it brought, `tm remove` of it found
/// nothing, and `tm stats` counted a file `tm remove` could not name. The two files are
/// `Tests/Fixtures/memories/v18-shared-a.tmx` (4 units) and `v18-shared-b.tmx` (2 units, its unit 7 the first's unit 2).
@Suite("CLI: tm remove keeps what another imported file holds")
struct SharedUnitsCLITests {
    static let fixtures = CLI.repository.appendingPathComponent("Tests/Fixtures/memories")
    static let shared = "Your bank will never ask for your card reader codes by phone."

    private func exactTarget(_ scratch: URL, _ memory: URL) throws -> String? {
        let query = try CLI.run(["query", Self.shared, "--from", "en", "--to", "nl-BE", "--format", "json"], in: scratch, memory: memory).json()
        let best = (query["matches"] as? [[String: Any]])?.first
        return best?["score"] as? Double == 100 ? best?["target"] as? String : nil
    }

    @Test("removing the first of two overlapping TMX files keeps the second whole; stats and remove name both")
    func overlappingFiles() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("t.tm")
        for name in ["v18-shared-a.tmx", "v18-shared-b.tmx"] {
            let imported = try CLI.run(["import", Self.fixtures.appendingPathComponent(name).path], in: scratch, memory: memory)
            try #require(imported.status == 0, "\(imported.stderr)")
        }
        let stats = try CLI.run(["tm", "stats", "--format", "json"], in: scratch, memory: memory).json()
        #expect(stats["units"] as? Int == 5 && stats["interchangeFiles"] as? Int == 2, "\(stats)")

        let dry = try CLI.run(["tm", "remove", "--article", "v18-shared-b.tmx", "--dry-run", "--format", "json"], in: scratch, memory: memory)
        #expect(dry.status == 0, "\(dry.stderr)")
        let counted = try dry.json()
        #expect(counted["units"] as? Int == 2 && counted["kept"] as? Int == 1, "\(counted)")

        let removed = try CLI.run(["tm", "remove", "--article", "v18-shared-a.tmx"], in: scratch, memory: memory)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("removed 4 units of v18-shared-a.tmx (1 of them stay in the memory: another imported file holds it too)"),
                "\(removed.stdout)")
        #expect(try exactTarget(scratch, memory) == "Uw bank vraagt nooit uw kaartlezercodes via de telefoon.")
        let after = try CLI.run(["tm", "stats", "--format", "json"], in: scratch, memory: memory).json()
        #expect(after["units"] as? Int == 2 && after["interchangeFiles"] as? Int == 1, "\(after)")
        let export = try CLI.run(["tm", "export", "--format", "tmx", "--article", "v18-shared-b.tmx", "-o", "-"], in: scratch, memory: memory)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.components(separatedBy: "<tu ").count - 1 == 2, "\(export.stdout)")

        let last = try CLI.run(["tm", "remove", "--article", "v18-shared-b.tmx", "--format", "json"], in: scratch, memory: memory).json()
        #expect(last["units"] as? Int == 2 && last["kept"] as? Int == 0, "\(last)")
        #expect(try exactTarget(scratch, memory) == nil)
    }

    @Test("a memory of the previous release: importing the overlapping file again after the upgrade records its hold")
    func upgradedMemory() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("old.tm")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("v18-shared.tm"), to: memory)
        let again = try CLI.run(["import", Self.fixtures.appendingPathComponent("v18-shared-b.tmx").path], in: scratch, memory: memory)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("1 unchanged, 1 merged"), "\(again.stdout)")
        let removed = try CLI.run(["tm", "remove", "--article", "v18-shared-a.tmx", "--format", "json"], in: scratch, memory: memory).json()
        #expect(removed["units"] as? Int == 4 && removed["kept"] as? Int == 1, "\(removed)")
        #expect(try exactTarget(scratch, memory) == "Uw bank vraagt nooit uw kaartlezercodes via de telefoon.")
    }
}
