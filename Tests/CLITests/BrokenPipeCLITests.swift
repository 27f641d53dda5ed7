import Foundation
import Testing

/// A reader that goes away early (`taalgrens tm export | head`) ends the command quietly, as `cat` would,
/// instead of a trap and a backtrace (trial report, session 2: `tm export | head` crashed in
/// `FileHandle.write`).
@Suite("taalgrens with a closed standard output (process)")
struct BrokenPipeCLITests {
    @Test("tm export into a pipe whose reader has exited: status 0 or 141, nothing on standard error")
    func exportIntoAClosedPipe() throws {
        let scratch = try CLI.scratch()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let memory = scratch.appendingPathComponent("tm.sqlite")
        let imported = try CLI.run(["import", CLI.example("safer-internet-day-2020").path], memory: memory)
        #expect(imported.status == 0, "\(imported.stderr)")

        // `true` exits at once, long before taalgrens has opened the memory, so the export's write meets a
        // pipe without a reader. `trap '' PIPE` makes the children ignore SIGPIPE, as they do under any parent
        // that ignores it (Python, NIO-based tools, the test runner): the write then fails with EPIPE, which
        // the old code turned into a trap (status 132 and a backtrace). `pipefail` gives taalgrens's status.
        let script = "trap '' PIPE; set -o pipefail; \"$0\" tm export --format tmx | true"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, CLI.executable.path]
        var environment = ProcessInfo.processInfo.environment
        environment["TAALGRENS_DATA"] = CLI.repository.path
        environment["TAALGRENS_TM"] = memory.path
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect([0, 141].contains(process.terminationStatus), "status \(process.terminationStatus): \(errors)")
        #expect(errors.isEmpty, "standard error: \(errors)")
    }
}
