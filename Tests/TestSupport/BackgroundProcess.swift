import Foundation

/// A built executable (``TestEnvironment/builtExecutable(_:)``) started in the background with its standard
/// output and error going to files, so a test can read what it printed so far while it runs (a pipe would
/// only give it all at the end, or block the child when full).
public final class BackgroundProcess {
    /// The running process.
    public let process = Process()
    /// The files standard output and standard error go to.
    public let stdout: URL, stderr: URL

    /// Starts `executable` with `arguments`, with `TAALGRENS_DATA` set to the repository and `TAALGRENS_TM`
    /// removed; `environment` then sets (or, with `nil`, removes) more variables.
    /// - Parameters:
    ///   - executable: the program.
    ///   - arguments: its arguments.
    ///   - folder: where the output files are made (`<name>.out`, `<name>.err`).
    ///   - name: the output files' base name.
    ///   - environment: variables to set or (with `nil`) remove.
    /// - Throws: when a file cannot be made or the process cannot start.
    public init(_ executable: URL, _ arguments: [String], folder: URL, name: String, environment extra: [String: String?] = [:]) throws {
        stdout = folder.appendingPathComponent(name + ".out")
        stderr = folder.appendingPathComponent(name + ".err")
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TAALGRENS_DATA"] = TestEnvironment.repository.path
        environment["TAALGRENS_TM"] = nil
        for (k, v) in extra { environment[k] = v }
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
    }

    /// What the process has written to standard error so far.
    public var errorText: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }

    /// Waits for the exit.
    /// - Returns: the exit status, standard output and standard error.
    /// - Throws: when an output file cannot be read.
    public func finish() throws -> (status: Int32, stdout: String, stderr: String) {
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: stdout, encoding: .utf8), try String(contentsOf: stderr, encoding: .utf8))
    }
}
