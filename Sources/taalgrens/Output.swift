import ArgumentParser
import Foundation
import TaalgrensCore
import TaalgrensKit

/// Prints JSON to standard output, UTF-8, keys sorted, one document per call.
func printJSON<T: Encodable>(_ value: T, pretty: Bool = true) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// Writes a message to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Runs a job, turning bad input into one message on standard error and exit code 2 (`cli-json.md`).
/// Usage errors stay with swift-argument-parser (exit code 64).
func runJob(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch var error as InputError {
        error.file = DisplayPath.relative(error.file)
        printError("error: \(error)")
        throw ExitCode(2)
    } catch var error as TaalgrensKitError {
        error.file = error.file.map { DisplayPath.relative($0) }
        printError("error: \(error)")
        throw ExitCode(error.exitCode)
    } catch {
        printError("error: \(error)")
        throw ExitCode(2)
    }
}
