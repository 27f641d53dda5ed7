import Foundation
import TaalgrensTestSupport
import Testing

/// Exit code 3 is an internal or environment failure (database, file system), told apart from bad input
/// (exit code 2), so that a script can tell "your file is wrong" from "the machine or the tool failed".
@Suite("taalgrens exit codes: 3 for environment failures, 2 for bad input (process)")
struct ExitCodeCLITests {
    /// A scratch folder holding a memory with one article.
    static func memory() throws -> (scratch: URL, memory: URL) {
        let scratch = try CLI.scratch()
        let memory = scratch.appendingPathComponent("m.tm")
        let imported = try CLI.run(["import", CLI.example("youth-pledge-2020").path, "-q"], memory: memory)
        guard imported.status == 0 else { throw CLI.CLIError("import failed: \(imported.stderr)") }
        return (scratch, memory)
    }

    @Test("a disk that is full (/dev/full): tm export -o exits 3 naming the file and the system's reason")
    func diskFull() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else {
            TestEnvironment.prerequisiteMissing("/dev/full (Linux) is missing: the disk-full exit code was not checked")
            return
        }
        let (scratch, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CLI.run(["tm", "export", "-o", "/dev/full"], memory: memory)
        #expect(result.status == 3)
        #expect(result.stderr == "error: /dev/full: cannot write: No space left on device\n")
        // The same memory exported to a writable file works: the failure was the disk, not the memory.
        let good = try CLI.run(["tm", "export", "-o", scratch.appendingPathComponent("ok.tmx").path], memory: memory)
        #expect(good.status == 0, "\(good.stderr)")
    }

    @Test("import into a memory file and folder this user may not write: exit 3 (environment), not 2, memory unchanged")
    func readOnlyMemory() throws {
        let (scratch, memory) = try Self.memory()
        defer {
            chmod(scratch.path, 0o755)
            try? FileManager.default.removeItem(at: scratch)
        }
        #expect(chmod(memory.path, 0o444) == 0)
        #expect(chmod(scratch.path, 0o555) == 0)
        let before = try Data(contentsOf: memory)
        // Root may write a read-only file: run the command as the unprivileged user `nobody` then.
        guard let launcher = CLI.unprivilegedLauncher() else {
            TestEnvironment.prerequisiteMissing("running as root without /usr/bin/setpriv: the read-only memory was not checked")
            return
        }
        // Reading works on a read-only memory (docs/memory.md); writing is the environment's refusal.
        let stats = try CLI.run(["tm", "stats"], in: scratch, memory: memory, launcher: launcher)
        #expect(stats.status == 0, "\(stats.stderr)")
        let result = try CLI.run(["import", CLI.example("safer-internet-day-2020").path], in: scratch, memory: memory, launcher: launcher)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains("read-only"), "\(result.stderr)")
        #expect(try Data(contentsOf: memory) == before)
    }

    @Test("bad input and refusals keep exit code 2: an existing bundle without --force, a file that is not a memory")
    func badInputStaysTwo() throws {
        let (scratch, memory) = try Self.memory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("bundles")
        let article = CLI.example("youth-pledge-2020").path
        #expect(try CLI.run(["export", article, "--to", "nl-BE", "--out", out.path], memory: memory).status == 0)
        let again = try CLI.run(["export", article, "--to", "nl-BE", "--out", out.path], in: scratch, memory: memory)
        #expect(again.status == 2)
        #expect(again.stderr == "error: bundles/youth-pledge-2020/nl-BE: a bundle already exists here; pass --force to replace it\n")
        let text = scratch.appendingPathComponent("notes.txt")
        try Data("not a database\n".utf8).write(to: text)
        let notMemory = try CLI.run(["tm", "stats"], in: scratch, memory: text)
        #expect(notMemory.status == 2, "\(notMemory.stderr)")
        #expect(notMemory.stderr == "error: notes.txt: is not a translation memory (expected a SQLite file written by taalgrens import or taalgrens tm migrate)\n")
    }
}
