import Foundation
import TaalgrensTestSupport
import Testing

/// Runs the built `taalgrens` executable as a process, the way a user or a script would.
struct CLI {
    /// The repository root (``TestEnvironment/repository``).
    static let repository = TestEnvironment.repository

    /// The `taalgrens` executable next to the test bundle (``TestEnvironment/builtExecutable(_:)``; a path
    /// that does not exist when there is none, so the run fails naming it).
    static var executable: URL {
        TestEnvironment.builtExecutable("taalgrens") ?? URL(fileURLWithPath: "/taalgrens")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output parsed as one JSON object.
        func json() throws -> [String: Any] {
            let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
            guard let dictionary = object as? [String: Any] else {
                throw CLIError("expected a JSON object on standard output, got: \(stdout.prefix(200))")
            }
            return dictionary
        }
    }

    struct CLIError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    /// A scratch folder for one test, removed by the caller with `cleanUp`.
    static func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `taalgrens` with `arguments` in `directory` (default: the repository), with `TAALGRENS_TM`
    /// pointing at `memory` when given. `launcher` runs it through another program first (for example
    /// `setpriv` to run it as another user): its path and arguments, before the executable's.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL = repository, memory: URL? = nil,
                    environment extra: [String: String] = [:], launcher: [String] = []) throws -> Result {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["TAALGRENS_DATA"] = repository.path
        if let memory { environment["TAALGRENS_TM"] = memory.path }
        for (k, v) in extra { environment[k] = v }
        process.environment = environment
        // Standard error goes to a file and standard output to a pipe read to its end here: reading two
        // pipes one after the other would block a child that fills the second (64 KiB) while the first is
        // still open.
        let errFile = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-cli-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errFile) }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = try FileHandle(forWritingTo: errFile)
        // No test reads standard input; a child that did would wait for a CI runner's open stdin forever.
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let watchdog = Watchdog(pid: process.processIdentifier, seconds: timeLimit)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        let stderr = (try? String(contentsOf: errFile, encoding: .utf8)) ?? ""
        if watchdog.fired {
            Issue.record("taalgrens \(arguments.joined(separator: " ")) did not end within \(Int(timeLimit)) s and was killed; standard error: \(stderr.suffix(2000))")
        }
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: stderr)
    }

    /// The longest a single `taalgrens` run may take in a test before it is killed and the test fails: far
    /// above any command of the suite (seconds), so only a hang reaches it, and it then names the command
    /// instead of stalling the whole run until CI's time limit.
    static let timeLimit: Double = 600

    /// Kills a process (SIGKILL) when it is still running `seconds` after the watchdog was made, unless
    /// ``cancel()`` came first.
    final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private var done = false
        private var killed = false

        init(pid: Int32, seconds: Double) {
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
                lock.lock()
                defer { lock.unlock() }
                guard !done else { return }
                killed = true
                kill(pid, SIGKILL)
            }
        }

        /// Stops the watchdog; call it once the process has exited, before its pid can be reused.
        func cancel() {
            lock.lock()
            done = true
            lock.unlock()
        }

        /// Whether the watchdog killed the process.
        var fired: Bool {
            lock.lock()
            defer { lock.unlock() }
            return killed
        }
    }

    /// Creates an empty memory at `url` with `taalgrens tm migrate` (read-only commands such as `export`
    /// and `query` refuse a memory file that does not exist).
    static func createMemory(_ url: URL) throws {
        let result = try run(["tm", "migrate", "--tm", url.path])
        guard result.status == 0, FileManager.default.fileExists(atPath: url.path) else {
            throw CLIError("tm migrate did not create \(url.path): \(result.stderr)")
        }
    }

    /// What runs a command as the unprivileged user `nobody` when the tests run as root (root may write
    /// anywhere, so a read-only file or folder would prove nothing): `setpriv`'s path and arguments; `[]` for
    /// another user; `nil` when running as root without `setpriv` (the caller reports the check as not run).
    static func unprivilegedLauncher() -> [String]? {
        guard geteuid() == 0 else { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    }

    /// Exports the source-only article `folder` (read from the files already in it) to nl-BE in
    /// `scratch/out`, from a new empty memory `scratch/tm.sqlite`, expecting success.
    /// - Returns: the memory and the bundle folder `out/<folder name>/nl-BE`.
    static func exportNewArticle(_ folder: URL, in scratch: URL) throws -> (memory: URL, bundle: URL) {
        let memory = scratch.appendingPathComponent("tm.sqlite")
        try createMemory(memory)
        let out = scratch.appendingPathComponent("out")
        let result = try run(["export", folder.path, "--to", "nl-BE", "--out", out.path], memory: memory)
        guard result.status == 0 else { throw CLIError("export of \(folder.path) failed: \(result.stderr)") }
        return (memory, out.appendingPathComponent("\(folder.lastPathComponent)/nl-BE"))
    }

    /// A shipped example article folder.
    static func example(_ id: String) -> URL {
        repository.appendingPathComponent("Examples/articles/\(id)")
    }
}
