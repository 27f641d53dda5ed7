import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A memory file the user may read but not write, in a folder the user may not write (a team's reference
/// memory owned by another account or on a read-only share; TRIAL6 finding 2: every command failed with
/// "attempt to write a readonly database"). Root may write anything, so as root the commands run as the
/// user `nobody` through `setpriv` (util-linux), as the trial did with `su nobody`.
@Suite("taalgrens on a read-only memory file")
struct ReadOnlyMemoryCLITests {
    /// A read-only memory holding the example article, an output folder anyone may write, and the launcher
    /// that runs the CLI as a user without write access to the memory.
    static func readOnlyMemory() throws -> (scratch: URL, memory: URL, out: URL, launcher: [String]) {
        let scratch = try CLI.scratch()
        let folder = scratch.appendingPathComponent("share")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let memory = folder.appendingPathComponent("team.tm")
        let imported = try CLI.run(["import", CLI.example("safer-internet-day-2020").path, "--tm", memory.path])
        try #require(imported.status == 0, "\(imported.stderr)")
        let out = scratch.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: out.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: memory.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        var launcher: [String] = []
        if geteuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            try #require(FileManager.default.isExecutableFile(atPath: setpriv),
                         "running as root, this test needs \(setpriv) (util-linux) to run the CLI as a user who cannot write the memory")
            launcher = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        return (scratch, memory, out, launcher)
    }

    static func cleanUp(_ scratch: URL) {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.appendingPathComponent("share").path)
        try? FileManager.default.removeItem(at: scratch)
    }

    @Test("every command that only reads the memory works: query, concordance, tm stats, tm export, analyze, export, check")
    func readingCommandsWork() throws {
        let (scratch, memory, out, launcher) = try Self.readOnlyMemory()
        defer { Self.cleanUp(scratch) }
        let before = try Data(contentsOf: memory)
        let article = CLI.example("safer-internet-day-2020").path
        let commands: [([String], String)] = [
            (["query", "Celebrated in more than 180 countries, Safer Internet Day has rapidly spread beyond Europe.",
              "--from", "en", "--to", "nl-BE"], "180"),
            (["concordance", "language border", "--locale", "en"], "language border"),
            (["tm", "stats"], "units"),
            (["tm", "export", "--format", "tmx", "--pair", "en,nl-BE"], "<tmx"),
            (["analyze", article, "--to", "nl-BE"], "nl-BE"),
            (["export", article, "--to", "nl-BE", "--out", out.path], "nl-BE"),
            (["check"], "units checked"),
        ]
        for (arguments, expected) in commands {
            let result = try CLI.run(arguments + ["--tm", memory.path], launcher: launcher)
            #expect(result.status == 0 || (arguments[0] == "check" && result.status == 1), "\(arguments): exit \(result.status): \(result.stderr)")
            #expect(!result.stderr.contains("readonly") && !result.stderr.contains("read-only"), "\(arguments): \(result.stderr)")
            #expect(result.stdout.contains(expected), "\(arguments): \(result.stdout.prefix(300))")
        }
        #expect(try Data(contentsOf: memory) == before, "a reading command changed the memory file")
    }

    @Test("import into a read-only memory stops with a message that says so; the memory is unchanged")
    func importSaysReadOnly() throws {
        let (scratch, memory, _, launcher) = try Self.readOnlyMemory()
        defer { Self.cleanUp(scratch) }
        let before = try Data(contentsOf: memory)
        let result = try CLI.run(["import", CLI.example("youth-pledge-2020").path, "--tm", memory.path], launcher: launcher)
        #expect(result.status != 0)
        #expect(result.stderr.contains("read-only"), "\(result.stderr)")
        #expect(try Data(contentsOf: memory) == before)
    }

    @Test("--tm naming a folder or an interchange file says what it is instead of SQLite's words (TRIAL6 finding 16)")
    func wrongKindOfMemoryPath() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try CLI.run(["tm", "stats", "--tm", scratch.path])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("is a folder: expected a memory file"), "\(folder.stderr)")
        let tmx = scratch.appendingPathComponent("vendor.tmx")
        try Data("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body/></tmx>\n".utf8).write(to: tmx)
        let given = try CLI.run(["query", "Hello", "--from", "en", "--to", "nl-BE", "--tm", tmx.path])
        #expect(given.status == 2)
        #expect(given.stderr.contains("is a TMX file, not a translation memory: import it"), "\(given.stderr)")
        #expect(try String(contentsOf: tmx, encoding: .utf8).hasPrefix("<?xml"), "the TMX file was changed")
    }
}
