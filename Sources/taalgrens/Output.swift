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
    } catch let error as InputError {
        printError("error: \(error)")
        throw ExitCode(2)
    } catch let error as TaalgrensKitError {
        printError("error: \(error)")
        throw ExitCode(error.exitCode)
    } catch {
        printError("error: \(error)")
        throw ExitCode(2)
    }
}

/// Parses a BCP 47 locale option. A tag that is not well-formed is bad input (exit code 2, as an unknown
/// locale is), reported against the option's name.
func parseLocale(_ text: String, option: String) throws -> LanguageTag {
    guard let tag = LanguageTag(text) else {
        throw InputError(file: option, "'\(text)' is not a BCP 47 language tag (expected e.g. en, nl-BE, fr-BE)")
    }
    return tag
}

/// Parses a comma-separated list of locales (`nl-BE,fr-BE`).
func parseLocales(_ text: String, option: String) throws -> [LanguageTag] {
    let tags = try text.split(separator: ",").map { try parseLocale(String($0), option: option) }
    guard !tags.isEmpty else { throw InputError(file: option, "expected at least one locale, e.g. nl-BE,fr-BE") }
    return tags
}
