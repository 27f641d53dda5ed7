import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A command that opens a memory of an older schema migrates it: it says so on standard error, and a
/// read-only older memory is an environment failure (TRIAL7 finding 13: `tm stats` upgraded a shared v7
/// memory without a word, and the read-only refusal exited 2).
@Suite("taalgrens on a memory written by an older version")
struct MigrationNoteCLITests {
    /// A copy of the v7 memory fixture (`Tests/Fixtures/memories`) in a fresh folder.
    static func oldMemory() throws -> (scratch: URL, memory: URL) {
        let scratch = try CLI.scratch()
        let memory = scratch.appendingPathComponent("old.tm")
        try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("Tests/Fixtures/memories/v7-interchange.tm"), to: memory)
        return (scratch, memory)
    }

    /// The migrations after v7, as a new memory lists them (tm migrate's report of its own creation).
    static func migrationsAfterV7(in scratch: URL) throws -> [String] {
        let fresh = try CLI.run(["tm", "migrate", "--format", "json", "--tm", scratch.appendingPathComponent("new.tm").path])
        try #require(fresh.status == 0, "\(fresh.stderr)")
        let all = try #require(try fresh.json()["migrations"] as? [String])
        let v7 = try #require(all.firstIndex(of: "v7-memory-index"))
        return Array(all[(v7 + 1)...])
    }

    @Test("tm stats on a v7 memory migrates it with a note naming the migrations; the next command is silent")
    func readCommandNotesTheMigration() throws {
        let (scratch, memory) = try Self.oldMemory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let expected = try Self.migrationsAfterV7(in: scratch)
        #expect(expected.first == "v8-variant-status")
        let stats = try CLI.run(["tm", "stats", "--tm", "old.tm"], in: scratch)
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("7 units"), "\(stats.stdout)")
        #expect(stats.stderr == "note: migrated the memory old.tm to this version of Taalgrens: \(expected.joined(separator: ", ")) (older versions can no longer open it)\n",
                "\(stats.stderr)")
        let again = try CLI.run(["query", "Hello", "--from", "en-GB", "--to", "nl-BE", "--tm", memory.path])
        #expect(!again.stderr.contains("migrated"), "\(again.stderr)")
        let migrate = try CLI.run(["tm", "migrate", "--format", "json", "--tm", memory.path])
        #expect((try migrate.json()["applied"] as? [String]) == [], "\(migrate.stdout)")
    }

    @Test("--quiet leaves the note out; tm migrate reports the migrations itself, without the note")
    func quietAndMigrate() throws {
        let (scratch, memory) = try Self.oldMemory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let expected = try Self.migrationsAfterV7(in: scratch)
        let copy = scratch.appendingPathComponent("copy.tm")
        try FileManager.default.copyItem(at: memory, to: copy)
        let quiet = try CLI.run(["tm", "stats", "--quiet", "--tm", memory.path])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty, "\(quiet.stderr)")
        let migrate = try CLI.run(["tm", "migrate", "--format", "json", "--tm", copy.path])
        #expect(migrate.status == 0 && migrate.stderr.isEmpty, "\(migrate.stderr)")
        #expect((try migrate.json()["applied"] as? [String]) == expected, "\(migrate.stdout)")
        // A new memory is created, not migrated: no note.
        let created = try CLI.run(["import", CLI.example("youth-pledge-2020").path, "--tm", scratch.appendingPathComponent("created.tm").path])
        #expect(created.status == 0 && !created.stderr.contains("migrated"), "\(created.stderr)")
    }

    @Test("a read-only v7 memory exits 3 (environment) naming the migrations it needs and tm migrate")
    func readOnlyOldMemoryExits3() throws {
        let (scratch, memory) = try Self.oldMemory()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.path)
            try? FileManager.default.removeItem(at: scratch)
        }
        let expected = try Self.migrationsAfterV7(in: scratch)
        try FileManager.default.removeItem(at: scratch.appendingPathComponent("new.tm"))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: memory.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: scratch.path)
        var launcher: [String] = []
        if geteuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            try #require(FileManager.default.isExecutableFile(atPath: setpriv), "running as root, this test needs \(setpriv) (util-linux)")
            launcher = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        let before = try Data(contentsOf: memory)
        let stats = try CLI.run(["tm", "stats", "--tm", memory.path], launcher: launcher)
        #expect(stats.status == 3, "exit \(stats.status): \(stats.stderr)")
        #expect(stats.stderr.contains("read-only here and needs the migrations \(expected.joined(separator: ", "))"), "\(stats.stderr)")
        #expect(stats.stderr.contains("taalgrens tm migrate"), "\(stats.stderr)")
        #expect(try Data(contentsOf: memory) == before, "a read-only open changed the memory")
    }
}
