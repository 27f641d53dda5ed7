import ArgumentParser
import Foundation
import TaalgrensCore
import TaalgrensKit

/// Prints JSON to standard output, UTF-8, keys sorted, one document per call.
func printJSON<T: Encodable>(_ value: T, pretty: Bool = true) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(value)
    data.append(UInt8(ascii: "\n"))
    writeStandardOutput(data)
}

/// Writes bytes to standard output. When the reader has gone away (`taalgrens tm export | head`: the write
/// fails with EPIPE, because the process ignores SIGPIPE), the process ends at once with status 141, the
/// status a shell reports for a process killed by SIGPIPE, and prints nothing more — as `cat` would.
/// `FileHandle.write(_:)` would trap on the error instead.
func writeStandardOutput(_ data: Data) {
    do {
        try FileHandle.standardOutput.write(contentsOf: data)
    } catch {
        exit(141)
    }
}

/// Writes a message to standard error (errors writing it are ignored: there is nowhere left to report them).
func printError(_ message: String) {
    try? FileHandle.standardError.write(contentsOf: Data((message + "\n").utf8))
}

/// Runs a job, turning its errors into one message on standard error and the exit codes of `docs/cli.md`:
/// 2 for bad input (``InputError``) and refused operations, 3 for internal and environment failures
/// (database, file system; ``TaalgrensKitError/exitCode`` says which), and 3 with `error: internal: …` for
/// any other error (a bug: the jobs throw only those two types). Usage errors stay with
/// swift-argument-parser (exit code 64). `afterError` runs after the error's message (a command's notes on
/// what was done before the error).
func runJob(afterError: () -> Void = {}, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch var error as InputError {
        error.file = DisplayPath.relative(error.file)
        printError("error: \(error)")
        afterError()
        throw ExitCode(TaalgrensKitError.badInput)
    } catch var error as TaalgrensKitError {
        error.file = error.file.map { DisplayPath.relative($0) }
        printError("error: \(error)")
        afterError()
        throw ExitCode(error.exitCode)
    } catch {
        printError("error: internal: \(error)")
        afterError()
        throw ExitCode(TaalgrensKitError.failure)
    }
}
